// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchorder.h"

#include "util/littleendian.h"

#include "library/sqliteraw.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cstring>
#include <limits>

namespace ks {

namespace {

constexpr const char *kOrderSql = "SELECT id FROM memories ORDER BY created DESC, id DESC";

bool fail(QSqlDatabase &db, const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    db.rollback();
    return false;
}

bool writeOrder(QSqlDatabase db, QString *error, bool *busy)
{
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_order)")) || !q.next())
        return fail(db, q, error);
    if (q.value(0).toBool()) {
        q.finish();
        return db.commit(); // still current: writers delete it whenever it would not be
    }
    q.finish();
    std::vector<qint64> ids;
    qint64 maxId = 0;
    QString readError;
    if (!forEachInt(
            db, kOrderSql,
            [&](qint64 id) {
                ids.push_back(id);
                maxId = std::max(maxId, id);
            },
            &readError)) {
        if (error)
            *error = readError;
        db.rollback();
        return false;
    }
    // Ids past 32 bits are not stored: the engine reads the rows, as it did before 0011. Nor is
    // the order of no memories (there is nothing to read faster).
    const bool fits = std::all_of(
        ids.begin(), ids.end(), [](qint64 id) { return id > 0 && id <= std::numeric_limits<qint32>::max(); });
    if (fits && !ids.empty()) {
        QByteArray blob(qsizetype(ids.size() * 4), Qt::Uninitialized);
        for (size_t i = 0; i < ids.size(); ++i)
            le::put32(blob.data() + i * 4, quint32(ids[i]));
        // And what filters read, at the same places (none when an author id is too large).
        std::vector<int> posById(size_t(maxId + 1), -1);
        for (size_t i = 0; i < ids.size(); ++i)
            posById[size_t(ids[i])] = int(i);
        std::vector<SearchFields> fields(ids.size());
        if (!loadSearchFields(db, posById, fields, SearchFields::DatesKindsAuthors | SearchFields::Flags,
                              &readError)) {
            if (error)
                *error = readError;
            db.rollback();
            return false;
        }
        const QByteArray packed = packSearchFields(fields);
        q.prepare(QStringLiteral(
            "INSERT INTO search_order (id, generation, max_id, ids, fields) VALUES (1, ?, ?, ?, ?)"));
        // The generation tells this write from any other: fields are never read with another's order.
        q.addBindValue(qint64(QRandomGenerator::global()->generate64() >> 1) | 1);
        q.addBindValue(maxId);
        q.addBindValue(blob);
        q.addBindValue(packed.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(packed));
        storedSearchRead();
        if (!q.exec()) {
            // The first write: SQLITE_BUSY(_SNAPSHOT) when another connection wrote after this
            // one began reading (what was read is then not the latest; nothing is stored).
            *busy = (q.lastError().nativeErrorCode().toInt() & 0xff) == 5;
            return fail(db, q, error);
        }
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

std::function<void()> &readHook()
{
    static std::function<void()> hook;
    return hook;
}

} // namespace

void setStoredSearchReadHook(std::function<void()> hook)
{
    readHook() = std::move(hook);
}

void storedSearchRead()
{
    if (readHook())
        readHook()();
}

bool writeWhileNotBusy(const std::function<bool(QString *why, bool *busy)> &write, const char *what,
                       QString *error)
{
    QString why;
    bool busy = true;
    for (int attempt = 0; attempt < 3 && busy; ++attempt) {
        busy = false;
        why.clear();
        if (write(&why, &busy))
            return true;
    }
    qWarning("keepsake: %s not stored: %s", what, qPrintable(why));
    if (error)
        *error = why;
    return false;
}

bool writeSearchOrder(QSqlDatabase db, QString *error)
{
    return writeWhileNotBusy([&](QString *why, bool *busy) { return writeOrder(db, why, busy); },
                             "search order", error);
}

bool readSearchOrder(const QSqlDatabase &db, std::vector<qint64> &ids, qint64 *generation)
{
    ids.clear();
    *generation = 0;
    // Trusted while no memory has come since (forgetStoredSearch is the guarantee; a writer
    // that forgot would most likely have added one): max(id) is one seek. No count of the
    // memories: on a cold start that alone took longer than the blob (an index paged in).
    const char *sql = "SELECT generation, max_id = (SELECT COALESCE(max(id), 0) FROM memories), ids "
                      "FROM search_order WHERE id = 1";
    const auto fill = [&](const char *data, size_t size) {
        if (!data || size % 4 != 0)
            return false;
        ids.resize(size / 4);
        for (size_t i = 0; i < ids.size(); ++i)
            ids[i] = qint64(le::get32(data + i * 4));
        return true;
    };
    const SqliteApi *api = sqliteApi();
    sqlite3 *handle = api && api->columnBlob && api->columnBytes ? sqliteHandle(db) : nullptr;
    bool ok = false;
    if (handle) {
        // Straight from SQLite's pages: no copy of the blob into a QByteArray first.
        sqlite3_stmt *stmt = nullptr;
        if (api->prepare(handle, sql, -1, &stmt, nullptr) == SQLITE_OK && api->step(stmt) == SQLITE_ROW) {
            *generation = api->columnInt64(stmt, 0);
            ok = api->columnInt64(stmt, 1) == 1 &&
                 fill(static_cast<const char *>(api->columnBlob(stmt, 2)), size_t(api->columnBytes(stmt, 2)));
        }
        api->finalize(stmt);
    } else {
        QSqlQuery q(db);
        if (q.exec(QString::fromLatin1(sql)) && q.next()) {
            *generation = q.value(0).toLongLong();
            const QByteArray blob = q.value(2).toByteArray();
            ok = q.value(1).toBool() && fill(blob.constData(), size_t(blob.size()));
        }
    }
    if (!ok) {
        ids.clear();
        *generation = 0;
    }
    return ok;
}

bool readSearchFields(const QSqlDatabase &db, qint64 generation, size_t count,
                      std::vector<SearchFields> &fields)
{
    const char *sql = "SELECT fields FROM search_order WHERE id = 1 AND generation = ?";
    const SqliteApi *api = sqliteApi();
    sqlite3 *handle =
        api && api->columnBlob && api->columnBytes && api->bindInt64 ? sqliteHandle(db) : nullptr;
    if (handle) {
        sqlite3_stmt *stmt = nullptr;
        bool ok = false;
        if (api->prepare(handle, sql, -1, &stmt, nullptr) == SQLITE_OK &&
            api->bindInt64(stmt, 1, generation) == SQLITE_OK && api->step(stmt) == SQLITE_ROW)
            ok = unpackSearchFields(static_cast<const char *>(api->columnBlob(stmt, 0)),
                                    size_t(api->columnBytes(stmt, 0)), count, fields);
        api->finalize(stmt);
        return ok;
    }
    QSqlQuery q(db);
    q.prepare(QString::fromLatin1(sql));
    q.addBindValue(generation);
    if (!q.exec() || !q.next())
        return false;
    const QByteArray blob = q.value(0).toByteArray();
    return unpackSearchFields(blob.constData(), size_t(blob.size()), count, fields);
}

} // namespace ks
