// SPDX-License-Identifier: GPL-3.0-or-later
#include "photoselectionbar.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace ks {

PhotoSelectionBar::PhotoSelectionBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("photoSelectionBar"));
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 6, 16, 6);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("photoSelectionCount"));
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    layout->addWidget(m_label);
    layout->addStretch(1);
    const auto button = [this, layout](const char *name) {
        auto *b = new QToolButton(this);
        b->setObjectName(QLatin1String(name));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setFocusPolicy(Qt::TabFocus);
        layout->addWidget(b);
        return b;
    };
    m_tag = button("selectionTag");
    m_date = button("selectionDate");
    m_export = button("selectionExport");
    m_clear = button("selectionClear");
    connect(m_clear, &QToolButton::clicked, this, &PhotoSelectionBar::clearRequested);
    retranslate();
}

void PhotoSelectionBar::follow(QToolButton *button, QAction *action)
{
    if (!action)
        return;
    connect(button, &QToolButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    button->setEnabled(action->isEnabled());
}

void PhotoSelectionBar::setActions(QAction *tags, QAction *date, QAction *exportPhotos)
{
    follow(m_tag, tags);
    follow(m_date, date);
    follow(m_export, exportPhotos);
}

void PhotoSelectionBar::setCount(int count)
{
    m_count = count;
    m_label->setText(tr("%n photo(s) selected", nullptr, count));
}

void PhotoSelectionBar::retranslate()
{
    setCount(m_count);
    m_tag->setText(tr("Tag…"));
    m_date->setText(tr("Correct the Date…"));
    m_export->setText(tr("Export Photos…"));
    m_clear->setText(tr("✕ Clear"));
    m_clear->setToolTip(tr("Let go of the selected photos (Esc)"));
    m_clear->setAccessibleName(tr("Clear the selection"));
}

void PhotoSelectionBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ks
