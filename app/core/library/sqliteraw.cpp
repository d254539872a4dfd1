// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteraw.h"

#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>
#include <dlfcn.h>

namespace ks {

const SqliteApi *sqliteApi()
{
    // Resolved once found; not found yet (no connection has loaded the driver) is asked again.
    static std::atomic<const SqliteApi *> resolved{nullptr};
    if (const SqliteApi *api = resolved.load(std::memory_order_acquire))
        return api;
    static QBasicMutex mutex;
    const QMutexLocker lock(&mutex);
    const SqliteApi *api = []() -> const SqliteApi * {
        // RTLD_NOLOAD: only the copy in this process, never a second one.
        void *lib = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
        if (!lib)
            return nullptr;
        static SqliteApi a;
        a.prepare = reinterpret_cast<decltype(a.prepare)>(dlsym(lib, "sqlite3_prepare_v2"));
        a.bindText = reinterpret_cast<decltype(a.bindText)>(dlsym(lib, "sqlite3_bind_text"));
        a.step = reinterpret_cast<decltype(a.step)>(dlsym(lib, "sqlite3_step"));
        a.columnInt64 = reinterpret_cast<decltype(a.columnInt64)>(dlsym(lib, "sqlite3_column_int64"));
        a.columnText = reinterpret_cast<decltype(a.columnText)>(dlsym(lib, "sqlite3_column_text"));
        a.columnType = reinterpret_cast<decltype(a.columnType)>(dlsym(lib, "sqlite3_column_type"));
        a.finalize = reinterpret_cast<decltype(a.finalize)>(dlsym(lib, "sqlite3_finalize"));
        a.errmsg = reinterpret_cast<decltype(a.errmsg)>(dlsym(lib, "sqlite3_errmsg"));
        a.bindInt64 = reinterpret_cast<decltype(a.bindInt64)>(dlsym(lib, "sqlite3_bind_int64"));
        a.reset = reinterpret_cast<decltype(a.reset)>(dlsym(lib, "sqlite3_reset"));
        a.columnBytes = reinterpret_cast<decltype(a.columnBytes)>(dlsym(lib, "sqlite3_column_bytes"));
        a.bindPointer = reinterpret_cast<decltype(a.bindPointer)>(dlsym(lib, "sqlite3_bind_pointer"));
        a.valuePointer = reinterpret_cast<decltype(a.valuePointer)>(dlsym(lib, "sqlite3_value_pointer"));
        a.resultErrorCode =
            reinterpret_cast<decltype(a.resultErrorCode)>(dlsym(lib, "sqlite3_result_error_code"));
        a.columnBlob = reinterpret_cast<decltype(a.columnBlob)>(dlsym(lib, "sqlite3_column_blob"));
        a.bindDouble = reinterpret_cast<decltype(a.bindDouble)>(dlsym(lib, "sqlite3_bind_double"));
        a.bindNull = reinterpret_cast<decltype(a.bindNull)>(dlsym(lib, "sqlite3_bind_null"));
        a.bindBlob = reinterpret_cast<decltype(a.bindBlob)>(dlsym(lib, "sqlite3_bind_blob"));
        a.bindParameterCount =
            reinterpret_cast<decltype(a.bindParameterCount)>(dlsym(lib, "sqlite3_bind_parameter_count"));
        a.columnCount = reinterpret_cast<decltype(a.columnCount)>(dlsym(lib, "sqlite3_column_count"));
        a.columnDouble = reinterpret_cast<decltype(a.columnDouble)>(dlsym(lib, "sqlite3_column_double"));
        a.lastInsertRowid =
            reinterpret_cast<decltype(a.lastInsertRowid)>(dlsym(lib, "sqlite3_last_insert_rowid"));
        a.changes = reinterpret_cast<decltype(a.changes)>(dlsym(lib, "sqlite3_changes"));
        a.extendedErrcode =
            reinterpret_cast<decltype(a.extendedErrcode)>(dlsym(lib, "sqlite3_extended_errcode"));
        a.openV2 = reinterpret_cast<decltype(a.openV2)>(dlsym(lib, "sqlite3_open_v2"));
        a.close = reinterpret_cast<decltype(a.close)>(dlsym(lib, "sqlite3_close"));
        a.walCheckpoint =
            reinterpret_cast<decltype(a.walCheckpoint)>(dlsym(lib, "sqlite3_wal_checkpoint_v2"));
        a.walHook = reinterpret_cast<decltype(a.walHook)>(dlsym(lib, "sqlite3_wal_hook"));
        a.walAutocheckpoint =
            reinterpret_cast<decltype(a.walAutocheckpoint)>(dlsym(lib, "sqlite3_wal_autocheckpoint"));
        if (!a.prepare || !a.bindText || !a.step || !a.columnInt64 || !a.columnText || !a.columnType ||
            !a.finalize || !a.errmsg)
            return nullptr;
        return &a;
    }();
    if (api)
        resolved.store(api, std::memory_order_release);
    return api;
}

bool SqliteApi::hasStatementCalls() const
{
    return bindInt64 && reset && columnBytes && columnBlob && bindDouble && bindNull && bindBlob &&
           bindParameterCount && columnCount && columnDouble && lastInsertRowid && changes && extendedErrcode;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

bool forEachRow(const QSqlDatabase &db, const char *sql, const std::function<void(sqlite3_stmt *)> &onRow,
                const std::function<void(const QSqlQuery &)> &onQueryRow, QString *error)
{
    const SqliteApi *api = sqliteApi();
    sqlite3 *handle = api ? sqliteHandle(db) : nullptr;
    if (handle) {
        sqlite3_stmt *stmt = nullptr;
        if (api->prepare(handle, sql, -1, &stmt, nullptr) != SQLITE_OK) {
            if (error)
                *error = QString::fromUtf8(api->errmsg(handle));
            api->finalize(stmt);
            return false;
        }
        int rc;
        while ((rc = api->step(stmt)) == SQLITE_ROW)
            onRow(stmt);
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
    while (q.next())
        onQueryRow(q);
    return true;
}

bool forEachInt(const QSqlDatabase &db, const char *sql, const std::function<void(qint64)> &fn,
                QString *error)
{
    const SqliteApi *api = sqliteApi();
    return forEachRow(
        db, sql, [&](sqlite3_stmt *stmt) { fn(api->columnInt64(stmt, 0)); },
        [&](const QSqlQuery &q) { fn(q.value(0).toLongLong()); }, error);
}

} // namespace ks
