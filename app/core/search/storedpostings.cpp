// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedpostings.h"

#include "fts5postings.h"
#include "library/sqliteraw.h"
#include "postinglist.h"
#include "searchorder.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <vector>

namespace ks {

namespace {

bool fail(QSqlDatabase &db, const QString &why, QString *error)
{
    if (error)
        *error = why;
    db.rollback();
    return false;
}

// SQLITE_BUSY, also as SQLITE_BUSY_SNAPSHOT: another connection wrote after this one began reading.
bool isBusy(const QSqlError &e)
{
    return (e.nativeErrorCode().toInt() & 0xff) == 5;
}

bool writePostings(QSqlDatabase db, QString *error, bool *busy)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle || !installPostingsReader(handle))
        return true; // no SQLite API here: the engine reads FTS5 through fts5vocab, as stored nothing
    if (!db.transaction())
        return fail(db, db.lastError().text(), error);
    QSqlQuery q(db);
    // The empty token is never one the index holds: its row says the rest were written.
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_postings WHERE token = '')")) ||
        !q.next())
        return fail(db, q.lastError().text(), error);
    if (q.value(0).toBool()) {
        q.finish();
        return db.commit();
    }
    q.finish();
    if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.ks_search_terms USING "
                               "fts5vocab(main, 'search_fts', 'row')")))
        return fail(db, q.lastError().text(), error);
    std::vector<std::string> tokens; // stored with their positions
    std::vector<std::string> rare;   // stored with none: read from FTS5 when asked for
    if (!q.exec(QStringLiteral("SELECT term, cnt FROM temp.ks_search_terms")))
        return fail(db, q.lastError().text(), error);
    while (q.next())
        (q.value(1).toLongLong() >= kStoredPostingsMin ? tokens : rare)
            .push_back(q.value(0).toString().toStdString());
    q.finish();
    // Everything is read before the first write: until then other connections write as they
    // please (a window's date correction, an import starting) instead of waiting seconds for the
    // lock at a million memories. One of them writing meanwhile makes the first write below fail
    // (the snapshot read is not the latest): nothing stale is stored.
    std::vector<QByteArray> packed;
    packed.reserve(tokens.size());
    std::vector<quint64> keys;
    QString readError;
    for (const std::string &token : tokens) {
        if (!readPostings(handle, "search_fts", token, keys, &readError))
            return fail(db, readError, error);
        if (!std::is_sorted(keys.begin(), keys.end()))
            std::sort(keys.begin(), keys.end());
        packed.push_back(PostingList::packed(keys)->toBytes());
    }
    storedSearchRead();
    if (!q.exec(QStringLiteral("DELETE FROM search_postings"))) {
        *busy = isBusy(q.lastError());
        return fail(db, q.lastError().text(), error);
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO search_postings (token, keys) VALUES (?, ?)"));
    for (size_t i = 0; i < tokens.size(); ++i) {
        insert.addBindValue(QString::fromStdString(tokens[i]));
        insert.addBindValue(packed[i]);
        if (!insert.exec())
            return fail(db, insert.lastError().text(), error);
    }
    rare.push_back(std::string()); // the empty token: the vocabulary is complete
    for (const std::string &token : rare) {
        insert.addBindValue(QString::fromStdString(token));
        insert.addBindValue(QByteArray(""));
        if (!insert.exec())
            return fail(db, insert.lastError().text(), error);
    }
    if (!db.commit())
        return fail(db, db.lastError().text(), error);
    return true;
}

} // namespace

bool writeSearchPostings(QSqlDatabase db, QString *error)
{
    return writeWhileNotBusy([&](QString *why, bool *busy) { return writePostings(db, why, busy); },
                             "search positions", error);
}

bool writeStoredSearch(QSqlDatabase db)
{
    const bool order = writeSearchOrder(db);
    return writeSearchPostings(db) && order;
}

std::shared_ptr<const PostingList> readStoredPostings(const QSqlDatabase &db, const std::string &token,
                                                      bool *absent)
{
    if (absent)
        *absent = false;
    const SqliteApi *api = sqliteApi();
    sqlite3 *handle = api && api->columnBlob && api->columnBytes ? sqliteHandle(db) : nullptr;
    if (!handle || token.empty())
        return nullptr;
    // 0: no row, 1: a row without positions (rare), 2: positions
    auto lookUp = [&](const std::string &key, std::shared_ptr<const PostingList> *list) {
        sqlite3_stmt *stmt = nullptr;
        int found = 0;
        if (api->prepare(handle, "SELECT keys FROM search_postings WHERE token = ?", -1, &stmt, nullptr) ==
                SQLITE_OK &&
            api->bindText(stmt, 1, key.data(), int(key.size()), SQLITE_STATIC) == SQLITE_OK &&
            api->step(stmt) == SQLITE_ROW) {
            const int size = api->columnBytes(stmt, 0);
            found = size > 0 ? 2 : 1;
            if (size > 0 && list)
                *list =
                    PostingList::fromBytes(static_cast<const char *>(api->columnBlob(stmt, 0)), size_t(size));
        }
        api->finalize(stmt);
        return found;
    };
    std::shared_ptr<const PostingList> list;
    if (lookUp(token, &list) == 0 && absent)
        *absent = lookUp(std::string(), nullptr) != 0; // written, and without this token
    return list;
}

} // namespace ks
