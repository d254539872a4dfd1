// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archivedstate.h"
#include "domain/importreport.h"
#include "domain/records.h"
#include "importcontext.h"
#include "importsink.h"
#include "library/statementcache.h"
#include "mediavault.h"
#include "memoryrelations.h"
#include "peoplealbums.h"
#include "problemlog.h"
#include "writesession.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <memory>

namespace ks {

class Database;
class FilePreparer;
class MemoryIndexer;
class WalCheckpointer;

/// Writes import records into the library: finds each memory by key (or, for sources without
/// ids, by minute + text), inserts it or merges what is new into it, and keeps every source
/// record. Media go through the MediaVault, people and albums through PeopleAlbums. Each record
/// is written in a savepoint and work is committed in batches, so a killed import leaves a
/// consistent library and a rerun ends with the same result. Any library error (disk full,
/// read-only, locked) stops the import; counters only ever count committed records.
class LibraryWriter final : public ImportSink
{
public:
    /// Writes for @p context; @p indexer (may be null) is kept in step record by record.
    LibraryWriter(Database &database, ImportContext &context, MemoryIndexer *indexer = nullptr);
    /// The same with a context of its own (tests, small tools).
    LibraryWriter(Database &database, const QString &sourcePath, MemoryIndexer *indexer = nullptr);
    ~LibraryWriter() override;

    bool begin(QString *error = nullptr);
    /// Commits and closes the import row. Returns the final report.
    ImportReport finish();

    ImportContext &context() { return m_context; }
    const ImportReport &report() const { return m_context.report(); }
    QSqlDatabase db() const { return m_db; }

    bool setAccount(const QString &uin, const QString &nickname = QString()) override;
    QString accountUin() const override { return m_accountUin; }
    void setAccountProfile(const QString &key, const QJsonValue &value) override;
    UpsertResult upsertMemory(const MemoryRecord &record) override;
    void upsertFriend(const PersonRecord &record) override;
    /// Stores a file the export holds without an owner; a memory that refers to @p relPath, now
    /// or in a later import, is linked to it.
    bool addLooseFile(const QString &absPath, const QString &relPath) override;
    bool addCheckedLooseFile(const QString &absPath, const QString &relPath,
                             const QString &expectedSha256) override;
    void keepTag(const QString &path, const QString &color) override;
    bool nameKeptFile(const QString &relPath, const QString &sha256) override;
    void prefetch(const QStringList &absPaths, bool soon = true) override
    {
        m_vault.prefetch(absPaths, soon);
    }
    std::optional<HandledDataFile> handledDataFile(const QString &absPath, int version) override;
    void rememberDataFile(const QString &absPath, const FileStamp &before, int version, int records,
                          const QJsonObject &detail) override;
    bool mediaUnchanged(const QString &absPath) override;
    /// Off by default only when KEEPSAKE_NO_PREFETCH is set (to compare with and without).
    void setPrefetchEnabled(bool enabled) { m_vault.setPrefetchEnabled(enabled); }
    const FilePreparer *preparer() const { return m_vault.preparer(); }

    /// Normalised text used to match the same item across sources that carry no ids.
    static QString normaliseForMatch(const QString &text);
    /// kind|minute|hash — the match key stored in memories.match_key.
    static QString matchKey(MemoryKind kind, qint64 created, const QString &text);

private:
    bool writeRecord(const MemoryRecord &record, QString key, const QString &matchKeyValue,
                     UpsertResult *result);
    qint64 findMemory(const MemoryRecord &record, const QString &matchKeyValue, QString *existingKey);
    qint64 insertMemory(const MemoryRecord &record, const QString &key, const QString &matchKeyValue);
    bool mergeInto(qint64 memoryId, const MemoryRecord &record, bool preferNew, bool *changed);
    bool addSourceRecord(qint64 memoryId, const MemoryRecord &record, bool *added);
    /// The search index follows at the commit, for the memories the batch added or changed.
    void queueIndex(qint64 memoryId, bool added, bool hasComments, bool hasPeople);
    bool flushIndex();
    void recordProblemsHere();
    void maybeCommit();
    bool commit();
    /// Checkpoints go back to the connection itself (the end of the import).
    void stopCheckpointer();

    std::unique_ptr<ImportContext> m_ownContext;
    ImportContext &m_context;
    Database &m_database;
    QSqlDatabase m_db;
    StatementCache m_stmt;
    WriteSession m_session;
    MediaVault m_vault;
    PeopleAlbums m_people;
    MemoryRelations m_relations;
    ProblemLog m_problems;
    ArchivedStateWriter m_archived;
    MemoryIndexer *m_indexer = nullptr;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    QString m_accountUin;
    ImportReport m_committed; ///< counters as of the last commit that succeeded
    QElapsedTimer m_commitTimer;
    int m_pendingWrites = 0;
    bool m_inTransaction = false;
    bool m_freshMemory = false;            ///< the record being written was just inserted
    QHash<QString, qint64> m_freshAvatars; ///< QQ number → media id of avatars this import stored
    struct PendingIndex
    {
        bool added = false; ///< inserted by this batch (no index entry yet)
        bool hasComments = false;
        bool hasPeople = false;
        bool changedSince = false; ///< changed again by a later record of the batch
    };
    QHash<qint64, PendingIndex> m_pendingIndex; ///< memories to index at the next commit
    QList<qint64> m_pendingIndexOrder;
};

} // namespace ks
