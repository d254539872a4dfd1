// SPDX-License-Identifier: GPL-3.0-or-later
// SearchEngine's compact copy of every memory's newest-first place, date, kind, author and
// flags. The order is loaded on the first search after opening (and after the library
// changed), dates, kinds and authors on the first filter, flags on the first has:,
// so all must be quick: from narrow indexes (0009_search_filter_indexes.sql) and straight
// through SQLite, no QVariant per value.
#include "domain/records.h"
#include "searchengine.h"
#include "searchorder.h"
#include "sqliteraw.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cstring>
#include <functional>
#include <string>
#include <utility>

namespace ks {

namespace {

int localDate(qint64 created, int offset)
{
    // Floor division: dates before 1970 stay on the right day.
    const qint64 secs = created + offset;
    qint64 days = secs / 86400;
    if (secs % 86400 < 0)
        --days;
    // The proleptic Gregorian date of a day number (H. Hinnant's civil_from_days), as QDate
    // gives it but without three calendar conversions per memory.
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    // QDate has no year 0: the year before 1 is -1.
    if (year <= 0)
        --year;
    return int(year * 10000 + month * 100 + day);
}

// One row of the fields query: id, created (null: 0 and hasCreated false), offset, author, kind.
struct FieldRow
{
    qint64 id = 0;
    bool hasCreated = false;
    qint64 created = 0;
    int offset = 0;
    qint64 author = 0;
    int kind = -1;
};

int kindCodeOf(const QString &name)
{
    const std::optional<MemoryKind> kind = memoryKindFromName(name);
    return kind ? int(*kind) : -1;
}

bool forEachFieldRow(const QSqlDatabase &db, const char *sql, const std::function<void(const FieldRow &)> &fn,
                     QString *error)
{
    const SqliteApi *api = sqliteApi();
    sqlite3 *handle = api ? sqliteHandle(db) : nullptr;
    FieldRow row;
    if (handle) {
        sqlite3_stmt *stmt = nullptr;
        if (api->prepare(handle, sql, -1, &stmt, nullptr) != SQLITE_OK) {
            if (error)
                *error = QString::fromUtf8(api->errmsg(handle));
            api->finalize(stmt);
            return false;
        }
        // A handful of kinds: each name's code looked up once, not a QString per row.
        std::vector<std::pair<std::string, int>> kinds;
        int rc;
        while ((rc = api->step(stmt)) == SQLITE_ROW) {
            row.id = api->columnInt64(stmt, 0);
            row.hasCreated = api->columnType(stmt, 1) != SQLITE_NULL;
            row.created = row.hasCreated ? api->columnInt64(stmt, 1) : 0;
            row.offset = int(api->columnInt64(stmt, 2));
            row.author = api->columnInt64(stmt, 3);
            const char *text = reinterpret_cast<const char *>(api->columnText(stmt, 4));
            const size_t size = size_t(api->columnBytes(stmt, 4));
            auto found = std::find_if(kinds.begin(), kinds.end(), [&](const auto &k) {
                return k.first.size() == size && std::memcmp(k.first.data(), text, size) == 0;
            });
            if (found == kinds.end()) {
                const std::string name(text ? text : "", text ? size : 0);
                kinds.emplace_back(name, kindCodeOf(QString::fromStdString(name)));
                found = kinds.end() - 1;
            }
            row.kind = found->second;
            fn(row);
        }
        if (rc != SQLITE_DONE && error)
            *error = QString::fromUtf8(api->errmsg(handle));
        api->finalize(stmt);
        return rc == SQLITE_DONE;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(sql))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        row.id = q.value(0).toLongLong();
        row.hasCreated = !q.value(1).isNull();
        row.created = q.value(1).toLongLong();
        row.offset = q.value(2).toInt();
        row.author = q.value(3).toLongLong();
        row.kind = kindCodeOf(q.value(4).toString());
        fn(row);
    }
    return true;
}

} // namespace

bool SearchEngine::ensureCache(QString *error)
{
    // data_version moves when another connection commits, total_changes() when this one writes.
    QSqlQuery q(m_db);
    QString stamp;
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        stamp = q.value(0).toString();
    if (q.exec(QStringLiteral("SELECT total_changes()")) && q.next())
        stamp += QLatin1Char('/') + q.value(0).toString();
    if (!stamp.isEmpty() && stamp == m_stamp)
        return true;

    QElapsedTimer timer;
    timer.start();
    m_stamp.clear(); // until the whole order is read
    // Only the newest-first order here: a plain search needs no more, and filters load the
    // rest when they first need it (ensureFilterFields). Stored as one blob (searchorder) when
    // the memories have not changed since it was written, else a row each from the narrow
    // index memories_created. Filled in place: memory this engine already has costs no page
    // faults, and on this hardware those were a sixth of the first search.
    qint64 maxId = 0;
    bool stored = readSearchOrder(m_db, m_orderIds);
    for (const qint64 id : m_orderIds) {
        if (id <= 0) {
            stored = false;
            break;
        }
        maxId = std::max(maxId, id);
    }
    if (stored) {
        m_posById.assign(size_t(maxId + 1), -1);
        for (size_t i = 0; i < m_orderIds.size() && stored; ++i) {
            int &pos = m_posById[size_t(m_orderIds[i])];
            stored = pos < 0; // an id twice is no order: read the rows
            pos = int(i);
        }
    }
    if (!stored) {
        forEachInt(
            m_db, "SELECT COALESCE(max(id), 0) FROM memories", [&](qint64 id) { maxId = id; }, nullptr);
        m_orderIds.clear();
        m_orderIds.reserve(size_t(maxId)); // a hint only: the ids are read again below
        maxId = 0;
        if (!forEachInt(
                m_db, "SELECT id FROM memories ORDER BY created DESC, id DESC",
                [&](qint64 id) {
                    maxId = std::max(maxId, id);
                    m_orderIds.push_back(id);
                },
                error))
            return false;
        m_posById.assign(size_t(maxId + 1), -1);
        for (size_t i = 0; i < m_orderIds.size(); ++i)
            m_posById[size_t(m_orderIds[i])] = int(i);
    }
    m_meta.clear();     // filled by the first filter
    m_postings.clear(); // the index may have changed with the memories
    m_postingBytes = 0;
    m_stamp = stamp;
    m_loadedFields = 0;
    m_cacheLoadMs = timer.elapsed();
    return true;
}

bool SearchEngine::ensureFilterFields(quint8 wanted, QString *error)
{
    if (wanted & Flags)
        wanted |= DatesKindsAuthors; // a photo or video memory has a photo or a video
    wanted &= quint8(~m_loadedFields);
    if (!wanted)
        return true;
    if (!m_loadedFields)
        m_meta.assign(m_orderIds.size(), Meta());
    const qint64 maxId = qint64(m_posById.size()) - 1;
    // A memory written after the order was read has no place yet: the next search reloads all.
    auto at = [&](qint64 id) -> Meta * {
        if (id <= 0 || id > maxId || m_posById[size_t(id)] < 0)
            return nullptr;
        return &m_meta[size_t(m_posById[size_t(id)])];
    };
    bool ok = true;
    if (wanted & DatesKindsAuthors) {
        // From memories_search_fields, which holds only these columns.
        ok = forEachFieldRow(
            m_db, "SELECT id, created, utc_offset, COALESCE(author_id, 0), kind FROM memories",
            [&](const FieldRow &row) {
                if (Meta *m = at(row.id)) {
                    m->localDate = row.hasCreated ? localDate(row.created, row.offset) : 0;
                    m->authorId = row.author;
                    m->kind = qint8(row.kind);
                }
            },
            error);
    }
    if (ok && (wanted & Flags)) {
        for (Meta &m : m_meta) {
            m.flags = 0;
            if (m.kind == qint8(MemoryKind::Photo))
                m.flags |= HasPhoto;
            if (m.kind == qint8(MemoryKind::Video))
                m.flags |= HasVideo;
        }
        auto flag = [&](const char *sql, quint8 bit) {
            return forEachInt(
                m_db, sql,
                [&](qint64 id) {
                    if (Meta *m = at(id))
                        m->flags |= bit;
                },
                error);
        };
        ok = flag("SELECT id FROM memories WHERE location IS NOT NULL AND location <> ''", HasLocation) &&
             flag("SELECT memory_id FROM memory_media WHERE role = 'image'", HasPhoto) &&
             flag("SELECT memory_id FROM memory_media WHERE role = 'video'", HasVideo) &&
             flag("SELECT memory_id FROM comments", HasComment);
    }
    if (!ok) {
        m_stamp.clear(); // half-set fields: load everything again next time
        return false;
    }
    m_loadedFields |= wanted;
    return true;
}

} // namespace ks
