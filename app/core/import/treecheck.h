// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ks {

class ImportContext;

/// Walks the dropped folder @p root once (never through a symlink) and reports what no importer
/// can read, so that nothing is left out silently: folders that cannot be opened (kind
/// "unreadable", naming the folder), links whose target does not exist ("unreadable") and pipes,
/// sockets and devices ("skipped"). Returns how many problems it reported.
int reportUnreadableEntries(const QString &root, ImportContext &context);

} // namespace ks
