// SPDX-License-Identifier: GPL-3.0-or-later
// The wall's input: the wheel, the keyboard (lines up and down, cards left and right, pages,
// Home/End), clicks and the multi-selection.
#include "memorycarddelegate.h"
#include "models/wallmodel.h"
#include "wallview.h"

#include <QKeyEvent>

namespace ks {

void WallView::wheelEvent(QWheelEvent *event)
{
    int dy = 0;
    if (!event->pixelDelta().isNull())
        dy = -event->pixelDelta().y();
    else
        dy = -event->angleDelta().y() * 3 * fontMetrics().height() * 2 / 120;
    scrollByPixels(dy);
    event->accept();
}

void WallView::keyPressEvent(QKeyEvent *event)
{
    if (!m_model || m_model->rowCount() == 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const int count = m_model->rowCount();
    // Headers are not stops: moving skips over them.
    auto step = [&](int from, int direction) {
        int row = from + direction;
        while (row >= 0 && row < count && isHeader(row))
            row += direction;
        return (row >= 0 && row < count) ? row : from;
    };
    const int current = m_current >= 0 ? m_current : -1;
    const int top = topRow();
    // Up and down move by line, staying in the column; left and right go card by card.
    auto vertical = [&](int direction) {
        if (current < 0)
            return direction > 0 ? step(top - 1, 1) : step(top + 1, -1);
        const int row = rowInLineAfter(m_lines.lineOfRow(current), direction, m_lines.columnOfRow(current));
        return row >= 0 ? row : current;
    };
    switch (event->key()) {
    case Qt::Key_Escape:
        clearSelection();
        break;
    case Qt::Key_Space:
        if (current >= 0 && !isHeader(current)) {
            const qint64 id = wallIdAt(current);
            if (!m_selected.remove(id))
                m_selected.insert(id);
            m_anchor = current;
            viewport()->update();
            emit selectionChanged(int(m_selected.size()));
        }
        break;
    case Qt::Key_Down:
        setCurrentRow(vertical(1));
        break;
    case Qt::Key_Up:
        setCurrentRow(vertical(-1));
        break;
    case Qt::Key_Right:
        setCurrentRow(current < 0 ? step(top - 1, 1) : step(current, 1));
        break;
    case Qt::Key_Left:
        setCurrentRow(current < 0 ? step(top + 1, -1) : step(current, -1));
        break;
    case Qt::Key_PageDown: {
        scrollByPixels(viewport()->height() - m_delegate->headerHeight());
        const QList<int> rows = visibleRows();
        int target = rows.isEmpty() ? current : rows.first();
        if (target >= 0 && isHeader(target))
            target = step(target, 1);
        m_current = -2; // force the change signal
        setCurrentRow(target);
        break;
    }
    case Qt::Key_PageUp: {
        scrollByPixels(-(viewport()->height() - m_delegate->headerHeight()));
        const QList<int> rows = visibleRows();
        int target = rows.isEmpty() ? current : rows.first();
        if (target >= 0 && isHeader(target))
            target = step(target, 1);
        m_current = -2;
        setCurrentRow(target);
        break;
    }
    case Qt::Key_Home:
        scrollToRow(0);
        setCurrentRow(step(-1, 1));
        break;
    case Qt::Key_End:
        setCurrentRow(step(count, -1));
        scrollToRow(count - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current >= 0)
            emit activated(current, 0);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void WallView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const int row = rowAt(event->pos());
    if (row >= 0 && !isHeader(row)) {
        const Qt::KeyboardModifiers mods = event->modifiers();
        if (mods & Qt::ShiftModifier && m_anchor >= 0) {
            if (!(mods & Qt::ControlModifier))
                m_selected.clear();
            selectRange(m_anchor, row);
        } else if (mods & Qt::ControlModifier) {
            const qint64 id = wallIdAt(row);
            if (!m_selected.remove(id))
                m_selected.insert(id);
            m_anchor = row;
        } else if (event->button() == Qt::LeftButton || !m_selected.contains(wallIdAt(row))) {
            // A right click inside the selection keeps it, so its menu acts on all of it.
            m_selected = {wallIdAt(row)};
            m_anchor = row;
        }
        setCurrentRow(row);
        viewport()->update();
        emit selectionChanged(int(m_selected.size()));
    }
    QAbstractScrollArea::mousePressEvent(event);
}

int WallView::rowInLineAfter(int line, int direction, int column) const
{
    for (int l = line + direction; l >= 0 && l < m_lines.lineCount(); l += direction) {
        const WallLines::Line next = m_lines.line(l);
        if (!next.header && next.count > 0)
            return next.firstRow + qMin(column, next.count - 1);
    }
    return -1;
}

qint64 WallView::wallIdAt(int row) const
{
    if (!m_model || row < 0)
        return 0;
    return m_model->index(row, 0).data(WallModel::ItemRole).value<WallItem>().wallId;
}

void WallView::selectRange(int from, int to)
{
    if (from > to)
        std::swap(from, to);
    for (int row = qMax(0, from); row <= to && m_model && row < m_model->rowCount(); ++row) {
        if (!isHeader(row))
            m_selected.insert(wallIdAt(row));
    }
}

QList<qint64> WallView::selectedWallIds() const
{
    return QList<qint64>(m_selected.cbegin(), m_selected.cend());
}

void WallView::setSelectedWallIds(const QList<qint64> &wallIds)
{
    m_selected = QSet<qint64>(wallIds.cbegin(), wallIds.cend());
    viewport()->update();
    emit selectionChanged(int(m_selected.size()));
}

void WallView::selectAll()
{
    if (auto *wall = qobject_cast<WallModel *>(m_model.data()))
        setSelectedWallIds(wall->allWallIds());
}

void WallView::clearSelection()
{
    if (m_selected.isEmpty())
        return;
    m_selected.clear();
    viewport()->update();
    emit selectionChanged(0);
}

void WallView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAt(event->pos());
    if (row >= 0 && !isHeader(row)) {
        const QRect r = rowRect(row);
        const int media = m_delegate ? m_delegate->mediaIndexAt(m_model->index(row, 0), r.width(),
                                                                event->pos() - r.topLeft())
                                     : -1;
        emit activated(row, qMax(0, media));
    }
    event->accept();
}

void WallView::contextMenuEvent(QContextMenuEvent *event)
{
    const int row = rowAt(event->pos());
    if (row >= 0 && !isHeader(row)) {
        setCurrentRow(row);
        emit contextMenuRequested(row, event->globalPos());
    }
}

} // namespace ks
