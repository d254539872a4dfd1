// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplealbums.h"

#include "exporterfiles.h"
#include "writesession.h"

namespace ks {

void PeopleAlbums::beginRecord()
{
    m_personByUin.mark();
    m_personByName.mark();
    m_nameRanges.mark();
    m_displayName.mark();
    m_albumByKey.mark();
    m_albumInfo.mark();
}

void PeopleAlbums::endRecord(bool kept)
{
    if (kept) {
        m_personByUin.release();
        m_personByName.release();
        m_nameRanges.release();
        m_displayName.release();
        m_albumByKey.release();
        m_albumInfo.release();
        return;
    }
    m_personByUin.rollback();
    m_personByName.rollback();
    m_nameRanges.rollback();
    m_displayName.rollback();
    m_albumByKey.rollback();
    m_albumInfo.rollback();
}

qint64 PeopleAlbums::personId(const PersonRef &person, qint64 seenAt)
{
    if (!person.isValid())
        return 0;
    StatementCache::Query q(m_session.stmt);
    const bool byUin = !person.uin.isEmpty();
    JournaledHash<QString, qint64> &cache = byUin ? m_personByUin : m_personByName;
    const QString &cacheKey = byUin ? person.uin : person.name;
    qint64 id = cache.value(cacheKey);
    if (!id) {
        if (byUin) {
            q = m_session.stmt(QStringLiteral("SELECT id FROM people WHERE uin = ?"));
            q.addBindValue(person.uin);
        } else {
            q = m_session.stmt(
                QStringLiteral("SELECT id FROM people WHERE name = ? ORDER BY uin IS NULL, id LIMIT 1"));
            q.addBindValue(person.name);
        }
        if (!m_session.run(q))
            return 0;
        if (q.next())
            id = q.value(0).toLongLong();
        q.finish();
    }
    if (!id) {
        q = m_session.stmt(QStringLiteral("INSERT INTO people (uin, name) VALUES (?, ?)"));
        q.addBindValue(byUin ? QVariant(person.uin) : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(textOrEmpty(person.name));
        if (!m_session.run(q))
            return 0;
        id = q.lastInsertId().toLongLong();
    }
    cache.insert(cacheKey, id);
    if (!person.name.isEmpty() && !rememberName(id, person, seenAt))
        return 0;
    return id;
}

bool PeopleAlbums::rememberName(qint64 id, const PersonRef &person, qint64 seenAt)
{
    // Each (person, name) is written once per import unless a sighting widens its time range.
    const auto rangeKey = qMakePair(id, person.name);
    const QPair<qint64, qint64> *known = m_nameRanges.find(rangeKey);
    if (known && (seenAt == kNoTime || (seenAt >= known->first && seenAt <= known->second)))
        return true;
    if (!known)
        m_nameRanges.insert(rangeKey, qMakePair(seenAt, seenAt));
    else if (seenAt != kNoTime)
        m_nameRanges.insert(rangeKey, qMakePair(known->first == kNoTime ? seenAt : qMin(known->first, seenAt),
                                                qMax(known->second, seenAt)));
    StatementCache::Query q(m_session.stmt);
    // Remember every name; the newest one seen becomes the display name.
    q = m_session.stmt(QStringLiteral(
        "INSERT INTO person_names (person_id, name, first_seen, last_seen) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(person_id, name) DO UPDATE SET "
        "first_seen = MIN(COALESCE(first_seen, excluded.first_seen), COALESCE(excluded.first_seen, "
        "first_seen)), "
        "last_seen = MAX(COALESCE(last_seen, excluded.last_seen), COALESCE(excluded.last_seen, last_seen))"));
    q.addBindValue(id);
    q.addBindValue(person.name);
    q.addBindValue(nullableTime(seenAt));
    q.addBindValue(nullableTime(seenAt));
    if (!m_session.run(q))
        return false;
    // The display name's own last sighting only moves later: it stays the newest name.
    const QString *shown = m_displayName.find(id);
    if (shown && *shown == person.name)
        return true;
    q = m_session.stmt(
        QStringLiteral("UPDATE people SET name = (SELECT name FROM person_names WHERE person_id = ? "
                       "ORDER BY last_seen IS NULL, last_seen DESC LIMIT 1) WHERE id = ? RETURNING name"));
    q.addBindValue(id); // Qt's positional binding does not reuse numbered placeholders
    q.addBindValue(id);
    if (!m_session.run(q))
        return false;
    if (q.next())
        m_displayName.insert(id, q.value(0).toString());
    else
        m_displayName.remove(id);
    q.finish();
    return true;
}

qint64 PeopleAlbums::albumId(const MemoryRecord &record)
{
    if (record.albumKey.isEmpty() || !m_session.accountId)
        return 0;
    qint64 id = m_albumByKey.value(record.albumKey);
    StatementCache::Query q(m_session.stmt);
    if (!id) {
        q = m_session.stmt(QStringLiteral("INSERT INTO albums (account_id, album_key) VALUES (?, ?) "
                                          "ON CONFLICT(account_id, album_key) DO NOTHING"));
        q.addBindValue(m_session.accountId);
        q.addBindValue(record.albumKey);
        if (!m_session.run(q))
            return 0;
        q = m_session.stmt(QStringLiteral("SELECT id FROM albums WHERE account_id = ? AND album_key = ?"));
        q.addBindValue(m_session.accountId);
        q.addBindValue(record.albumKey);
        if (!m_session.run(q) || !q.next())
            return 0;
        id = q.value(0).toLongLong();
        q.finish();
        m_albumByKey.insert(record.albumKey, id);
    }
    if (record.albumName.isEmpty() && record.albumCategory.isEmpty() && record.albumDescription.isEmpty())
        return id;
    // Every photo of an album repeats its info; writing the same values again changes nothing.
    const QStringList info{record.albumName, record.albumCategory, record.albumDescription};
    const QStringList *written = m_albumInfo.find(id);
    if (written && *written == info)
        return id;
    m_albumInfo.insert(id, info);
    q = m_session.stmt(
        QStringLiteral("UPDATE albums SET name = COALESCE(name, ?), category = COALESCE(category, ?), "
                       "description = COALESCE(description, ?) WHERE id = ?"));
    q.addBindValue(nullableText(record.albumName));
    q.addBindValue(nullableText(record.albumCategory));
    q.addBindValue(nullableText(record.albumDescription));
    q.addBindValue(id);
    return m_session.run(q) ? id : 0;
}

bool PeopleAlbums::writeFriend(const PersonRecord &record)
{
    const qint64 id = personId(record.person, kNoTime);
    if (!id)
        return false;
    // Every name they went by, over the time it was seen (a Keepsake archive): the newest stays
    // the name shown. Only people with a QQ number: the others are known by one name alone.
    if (!record.person.uin.isEmpty()) {
        for (const PersonName &n : record.names) {
            if (n.name.isEmpty())
                continue;
            const PersonRef named{record.person.uin, n.name};
            if (!personId(named, n.firstSeen) || (n.lastSeen != n.firstSeen && !personId(named, n.lastSeen)))
                return false;
        }
    }
    StatementCache::Query q(m_session.stmt);
    q = m_session.stmt(
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
    return m_session.run(q);
}

bool PeopleAlbums::linkAvatars(const QHash<QString, qint64> &fresh)
{
    StatementCache::Query q(m_session.stmt);
    QHash<QString, qint64> found;
    // Both places exporters keep avatars, read through the primary key's range.
    for (const QString &folder : {QStringLiteral("common/images/"), QStringLiteral("media/avatars/")}) {
        q = m_session.stmt(QStringLiteral(
            "SELECT sf.rel_path, sf.media_id FROM source_files sf JOIN media md ON md.id = sf.media_id "
            "WHERE sf.account_id = ? AND sf.rel_path >= ? AND sf.rel_path < ? AND md.status = 'ok' "
            "ORDER BY sf.rel_path"));
        q.addBindValue(m_session.accountId);
        q.addBindValue(folder);
        q.addBindValue(folder.chopped(1) + QLatin1Char('0')); // '0' follows '/'
        if (!m_session.run(q))
            return false;
        while (q.next()) {
            const QString uin = exporterfiles::avatarUin(q.value(0).toString());
            if (!uin.isEmpty() && !found.contains(uin))
                found.insert(uin, q.value(1).toLongLong());
        }
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        const bool replace = fresh.contains(it.key());
        q = m_session.stmt(replace ? QStringLiteral("UPDATE people SET avatar_media_id = ? WHERE uin = ?")
                                   : QStringLiteral("UPDATE people SET avatar_media_id = ? WHERE uin = ? AND "
                                                    "avatar_media_id IS NULL"));
        q.addBindValue(replace ? fresh.value(it.key()) : it.value());
        q.addBindValue(it.key());
        if (!m_session.run(q))
            return false;
    }
    return true;
}

} // namespace ks
