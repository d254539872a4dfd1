// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

#include "library/memoryindexer.h"
#include "library/statementcache.h"
#include <QString>

namespace ks {

/// Folds text the way search compares it: NFKC (full-width = half-width), case-folded.
QString foldForSearch(const QString &text);

/// Splits text into index tokens, one per code point of its folded form: ASCII letters and
/// digits stand for themselves, other ASCII characters (space, punctuation, newline) become
/// "x" + two hex digits, everything else (Han, kana, emoji, full-width punctuation…) stays
/// as it is. The FTS5 'ascii' tokenizer then sees exactly these tokens, so a phrase of them
/// matches exactly where the folded text contains the query: one character or twenty, Chinese,
/// Latin (also inside words), digits, punctuation or emoji, never across a gap the text has.
QString segmentForIndex(const QString &text);
/// The same for text that is already folded.
QString segmentFolded(const QString &folded);

/// The searchable plain text of one memory, one part per line: title, text, blog body as
/// text, location, album name and description, author, repost original, comments and replies
/// with their authors, people linked. Stored in search_docs.plain.
QString searchableText(StatementCache &statements, qint64 memoryId);
QString searchableText(QSqlDatabase db, qint64 memoryId);
/// The same, without querying comments (@p withComments false) or linked people (@p withPeople
/// false) of a memory known to have none, such as one the importer has just inserted.
QString searchableText(StatementCache &statements, qint64 memoryId, bool withComments, bool withPeople);

/// Rewrites the index entry of one memory from what the database holds now.
bool updateSearchDocument(StatementCache &statements, qint64 memoryId);
bool updateSearchDocument(QSqlDatabase db, qint64 memoryId);

/// Version of the tokens segmentForIndex writes; an index written with another one is rebuilt.
constexpr int kSearchIndexVersion = 2;

/// True when the index was written by another segmenter (or never): rebuildSearchIndex then.
bool searchIndexIsStale(QSqlDatabase db);

/// Rebuilds the whole index in one transaction (after a migration or for `keepsake verify`).
bool rebuildSearchIndex(QSqlDatabase db);

/// The search index as a MemoryIndexer, for the library writer (stateless, shared).
MemoryIndexer &searchIndexer();

} // namespace ks
