// SPDX-License-Identifier: GPL-3.0-or-later
// The newest-first order of every memory, stored (search_order, 0011_search_order.sql) so that
// the search engine's first search after opening reads one blob instead of a row per memory.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <vector>

namespace ks {

/// Stores the order of the memories as they are now (created DESC, id DESC, undated last).
/// Cheap to call again: nothing is written when the stored order is still there, which the
/// triggers of 0011 guarantee is current. It is derived data (without it the first search reads
/// a row per memory), so a failure is logged and returned, not shown.
bool writeSearchOrder(QSqlDatabase db, QString *error = nullptr);

/// Fills @p ids, newest first, from the stored order. False when there is none (the memories
/// changed since it was written) or it is not a list of ids: then read the rows.
bool readSearchOrder(const QSqlDatabase &db, std::vector<qint64> &ids);

} // namespace ks
