// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystatewidget.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace ks {

EmptyStateWidget::EmptyStateWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/keepsake.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_body = new QLabel(this);
    m_body->setAlignment(Qt::AlignCenter);
    m_body->setWordWrap(true);
    QFont bodyFont = m_body->font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.15);
    m_body->setFont(bodyFont);
    layout->addWidget(m_body);
    layout->addSpacing(16);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("importFolderButton"));
    m_sampleButton = new QPushButton(this);
    m_sampleButton->setObjectName(QStringLiteral("openSampleButton"));
    m_importButton->setDefault(true);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_sampleButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch(3);
    connect(m_importButton, &QPushButton::clicked, this, &EmptyStateWidget::importFolderRequested);
    connect(m_sampleButton, &QPushButton::clicked, this, &EmptyStateWidget::sampleRequested);
    retranslateUi();
}

void EmptyStateWidget::retranslateUi()
{
    m_title->setText(tr("Your QQ Space memories belong here"));
    m_body->setText(
        tr("Drag a QQ Space export folder or its .zip file onto this window.\n"
           "Keepsake copies everything into your own library and never changes the original files."));
    m_importButton->setText(tr("Choose an export folder…"));
    m_sampleButton->setText(tr("Look at the sample first"));
}

void EmptyStateWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EmptyStateWidget::paintEvent(QPaintEvent *event)
{
    // A dashed drop zone, so the window itself says "drop it here".
    QWidget::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette().color(QPalette::Mid), 2, Qt::DashLine);
    painter.setPen(pen);
    painter.drawRoundedRect(rect().adjusted(24, 24, -24, -24), 18, 18);
}

} // namespace ks
