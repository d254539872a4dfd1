// SPDX-License-Identifier: GPL-3.0-or-later
// The photo grid: every photo of the library (LibraryCounts' definition: each distinct picture
// once), newest first under month headers, filtered like the wall.
#pragma once

#include "models/wallmodel.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QVector>

namespace ks {

class Database;

/// One photo as a grid cell shows it.
struct GridPhoto
{
    qint64 mediaId = 0;
    qint64 memoryId = 0; ///< the first memory that shows it
    QString sha256;
    QString filePath; ///< absolute vault path, empty when the vault has none
    QString mime;
    QString status; ///< ok | damaged
    int width = 0;
    int height = 0;
    int orientation = 0;
};

/// Month header rows followed by their photos. Opening reads one small row per photo (ids and
/// month: 100,000 photos cost a few MB and one query); what a cell paints is read in pages
/// when it is looked at, in a bounded cache, as the wall does.
class PhotoGridModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        RowTypeRole = WallModel::RowTypeRole, ///< RowType, numbered as the wall's
        MonthRole = WallModel::MonthRole,     ///< yyyymm (0 = unknown date)
        MonthCountRole = WallModel::MonthCountRole,
        PhotoRole = Qt::UserRole + 20, ///< QVariant<GridPhoto> (photos only)
        MediaIdRole,
        MemoryIdRole,
        PhotoIndexRole, ///< position among the photos, headers left out (-1 for a header)
    };
    enum RowType
    {
        HeaderRow = WallModel::HeaderRow,
        PhotoRow = WallModel::ItemRow
    };
    struct Month
    {
        int month = 0;
        int row = 0; ///< the header row
        int count = 0;
        int firstPhoto = 0;
    };

    explicit PhotoGridModel(Database &database, QObject *parent = nullptr);

    /// The wall's filter (kinds, year, order, a search's or a tag's memories) applied to photos:
    /// a photo is shown when a memory it belongs to passes.
    void setFilter(const WallFilter &filter);
    WallFilter filter() const { return m_filter; }
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    int photoCount() const { return int(m_entries.size()); }
    const QVector<Month> &months() const { return m_months; }
    /// The photo at @p row, -1 for a header or outside.
    int photoIndexOfRow(int row) const;
    int rowOfPhoto(int photoIndex) const;
    int headerRowFor(int row) const;
    /// Ids of the @p photoIndex-th photo (the viewer reads it through detailmedia).
    qint64 mediaIdAt(int photoIndex) const;
    qint64 memoryIdAt(int photoIndex) const;
    GridPhoto photoAt(int photoIndex) const;

    static constexpr int kPageSize = 64;

private:
    struct Entry
    {
        qint64 mediaId = 0;
        qint64 memoryId = 0;
        qint64 created = 0; ///< 0 with month 0: no date
        int utcOffset = 0;
        int month = 0;
    };
    int monthOfRow(int row) const;
    const GridPhoto *cached(int photoIndex) const;
    QString accessibleName(const Entry &entry) const;

    Database &m_database;
    WallFilter m_filter;
    QVector<Entry> m_entries;
    QVector<Month> m_months;
    int m_rowCount = 0;
    mutable QHash<int, QVector<GridPhoto>> m_pages;
    mutable QList<int> m_pageOrder;
    static constexpr int kMaxPages = 64;
};

} // namespace ks

Q_DECLARE_METATYPE(ks::GridPhoto)
