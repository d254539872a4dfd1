// SPDX-License-Identifier: GPL-3.0-or-later
// One window, like a photo app: what is opened (a post, a blog, a 留言, a visit, the photo
// viewer, the video player) becomes a page over the main window's content, with Back.
#pragma once

#include <QPointer>
#include <QStackedWidget>

class QLabel;
class QShortcut;
class QToolButton;

namespace ks {

/// The main window's content (the wall, its side column and the other pages) with pages opened
/// over it. The content stays alive underneath, so Back (the Back button, Esc, Alt+Left, the
/// mouse's back button) returns to it with its scroll position, selection and focus kept.
/// Each page's windowTitle() is shown in its header and in the window's title.
class PageStack : public QStackedWidget
{
    Q_OBJECT
public:
    explicit PageStack(QWidget *base, QWidget *parent = nullptr);

    /// Shows @p page over what is shown now; the stack owns it from now on.
    void push(QWidget *page);
    /// Closes the page on top; false when none is open (the base is shown).
    bool back();
    /// Closes every page: the base is shown.
    void closeAll();
    int depth() const { return int(m_frames.size()); }
    /// The page on top, null when the base is shown.
    QWidget *currentPage() const;
    QWidget *base() const { return m_base; }
    /// The window's title while no page is open.
    void setBaseTitle(const QString &title);

    /// Opens @p page in the stack that holds @p origin, or as a window of its own when no stack
    /// does (a detail view made on its own, as in tests).
    static void open(QWidget *origin, QWidget *page);
    /// The stack @p widget is inside, null when none.
    static PageStack *of(const QWidget *widget);

signals:
    /// A page was opened or closed; @p depth is the number of open pages.
    void depthChanged(int depth);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Frame
    {
        QWidget *frame = nullptr;
        QWidget *page = nullptr;
        QLabel *title = nullptr;
        QToolButton *back = nullptr;
        QPointer<QWidget> focusBefore; ///< where the focus was before this page opened
    };

    void escape();
    void retranslate();
    void updateTitles();

    QWidget *m_base = nullptr;
    QList<Frame> m_frames;
    QString m_baseTitle;
    QShortcut *m_escape = nullptr;
    QShortcut *m_altLeft = nullptr;
    QShortcut *m_backKey = nullptr;
};

} // namespace ks
