// SPDX-License-Identifier: GPL-3.0-or-later
// archivedump: what a selection uses besides its memories (people, tags, files), and those as JSON.
#include "archivedump.h"

#include "librarycounts.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace ks::archivedump {

namespace {

constexpr int kChunk = 500;

QJsonValue textOrNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}

QJsonValue epochOrNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toLongLong());
}

/// "1,2,3" for an IN (…) list: numbers only, never text from outside.
QString idList(const QList<qint64> &ids, qsizetype from, qsizetype count)
{
    QStringList parts;
    for (qsizetype i = from; i < qMin(from + count, ids.size()); ++i)
        parts << QString::number(ids.at(i));
    return parts.join(QLatin1Char(','));
}

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

/// Runs @p sql (one %1 for the id list) over @p ids in chunks; @p row gets each result row.
bool forChunks(QSqlDatabase db, const QList<qint64> &ids, const QString &sql,
               const std::function<void(const QSqlQuery &)> &row, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (qsizetype i = 0; i < ids.size(); i += kChunk) {
        if (!q.exec(sql.arg(idList(ids, i, kChunk))))
            return failed(q, error);
        while (q.next())
            row(q);
    }
    return true;
}

QSet<qint64> allIds(QSqlDatabase db, const QString &sql, bool *ok)
{
    QSet<qint64> ids;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    *ok = q.exec(sql);
    while (*ok && q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

} // namespace

bool extent(QSqlDatabase db, const QList<qint64> &ids, bool whole, Extent *out, QString *error)
{
    Extent e;
    const LibraryCounts::Counts counts = whole ? LibraryCounts::whole(db) : LibraryCounts::of(db, ids);
    e.photos = int(counts.photos);
    bool ok = true;
    auto add = [](QSet<qint64> &set) {
        return [&set](const QSqlQuery &q) {
            if (!q.value(0).isNull())
                set.insert(q.value(0).toLongLong());
        };
    };
    bool first = true;
    auto range = [&](const QSqlQuery &q) {
        if (q.value(0).isNull())
            return;
        const qint64 t = q.value(0).toLongLong();
        if (first || t < e.firstCreated) {
            e.firstCreated = t;
            e.firstOffset = q.value(1).toInt();
        }
        if (first || t > e.lastCreated) {
            e.lastCreated = t;
            e.lastOffset = q.value(1).toInt();
        }
        first = false;
    };
    auto count = [&e](const QSqlQuery &q) {
        e.comments += q.value(0).toInt();
    };
    if (!forChunks(
            db, ids,
            QStringLiteral("SELECT MIN(created), utc_offset FROM memories WHERE id IN (%1) AND created IS "
                           "NOT NULL UNION ALL SELECT MAX(created), utc_offset FROM memories WHERE id IN "
                           "(%1) AND created IS NOT NULL"),
            range, error) ||
        !forChunks(db, ids, QStringLiteral("SELECT COUNT(*) FROM comments WHERE memory_id IN (%1)"), count,
                   error))
        return false;

    if (whole) {
        e.people = allIds(db, QStringLiteral("SELECT id FROM people"), &ok);
        if (ok)
            e.tags = allIds(db, QStringLiteral("SELECT id FROM tags"), &ok);
        if (ok)
            e.media = allIds(db, QStringLiteral("SELECT id FROM media WHERE sha256 IS NOT NULL"), &ok);
        if (!ok) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        *out = e;
        return true;
    }

    // People: authors, the people a memory names, commenters, and the accounts' owners.
    QSet<QString> emoticons;
    static const QRegularExpression emoticon(QStringLiteral("\\be(\\d{1,6})(?:\\[/em\\]|\\.gif)"));
    auto words = [&emoticons](const QSqlQuery &q) {
        for (int column = 0; column < 2; ++column) {
            auto it = emoticon.globalMatch(q.value(column).toString());
            while (it.hasNext())
                emoticons.insert(it.next().captured(1));
        }
    };
    if (!forChunks(db, ids, QStringLiteral("SELECT author_id FROM memories WHERE id IN (%1)"), add(e.people),
                   error) ||
        !forChunks(db, ids, QStringLiteral("SELECT person_id FROM memory_people WHERE memory_id IN (%1)"),
                   add(e.people), error) ||
        !forChunks(db, ids, QStringLiteral("SELECT author_id FROM comments WHERE memory_id IN (%1)"),
                   add(e.people), error) ||
        !forChunks(db, ids,
                   QStringLiteral("SELECT p.id FROM people p JOIN accounts a ON a.uin = p.uin WHERE a.id IN "
                                  "(SELECT account_id FROM memories WHERE id IN (%1))"),
                   add(e.people), error) ||
        !forChunks(db, ids, QStringLiteral("SELECT tag_id FROM memory_tags WHERE memory_id IN (%1)"),
                   add(e.tags), error) ||
        !forChunks(
            db, ids,
            QStringLiteral("SELECT mm.media_id FROM memory_media mm JOIN media md ON md.id = mm.media_id "
                           "WHERE mm.memory_id IN (%1) AND md.sha256 IS NOT NULL"),
            add(e.media), error) ||
        !forChunks(db, ids, QStringLiteral("SELECT body_text, body_html FROM memories WHERE id IN (%1)"),
                   words, error) ||
        !forChunks(db, ids, QStringLiteral("SELECT body_text, '' FROM comments WHERE memory_id IN (%1)"),
                   words, error))
        return false;
    // Parents of the tags, up to the top.
    QList<qint64> frontier(e.tags.cbegin(), e.tags.cend());
    while (!frontier.isEmpty()) {
        QList<qint64> parents;
        if (!forChunks(
                db, frontier, QStringLiteral("SELECT parent_id FROM tags WHERE id IN (%1)"),
                [&](const QSqlQuery &q) {
                    const qint64 parent = q.value(0).toLongLong();
                    if (parent && !e.tags.contains(parent)) {
                        e.tags.insert(parent);
                        parents << parent;
                    }
                },
                error))
            return false;
        frontier = parents;
    }
    // The avatars of those people, and the emoticon pictures the words use.
    const QList<qint64> people(e.people.cbegin(), e.people.cend());
    if (!forChunks(db, people,
                   QStringLiteral(
                       "SELECT p.avatar_media_id FROM people p JOIN media md ON md.id = p.avatar_media_id "
                       "WHERE p.id IN (%1) AND md.sha256 IS NOT NULL"),
                   add(e.media), error))
        return false;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT sf.media_id FROM source_files sf JOIN media md ON md.id = sf.media_id WHERE "
                       "sf.account_id IN (SELECT id FROM accounts) AND sf.rel_path IN (?, ?) AND "
                       "md.sha256 IS NOT NULL"));
    for (const QString &id : std::as_const(emoticons)) {
        q.addBindValue(QStringLiteral("common/images/e%1.gif").arg(id));
        q.addBindValue(QStringLiteral("media/emoji/e%1.gif").arg(id));
        if (!q.exec())
            return failed(q, error);
        while (q.next())
            e.media.insert(q.value(0).toLongLong());
    }
    *out = e;
    return true;
}

QJsonArray people(QSqlDatabase db, const QSet<qint64> &ids)
{
    QList<qint64> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end()); // the order the library made them: ids follow it
    QHash<qint64, QJsonArray> names;
    forChunks(
        db, sorted,
        QStringLiteral("SELECT person_id, name, first_seen, last_seen FROM person_names WHERE person_id IN "
                       "(%1) ORDER BY person_id, last_seen IS NULL, last_seen, name"),
        [&](const QSqlQuery &q) {
            names[q.value(0).toLongLong()].append(
                QJsonObject{{QStringLiteral("name"), q.value(1).toString()},
                            {QStringLiteral("first_seen"), epochOrNull(q.value(2))},
                            {QStringLiteral("last_seen"), epochOrNull(q.value(3))}});
        },
        nullptr);
    QJsonArray list;
    forChunks(
        db, sorted,
        QStringLiteral("SELECT p.id, p.uin, p.name, p.remark, p.group_name, p.friend_since, p.is_friend, "
                       "p.source_json, md.sha256 FROM people p LEFT JOIN media md ON md.id = "
                       "p.avatar_media_id WHERE p.id IN (%1) ORDER BY p.id"),
        [&](const QSqlQuery &q) {
            list.append(QJsonObject{{QStringLiteral("uin"), textOrNull(q.value(1))},
                                    {QStringLiteral("name"), q.value(2).toString()},
                                    {QStringLiteral("names"), names.value(q.value(0).toLongLong())},
                                    {QStringLiteral("remark"), textOrNull(q.value(3))},
                                    {QStringLiteral("group"), textOrNull(q.value(4))},
                                    {QStringLiteral("friend_since"), epochOrNull(q.value(5))},
                                    {QStringLiteral("is_friend"), q.value(6).toBool()},
                                    {QStringLiteral("source"), textOrNull(q.value(7))},
                                    {QStringLiteral("avatar"), textOrNull(q.value(8))}});
        },
        nullptr);
    return list;
}

QJsonArray tags(QSqlDatabase db, const QSet<qint64> &ids)
{
    QList<QPair<QString, QString>> found;
    const QList<qint64> list(ids.cbegin(), ids.cend());
    forChunks(
        db, list, QStringLiteral("SELECT path, color FROM tags WHERE id IN (%1)"),
        [&](const QSqlQuery &q) {
            found.append({q.value(0).toString(), q.value(1).toString()});
        },
        nullptr);
    std::sort(found.begin(), found.end()); // a parent's path comes before its children's
    QJsonArray out;
    for (const auto &[path, color] : std::as_const(found))
        out.append(
            QJsonObject{{QStringLiteral("path"), path},
                        {QStringLiteral("color"), color.isEmpty() ? QJsonValue() : QJsonValue(color)}});
    return out;
}

bool files(QSqlDatabase db, const QSet<qint64> &media, const QList<qint64> &memoryIds, QList<File> *out,
           QString *error)
{
    QList<qint64> ids(media.cbegin(), media.cend());
    std::sort(ids.begin(), ids.end());
    QHash<qint64, int> index;
    QList<File> list;
    if (!forChunks(
            db, ids,
            QStringLiteral(
                "SELECT id, sha256, vault_path, size, mime, status FROM media WHERE id IN (%1) AND "
                "sha256 IS NOT NULL ORDER BY sha256"),
            [&](const QSqlQuery &q) {
                File f;
                f.mediaId = q.value(0).toLongLong();
                f.sha256 = q.value(1).toString();
                f.vaultPath = q.value(2).toString();
                f.size = q.value(3).toLongLong();
                f.mime = q.value(4).toString();
                f.status = q.value(5).toString();
                index.insert(f.mediaId, int(list.size()));
                list.append(f);
            },
            error))
        return false;
    // The names a memory of the archive gives each file come back with the memory; the others
    // (avatars, emoticons, an export's loose files) are kept as loose names.
    QSet<QString> linkedNames;
    if (!forChunks(
            db, memoryIds,
            QStringLiteral(
                "SELECT mm.media_id, m.account_id, lower(mm.source_path) FROM memory_media mm JOIN "
                "memories m ON m.id = mm.memory_id WHERE mm.memory_id IN (%1)"),
            [&](const QSqlQuery &q) {
                const auto it = index.constFind(q.value(0).toLongLong());
                if (it == index.cend())
                    return;
                list[*it].linked = true;
                linkedNames.insert(QStringLiteral("%1|%2|%3")
                                       .arg(q.value(0).toLongLong())
                                       .arg(q.value(1).toLongLong())
                                       .arg(q.value(2).toString()));
            },
            error))
        return false;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT sf.media_id, sf.account_id, a.uin, sf.rel_path FROM source_files sf JOIN "
                           "accounts a ON a.id = sf.account_id ORDER BY sf.account_id, sf.rel_path")))
        return failed(q, error);
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        const QString name = QStringLiteral("%1|%2|%3")
                                 .arg(q.value(0).toLongLong())
                                 .arg(q.value(1).toLongLong())
                                 .arg(q.value(3).toString());
        if (linkedNames.contains(name))
            continue;
        list[*it].loose.append(QJsonObject{{QStringLiteral("account"), q.value(2).toString()},
                                           {QStringLiteral("rel_path"), q.value(3).toString()}});
    }
    *out = list;
    return true;
}

QJsonObject fileJson(const File &file)
{
    return QJsonObject{{QStringLiteral("sha256"), file.sha256},
                       {QStringLiteral("path"), bagPath(file.vaultPath)},
                       {QStringLiteral("vault_path"), file.vaultPath},
                       {QStringLiteral("size"), file.size},
                       {QStringLiteral("mime"), file.mime.isEmpty() ? QJsonValue() : QJsonValue(file.mime)},
                       {QStringLiteral("status"), file.status},
                       {QStringLiteral("linked"), file.linked},
                       {QStringLiteral("loose"), file.loose}};
}

} // namespace ks::archivedump
