// SPDX-License-Identifier: GPL-3.0-or-later
#include "photogridmodel.h"

#include "library/database.h"
#include "library/librarycounts.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace ks {

PhotoGridModel::PhotoGridModel(Database &database, QObject *parent)
    : QAbstractListModel(parent), m_database(database)
{
    qRegisterMetaType<ks::GridPhoto>();
}

void PhotoGridModel::setFilter(const WallFilter &filter)
{
    if (filter == m_filter && !m_months.isEmpty())
        return;
    m_filter = filter;
    reload();
}

void PhotoGridModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_months.clear();
    m_pages.clear();
    m_pageOrder.clear();
    m_rowCount = 0;
    if (m_database.isOpen()) {
        QStringList clauses;
        QVariantList binds;
        if (!m_filter.kinds.isEmpty()) {
            QStringList marks;
            for (const QString &kind : m_filter.kinds) {
                marks << QStringLiteral("?");
                binds << kind;
            }
            clauses << QStringLiteral("m.kind IN (%1)").arg(marks.join(QLatin1Char(',')));
        }
        if (m_filter.year > 0) {
            clauses << QStringLiteral(
                "m.created IS NOT NULL AND CAST(strftime('%Y', m.created + m.utc_offset, "
                "'unixepoch') AS INTEGER) = ?");
            binds << m_filter.year;
        }
        if (m_filter.restrictToMemories) {
            // Ids the library produced itself: safe to inline, and no bind-variable limit.
            QStringList ids;
            ids.reserve(m_filter.memoryIds.size());
            for (qint64 id : m_filter.memoryIds)
                ids << QString::number(id);
            clauses << QStringLiteral("m.id IN (%1)")
                           .arg(ids.isEmpty() ? QStringLiteral("NULL") : ids.join(QLatin1Char(',')));
        }
        const QString where =
            clauses.isEmpty() ? QString() : QStringLiteral(" AND ") + clauses.join(QStringLiteral(" AND "));
        // One row per (memory, photo) link, no SQL grouping or sorting: the dedupe (each photo
        // once, at the first memory that shows it) and the order are cheaper here.
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT md.id, m.id, m.created, m.utc_offset, mm.position "
                                 "FROM memories m JOIN memory_media mm ON mm.memory_id = m.id "
                                 "JOIN media md ON md.id = mm.media_id WHERE %1 %2")
                      .arg(LibraryCounts::photoCondition(), where));
        for (const QVariant &v : std::as_const(binds))
            q.addBindValue(v);
        struct Link
        {
            Entry entry;
            bool dated = false;
            int position = 0;
        };
        QVector<Link> links;
        QHash<qint64, int> byMedia;
        if (q.exec()) {
            while (q.next()) {
                Link l;
                l.entry.mediaId = q.value(0).toLongLong();
                l.entry.memoryId = q.value(1).toLongLong();
                l.dated = !q.value(2).isNull();
                l.entry.created = q.value(2).toLongLong();
                l.entry.utcOffset = q.value(3).toInt();
                l.position = q.value(4).toInt();
                auto it = byMedia.constFind(l.entry.mediaId);
                if (it == byMedia.cend()) {
                    byMedia.insert(l.entry.mediaId, int(links.size()));
                    links.append(l);
                    continue;
                }
                // The same picture in another memory: the earliest dated one shows it.
                Link &kept = links[it.value()];
                const bool earlier =
                    l.dated &&
                    (!kept.dated || l.entry.created < kept.entry.created ||
                     (l.entry.created == kept.entry.created && l.entry.memoryId < kept.entry.memoryId));
                if (earlier)
                    kept = l;
            }
        } else {
            qWarning("keepsake: photo grid: %s", qPrintable(q.lastError().text()));
        }
        for (Link &l : links) {
            if (!l.dated) {
                l.entry.month = 0; // undated photos go last, as on the wall
                continue;
            }
            const QDate day =
                QDateTime::fromSecsSinceEpoch(l.entry.created + l.entry.utcOffset, Qt::UTC).date();
            l.entry.month = day.year() * 100 + day.month();
        }
        const bool oldest = m_filter.oldestFirst;
        std::sort(links.begin(), links.end(), [oldest](const Link &a, const Link &b) {
            if ((a.entry.month == 0) != (b.entry.month == 0))
                return b.entry.month == 0;
            if (a.entry.created != b.entry.created)
                return oldest ? a.entry.created < b.entry.created : a.entry.created > b.entry.created;
            if (a.entry.memoryId != b.entry.memoryId)
                return oldest ? a.entry.memoryId < b.entry.memoryId : a.entry.memoryId > b.entry.memoryId;
            if (a.position != b.position)
                return a.position < b.position;
            return a.entry.mediaId < b.entry.mediaId;
        });
        m_entries.reserve(links.size());
        for (const Link &l : std::as_const(links))
            m_entries.append(l.entry);
        for (int i = 0; i < m_entries.size(); ++i) {
            const int month = m_entries.at(i).month;
            if (m_months.isEmpty() || m_months.last().month != month) {
                m_months.append(Month{month, m_rowCount, 0, i});
                ++m_rowCount;
            }
            ++m_months.last().count;
            ++m_rowCount;
        }
    }
    endResetModel();
}

int PhotoGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PhotoGridModel::monthOfRow(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return -1;
    auto it = std::upper_bound(m_months.cbegin(), m_months.cend(), row,
                               [](int r, const Month &m) { return r < m.row; });
    return int(it - m_months.cbegin()) - 1;
}

int PhotoGridModel::photoIndexOfRow(int row) const
{
    const int month = monthOfRow(row);
    if (month < 0 || row == m_months.at(month).row)
        return -1;
    return m_months.at(month).firstPhoto + row - m_months.at(month).row - 1;
}

int PhotoGridModel::rowOfPhoto(int photoIndex) const
{
    if (photoIndex < 0 || photoIndex >= m_entries.size())
        return -1;
    auto it = std::upper_bound(m_months.cbegin(), m_months.cend(), photoIndex,
                               [](int p, const Month &m) { return p < m.firstPhoto; });
    const Month &m = *(it - 1);
    return m.row + 1 + photoIndex - m.firstPhoto;
}

int PhotoGridModel::headerRowFor(int row) const
{
    const int month = monthOfRow(row);
    return month < 0 ? -1 : m_months.at(month).row;
}

qint64 PhotoGridModel::mediaIdAt(int photoIndex) const
{
    return photoIndex >= 0 && photoIndex < m_entries.size() ? m_entries.at(photoIndex).mediaId : 0;
}

qint64 PhotoGridModel::memoryIdAt(int photoIndex) const
{
    return photoIndex >= 0 && photoIndex < m_entries.size() ? m_entries.at(photoIndex).memoryId : 0;
}

GridPhoto PhotoGridModel::photoAt(int photoIndex) const
{
    const GridPhoto *photo = cached(photoIndex);
    return photo ? *photo : GridPhoto();
}

const GridPhoto *PhotoGridModel::cached(int photoIndex) const
{
    if (photoIndex < 0 || photoIndex >= m_entries.size())
        return nullptr;
    const int page = photoIndex / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const int first = page * kPageSize;
        const int last = qMin(int(m_entries.size()), first + kPageSize);
        QStringList ids;
        for (int i = first; i < last; ++i)
            ids << QString::number(m_entries.at(i).mediaId);
        QHash<qint64, GridPhoto> byId;
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id, sha256, vault_path, mime, status, width, height, orientation "
                                  "FROM media WHERE id IN (%1)")
                       .arg(ids.join(QLatin1Char(','))))) {
            while (q.next()) {
                GridPhoto p;
                p.mediaId = q.value(0).toLongLong();
                p.sha256 = q.value(1).toString();
                const QString vault = q.value(2).toString();
                p.filePath = vault.isEmpty() ? QString() : m_database.libraryDir() + QLatin1Char('/') + vault;
                p.mime = q.value(3).toString();
                p.status = q.value(4).toString();
                p.width = q.value(5).toInt();
                p.height = q.value(6).toInt();
                p.orientation = q.value(7).toInt();
                byId.insert(p.mediaId, p);
            }
        } else {
            qWarning("keepsake: photo grid page: %s", qPrintable(q.lastError().text()));
        }
        QVector<GridPhoto> photos;
        photos.reserve(last - first);
        for (int i = first; i < last; ++i) {
            GridPhoto p = byId.value(m_entries.at(i).mediaId);
            p.mediaId = m_entries.at(i).mediaId;
            p.memoryId = m_entries.at(i).memoryId;
            photos.append(p);
        }
        m_pageOrder.append(page);
        if (m_pageOrder.size() > kMaxPages)
            m_pages.remove(m_pageOrder.takeFirst());
        it = m_pages.insert(page, photos);
    }
    return &it.value().at(photoIndex - page * kPageSize);
}

QString PhotoGridModel::accessibleName(const Entry &e) const
{
    if (e.month == 0)
        return tr("Photo, date unknown");
    const QDateTime time = QDateTime::fromSecsSinceEpoch(e.created, Qt::OffsetFromUTC, e.utcOffset);
    return tr("Photo, %1").arg(QLocale().toString(time.date(), QLocale::LongFormat));
}

QVariant PhotoGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int month = monthOfRow(index.row());
    if (month < 0)
        return QVariant();
    const Month &m = m_months.at(month);
    const bool header = index.row() == m.row;
    switch (role) {
    case RowTypeRole:
        return header ? HeaderRow : PhotoRow;
    case MonthRole:
        return m.month;
    case MonthCountRole:
        return m.count;
    default:
        break;
    }
    if (header) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return m.month == 0 ? tr("Unknown date")
                                : QLocale().toString(QDate(m.month / 100, m.month % 100, 1), tr("MMMM yyyy"));
        if (role == PhotoIndexRole)
            return -1;
        return QVariant();
    }
    const int photo = m.firstPhoto + index.row() - m.row - 1;
    switch (role) {
    case PhotoIndexRole:
        return photo;
    case MediaIdRole:
        return m_entries.at(photo).mediaId;
    case MemoryIdRole:
        return m_entries.at(photo).memoryId;
    case Qt::AccessibleTextRole:
        return accessibleName(m_entries.at(photo));
    case PhotoRole:
        if (const GridPhoto *p = cached(photo))
            return QVariant::fromValue(*p);
        return QVariant();
    default:
        return QVariant();
    }
}

Qt::ItemFlags PhotoGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Month headers are titles, not stops.
    return photoIndexOfRow(index.row()) < 0 ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> PhotoGridModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RowTypeRole, "rowType");
    names.insert(MonthRole, "month");
    names.insert(MonthCountRole, "monthCount");
    names.insert(PhotoRole, "photo");
    names.insert(MediaIdRole, "mediaId");
    names.insert(MemoryIdRole, "memoryId");
    names.insert(PhotoIndexRole, "photoIndex");
    return names;
}

} // namespace ks
