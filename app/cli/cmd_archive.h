// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake export archive OUT: a BagIt bag of a selection (export/archiveexporter).
#pragma once

#include <QStringList>

namespace ks::cli {

/// keepsake export archive OUT [--year Y] [--from D] [--to D] [--tag T] [--person P] [--query Q]
/// [--force] [--json]: (program, "export", args…) → exit code.
int runExportArchive(const QStringList &arguments);

} // namespace ks::cli
