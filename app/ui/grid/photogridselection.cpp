// SPDX-License-Identifier: GPL-3.0-or-later
// The photo grid's selection, as in a photo app: the keys, the mouse, the band, and the
// selection as ranges (one per month or per line of a band), counted and read without
// visiting photos that are not selected.
#include "models/photogridmodel.h"
#include "photocelldelegate.h"
#include "photogridview.h"
#include "wall/walltheme.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>

namespace ks {

namespace {

/// The rows a selection covers, as sorted, merged [top, bottom] pairs.
QList<QPair<int, int>> mergedRows(const QItemSelection &selection)
{
    QList<QPair<int, int>> spans;
    spans.reserve(selection.size());
    for (const QItemSelectionRange &range : selection)
        spans.append({range.top(), range.bottom()});
    std::sort(spans.begin(), spans.end());
    QList<QPair<int, int>> merged;
    for (const auto &span : std::as_const(spans)) {
        if (!merged.isEmpty() && span.first <= merged.last().second + 1)
            merged.last().second = qMax(merged.last().second, span.second);
        else
            merged.append(span);
    }
    return merged;
}

} // namespace

QItemSelection PhotoGridView::photoRange(int from, int to) const
{
    QItemSelection selection;
    if (!m_grid || m_grid->photoCount() == 0)
        return selection;
    if (from > to)
        std::swap(from, to);
    from = qBound(0, from, m_grid->photoCount() - 1);
    to = qBound(0, to, m_grid->photoCount() - 1);
    const QVector<PhotoGridModel::Month> &months = m_grid->months();
    auto it = std::upper_bound(months.cbegin(), months.cend(), from,
                               [](int p, const PhotoGridModel::Month &m) { return p < m.firstPhoto; });
    for (it = it == months.cbegin() ? it : it - 1; it != months.cend() && it->firstPhoto <= to; ++it) {
        const int first = qMax(from, it->firstPhoto);
        const int last = qMin(to, it->firstPhoto + it->count - 1);
        if (first <= last)
            selection.select(m_grid->index(m_grid->rowOfPhoto(first)),
                             m_grid->index(m_grid->rowOfPhoto(last)));
    }
    return selection;
}

QItemSelection PhotoGridView::cellsIn(const QRect &content) const
{
    QItemSelection selection;
    if (!m_grid || m_sections.isEmpty())
        return selection;
    const QRect r = content.normalized();
    const int step = m_side + kGap;
    // The columns the band crosses: a cell counts once the band reaches into it.
    const int left = r.left() - kMargin;
    const int right = r.right() - kMargin;
    if (right < 0)
        return selection;
    const int c0 = left - m_side < 0 ? 0 : (left - m_side) / step + 1;
    const int c1 = qMin(m_columns - 1, right / step);
    if (c0 > c1)
        return selection;
    for (int si = qMax(0, sectionAtY(r.top())); si < m_sections.size() && m_sections.at(si).top <= r.bottom();
         ++si) {
        const Section &s = m_sections.at(si);
        const int body = s.top + headerHeight();
        if (r.bottom() < body)
            continue;
        const int l0 = r.top() - body - m_side < 0 ? 0 : (r.top() - body - m_side) / step + 1;
        const int l1 = qMin(lines(s) - 1, (r.bottom() - body) / step);
        for (int line = l0; line <= l1; ++line) {
            const int first = line * m_columns + c0;
            const int last = qMin(s.count - 1, line * m_columns + c1);
            if (first <= last)
                selection.select(m_grid->index(rowAt(si, first)), m_grid->index(rowAt(si, last)));
        }
    }
    return selection;
}

void PhotoGridView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (selectionModel())
        selectionModel()->select(cellsIn(rect.translated(0, verticalOffset())), command);
}

QRegion PhotoGridView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    const QList<int> rows = visibleRows();
    if (rows.isEmpty())
        return region;
    for (const QItemSelectionRange &range : selection) {
        // Only what is on screen can need painting.
        const int from = qMax(range.top(), rows.first());
        const int to = qMin(range.bottom(), rows.last());
        for (int row = from; row <= to; ++row)
            region += visualRect(m_grid->index(row));
    }
    return region;
}

void PhotoGridView::selectAll()
{
    if (m_grid && selectionModel())
        selectionModel()->select(photoRange(0, m_grid->photoCount() - 1),
                                 QItemSelectionModel::ClearAndSelect);
}

void PhotoGridView::countSelection()
{
    int count = 0;
    if (m_grid && selectionModel()) {
        const QVector<PhotoGridModel::Month> &months = m_grid->months();
        for (const auto &span : mergedRows(selectionModel()->selection())) {
            // Month titles are never selected; should one be in a range, it is no photo.
            const auto first =
                std::lower_bound(months.cbegin(), months.cend(), span.first,
                                 [](const PhotoGridModel::Month &m, int r) { return m.row < r; });
            const auto end =
                std::upper_bound(months.cbegin(), months.cend(), span.second,
                                 [](int r, const PhotoGridModel::Month &m) { return r < m.row; });
            count += span.second - span.first + 1 - int(end - first);
        }
    }
    m_delegate->setSelecting(count > 0);
    if (count != m_selectedCount) {
        m_selectedCount = count;
        viewport()->update(); // every cell shows whether a click selects it
        emit selectedCountChanged(count);
    }
}

QList<int> PhotoGridView::selectedPhotos() const
{
    QList<int> photos;
    if (!m_grid || !selectionModel())
        return photos;
    photos.reserve(m_selectedCount);
    for (const auto &span : mergedRows(selectionModel()->selection())) {
        for (int row = span.first; row <= span.second; ++row) {
            const int photo = m_grid->photoIndexOfRow(row);
            if (photo >= 0)
                photos.append(photo);
        }
    }
    return photos;
}

QList<qint64> PhotoGridView::selectedMemoryIds() const
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (int photo : selectedPhotos()) {
        const qint64 id = m_grid->memoryIdAt(photo);
        if (id > 0 && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    return ids;
}

QSet<qint64> PhotoGridView::selectedMediaIds() const
{
    QSet<qint64> ids;
    for (int photo : selectedPhotos())
        ids.insert(m_grid->mediaIdAt(photo));
    return ids;
}

int PhotoGridView::photoAtPoint(const QPoint &viewportPos) const
{
    const QModelIndex index = indexAt(viewportPos);
    return index.isValid() && m_grid ? m_grid->photoIndexOfRow(index.row()) : -1;
}

bool PhotoGridView::event(QEvent *event)
{
    // Ctrl+A and Esc are the grid's while it has the focus (the window has its own Select All).
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::SelectAll) || (key->key() == Qt::Key_Escape && m_selectedCount > 0)) {
            event->accept();
            return true;
        }
    }
    return QAbstractItemView::event(event);
}

void PhotoGridView::keyPressEvent(QKeyEvent *event)
{
    const int current = currentPhoto();
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && current >= 0) {
        emit photoActivated(current);
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_selectedCount > 0) {
        clearSelection();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space && current >= 0) {
        selectionModel()->select(currentIndex(), QItemSelectionModel::Toggle);
        m_anchor = current;
        event->accept();
        return;
    }
    CursorAction action;
    switch (event->key()) {
    case Qt::Key_Left:
        action = MoveLeft;
        break;
    case Qt::Key_Right:
        action = MoveRight;
        break;
    case Qt::Key_Up:
        action = MoveUp;
        break;
    case Qt::Key_Down:
        action = MoveDown;
        break;
    case Qt::Key_Home:
        action = MoveHome;
        break;
    case Qt::Key_End:
        action = MoveEnd;
        break;
    case Qt::Key_PageUp:
        action = MovePageUp;
        break;
    case Qt::Key_PageDown:
        action = MovePageDown;
        break;
    default:
        QAbstractItemView::keyPressEvent(event);
        return;
    }
    // Arrows move the keyboard's place; with Shift they select from the anchor to it.
    const QModelIndex next = moveCursor(action, event->modifiers());
    event->accept();
    if (!next.isValid())
        return;
    const int photo = m_grid->photoIndexOfRow(next.row());
    selectionModel()->setCurrentIndex(next, QItemSelectionModel::NoUpdate);
    if (event->modifiers() & Qt::ShiftModifier) {
        if (m_anchor < 0)
            m_anchor = current >= 0 ? current : photo;
        selectionModel()->select(photoRange(m_anchor, photo), QItemSelectionModel::SelectCurrent);
    } else {
        m_anchor = photo;
    }
    scrollTo(next);
    viewport()->update();
}

void PhotoGridView::mousePressEvent(QMouseEvent *event)
{
    m_pressOpens = false;
    m_pressToggles = false;
    m_banding = false;
    if (event->button() != Qt::LeftButton || !m_grid || !selectionModel()) {
        event->ignore();
        return;
    }
    const QPoint pos = event->position().toPoint();
    m_pressContent = pos + QPoint(0, verticalOffset());
    m_bandEnd = m_pressContent;
    m_pressPhoto = photoAtPoint(pos);
    event->accept();
    if (m_pressPhoto < 0)
        return; // a band may start here
    const QModelIndex index = m_grid->index(m_grid->rowOfPhoto(m_pressPhoto));
    const int before = currentPhoto();
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    const Qt::KeyboardModifiers mods = event->modifiers();
    if (mods & Qt::ShiftModifier) {
        if (m_anchor < 0)
            m_anchor = before >= 0 ? before : m_pressPhoto;
        selectionModel()->select(photoRange(m_anchor, m_pressPhoto), QItemSelectionModel::SelectCurrent);
    } else if ((mods & Qt::ControlModifier) || m_selectedCount > 0) {
        m_pressToggles = !(mods & Qt::ControlModifier);
        selectionModel()->select(index, QItemSelectionModel::Toggle);
        m_anchor = m_pressPhoto;
    } else {
        m_pressOpens = true; // on release, unless it turns into a drag
        m_anchor = m_pressPhoto;
    }
    viewport()->update(visualRect(index));
}

void PhotoGridView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || !selectionModel()) {
        QAbstractItemView::mouseMoveEvent(event);
        return;
    }
    QPoint pos = event->position().toPoint();
    // Past the top or bottom edge the grid scrolls under the band.
    QScrollBar *bar = verticalScrollBar();
    if (pos.y() < 0)
        bar->setValue(bar->value() + pos.y());
    else if (pos.y() > viewport()->height())
        bar->setValue(bar->value() + pos.y() - viewport()->height());
    pos.setY(qBound(0, pos.y(), viewport()->height()));
    const QPoint content = pos + QPoint(0, verticalOffset());
    if (!m_banding && (content - m_pressContent).manhattanLength() < QApplication::startDragDistance())
        return;
    m_banding = true;
    m_pressOpens = false;
    m_pressToggles = false;
    m_bandEnd = content;
    selectionModel()->select(cellsIn(QRect(m_pressContent, m_bandEnd)), QItemSelectionModel::SelectCurrent);
    viewport()->update();
    event->accept();
}

void PhotoGridView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    event->accept();
    if (m_banding) {
        m_banding = false;
        // The band's cells join the selection for good: the next band adds to them.
        selectionModel()->select(QItemSelection(), QItemSelectionModel::Select);
        viewport()->update();
        return;
    }
    if (m_pressOpens && m_pressPhoto >= 0 && photoAtPoint(event->position().toPoint()) == m_pressPhoto) {
        m_pressOpens = false;
        emit photoActivated(m_pressPhoto);
    }
}

void PhotoGridView::mouseDoubleClickEvent(QMouseEvent *event)
{
    event->accept();
    // With nothing selected the first click already opened the photo. While selecting, the
    // first click toggled it: a double-click opens it and leaves the selection as it was.
    const int photo = photoAtPoint(event->position().toPoint());
    if (event->button() != Qt::LeftButton || !m_pressToggles || photo < 0 || photo != m_pressPhoto)
        return;
    m_pressToggles = false;
    selectionModel()->select(m_grid->index(m_grid->rowOfPhoto(photo)), QItemSelectionModel::Toggle);
    emit photoActivated(photo);
}

void PhotoGridView::paintBand(QPainter *p) const
{
    if (!m_banding)
        return;
    const QRect band = QRect(m_pressContent, m_bandEnd).normalized().translated(0, -verticalOffset());
    QColor fill = WallTheme::current().accent;
    fill.setAlpha(48);
    p->save();
    p->setPen(QPen(WallTheme::current().accent, 1));
    p->setBrush(fill);
    p->drawRect(band);
    p->restore();
}

} // namespace ks
