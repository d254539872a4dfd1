// SPDX-License-Identifier: GPL-3.0-or-later
// A token's positions read straight from FTS5's own doclist: an auxiliary function walks it
// with xQueryPhrase inside SQLite, instead of a row per position through fts5vocab (about a
// sixth of the time for a character found 100,000 times).
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace ks {

/// The tokens FTS5's ascii tokenizer makes of @p segmented: runs of ASCII letters and digits
/// and of non-ASCII bytes, ASCII folded to lower case.
std::vector<std::string> fts5AsciiTokens(const QByteArray &segmented);

/// Registers the auxiliary function on @p handle; false when that SQLite has no usable FTS5
/// extension API (then read positions through fts5vocab).
bool installPostingsReader(sqlite3 *handle);

/// Every position of @p token (one FTS5 token, as the ascii tokenizer makes them) in the FTS5
/// table @p table, as (rowid << 32 | offset), ascending. Needs installPostingsReader first.
bool readPostings(sqlite3 *handle, const char *table, const std::string &token, std::vector<quint64> &keys,
                  QString *error);

} // namespace ks
