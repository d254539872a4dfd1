// SPDX-License-Identifier: GPL-3.0-or-later
// The search engine's stored read-ahead (search_order, 0011; search_postings, 0012) is derived
// from memories, their media, comments and searchable text. Writers of those delete it in the
// transaction that changes them; search/searchorder and search/storedpostings write it again.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ks {

/// Deletes the stored order, filter fields and positions, in the caller's transaction. False
/// (with @p error) when that fails: then the change must not be committed either.
bool forgetStoredSearch(QSqlDatabase db, QString *error = nullptr);

} // namespace ks
