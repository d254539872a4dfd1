// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfields.h"

#include "util/littleendian.h"

#include "domain/records.h"
#include "library/sqliteraw.h"

#include <QSqlError>
#include <QSqlQuery>
#include <cstring>
#include <functional>
#include <limits>
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
    FieldRow row;
    // A handful of kinds: each name's code looked up once, not a QString per row.
    std::vector<std::pair<std::string, int>> kinds;
    return forEachRow(
        db, sql,
        [&](sqlite3_stmt *stmt) {
            row.id = api->columnInt64(stmt, 0);
            row.hasCreated = api->columnType(stmt, 1) != SQLITE_NULL;
            row.created = row.hasCreated ? api->columnInt64(stmt, 1) : 0;
            row.offset = int(api->columnInt64(stmt, 2));
            row.author = api->columnInt64(stmt, 3);
            const char *text = reinterpret_cast<const char *>(api->columnText(stmt, 4));
            const size_t size = text ? size_t(api->columnBytes(stmt, 4)) : 0;
            auto found = std::find_if(kinds.begin(), kinds.end(), [&](const auto &k) {
                return k.first.size() == size && std::memcmp(k.first.data(), text, size) == 0;
            });
            if (found == kinds.end()) {
                const std::string name(text ? text : "", size);
                kinds.emplace_back(name, kindCodeOf(QString::fromStdString(name)));
                found = kinds.end() - 1;
            }
            row.kind = found->second;
            fn(row);
        },
        [&](const QSqlQuery &q) {
            row.id = q.value(0).toLongLong();
            row.hasCreated = !q.value(1).isNull();
            row.created = q.value(1).toLongLong();
            row.offset = q.value(2).toInt();
            row.author = q.value(3).toLongLong();
            row.kind = kindCodeOf(q.value(4).toString());
            fn(row);
        },
        error);
}

} // namespace

bool loadSearchFields(const QSqlDatabase &db, const std::vector<int> &posById,
                      std::vector<SearchFields> &fields, quint8 groups, QString *error)
{
    const qint64 maxId = qint64(posById.size()) - 1;
    // A memory written after the order was read has no place yet: the next search reloads all.
    auto at = [&](qint64 id) -> SearchFields * {
        if (id <= 0 || id > maxId || posById[size_t(id)] < 0)
            return nullptr;
        return &fields[size_t(posById[size_t(id)])];
    };
    bool ok = true;
    if (groups & SearchFields::DatesKindsAuthors) {
        // From memories_search_fields, which holds only these columns.
        ok = forEachFieldRow(
            db, "SELECT id, created, utc_offset, COALESCE(author_id, 0), kind FROM memories",
            [&](const FieldRow &row) {
                if (SearchFields *m = at(row.id)) {
                    m->localDate = row.hasCreated ? localDate(row.created, row.offset) : 0;
                    m->authorId = row.author;
                    m->kind = qint8(row.kind);
                }
            },
            error);
    }
    if (ok && (groups & SearchFields::Flags)) {
        for (SearchFields &m : fields) {
            m.flags = 0;
            if (m.kind == qint8(MemoryKind::Photo))
                m.flags |= SearchFields::HasPhoto;
            if (m.kind == qint8(MemoryKind::Video))
                m.flags |= SearchFields::HasVideo;
        }
        auto flag = [&](const char *sql, quint8 bit) {
            return forEachInt(
                db, sql,
                [&](qint64 id) {
                    if (SearchFields *m = at(id))
                        m->flags |= bit;
                },
                error);
        };
        ok = flag("SELECT id FROM memories WHERE location IS NOT NULL AND location <> ''",
                  SearchFields::HasLocation) &&
             flag("SELECT memory_id FROM memory_media WHERE role = 'image'", SearchFields::HasPhoto) &&
             flag("SELECT memory_id FROM memory_media WHERE role = 'video'", SearchFields::HasVideo) &&
             flag("SELECT memory_id FROM comments", SearchFields::HasComment);
    }
    return ok;
}

namespace {

constexpr size_t kPackedSize = 10; // date (4), author (4), kind (1), flags (1)

} // namespace

QByteArray packSearchFields(const std::vector<SearchFields> &fields)
{
    QByteArray out(qsizetype(fields.size() * kPackedSize), Qt::Uninitialized);
    char *at = out.data();
    for (const SearchFields &f : fields) {
        if (f.authorId < 0 || f.authorId > std::numeric_limits<qint32>::max())
            return QByteArray();
        le::put32(at, quint32(f.localDate));
        le::put32(at + 4, quint32(f.authorId)); // 0…INT32_MAX, checked above
        at[8] = char(f.kind);
        at[9] = char(f.flags);
        at += kPackedSize;
    }
    return out;
}

bool unpackSearchFields(const char *data, size_t size, size_t count, std::vector<SearchFields> &fields)
{
    if (!data || size != count * kPackedSize)
        return false;
    fields.resize(count);
    for (size_t i = 0; i < count; ++i, data += kPackedSize) {
        SearchFields &f = fields[i];
        f.localDate = qint32(le::get32(data));
        f.authorId = qint32(le::get32(data + 4));
        f.kind = qint8(data[8]);
        f.flags = quint8(data[9]);
    }
    return true;
}

} // namespace ks
