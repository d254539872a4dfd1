// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importcontext.h"
#include "library/statementcache.h"

#include <QVariant>

namespace ks {

class Database;

/// What the parts of the library writer (records, vault, people) share during one import: the
/// connection's statements, the import context, and which account and import row they write for.
struct WriteSession
{
    WriteSession(Database &db, StatementCache &statements, ImportContext &ctx)
        : database(db), stmt(statements), context(ctx)
    {
    }

    Database &database;
    StatementCache &stmt;
    ImportContext &context;
    qint64 accountId = 0;
    qint64 importId = 0;

    /// Runs @p q. A failure is the library's (disk full, I/O error, read-only, locked, …), never
    /// the source's: it stops the import with that error named.
    bool run(StatementCache::Query &q);
    /// Like run(), but a constraint violation (the row exists already) is an answer, not an error.
    bool runAllowingConflict(StatementCache::Query &q, bool *conflict);
    /// Records a library error from @p error in the context (stops the import).
    void fail(const QSqlError &error);
};

QVariant nullableText(const QString &text);
QVariant nullableTime(qint64 t);
/// @p text for a NOT NULL column: never a null QString (which Qt binds as NULL).
QVariant textOrEmpty(const QString &text);
QVariant nullableId(qint64 id);
/// The hex SHA-1 of @p text's UTF-8: short stable keys (comments, id-less memories).
QString sha1Hex(const QString &text);
/// "media/a.jpg" as source_files keys it: forward slashes, no ./, case-folded.
QString normalisedRelPath(QString relPath);
/// A library error, in words a person can act on (disk full, read-only, locked) plus SQLite's own.
QString describeLibraryError(const QSqlError &error);

} // namespace ks
