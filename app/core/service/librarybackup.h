// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <functional>

namespace ks {

class Database;

/// What a backup did.
struct BackupResult
{
    struct Failure
    {
        QString path; ///< the file, relative to the library (or the destination)
        QString reason;
    };
    bool refused = false;   ///< the destination was not usable: nothing was written there
    QString error;          ///< why the backup did not finish (refused, or the database copy failed)
    int copied = 0;         ///< vault files copied (and verified) this time
    int alreadyPresent = 0; ///< vault files already in the destination, verified, not copied again
    qint64 bytesCopied = 0;
    qint64 databaseBytes = 0;
    QList<Failure> failures; ///< vault files that could not be copied or do not match their names
    bool ok() const { return error.isEmpty() && failures.isEmpty(); }
};

/// The file that marks a folder as a Keepsake backup (a later backup may write there again).
QString backupMarkerName();

/// Writes a consistent copy of the open library @p source into @p destination: the database by
/// VACUUM INTO (a consistent snapshot while the app may be writing), then every vault file,
/// copied and checked by SHA-256 against its name; files already present and intact in the
/// destination are not copied again. The destination must be empty (or not exist) or be an
/// earlier Keepsake backup; otherwise it is refused untouched. The new database replaces the
/// destination's only after the vault copy, so the destination always opens as a library
/// whose files are all there. @p progress is called per vault file.
BackupResult
backupLibrary(Database &source, const QString &destination,
              const std::function<void(int done, int total, const QString &file)> &progress = {});

} // namespace ks
