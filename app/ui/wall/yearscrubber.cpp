// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearscrubber.h"

#include "models/wallmodel.h"
#include "walltheme.h"

#include <QDate>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace ks {

namespace {
constexpr int kMargin = 14;
constexpr int kSnap = 9; // pixels around a year label that mean "that year"
} // namespace

YearScrubber::YearScrubber(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_NoSystemBackground);
    // Reachable with Tab: Up/Down move a year, Home/End to the ends.
    setFocusPolicy(Qt::StrongFocus);
    retranslate();
}

void YearScrubber::retranslate()
{
    setAccessibleName(tr("Jump to a year"));
    setAccessibleDescription(tr("Up and Down arrows move to the previous or next year"));
}

void YearScrubber::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange) { // labels are spaced by the text size
        rebuild();
        update();
    }
    QWidget::changeEvent(event);
}

void YearScrubber::keyPressEvent(QKeyEvent *event)
{
    if (m_ticks.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    // The tick the wall is in now: the last one at or above the top row.
    int at = 0;
    for (int i = 0; i < m_ticks.size(); ++i) {
        if (m_ticks.at(i).row <= m_topRow)
            at = i;
    }
    int target = -1;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        target = m_ticks.at(at).row < m_topRow ? at : qMax(0, at - 1);
        break;
    case Qt::Key_Down:
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        target = qMin(int(m_ticks.size()) - 1, at + 1);
        break;
    case Qt::Key_Home:
        target = 0;
        break;
    case Qt::Key_End:
        target = int(m_ticks.size()) - 1;
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    emit jumpToRow(m_ticks.at(target).row);
}

void YearScrubber::setModel(WallModel *model)
{
    if (m_model != model) {
        if (m_model)
            disconnect(m_model, nullptr, this, nullptr);
        m_model = model;
        if (m_model)
            connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
                rebuild();
                update();
            });
    }
    rebuild();
    update();
}

void YearScrubber::setTopRow(int row)
{
    if (row != m_topRow) {
        m_topRow = row;
        update();
    }
}

int YearScrubber::yForRow(int row) const
{
    const int rows = m_model ? m_model->rowCount() : 0;
    if (rows <= 1)
        return kMargin;
    return kMargin + int(qint64(height() - 2 * kMargin) * row / (rows - 1));
}

void YearScrubber::rebuild()
{
    m_ticks.clear();
    if (!m_model)
        return;
    const QFontMetrics fm(font());
    int lastLabel = -1000;
    for (const WallModel::MonthAnchor &anchor : m_model->months()) {
        const int year = anchor.month / 100;
        if (anchor.month == 0 || (!m_ticks.isEmpty() && m_ticks.last().year == year))
            continue;
        Tick tick{year, anchor.row, yForRow(anchor.row), false};
        if (tick.y - lastLabel >= fm.height() + 2) {
            tick.labelled = true;
            lastLabel = tick.y;
        }
        m_ticks << tick;
    }
}

QList<int> YearScrubber::years() const
{
    QList<int> out;
    for (const Tick &t : m_ticks)
        out << t.year;
    return out;
}

int YearScrubber::yearTickY(int year) const
{
    for (const Tick &t : m_ticks) {
        if (t.year == year)
            return t.y;
    }
    return -1;
}

int YearScrubber::rowForY(int y, QString *bubble) const
{
    if (!m_model || m_model->rowCount() == 0)
        return -1;
    int best = -1;
    int bestDistance = kSnap + 1;
    for (const Tick &t : m_ticks) {
        const int d = qAbs(t.y - y);
        if (t.labelled && d < bestDistance) {
            best = t.row;
            bestDistance = d;
        }
    }
    const int rows = m_model->rowCount();
    const int row = best >= 0
                        ? best
                        : m_model->headerRowFor(int(qint64(qBound(0, y - kMargin, height() - 2 * kMargin)) *
                                                    (rows - 1) / qMax(1, height() - 2 * kMargin)));
    if (bubble) {
        const int month = m_model->index(row).data(WallModel::MonthRole).toInt();
        *bubble = month == 0 ? tr("Unknown date")
                             : QLocale().toString(QDate(month / 100, month % 100, 1), tr("MMMM yyyy"));
    }
    return row;
}

void YearScrubber::jumpAt(int y)
{
    m_dragY = y;
    const int row = rowForY(y, &m_bubble);
    if (row >= 0)
        emit jumpToRow(row);
    emit bubbleChanged();
    update();
}

void YearScrubber::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_hover || m_dragging) {
        p.setPen(Qt::NoPen);
        QColor veil = WallTheme::card();
        veil.setAlpha(200);
        p.setBrush(veil);
        p.drawRoundedRect(rect().adjusted(6, 2, -4, -2), 8, 8);
    }
    if (hasFocus()) {
        p.setPen(QPen(WallTheme::focus(), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(rect()).adjusted(5, 1.5, -3, -1.5), 8, 8);
    }
    const int lineX = width() - 12;
    p.setPen(QPen(WallTheme::border(), 2));
    p.drawLine(lineX, kMargin, lineX, height() - kMargin);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() > 0 ? f.pointSizeF() * 0.85 : 8);
    p.setFont(f);
    for (const Tick &t : std::as_const(m_ticks)) {
        p.setPen(QPen(WallTheme::secondary(), 1));
        p.drawLine(lineX - 3, t.y, lineX + 3, t.y);
        if (t.labelled) {
            p.setPen(WallTheme::text());
            p.drawText(QRect(0, t.y - 10, lineX - 7, 20), Qt::AlignRight | Qt::AlignVCenter,
                       QString::number(t.year));
        }
    }
    // Where the wall is now.
    const int y = yForRow(m_topRow);
    p.setPen(Qt::NoPen);
    p.setBrush(WallTheme::accent());
    p.drawRoundedRect(QRect(lineX - 3, y - 8, 6, 16), 3, 3);
}

void YearScrubber::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    jumpAt(int(event->position().y()));
}

void YearScrubber::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        jumpAt(int(event->position().y()));
}

void YearScrubber::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
    m_dragY = -1;
    m_bubble.clear();
    emit bubbleChanged();
    update();
}

void YearScrubber::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuild(); // ticks are placed by height
}

void YearScrubber::enterEvent(QEnterEvent *)
{
    m_hover = true;
    update();
}

void YearScrubber::leaveEvent(QEvent *)
{
    m_hover = false;
    update();
}

} // namespace ks
