// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace ks {

/// The band above the photo grid while photos are selected: how many, and what can be done
/// with them (Tag…, Correct the Date…, Export Photos…: the window's own actions, which act on
/// the grid's selection while the grid is shown), and a button that lets go of them.
class PhotoSelectionBar : public QWidget
{
    Q_OBJECT
public:
    explicit PhotoSelectionBar(QWidget *parent = nullptr);

    /// The actions the buttons trigger; a button follows its action's enabled state.
    void setActions(QAction *tags, QAction *date, QAction *exportPhotos);
    void setCount(int count);
    int count() const { return m_count; }
    QLabel *countLabel() const { return m_label; }
    QToolButton *tagButton() const { return m_tag; }
    QToolButton *dateButton() const { return m_date; }
    QToolButton *exportButton() const { return m_export; }
    QToolButton *clearButton() const { return m_clear; }

signals:
    void clearRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void follow(QToolButton *button, QAction *action);

    int m_count = 0;
    QLabel *m_label = nullptr;
    QToolButton *m_tag = nullptr;
    QToolButton *m_date = nullptr;
    QToolButton *m_export = nullptr;
    QToolButton *m_clear = nullptr;
};

} // namespace ks
