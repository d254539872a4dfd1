// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteraw.h"

#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>
#include <dlfcn.h>
#include <type_traits>

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
        const auto load = [lib](auto &call, const char *name) {
            call = reinterpret_cast<std::remove_reference_t<decltype(call)>>(dlsym(lib, name));
        };
        load(a.prepare, "sqlite3_prepare_v2");
        load(a.bindText, "sqlite3_bind_text");
        load(a.step, "sqlite3_step");
        load(a.columnInt64, "sqlite3_column_int64");
        load(a.columnText, "sqlite3_column_text");
        load(a.columnType, "sqlite3_column_type");
        load(a.finalize, "sqlite3_finalize");
        load(a.errmsg, "sqlite3_errmsg");
        load(a.bindInt64, "sqlite3_bind_int64");
        load(a.reset, "sqlite3_reset");
        load(a.columnBytes, "sqlite3_column_bytes");
        load(a.bindPointer, "sqlite3_bind_pointer");
        load(a.valuePointer, "sqlite3_value_pointer");
        load(a.resultErrorCode, "sqlite3_result_error_code");
        load(a.columnBlob, "sqlite3_column_blob");
        load(a.bindDouble, "sqlite3_bind_double");
        load(a.bindNull, "sqlite3_bind_null");
        load(a.bindBlob, "sqlite3_bind_blob");
        load(a.bindParameterCount, "sqlite3_bind_parameter_count");
        load(a.columnCount, "sqlite3_column_count");
        load(a.columnDouble, "sqlite3_column_double");
        load(a.lastInsertRowid, "sqlite3_last_insert_rowid");
        load(a.changes, "sqlite3_changes");
        load(a.extendedErrcode, "sqlite3_extended_errcode");
        load(a.openV2, "sqlite3_open_v2");
        load(a.close, "sqlite3_close");
        load(a.walCheckpoint, "sqlite3_wal_checkpoint_v2");
        load(a.walHook, "sqlite3_wal_hook");
        load(a.walAutocheckpoint, "sqlite3_wal_autocheckpoint");
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
