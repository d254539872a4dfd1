// SPDX-License-Identifier: GPL-3.0-or-later
#include "barchart.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace ks {

BarChart::BarChart(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void BarChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    m_hovered = -1;
    update();
}

void BarChart::setSelectedKey(int key)
{
    m_selectedKey = key;
    update();
}

QRect BarChart::plotRect() const
{
    const int labelHeight = fontMetrics().height() + 6;
    const int valueHeight = fontMetrics().height() + 4;
    return rect().adjusted(8, valueHeight + 4, -8, -labelHeight);
}

QRect BarChart::barRect(int index) const
{
    if (index < 0 || index >= m_bars.size())
        return QRect();
    const QRect plot = plotRect();
    int maxValue = 1;
    for (const Bar &b : m_bars)
        maxValue = qMax(maxValue, b.value);
    const qreal slot = qreal(plot.width()) / m_bars.size();
    const int barWidth = qMax(2, qMin(56, int(slot * 0.7)));
    const int x = plot.left() + int(slot * index + (slot - barWidth) / 2);
    const int h = m_bars.at(index).value == 0
                      ? 0
                      : qMax(2, int(qreal(plot.height()) * m_bars.at(index).value / maxValue));
    return QRect(x, plot.bottom() - h + 1, barWidth, h);
}

int BarChart::barAt(const QPoint &pos) const
{
    if (m_bars.isEmpty())
        return -1;
    const QRect plot = plotRect();
    if (pos.x() < plot.left() || pos.x() > plot.right() || pos.y() < 0 || pos.y() > height())
        return -1;
    const qreal slot = qreal(plot.width()) / m_bars.size();
    const int index = int((pos.x() - plot.left()) / slot);
    return index >= 0 && index < m_bars.size() ? index : -1;
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect plot = plotRect();
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlpha(90);
    p.setPen(grid);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (m_bars.isEmpty())
        return;
    const qreal slot = qreal(plot.width()) / m_bars.size();
    // Thin labels out when they would overlap.
    int widest = 0;
    for (const Bar &b : m_bars)
        widest = qMax(widest, fontMetrics().horizontalAdvance(b.label));
    const int labelStep = qMax(1, int(std::ceil((widest + 6) / qMax(1.0, slot))));
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &b = m_bars.at(i);
        const QRect r = barRect(i);
        QColor fill = m_accent;
        if (m_selectedKey != 0 && b.key != m_selectedKey)
            fill = fill.lighter(150);
        if (i == m_hovered)
            fill = fill.darker(120);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(r, 2, 2);
        const QRect slotRect(plot.left() + int(slot * i), plot.bottom() + 3, int(slot),
                             fontMetrics().height());
        if (i % labelStep == 0 || i == m_hovered) {
            p.setPen(text);
            p.drawText(slotRect.adjusted(-20, 0, 20, 0), Qt::AlignHCenter | Qt::AlignTop, b.label);
        }
        // Values above the bars when there is room, else only for the hovered one.
        if (i == m_hovered ||
            (slot > fontMetrics().horizontalAdvance(QString::number(b.value)) + 4 && b.value > 0)) {
            p.setPen(i == m_hovered ? text : palette().color(QPalette::PlaceholderText));
            p.drawText(
                QRect(r.center().x() - 40, r.top() - fontMetrics().height() - 2, 80, fontMetrics().height()),
                Qt::AlignCenter, QString::number(b.value));
        }
    }
}

void BarChart::mouseMoveEvent(QMouseEvent *event)
{
    const int index = barAt(event->position().toPoint());
    if (index != m_hovered) {
        m_hovered = index;
        update();
    }
    if (index >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), m_bars.at(index).tooltip, this, barRect(index));
    else
        QToolTip::hideText();
}

void BarChart::mousePressEvent(QMouseEvent *event)
{
    const int index = barAt(event->position().toPoint());
    if (index >= 0 && event->button() == Qt::LeftButton)
        emit barClicked(m_bars.at(index).key);
}

void BarChart::leaveEvent(QEvent *)
{
    m_hovered = -1;
    update();
}

} // namespace ks
