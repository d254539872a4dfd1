// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by `keepsake export` and `keepsake book`.
#pragma once

#include "export/exportprogress.h"

#include <QJsonObject>

namespace ks::cli {

/// A progress line on stderr, only when stderr is a terminal, at most ten times a second.
ExportProgress progressLine(const QString &label);
/// Clears the progress line (terminal only).
void endProgressLine();
QJsonObject resultJson(const ExportResult &r, const QString &output);

} // namespace ks::cli
