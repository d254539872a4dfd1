// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorydump.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTimeZone>

namespace ks {

QString isoLocalTime(qint64 utcSeconds, int utcOffsetSeconds)
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::OffsetFromUTC, utcOffsetSeconds)
        .toString(Qt::ISODate);
}

namespace {

QJsonValue textOrNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}

QJsonValue numberOrNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toDouble());
}

QString exifTimeToIso(const QString &taken)
{
    // Stored as written by the camera, "yyyy-MM-ddThh:mm:ss" without a zone: keep it so.
    return taken;
}

} // namespace

namespace {

void dumpRows(QSqlDatabase db, const QString &where, const QVariant &bind,
              const std::function<void(const QJsonObject &)> &sink)
{
    QSqlQuery q(db);
    QString sql = QStringLiteral(
        "SELECT m.id, m.key, m.kind, m.created, m.utc_offset, m.title, m.body_text, p.name, p.uin, "
        "(SELECT COUNT(*) FROM comments c WHERE c.memory_id = m.id), "
        "(SELECT source_file FROM memory_sources s WHERE s.memory_id = m.id ORDER BY s.id LIMIT 1), "
        "dc.memory_id IS NOT NULL, dc.original_created, dc.original_utc_offset "
        "FROM memories m LEFT JOIN people p ON p.id = m.author_id "
        "LEFT JOIN date_corrections dc ON dc.memory_id = m.id");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY m.created IS NULL, m.created, m.id");
    q.prepare(sql);
    if (!where.isEmpty())
        q.addBindValue(bind);
    if (!q.exec())
        return;
    QSqlQuery sub(db);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QJsonObject o;
        o.insert(QStringLiteral("key"), q.value(1).toString());
        o.insert(QStringLiteral("kind"), q.value(2).toString());
        o.insert(QStringLiteral("created"),
                 q.value(3).isNull() ? QJsonValue()
                                     : QJsonValue(isoLocalTime(q.value(3).toLongLong(), q.value(4).toInt())));
        if (q.value(11).toBool()) // the person put the date right; "created" is the corrected one
            o.insert(QStringLiteral("original_created"),
                     q.value(12).isNull()
                         ? QJsonValue()
                         : QJsonValue(isoLocalTime(q.value(12).toLongLong(), q.value(13).toInt())));
        o.insert(QStringLiteral("title"), textOrNull(q.value(5)));
        o.insert(QStringLiteral("text"), textOrNull(q.value(6)));
        QJsonObject author;
        if (!q.value(7).isNull() || !q.value(8).isNull()) {
            author.insert(QStringLiteral("name"), q.value(7).toString());
            author.insert(QStringLiteral("uin"), textOrNull(q.value(8)));
        }
        o.insert(QStringLiteral("author"), author.isEmpty() ? QJsonValue() : QJsonValue(author));
        o.insert(QStringLiteral("comments"), q.value(9).toLongLong());
        o.insert(QStringLiteral("source"), textOrNull(q.value(10)));

        QJsonArray people;
        sub.prepare(QStringLiteral("SELECT p.name, p.uin, mp.role FROM memory_people mp JOIN people p ON "
                                   "p.id = mp.person_id WHERE mp.memory_id = ? ORDER BY p.id"));
        sub.addBindValue(id);
        if (sub.exec()) {
            while (sub.next())
                people.append(QJsonObject{{QStringLiteral("name"), sub.value(0).toString()},
                                          {QStringLiteral("uin"), textOrNull(sub.value(1))},
                                          {QStringLiteral("role"), sub.value(2).toString()}});
        }
        o.insert(QStringLiteral("people"), people);

        QJsonArray tags;
        sub.prepare(QStringLiteral("SELECT t.path FROM memory_tags mt JOIN tags t ON t.id = mt.tag_id "
                                   "WHERE mt.memory_id = ? ORDER BY t.path"));
        sub.addBindValue(id);
        if (sub.exec()) {
            while (sub.next())
                tags.append(sub.value(0).toString());
        }
        o.insert(QStringLiteral("tags"), tags);

        QJsonArray media;
        sub.prepare(QStringLiteral(
            "SELECT md.sha256, md.vault_path, mm.original_name, md.mime, md.width, md.height, "
            "md.taken_local, "
            "md.camera_make, md.camera_model, md.orientation, md.gps_lat, md.gps_lon, md.status, mm.role, "
            "mm.source_path FROM memory_media mm JOIN media md ON md.id = mm.media_id WHERE mm.memory_id = ? "
            "ORDER BY mm.position"));
        sub.addBindValue(id);
        if (sub.exec()) {
            while (sub.next()) {
                QJsonObject m;
                m.insert(QStringLiteral("sha256"), textOrNull(sub.value(0)));
                m.insert(QStringLiteral("path"), textOrNull(sub.value(1)));
                m.insert(QStringLiteral("original"),
                         sub.value(2).isNull() ? textOrNull(sub.value(14)) : textOrNull(sub.value(2)));
                m.insert(QStringLiteral("mime"), textOrNull(sub.value(3)));
                m.insert(QStringLiteral("width"), numberOrNull(sub.value(4)));
                m.insert(QStringLiteral("height"), numberOrNull(sub.value(5)));
                m.insert(QStringLiteral("taken"), sub.value(6).isNull()
                                                      ? QJsonValue()
                                                      : QJsonValue(exifTimeToIso(sub.value(6).toString())));
                m.insert(QStringLiteral("make"), textOrNull(sub.value(7)));
                m.insert(QStringLiteral("model"), textOrNull(sub.value(8)));
                m.insert(QStringLiteral("orientation"), numberOrNull(sub.value(9)));
                m.insert(QStringLiteral("gps"),
                         sub.value(10).isNull()
                             ? QJsonValue()
                             : QJsonValue(QJsonArray{sub.value(10).toDouble(), sub.value(11).toDouble()}));
                m.insert(QStringLiteral("missing"), sub.value(12).toString() == QLatin1String("missing"));
                m.insert(QStringLiteral("status"), sub.value(12).toString());
                m.insert(QStringLiteral("role"), sub.value(13).toString());
                media.append(m);
            }
        }
        o.insert(QStringLiteral("media"), media);
        sink(o);
    }
}

} // namespace

void dumpMemories(QSqlDatabase db, const QString &kind, const std::function<void(const QJsonObject &)> &sink)
{
    dumpRows(db, kind.isEmpty() ? QString() : QStringLiteral("m.kind = ?"), kind, sink);
}

QJsonObject dumpMemory(QSqlDatabase db, qint64 memoryId)
{
    QJsonObject found;
    dumpRows(db, QStringLiteral("m.id = ?"), memoryId, [&found](const QJsonObject &o) { found = o; });
    return found;
}

void dumpProblems(QSqlDatabase db, const std::function<void(const QJsonObject &)> &sink)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT file, kind, message, memory_key FROM problems ORDER BY id")))
        return;
    while (q.next()) {
        QJsonObject o{{QStringLiteral("file"), q.value(0).toString()},
                      {QStringLiteral("kind"), q.value(1).toString()},
                      {QStringLiteral("message"), q.value(2).toString()}};
        o.insert(QStringLiteral("memory"),
                 q.value(3).toString().isEmpty() ? QJsonValue() : q.value(3).toString());
        sink(o);
    }
}

} // namespace ks
