// SPDX-License-Identifier: GPL-3.0-or-later
#include "dropoverlay.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace ks {

DropOverlay::DropOverlay(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dropOverlay"));
    // It only shows; the window underneath keeps receiving the drag and the drop.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    hide();
    parent->installEventFilter(this);
}

void DropOverlay::showFor(const QString &text, bool accepted)
{
    m_text = text;
    m_accepted = accepted;
    setAccessibleName(text);
    setGeometry(parentWidget()->rect());
    raise();
    show();
    update();
}

bool DropOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void DropOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor accent = m_accepted ? palette().color(QPalette::Highlight) : QColor(0xb0, 0x3a, 0x2e);
    QColor veil = palette().color(QPalette::Window);
    veil.setAlpha(215);
    p.fillRect(rect(), veil);
    const QRectF box = QRectF(rect()).adjusted(24, 24, -24, -24);
    QPen pen(accent, 3, Qt::DashLine);
    p.setPen(pen);
    QColor tint = accent;
    tint.setAlpha(28);
    p.setBrush(tint);
    p.drawRoundedRect(box, 18, 18);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    p.setFont(f);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(box.adjusted(32, 32, -32, -32), Qt::AlignCenter | Qt::TextWordWrap, m_text);
}

} // namespace ks
