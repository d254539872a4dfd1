// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemDelegate>
#include <QSet>

namespace ks {

class ThumbnailProvider;

/// Paints the photo grid: month titles and square thumbnails cropped from the middle, from the
/// thumbnail pool's cache (the pixmaps the wall uses too); a cell whose picture is not made yet
/// is a quiet placeholder, one that cannot be made says why.
class PhotoCellDelegate : public QAbstractItemDelegate
{
    Q_OBJECT
public:
    explicit PhotoCellDelegate(ThumbnailProvider *thumbnails, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Month header height for @p font.
    static int headerHeight(const QFont &font);
    /// The thumbnail size (shorter side) asked for a cell of @p side pixels.
    static int thumbnailSize(int side);
    /// Asks for the picture of a visible cell; returns its key (empty when none is needed).
    QString requestThumbnail(const QModelIndex &index, int side, int priority) const;
    /// While photos are selected every cell shows its check circle, empty or ticked.
    void setSelecting(bool selecting) { m_selecting = selecting; }
    bool isSelecting() const { return m_selecting; }

signals:
    void thumbnailsChanged();

private:
    void paintHeader(QPainter *p, const QRect &rect, const QModelIndex &index, const QFont &font) const;
    void paintCheck(QPainter *p, const QRect &cell, bool selected) const;

    ThumbnailProvider *m_thumbnails;
    QSet<QString> m_failed;
    bool m_selecting = false;
};

} // namespace ks
