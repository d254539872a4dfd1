// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace ks {

/// Progress of a long export: @p done of @p total steps, and what is being done. Called on the
/// exporting thread, often; the receiver throttles.
using ExportProgress = std::function<void(int done, int total, const QString &what)>;

/// How an export ended.
struct ExportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    int memories = 0;
    int pages = 0;         ///< HTML pages or PDF pages
    int photos = 0;        ///< pictures written
    int problems = 0;      ///< pictures that could not be read (shown as placeholders)
    qint64 photoBytes = 0; ///< total size of the original picture files used
    QStringList warnings;
};

} // namespace ks
