// SPDX-License-Identifier: GPL-3.0-or-later
// LibraryWriter: one memory record found, inserted or merged, with its comments and people.
#include "librarywriter.h"

#include "library/memoryindexer.h"
#include "util/sha256.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ks {

namespace {

bool isSyntheticKey(const QString &key)
{
    return key.contains(QLatin1String(":~"));
}

} // namespace

UpsertResult LibraryWriter::upsertMemory(const MemoryRecord &record)
{
    if (!m_context.libraryError().isEmpty() || !m_inTransaction)
        return UpsertResult::Failed;
    if (!m_session.accountId) {
        m_context.reportProblem(record.sourceFile, QStringLiteral("malformed"),
                                QStringLiteral("no account is known for this record"), record.key);
        return UpsertResult::Failed;
    }
    m_context.noteRecordFile(record.sourceFile);
    // An archive carries the match key the library had (made from the first source's text).
    const QString matchKeyValue = record.archived.present
                                      ? record.archived.matchKey
                                      : matchKey(record.kind, record.created, record.title + record.text);
    QString key = record.key;
    if (key.isEmpty()) {
        const QString basis =
            !matchKeyValue.isEmpty() ? matchKeyValue : QString::fromUtf8(record.sourceRecord);
        key = memoryKindName(record.kind) + QStringLiteral(":~") + sha1Hex(basis).left(20);
    }

    // Each record is atomic: a savepoint undoes a half-written one, and the id caches with it.
    StatementCache::Query savepoint(m_stmt);
    if (!savepoint.exec(QStringLiteral("SAVEPOINT record"))) {
        m_session.fail(savepoint.lastError());
        return UpsertResult::Failed;
    }
    m_people.beginRecord();
    UpsertResult result = UpsertResult::Unchanged;
    const bool written = writeRecord(record, key, matchKeyValue, &result);
    m_freshMemory = false;
    if (!written)
        savepoint.exec(QStringLiteral("ROLLBACK TO record"));
    m_people.endRecord(written);
    if (!savepoint.exec(QStringLiteral("RELEASE record")))
        m_session.fail(savepoint.lastError());
    if (!written || !m_context.libraryError().isEmpty())
        return UpsertResult::Failed;

    ImportReport &report = m_context.report();
    switch (result) {
    case UpsertResult::Added:
        ++report.added;
        break;
    case UpsertResult::Updated:
        ++report.updated;
        break;
    default:
        ++report.unchanged;
        break;
    }
    maybeCommit();
    m_context.emitProgress(false);
    return result;
}

bool LibraryWriter::writeRecord(const MemoryRecord &record, QString key, const QString &matchKeyValue,
                                UpsertResult *result)
{
    QString existingKey;
    qint64 memoryId = findMemory(record, matchKeyValue, &existingKey);
    if (!m_context.libraryError().isEmpty())
        return false;
    bool changed = false;
    if (!memoryId) {
        memoryId = insertMemory(record, key, matchKeyValue);
        if (!memoryId)
            return false;
        *result = UpsertResult::Added;
        m_freshMemory = true;
    } else {
        // A source with real ids replaces what an id-less source (MarkDown, xlsx) guessed.
        const bool upgradeKey = !record.key.isEmpty() && !isSyntheticKey(record.key) &&
                                isSyntheticKey(existingKey) && existingKey != record.key;
        if (upgradeKey) {
            StatementCache::Query q(m_stmt);
            q = m_stmt(QStringLiteral(
                "UPDATE memories SET key = ?, match_key = COALESCE(?, match_key) WHERE id = ?"));
            q.addBindValue(record.key);
            q.addBindValue(nullableText(matchKeyValue));
            q.addBindValue(memoryId);
            if (!m_session.run(q))
                return false;
            key = record.key;
            changed = true;
        } else {
            key = existingKey;
        }
        if (!mergeInto(memoryId, record, upgradeKey, &changed))
            return false;
    }
    bool commentsAdded = false;
    bool mentionsLinked = false;
    bool likesLinked = false;
    if (!addSourceRecord(memoryId, record, &changed) ||
        !m_relations.addComments(memoryId, record.comments, 0, QString(), m_freshMemory, &commentsAdded) ||
        !m_relations.linkPeople(memoryId, record.mentions, QStringLiteral("mention"), record.created,
                                &mentionsLinked) ||
        !m_relations.linkPeople(memoryId, record.likes, QStringLiteral("like"), record.created,
                                &likesLinked) ||
        !m_archived.apply(memoryId, record, &changed))
        return false;
    changed = changed || commentsAdded || mentionsLinked || likesLinked;
    changed = m_vault.linkMedia(memoryId, record, key, m_freshMemory) || changed;
    if (!m_context.libraryError().isEmpty())
        return false;
    if (*result == UpsertResult::Unchanged && changed)
        *result = UpsertResult::Updated;
    if (m_indexer && *result != UpsertResult::Unchanged)
        queueIndex(memoryId, *result == UpsertResult::Added, commentsAdded, mentionsLinked || likesLinked);
    return true;
}

void LibraryWriter::queueIndex(qint64 memoryId, bool added, bool hasComments, bool hasPeople)
{
    // Indexed at the batch's commit, outside every record's savepoint: SQLite hands each
    // savepoint to the FTS5 table, which then flushes its pending terms into a segment of its
    // own, one per record (a tenth of the import went into that and into merging them).
    const auto found = m_pendingIndex.find(memoryId);
    if (found == m_pendingIndex.end()) {
        m_pendingIndex.insert(memoryId, PendingIndex{added, hasComments, hasPeople, false});
        m_pendingIndexOrder.push_back(memoryId);
        return;
    }
    found->changedSince = found->changedSince || !added;
}

bool LibraryWriter::flushIndex()
{
    bool ok = true;
    for (const qint64 memoryId : std::as_const(m_pendingIndexOrder)) {
        if (!ok)
            break;
        const PendingIndex &p = m_pendingIndex[memoryId];
        if (!p.added)
            ok = m_indexer->memoryChanged(m_stmt, memoryId);
        else if (p.changedSince) // a later record of the batch may have given it comments or people
            ok = m_indexer->memoryAdded(m_stmt, memoryId, true, true);
        else // only its own record can have given a new memory comments or people
            ok = m_indexer->memoryAdded(m_stmt, memoryId, p.hasComments, p.hasPeople);
    }
    m_pendingIndex.clear();
    m_pendingIndexOrder.clear();
    if (!ok)
        m_context.failLibrary(QStringLiteral("the search index could not be updated (%1)")
                                  .arg(m_db.lastError().text().trimmed()));
    return ok;
}

qint64 LibraryWriter::findMemory(const MemoryRecord &record, const QString &matchKeyValue,
                                 QString *existingKey)
{
    StatementCache::Query q(m_stmt);
    if (!record.key.isEmpty()) {
        q = m_stmt(QStringLiteral("SELECT id, key FROM memories WHERE account_id = ? AND key = ?"));
        q.addBindValue(m_session.accountId);
        q.addBindValue(record.key);
        if (!m_session.run(q))
            return 0;
        if (q.next()) {
            *existingKey = q.value(1).toString();
            return q.value(0).toLongLong();
        }
    }
    if (matchKeyValue.isEmpty())
        return 0;
    // Same item from a source without ids (or seen first in one): same minute, same text.
    q = m_stmt(
        QStringLiteral("SELECT id, key FROM memories WHERE account_id = ? AND match_key = ? ORDER BY id"));
    q.addBindValue(m_session.accountId);
    q.addBindValue(matchKeyValue);
    if (!m_session.run(q))
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
    const qint64 author = m_people.personId(record.author, record.created);
    const qint64 album = m_people.albumId(record);
    if (!m_context.libraryError().isEmpty())
        return 0;
    StatementCache::Query q(m_stmt);
    q = m_stmt(QStringLiteral(
        "INSERT INTO memories (account_id, kind, key, author_id, created, utc_offset, title, body_text, "
        "body_html, "
        "location, latitude, longitude, device, album_id, like_count, extra_json, source_json, match_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m_session.accountId);
    q.addBindValue(memoryKindName(record.kind));
    q.addBindValue(key);
    q.addBindValue(nullableId(author));
    q.addBindValue(nullableTime(record.created));
    q.addBindValue(record.utcOffset);
    q.addBindValue(nullableText(record.title));
    q.addBindValue(nullableText(record.text));
    q.addBindValue(nullableText(record.html));
    q.addBindValue(nullableText(record.location));
    q.addBindValue(record.latitude ? QVariant(*record.latitude) : QVariant(QMetaType(QMetaType::Double)));
    q.addBindValue(record.longitude ? QVariant(*record.longitude) : QVariant(QMetaType(QMetaType::Double)));
    q.addBindValue(nullableText(record.device));
    q.addBindValue(nullableId(album));
    q.addBindValue(record.likeCount ? QVariant(*record.likeCount) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(record.extra.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                          : QVariant(QString::fromUtf8(
                                                QJsonDocument(record.extra).toJson(QJsonDocument::Compact))));
    // The record itself goes into memory_sources beside it (addSourceRecord): kept once, not twice
    // (it was a third of the library). Libraries written before hold a copy here too.
    q.addBindValue(QStringLiteral(""));
    q.addBindValue(nullableText(matchKeyValue));
    bool conflict = false;
    if (!m_session.runAllowingConflict(q, &conflict)) {
        // Only a rule of the schema can refuse the record itself (a key it cannot hold): the
        // source's fault. Anything else already stopped the import as the library's.
        if (conflict)
            m_context.reportProblem(record.sourceFile, QStringLiteral("malformed"),
                                    QStringLiteral("could not store %1: %2").arg(key, q.lastError().text()),
                                    key);
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool LibraryWriter::mergeInto(qint64 memoryId, const MemoryRecord &record, bool preferNew, bool *changed)
{
    const qint64 author = m_people.personId(record.author, record.created);
    const qint64 album = m_people.albumId(record);
    if (!m_context.libraryError().isEmpty())
        return false;
    StatementCache::Query q(m_stmt);
    q = m_stmt(QStringLiteral(
        "SELECT author_id, created, title, body_text, body_html, location, latitude, longitude, "
        "device, album_id, like_count, extra_json, "
        "EXISTS (SELECT 1 FROM date_corrections c WHERE c.memory_id = memories.id) FROM memories WHERE id = "
        "?"));
    q.addBindValue(memoryId);
    if (!m_session.run(q) || !q.next())
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
    consider(0, "author_id", author ? QVariant(author) : QVariant());
    // A date the person put right stays: no later import writes over it.
    const bool corrected = q.value(12).toBool();
    if (!corrected && (preferNew || q.value(1).isNull()))
        consider(1, "created", nullableTime(record.created));
    consider(2, "title", record.title);
    consider(3, "body_text", record.text);
    consider(4, "body_html", record.html);
    consider(5, "location", record.location);
    consider(6, "latitude", record.latitude ? QVariant(*record.latitude) : QVariant());
    consider(7, "longitude", record.longitude ? QVariant(*record.longitude) : QVariant());
    consider(8, "device", record.device);
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
        return true;
    QSqlQuery update(m_db);
    update.prepare(
        QStringLiteral("UPDATE memories SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))));
    for (const QVariant &v : values)
        update.addBindValue(v);
    update.addBindValue(memoryId);
    if (!update.exec()) {
        m_session.fail(update.lastError());
        return false;
    }
    *changed = true;
    return true;
}

bool LibraryWriter::addSourceRecord(qint64 memoryId, const MemoryRecord &record, bool *added)
{
    StatementCache::Query q(m_stmt);
    if (!record.archived.sources.isEmpty()) {
        // From a Keepsake archive: every record the library kept, named by the file it was read
        // from then (the archive only carried it).
        for (const KeptSource &kept : record.archived.sources) {
            q = m_stmt(QStringLiteral(
                "INSERT INTO memory_sources (memory_id, import_id, source_file, record_sha, record) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(memory_id, record_sha) DO NOTHING"));
            q.addBindValue(memoryId);
            q.addBindValue(m_session.importId);
            q.addBindValue(textOrEmpty(kept.file));
            q.addBindValue(Sha256::hex(kept.record));
            q.addBindValue(QString::fromUtf8(kept.record));
            if (!m_session.run(q))
                return false;
            *added = q.numRowsAffected() > 0 || *added;
        }
        return true;
    }
    q = m_stmt(
        QStringLiteral("INSERT INTO memory_sources (memory_id, import_id, source_file, record_sha, record) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT(memory_id, record_sha) DO NOTHING"));
    q.addBindValue(memoryId);
    q.addBindValue(m_session.importId);
    // Named as the person dropped it (archive.zip/entry), never the private unpack folder:
    // some importers hand over the path they read.
    q.addBindValue(textOrEmpty(m_context.shownPath(record.sourceFile)));
    q.addBindValue(Sha256::hex(record.sourceRecord));
    q.addBindValue(QString::fromUtf8(record.sourceRecord));
    if (!m_session.run(q))
        return false;
    *added = q.numRowsAffected() > 0 || *added;
    return true;
}

} // namespace ks
