// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/statementcache.h"
#include "media/mediaprobe.h"
#include "records.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace ks {

class Database;
class FilePreparer;
struct PreparedFile;

/// One recorded problem, as the report shows it.
struct ImportProblem
{
    QString file;
    QString kind; ///< missing, placeholder, zero-byte, corrupt, unreadable, encoding, unsafe-path, too-large, …
    QString message;
    QString memoryKey;
};

/// Counters of one import, shown in the progress panel and the final report.
struct ImportReport
{
    QString sourcePath;
    QStringList formats;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int filesSeen = 0;
    int mediaStored = 0;   ///< files newly copied into the vault
    int mediaMissing = 0;  ///< references whose file is absent
    qint64 bytes = 0;      ///< bytes read from media files
    bool cancelled = false;
    bool failed = false;   ///< nothing could be imported
    QString error;
    QList<ImportProblem> problems;
    QJsonObject toJson() const;
};

/// Writes import records into the library: merges by key, stores media once by content hash,
/// keeps every source record, records problems. Lives on the importing thread. Work is
/// committed in batches, each record atomically, so a killed import leaves a consistent
/// library and a rerun ends with the same result.
class LibraryWriter
{
public:
    LibraryWriter(Database &database, const QString &sourcePath);
    ~LibraryWriter();

    bool begin(QString *error = nullptr);
    /// Commits and closes the import row. Returns the final report.
    ImportReport finish();

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    bool isCancelled() const { return m_cancel && m_cancel->load(); }
    /// Called with the report so far and the current file, at most every 100 ms.
    void setProgressCallback(std::function<void(const ImportReport &, const QString &)> callback)
    {
        m_progress = std::move(callback);
    }
    void noteCurrentFile(const QString &path);
    void addFormat(const QString &format);

    /// Sets the account whose export is being read; creates it when new. Must come first.
    bool setAccount(const QString &uin, const QString &nickname = QString());
    QString accountUin() const { return m_accountUin; }
    /// Merges @p value under @p key into the account's profile (user info, 留言板 寄语, …).
    void setAccountProfile(const QString &key, const QJsonValue &value);

    /// Files (absolute paths) the importer will store soon, in the order it will: a worker
    /// thread reads, hashes and copies them meanwhile. Only a hint: results are the same without
    /// it. @p soon ones go first; the rest are worked on when nothing sooner is waiting.
    void prefetch(const QStringList &absPaths, bool soon = true);
    /// The files of @p records' media, for prefetch().
    static QStringList mediaFilesOf(const QList<MemoryRecord> &records);
    /// Off by default only when KEEPSAKE_NO_PREFETCH is set (to compare with and without).
    void setPrefetchEnabled(bool enabled);
    const FilePreparer *preparer() const { return m_preparer.get(); }

    UpsertResult upsertMemory(const MemoryRecord &record);
    void upsertFriend(const PersonRecord &record);
    /// Stores a file the export holds without saying which memory it belongs to (the media
    /// half of an export, avatars, emoticons). A memory that refers to @p relPath, now or in a
    /// later import, is linked to it. Returns false when the file was not stored.
    bool addLooseFile(const QString &absPath, const QString &relPath);
    /// Problems under @p realPrefix (an unpacked archive) are reported as under @p shownPrefix.
    void setPathAlias(const QString &realPrefix, const QString &shownPrefix)
    {
        m_aliasReal = realPrefix;
        m_aliasShown = shownPrefix;
    }
    QString shownPath(const QString &path) const;
    void reportProblem(const QString &file, const QString &kind, const QString &message,
                       const QString &memoryKey = QString(), qint64 mediaId = 0);

    /// Normalised text used to match the same item across sources that carry no ids.
    static QString normaliseForMatch(const QString &text);
    /// kind|minute|hash — the match key stored in memories.match_key.
    static QString matchKey(MemoryKind kind, qint64 created, const QString &text);

    QSqlDatabase db() const { return m_db; }
    const ImportReport &report() const { return m_report; }

private:
    struct StoredMedia
    {
        qint64 id = 0;
        bool present = false;
    };

    qint64 personId(const PersonRef &person, qint64 seenAt);
    qint64 albumId(const MemoryRecord &record);
    qint64 findMemory(const MemoryRecord &record, const QString &matchKeyValue, QString *existingKey);
    bool mergeInto(qint64 memoryId, const MemoryRecord &record, bool preferNew);
    qint64 insertMemory(const MemoryRecord &record, const QString &key, const QString &matchKeyValue);
    bool addSourceRecord(qint64 memoryId, const MemoryRecord &record);
    bool addComments(qint64 memoryId, const QList<CommentRecord> &comments, qint64 parentId,
                     const QString &parentKey);
    bool linkPeople(qint64 memoryId, const QList<PersonRef> &people, const QString &role, qint64 seenAt);
    bool linkMedia(qint64 memoryId, const MemoryRecord &record, const QString &memoryKey);
    StoredMedia storeFile(const QString &absPath, const QString &relPath, const QString &memoryKey);
    /// storeFile with the file work done ahead; nullopt when it cannot be used (then inline).
    std::optional<StoredMedia> storePrepared(PreparedFile &prepared, const QString &absPath,
                                             const QString &relPath, const QString &memoryKey);
    /// Moves the new bytes at @p tempPath into the vault and records them.
    StoredMedia addNewMedia(const QString &absPath, const QString &relPath, const QString &memoryKey,
                            const QString &sha, qint64 total, const QString &tempPath, const MediaInfo &info);
    qint64 lookupSourceFile(const QString &relPath);
    void rememberSourceFile(const QString &relPath, qint64 mediaId);
    qint64 createMissingMedia();
    void summariseMissingMedia();
    void maybeCommit();
    void commit();
    void emitProgress(bool force);

    Database &m_database;
    QSqlDatabase m_db;
    StatementCache m_stmt;
    QString m_sourcePath;
    qint64 m_importId = 0;
    qint64 m_accountId = 0;
    QString m_accountUin;
    ImportReport m_report;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(const ImportReport &, const QString &)> m_progress;
    QString m_currentFile;
    QElapsedTimer m_progressTimer;
    QElapsedTimer m_commitTimer;
    int m_pendingWrites = 0;
    bool m_vaultDirty = false;
    int m_presentMediaSeen = 0;
    bool m_freshMemory = false; ///< the record being written was just inserted
    QString m_aliasReal;
    QString m_aliasShown;
    QHash<QString, qint64> m_personByUin;
    QHash<QString, qint64> m_personByName;
    QHash<QPair<qint64, QString>, QPair<qint64, qint64>> m_nameRanges; ///< (person, name) → seen from…to
    QHash<QString, qint64> m_albumByKey;
    QHash<qint64, QString> m_displayName; ///< people.name as this import last set it
    QHash<qint64, QStringList> m_albumInfo; ///< album → name, category, description last written
    bool m_prefetchEnabled = true;
    std::unique_ptr<FilePreparer> m_preparer;
};

} // namespace ks
