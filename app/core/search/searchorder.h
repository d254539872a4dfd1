// SPDX-License-Identifier: GPL-3.0-or-later
// The newest-first order of every memory and what filters read of each (SearchFields), stored
// (search_order, 0011_search_order.sql) so that the search engine's first search and first filter after
// opening read one blob each instead of a row per memory.
#pragma once

#include "searchfields.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <vector>

namespace ks {

/// Stores the order of the memories as they are now (created DESC, id DESC, undated last).
/// Cheap to call again: nothing is written when the stored order is still there, which the
/// writers guarantee is current (forgetStoredSearch). It is derived data (without it the first search reads
/// a row per memory), so a failure is logged and returned, not shown.
bool writeSearchOrder(QSqlDatabase db, QString *error = nullptr);

/// For tests: called by writeSearchOrder() and writeSearchPostings() after they have read
/// everything, before their first write (where another connection's write makes them read again).
void setStoredSearchReadHook(std::function<void()> hook);
/// Runs that hook, if any.
void storedSearchRead();
/// Runs @p write (one read-then-write transaction of stored search data) again while it fails
/// because another connection wrote in between (it sets *busy), three times at most; a failure
/// is logged as "@p what not stored" and returned in @p error.
bool writeWhileNotBusy(const std::function<bool(QString *why, bool *busy)> &write, const char *what,
                       QString *error);

/// Fills @p ids, newest first, from the stored order, and @p generation with the number that
/// tells this write of it from any other. False when there is none (the memories changed since
/// it was written) or it is not a list of ids: then read the rows.
bool readSearchOrder(const QSqlDatabase &db, std::vector<qint64> &ids, qint64 *generation);

/// Fills @p fields (at the places of the stored order) when the stored order is still the one
/// of @p generation and holds the fields of its @p count memories.
bool readSearchFields(const QSqlDatabase &db, qint64 generation, size_t count,
                      std::vector<SearchFields> &fields);

} // namespace ks
