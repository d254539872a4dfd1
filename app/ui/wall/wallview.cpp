// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallview.h"

#include "media/thumbnails.h"
#include "memorycarddelegate.h"
#include "models/wallmodel.h"
#include "walltheme.h"
#include "yearscrubber.h"

#include <QAbstractItemModel>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionViewItem>

namespace ks {

WallView::WallView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    m_thumbTimer.setSingleShot(true);
    m_thumbTimer.setInterval(60); // wait until scrolling pauses before asking for pictures
    connect(&m_thumbTimer, &QTimer::timeout, this, &WallView::requestVisibleThumbnails);
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this](int) {
        // Driven by the user on the bar: map the value back to a row and offset.
        if (m_syncing || !m_model)
            return;
        const int value = verticalScrollBar()->sliderPosition();
        m_top = value / kUnits;
        m_offset = 0;
        if (m_top < m_lines.lineCount())
            m_offset = lineHeight(m_top) * (value % kUnits) / kUnits;
        normalise();
        viewport()->update();
        scheduleThumbnails();
        emit topRowChanged(topRow());
    });
}

WallView::~WallView() = default;

void WallView::afterMove()
{
    normalise();
    syncScrollBar();
    viewport()->update();
    if (m_scrubber)
        m_scrubber->setTopRow(topRow());
    scheduleThumbnails();
    emit topRowChanged(topRow());
}

int WallView::topRow() const
{
    return m_lines.lineCount() > 0 ? m_lines.line(m_top).firstRow : 0;
}

void WallView::setModel(QAbstractItemModel *model)
{
    for (const auto &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_model = model;
    if (m_model) {
        m_modelConnections << connect(m_model, &QAbstractItemModel::modelReset, this,
                                      &WallView::onModelReset);
        m_modelConnections << connect(m_model, &QAbstractItemModel::rowsInserted, this,
                                      &WallView::onModelReset);
        m_modelConnections << connect(m_model, &QAbstractItemModel::rowsRemoved, this,
                                      &WallView::onModelReset);
        m_modelConnections << connect(m_model, &QAbstractItemModel::layoutChanged, this,
                                      &WallView::onModelReset);
        m_modelConnections << connect(m_model, &QAbstractItemModel::dataChanged, this,
                                      [this] { viewport()->update(); });
    }
    if (m_scrubber)
        m_scrubber->setModel(qobject_cast<WallModel *>(m_model.data()));
    onModelReset();
}

void WallView::setDelegate(MemoryCardDelegate *delegate)
{
    m_delegate = delegate;
    if (m_delegate) {
        m_delegate->setFont(font());
        connect(m_delegate, &MemoryCardDelegate::thumbnailsChanged, viewport(),
                qOverload<>(&QWidget::update));
    }
    onModelReset();
}

void WallView::setScrubberEnabled(bool enabled)
{
    if (enabled && !m_scrubber) {
        m_scrubber = new YearScrubber(viewport());
        m_scrubber->setObjectName(QStringLiteral("yearScrubber"));
        m_scrubber->setModel(qobject_cast<WallModel *>(m_model.data()));
        connect(m_scrubber, &YearScrubber::jumpToRow, this, &WallView::scrollToRow);
        connect(m_scrubber, &YearScrubber::bubbleChanged, viewport(), qOverload<>(&QWidget::update));
        m_scrubber->setGeometry(viewport()->width() - YearScrubber::kWidth, 0, YearScrubber::kWidth,
                                viewport()->height());
        m_scrubber->show();
    } else if (!enabled && m_scrubber) {
        delete m_scrubber;
        m_scrubber = nullptr;
    }
}

int WallView::contentWidth() const
{
    return qMax(120, viewport()->width() - (m_scrubber ? YearScrubber::kWidth : 0));
}

int WallView::twoColumnWidth()
{
    return 2 * (MemoryCardDelegate::kNarrowestColumnCard + 2 * MemoryCardDelegate::kCardMargin);
}

int WallView::columnsFor(int width) const
{
    return m_maxColumns >= 2 && width >= twoColumnWidth() ? 2 : 1;
}

void WallView::setMaximumColumns(int columns)
{
    m_maxColumns = qBound(1, columns, 2); // two at most: wider would make cards too narrow
    if (relayoutLines())
        afterMove();
}

int WallView::cellWidth() const
{
    const int width = contentWidth();
    const int columns = m_lines.columns();
    if (columns <= 1)
        return width;
    // Side by side, the pair of cards is centred and each stays at a comfortable width.
    return qMin(width / columns, MemoryCardDelegate::kComfortableWidth + 2 * MemoryCardDelegate::kCardMargin);
}

int WallView::columnX(int column) const
{
    const int columns = m_lines.columns();
    return (contentWidth() - columns * cellWidth()) / 2 + column * cellWidth();
}

bool WallView::relayoutLines()
{
    const int columns = columnsFor(contentWidth());
    if (columns == m_lines.columns() && m_lines.lineCount() > 0)
        return false;
    // Keep the card at the top in view when the columns change under it.
    const int row = m_lines.lineCount() > 0 ? topRow() : 0;
    const bool changed = columns != m_lines.columns();
    m_lines.rebuild(m_model, columns);
    m_top = qMax(0, m_lines.lineOfRow(row));
    if (changed)
        m_offset = 0;
    computeEnd();
    return changed;
}

bool WallView::isHeader(int row) const
{
    return m_model && m_model->index(row, 0).data(WallModel::RowTypeRole).toInt() == WallModel::HeaderRow;
}

int WallView::rowHeight(int row) const
{
    if (!m_model || !m_delegate || row < 0 || row >= m_model->rowCount())
        return 0;
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, cellWidth(), 0); // a header's height does not depend on the width
    option.font = font();
    return qMax(1, m_delegate->sizeHint(option, m_model->index(row, 0)).height());
}

int WallView::lineHeight(int line) const
{
    const WallLines::Line l = m_lines.line(line);
    int height = 0;
    for (int row = l.firstRow; row >= 0 && row < l.firstRow + l.count; ++row)
        height = qMax(height, rowHeight(row));
    return height;
}

int WallView::headerRowFor(int row) const
{
    if (auto *wall = qobject_cast<WallModel *>(m_model.data()))
        return wall->headerRowFor(row);
    // Other models (那年今日) are short: walk back to the header.
    for (int r = row; r >= 0; --r) {
        if (isHeader(r))
            return r;
    }
    return -1;
}

void WallView::onModelReset()
{
    m_top = 0;
    m_offset = 0;
    m_current = -1;
    m_anchor = -1;
    if (!m_selected.isEmpty()) {
        m_selected.clear(); // the wall changed under the selection
        emit selectionChanged(0);
    }
    if (m_delegate)
        m_delegate->clearLayouts();
    m_lines.rebuild(m_model, columnsFor(contentWidth()));
    computeEnd();
    syncScrollBar();
    if (m_scrubber)
        m_scrubber->setModel(qobject_cast<WallModel *>(m_model.data()));
    viewport()->update();
    requestThumbnailsNow();
    emit topRowChanged(0);
}

void WallView::computeEnd()
{
    // The last top position: walk up from the end until a viewport's height is filled.
    m_endRow = 0;
    m_endOffset = 0;
    if (!m_model)
        return;
    int remaining = viewport()->height();
    for (int line = m_lines.lineCount() - 1; line >= 0; --line) {
        const int h = lineHeight(line);
        if (h >= remaining) {
            m_endRow = line;
            m_endOffset = h - remaining;
            return;
        }
        remaining -= h;
    }
    m_endRow = 0;
    m_endOffset = 0;
}

void WallView::normalise()
{
    const int count = m_lines.lineCount();
    if (!m_model || count == 0) {
        m_top = 0;
        m_offset = 0;
        return;
    }
    m_top = qBound(0, m_top, count - 1);
    while (m_offset < 0 && m_top > 0) {
        --m_top;
        m_offset += lineHeight(m_top);
    }
    if (m_offset < 0)
        m_offset = 0;
    while (m_top < count - 1 && m_offset >= lineHeight(m_top)) {
        m_offset -= lineHeight(m_top);
        ++m_top;
    }
    if (m_top > m_endRow || (m_top == m_endRow && m_offset > m_endOffset)) {
        m_top = m_endRow;
        m_offset = m_endOffset;
    }
}

void WallView::syncScrollBar()
{
    m_syncing = true;
    QScrollBar *bar = verticalScrollBar();
    const int count = m_model ? m_lines.lineCount() : 0;
    const int endHeight = count > 0 ? lineHeight(m_endRow) : 1;
    const int max = m_endRow * kUnits + (endHeight > 0 ? m_endOffset * kUnits / endHeight : 0);
    bar->setRange(0, qMax(0, max));
    bar->setPageStep(qMax(1, kUnits * 3));
    bar->setSingleStep(kUnits / 4);
    const int h = count > 0 ? lineHeight(m_top) : 1;
    bar->setValue(m_top * kUnits + (h > 0 ? m_offset * kUnits / h : 0));
    m_syncing = false;
}

void WallView::scrollContentsBy(int, int)
{
    // Positions come from actionTriggered (user) or our own setters; nothing to shift here.
}

void WallView::scrollToRow(int row)
{
    if (!m_model)
        return;
    m_top = qMax(0, m_lines.lineOfRow(qBound(0, row, m_model->rowCount() - 1)));
    m_offset = 0;
    afterMove();
}

void WallView::scrollByPixels(int dy)
{
    if (!m_model || dy == 0)
        return;
    m_offset += dy;
    afterMove();
}

void WallView::ensureRowVisible(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const int line = m_lines.lineOfRow(row);
    if (line < 0)
        return;
    const int viewHeight = viewport()->height();
    if (line < m_top || (line == m_top && m_offset > 0)) {
        m_top = line;
        m_offset = 0;
        // Keep the month header in sight above the first cards of a month.
        if (line > 0 && m_lines.line(line - 1).header)
            m_top = line - 1;
    } else {
        // Distance from the top of the view to the bottom of the line.
        int y = -m_offset;
        int l = m_top;
        for (; l <= line && y <= viewHeight * 4; ++l)
            y += lineHeight(l);
        const int h = lineHeight(line);
        if (l <= line) {
            // Far below: put the line at the bottom of the view (its top when it is taller).
            m_top = line;
            m_offset = h > viewHeight ? 0 : h - viewHeight;
        } else if (const int overshoot = y - viewHeight; overshoot > 0) {
            // A line taller than the view shows its top.
            m_offset += h > viewHeight ? overshoot - (h - viewHeight) : overshoot;
        }
    }
    afterMove();
}

void WallView::setCurrentRow(int row)
{
    if (m_model && (row < -1 || row >= m_model->rowCount()))
        return;
    if (row == m_current)
        return;
    m_current = row;
    if (row >= 0)
        ensureRowVisible(row);
    viewport()->update();
    emit currentRowChanged(row);
}

QList<int> WallView::visibleRows() const
{
    QList<int> rows;
    if (!m_model)
        return rows;
    const int count = m_lines.lineCount();
    int y = -m_offset;
    for (int line = m_top; line < count && y < viewport()->height(); ++line) {
        const WallLines::Line l = m_lines.line(line);
        for (int i = 0; i < l.count; ++i)
            rows << l.firstRow + i;
        y += lineHeight(line);
    }
    return rows;
}

QRect WallView::rowRect(int row) const
{
    if (!m_model)
        return QRect();
    const int target = m_lines.lineOfRow(row);
    if (target < m_top)
        return QRect();
    int y = -m_offset;
    for (int line = m_top; line <= target && y < viewport()->height(); ++line) {
        if (line == target) {
            if (m_lines.line(line).header)
                return QRect(0, y, contentWidth(), rowHeight(row));
            return QRect(columnX(m_lines.columnOfRow(row)), y, cellWidth(), rowHeight(row));
        }
        y += lineHeight(line);
    }
    return QRect();
}

int WallView::rowAt(const QPoint &pos) const
{
    if (!m_model || pos.x() < 0 || pos.x() >= contentWidth())
        return -1;
    const int count = m_lines.lineCount();
    int y = -m_offset;
    for (int line = m_top; line < count && y < viewport()->height(); ++line) {
        const int h = lineHeight(line);
        if (pos.y() >= y && pos.y() < y + h) {
            const WallLines::Line l = m_lines.line(line);
            if (l.header)
                return l.firstRow;
            const int x = pos.x() - columnX(0);
            const int column = x < 0 ? -1 : x / cellWidth();
            if (column < 0 || column >= l.count)
                return -1;
            // Below a shorter card of the line is empty wall.
            const int row = l.firstRow + column;
            return pos.y() < y + rowHeight(row) ? row : -1;
        }
        y += h;
    }
    return -1;
}

void WallView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), WallTheme::background());
    if (!m_model || !m_delegate) {
        emit framePainted();
        return;
    }
    const int count = m_lines.lineCount();
    const int width = contentWidth();
    const int cell = cellWidth();
    // Month titles line up with the first column's cards.
    const int headerX = m_lines.columns() > 1 ? columnX(0) : 0;
    const int headerWidth = m_lines.columns() > 1 ? cell : width;
    QStyleOptionViewItem option;
    option.font = font();
    option.palette = palette();
    int y = -m_offset;
    int nextHeaderY = -1;
    int heights[2] = {0, 0};
    for (int line = m_top; line < count && y < viewport()->height(); ++line) {
        const WallLines::Line l = m_lines.line(line);
        int h = 0;
        for (int i = 0; i < l.count && i < 2; ++i)
            h = qMax(h, heights[i] = rowHeight(l.firstRow + i));
        if (line > m_top && nextHeaderY < 0 && l.header)
            nextHeaderY = y;
        for (int i = 0; i < l.count && i < 2; ++i) {
            const int row = l.firstRow + i;
            const QModelIndex index = m_model->index(row, 0);
            option.rect =
                l.header ? QRect(headerX, y, headerWidth, h) : QRect(columnX(i), y, cell, heights[i]);
            option.state = QStyle::State_Enabled;
            if (row == m_current && hasFocus())
                option.state |= QStyle::State_HasFocus;
            if (!l.header && !m_selected.isEmpty() && m_selected.contains(wallIdAt(row)))
                option.state |= QStyle::State_Selected;
            m_delegate->paint(&p, option, index);
        }
        y += h;
    }
    // Sticky header: the month of the top line stays at the top, pushed up by the next one.
    const int header = headerRowFor(topRow());
    if (header >= 0 && !(header == topRow() && m_offset == 0)) {
        const int hh = m_delegate->headerHeight();
        int top = 0;
        if (nextHeaderY >= 0 && nextHeaderY < hh)
            top = nextHeaderY - hh;
        p.fillRect(QRect(0, top, width, hh), WallTheme::background());
        m_delegate->paintHeader(&p, QRect(headerX, top, headerWidth, hh), m_model->index(header, 0));
        p.fillRect(QRect(0, top + hh, width, 1), WallTheme::border());
    }
    // The scrubber's bubble, beside the finger.
    if (m_scrubber)
        m_scrubber->paintBubble(&p, width);
    emit framePainted();
}

void WallView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_scrubber)
        m_scrubber->setGeometry(viewport()->width() - YearScrubber::kWidth, 0, YearScrubber::kWidth,
                                viewport()->height());
    const bool columnsChanged = relayoutLines();
    computeEnd();
    normalise();
    syncScrollBar();
    scheduleThumbnails();
    if (columnsChanged) {
        if (m_current >= 0)
            ensureRowVisible(m_current);
        emit topRowChanged(topRow());
    }
}

void WallView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    requestThumbnailsNow(); // back from a page or the photo grid: what is on screen now
}

void WallView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange && m_delegate) {
        m_delegate->setFont(font());
        computeEnd();
        viewport()->update();
    } else if (event->type() == QEvent::PaletteChange && m_delegate) {
        // A new theme (View → Theme): link colours live in the cached text layouts.
        m_delegate->clearLayouts();
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

bool WallView::viewportEvent(QEvent *event)
{
    return QAbstractScrollArea::viewportEvent(event);
}

void WallView::scheduleThumbnails()
{
    if (m_thumbnails)
        m_thumbTimer.start();
}

void WallView::requestThumbnailsNow()
{
    // Not scrolling, so no pause to wait for; queued, so the layout of this event is done first.
    if (!m_thumbnails)
        return;
    m_thumbTimer.stop();
    QTimer::singleShot(0, this, &WallView::requestVisibleThumbnails);
}

void WallView::requestVisibleThumbnails()
{
    // A hidden wall (the photo grid in its place, a page over it) must not cancel what is shown.
    if (!m_thumbnails || !m_delegate || !m_model || !isVisible())
        return;
    QList<int> rows = visibleRows();
    // A little ahead in the reading direction too.
    const int count = m_model->rowCount();
    const int last = rows.isEmpty() ? topRow() : rows.last();
    for (int r = last + 1; r < qMin(count, last + 4); ++r)
        rows << r;
    QSet<QString> keep;
    int priority = 1000;
    for (int row : std::as_const(rows)) {
        const QStringList keys =
            m_delegate->requestThumbnails(m_model->index(row, 0), cellWidth(), priority--);
        for (const QString &k : keys)
            keep.insert(k);
    }
    // What scrolled away is not needed any more.
    m_thumbnails->retainOnly(keep);
}

} // namespace ks
