// SPDX-License-Identifier: GPL-3.0-or-later
#include "onthisdaynavigator.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ks {

OnThisDayNavigator::OnThisDayNavigator(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("onThisDayNavigator"));
    // Two short rows, so that the page still fits an 800 px window.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(6);
    auto *nearestRow = new QHBoxLayout;
    auto *pickRow = new QHBoxLayout;
    nearestRow->setSpacing(8);
    pickRow->setSpacing(8);
    m_nearestLabel = new QLabel(this);
    m_before = new QPushButton(this);
    m_before->setObjectName(QStringLiteral("onThisDayBefore"));
    m_after = new QPushButton(this);
    m_after->setObjectName(QStringLiteral("onThisDayAfter"));
    m_pickLabel = new QLabel(this);
    m_picker = new QDateEdit(this);
    m_picker->setObjectName(QStringLiteral("onThisDayPicker"));
    m_picker->setCalendarPopup(true);
    m_pickLabel->setBuddy(m_picker);
    m_todayButton = new QPushButton(this);
    m_todayButton->setObjectName(QStringLiteral("onThisDayToday"));
    nearestRow->addWidget(m_nearestLabel);
    nearestRow->addWidget(m_before);
    nearestRow->addWidget(m_after);
    nearestRow->addStretch(1);
    pickRow->addWidget(m_pickLabel);
    pickRow->addWidget(m_picker);
    pickRow->addWidget(m_todayButton);
    pickRow->addStretch(1);
    layout->addLayout(nearestRow);
    layout->addLayout(pickRow);
    connect(m_before, &QPushButton::clicked, this, [this] { emit dateRequested(m_neighbours.before.date); });
    connect(m_after, &QPushButton::clicked, this, [this] { emit dateRequested(m_neighbours.after.date); });
    connect(m_todayButton, &QPushButton::clicked, this, [this] { emit dateRequested(m_today); });
    connect(m_picker, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (date.isValid() && date != m_shown)
            emit dateRequested(date);
    });
    retranslateUi();
}

void OnThisDayNavigator::setState(const QDate &shown, const QDate &today, bool exactDayEmpty,
                                  const OnThisDayNeighbours &neighbours)
{
    m_shown = shown;
    m_today = today;
    m_exactDayEmpty = exactDayEmpty;
    m_neighbours = neighbours;
    {
        const QSignalBlocker blocker(m_picker);
        m_picker->setDate(shown);
    }
    retranslateUi();
}

void OnThisDayNavigator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OnThisDayNavigator::retranslateUi()
{
    const QString format = tr("MMMM d");
    const bool anyNeighbour = m_neighbours.before.date.isValid() || m_neighbours.after.date.isValid();
    m_nearestLabel->setText(tr("Nearest days with memories:"));
    m_nearestLabel->setVisible(m_exactDayEmpty && anyNeighbour);
    m_before->setText(tr("← %1 · %n memories", nullptr, m_neighbours.before.count)
                          .arg(QLocale().toString(m_neighbours.before.date, format)));
    m_before->setAccessibleName(m_before->text().mid(2));
    m_before->setVisible(m_exactDayEmpty && m_neighbours.before.date.isValid());
    m_after->setText(tr("%1 · %n memories →", nullptr, m_neighbours.after.count)
                         .arg(QLocale().toString(m_neighbours.after.date, format)));
    m_after->setAccessibleName(m_after->text().chopped(2));
    m_after->setVisible(m_exactDayEmpty && m_neighbours.after.date.isValid());
    m_pickLabel->setText(tr("Visit a day:"));
    m_picker->setDisplayFormat(tr("yyyy-MM-dd"));
    m_picker->setAccessibleName(tr("Visit a day"));
    m_todayButton->setText(tr("Back to today"));
    m_todayButton->setVisible(m_today.isValid() && m_shown != m_today);
}

} // namespace ks
