// SPDX-License-Identifier: GPL-3.0-or-later
// --year, --from, --to, --tag, --person, --query: which memories an export takes, the same on
// export html|pdf|photos|archive.
#pragma once

#include "export/exportselection.h"

#include <QCommandLineParser>

namespace ks::cli {

/// Adds the selection options to @p parser.
void addSelectionOptions(QCommandLineParser &parser);
/// The selection the options describe (privacy not included). False when a value is not valid,
/// after saying why on stderr behind @p command ("keepsake export: ").
bool selectionFromOptions(const QCommandLineParser &parser, const QString &command,
                          ExportSelection *selection);

} // namespace ks::cli
