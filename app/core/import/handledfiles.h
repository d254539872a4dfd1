// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filestamp.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <optional>

namespace ks {

struct WriteSession;

/// What an earlier import recorded about a data file it read completely.
struct HandledDataFile
{
    int records = 0;    ///< the records the file gave (counted unchanged when it is skipped)
    QJsonObject detail; ///< the importer's own notes (keys, paths its records named, …)
};

/// The handled_files table: source files a finished import of this account read completely,
/// with their state then. A file is trusted only while its stamp (size, mtime, ctime, inode) is
/// the one recorded, the import that recorded it is 'done' and the version is the same; the
/// rows are written in the import's own transaction, so a cancelled, failed or killed import
/// leaves none that are trusted.
class HandledFiles
{
public:
    /// Bump when the vault's way of storing a file changes: every media row is then re-read once.
    static constexpr int kMediaVersion = 1;

    explicit HandledFiles(WriteSession &session) : m_session(session) {}

    /// The media id of @p absPath's bytes when a finished import stored this very file state and
    /// the vault's copy is still there as it was then (same size and mtime); 0 otherwise.
    qint64 trustedMedia(const QString &absPath);
    /// @p absPath (whose stamp before the read was @p before) is stored as @p mediaId.
    void rememberMedia(const QString &absPath, const FileStamp &before, qint64 mediaId);

    std::optional<HandledDataFile> trustedData(const QString &absPath, int version);
    void rememberData(const QString &absPath, const FileStamp &before, int version, int records,
                      const QJsonObject &detail);

    /// True when trustedMedia() found the vault's copy of @p sha256 changed or gone since it was
    /// checked: the writer then compares it with the source's bytes before trusting it.
    bool vaultSuspect(const QString &sha256) const { return m_suspect.contains(sha256); }

private:
    WriteSession &m_session;
    QSet<QString> m_suspect;
    QSet<QString> m_untrusted; ///< account + path found untrusted in this import
};

} // namespace ks
