// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QVector>

namespace ks {

class Database;

/// One picture or video of a wall item, as the delegate needs it.
struct WallMedia
{
    qint64 mediaId = 0;
    QString sha256;
    QString filePath; ///< absolute path in the vault; empty when missing
    QString mime;
    QString role;   ///< image | video | poster | audio | file
    QString status; ///< ok | missing | damaged | placeholder
    int width = 0;
    int height = 0;
    int orientation = 0;
    qint64 durationMs = 0; ///< videos, when known
    bool isMissing() const { return status == QLatin1String("missing"); }
};

/// Everything a card shows, loaded in pages.
struct WallItem
{
    qint64 wallId = 0;
    qint64 memoryId = 0;
    QString kind; ///< memory kind, or "photos" for an album-upload group
    QString key;
    qint64 created = 0;
    bool hasTime = false;
    int utcOffset = 28800;
    QString title;
    QString text;
    QString author;
    QString authorUin;
    QString location;
    QString device;
    QString albumName;
    qint64 albumId = 0;
    int itemCount = 1; ///< photos in an upload group
    int likeCount = 0;
    int commentCount = 0;
    int mediaTotal = 0; ///< all media, while media holds at most nine
    QList<WallMedia> media;
    QJsonObject extra; ///< repost original and other extras
    QDateTime localTime() const;
};

/// What the wall shows.
struct WallFilter
{
    QSet<QString> kinds; ///< memory kinds (photo matches "photos" groups); empty = all
    int year = 0;        ///< local year; 0 = all
    bool oldestFirst = false;
    bool restrictToMemories = false; ///< only memoryIds (search results, a tag, a person)
    QList<qint64> memoryIds;
    bool operator==(const WallFilter &o) const
    {
        return kinds == o.kinds && year == o.year && oldestFirst == o.oldestFirst &&
               restrictToMemories == o.restrictToMemories && memoryIds == o.memoryIds;
    }
};

/// The memory wall: month header rows followed by their items, for the whole library at once
/// (rowCount is known from a GROUP BY), with item details read on demand in small pages inside
/// a month (so opening cost does not grow with the library, and the scrubber can jump anywhere).
class WallModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        RowTypeRole = Qt::UserRole + 1, ///< RowType
        MonthRole,                      ///< yyyymm of the row's month (0 = unknown date)
        YearRole,                       ///< yyyy
        ItemRole,                       ///< QVariant<WallItem> (items only)
        MemoryIdRole,
        KindRole,
        MonthCountRole, ///< items in the month (headers)
    };
    enum RowType
    {
        HeaderRow = 0,
        ItemRow = 1
    };

    explicit WallModel(Database &database, QObject *parent = nullptr);

    void setFilter(const WallFilter &filter);
    WallFilter filter() const { return m_filter; }
    /// Re-reads everything (after an import or a tag change).
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Items (not headers) on the wall.
    int itemCount() const { return m_itemCount; }
    /// Months on the wall in display order: yyyymm and their header row.
    struct MonthAnchor
    {
        int month = 0;
        int row = 0;
        int count = 0;
    };
    const QVector<MonthAnchor> &months() const { return m_months; }
    /// Header row of the first month shown for @p year (or the nearest), -1 when empty.
    int rowForYear(int year) const;
    int rowForMonth(int yyyymm) const;
    /// Row of the item showing @p memoryId, -1 when it is not on the wall (or not loaded).
    int rowForMemory(qint64 memoryId) const;
    /// The month header row a row belongs to.
    int headerRowFor(int row) const;

    /// Every wall_items id on the wall under the current filter, in display order (Select All).
    QList<qint64> allWallIds() const;
    /// The memories behind wall items: an upload group stands for all its photos.
    static QList<qint64> memoryIdsForWallIds(Database &database, const QList<qint64> &wallIds);

    /// Reads WallItems for the given wall_items ids (used by 那年今日 and detail views too).
    static QList<WallItem> loadItems(Database &database, const QList<qint64> &wallIds);
    /// Reads one memory as a WallItem (detail views).
    static WallItem loadMemory(Database &database, qint64 memoryId);

    static constexpr int kPageSize = 48;

private:
    QString whereClause(QVariantList *binds) const;
    int bucketForRow(int row) const;
    const WallItem *itemAt(int row) const;

    Database &m_database;
    WallFilter m_filter;
    QVector<MonthAnchor> m_months;
    int m_rowCount = 0;
    int m_itemCount = 0;
    // Pages keyed by (bucket << 20 | page); a small LRU so scrolling 100k items keeps memory flat.
    mutable QHash<qint64, QVector<WallItem>> m_pages;
    mutable QList<qint64> m_pageOrder;
    static constexpr int kMaxPages = 64;
};

} // namespace ks

Q_DECLARE_METATYPE(ks::WallItem)
