// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake export photos OUT: the photos as files with their dates and words.
#pragma once

#include <QStringList>

namespace ks::cli {

/// True when `keepsake export …` names the format "photos" (its first positional argument).
bool isPhotoExport(const QStringList &arguments);
/// The format `keepsake export …` names: its first positional argument (html, pdf, photos, archive).
QString exportFormatOf(const QStringList &arguments);

/// keepsake export photos OUT [--year Y] [--from D] [--to D] [--tag T] [--person P] [--query Q]
/// [--layout album|month|flat]: (program, "export", args…) → exit code.
int runExportPhotos(const QStringList &arguments);

} // namespace ks::cli
