// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/photogridmodel.h"

#include <QAbstractItemView>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QVector>

namespace ks {

class PhotoCellDelegate;
class ThumbnailProvider;
class YearScrubber;

/// The photo grid: square thumbnails as many to a line as fit, under month titles, over a
/// PhotoGridModel. Its geometry is arithmetic on the month table (no per-item layout), so a
/// library of 100,000 photos lays out in O(months) and paints only what is on screen; the
/// thumbnails of the cells on screen are asked for once scrolling pauses, the rest cancelled.
/// A year scrubber at the right edge jumps to a month's title and follows the scrolling.
///
/// Selection is a photo app's (photogridselection.cpp): Ctrl+click (or Space) toggles a photo,
/// Shift+click and Shift+arrows extend from the anchor in reading order, a drag draws a band
/// over the cells, Ctrl+A takes every photo, Esc lets go. While photos are selected a plain
/// click toggles too; with none, a click opens the photo (photoActivated), as do Enter and a
/// double-click. The selection is QItemSelection ranges (a month, a line of a band): selecting
/// 100,000 photos and painting them costs no more than selecting ten.
class PhotoGridView : public QAbstractItemView
{
    Q_OBJECT
public:
    explicit PhotoGridView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    PhotoGridModel *gridModel() const { return m_grid; }
    void setThumbnailProvider(ThumbnailProvider *provider);

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;

    int columnCount() const { return m_columns; }
    int cellSide() const { return m_side; }
    /// Rows (headers and photos) at least partly on screen, in order.
    QList<int> visibleRows() const;
    /// Makes the @p photoIndex-th photo current and scrolls to it.
    void setCurrentPhoto(int photoIndex);
    int currentPhoto() const;
    void requestVisibleThumbnails();

    YearScrubber *scrubber() const { return m_scrubber; }
    /// The first row at the top of the view (a month title or the first photo of its line).
    int topRow() const;
    /// Scrolls so that @p row is at the top: a month's title, or the line of a photo.
    void scrollToRow(int row);

    /// How many photos are selected (counted from the ranges).
    int selectedPhotoCount() const { return m_selectedCount; }
    /// The selected photos (indexes among the grid's photos), in grid order.
    QList<int> selectedPhotos() const;
    /// The memories of the selected photos (each photo's first memory), each once, in grid order.
    QList<qint64> selectedMemoryIds() const;
    QSet<qint64> selectedMediaIds() const;
    /// Photos @p from to @p to (either order, inclusive) as selection ranges: one per month.
    QItemSelection photoRange(int from, int to) const;
    void selectAll() override;

    static constexpr int kGap = 4;
    static constexpr int kMargin = 16;
    static constexpr int kTargetSide = 150;

signals:
    void photoActivated(int photoIndex);
    void selectedCountChanged(int count);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override { return 0; }
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &) const override { return false; }
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void reset() override;
    void showEvent(QShowEvent *event) override;

private:
    void requestThumbnailsNow(); ///< shown or reset: on the next turn of the event loop, no pause
    struct Section
    {
        int headerRow = 0;
        int count = 0;
        int top = 0; ///< content y of the header
    };
    void relayout();
    int headerHeight() const;
    int lines(const Section &s) const { return (s.count + m_columns - 1) / m_columns; }
    int sectionHeight(const Section &s) const;
    int sectionOfRow(int row) const;
    int sectionAtY(int y) const;
    /// In content coordinates (not scrolled).
    QRect contentRect(int row) const;
    int rowAt(int section, int item) const { return m_sections.at(section).headerRow + 1 + item; }
    QModelIndex photoIndexAt(int section, int item) const;
    void retranslate();
    /// Width of the cells' area: the viewport less the scrubber.
    int contentWidth() const;
    /// The cells a band over @p content (content coordinates) touches, a range per line.
    QItemSelection cellsIn(const QRect &content) const;
    /// Recounts the selection after it changed; tells the delegate and the bar.
    void countSelection();
    /// After a reset: the selection and the place kept across it (same filter only).
    void restoreKept();
    int photoAtPoint(const QPoint &viewportPos) const;
    void paintBand(QPainter *p) const;

    QPointer<PhotoGridModel> m_grid;
    PhotoCellDelegate *m_delegate = nullptr;
    ThumbnailProvider *m_thumbnails = nullptr;
    QVector<Section> m_sections;
    int m_columns = 1;
    int m_side = kTargetSide;
    int m_height = 0; ///< the whole grid, in pixels
    QTimer m_thumbTimer;
    YearScrubber *m_scrubber = nullptr;
    int m_selectedCount = 0;
    int m_anchor = -1;           ///< the photo a Shift+click or Shift+arrow extends from
    int m_pressPhoto = -1;       ///< the photo under the last press
    bool m_pressOpens = false;   ///< a plain press with nothing selected: a click opens
    bool m_pressToggles = false; ///< a plain press while selecting toggled the photo
    bool m_banding = false;      ///< a band is being dragged
    QPoint m_pressContent;       ///< content coordinates of the press
    QPoint m_bandEnd;            ///< content coordinates of the band's moving corner
    struct Kept
    {
        bool valid = false;
        WallFilter filter;
        QSet<qint64> selected; ///< media ids
        qint64 topMedia = 0;
    };
    Kept m_kept;              ///< across a reset of the model
    WallFilter m_shownFilter; ///< the filter of the photos shown
};

} // namespace ks
