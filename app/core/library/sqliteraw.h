// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite calls the search engine and the import's statement cache make around the Qt driver,
// for loops over many rows where QSqlQuery's QVariant per value (and per bound value, a
// placeholder name built and hashed) was most of the time.
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
    // Only for StatementCache, which goes through QSqlQuery when any of them is missing.
    decltype(&sqlite3_bind_double) bindDouble = nullptr;
    decltype(&sqlite3_bind_null) bindNull = nullptr;
    decltype(&sqlite3_bind_blob) bindBlob = nullptr;
    decltype(&sqlite3_bind_parameter_count) bindParameterCount = nullptr;
    decltype(&sqlite3_column_count) columnCount = nullptr;
    decltype(&sqlite3_column_double) columnDouble = nullptr;
    decltype(&sqlite3_last_insert_rowid) lastInsertRowid = nullptr;
    decltype(&sqlite3_changes) changes = nullptr;
    decltype(&sqlite3_extended_errcode) extendedErrcode = nullptr;
    // Only for WalCheckpointer, which leaves checkpoints to the writer when any is missing.
    decltype(&sqlite3_open_v2) openV2 = nullptr;
    decltype(&sqlite3_close) close = nullptr;
    decltype(&sqlite3_wal_checkpoint_v2) walCheckpoint = nullptr;
    decltype(&sqlite3_wal_hook) walHook = nullptr;
    decltype(&sqlite3_wal_autocheckpoint) walAutocheckpoint = nullptr;
    /// Everything StatementCache needs is there.
    bool hasStatementCalls() const;
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
