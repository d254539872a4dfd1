// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallmodel.h"

#include "library/database.h"
#include "library/librarychanges.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace ks {

QDateTime WallItem::localTime() const
{
    return hasTime ? QDateTime::fromSecsSinceEpoch(created, Qt::OffsetFromUTC, utcOffset) : QDateTime();
}

WallModel::WallModel(Database &database, QObject *parent) : QAbstractListModel(parent), m_database(database)
{
    qRegisterMetaType<ks::WallItem>();
    connect(database.changes(), &LibraryChanges::changed, this, [this](LibraryChanges::Changes what) {
        if (what & (LibraryChanges::Memories | LibraryChanges::Tags))
            reload(); // same filter, new contents
    });
}

void WallModel::setFilter(const WallFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

QString WallModel::whereClause(QVariantList *binds) const
{
    QStringList clauses;
    if (!m_filter.kinds.isEmpty()) {
        QStringList kinds;
        for (const QString &kind : m_filter.kinds) {
            kinds << QStringLiteral("?");
            binds->append(kind == QLatin1String("photo") ? QStringLiteral("photos") : kind);
        }
        clauses << QStringLiteral("w.kind IN (%1)").arg(kinds.join(QLatin1Char(',')));
    }
    if (m_filter.year > 0) {
        clauses << QStringLiteral("w.local_month BETWEEN ? AND ?");
        binds->append(m_filter.year * 100 + 1);
        binds->append(m_filter.year * 100 + 12);
    }
    if (m_filter.restrictToMemories) {
        // Ids are numbers we produced ourselves, so inlining them is safe and keeps one statement.
        QStringList ids;
        ids.reserve(m_filter.memoryIds.size());
        for (qint64 id : m_filter.memoryIds)
            ids << QString::number(id);
        const QString list = ids.isEmpty() ? QStringLiteral("NULL") : ids.join(QLatin1Char(','));
        // A photo inside an upload group has no wall row of its own: its group stands for it.
        clauses << QStringLiteral(
                       "(w.memory_id IN (%1) OR (w.kind = 'photos' AND EXISTS (SELECT 1 FROM memories p "
                       "WHERE p.id IN (%1) AND p.kind = 'photo' AND p.album_id IS w.album_id AND "
                       "CAST(strftime('%Y%m%d', p.created + p.utc_offset, 'unixepoch') AS INTEGER) = "
                       "w.local_day)))")
                       .arg(list);
    }
    return clauses.isEmpty() ? QString() : QStringLiteral(" AND ") + clauses.join(QStringLiteral(" AND "));
}

void WallModel::reload()
{
    beginResetModel();
    m_months.clear();
    m_pages.clear();
    m_pageOrder.clear();
    m_rowCount = 0;
    m_itemCount = 0;
    if (m_database.isOpen()) {
        QVariantList binds;
        const QString where = whereClause(&binds);
        QSqlQuery q(m_database.connection());
        // Unknown dates (month 0) always go last. Without a filter the counts are kept per month
        // by rebuildWallIndex: counting them here read every wall item.
        const QString order = m_filter.oldestFirst ? QStringLiteral("ASC") : QStringLiteral("DESC");
        if (where.isEmpty())
            q.prepare(QStringLiteral("SELECT local_month, item_count FROM wall_months "
                                     "ORDER BY local_month = 0, local_month %1")
                          .arg(order));
        else
            q.prepare(
                QStringLiteral(
                    "SELECT w.local_month, COUNT(*) FROM wall_items w WHERE 1 %1 GROUP BY w.local_month "
                    "ORDER BY w.local_month = 0, w.local_month %2")
                    .arg(where, order));
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (q.exec()) {
            while (q.next()) {
                MonthAnchor anchor;
                anchor.month = q.value(0).toInt();
                anchor.count = q.value(1).toInt();
                anchor.row = m_rowCount;
                m_rowCount += 1 + anchor.count;
                m_itemCount += anchor.count;
                m_months.append(anchor);
            }
        } else {
            qWarning("keepsake: wall: %s", qPrintable(q.lastError().text()));
        }
    }
    endResetModel();
}

int WallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int WallModel::bucketForRow(int row) const
{
    if (row < 0 || row >= m_rowCount || m_months.isEmpty())
        return -1;
    auto it = std::upper_bound(m_months.cbegin(), m_months.cend(), row,
                               [](int r, const MonthAnchor &a) { return r < a.row; });
    return int(it - m_months.cbegin()) - 1;
}

int WallModel::headerRowFor(int row) const
{
    const int bucket = bucketForRow(row);
    return bucket < 0 ? -1 : m_months.at(bucket).row;
}

int WallModel::rowForMonth(int yyyymm) const
{
    for (const MonthAnchor &a : m_months) {
        if (a.month == yyyymm)
            return a.row;
    }
    return -1;
}

int WallModel::rowForYear(int year) const
{
    if (m_months.isEmpty())
        return -1;
    // The first header of that year in display order, else the nearest year.
    int best = -1;
    int bestDistance = INT_MAX;
    for (const MonthAnchor &a : m_months) {
        if (a.month == 0)
            continue;
        const int distance = qAbs(a.month / 100 - year);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = a.row;
        }
    }
    return best;
}

int WallModel::rowForMemory(qint64 memoryId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const int bucket = int(it.key() >> 20);
        const int page = int(it.key() & 0xFFFFF);
        for (int i = 0; i < it.value().size(); ++i) {
            if (it.value().at(i).memoryId == memoryId)
                return m_months.at(bucket).row + 1 + page * kPageSize + i;
        }
    }
    return -1;
}

const WallItem *WallModel::itemAt(int row) const
{
    const int bucket = bucketForRow(row);
    if (bucket < 0)
        return nullptr;
    const MonthAnchor &anchor = m_months.at(bucket);
    const int offset = row - anchor.row - 1;
    if (offset < 0)
        return nullptr;
    const int page = offset / kPageSize;
    const qint64 pageKey = (qint64(bucket) << 20) | page;
    auto it = m_pages.find(pageKey);
    if (it == m_pages.end()) {
        QVariantList binds;
        const QString where = whereClause(&binds);
        QSqlQuery q(m_database.connection());
        const QString order = m_filter.oldestFirst ? QStringLiteral("ASC") : QStringLiteral("DESC");
        q.prepare(QStringLiteral("SELECT w.id FROM wall_items w WHERE w.local_month = ? %1 "
                                 "ORDER BY w.sort_time %2, w.id %2 LIMIT %3 OFFSET %4")
                      .arg(where, order)
                      .arg(kPageSize)
                      .arg(page * kPageSize));
        q.addBindValue(anchor.month);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        QList<qint64> ids;
        if (q.exec()) {
            while (q.next())
                ids << q.value(0).toLongLong();
        }
        QVector<WallItem> items;
        const QList<WallItem> loaded = loadItems(m_database, ids);
        items.reserve(loaded.size());
        for (const WallItem &item : loaded)
            items.append(item);
        m_pageOrder.append(pageKey);
        if (m_pageOrder.size() > kMaxPages)
            m_pages.remove(m_pageOrder.takeFirst());
        it = m_pages.insert(pageKey, items);
    }
    const int inPage = offset % kPageSize;
    return inPage < it.value().size() ? &it.value().at(inPage) : nullptr;
}

QList<qint64> WallModel::allWallIds() const
{
    QList<qint64> ids;
    if (!m_database.isOpen())
        return ids;
    QVariantList binds;
    const QString where = whereClause(&binds);
    const QString order = m_filter.oldestFirst ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT w.id FROM wall_items w WHERE 1 %1 ORDER BY w.local_month = 0, w.local_month %2, "
                  "w.sort_time %2, w.id %2")
                  .arg(where, order));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

QList<qint64> WallModel::memoryIdsForWallIds(Database &database, const QList<qint64> &wallIds)
{
    QList<qint64> ids;
    if (wallIds.isEmpty())
        return ids;
    QStringList list;
    for (qint64 id : wallIds)
        list << QString::number(id);
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    // Single items are themselves; a group expands to the photos of its album on its local day.
    if (q.exec(QStringLiteral(
                   "SELECT w.memory_id FROM wall_items w WHERE w.id IN (%1) AND w.kind <> 'photos' "
                   "UNION SELECT p.id FROM wall_items w JOIN memories p ON p.kind = 'photo' AND "
                   "p.album_id IS w.album_id AND CAST(strftime('%Y%m%d', p.created + p.utc_offset, "
                   "'unixepoch') AS INTEGER) = w.local_day WHERE w.id IN (%1) AND w.kind = 'photos' "
                   "AND w.album_id IS NOT NULL "
                   "UNION SELECT w.memory_id FROM wall_items w WHERE w.id IN (%1) AND w.kind = 'photos' "
                   "AND w.album_id IS NULL")
                   .arg(list.join(QLatin1Char(','))))) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

QVariant WallModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    const int bucket = bucketForRow(row);
    if (bucket < 0)
        return QVariant();
    const MonthAnchor &anchor = m_months.at(bucket);
    const bool header = row == anchor.row;
    switch (role) {
    case RowTypeRole:
        return header ? HeaderRow : ItemRow;
    case MonthRole:
        return anchor.month;
    case YearRole:
        return anchor.month / 100;
    case MonthCountRole:
        return anchor.count;
    default:
        break;
    }
    if (header) {
        if (role == Qt::DisplayRole)
            return anchor.month == 0 ? QString()
                                     : QStringLiteral("%1-%2")
                                           .arg(anchor.month / 100)
                                           .arg(anchor.month % 100, 2, 10, QLatin1Char('0'));
        return QVariant();
    }
    const WallItem *item = itemAt(row);
    if (!item)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return item->title.isEmpty() ? item->text : item->title;
    case ItemRole:
        return QVariant::fromValue(*item);
    case MemoryIdRole:
        return item->memoryId;
    case KindRole:
        return item->kind;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> WallModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RowTypeRole, "rowType");
    names.insert(MonthRole, "month");
    names.insert(YearRole, "year");
    names.insert(ItemRole, "item");
    names.insert(MemoryIdRole, "memoryId");
    names.insert(KindRole, "kind");
    names.insert(MonthCountRole, "monthCount");
    return names;
}

namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

WallMedia mediaFromQuery(const QSqlQuery &q, int first, const QString &libraryDir)
{
    WallMedia m;
    m.mediaId = q.value(first).toLongLong();
    m.sha256 = q.value(first + 1).toString();
    const QString vault = q.value(first + 2).toString();
    m.filePath = vault.isEmpty() ? QString() : libraryDir + QLatin1Char('/') + vault;
    m.mime = q.value(first + 3).toString();
    m.role = q.value(first + 4).toString();
    m.status = q.value(first + 5).toString();
    m.width = q.value(first + 6).toInt();
    m.height = q.value(first + 7).toInt();
    m.orientation = q.value(first + 8).toInt();
    m.durationMs = q.value(first + 9).toLongLong();
    return m;
}

const char *kMediaColumns =
    "md.id, md.sha256, md.vault_path, md.mime, mm.role, md.status, md.width, md.height, "
    "md.orientation, md.duration_ms";

} // namespace

namespace {

// Loads items from "source", a subquery giving (id, memory_id, kind, item_count, album_id, local_day).
QList<WallItem> loadFrom(Database &database, const QString &source, const QList<qint64> &order);

} // namespace

QList<WallItem> WallModel::loadItems(Database &database, const QList<qint64> &wallIds)
{
    return loadFrom(
        database,
        QStringLiteral("SELECT id, memory_id, kind, item_count, album_id, local_day FROM wall_items "
                       "WHERE id IN (%1)")
            .arg(idList(wallIds)),
        wallIds);
}

WallItem WallModel::loadMemory(Database &database, qint64 memoryId)
{
    // Straight from memories: a photo inside an upload group has no wall row of its own.
    const QList<WallItem> items = loadFrom(
        database,
        QStringLiteral("SELECT id, id AS memory_id, kind, 1 AS item_count, album_id, "
                       "COALESCE(CAST(strftime('%Y%m%d', created + utc_offset, 'unixepoch') AS INTEGER), 0) "
                       "AS local_day FROM memories WHERE id = %1")
            .arg(memoryId),
        {memoryId});
    return items.isEmpty() ? WallItem() : items.first();
}

namespace {

QList<WallItem> loadFrom(Database &database, const QString &source, const QList<qint64> &order)
{
    QList<WallItem> items;
    if (order.isEmpty())
        return items;
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral(
                "SELECT w.id, w.memory_id, w.kind, w.item_count, w.album_id, w.local_day, m.key, m.created, "
                "m.utc_offset, "
                "m.title, m.body_text, p.name, p.uin, m.location, m.device, a.name, m.like_count, "
                "m.extra_json, "
                "(SELECT COUNT(*) FROM comments c WHERE c.memory_id = m.id), "
                "(SELECT COUNT(*) FROM memory_media mm WHERE mm.memory_id = m.id) "
                "FROM (%1) w JOIN memories m ON m.id = w.memory_id LEFT JOIN people p ON p.id = m.author_id "
                "LEFT JOIN albums a ON a.id = w.album_id")
                .arg(source))) {
        qWarning("keepsake: wall items: %s", qPrintable(q.lastError().text()));
        return items;
    }
    QHash<qint64, WallItem> byWallId;
    QHash<qint64, int> groupDay;
    while (q.next()) {
        WallItem item;
        item.wallId = q.value(0).toLongLong();
        item.memoryId = q.value(1).toLongLong();
        item.kind = q.value(2).toString();
        item.itemCount = q.value(3).toInt();
        item.albumId = q.value(4).toLongLong();
        groupDay.insert(item.wallId, q.value(5).toInt());
        item.key = q.value(6).toString();
        item.hasTime = !q.value(7).isNull();
        item.created = q.value(7).toLongLong();
        item.utcOffset = q.value(8).toInt();
        item.title = q.value(9).toString();
        item.text = q.value(10).toString();
        item.author = q.value(11).toString();
        item.authorUin = q.value(12).toString();
        item.location = q.value(13).toString();
        item.device = q.value(14).toString();
        item.albumName = q.value(15).toString();
        item.likeCount = q.value(16).toInt();
        if (!q.value(17).isNull())
            item.extra = QJsonDocument::fromJson(q.value(17).toString().toUtf8()).object();
        item.commentCount = q.value(18).toInt();
        item.mediaTotal = q.value(19).toInt();
        byWallId.insert(item.wallId, item);
    }

    // Media: the first nine of each memory, in order.
    QList<qint64> memoryIds;
    for (const WallItem &item : std::as_const(byWallId)) {
        if (item.kind != QLatin1String("photos"))
            memoryIds << item.memoryId;
    }
    QHash<qint64, QList<WallMedia>> mediaByMemory;
    {
        QSqlQuery mq(db);
        if (!memoryIds.isEmpty() &&
            mq.exec(QStringLiteral(
                        "SELECT mm.memory_id, %1 FROM memory_media mm JOIN media md ON md.id = mm.media_id "
                        "WHERE mm.memory_id IN (%2) AND mm.position < 9 ORDER BY mm.memory_id, mm.position")
                        .arg(QString::fromLatin1(kMediaColumns), idList(memoryIds)))) {
            while (mq.next())
                mediaByMemory[mq.value(0).toLongLong()].append(mediaFromQuery(mq, 1, database.libraryDir()));
        }
    }
    for (auto it = byWallId.begin(); it != byWallId.end(); ++it) {
        WallItem &item = it.value();
        if (item.kind != QLatin1String("photos")) {
            item.media = mediaByMemory.value(item.memoryId);
            continue;
        }
        // An upload group: the first nine photos of that album on that day, newest first.
        // Through the album index and a local-time range, not strftime over every photo: one
        // page of the wall may hold many groups, and each must cost next to nothing.
        const int day = groupDay.value(item.wallId);
        const qint64 dayStart =
            QDateTime(QDate(day / 10000, day / 100 % 100, day % 100), QTime(0, 0), Qt::UTC)
                .toSecsSinceEpoch();
        QSqlQuery gq(db);
        if (item.albumId > 0) {
            gq.prepare(QStringLiteral(
                           "SELECT %1 FROM memories m JOIN memory_media mm ON mm.memory_id = m.id AND "
                           "mm.position = 0 JOIN media md ON md.id = mm.media_id WHERE m.album_id = ? AND "
                           "m.kind = 'photo' AND m.created + m.utc_offset BETWEEN ? AND ? "
                           "ORDER BY m.created DESC, m.id DESC LIMIT 9")
                           .arg(QString::fromLatin1(kMediaColumns)));
            gq.addBindValue(item.albumId);
            gq.addBindValue(dayStart);
            gq.addBindValue(dayStart + 86399);
        } else {
            gq.prepare(
                QStringLiteral("SELECT %1 FROM memories m JOIN memory_media mm ON mm.memory_id = m.id AND "
                               "mm.position = 0 JOIN media md ON md.id = mm.media_id WHERE m.id = ?")
                    .arg(QString::fromLatin1(kMediaColumns)));
            gq.addBindValue(item.memoryId);
        }
        if (gq.exec()) {
            while (gq.next())
                item.media.append(mediaFromQuery(gq, 0, database.libraryDir()));
        }
        item.mediaTotal = item.itemCount;
    }
    // Keep the caller's order.
    for (qint64 id : order) {
        auto it = byWallId.constFind(id);
        if (it != byWallId.cend())
            items.append(it.value());
    }
    return items;
}

} // namespace

} // namespace ks
