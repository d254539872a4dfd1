// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "walllines.h"

#include <QAbstractScrollArea>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QAbstractItemModel;

namespace ks {

class MemoryCardDelegate;
class ThumbnailProvider;
class YearScrubber;

/// The scrolling wall. Its position is a line and a pixel offset into it rather than an absolute
/// pixel, so only the lines on screen are ever measured: opening and jumping cost the same for
/// 100 or 100,000 memories. A line is a month header or, on a wide wall, two cards side by side
/// (one card below the width two comfortable cards need: WallLines). The scroll bar maps lines;
/// the year scrubber jumps by month. The API speaks of model rows throughout.
class WallView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit WallView(QWidget *parent = nullptr);
    ~WallView() override;

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    void setDelegate(MemoryCardDelegate *delegate);
    MemoryCardDelegate *delegate() const { return m_delegate; }
    void setThumbnailProvider(ThumbnailProvider *provider) { m_thumbnails = provider; }
    /// Shows a year scrubber at the right edge (only meaningful over a WallModel).
    void setScrubberEnabled(bool enabled);
    YearScrubber *scrubber() const { return m_scrubber; }

    /// The first row of the line at the top of the view, and how far that line is scrolled.
    int topRow() const;
    int topOffset() const { return m_offset; }
    /// Puts @p row at the top of the view (as far as the end of the wall allows).
    void scrollToRow(int row);
    /// Scrolls as little as needed to show all of @p row.
    void ensureRowVisible(int row);
    void scrollByPixels(int dy);

    int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    /// Selected wall items (wall_items ids): click selects one, Ctrl+click toggles, Shift+click
    /// extends from the anchor. Kept across reloads while the items stay on the wall.
    QList<qint64> selectedWallIds() const;
    void setSelectedWallIds(const QList<qint64> &wallIds);
    void selectAll();
    void clearSelection();
    /// Row under @p pos (viewport coordinates), -1 when none.
    int rowAt(const QPoint &pos) const;
    /// Viewport rectangle of @p row, null when it is not on screen.
    QRect rowRect(int row) const;
    /// Rows at least partly on screen, top to bottom.
    QList<int> visibleRows() const;
    /// Width the cards are laid out in (viewport minus the scrubber).
    int contentWidth() const;
    /// Cards side by side: 2 when two comfortable cards fit, else 1 (1 or 2 as the maximum).
    int columnCount() const { return m_lines.columns(); }
    void setMaximumColumns(int columns);
    /// The width one card's row is laid out in (the content width with one column).
    int cellWidth() const;
    /// The content width from which the wall shows two columns.
    static int twoColumnWidth();

    /// Asks for the thumbnails of what is on screen now (normally done after a short pause).
    void requestVisibleThumbnails();

signals:
    void activated(int row, int mediaIndex);
    void currentRowChanged(int row);
    void selectionChanged(int count);
    void topRowChanged(int row);
    void contextMenuRequested(int row, const QPoint &globalPos);
    void framePainted();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    int rowHeight(int row) const;
    int lineHeight(int line) const;
    int columnsFor(int width) const;
    int columnX(int column) const;
    /// Rebuilds the lines for the current width; true when the number of columns changed.
    bool relayoutLines();
    /// A card of the line @p line near column @p column, -1 past the ends (headers are skipped).
    int rowInLineAfter(int line, int direction, int column) const;
    int headerRowFor(int row) const;
    void normalise();
    /// After m_top/m_offset changed: clamp, sync the scroll bar and scrubber, repaint, fetch thumbnails.
    void afterMove();
    void computeEnd();
    void syncScrollBar();
    void onModelReset();
    void scheduleThumbnails();   ///< after the scrolling pauses
    void requestThumbnailsNow(); ///< shown or reset: on the next turn of the event loop
    bool isHeader(int row) const;
    qint64 wallIdAt(int row) const;
    void selectRange(int from, int to);

    QPointer<QAbstractItemModel> m_model;
    MemoryCardDelegate *m_delegate = nullptr;
    ThumbnailProvider *m_thumbnails = nullptr;
    YearScrubber *m_scrubber = nullptr;
    WallLines m_lines;
    int m_maxColumns = 2;
    int m_top = 0; // the line at the top
    int m_offset = 0;
    int m_endRow = 0; // the last possible top position: line and offset
    int m_endOffset = 0;
    int m_current = -1;
    int m_anchor = -1; // where a Shift+click range starts
    QSet<qint64> m_selected;
    bool m_syncing = false;
    QTimer m_thumbTimer;
    QList<QMetaObject::Connection> m_modelConnections;
    static constexpr int kUnits = 64; // scroll bar steps per line
};

} // namespace ks
