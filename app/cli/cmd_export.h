// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by `keepsake export` and `keepsake book`.
#pragma once

#include "export/exportprogress.h"
#include "export/exporttarget.h"

#include <QJsonObject>

namespace ks::cli {

/// A progress line on stderr, only when stderr is a terminal, at most ten times a second.
ExportProgress progressLine(const QString &label);
/// Clears the progress line (terminal only).
void endProgressLine();
QJsonObject resultJson(const ExportResult &r, const QString &output);

/// Says why @p output, as @p target found it, is not written to (a non-empty folder or an existing
/// file without --force, or the wrong kind of thing). Returns -1 to go on, else the exit code.
int refuseOutput(const QString &command, const QString &output, ExportTarget target, bool force, bool json);

} // namespace ks::cli
