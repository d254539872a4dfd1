// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediavault.h"

#include "filepreparer.h"
#include "library/database.h"
#include "util/sha256.h"
#include "writesession.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <optional>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace ks {

namespace {

QString statusName(MediaInfo::Status status)
{
    switch (status) {
    case MediaInfo::Status::Damaged:
        return QStringLiteral("damaged");
    case MediaInfo::Status::Placeholder:
        return QStringLiteral("placeholder");
    default:
        return QStringLiteral("ok");
    }
}

} // namespace

/// One file's bytes on their way in: hashed, and either in memory or staged in a temporary file.
struct MediaVault::Bytes
{
    QString sha;
    qint64 size = 0;
    FileStamp stamp; ///< the source's before it was read
    QByteArray content;
    QString tempPath;
    std::optional<MediaInfo> info;
    void dropTemp()
    {
        if (!tempPath.isEmpty())
            QFile::remove(tempPath);
        tempPath.clear();
    }
};

MediaVault::MediaVault(WriteSession &session) : m_session(session), m_handled(session)
{
    m_prefetchEnabled = qEnvironmentVariableIsEmpty("KEEPSAKE_NO_PREFETCH");
}

MediaVault::~MediaVault()
{
    stopPreparer();
}

QString MediaVault::incomingDir() const
{
    return m_session.database.vaultDir() + QStringLiteral("/.incoming");
}

void MediaVault::removeStaleIncoming()
{
    // A running import's files are fresh; older ones were left by an import that was killed.
    const QFileInfoList stale = QDir(incomingDir()).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : stale) {
        if (file.lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
            QFile::remove(file.absoluteFilePath());
    }
}

void MediaVault::prefetch(const QStringList &absPaths, bool soon)
{
    if (!m_prefetchEnabled || absPaths.isEmpty() || m_session.context.isCancelled())
        return;
    QStringList wanted;
    wanted.reserve(absPaths.size());
    for (const QString &path : absPaths) {
        if (!m_handled.trustedMedia(path))
            wanted << path;
    }
    if (wanted.isEmpty())
        return;
    if (!m_preparer)
        m_preparer = std::make_unique<FilePreparer>(m_session.database, m_session.context.cancelFlag());
    m_preparer->prefetch(wanted, soon);
}

void MediaVault::setPrefetchEnabled(bool enabled)
{
    m_prefetchEnabled = enabled;
    if (!enabled)
        stopPreparer();
}

void MediaVault::stopPreparer()
{
    m_preparer.reset(); // stops the worker and removes temporary files nobody took
}

void MediaVault::syncIfDirty()
{
#ifdef Q_OS_LINUX
    // One syncfs() per batch costs far less than an fsync() per file.
    if (m_dirty) {
        const int fd =
            ::open(QFile::encodeName(m_session.database.vaultDir()).constData(), O_RDONLY | O_DIRECTORY);
        if (fd >= 0) {
            ::syncfs(fd);
            ::close(fd);
        }
    }
#endif
    m_dirty = false;
}

bool MediaVault::readBytes(const QString &absPath, const QString &memoryKey, Bytes &bytes)
{
    ImportContext &ctx = m_session.context;
    if (m_preparer) {
        if (std::optional<PreparedFile> prepared = m_preparer->take(absPath)) {
            // Anything unusual (a failure, a file changed since) is redone below, which also
            // reports it exactly as without the preparer.
            if (prepared->state != PreparedFile::State::Failed && FileStamp::of(absPath) == prepared->stamp) {
                bytes.sha = prepared->sha256;
                bytes.size = prepared->size;
                bytes.stamp = prepared->stamp;
                if (prepared->state == PreparedFile::State::New) {
                    bytes.tempPath = prepared->tempPath;
                    bytes.info = prepared->info;
                }
                ctx.report().bytes += bytes.size;
                return true;
            }
            if (!prepared->tempPath.isEmpty())
                QFile::remove(prepared->tempPath);
        }
    }
    bytes.stamp = FileStamp::of(absPath);
    const QFileInfo info(absPath);
    if (!info.exists()) {
        ctx.reportProblem(absPath, QStringLiteral("vanished"),
                          QStringLiteral("the file disappeared during the import"), memoryKey);
        return false;
    }
    if (!info.isFile()) {
        // A FIFO or device would block or never end: not a picture anyone saved.
        ctx.reportProblem(absPath, QStringLiteral("skipped"),
                          QStringLiteral("not a regular file (a pipe, device or socket); skipped"),
                          memoryKey);
        return false;
    }
    QFile source(absPath);
    if (!source.open(QIODevice::ReadOnly)) {
        ctx.reportProblem(absPath, QStringLiteral("unreadable"),
                          QStringLiteral("cannot read the file: %1").arg(source.errorString()), memoryKey);
        return false;
    }
    if (source.size() == 0) {
        ctx.reportProblem(absPath, QStringLiteral("zero-byte"), QStringLiteral("the file is empty (0 bytes)"),
                          memoryKey);
        return false;
    }
    // One read of the source, like `cp` + `sha256sum`: small files are hashed in memory and only
    // written when the vault does not have them yet; big ones stream through a temporary file.
    HashedFile hashed = readAndHash(source, source.size(), incomingDir());
    source.close();
    if (!hashed.ok) {
        if (!hashed.tempPath.isEmpty())
            QFile::remove(hashed.tempPath);
        ctx.reportProblem(absPath, QStringLiteral("unreadable"),
                          QStringLiteral("reading the file failed part-way"), memoryKey);
        return false;
    }
    bytes.sha = hashed.sha256;
    bytes.size = hashed.size;
    bytes.content = std::move(hashed.content);
    bytes.tempPath = hashed.tempPath;
    ctx.report().bytes += bytes.size;
    return true;
}

bool MediaVault::stage(Bytes &bytes)
{
    if (!bytes.tempPath.isEmpty())
        return true;
    if (bytes.content.isEmpty() && bytes.size > 0)
        return false; // the preparer saw known bytes and kept none: the caller re-reads
    bytes.tempPath = FilePreparer::newTempPath(incomingDir());
    QFile temp(bytes.tempPath);
    if (temp.open(QIODevice::WriteOnly) && temp.write(bytes.content) == bytes.content.size() && temp.flush())
        return true;
    const QString why = temp.errorString();
    temp.close();
    bytes.dropTemp();
    m_session.context.failLibrary(QStringLiteral("cannot write into the vault (%1)").arg(why));
    return false;
}

MediaVault::Stored MediaVault::store(const QString &absPath, const QString &relPath, const QString &memoryKey,
                                     const QString &expectedSha256)
{
    ImportContext &ctx = m_session.context;
    ctx.noteCurrentFile(absPath);
    if (!ctx.checkInsideBoundary(absPath, memoryKey))
        return {};
    if (expectedSha256.isEmpty()) {
        // Stored from this very file state by a finished import, and the vault's copy is as it
        // was: the same answer as reading and hashing it again.
        if (const qint64 known = m_handled.trustedMedia(absPath)) {
            ++ctx.report().filesSkipped;
            rememberSourceFile(relPath, known);
            return Stored{known, true};
        }
    }
    Bytes bytes;
    if (!readBytes(absPath, memoryKey, bytes))
        return {};
    if (!expectedSha256.isEmpty() && bytes.sha != expectedSha256.toLower()) {
        // The source said what the bytes must be (an archive's checksum): these are others.
        ctx.reportProblem(absPath, QStringLiteral("corrupt"),
                          QStringLiteral("the file has changed since it was archived (its SHA-256 is %1, the "
                                         "archive recorded %2); it was not imported")
                              .arg(bytes.sha, expectedSha256.toLower()),
                          memoryKey);
        bytes.dropTemp();
        return {};
    }
    const Stored stored = storeBytes(absPath, relPath, memoryKey, bytes);
    bytes.dropTemp();
    if (stored.present && ctx.libraryError().isEmpty())
        m_handled.rememberMedia(absPath, bytes.stamp, stored.id);
    return stored;
}

MediaVault::Stored MediaVault::storeBytes(const QString &absPath, const QString &relPath,
                                          const QString &memoryKey, Bytes &bytes)
{
    auto reread = [&] {
        // The preparer left no bytes to work with (it found them known then): read them now.
        const qint64 counted = bytes.size;
        bytes = Bytes();
        const bool ok = readBytes(absPath, memoryKey, bytes);
        m_session.context.report().bytes -= counted;
        return ok;
    };
    StatementCache::Query q(m_session.stmt);
    q = m_session.stmt(QStringLiteral("SELECT id, vault_path, status FROM media WHERE sha256 = ?"));
    q.addBindValue(bytes.sha);
    if (!m_session.run(q))
        return {};
    if (q.next()) {
        Stored result{q.value(0).toLongLong(), true};
        const QString vaultFile = m_session.database.libraryDir() + QLatin1Char('/') + q.value(1).toString();
        const QString status = q.value(2).toString();
        q.finish();
        // The bytes are kept once, but every file that holds damaged bytes is named: the person
        // must learn about each copy, not only about the first one.
        if (status == QLatin1String("damaged") || status == QLatin1String("placeholder")) {
            MediaInfo info = bytes.info ? *bytes.info : probeMedia(absPath);
            if (status == QLatin1String("placeholder") && info.status == MediaInfo::Status::Ok) {
                // Told by a name, not by the bytes: this copy's name may not show it.
                info.status = MediaInfo::Status::Placeholder;
                info.problem = QStringLiteral("QQ's small \"image missing\" picture, not the real photo");
            }
            reportDamage(absPath, memoryKey, info, result.id);
        }
        const bool lost = !QFileInfo::exists(vaultFile);
        if (lost || vaultCopyDamaged(vaultFile, bytes.sha, bytes.size)) {
            // Heal a vault file lost or damaged since (deleted or written over by hand): these
            // are the right bytes. rename() replaces a damaged copy in one step.
            if (!stage(bytes) && !(reread() && stage(bytes)))
                return {};
            QDir().mkpath(QFileInfo(vaultFile).absolutePath());
            if (std::rename(QFile::encodeName(bytes.tempPath).constData(),
                            QFile::encodeName(vaultFile).constData()) != 0) {
                m_session.context.failLibrary(
                    QStringLiteral("cannot move a file into the vault (%1)").arg(vaultFile));
                return {};
            }
            bytes.tempPath.clear();
            m_dirty = true;
        }
        rememberSourceFile(relPath, result.id);
        return result;
    }
    q.finish();
    if (!stage(bytes) && !(reread() && stage(bytes)))
        return {};
    return addNew(absPath, relPath, memoryKey, bytes);
}

MediaVault::Stored MediaVault::addNew(const QString &absPath, const QString &relPath,
                                      const QString &memoryKey, Bytes &bytes)
{
    ImportContext &ctx = m_session.context;
    MediaInfo info = bytes.info                ? *bytes.info
                     : bytes.content.isEmpty() ? probeMedia(absPath)
                                               : probeMediaBytes(absPath, bytes.content);
    // QQ's "image missing" GIF is told by the name the export gave it (a .jpeg name), which is
    // not always the file's own (a Keepsake archive names its files by their SHA-256).
    if (info.status == MediaInfo::Status::Ok && !relPath.isEmpty() &&
        looksLikeQQPlaceholder(relPath, info.mime, bytes.size)) {
        info.status = MediaInfo::Status::Placeholder;
        info.problem = QStringLiteral("QQ's small \"image missing\" picture, not the real photo");
    }
    const QString extension = info.extension.isEmpty() ? QStringLiteral("bin") : info.extension;
    const QString relVault = QStringLiteral("vault/%1/%2.%3").arg(bytes.sha.left(2), bytes.sha, extension);
    const QString vaultFile = m_session.database.libraryDir() + QLatin1Char('/') + relVault;
    // vault/ab/ is made once per import (then only again should a rename find it gone).
    const QString vaultSubdir = QFileInfo(vaultFile).absolutePath();
    if (!m_vaultDirsMade.contains(vaultSubdir)) {
        QDir().mkpath(vaultSubdir);
        m_vaultDirsMade.insert(vaultSubdir);
    }
    if (QFileInfo::exists(vaultFile)) {
        bytes.dropTemp(); // left by an import that was killed before it committed: same bytes
    } else if (QFile::rename(bytes.tempPath, vaultFile) ||
               (QDir().mkpath(vaultSubdir) && QFile::rename(bytes.tempPath, vaultFile))) {
        bytes.tempPath.clear();
    } else {
        ctx.failLibrary(QStringLiteral("cannot move a file into the vault (%1)").arg(vaultFile));
        return {};
    }
    m_dirty = true;

    StatementCache::Query q(m_session.stmt);
    q = m_session.stmt(
        QStringLiteral("INSERT INTO media (sha256, vault_path, mime, size, width, height, duration_ms, "
                       "taken_local, camera_make, camera_model, orientation, gps_lat, gps_lon, status) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(bytes.sha);
    q.addBindValue(relVault);
    q.addBindValue(nullableText(info.mime));
    q.addBindValue(bytes.size);
    q.addBindValue(info.width > 0 ? QVariant(info.width) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(info.height > 0 ? QVariant(info.height) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(info.durationMs > 0 ? QVariant(info.durationMs)
                                       : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(nullableText(info.takenLocal));
    q.addBindValue(nullableText(info.cameraMake));
    q.addBindValue(nullableText(info.cameraModel));
    q.addBindValue(info.orientation > 0 ? QVariant(info.orientation) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(info.gpsLatitude ? QVariant(*info.gpsLatitude) : QVariant(QMetaType(QMetaType::Double)));
    q.addBindValue(info.gpsLongitude ? QVariant(*info.gpsLongitude) : QVariant(QMetaType(QMetaType::Double)));
    q.addBindValue(statusName(info.status));
    if (!m_session.run(q))
        return {};
    const Stored result{q.lastInsertId().toLongLong(), true};
    ++ctx.report().mediaStored;
    reportDamage(absPath, memoryKey, info, result.id);
    rememberSourceFile(relPath, result.id);
    return result;
}

bool MediaVault::vaultCopyDamaged(const QString &vaultFile, const QString &sha256, qint64 size) const
{
    const FileStamp vault = FileStamp::of(vaultFile);
    if (!vault.valid())
        return false; // not a regular file: left alone, as before
    if (vault.size != size)
        return true;
    if (!m_handled.vaultSuspect(sha256))
        return false; // the usual case: not read again
    // Changed since it was checked, same size: only its bytes can tell.
    QFile file(vaultFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    Sha256 hash;
    QByteArray block;
    while (!(block = file.read(qint64(1) << 20)).isEmpty())
        hash.addData(block);
    return QString::fromLatin1(hash.result().toHex()) != sha256;
}

void MediaVault::reportDamage(const QString &absPath, const QString &memoryKey, const MediaInfo &info,
                              qint64 mediaId)
{
    ImportContext &ctx = m_session.context;
    if (info.status == MediaInfo::Status::Damaged)
        ctx.reportProblem(absPath, QStringLiteral("corrupt"),
                          QStringLiteral("%1 — kept in the vault as it is").arg(info.problem), memoryKey,
                          mediaId);
    else if (info.status == MediaInfo::Status::Placeholder)
        ctx.reportProblem(absPath, QStringLiteral("placeholder"), info.problem, memoryKey, mediaId);
}

qint64 MediaVault::knownSourceFile(const QString &relPath)
{
    if (relPath.isEmpty() || !m_session.accountId)
        return 0;
    StatementCache::Query q(m_session.stmt);
    q = m_session.stmt(
        QStringLiteral("SELECT media_id FROM source_files WHERE account_id = ? AND rel_path = ?"));
    q.addBindValue(m_session.accountId);
    q.addBindValue(normalisedRelPath(relPath));
    if (m_session.run(q) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

void MediaVault::rememberSourceFile(const QString &relPath, qint64 mediaId)
{
    if (relPath.isEmpty() || !m_session.accountId || !mediaId)
        return;
    StatementCache::Query q(m_session.stmt);
    q = m_session.stmt(
        QStringLiteral("INSERT INTO source_files (account_id, rel_path, media_id) VALUES (?, ?, ?) "
                       "ON CONFLICT(account_id, rel_path) DO UPDATE SET media_id = excluded.media_id"));
    q.addBindValue(m_session.accountId);
    q.addBindValue(normalisedRelPath(relPath));
    q.addBindValue(mediaId);
    m_session.run(q);
}

qint64 MediaVault::createMissing()
{
    StatementCache::Query q(m_session.stmt);
    if (!q.exec(QStringLiteral("INSERT INTO media (status) VALUES ('missing')"))) {
        m_session.fail(q.lastError());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool MediaVault::insertLink(qint64 memoryId, int position, qint64 mediaId, const MediaRef &ref)
{
    StatementCache::Query q(m_session.stmt);
    q = m_session.stmt(
        QStringLiteral("INSERT INTO memory_media (memory_id, position, media_id, role, original_name, "
                       "source_path) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(memoryId);
    q.addBindValue(position);
    q.addBindValue(mediaId);
    q.addBindValue(ref.role);
    q.addBindValue(nullableText(ref.originalName));
    q.addBindValue(nullableText(ref.relPath));
    return m_session.run(q);
}

bool MediaVault::replaceMissing(qint64 memoryId, int position, qint64 missingId, qint64 mediaId)
{
    StatementCache::Query q(m_session.stmt);
    q = m_session.stmt(
        QStringLiteral("UPDATE memory_media SET media_id = ? WHERE memory_id = ? AND position = ?"));
    q.addBindValue(mediaId);
    q.addBindValue(memoryId);
    q.addBindValue(position);
    if (!m_session.run(q))
        return false;
    // The placeholder row for the missing file (and its problem) is no longer needed.
    q = m_session.stmt(QStringLiteral("DELETE FROM media WHERE id = ? AND status = 'missing' AND NOT EXISTS "
                                      "(SELECT 1 FROM memory_media WHERE media_id = ?)"));
    q.addBindValue(missingId);
    q.addBindValue(missingId);
    return m_session.run(q);
}

bool MediaVault::linkMedia(qint64 memoryId, const MemoryRecord &record, const QString &memoryKey,
                           bool freshMemory)
{
    ImportContext &ctx = m_session.context;
    bool changed = false;
    for (int position = 0; position < record.media.size() && !ctx.isCancelled(); ++position) {
        const MediaRef &ref = record.media.at(position);
        Stored found;
        bool fileRejected = false;
        if (!ref.filePath.isEmpty() && QFileInfo::exists(ref.filePath)) {
            found = store(ref.filePath, ref.relPath, memoryKey, record.archived.mediaSha256.value(position));
            fileRejected = !found.present;
        } else if (const qint64 known = knownSourceFile(ref.relPath)) {
            found = Stored{known, true};
        }

        qint64 existingMedia = 0;
        bool existingMissing = false;
        if (!freshMemory) {
            StatementCache::Query q(m_session.stmt);
            q = m_session.stmt(QStringLiteral(
                "SELECT mm.media_id, m.status FROM memory_media mm JOIN media m ON m.id = mm.media_id "
                "WHERE mm.memory_id = ? AND mm.position = ?"));
            q.addBindValue(memoryId);
            q.addBindValue(position);
            if (!m_session.run(q))
                return changed;
            if (q.next()) {
                existingMedia = q.value(0).toLongLong();
                existingMissing = q.value(1).toString() == QLatin1String("missing");
            }
            q.finish();
        }

        if (found.present) {
            ++m_presentSeen;
            if (existingMedia == found.id || (existingMedia && !existingMissing))
                continue; // a file found earlier stays attached; never swap the user's bytes
            if (existingMedia ? replaceMissing(memoryId, position, existingMedia, found.id)
                              : insertLink(memoryId, position, found.id, ref))
                changed = true;
            continue;
        }
        if (existingMedia)
            continue; // still missing, already known (or present from an earlier import)
        const qint64 missingId = createMissing();
        if (!missingId || !insertLink(memoryId, position, missingId, ref))
            return changed;
        changed = true;
        ++ctx.report().mediaMissing;
        // A link-only reference (remote URL, no path) names no file the export should hold.
        if (!fileRejected && !(ref.filePath.isEmpty() && ref.relPath.isEmpty())) {
            const QString file = !ref.filePath.isEmpty() ? ref.filePath : ref.relPath;
            ctx.reportProblem(file, QStringLiteral("missing"),
                              QStringLiteral("the export names this %1 but the file is not in the folder")
                                  .arg(ref.role == QLatin1String("video") ? QStringLiteral("video")
                                                                          : QStringLiteral("picture")),
                              memoryKey, missingId);
        }
    }
    return changed;
}

qint64 MediaVault::nameFile(const QString &relPath, const QString &sha256)
{
    if (relPath.isEmpty() || sha256.isEmpty())
        return 0;
    StatementCache::Query q(m_session.stmt);
    q = m_session.stmt(QStringLiteral("SELECT id FROM media WHERE sha256 = ?"));
    q.addBindValue(sha256.toLower());
    if (!m_session.run(q) || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    rememberSourceFile(relPath, id);
    return id;
}

int MediaVault::fillWaitingLinks(const QString &relPath, qint64 mediaId)
{
    ++m_presentSeen;
    StatementCache::Query q(m_session.stmt);
    q = m_session.stmt(QStringLiteral(
        "SELECT mm.memory_id, mm.position, mm.media_id FROM memory_media mm JOIN media m ON m.id = "
        "mm.media_id JOIN memories mem ON mem.id = mm.memory_id WHERE m.status = 'missing' AND "
        "mem.account_id = ? AND lower(mm.source_path) = ?"));
    q.addBindValue(m_session.accountId);
    q.addBindValue(normalisedRelPath(relPath));
    if (!m_session.run(q))
        return 0;
    QList<std::tuple<qint64, int, qint64>> fills;
    while (q.next())
        fills.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toLongLong()});
    q.finish();
    int filled = 0;
    for (const auto &[memoryId, position, missingId] : fills) {
        if (replaceMissing(memoryId, position, missingId, mediaId))
            ++filled;
    }
    return filled;
}

} // namespace ks
