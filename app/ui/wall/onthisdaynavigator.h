// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/onthisday.h"

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;

namespace ks {

/// The way around 那年今日: a date picker for any day, "back to today", and on a day without
/// memories the nearest days before and after that have some.
class OnThisDayNavigator : public QWidget
{
    Q_OBJECT
public:
    explicit OnThisDayNavigator(QWidget *parent = nullptr);
    /// Shows @p shown (the day the page looks back from; @p today is the real today) and, when
    /// @p exactDayEmpty, the neighbours.
    void setState(const QDate &shown, const QDate &today, bool exactDayEmpty,
                  const OnThisDayNeighbours &neighbours);

signals:
    void dateRequested(const QDate &date);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QDate m_shown;
    QDate m_today;
    bool m_exactDayEmpty = false;
    OnThisDayNeighbours m_neighbours;
    QLabel *m_nearestLabel = nullptr;
    QPushButton *m_before = nullptr;
    QPushButton *m_after = nullptr;
    QLabel *m_pickLabel = nullptr;
    QDateEdit *m_picker = nullptr;
    QPushButton *m_todayButton = nullptr;
};

} // namespace ks
