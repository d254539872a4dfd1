// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchorder.h"

#include "sqliteraw.h"

#include <QByteArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
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

bool writeOrder(QSqlDatabase db, QString *error)
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
        return db.commit(); // still current: the triggers delete it whenever it would not be
    }
    q.finish();
    QByteArray blob;
    bool fits = true;
    QString readError;
    if (!forEachInt(
            db, kOrderSql,
            [&](qint64 id) {
                if (id <= 0 || id > std::numeric_limits<qint32>::max()) {
                    fits = false;
                    return;
                }
                const quint32 v = quint32(id);
                const char bytes[4] = {char(v & 0xff), char((v >> 8) & 0xff), char((v >> 16) & 0xff),
                                       char(v >> 24)};
                blob.append(bytes, 4);
            },
            &readError)) {
        if (error)
            *error = readError;
        db.rollback();
        return false;
    }
    // Ids past 32 bits are not stored: the engine reads the rows, as it did before 0011. Nor is
    // the order of no memories (there is nothing to read faster).
    if (fits && !blob.isEmpty()) {
        q.prepare(QStringLiteral("INSERT INTO search_order (id, ids) VALUES (1, ?)"));
        q.addBindValue(blob);
        if (!q.exec())
            return fail(db, q, error);
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace

bool writeSearchOrder(QSqlDatabase db, QString *error)
{
    QString why;
    if (writeOrder(db, &why))
        return true;
    qWarning("keepsake: search order not stored: %s", qPrintable(why));
    if (error)
        *error = why;
    return false;
}

bool readSearchOrder(const QSqlDatabase &db, std::vector<qint64> &ids)
{
    ids.clear();
    // No count of the memories to check it against: that alone took longer than the blob on a
    // cold start (the whole of an index paged in). The triggers are the guarantee.
    const char *sql = "SELECT ids FROM search_order WHERE id = 1";
    const auto fill = [&](const char *data, size_t size) {
        if (!data || size % 4 != 0)
            return false;
        ids.resize(size / 4);
        const auto *bytes = reinterpret_cast<const unsigned char *>(data);
        for (size_t i = 0; i < ids.size(); ++i, bytes += 4)
            ids[i] = qint64(quint32(bytes[0]) | quint32(bytes[1]) << 8 | quint32(bytes[2]) << 16 |
                            quint32(bytes[3]) << 24);
        return true;
    };
    const SqliteApi *api = sqliteApi();
    sqlite3 *handle = api && api->columnBlob && api->columnBytes ? sqliteHandle(db) : nullptr;
    bool ok = false;
    if (handle) {
        // Straight from SQLite's pages: no copy of the blob into a QByteArray first.
        sqlite3_stmt *stmt = nullptr;
        if (api->prepare(handle, sql, -1, &stmt, nullptr) == SQLITE_OK && api->step(stmt) == SQLITE_ROW)
            ok = fill(static_cast<const char *>(api->columnBlob(stmt, 0)), size_t(api->columnBytes(stmt, 0)));
        api->finalize(stmt);
    } else {
        QSqlQuery q(db);
        if (q.exec(QString::fromLatin1(sql)) && q.next()) {
            const QByteArray blob = q.value(0).toByteArray();
            ok = fill(blob.constData(), size_t(blob.size()));
        }
    }
    if (!ok)
        ids.clear();
    return ok;
}

} // namespace ks
