// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteraw.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <dlfcn.h>

namespace ks {

const SqliteApi *sqliteApi()
{
    static const SqliteApi *api = []() -> const SqliteApi * {
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
        if (!a.prepare || !a.bindText || !a.step || !a.columnInt64 || !a.columnText || !a.columnType ||
            !a.finalize || !a.errmsg)
            return nullptr;
        return &a;
    }();
    return api;
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
