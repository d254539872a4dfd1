// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ks {

class Database;

/// What rebuilding a library from its vault did.
struct RebuildResult
{
    struct Skipped
    {
        QString path;   ///< relative to the library, e.g. vault/ab/abcd….jpg
        QString reason; ///< why it was not added (it stays where it is)
    };
    bool ok = false;    ///< a new database is in place
    QString error;      ///< why not, when !ok
    QString movedAside; ///< where the old keepsake.db went (empty when there was none)
    int recovered = 0;  ///< vault files added back as media
    int photos = 0;     ///< … of which became loose photo/video memories
    QList<Skipped> skipped;
};

/// Rebuilds the library in @p dir from its vault after its database was lost or broken: moves
/// keepsake.db (and its -wal/-shm) aside as keepsake.db.broken-<timestamp> (never deleted),
/// creates a new database and adds every vault file back as media, its SHA-256 (the file name)
/// checked while reading. Photos and videos become loose photo memories of the local account,
/// dated by EXIF or by the file's time; other files are kept as media without a memory. A file
/// whose content does not match its name is left in place and listed in skipped. @p database
/// is left open on the new library when ok.
RebuildResult rebuildLibraryFromVault(Database &database, const QString &dir);

} // namespace ks
