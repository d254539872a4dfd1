// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace ks {

class Database;

/// Opens the library in @p dir for the window. When it cannot, says what happened and what the
/// person can do; for a database lost beside a vault that still holds the files: open a backup
/// instead, or rebuild the library from the vault (the broken file is kept). False: give up.
bool openLibraryForWindow(Database &database, const QString &dir, QWidget *parent = nullptr);

/// The question asked when keepsake.db at @p databasePath is missing or empty beside a vault.
QString lostDatabaseText(const QString &databasePath, bool missing, int vaultFiles);

} // namespace ks
