// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearscrubber.h"

#include "models/photogridmodel.h"
#include "models/wallmodel.h"
#include "walltheme.h"

#include <QDate>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

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

void YearScrubber::follow(QAbstractItemModel *model, const std::function<void()> &read)
{
    if (m_model != model) {
        if (m_model)
            disconnect(m_model, nullptr, this, nullptr);
        m_model = model;
        if (m_model)
            connect(m_model, &QAbstractItemModel::modelReset, this, read);
    }
    read();
}

void YearScrubber::setModel(WallModel *model)
{
    follow(model, [this, model] {
        QVector<Month> months;
        if (model) {
            months.reserve(model->months().size());
            for (const WallModel::MonthAnchor &anchor : model->months())
                months.append(Month{anchor.month, anchor.row});
        }
        setMonths(months, model ? model->rowCount() : 0);
    });
}

void YearScrubber::setModel(PhotoGridModel *model)
{
    follow(model, [this, model] {
        QVector<Month> months;
        if (model) {
            months.reserve(model->months().size());
            for (const PhotoGridModel::Month &month : model->months())
                months.append(Month{month.month, month.row});
        }
        setMonths(months, model ? model->rowCount() : 0);
    });
}

void YearScrubber::setMonths(const QVector<Month> &months, int rowCount)
{
    m_months = months;
    m_rowCount = rowCount;
    rebuild();
    update();
}

int YearScrubber::monthAt(int row) const
{
    auto it = std::upper_bound(m_months.cbegin(), m_months.cend(), row,
                               [](int r, const Month &m) { return r < m.row; });
    return int(it - m_months.cbegin()) - 1;
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
    const int rows = m_rowCount;
    if (rows <= 1)
        return kMargin;
    return kMargin + int(qint64(height() - 2 * kMargin) * row / (rows - 1));
}

void YearScrubber::rebuild()
{
    m_ticks.clear();
    const QFontMetrics fm(font());
    int lastLabel = -1000;
    for (const Month &anchor : std::as_const(m_months)) {
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
    if (m_rowCount == 0 || m_months.isEmpty())
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
    const int rows = m_rowCount;
    const int at = best >= 0 ? monthAt(best)
                             : monthAt(int(qint64(qBound(0, y - kMargin, height() - 2 * kMargin)) *
                                           (rows - 1) / qMax(1, height() - 2 * kMargin)));
    const Month &found = m_months.at(qMax(0, at));
    const int row = found.row;
    if (bubble) {
        const int month = found.month;
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

void YearScrubber::paintBubble(QPainter *p, int right) const
{
    if (!m_dragging || m_bubble.isEmpty())
        return;
    p->save();
    QFont f = font();
    f.setBold(true);
    p->setFont(f);
    const QFontMetrics fm(f);
    const QRect bubble(right - fm.horizontalAdvance(m_bubble) - 36, m_dragY - fm.height(),
                       fm.horizontalAdvance(m_bubble) + 24, fm.height() * 2);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(WallTheme::current().accent);
    p->drawRoundedRect(bubble, bubble.height() / 2.0, bubble.height() / 2.0);
    p->setPen(WallTheme::current().accentText);
    p->drawText(bubble, Qt::AlignCenter, m_bubble);
    p->restore();
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
