// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QAbstractItemModel;

namespace ks {

class MemoryCardDelegate;
class ThumbnailProvider;
class YearScrubber;

/// The scrolling wall. Its position is a row and a pixel offset into it rather than an absolute
/// pixel, so only the rows on screen are ever measured: opening and jumping cost the same for
/// 100 or 100,000 memories. The scroll bar maps rows; the year scrubber jumps by month.
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

    int topRow() const { return m_top; }
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

private:
    int rowHeight(int row) const;
    int headerRowFor(int row) const;
    void normalise();
    /// After m_top/m_offset changed: clamp, sync the scroll bar and scrubber, repaint, fetch thumbnails.
    void afterMove();
    void computeEnd();
    void syncScrollBar();
    void onModelReset();
    void scheduleThumbnails();
    bool isHeader(int row) const;
    qint64 wallIdAt(int row) const;
    void selectRange(int from, int to);

    QPointer<QAbstractItemModel> m_model;
    MemoryCardDelegate *m_delegate = nullptr;
    ThumbnailProvider *m_thumbnails = nullptr;
    YearScrubber *m_scrubber = nullptr;
    int m_top = 0;
    int m_offset = 0;
    int m_endRow = 0; // the last possible top position: row and offset
    int m_endOffset = 0;
    int m_current = -1;
    int m_anchor = -1; // where a Shift+click range starts
    QSet<qint64> m_selected;
    bool m_syncing = false;
    QTimer m_thumbTimer;
    QList<QMetaObject::Connection> m_modelConnections;
    static constexpr int kUnits = 64; // scroll bar steps per row
};

} // namespace ks
