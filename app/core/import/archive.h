// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ks {

class ImportContext;

/// Limits that keep a hostile archive from filling the disk.
struct ArchiveLimits
{
    qint64 maxTotalBytes = qint64(64) << 30; ///< all entries together
    qint64 maxEntryBytes = qint64(16) << 30; ///< one entry
    double maxRatio = 200.0;                 ///< expanded size / compressed size, per entry and overall
    int maxEntries = 2000000;
};

/// True when @p path is a file libarchive can read as an archive (.zip, .tar, .7z, …).
bool isArchiveFile(const QString &path);

/// Extracts @p archivePath into @p targetDir (a private folder of the library, never a place
/// the user sees), safely: entries whose paths escape (absolute, "..") are skipped, links are
/// not followed, limits are enforced. Every skipped or damaged entry is reported through
/// @p context (may be null) naming "archive.zip/entry". Returns false when nothing could be read.
bool extractArchive(const QString &archivePath, const QString &targetDir, ImportContext *context,
                    const ArchiveLimits &limits = ArchiveLimits());

} // namespace ks
