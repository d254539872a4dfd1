// SPDX-License-Identifier: GPL-3.0-or-later
// The positions of the common characters, stored packed (search_postings, 0012) so that the
// engine's first read of one is a blob instead of a walk of its FTS5 doclist.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <string>

namespace ks {

class PostingList;

/// Tokens with fewer positions are read from FTS5 when asked for: quick enough, and not worth
/// the room.
constexpr qint64 kStoredPostingsMin = 2048;

/// Stores the positions of every token with at least kStoredPostingsMin of them, as FTS5 holds
/// them now, and every other token with no positions (so a token the index does not hold is
/// known to be absent without asking FTS5, which probes every segment for it). Cheap to call again: nothing
/// is done while they are still stored, which the writers guarantee are current (forgetStoredSearch). Derived
/// data: a failure is logged and returned.
bool writeSearchPostings(QSqlDatabase db, QString *error = nullptr);

/// Everything the first searches read, stored where missing: the order and filter fields
/// (writeSearchOrder), then the common tokens' positions (writeSearchPostings). Each is derived
/// data on its own: a failure of one is logged and does not stop the other.
bool writeStoredSearch(QSqlDatabase db);

/// @p token's stored positions (packed); null when they are not stored (a rare token, or the
/// text changed since they were written): then read FTS5. *absent (when given) is set when the
/// stored vocabulary is complete and does not hold @p token: no memory has it.
std::shared_ptr<const PostingList> readStoredPostings(const QSqlDatabase &db, const std::string &token,
                                                      bool *absent = nullptr);

} // namespace ks
