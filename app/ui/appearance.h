// SPDX-License-Identifier: GPL-3.0-or-later
// View → Theme (装扮, kept per library) and View → Text Size (kept for the person): the window's
// palette and stylesheet from the core's theme tokens (export/themes.h), and the text scale.
// Both belong to one window and what it opens (its dialogs, menus, pages), never to the
// application: two windows on two libraries keep two looks.
#pragma once

#include "export/themes.h"

#include <QObject>
#include <QPalette>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace ks {

class Appearance : public QObject
{
    Q_OBJECT
public:
    /// @p themeKey is the QSettings key the library keeps its theme under.
    Appearance(QMainWindow *window, const QString &themeKey);

    /// Adds the Theme and Text Size submenus to @p viewMenu.
    void populate(QMenu *viewMenu);
    void retranslate();

    QString themeId() const { return m_theme; }
    /// Dresses the window in theme @p id and remembers it for the library.
    void setTheme(const QString &id);
    /// Steps from the default text size (0); kept in the settings.
    int textSize() const { return m_textSize; }
    void setTextSize(int step);

    static constexpr int kSmallest = -2;
    static constexpr int kLargest = 6;
    /// How much larger than the default step @p step is (1.0 at 0).
    static double textScale(int step);
    /// The window's font at @p step: body text of at least 14 pixels at the default size.
    static QFont fontForStep(int step);
    /// Gives @p window the font of the saved text size: call before the window makes its
    /// widgets, so that those that copy their font when made copy this one.
    static void applySavedTextSize(QWidget *window);
    /// The theme @p widget is dressed in: its window's, or the window's that opened its dialog.
    static QString themeOf(const QWidget *widget);
    static QPalette palette(const Theme &theme);
    static QString styleSheet(const Theme &theme, double scale);
    /// Translated names, for menus and the export and book dialogs.
    static QString themeName(const QString &id);
    static QString bookStyleName(const QString &id);

    QAction *largerAction() const { return m_larger; }
    QAction *smallerAction() const { return m_smaller; }
    QAction *defaultSizeAction() const { return m_defaultSize; }
    QList<QAction *> themeActions() const;

signals:
    void themeChanged(const QString &id);
    void textSizeChanged(int step);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void applyTextSize();
    void fitNavigation();

    QMainWindow *m_window;
    QString m_themeKey;
    QString m_theme;
    int m_textSize = 0;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_sizeMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_larger = nullptr;
    QAction *m_smaller = nullptr;
    QAction *m_defaultSize = nullptr;
};

} // namespace ks
