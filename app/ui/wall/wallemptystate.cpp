// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallemptystate.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ks {

WallEmptyState::WallEmptyState(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("wallEmptyState"));
    setAutoFillBackground(true); // the theme's window colours
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(12);
    layout->addStretch(1);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("wallEmptyTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("wallEmptyBody"));
    m_body->setAlignment(Qt::AlignCenter);
    m_body->setWordWrap(true);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("wallEmptyButton"));
    m_button->setDefault(true);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_reason == Reason::NoResults)
            emit clearSearchRequested();
        else
            emit clearFiltersRequested();
    });
    retranslateUi();
}

void WallEmptyState::setReason(Reason reason, const QString &query)
{
    m_reason = reason;
    m_query = query;
    retranslateUi();
}

void WallEmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WallEmptyState::retranslateUi()
{
    if (m_reason == Reason::NoResults) {
        m_title->setText(tr("No memory contains “%1”").arg(m_query.trimmed()));
        m_body->setText(tr("Try fewer words or a shorter piece of the text: the search finds exactly "
                           "what is typed. The kind and year filters also narrow the search."));
        m_button->setText(tr("Clear the search"));
    } else {
        m_title->setText(tr("No memories match these filters"));
        m_body->setText(tr("The kinds, the year or the tag or person chosen above hide every memory. "
                           "Clear the filters to see the whole wall again."));
        m_button->setText(tr("Clear filters"));
    }
    m_button->setAccessibleName(m_button->text());
}

} // namespace ks
