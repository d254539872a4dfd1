// SPDX-License-Identifier: GPL-3.0-or-later
// The few SQLite calls the search engine makes around the Qt driver, for loops over many rows
// where QSqlQuery's QVariant per value was most of the time.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <sqlite3.h>

namespace ks {

/// Taken from the library the Qt driver already loaded (keepsake_core does not link SQLite
/// itself). sqliteApi() is null when it is not there (a driver with its own copy): then the
/// engine goes through QSqlQuery.
struct SqliteApi
{
    decltype(&sqlite3_prepare_v2) prepare = nullptr;
    decltype(&sqlite3_bind_text) bindText = nullptr;
    decltype(&sqlite3_step) step = nullptr;
    decltype(&sqlite3_column_int64) columnInt64 = nullptr;
    decltype(&sqlite3_column_text) columnText = nullptr;
    decltype(&sqlite3_column_type) columnType = nullptr;
    decltype(&sqlite3_finalize) finalize = nullptr;
    decltype(&sqlite3_errmsg) errmsg = nullptr;
    // Only for batched snippets, which go through QSqlQuery when any of them is missing.
    decltype(&sqlite3_bind_int64) bindInt64 = nullptr;
    decltype(&sqlite3_reset) reset = nullptr;
    decltype(&sqlite3_column_bytes) columnBytes = nullptr;
    // Only for the FTS5 postings reader, which is skipped when any of them is missing.
    decltype(&sqlite3_bind_pointer) bindPointer = nullptr;
    decltype(&sqlite3_value_pointer) valuePointer = nullptr;
    decltype(&sqlite3_result_error_code) resultErrorCode = nullptr;
    // Only for the stored search order, which is read through QSqlQuery when it is missing.
    decltype(&sqlite3_column_blob) columnBlob = nullptr;
};

const SqliteApi *sqliteApi();
/// The connection's sqlite3 handle, null when its driver is not QSQLITE.
sqlite3 *sqliteHandle(const QSqlDatabase &db);
/// Runs @p sql and hands each row to @p onRow, straight through SQLite, or when this driver has
/// no SQLite of this process to @p onQueryRow through QSqlQuery.
bool forEachRow(const QSqlDatabase &db, const char *sql, const std::function<void(sqlite3_stmt *)> &onRow,
                const std::function<void(const QSqlQuery &)> &onQueryRow, QString *error);
/// Runs @p sql and hands each row's first column to @p fn as an integer, straight through
/// SQLite when it can (a QVariant per row was most of the time of a long loop).
bool forEachInt(const QSqlDatabase &db, const char *sql, const std::function<void(qint64)> &fn,
                QString *error);

} // namespace ks
