// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"
#include "handledfiles.h"
#include "media/mediaprobe.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

namespace ks {

class FilePreparer;
struct PreparedFile;
struct WriteSession;

/// The one way media enter the library during an import: hashing (ahead of time on the file
/// preparer's thread when the importer said which files come next), staging in vault/.incoming,
/// deduplication by SHA-256, healing a vault file lost since, the media rows, the links from
/// memories to their media in order, and the source-path index that lets a text-only half and
/// a media-only half of one export find each other.
class MediaVault
{
public:
    struct Stored
    {
        qint64 id = 0;
        bool present = false;
    };

    explicit MediaVault(WriteSession &session);
    ~MediaVault();
    MediaVault(const MediaVault &) = delete;
    MediaVault &operator=(const MediaVault &) = delete;

    /// Removes temporary files that a killed import left in vault/.incoming.
    void removeStaleIncoming();
    /// Stores the file at @p absPath (named @p relPath by its export) once by content; reports
    /// why when it cannot (vanished, unreadable, empty, a link leading outside the import, or
    /// other bytes than @p expectedSha256 when that is given).
    Stored store(const QString &absPath, const QString &relPath, const QString &memoryKey,
                 const QString &expectedSha256 = QString());
    /// Links @p record's media to @p memoryId in order: stored files, or a missing placeholder
    /// (filled later when the file arrives). True when a link changed.
    bool linkMedia(qint64 memoryId, const MemoryRecord &record, const QString &memoryKey, bool freshMemory);
    /// Fills links that waited for @p relPath (a text-only import named it) with @p mediaId.
    /// Returns how many were filled.
    int fillWaitingLinks(const QString &relPath, qint64 mediaId);
    /// Gives the vault's file with @p sha256 the name @p relPath in this account (a name the
    /// export gave it), without reading it again. The media id, or 0 when the vault has no such file.
    qint64 nameFile(const QString &relPath, const QString &sha256);

    /// Queues @p absPaths for the preparer, leaving out the files a finished import stored in
    /// this very state (they are not read again).
    void prefetch(const QStringList &absPaths, bool soon);
    HandledFiles &handled() { return m_handled; }
    void setPrefetchEnabled(bool enabled);
    const FilePreparer *preparer() const { return m_preparer.get(); }
    /// Stops the preparer and removes what it staged and nobody took.
    void stopPreparer();

    /// Makes the vault bytes written since the last call durable (before a database commit:
    /// the database must never reference bytes that are not on disk).
    void syncIfDirty();
    /// Present files seen in this import (to tell a text-only export from one with media).
    int presentSeen() const { return m_presentSeen; }

private:
    struct Bytes;
    bool readBytes(const QString &absPath, const QString &memoryKey, Bytes &bytes);
    Stored storeBytes(const QString &absPath, const QString &relPath, const QString &memoryKey, Bytes &bytes);
    bool stage(Bytes &bytes);
    Stored addNew(const QString &absPath, const QString &relPath, const QString &memoryKey, Bytes &bytes);
    /// Names @p absPath in a problem when @p info says its bytes are damaged or a placeholder.
    void reportDamage(const QString &absPath, const QString &memoryKey, const MediaInfo &info,
                      qint64 mediaId);
    qint64 knownSourceFile(const QString &relPath);
    void rememberSourceFile(const QString &relPath, qint64 mediaId);
    qint64 createMissing();
    bool insertLink(qint64 memoryId, int position, qint64 mediaId, const MediaRef &ref);
    bool replaceMissing(qint64 memoryId, int position, qint64 missingId, qint64 mediaId);
    QString incomingDir() const;

    /// The vault's file for @p sha256 is there but is not @p size bytes of @p sha256 (it was
    /// truncated or written over since): it is replaced from the source.
    bool vaultCopyDamaged(const QString &vaultFile, const QString &sha256, qint64 size) const;

    WriteSession &m_session;
    HandledFiles m_handled;
    std::unique_ptr<FilePreparer> m_preparer;
    bool m_prefetchEnabled = true;
    bool m_dirty = false;
    QSet<QString> m_vaultDirsMade; ///< vault/ab/ folders this import made or found
    int m_presentSeen = 0;
};

} // namespace ks
