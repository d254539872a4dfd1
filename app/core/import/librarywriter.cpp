// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarywriter.h"

#include "filepreparer.h"
#include "library/database.h"
#include "media/mediaprobe.h"
#include "search/searchindex.h"
#include "sha256.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace ks {

namespace {

constexpr int kCommitEveryWrites = 400;
constexpr int kCommitEveryMs = 1500;

QString sha1Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString normalisedRelPath(QString relPath)
{
    relPath.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (relPath.startsWith(QLatin1String("./")))
        relPath.remove(0, 2);
    while (relPath.startsWith(QLatin1Char('/')))
        relPath.remove(0, 1);
    return QDir::cleanPath(relPath).toCaseFolded();
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableTime(qint64 t)
{
    return t == kNoTime ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(t);
}

bool isSyntheticKey(const QString &key)
{
    return key.contains(QLatin1String(":~"));
}

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

void addSearchDocument(StatementCache &statements, qint64 memoryId, bool hasComments, bool hasPeople)
{
    // A memory inserted just now has no index entry: plain inserts, no delete of an old one.
    const QString plain = searchableText(statements, memoryId, hasComments, hasPeople);
    StatementCache::Query q(statements);
    q = statements(QStringLiteral(
        "INSERT INTO search_docs (memory_id, plain) VALUES (?, ?) ON CONFLICT(memory_id) DO NOTHING"));
    q.addBindValue(memoryId);
    q.addBindValue(plain);
    if (!q.exec() || q.numRowsAffected() != 1) {
        // A row left by a deleted memory with the same id: rewrite it the general way.
        updateSearchDocument(statements, memoryId);
        return;
    }
    q = statements(QStringLiteral("INSERT INTO search_fts (rowid, segmented) VALUES (?, ?)"));
    q.addBindValue(memoryId);
    q.addBindValue(segmentForIndex(plain));
    if (!q.exec())
        updateSearchDocument(statements, memoryId); // an entry without its search_docs row
}

} // namespace

QJsonObject ImportReport::toJson() const
{
    QJsonArray problemArray;
    for (const ImportProblem &p : problems) {
        QJsonObject o{{QStringLiteral("file"), p.file},
                      {QStringLiteral("kind"), p.kind},
                      {QStringLiteral("message"), p.message}};
        if (!p.memoryKey.isEmpty())
            o.insert(QStringLiteral("memory"), p.memoryKey);
        problemArray.append(o);
    }
    return QJsonObject{{QStringLiteral("source"), sourcePath},
                       {QStringLiteral("formats"), QJsonArray::fromStringList(formats)},
                       {QStringLiteral("added"), added},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("files"), filesSeen},
                       {QStringLiteral("media_stored"), mediaStored},
                       {QStringLiteral("media_missing"), mediaMissing},
                       {QStringLiteral("bytes"), bytes},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("failed"), failed},
                       {QStringLiteral("error"), error},
                       {QStringLiteral("problems"), problemArray}};
}

LibraryWriter::LibraryWriter(Database &database, const QString &sourcePath)
    : m_database(database), m_db(database.connection()), m_stmt(m_db), m_sourcePath(sourcePath)
{
    m_report.sourcePath = sourcePath;
    m_prefetchEnabled = qEnvironmentVariableIsEmpty("KEEPSAKE_NO_PREFETCH");
}

LibraryWriter::~LibraryWriter()
{
    m_preparer.reset(); // stops the worker and removes temporary files nobody took
    if (m_db.isOpen() && m_pendingWrites > 0)
        commit();
}

bool LibraryWriter::begin(QString *error)
{
    StatementCache::Query q(m_stmt);
    q = m_stmt(QStringLiteral("INSERT INTO imports (source_path, started) VALUES (?, ?)"));
    q.addBindValue(m_sourcePath);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    m_importId = q.lastInsertId().toLongLong();
    // Temporary files of an import that was killed long ago; a running one's are fresh.
    const QFileInfoList stale =
        QDir(m_database.vaultDir() + QStringLiteral("/.incoming")).entryInfoList(QDir::Files);
    for (const QFileInfo &file : stale) {
        if (file.lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
            QFile::remove(file.absoluteFilePath());
    }
    m_progressTimer.start();
    m_commitTimer.start();
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    return true;
}

void LibraryWriter::commit()
{
#ifdef Q_OS_LINUX
    // The database must never reference vault bytes that are not on disk yet. One syncfs()
    // per batch costs far less than an fsync() per file.
    if (m_vaultDirty) {
        const int fd = ::open(QFile::encodeName(m_database.vaultDir()).constData(), O_RDONLY | O_DIRECTORY);
        if (fd >= 0) {
            ::syncfs(fd);
            ::close(fd);
        }
    }
#endif
    m_vaultDirty = false;
    m_stmt.finishAll();
    if (!m_db.commit())
        qWarning("keepsake: commit failed: %s", qPrintable(m_db.lastError().text()));
    m_pendingWrites = 0;
    m_commitTimer.restart();
    m_db.transaction();
}

void LibraryWriter::maybeCommit()
{
    ++m_pendingWrites;
    if (m_pendingWrites >= kCommitEveryWrites || m_commitTimer.elapsed() > kCommitEveryMs)
        commit();
}

void LibraryWriter::summariseMissingMedia()
{
    // A text-only export (the zip half of QZoneExport) names every picture and holds none: one
    // line saying so helps more than a hundred. The per-file rows are replaced by a summary that
    // disappears once no media of the account are missing any more.
    StatementCache::Query q(m_stmt);
    const QString summaryKey = QStringLiteral("#missing-summary:") + m_accountUin;
    if (!m_accountUin.isEmpty() && m_presentMediaSeen == 0 && m_report.mediaMissing > 1) {
        q = m_stmt(QStringLiteral(
            "DELETE FROM problems WHERE import_id = ? AND kind = 'missing' AND media_id IS NOT NULL"));
        q.addBindValue(m_importId);
        q.exec();
        const int missing = m_report.mediaMissing;
        QList<ImportProblem> kept;
        for (const ImportProblem &p : std::as_const(m_report.problems)) {
            if (p.kind != QLatin1String("missing"))
                kept << p;
        }
        m_report.problems = kept;
        reportProblem(
            m_sourcePath, QStringLiteral("missing"),
            QStringLiteral("%1 pictures and videos named by this export are not in it: it holds only the "
                           "text. Import the folder with the pictures (the media half of the same backup) "
                           "to fill them in.")
                .arg(missing),
            summaryKey);
    }
    // Summaries whose files have all arrived since are solved.
    q.exec(QStringLiteral("DELETE FROM problems WHERE kind = 'missing' AND memory_key LIKE "
                          "'#missing-summary:%' AND NOT EXISTS ("
                          "SELECT 1 FROM memory_media mm JOIN media md ON md.id = mm.media_id JOIN memories "
                          "m ON m.id = mm.memory_id "
                          "JOIN accounts a ON a.id = m.account_id WHERE md.status = 'missing' "
                          "AND a.uin = substr(problems.memory_key, 18))"));
}

void LibraryWriter::setPrefetchEnabled(bool enabled)
{
    m_prefetchEnabled = enabled;
    if (!enabled)
        m_preparer.reset();
}

void LibraryWriter::prefetch(const QStringList &absPaths, bool soon)
{
    if (!m_prefetchEnabled || absPaths.isEmpty() || isCancelled())
        return;
    if (!m_preparer)
        m_preparer = std::make_unique<FilePreparer>(m_database, m_cancel);
    m_preparer->prefetch(absPaths, soon);
}

QStringList LibraryWriter::mediaFilesOf(const QList<MemoryRecord> &records)
{
    QStringList files;
    for (const MemoryRecord &record : records) {
        for (const MediaRef &ref : record.media) {
            if (!ref.filePath.isEmpty())
                files << ref.filePath;
        }
    }
    return files;
}

ImportReport LibraryWriter::finish()
{
    m_preparer.reset(); // nothing is stored after this point
    summariseMissingMedia();
    m_report.cancelled = isCancelled();
    StatementCache::Query q(m_stmt);
    q = m_stmt(QStringLiteral(
        "UPDATE imports SET finished = ?, status = ?, source_kind = ?, added = ?, updated = ?, "
        "unchanged = ?, report_json = ? WHERE id = ?"));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(m_report.cancelled
                       ? QStringLiteral("cancelled")
                       : (m_report.failed ? QStringLiteral("failed") : QStringLiteral("done")));
    q.addBindValue(m_report.formats.join(QLatin1Char(',')));
    q.addBindValue(m_report.added);
    q.addBindValue(m_report.updated);
    q.addBindValue(m_report.unchanged);
    q.addBindValue(QString::fromUtf8(QJsonDocument(m_report.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(m_importId);
    q.exec();
    commit();
    m_db.commit();
    emitProgress(true);
    return m_report;
}

void LibraryWriter::noteCurrentFile(const QString &path)
{
    m_currentFile = path;
    ++m_report.filesSeen;
    emitProgress(false);
}

void LibraryWriter::addFormat(const QString &format)
{
    if (!m_report.formats.contains(format))
        m_report.formats << format;
}

void LibraryWriter::emitProgress(bool force)
{
    if (!m_progress)
        return;
    if (!force && m_progressTimer.elapsed() < 100)
        return;
    m_progressTimer.restart();
    m_progress(m_report, m_currentFile);
}

bool LibraryWriter::setAccount(const QString &uin, const QString &nickname)
{
    if (uin.isEmpty())
        return false;
    StatementCache::Query q(m_stmt);
    q = m_stmt(
        QStringLiteral("INSERT INTO accounts (uin, nickname) VALUES (?, ?) ON CONFLICT(uin) DO UPDATE SET "
                       "nickname = COALESCE(excluded.nickname, accounts.nickname)"));
    q.addBindValue(uin);
    q.addBindValue(nullableText(nickname));
    if (!q.exec())
        return false;
    q = m_stmt(QStringLiteral("SELECT id FROM accounts WHERE uin = ?"));
    q.addBindValue(uin);
    if (!q.exec() || !q.next())
        return false;
    m_accountId = q.value(0).toLongLong();
    m_accountUin = uin;
    m_albumByKey.clear();
    if (!nickname.isEmpty())
        personId(PersonRef{uin, nickname}, kNoTime);
    return true;
}

void LibraryWriter::setAccountProfile(const QString &key, const QJsonValue &value)
{
    if (!m_accountId || value.isUndefined())
        return;
    StatementCache::Query q(m_stmt);
    q = m_stmt(QStringLiteral("SELECT profile_json FROM accounts WHERE id = ?"));
    q.addBindValue(m_accountId);
    QJsonObject profile;
    if (q.exec() && q.next())
        profile = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    if (profile.value(key) == value)
        return;
    profile.insert(key, value);
    q = m_stmt(QStringLiteral("UPDATE accounts SET profile_json = ? WHERE id = ?"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Compact)));
    q.addBindValue(m_accountId);
    q.exec();
}

qint64 LibraryWriter::personId(const PersonRef &person, qint64 seenAt)
{
    if (!person.isValid())
        return 0;
    StatementCache::Query q(m_stmt);
    qint64 id = 0;
    if (!person.uin.isEmpty()) {
        id = m_personByUin.value(person.uin);
        if (!id) {
            q = m_stmt(QStringLiteral("SELECT id FROM people WHERE uin = ?"));
            q.addBindValue(person.uin);
            if (q.exec() && q.next())
                id = q.value(0).toLongLong();
        }
        if (!id) {
            q = m_stmt(QStringLiteral("INSERT INTO people (uin, name) VALUES (?, ?)"));
            q.addBindValue(person.uin);
            q.addBindValue(person.name);
            if (!q.exec())
                return 0;
            id = q.lastInsertId().toLongLong();
        }
        m_personByUin.insert(person.uin, id);
    } else {
        id = m_personByName.value(person.name);
        if (!id) {
            q = m_stmt(
                QStringLiteral("SELECT id FROM people WHERE name = ? ORDER BY uin IS NULL, id LIMIT 1"));
            q.addBindValue(person.name);
            if (q.exec() && q.next())
                id = q.value(0).toLongLong();
        }
        if (!id) {
            q = m_stmt(QStringLiteral("INSERT INTO people (uin, name) VALUES (NULL, ?)"));
            q.addBindValue(person.name);
            if (!q.exec())
                return 0;
            id = q.lastInsertId().toLongLong();
        }
        m_personByName.insert(person.name, id);
    }
    // Each (person, name) is written once per import unless a sighting widens its time range.
    if (!person.name.isEmpty()) {
        const auto rangeKey = qMakePair(id, person.name);
        auto known = m_nameRanges.find(rangeKey);
        if (known != m_nameRanges.end() &&
            (seenAt == kNoTime || (seenAt >= known->first && seenAt <= known->second)))
            return id;
        if (known == m_nameRanges.end())
            known = m_nameRanges.insert(rangeKey, qMakePair(seenAt, seenAt));
        else if (seenAt != kNoTime)
            *known = qMakePair(known->first == kNoTime ? seenAt : qMin(known->first, seenAt),
                               qMax(known->second, seenAt));
    }
    if (!person.name.isEmpty()) {
        // Remember every name; the newest one seen becomes the display name.
        q = m_stmt(QStringLiteral(
            "INSERT INTO person_names (person_id, name, first_seen, last_seen) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(person_id, name) DO UPDATE SET "
            "first_seen = MIN(COALESCE(first_seen, excluded.first_seen), COALESCE(excluded.first_seen, "
            "first_seen)), "
            "last_seen = MAX(COALESCE(last_seen, excluded.last_seen), COALESCE(excluded.last_seen, "
            "last_seen))"));
        q.addBindValue(id);
        q.addBindValue(person.name);
        q.addBindValue(nullableTime(seenAt));
        q.addBindValue(nullableTime(seenAt));
        q.exec();
        // The display name's own last sighting only moves later: it stays the newest name.
        const auto shown = m_displayName.constFind(id);
        if (shown != m_displayName.cend() && *shown == person.name)
            return id;
        q = m_stmt(QStringLiteral(
            "UPDATE people SET name = (SELECT name FROM person_names WHERE person_id = ? "
            "ORDER BY last_seen IS NULL, last_seen DESC LIMIT 1) WHERE id = ? RETURNING name"));
        q.addBindValue(id); // Qt's positional binding does not reuse numbered placeholders
        q.addBindValue(id);
        if (q.exec() && q.next())
            m_displayName.insert(id, q.value(0).toString());
        else
            m_displayName.remove(id);
        q.finish();
    }
    return id;
}

qint64 LibraryWriter::albumId(const MemoryRecord &record)
{
    if (record.albumKey.isEmpty() || !m_accountId)
        return 0;
    qint64 id = m_albumByKey.value(record.albumKey);
    StatementCache::Query q(m_stmt);
    if (!id) {
        q = m_stmt(QStringLiteral("INSERT INTO albums (account_id, album_key) VALUES (?, ?) "
                                  "ON CONFLICT(account_id, album_key) DO NOTHING"));
        q.addBindValue(m_accountId);
        q.addBindValue(record.albumKey);
        q.exec();
        q = m_stmt(QStringLiteral("SELECT id FROM albums WHERE account_id = ? AND album_key = ?"));
        q.addBindValue(m_accountId);
        q.addBindValue(record.albumKey);
        if (!q.exec() || !q.next())
            return 0;
        id = q.value(0).toLongLong();
        m_albumByKey.insert(record.albumKey, id);
    }
    if (!record.albumName.isEmpty() || !record.albumCategory.isEmpty() ||
        !record.albumDescription.isEmpty()) {
        // Every photo of an album repeats its info; writing the same values again changes nothing.
        const QStringList info{record.albumName, record.albumCategory, record.albumDescription};
        auto written = m_albumInfo.find(id);
        if (written != m_albumInfo.end() && *written == info)
            return id;
        m_albumInfo.insert(id, info);
        q = m_stmt(
            QStringLiteral("UPDATE albums SET name = COALESCE(name, ?), category = COALESCE(category, ?), "
                           "description = COALESCE(description, ?) WHERE id = ?"));
        q.addBindValue(nullableText(record.albumName));
        q.addBindValue(nullableText(record.albumCategory));
        q.addBindValue(nullableText(record.albumDescription));
        q.addBindValue(id);
        q.exec();
    }
    return id;
}

QString LibraryWriter::normaliseForMatch(const QString &text)
{
    static const QRegularExpression mention(QStringLiteral(R"(@?\{uin:[^,}]*,nick:([^,}]*)[^}]*\})"));
    static const QRegularExpression space(QStringLiteral(R"(\s+)"));
    QString t = text.normalized(QString::NormalizationForm_KC);
    t.replace(mention, QStringLiteral("@\\1"));
    t.remove(space);
    return t.toCaseFolded();
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

qint64 LibraryWriter::findMemory(const MemoryRecord &record, const QString &matchKeyValue,
                                 QString *existingKey)
{
    StatementCache::Query q(m_stmt);
    if (!record.key.isEmpty()) {
        q = m_stmt(QStringLiteral("SELECT id, key FROM memories WHERE account_id = ? AND key = ?"));
        q.addBindValue(m_accountId);
        q.addBindValue(record.key);
        if (q.exec() && q.next()) {
            *existingKey = q.value(1).toString();
            return q.value(0).toLongLong();
        }
    }
    if (matchKeyValue.isEmpty())
        return 0;
    // Same item from a source without ids (or seen first in one): same minute, same text.
    q = m_stmt(
        QStringLiteral("SELECT id, key FROM memories WHERE account_id = ? AND match_key = ? ORDER BY id"));
    q.addBindValue(m_accountId);
    q.addBindValue(matchKeyValue);
    if (!q.exec())
        return 0;
    while (q.next()) {
        const QString key = q.value(1).toString();
        if (record.key.isEmpty() || isSyntheticKey(key)) {
            *existingKey = key;
            return q.value(0).toLongLong();
        }
    }
    return 0;
}

qint64 LibraryWriter::insertMemory(const MemoryRecord &record, const QString &key,
                                   const QString &matchKeyValue)
{
    StatementCache::Query q(m_stmt);
    q = m_stmt(QStringLiteral(
        "INSERT INTO memories (account_id, kind, key, author_id, created, utc_offset, title, body_text, "
        "body_html, "
        "location, latitude, longitude, device, album_id, like_count, extra_json, source_json, match_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m_accountId);
    q.addBindValue(memoryKindName(record.kind));
    q.addBindValue(key);
    const qint64 author = personId(record.author, record.created);
    q.addBindValue(author ? QVariant(author) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(nullableTime(record.created));
    q.addBindValue(record.utcOffset);
    q.addBindValue(nullableText(record.title));
    q.addBindValue(nullableText(record.text));
    q.addBindValue(nullableText(record.html));
    q.addBindValue(nullableText(record.location));
    q.addBindValue(record.latitude ? QVariant(*record.latitude) : QVariant(QMetaType(QMetaType::Double)));
    q.addBindValue(record.longitude ? QVariant(*record.longitude) : QVariant(QMetaType(QMetaType::Double)));
    q.addBindValue(nullableText(record.device));
    const qint64 album = albumId(record);
    q.addBindValue(album ? QVariant(album) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(record.likeCount ? QVariant(*record.likeCount) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(record.extra.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                          : QVariant(QString::fromUtf8(
                                                QJsonDocument(record.extra).toJson(QJsonDocument::Compact))));
    q.addBindValue(QString::fromUtf8(record.sourceRecord));
    q.addBindValue(nullableText(matchKeyValue));
    if (!q.exec()) {
        reportProblem(record.sourceFile, QStringLiteral("malformed"),
                      QStringLiteral("could not store %1: %2").arg(key, q.lastError().text()), key);
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool LibraryWriter::mergeInto(qint64 memoryId, const MemoryRecord &record, bool preferNew)
{
    StatementCache::Query q(m_stmt);
    q = m_stmt(QStringLiteral(
        "SELECT author_id, created, title, body_text, body_html, location, latitude, longitude, "
        "device, album_id, like_count, extra_json FROM memories WHERE id = ?"));
    q.addBindValue(memoryId);
    if (!q.exec() || !q.next())
        return false;
    QStringList sets;
    QVariantList values;
    auto consider = [&](int column, const char *name, const QVariant &incoming) {
        if (incoming.isNull() || (incoming.typeId() == QMetaType::QString && incoming.toString().isEmpty()))
            return;
        const QVariant current = q.value(column);
        const bool empty = current.isNull() || current.toString().isEmpty();
        if ((empty || preferNew) && current != incoming) {
            sets << QStringLiteral("%1 = ?").arg(QLatin1String(name));
            values << incoming;
        }
    };
    const qint64 author = personId(record.author, record.created);
    consider(0, "author_id", author ? QVariant(author) : QVariant());
    if (preferNew || q.value(1).isNull())
        consider(1, "created", nullableTime(record.created));
    consider(2, "title", record.title);
    consider(3, "body_text", record.text);
    consider(4, "body_html", record.html);
    consider(5, "location", record.location);
    consider(6, "latitude", record.latitude ? QVariant(*record.latitude) : QVariant());
    consider(7, "longitude", record.longitude ? QVariant(*record.longitude) : QVariant());
    consider(8, "device", record.device);
    const qint64 album = albumId(record);
    consider(9, "album_id", album ? QVariant(album) : QVariant());
    consider(10, "like_count", record.likeCount ? QVariant(*record.likeCount) : QVariant());
    if (!record.extra.isEmpty()) {
        QJsonObject merged = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
        const QJsonObject before = merged;
        for (auto it = record.extra.begin(); it != record.extra.end(); ++it) {
            if (!merged.contains(it.key()) || preferNew)
                merged.insert(it.key(), it.value());
        }
        if (merged != before) {
            sets << QStringLiteral("extra_json = ?");
            values << QString::fromUtf8(QJsonDocument(merged).toJson(QJsonDocument::Compact));
        }
    }
    q.finish();
    if (sets.isEmpty())
        return false;
    QSqlQuery update(m_db);
    update.prepare(
        QStringLiteral("UPDATE memories SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))));
    for (const QVariant &v : values)
        update.addBindValue(v);
    update.addBindValue(memoryId);
    return update.exec();
}

bool LibraryWriter::addSourceRecord(qint64 memoryId, const MemoryRecord &record)
{
    StatementCache::Query q(m_stmt);
    q = m_stmt(
        QStringLiteral("INSERT INTO memory_sources (memory_id, import_id, source_file, record_sha, record) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT(memory_id, record_sha) DO NOTHING"));
    q.addBindValue(memoryId);
    q.addBindValue(m_importId);
    q.addBindValue(record.sourceFile);
    q.addBindValue(Sha256::hex(record.sourceRecord));
    q.addBindValue(QString::fromUtf8(record.sourceRecord));
    return q.exec() && q.numRowsAffected() > 0;
}

bool LibraryWriter::addComments(qint64 memoryId, const QList<CommentRecord> &comments, qint64 parentId,
                                const QString &parentKey)
{
    bool added = false;
    for (const CommentRecord &c : comments) {
        const QString who = c.author.uin.isEmpty() ? QStringLiteral("name:") + c.author.name : c.author.uin;
        const QString key =
            sha1Hex(QStringLiteral("%1|%2|%3|%4")
                        .arg(parentKey, who)
                        .arg(c.created == kNoTime ? QStringLiteral("?") : QString::number(c.created))
                        .arg(normaliseForMatch(c.text)));
        StatementCache::Query q(m_stmt);
        qint64 id = 0;
        auto findExisting = [&] {
            q = m_stmt(QStringLiteral("SELECT id FROM comments WHERE memory_id = ? AND key = ?"));
            q.addBindValue(memoryId);
            q.addBindValue(key);
            if (q.exec() && q.next())
                id = q.value(0).toLongLong();
        };
        // A memory added just now has no comments yet: skip the lookup (a duplicate in the same
        // record still lands on the first copy through the failed insert below).
        if (!m_freshMemory)
            findExisting();
        if (!id) {
            const qint64 author = personId(c.author, c.created);
            q = m_stmt(QStringLiteral(
                "INSERT INTO comments (memory_id, parent_id, key, author_id, author_name, created, "
                "utc_offset, body_text, source_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(memoryId);
            q.addBindValue(parentId ? QVariant(parentId) : QVariant(QMetaType(QMetaType::LongLong)));
            q.addBindValue(key);
            q.addBindValue(author ? QVariant(author) : QVariant(QMetaType(QMetaType::LongLong)));
            q.addBindValue(nullableText(c.author.name));
            q.addBindValue(nullableTime(c.created));
            q.addBindValue(c.utcOffset);
            q.addBindValue(c.text);
            q.addBindValue(c.sourceRecord.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(QString::fromUtf8(c.sourceRecord)));
            if (q.exec()) {
                id = q.lastInsertId().toLongLong();
                added = true;
            } else {
                findExisting();
                if (!id)
                    continue;
            }
        }
        added = addComments(memoryId, c.replies, id, key) || added;
    }
    return added;
}

bool LibraryWriter::linkPeople(qint64 memoryId, const QList<PersonRef> &people, const QString &role,
                               qint64 seenAt)
{
    bool added = false;
    for (const PersonRef &p : people) {
        const qint64 id = personId(p, seenAt);
        if (!id)
            continue;
        StatementCache::Query q(m_stmt);
        q = m_stmt(QStringLiteral("INSERT INTO memory_people (memory_id, person_id, role) VALUES (?, ?, ?) "
                                  "ON CONFLICT DO NOTHING"));
        q.addBindValue(memoryId);
        q.addBindValue(id);
        q.addBindValue(role);
        added = (q.exec() && q.numRowsAffected() > 0) || added;
    }
    return added;
}

qint64 LibraryWriter::lookupSourceFile(const QString &relPath)
{
    if (relPath.isEmpty() || !m_accountId)
        return 0;
    StatementCache::Query q(m_stmt);
    q = m_stmt(QStringLiteral("SELECT media_id FROM source_files WHERE account_id = ? AND rel_path = ?"));
    q.addBindValue(m_accountId);
    q.addBindValue(normalisedRelPath(relPath));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

void LibraryWriter::rememberSourceFile(const QString &relPath, qint64 mediaId)
{
    if (relPath.isEmpty() || !m_accountId || !mediaId)
        return;
    StatementCache::Query q(m_stmt);
    q = m_stmt(
        QStringLiteral("INSERT INTO source_files (account_id, rel_path, media_id) VALUES (?, ?, ?) "
                       "ON CONFLICT(account_id, rel_path) DO UPDATE SET media_id = excluded.media_id"));
    q.addBindValue(m_accountId);
    q.addBindValue(normalisedRelPath(relPath));
    q.addBindValue(mediaId);
    q.exec();
}

qint64 LibraryWriter::createMissingMedia()
{
    StatementCache::Query q(m_stmt);
    if (!q.exec(QStringLiteral("INSERT INTO media (status) VALUES ('missing')")))
        return 0;
    return q.lastInsertId().toLongLong();
}

LibraryWriter::StoredMedia LibraryWriter::storeFile(const QString &absPath, const QString &relPath,
                                                    const QString &memoryKey)
{
    StoredMedia result;
    noteCurrentFile(absPath);
    if (m_preparer) {
        if (std::optional<PreparedFile> prepared = m_preparer->take(absPath)) {
            if (const std::optional<StoredMedia> stored =
                    storePrepared(*prepared, absPath, relPath, memoryKey))
                return *stored;
        }
    }
    QFile source(absPath);
    if (!source.exists()) {
        reportProblem(absPath, QStringLiteral("vanished"),
                      QStringLiteral("the file disappeared during the import"), memoryKey);
        return result;
    }
    if (!source.open(QIODevice::ReadOnly)) {
        reportProblem(absPath, QStringLiteral("unreadable"),
                      QStringLiteral("cannot read the file: %1").arg(source.errorString()), memoryKey);
        return result;
    }
    if (source.size() == 0) {
        reportProblem(absPath, QStringLiteral("zero-byte"), QStringLiteral("the file is empty (0 bytes)"),
                      memoryKey);
        return result;
    }
    // One read of the source, like `cp` + `sha256sum`: small files are hashed in memory and only
    // written when the vault does not have them yet; big ones stream through a temporary file.
    const QString incomingDir = m_database.vaultDir() + QStringLiteral("/.incoming");
    QString tempPath;
    auto writeTemp = [&](const QByteArray &bytes) {
        tempPath = FilePreparer::newTempPath(incomingDir);
        QFile temp(tempPath);
        return temp.open(QIODevice::WriteOnly) && temp.write(bytes) == bytes.size() && temp.flush();
    };
    HashedFile hashed = readAndHash(source, source.size(), incomingDir);
    source.close();
    if (!hashed.ok) {
        reportProblem(absPath, QStringLiteral("unreadable"),
                      QStringLiteral("reading the file failed part-way"), memoryKey);
        return result;
    }
    tempPath = hashed.tempPath;
    const QByteArray content = std::move(hashed.content);
    const qint64 total = hashed.size;
    m_report.bytes += total;
    const QString sha = hashed.sha256;

    StatementCache::Query q(m_stmt);
    q = m_stmt(QStringLiteral("SELECT id, vault_path, status FROM media WHERE sha256 = ?"));
    q.addBindValue(sha);
    if (q.exec() && q.next()) {
        result.id = q.value(0).toLongLong();
        result.present = true;
        const QString vaultFile = m_database.libraryDir() + QLatin1Char('/') + q.value(1).toString();
        // Heal a vault file lost since (deleted by hand): these are the same bytes.
        if (!QFileInfo::exists(vaultFile) && (!tempPath.isEmpty() || writeTemp(content))) {
            QDir().mkpath(QFileInfo(vaultFile).absolutePath());
            QFile::rename(tempPath, vaultFile);
            m_vaultDirty = true;
        } else if (!tempPath.isEmpty()) {
            QFile::remove(tempPath);
        }
        rememberSourceFile(relPath, result.id);
        return result;
    }
    if (tempPath.isEmpty() && !writeTemp(content)) {
        QFile::remove(tempPath);
        reportProblem(absPath, QStringLiteral("unreadable"), QStringLiteral("cannot write into the vault"),
                      memoryKey);
        return result;
    }

    return addNewMedia(absPath, relPath, memoryKey, sha, total, tempPath, probeMedia(absPath));
}

std::optional<LibraryWriter::StoredMedia> LibraryWriter::storePrepared(PreparedFile &prepared,
                                                                       const QString &absPath,
                                                                       const QString &relPath,
                                                                       const QString &memoryKey)
{
    // Anything unusual (a failure, a file changed or gone since) is redone inline, which also
    // reports it exactly as without the preparer.
    auto dropTemp = [&] {
        if (!prepared.tempPath.isEmpty())
            QFile::remove(prepared.tempPath);
        prepared.tempPath.clear();
    };
    if (prepared.state == PreparedFile::State::Failed || FileStamp::of(absPath) != prepared.stamp) {
        dropTemp();
        return std::nullopt;
    }
    StoredMedia result;
    StatementCache::Query q(m_stmt);
    q = m_stmt(QStringLiteral("SELECT id, vault_path, status FROM media WHERE sha256 = ?"));
    q.addBindValue(prepared.sha256);
    if (q.exec() && q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString vaultFile = m_database.libraryDir() + QLatin1Char('/') + q.value(1).toString();
        q.finish();
        const bool present = QFileInfo::exists(vaultFile);
        if (!present && prepared.tempPath.isEmpty())
            return std::nullopt; // healing a lost vault file needs the bytes: read them inline
        m_report.bytes += prepared.size;
        result.id = id;
        result.present = true;
        if (!present) {
            QDir().mkpath(QFileInfo(vaultFile).absolutePath());
            QFile::rename(prepared.tempPath, vaultFile);
            m_vaultDirty = true;
        } else {
            dropTemp();
        }
        rememberSourceFile(relPath, result.id);
        return result;
    }
    q.finish();
    if (prepared.state != PreparedFile::State::New || prepared.tempPath.isEmpty())
        return std::nullopt; // known to the preparer, not to this transaction: do it inline
    m_report.bytes += prepared.size;
    const QString tempPath = prepared.tempPath;
    prepared.tempPath.clear();
    return addNewMedia(absPath, relPath, memoryKey, prepared.sha256, prepared.size, tempPath, prepared.info);
}

LibraryWriter::StoredMedia LibraryWriter::addNewMedia(const QString &absPath, const QString &relPath,
                                                      const QString &memoryKey, const QString &sha,
                                                      qint64 total, const QString &tempPath,
                                                      const MediaInfo &info)
{
    StoredMedia result;
    StatementCache::Query q(m_stmt);
    QString extension = info.extension.isEmpty() ? QStringLiteral("bin") : info.extension;
    const QString relVault = QStringLiteral("vault/%1/%2.%3").arg(sha.left(2), sha, extension);
    const QString vaultFile = m_database.libraryDir() + QLatin1Char('/') + relVault;
    QDir().mkpath(QFileInfo(vaultFile).absolutePath());
    if (QFileInfo::exists(vaultFile))
        QFile::remove(tempPath); // left by an import that was killed before it committed
    else if (!QFile::rename(tempPath, vaultFile)) {
        QFile::remove(tempPath);
        reportProblem(absPath, QStringLiteral("unreadable"),
                      QStringLiteral("cannot move the file into the vault"), memoryKey);
        return result;
    }
    m_vaultDirty = true;

    q = m_stmt(
        QStringLiteral("INSERT INTO media (sha256, vault_path, mime, size, width, height, duration_ms, "
                       "taken_local, camera_make, camera_model, orientation, gps_lat, gps_lon, status) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sha);
    q.addBindValue(relVault);
    q.addBindValue(nullableText(info.mime));
    q.addBindValue(total);
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
    if (!q.exec()) {
        reportProblem(absPath, QStringLiteral("unreadable"),
                      QStringLiteral("cannot record the file: %1").arg(q.lastError().text()), memoryKey);
        return result;
    }
    result.id = q.lastInsertId().toLongLong();
    result.present = true;
    ++m_report.mediaStored;
    if (info.status == MediaInfo::Status::Damaged)
        reportProblem(absPath, QStringLiteral("corrupt"),
                      info.problem + QStringLiteral(" — kept in the vault as it is"), memoryKey);
    else if (info.status == MediaInfo::Status::Placeholder)
        reportProblem(absPath, QStringLiteral("placeholder"), info.problem, memoryKey);
    rememberSourceFile(relPath, result.id);
    return result;
}

bool LibraryWriter::linkMedia(qint64 memoryId, const MemoryRecord &record, const QString &memoryKey)
{
    bool changed = false;
    for (int position = 0; position < record.media.size(); ++position) {
        const MediaRef &ref = record.media.at(position);
        StoredMedia found;
        bool fileRejected = false;
        if (!ref.filePath.isEmpty() && QFileInfo(ref.filePath).isFile()) {
            found = storeFile(ref.filePath, ref.relPath, memoryKey);
            fileRejected = !found.present;
        } else if (const qint64 known = lookupSourceFile(ref.relPath)) {
            found = StoredMedia{known, true};
        }

        StatementCache::Query q(m_stmt);
        q = m_stmt(QStringLiteral(
            "SELECT mm.media_id, m.status FROM memory_media mm JOIN media m ON m.id = mm.media_id "
            "WHERE mm.memory_id = ? AND mm.position = ?"));
        q.addBindValue(memoryId);
        q.addBindValue(position);
        qint64 existingMedia = 0;
        bool existingMissing = false;
        if (!m_freshMemory && q.exec() && q.next()) {
            existingMedia = q.value(0).toLongLong();
            existingMissing = q.value(1).toString() == QLatin1String("missing");
        }
        q.finish();

        if (found.present) {
            ++m_presentMediaSeen;
            if (existingMedia == found.id)
                continue;
            if (existingMedia && !existingMissing)
                continue; // a file found earlier stays attached; never swap the user's bytes
            if (existingMedia) {
                q = m_stmt(QStringLiteral(
                    "UPDATE memory_media SET media_id = ? WHERE memory_id = ? AND position = ?"));
                q.addBindValue(found.id);
                q.addBindValue(memoryId);
                q.addBindValue(position);
                q.exec();
                // The placeholder row for the missing file (and its problem) is no longer needed.
                q = m_stmt(
                    QStringLiteral("DELETE FROM media WHERE id = ? AND status = 'missing' AND NOT EXISTS "
                                   "(SELECT 1 FROM memory_media WHERE media_id = ?)"));
                q.addBindValue(existingMedia);
                q.addBindValue(existingMedia);
                q.exec();
            } else {
                q = m_stmt(QStringLiteral(
                    "INSERT INTO memory_media (memory_id, position, media_id, role, original_name, "
                    "source_path) VALUES (?, ?, ?, ?, ?, ?)"));
                q.addBindValue(memoryId);
                q.addBindValue(position);
                q.addBindValue(found.id);
                q.addBindValue(ref.role);
                q.addBindValue(nullableText(ref.originalName));
                q.addBindValue(nullableText(ref.relPath));
                q.exec();
            }
            changed = true;
            continue;
        }

        if (existingMedia)
            continue; // still missing, already known (or present from an earlier import)
        const qint64 missingId = createMissingMedia();
        if (!missingId)
            continue;
        q = m_stmt(
            QStringLiteral("INSERT INTO memory_media (memory_id, position, media_id, role, original_name, "
                           "source_path) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(memoryId);
        q.addBindValue(position);
        q.addBindValue(missingId);
        q.addBindValue(ref.role);
        q.addBindValue(nullableText(ref.originalName));
        q.addBindValue(nullableText(ref.relPath));
        q.exec();
        changed = true;
        ++m_report.mediaMissing;
        // A link-only reference (remote URL, no path) names no file the export should hold.
        if (!fileRejected && !(ref.filePath.isEmpty() && ref.relPath.isEmpty())) {
            const QString file = !ref.filePath.isEmpty() ? ref.filePath : ref.relPath;
            reportProblem(file, QStringLiteral("missing"),
                          QStringLiteral("the export names this %1 but the file is not in the folder")
                              .arg(ref.role == QLatin1String("video") ? QStringLiteral("video")
                                                                      : QStringLiteral("picture")),
                          memoryKey, missingId);
        }
    }
    return changed;
}

bool LibraryWriter::addLooseFile(const QString &absPath, const QString &relPath)
{
    if (!m_accountId)
        return false;
    const StoredMedia stored = storeFile(absPath, relPath, QString());
    if (!stored.present)
        return false;
    ++m_presentMediaSeen;
    // Fill memories from an earlier text-only import that named this path.
    StatementCache::Query q(m_stmt);
    q = m_stmt(QStringLiteral(
        "SELECT mm.memory_id, mm.position, mm.media_id FROM memory_media mm JOIN media m ON m.id = "
        "mm.media_id "
        "JOIN memories mem ON mem.id = mm.memory_id WHERE m.status = 'missing' AND mem.account_id = ? "
        "AND lower(mm.source_path) = ?"));
    q.addBindValue(m_accountId);
    q.addBindValue(normalisedRelPath(relPath));
    QList<std::tuple<qint64, int, qint64>> fills;
    if (q.exec()) {
        while (q.next())
            fills.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toLongLong()});
    }
    for (const auto &[memoryId, position, missingId] : fills) {
        StatementCache::Query u(m_stmt);
        u = m_stmt(
            QStringLiteral("UPDATE memory_media SET media_id = ? WHERE memory_id = ? AND position = ?"));
        u.addBindValue(stored.id);
        u.addBindValue(memoryId);
        u.addBindValue(position);
        u.exec();
        u = m_stmt(QStringLiteral("DELETE FROM media WHERE id = ? AND status = 'missing' AND NOT EXISTS "
                                  "(SELECT 1 FROM memory_media WHERE media_id = ?)"));
        u.addBindValue(missingId);
        u.addBindValue(missingId);
        u.exec();
        ++m_report.updated;
    }
    maybeCommit();
    return true;
}

QString LibraryWriter::shownPath(const QString &path) const
{
    if (!m_aliasReal.isEmpty() && path.startsWith(m_aliasReal))
        return m_aliasShown + path.mid(m_aliasReal.size());
    return path;
}

void LibraryWriter::reportProblem(const QString &rawFile, const QString &kind, const QString &message,
                                  const QString &memoryKey, qint64 mediaId)
{
    const QString file = shownPath(rawFile);
    m_report.problems.append(ImportProblem{file, kind, message, memoryKey});
    StatementCache::Query q(m_stmt);
    q = m_stmt(QStringLiteral("INSERT INTO problems (import_id, file, kind, message, memory_key, media_id) "
                              "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(file, kind, memory_key) DO UPDATE SET "
                              "import_id = excluded.import_id, message = excluded.message"));
    q.addBindValue(m_importId ? QVariant(m_importId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(file);
    q.addBindValue(kind);
    q.addBindValue(message);
    q.addBindValue(memoryKey.isNull() ? QStringLiteral("") : memoryKey); // NOT NULL column: '' means none
    q.addBindValue(mediaId ? QVariant(mediaId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        qWarning("keepsake: cannot record problem for %s: %s", qPrintable(file),
                 qPrintable(q.lastError().text()));
}

void LibraryWriter::upsertFriend(const PersonRecord &record)
{
    const qint64 id = personId(record.person, kNoTime);
    if (!id)
        return;
    StatementCache::Query q(m_stmt);
    q = m_stmt(
        QStringLiteral("UPDATE people SET is_friend = MAX(is_friend, ?), remark = COALESCE(?, remark), "
                       "group_name = COALESCE(?, group_name), friend_since = COALESCE(?, friend_since), "
                       "source_json = COALESCE(source_json, ?) WHERE id = ?"));
    q.addBindValue(record.isFriend ? 1 : 0);
    q.addBindValue(nullableText(record.remark));
    q.addBindValue(nullableText(record.groupName));
    q.addBindValue(nullableTime(record.friendSince));
    q.addBindValue(record.sourceRecord.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                 : QVariant(QString::fromUtf8(record.sourceRecord)));
    q.addBindValue(id);
    q.exec();
    maybeCommit();
}

UpsertResult LibraryWriter::upsertMemory(const MemoryRecord &record)
{
    if (!m_accountId) {
        reportProblem(record.sourceFile, QStringLiteral("malformed"),
                      QStringLiteral("no account is known for this record"), record.key);
        return UpsertResult::Failed;
    }
    if (!record.sourceFile.isEmpty() && record.sourceFile != m_currentFile) {
        m_currentFile = record.sourceFile;
        emitProgress(false);
    }
    const QString matchKeyValue = matchKey(record.kind, record.created, record.title + record.text);
    QString key = record.key;
    if (key.isEmpty()) {
        const QString basis =
            !matchKeyValue.isEmpty() ? matchKeyValue : QString::fromUtf8(record.sourceRecord);
        key = memoryKindName(record.kind) + QStringLiteral(":~") + sha1Hex(basis).left(20);
    }

    // Each record is atomic: a savepoint undoes a half-written one.
    m_stmt(QStringLiteral("SAVEPOINT record")).exec();

    QString existingKey;
    qint64 memoryId = findMemory(record, matchKeyValue, &existingKey);
    bool changed = false;
    UpsertResult result = UpsertResult::Unchanged;
    if (!memoryId) {
        memoryId = insertMemory(record, key, matchKeyValue);
        if (!memoryId) {
            m_stmt(QStringLiteral("ROLLBACK TO record")).exec();
            // What this record wrote is undone: the next one writes names and album info again.
            m_displayName.clear();
            m_albumInfo.clear();
            m_stmt(QStringLiteral("RELEASE record")).exec();
            return UpsertResult::Failed;
        }
        result = UpsertResult::Added;
        m_freshMemory = true;
    } else {
        // A source with real ids replaces what an id-less source (MarkDown, xlsx) guessed.
        const bool upgradeKey =
            !record.key.isEmpty() && isSyntheticKey(existingKey) && existingKey != record.key;
        if (upgradeKey) {
            StatementCache::Query q(m_stmt);
            q = m_stmt(QStringLiteral(
                "UPDATE memories SET key = ?, match_key = COALESCE(?, match_key) WHERE id = ?"));
            q.addBindValue(record.key);
            q.addBindValue(nullableText(matchKeyValue));
            q.addBindValue(memoryId);
            q.exec();
            key = record.key;
            changed = true;
        } else {
            key = existingKey;
        }
        changed = mergeInto(memoryId, record, upgradeKey) || changed;
    }
    changed = addSourceRecord(memoryId, record) || changed;
    const bool commentsAdded = addComments(memoryId, record.comments, 0, QString());
    changed = commentsAdded || changed;
    const bool mentionsLinked =
        linkPeople(memoryId, record.mentions, QStringLiteral("mention"), record.created);
    const bool likesLinked = linkPeople(memoryId, record.likes, QStringLiteral("like"), record.created);
    changed = mentionsLinked || likesLinked || changed;
    changed = linkMedia(memoryId, record, key) || changed;
    m_freshMemory = false;
    if (result == UpsertResult::Unchanged && changed)
        result = UpsertResult::Updated;
    if (result == UpsertResult::Added)
        // Only this record can have given a new memory comments or people.
        addSearchDocument(m_stmt, memoryId, commentsAdded, mentionsLinked || likesLinked);
    else if (result != UpsertResult::Unchanged)
        updateSearchDocument(m_stmt, memoryId);
    m_stmt(QStringLiteral("RELEASE record")).exec();

    switch (result) {
    case UpsertResult::Added:
        ++m_report.added;
        break;
    case UpsertResult::Updated:
        ++m_report.updated;
        break;
    default:
        ++m_report.unchanged;
        break;
    }
    maybeCommit();
    emitProgress(false);
    return result;
}

} // namespace ks
