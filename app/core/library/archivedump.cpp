// SPDX-License-Identifier: GPL-3.0-or-later
// archivedump: one memory with its comments and sources, and the accounts.
#include "archivedump.h"

#include "memorydump.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>

namespace ks::archivedump {

namespace {

QJsonValue textOrNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}

QJsonValue numberOrNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toDouble());
}

QJsonValue epochOrNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toLongLong());
}

QJsonValue objectOrNull(const QVariant &json)
{
    if (json.isNull() || json.toString().isEmpty())
        return QJsonValue();
    const QJsonDocument doc = QJsonDocument::fromJson(json.toString().toUtf8());
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(json.toString());
}

struct CommentRow
{
    qint64 id = 0;
    qint64 parent = 0;
    QJsonObject object;
};

QJsonArray commentThread(QSqlDatabase db, qint64 memoryId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.id, c.parent_id, c.key, p.uin, c.author_name, c.created, c.utc_offset, c.body_text, "
        "c.source_json FROM comments c LEFT JOIN people p ON p.id = c.author_id WHERE c.memory_id = ? "
        "ORDER BY c.created IS NULL, c.created, c.id"));
    q.addBindValue(memoryId);
    if (!q.exec())
        return QJsonArray();
    QList<CommentRow> rows;
    while (q.next()) {
        CommentRow row;
        row.id = q.value(0).toLongLong();
        row.parent = q.value(1).toLongLong();
        QJsonObject &o = row.object;
        o.insert(QStringLiteral("key"), q.value(2).toString());
        if (!q.value(3).isNull() || !q.value(4).isNull())
            o.insert(QStringLiteral("author"), QJsonObject{{QStringLiteral("name"), textOrNull(q.value(4))},
                                                           {QStringLiteral("uin"), textOrNull(q.value(3))}});
        else
            o.insert(QStringLiteral("author"), QJsonValue());
        o.insert(QStringLiteral("created"),
                 q.value(5).isNull() ? QJsonValue()
                                     : QJsonValue(isoLocalTime(q.value(5).toLongLong(), q.value(6).toInt())));
        o.insert(QStringLiteral("created_epoch"), epochOrNull(q.value(5)));
        o.insert(QStringLiteral("utc_offset"), q.value(6).toInt());
        o.insert(QStringLiteral("text"), q.value(7).toString());
        o.insert(QStringLiteral("source"), textOrNull(q.value(8)));
        rows.append(row);
    }
    // Replies under their comment, at any depth, each level in time order.
    QHash<qint64, QList<int>> children;
    for (int i = 0; i < rows.size(); ++i)
        children[rows.at(i).parent].append(i);
    std::function<QJsonArray(qint64, int)> build = [&](qint64 parent, int depth) {
        QJsonArray list;
        if (depth > 64) // a loop in damaged data would never end
            return list;
        for (const int i : children.value(parent)) {
            QJsonObject o = rows.at(i).object;
            o.insert(QStringLiteral("replies"), build(rows.at(i).id, depth + 1));
            list.append(o);
        }
        return list;
    };
    return build(0, 0);
}

} // namespace

QString bagPath(const QString &vaultPath)
{
    return vaultPath.isEmpty() ? QString() : QStringLiteral("data/") + vaultPath;
}

QJsonObject memory(QSqlDatabase db, qint64 memoryId)
{
    QJsonObject o = dumpMemory(db, memoryId);
    if (o.isEmpty())
        return o;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.uin, m.created, m.utc_offset, m.body_html, m.location, m.latitude, m.longitude, m.device, "
        "al.album_key, al.name, al.category, al.description, m.like_count, m.extra_json, m.match_key, "
        "COALESCE(NULLIF(m.source_json, ''), (SELECT s.record FROM memory_sources s WHERE s.memory_id = m.id "
        "ORDER BY s.id LIMIT 1), ''), dc.memory_id IS NOT NULL, dc.original_created, dc.original_utc_offset, "
        "dc.corrected_at FROM memories m JOIN accounts a ON a.id = m.account_id LEFT JOIN albums al ON "
        "al.id = m.album_id LEFT JOIN date_corrections dc ON dc.memory_id = m.id WHERE m.id = ?"));
    q.addBindValue(memoryId);
    if (!q.exec() || !q.next())
        return QJsonObject();
    o.insert(QStringLiteral("account"), q.value(0).toString());
    o.insert(QStringLiteral("utc_offset"), q.value(2).toInt());
    o.insert(QStringLiteral("html"), textOrNull(q.value(3)));
    o.insert(QStringLiteral("location"), textOrNull(q.value(4)));
    o.insert(QStringLiteral("latitude"), numberOrNull(q.value(5)));
    o.insert(QStringLiteral("longitude"), numberOrNull(q.value(6)));
    o.insert(QStringLiteral("device"), textOrNull(q.value(7)));
    if (!q.value(8).isNull())
        o.insert(QStringLiteral("album"),
                 QJsonObject{{QStringLiteral("key"), q.value(8).toString()},
                             {QStringLiteral("name"), textOrNull(q.value(9))},
                             {QStringLiteral("category"), textOrNull(q.value(10))},
                             {QStringLiteral("description"), textOrNull(q.value(11))}});
    else
        o.insert(QStringLiteral("album"), QJsonValue());
    o.insert(QStringLiteral("like_count"), numberOrNull(q.value(12)));
    o.insert(QStringLiteral("extra"), objectOrNull(q.value(13)));
    const bool corrected = q.value(16).toBool();
    QJsonObject library{{QStringLiteral("created"), epochOrNull(q.value(1))},
                        {QStringLiteral("utc_offset"), q.value(2).toInt()},
                        {QStringLiteral("corrected"), corrected},
                        {QStringLiteral("match_key"), textOrNull(q.value(14))},
                        {QStringLiteral("source_record"), q.value(15).toString()}};
    if (corrected) {
        // created is the date the person put right; the source's own date is kept beside it.
        library.insert(QStringLiteral("source_created"), epochOrNull(q.value(17)));
        library.insert(QStringLiteral("source_utc_offset"), q.value(18).toInt());
        library.insert(QStringLiteral("corrected_at"), epochOrNull(q.value(19)));
    }
    o.insert(QStringLiteral("library"), library);
    o.insert(QStringLiteral("comment_thread"), commentThread(db, memoryId));

    // Each media entry: where its file is in the bag, and the names the export gave it.
    q.prepare(
        QStringLiteral("SELECT md.vault_path, mm.source_path, mm.original_name, md.size FROM memory_media mm "
                       "JOIN media md ON md.id = mm.media_id WHERE mm.memory_id = ? ORDER BY mm.position"));
    q.addBindValue(memoryId);
    QJsonArray media = o.value(QStringLiteral("media")).toArray();
    if (q.exec()) {
        for (int i = 0; q.next() && i < media.size(); ++i) {
            QJsonObject m = media.at(i).toObject();
            const QString vault = q.value(0).toString();
            m.insert(QStringLiteral("bag_path"), vault.isEmpty() ? QJsonValue() : QJsonValue(bagPath(vault)));
            m.insert(QStringLiteral("source_path"), textOrNull(q.value(1)));
            m.insert(QStringLiteral("original_name"), textOrNull(q.value(2)));
            m.insert(QStringLiteral("size"), epochOrNull(q.value(3)));
            media.replace(i, m);
        }
    }
    o.insert(QStringLiteral("media"), media);
    return o;
}

QJsonArray sources(QSqlDatabase db, qint64 memoryId)
{
    QJsonArray list;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT a.uin, m.key, s.source_file, s.record_sha, s.record FROM memory_sources s "
                       "JOIN memories m ON m.id = s.memory_id JOIN accounts a ON a.id = m.account_id "
                       "WHERE s.memory_id = ? ORDER BY s.id"));
    q.addBindValue(memoryId);
    if (!q.exec())
        return list;
    while (q.next())
        list.append(QJsonObject{{QStringLiteral("account"), q.value(0).toString()},
                                {QStringLiteral("memory"), q.value(1).toString()},
                                {QStringLiteral("file"), q.value(2).toString()},
                                {QStringLiteral("sha256"), q.value(3).toString()},
                                {QStringLiteral("record"), q.value(4).toString()}});
    return list;
}

QJsonArray accounts(QSqlDatabase db)
{
    QJsonArray list;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT uin, nickname, profile_json FROM accounts ORDER BY id")))
        return list;
    while (q.next())
        list.append(QJsonObject{{QStringLiteral("uin"), q.value(0).toString()},
                                {QStringLiteral("nickname"), textOrNull(q.value(1))},
                                {QStringLiteral("profile"), objectOrNull(q.value(2))}});
    return list;
}

QJsonArray problems(QSqlDatabase db, const QSet<QString> &memoryKeys, bool whole)
{
    QJsonArray list;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT file, kind, message, memory_key FROM problems WHERE media_id IS NULL ORDER BY id")))
        return list;
    while (q.next()) {
        const QString memory = q.value(3).toString();
        if (!whole && !memoryKeys.contains(memory))
            continue;
        list.append(QJsonObject{{QStringLiteral("file"), q.value(0).toString()},
                                {QStringLiteral("kind"), q.value(1).toString()},
                                {QStringLiteral("message"), q.value(2).toString()},
                                {QStringLiteral("memory"), memory}});
    }
    return list;
}

QList<qint64> groupedByAccount(QSqlDatabase db, const QList<qint64> &ids)
{
    QHash<qint64, qint64> accountOf;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, account_id FROM memories"))) {
        while (q.next())
            accountOf.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    QList<qint64> sorted = ids;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&](qint64 a, qint64 b) { return accountOf.value(a) < accountOf.value(b); });
    return sorted;
}

} // namespace ks::archivedump
