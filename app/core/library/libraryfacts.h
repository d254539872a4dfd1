// SPDX-License-Identifier: GPL-3.0-or-later
// Small facts about the whole library that the app asks for on the GUI thread: each one a
// single cheap query (an indexed count, the problems table).
#pragma once

#include "domain/importreport.h"

#include <QList>
#include <optional>

namespace ks {

class Database;

namespace LibraryFacts {

/// How many memories the library holds (one indexed count, not the full statistics); nullopt
/// when the library cannot be read.
std::optional<qint64> memoryCount(Database &database);
/// Every problem recorded by the imports, oldest first (kind, file and message; no memory key).
QList<ImportProblem> problems(Database &database);

} // namespace LibraryFacts
} // namespace ks
