// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarywriter.h"

#include "exporterfiles.h"
#include "library/database.h"
#include "library/librarychanges.h"
#include "library/memoryindexer.h"
#include "library/sqliteraw.h"
#include "library/storedsearch.h"
#include "library/walcheckpointer.h"
#include "util/sha256.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ks {

namespace {

// A commit writes every page its batch touched into the WAL; the memories' keys land on random
// pages, so small batches wrote the same pages many times (25k bench tree, four interleaved
// imports: 2.05 s at 1,200 against 2.12 s at 400 and 2.07 s at 3,000). The clock still commits at
// least every 1.5 s, for the wall that shows the import as it goes.
constexpr int kCommitEveryWrites = 1200;
constexpr int kCommitEveryMs = 1500;

void keepCounters(ImportReport &into, const ImportReport &from)
{
    into.added = from.added;
    into.updated = from.updated;
    into.unchanged = from.unchanged;
    into.mediaStored = from.mediaStored;
    into.mediaMissing = from.mediaMissing;
    into.filesSkipped = from.filesSkipped;
    into.dataFilesSkipped = from.dataFilesSkipped;
}

} // namespace

LibraryWriter::LibraryWriter(Database &database, ImportContext &context, MemoryIndexer *indexer)
    : m_context(context), m_database(database), m_db(database.connection()), m_stmt(m_db),
      m_session(database, m_stmt, context), m_vault(m_session), m_people(m_session),
      m_relations(m_session, m_people), m_problems(m_session), m_archived(m_session), m_indexer(indexer)
{
    recordProblemsHere();
}

LibraryWriter::LibraryWriter(Database &database, const QString &sourcePath, MemoryIndexer *indexer)
    : m_ownContext(std::make_unique<ImportContext>(sourcePath)), m_context(*m_ownContext),
      m_database(database), m_db(database.connection()), m_stmt(m_db),
      m_session(database, m_stmt, *m_ownContext), m_vault(m_session), m_people(m_session),
      m_relations(m_session, m_people), m_problems(m_session), m_archived(m_session), m_indexer(indexer)
{
    recordProblemsHere();
}

void LibraryWriter::recordProblemsHere()
{
    m_context.setProblemRecorder([this](const ImportProblem &p, qint64 mediaId) {
        if (m_inTransaction)
            m_problems.record(p, mediaId);
    });
    m_context.setSourceKeeper([this](const QString &path) {
        if (m_inTransaction && m_context.libraryError().isEmpty())
            m_vault.store(path, QString(), QString());
    });
}

LibraryWriter::~LibraryWriter()
{
    m_vault.stopPreparer();
    if (m_inTransaction && m_pendingWrites > 0 && m_context.libraryError().isEmpty())
        commit();
    if (m_inTransaction)
        m_db.rollback();
    stopCheckpointer();
    m_context.setProblemRecorder({});
    m_context.setSourceKeeper({});
}

bool LibraryWriter::begin(QString *error)
{
    StatementCache::Query q(m_stmt);
    q = m_stmt(QStringLiteral("INSERT INTO imports (source_path, started) VALUES (?, ?)"));
    q.addBindValue(textOrEmpty(m_context.report().sourcePath));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = describeLibraryError(q.lastError());
        return false;
    }
    m_session.importId = q.lastInsertId().toLongLong();
    m_vault.removeStaleIncoming();
    // Copying the commits into the database file was an eighth of this thread's time.
    m_checkpointer = std::make_unique<WalCheckpointer>(m_database.databasePath(), sqliteHandle(m_db));
    m_commitTimer.start();
    if (!m_db.transaction()) {
        if (error)
            *error = describeLibraryError(m_db.lastError());
        return false;
    }
    m_inTransaction = true;
    return true;
}

bool LibraryWriter::commit()
{
    if (!m_inTransaction)
        return false;
    if (m_indexer && m_context.libraryError().isEmpty())
        flushIndex();
    m_pendingIndex.clear();
    m_pendingIndexOrder.clear();
    // The database must never reference vault bytes that are not on disk yet.
    m_vault.syncIfDirty();
    m_stmt.finishAll();
    // Memories added or changed: what the search engine stored of them is stale, and goes in
    // the same transaction (0011, 0012).
    const ImportReport &report = m_context.report();
    if (m_context.libraryError().isEmpty() &&
        (report.added != m_committed.added || report.updated != m_committed.updated)) {
        QString error;
        if (!forgetStoredSearch(m_db, &error))
            m_context.failLibrary(error);
    }
    const bool ok = m_context.libraryError().isEmpty() && m_db.commit();
    if (!ok) {
        if (m_context.libraryError().isEmpty())
            m_context.failLibrary(describeLibraryError(m_db.lastError()));
        // What was not committed is not counted: the report says what the library holds.
        m_db.rollback();
        m_inTransaction = false;
        keepCounters(m_context.report(), m_committed);
        return false;
    }
    keepCounters(m_committed, m_context.report());
    m_pendingWrites = 0;
    m_commitTimer.restart();
    m_inTransaction = m_db.transaction();
    if (!m_inTransaction)
        m_context.failLibrary(describeLibraryError(m_db.lastError()));
    return m_inTransaction;
}

void LibraryWriter::stopCheckpointer()
{
    m_checkpointer.reset(); // its last checkpoint done; the connection checkpoints itself again
}

void LibraryWriter::maybeCommit()
{
    ++m_pendingWrites;
    if (m_pendingWrites >= kCommitEveryWrites || m_commitTimer.elapsed() > kCommitEveryMs)
        commit();
}

ImportReport LibraryWriter::finish()
{
    const ChangeNote note(m_db, LibraryChanges::Everything); // whatever this import committed
    m_vault.stopPreparer();                                  // nothing is stored after this point
    ImportReport &report = m_context.report();
    report.cancelled = m_context.cancelRequested();
    if (m_inTransaction && m_context.libraryError().isEmpty()) {
        if (m_session.accountId)
            m_people.linkAvatars(m_freshAvatars);
        m_problems.summariseMissingMedia(m_accountUin, m_vault.presentSeen());
        StatementCache::Query q(m_stmt);
        q = m_stmt(QStringLiteral("UPDATE imports SET finished = ?, status = ?, source_kind = ?, added = ?, "
                                  "updated = ?, unchanged = ?, report_json = ? WHERE id = ?"));
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
        q.addBindValue(report.cancelled
                           ? QStringLiteral("cancelled")
                           : (report.failed ? QStringLiteral("failed") : QStringLiteral("done")));
        q.addBindValue(report.formats.join(QLatin1Char(',')));
        q.addBindValue(report.added);
        q.addBindValue(report.updated);
        q.addBindValue(report.unchanged);
        q.addBindValue(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)));
        q.addBindValue(m_session.importId);
        m_session.run(q);
        if (commit()) {
            m_stmt.finishAll();
            m_db.commit(); // the empty transaction commit() opened
            m_inTransaction = false;
        }
    }
    stopCheckpointer();
    if (!m_context.libraryError().isEmpty()) {
        if (m_inTransaction) {
            m_db.rollback();
            m_inTransaction = false;
            keepCounters(report, m_committed);
        }
        report.failed = true;
        report.error =
            QStringLiteral("%1: the import stopped: %2").arg(report.sourcePath, m_context.libraryError());
    }
    m_context.emitProgress(true);
    return report;
}

bool LibraryWriter::setAccount(const QString &uin, const QString &nickname)
{
    if (uin.isEmpty() || !m_inTransaction)
        return false;
    if (m_session.accountId && uin != m_accountUin) { // the last account's avatars, before leaving it
        m_people.linkAvatars(m_freshAvatars);
        m_freshAvatars.clear();
    }
    StatementCache::Query q(m_stmt);
    q = m_stmt(
        QStringLiteral("INSERT INTO accounts (uin, nickname) VALUES (?, ?) ON CONFLICT(uin) DO UPDATE SET "
                       "nickname = COALESCE(excluded.nickname, accounts.nickname)"));
    q.addBindValue(uin);
    q.addBindValue(nullableText(nickname));
    if (!m_session.run(q))
        return false;
    q = m_stmt(QStringLiteral("SELECT id FROM accounts WHERE uin = ?"));
    q.addBindValue(uin);
    if (!m_session.run(q) || !q.next())
        return false;
    m_session.accountId = q.value(0).toLongLong();
    q.finish();
    m_accountUin = uin;
    m_people.accountChanged();
    if (!nickname.isEmpty())
        m_people.personId(PersonRef{uin, nickname}, kNoTime);
    return m_context.libraryError().isEmpty();
}

void LibraryWriter::setAccountProfile(const QString &key, const QJsonValue &value)
{
    if (!m_session.accountId || value.isUndefined())
        return;
    StatementCache::Query q(m_stmt);
    q = m_stmt(QStringLiteral("SELECT profile_json FROM accounts WHERE id = ?"));
    q.addBindValue(m_session.accountId);
    if (!m_session.run(q))
        return;
    QJsonObject profile;
    if (q.next())
        profile = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    if (profile.value(key) == value)
        return;
    profile.insert(key, value);
    q = m_stmt(QStringLiteral("UPDATE accounts SET profile_json = ? WHERE id = ?"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Compact)));
    q.addBindValue(m_session.accountId);
    m_session.run(q);
}

QString LibraryWriter::normaliseForMatch(const QString &text)
{
    return ks::normaliseForMatch(text);
}

QString LibraryWriter::matchKey(MemoryKind kind, qint64 created, const QString &text)
{
    const QString normalised = normaliseForMatch(text);
    if (created == kNoTime || normalised.isEmpty())
        return QString();
    return QStringLiteral("%1|%2|%3")
        .arg(memoryKindName(kind))
        .arg(created / 60)
        .arg(sha1Hex(normalised).left(20));
}

void LibraryWriter::upsertFriend(const PersonRecord &record)
{
    if (m_context.libraryError().isEmpty() && m_people.writeFriend(record))
        maybeCommit();
}

bool LibraryWriter::addLooseFile(const QString &absPath, const QString &relPath)
{
    return addCheckedLooseFile(absPath, relPath, QString());
}

void LibraryWriter::keepTag(const QString &path, const QString &color)
{
    if (m_inTransaction && m_context.libraryError().isEmpty() && m_archived.keepTag(path, color))
        maybeCommit();
}

bool LibraryWriter::nameKeptFile(const QString &relPath, const QString &sha256)
{
    if (!m_session.accountId || !m_inTransaction || !m_context.libraryError().isEmpty())
        return false;
    const qint64 id = m_vault.nameFile(relPath, sha256);
    if (!id)
        return false;
    ++m_context.report().filesKept;
    if (const QString uin = exporterfiles::avatarUin(relPath.toLower()); !uin.isEmpty())
        m_freshAvatars.insert(uin, id);
    m_context.report().updated += m_vault.fillWaitingLinks(relPath, id);
    maybeCommit();
    return m_context.libraryError().isEmpty();
}

bool LibraryWriter::addCheckedLooseFile(const QString &absPath, const QString &relPath,
                                        const QString &expectedSha256)
{
    if (!m_session.accountId || !m_context.libraryError().isEmpty())
        return false;
    const MediaVault::Stored stored = m_vault.store(absPath, relPath, QString(), expectedSha256);
    if (!stored.present)
        return false;
    ++m_context.report().filesKept;
    if (const QString uin = exporterfiles::avatarUin(relPath.toLower()); !uin.isEmpty())
        m_freshAvatars.insert(uin, stored.id);
    // Fill memories from an earlier text-only import that named this path.
    m_context.report().updated += m_vault.fillWaitingLinks(relPath, stored.id);
    maybeCommit();
    return m_context.libraryError().isEmpty();
}

std::optional<HandledDataFile> LibraryWriter::handledDataFile(const QString &absPath, int version)
{
    if (!m_inTransaction || !m_context.libraryError().isEmpty())
        return std::nullopt;
    return m_vault.handled().trustedData(absPath, version);
}

void LibraryWriter::rememberDataFile(const QString &absPath, const FileStamp &before, int version,
                                     int records, const QJsonObject &detail)
{
    if (m_inTransaction && m_context.libraryError().isEmpty())
        m_vault.handled().rememberData(absPath, before, version, records, detail);
}

bool LibraryWriter::mediaUnchanged(const QString &absPath)
{
    return m_inTransaction && m_context.libraryError().isEmpty() &&
           m_vault.handled().trustedMedia(absPath) != 0;
}

} // namespace ks
