// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

#include "library/statementcache.h"
#include <QString>

namespace ks {

/// Folds text the way search compares it: NFKC (full-width = half-width), case-folded.
QString foldForSearch(const QString &text);

/// Splits folded text into index tokens: every CJK (or other non-Latin) character becomes its
/// own token, runs of Latin letters and digits stay words. A phrase of single-character tokens
/// then matches any run of Chinese characters exactly, whatever its length.
QString segmentForIndex(const QString &text);

/// The searchable plain text of one memory: title, text, blog body as text, location, album,
/// author, comments and replies with their authors.
QString searchableText(StatementCache &statements, qint64 memoryId);
QString searchableText(QSqlDatabase db, qint64 memoryId);

/// Rewrites the index entry of one memory from what the database holds now.
bool updateSearchDocument(StatementCache &statements, qint64 memoryId);
bool updateSearchDocument(QSqlDatabase db, qint64 memoryId);

/// Rebuilds the whole index (after a migration or for `keepsake verify`).
bool rebuildSearchIndex(QSqlDatabase db);

} // namespace ks
