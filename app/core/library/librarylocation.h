// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ks {

/// Where the library lives: --library DIR, else $KEEPSAKE_LIBRARY, else
/// QStandardPaths::AppDataLocation + "/library".
QString resolveLibraryDir(const QString &commandLineValue = QString());

} // namespace ks
