// SPDX-License-Identifier: GPL-3.0-or-later
#include "photogridview.h"

#include "media/thumbnails.h"
#include "models/photogridmodel.h"
#include "photocelldelegate.h"
#include "wall/walltheme.h"
#include "wall/yearscrubber.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>

namespace ks {

PhotoGridView::PhotoGridView(QWidget *parent) : QAbstractItemView(parent)
{
    setFrameShape(QFrame::NoFrame);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setThumbnailProvider(nullptr);
    m_thumbTimer.setSingleShot(true);
    m_thumbTimer.setInterval(60); // wait until scrolling pauses before asking for pictures
    connect(&m_thumbTimer, &QTimer::timeout, this, &PhotoGridView::requestVisibleThumbnails);
    // The months at the right edge, as on the wall; it is in the Tab order after the grid.
    m_scrubber = new YearScrubber(viewport());
    m_scrubber->setObjectName(QStringLiteral("gridScrubber"));
    connect(m_scrubber, &YearScrubber::jumpToRow, this, &PhotoGridView::scrollToRow);
    connect(m_scrubber, &YearScrubber::bubbleChanged, viewport(), qOverload<>(&QWidget::update));
    retranslate();
}

void PhotoGridView::setThumbnailProvider(ThumbnailProvider *provider)
{
    m_thumbnails = provider;
    auto *old = m_delegate;
    m_delegate = new PhotoCellDelegate(provider, this);
    connect(m_delegate, &PhotoCellDelegate::thumbnailsChanged, viewport(), qOverload<>(&QWidget::update));
    setItemDelegate(m_delegate);
    delete old;
}

void PhotoGridView::setModel(QAbstractItemModel *model)
{
    m_grid = qobject_cast<PhotoGridModel *>(model);
    QAbstractItemView::setModel(model);
    m_scrubber->setModel(m_grid.data());
    if (m_grid)
        connect(m_grid, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            // What restoreKept() puts back when the same filter is read again.
            m_kept = Kept();
            m_kept.valid = true;
            m_kept.filter = m_shownFilter; // the model already holds a new one when it changed
            m_kept.selected = selectedMediaIds();
            const int top = m_grid->photoIndexOfRow(topRow());
            m_kept.topMedia = top >= 0 ? m_grid->mediaIdAt(top) : 0;
        });
    if (selectionModel())
        connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &PhotoGridView::countSelection);
    if (m_grid) // connected after the selection model's own: it runs once that has let go
        connect(m_grid, &QAbstractItemModel::modelReset, this, &PhotoGridView::restoreKept);
    m_shownFilter = m_grid ? m_grid->filter() : WallFilter();
    relayout();
    countSelection();
}

void PhotoGridView::reset()
{
    QAbstractItemView::reset();
    relayout();
    m_anchor = -1;
    m_banding = false;
    verticalScrollBar()->setValue(0);
    requestThumbnailsNow();
}

void PhotoGridView::restoreKept()
{
    // After the selection model has let go of the reset model (it follows the reset after the
    // view, without a signal). Reread under the same filter (a tag or a date changed, an import
    // ended): the same photos stay selected, the same photo at the top. Another filter starts
    // at the top with nothing selected.
    const bool same = m_kept.valid && m_grid && m_grid->filter() == m_kept.filter;
    if (same && (!m_kept.selected.isEmpty() || m_kept.topMedia > 0)) {
        QItemSelection selection;
        int top = -1;
        int runStart = -1;
        for (int i = 0, n = m_grid->photoCount(); i <= n; ++i) {
            const qint64 media = i < n ? m_grid->mediaIdAt(i) : 0;
            if (media > 0 && media == m_kept.topMedia)
                top = i;
            const bool in = i < n && m_kept.selected.contains(media);
            if (in && runStart < 0)
                runStart = i;
            if (!in && runStart >= 0) {
                selection.merge(photoRange(runStart, i - 1), QItemSelectionModel::Select);
                runStart = -1;
            }
        }
        if (!selection.isEmpty() && selectionModel())
            selectionModel()->select(selection, QItemSelectionModel::Select);
        if (top >= 0)
            scrollToRow(m_grid->rowOfPhoto(top));
    }
    m_kept = Kept();
    if (m_grid)
        m_shownFilter = m_grid->filter();
    countSelection();
}

void PhotoGridView::showEvent(QShowEvent *event)
{
    // Laid out for the size it is shown at (it may have been resized while hidden).
    relayout();
    QAbstractItemView::showEvent(event);
    requestThumbnailsNow(); // back from a page, or switched to: what is on screen now
}

void PhotoGridView::retranslate()
{
    setAccessibleName(tr("Photo grid"));
    setToolTip(QString());
}

void PhotoGridView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange)
        relayout();
    QAbstractItemView::changeEvent(event);
}

int PhotoGridView::headerHeight() const
{
    return PhotoCellDelegate::headerHeight(font());
}

int PhotoGridView::sectionHeight(const Section &s) const
{
    return headerHeight() + lines(s) * (m_side + kGap);
}

int PhotoGridView::contentWidth() const
{
    return qMax(1, viewport()->width() - YearScrubber::kWidth);
}

void PhotoGridView::relayout()
{
    const int width = qMax(1, contentWidth() - 2 * kMargin);
    m_columns = qMax(2, (width + kGap) / (kTargetSide + kGap));
    m_side = qMax(40, (width - (m_columns - 1) * kGap) / m_columns);
    m_sections.clear();
    int y = 0;
    if (m_grid) {
        m_sections.reserve(m_grid->months().size());
        for (const PhotoGridModel::Month &month : m_grid->months()) {
            m_sections.append(Section{month.row, month.count, y});
            y += sectionHeight(m_sections.last());
        }
    }
    m_height = y + kMargin;
    updateGeometries();
    viewport()->update();
}

void PhotoGridView::updateGeometries()
{
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, qMax(0, m_height - viewport()->height()));
    bar->setPageStep(qMax(1, viewport()->height() - headerHeight()));
    bar->setSingleStep(qMax(1, (m_side + kGap) / 3));
    QAbstractItemView::updateGeometries();
}

int PhotoGridView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

int PhotoGridView::sectionOfRow(int row) const
{
    auto it = std::upper_bound(m_sections.cbegin(), m_sections.cend(), row,
                               [](int r, const Section &s) { return r < s.headerRow; });
    return int(it - m_sections.cbegin()) - 1;
}

int PhotoGridView::sectionAtY(int y) const
{
    auto it = std::upper_bound(m_sections.cbegin(), m_sections.cend(), y,
                               [](int v, const Section &s) { return v < s.top; });
    return int(it - m_sections.cbegin()) - 1;
}

QRect PhotoGridView::contentRect(int row) const
{
    const int si = sectionOfRow(row);
    if (si < 0)
        return QRect();
    const Section &s = m_sections.at(si);
    if (row == s.headerRow)
        return QRect(kMargin, s.top, contentWidth() - 2 * kMargin, headerHeight());
    const int item = row - s.headerRow - 1;
    if (item < 0 || item >= s.count)
        return QRect();
    const int step = m_side + kGap;
    return QRect(kMargin + (item % m_columns) * step, s.top + headerHeight() + (item / m_columns) * step,
                 m_side, m_side);
}

QRect PhotoGridView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid())
        return QRect();
    return contentRect(index.row()).translated(0, -verticalOffset());
}

QModelIndex PhotoGridView::photoIndexAt(int section, int item) const
{
    if (!m_grid || section < 0 || section >= m_sections.size())
        return QModelIndex();
    item = qBound(0, item, m_sections.at(section).count - 1);
    return m_grid->index(rowAt(section, item));
}

QModelIndex PhotoGridView::indexAt(const QPoint &point) const
{
    if (!m_grid)
        return QModelIndex();
    const int y = point.y() + verticalOffset();
    const int si = sectionAtY(y);
    if (si < 0)
        return QModelIndex();
    const Section &s = m_sections.at(si);
    if (y < s.top + headerHeight())
        return m_grid->index(s.headerRow);
    const int step = m_side + kGap;
    const int x = point.x() - kMargin;
    const int dy = y - s.top - headerHeight();
    if (x < 0 || x % step >= m_side || dy % step >= m_side)
        return QModelIndex(); // the gaps between cells
    const int column = x / step;
    const int item = (dy / step) * m_columns + column;
    if (column >= m_columns || item >= s.count)
        return QModelIndex();
    return m_grid->index(rowAt(si, item));
}

void PhotoGridView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const QRect r = contentRect(index.row());
    if (r.isNull())
        return;
    QScrollBar *bar = verticalScrollBar();
    const int top = bar->value();
    const int height = viewport()->height();
    // Below the sticky month title is where a cell is really visible.
    const int clear = headerHeight();
    if (hint == PositionAtTop || (hint == EnsureVisible && r.top() < top + clear))
        bar->setValue(r.top() - clear);
    else if (hint == PositionAtBottom || (hint == EnsureVisible && r.bottom() > top + height))
        bar->setValue(r.bottom() - height + kGap);
    else if (hint == PositionAtCenter)
        bar->setValue(r.center().y() - height / 2);
}

int PhotoGridView::topRow() const
{
    const int top = verticalOffset();
    const int si = sectionAtY(top);
    if (si < 0)
        return 0;
    const Section &s = m_sections.at(si);
    const int body = s.top + headerHeight();
    if (top < body || s.count == 0)
        return s.headerRow;
    const int line = qMin(lines(s) - 1, (top - body) / (m_side + kGap));
    return rowAt(si, line * m_columns);
}

void PhotoGridView::scrollToRow(int row)
{
    const int si = sectionOfRow(row);
    if (si < 0)
        return;
    const Section &s = m_sections.at(si);
    if (row == s.headerRow)
        verticalScrollBar()->setValue(s.top); // the title at the top, its photos below it
    else if (m_grid)
        scrollTo(m_grid->index(row), PositionAtTop);
}

QList<int> PhotoGridView::visibleRows() const
{
    QList<int> rows;
    if (!m_grid)
        return rows;
    const int top = verticalOffset();
    const int bottom = top + viewport()->height();
    const int step = m_side + kGap;
    for (int si = qMax(0, sectionAtY(top)); si < m_sections.size() && m_sections.at(si).top < bottom; ++si) {
        const Section &s = m_sections.at(si);
        if (s.top + headerHeight() > top)
            rows << s.headerRow;
        const int body = s.top + headerHeight();
        const int firstLine = qMax(0, (top - body) / step);
        for (int line = firstLine; line < lines(s) && body + line * step < bottom; ++line) {
            for (int c = 0; c < m_columns; ++c) {
                const int item = line * m_columns + c;
                if (item < s.count)
                    rows << rowAt(si, item);
            }
        }
    }
    return rows;
}

void PhotoGridView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), WallTheme::background());
    if (!m_grid)
        return;
    if (m_grid->rowCount() == 0) {
        p.setPen(WallTheme::secondary());
        p.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No photos here. The filters or the search leave none; the wall may still show "
                      "other memories."));
        return;
    }
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QModelIndex current = currentIndex();
    const int offset = verticalOffset();
    int nextHeaderY = -1;
    const QList<int> rows = visibleRows();
    for (int row : rows) {
        const QModelIndex index = m_grid->index(row);
        option.rect = contentRect(row).translated(0, -offset);
        option.state = QStyle::State_Enabled;
        if (selectionModel() && selectionModel()->isSelected(index))
            option.state |= QStyle::State_Selected;
        if (index == current && hasFocus())
            option.state |= QStyle::State_HasFocus;
        const bool header = index.data(PhotoGridModel::RowTypeRole).toInt() == PhotoGridModel::HeaderRow;
        if (header && option.rect.top() > 0 && nextHeaderY < 0)
            nextHeaderY = option.rect.top();
        m_delegate->paint(&p, option, index);
    }
    // The month of the top line stays at the top, pushed up by the next one.
    const int si = sectionAtY(offset);
    if (si >= 0 && m_sections.at(si).top < offset) {
        const int hh = headerHeight();
        const int top = (nextHeaderY >= 0 && nextHeaderY < hh) ? nextHeaderY - hh : 0;
        const QRect band(0, top, contentWidth(), hh);
        p.fillRect(band, WallTheme::background());
        option.rect = QRect(kMargin, top, contentWidth() - 2 * kMargin, hh);
        option.state = QStyle::State_Enabled;
        m_delegate->paint(&p, option, m_grid->index(m_sections.at(si).headerRow));
        p.fillRect(QRect(0, top + hh, contentWidth(), 1), WallTheme::border());
    }
    paintBand(&p);
    m_scrubber->paintBubble(&p, contentWidth());
}

void PhotoGridView::resizeEvent(QResizeEvent *event)
{
    // Keep the photo at the top in view when the columns change.
    const QList<int> before = visibleRows();
    int anchor = -1;
    for (int row : before) {
        if (contentRect(row).top() >= verticalOffset() || anchor < 0)
            anchor = row;
        if (contentRect(row).top() >= verticalOffset())
            break;
    }
    QAbstractItemView::resizeEvent(event);
    m_scrubber->setGeometry(viewport()->width() - YearScrubber::kWidth, 0, YearScrubber::kWidth,
                            viewport()->height());
    relayout();
    if (anchor >= 0 && m_grid)
        scrollTo(m_grid->index(anchor), PositionAtTop);
    m_thumbTimer.start();
}

void PhotoGridView::scrollContentsBy(int, int)
{
    // The sticky title moves with the content: paint it all again rather than scroll pixels.
    viewport()->update();
    m_scrubber->setTopRow(topRow());
    m_thumbTimer.start();
}

QModelIndex PhotoGridView::moveCursor(CursorAction action, Qt::KeyboardModifiers)
{
    if (!m_grid || m_grid->photoCount() == 0)
        return QModelIndex();
    const int photos = m_grid->photoCount();
    const int row = currentIndex().isValid() ? currentIndex().row() : -1;
    const int photo = row >= 0 ? m_grid->photoIndexOfRow(row) : -1;
    auto byPhoto = [this, photos](int p) {
        return m_grid->index(m_grid->rowOfPhoto(qBound(0, p, photos - 1)));
    };
    if (photo < 0) {
        // Nothing current yet: the first photo on screen.
        for (int r : visibleRows()) {
            if (m_grid->photoIndexOfRow(r) >= 0 && contentRect(r).top() >= verticalOffset())
                return m_grid->index(r);
        }
        return byPhoto(0);
    }
    const int si = sectionOfRow(row);
    const int item = row - m_sections.at(si).headerRow - 1;
    // A line down or up keeps the column, across month titles too.
    auto down = [&](int s, int i) -> std::pair<int, int> {
        if (i + m_columns < m_sections.at(s).count)
            return {s, i + m_columns};
        if ((i / m_columns) < lines(m_sections.at(s)) - 1)
            return {s, m_sections.at(s).count - 1}; // a shorter last line
        if (s + 1 < m_sections.size())
            return {s + 1, qMin(i % m_columns, m_sections.at(s + 1).count - 1)};
        return {s, i};
    };
    auto up = [&](int s, int i) -> std::pair<int, int> {
        if (i - m_columns >= 0)
            return {s, i - m_columns};
        if (s > 0) {
            const int count = m_sections.at(s - 1).count;
            return {s - 1, qMin(((count - 1) / m_columns) * m_columns + i % m_columns, count - 1)};
        }
        return {s, i};
    };
    switch (action) {
    case MoveLeft:
    case MovePrevious:
        return byPhoto(photo - 1);
    case MoveRight:
    case MoveNext:
        return byPhoto(photo + 1);
    case MoveHome:
        return byPhoto(0);
    case MoveEnd:
        return byPhoto(photos - 1);
    case MoveDown: {
        const auto [s, i] = down(si, item);
        return photoIndexAt(s, i);
    }
    case MoveUp: {
        const auto [s, i] = up(si, item);
        return photoIndexAt(s, i);
    }
    case MovePageDown:
    case MovePageUp: {
        const int steps = qMax(1, (viewport()->height() - headerHeight()) / (m_side + kGap));
        int s = si;
        int i = item;
        for (int n = 0; n < steps; ++n)
            std::tie(s, i) = action == MovePageDown ? down(s, i) : up(s, i);
        return photoIndexAt(s, i);
    }
    }
    return currentIndex();
}

void PhotoGridView::setCurrentPhoto(int photoIndex)
{
    if (!m_grid)
        return;
    const int row = m_grid->rowOfPhoto(photoIndex);
    if (row < 0)
        return;
    const QModelIndex index = m_grid->index(row);
    // The current photo is the keyboard's place, not a selection: the viewer moves it.
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_anchor = photoIndex;
    scrollTo(index);
}

int PhotoGridView::currentPhoto() const
{
    return m_grid && currentIndex().isValid() ? m_grid->photoIndexOfRow(currentIndex().row()) : -1;
}

void PhotoGridView::requestThumbnailsNow()
{
    // Not scrolling, so no pause to wait for; queued, so the layout of this event is done first.
    m_thumbTimer.stop();
    QTimer::singleShot(0, this, &PhotoGridView::requestVisibleThumbnails);
}

void PhotoGridView::requestVisibleThumbnails()
{
    if (!m_thumbnails || !m_grid || !isVisible())
        return;
    QSet<QString> keep;
    int priority = 100000;
    QList<int> rows = visibleRows();
    // A screen holds a few hundred cells at most; more means the view is not laid out yet.
    if (rows.size() > 1000)
        return;
    // A line ahead in the reading direction too (the end fixed first: rows grows in the loop).
    if (!rows.isEmpty()) {
        const int end = qMin(m_grid->rowCount(), rows.last() + 1 + m_columns);
        for (int r = rows.last() + 1; r < end; ++r)
            rows << r;
    }
    for (int row : std::as_const(rows)) {
        const QString key = m_delegate->requestThumbnail(m_grid->index(row), m_side, priority--);
        if (!key.isEmpty())
            keep.insert(key);
    }
    m_thumbnails->retainOnly(keep);
}

} // namespace ks
