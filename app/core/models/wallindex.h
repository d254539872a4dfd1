// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace ks {

/// Rebuilds wall_items from memories: one item per memory, except photos, which are grouped
/// per album and local day. Cheap (one pass in SQL); run after every import.
bool rebuildWallIndex(QSqlDatabase db);

/// True when memories exist that the wall index does not cover (after a migration).
bool wallIndexIsStale(QSqlDatabase db);

} // namespace ks
