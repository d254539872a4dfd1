// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/photogridmodel.h"

#include <QAbstractItemView>
#include <QPointer>
#include <QTimer>
#include <QVector>

namespace ks {

class PhotoCellDelegate;
class ThumbnailProvider;

/// The photo grid: square thumbnails as many to a line as fit, under month titles, over a
/// PhotoGridModel. Its geometry is arithmetic on the month table (no per-item layout), so a
/// library of 100,000 photos lays out in O(months) and paints only what is on screen; the
/// thumbnails of the cells on screen are asked for once scrolling pauses, the rest cancelled.
/// A click or Enter on a photo emits photoActivated.
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

    static constexpr int kGap = 4;
    static constexpr int kMargin = 16;
    static constexpr int kTargetSide = 150;

signals:
    void photoActivated(int photoIndex);

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
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void reset() override;
    void showEvent(QShowEvent *event) override;

private:
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

    QPointer<PhotoGridModel> m_grid;
    PhotoCellDelegate *m_delegate = nullptr;
    ThumbnailProvider *m_thumbnails = nullptr;
    QVector<Section> m_sections;
    int m_columns = 1;
    int m_side = kTargetSide;
    int m_height = 0; ///< the whole grid, in pixels
    QTimer m_thumbTimer;
};

} // namespace ks
