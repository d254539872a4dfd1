// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailmedia.h"

#include "library/database.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace ks {

bool DetailMedia::isVideo() const
{
    return role == QLatin1String("video") || mime.startsWith(QLatin1String("video/"));
}

namespace detailmedia {

namespace {

// Columns shared by every media query; memory columns come from "m", media from "md", the link from "mm".
const char *kColumns =
    "md.id, m.id, mm.role, md.status, md.vault_path, md.mime, md.size, md.width, md.height, "
    "md.duration_ms, md.orientation, md.taken_local, md.camera_make, md.camera_model, md.gps_lat, "
    "md.gps_lon, mm.original_name, mm.source_path, a.name, m.body_text, m.created, m.utc_offset, "
    "(SELECT s.source_file FROM memory_sources s WHERE s.memory_id = m.id ORDER BY s.id LIMIT 1)";

DetailMedia fromQuery(const QSqlQuery &q, const QString &libraryDir)
{
    DetailMedia d;
    d.mediaId = q.value(0).toLongLong();
    d.memoryId = q.value(1).toLongLong();
    d.role = q.value(2).toString();
    d.status = q.value(3).toString();
    const QString vault = q.value(4).toString();
    d.filePath = vault.isEmpty() ? QString() : libraryDir + QLatin1Char('/') + vault;
    d.mime = q.value(5).toString();
    d.size = q.value(6).toLongLong();
    d.width = q.value(7).toInt();
    d.height = q.value(8).toInt();
    d.durationMs = q.value(9).toLongLong();
    d.orientation = q.value(10).toInt();
    d.takenLocal = q.value(11).toString();
    d.cameraMake = q.value(12).toString();
    d.cameraModel = q.value(13).toString();
    if (!q.value(14).isNull() && !q.value(15).isNull()) {
        d.latitude = q.value(14).toDouble();
        d.longitude = q.value(15).toDouble();
    }
    d.originalName = q.value(16).toString();
    d.sourcePath = q.value(17).toString();
    d.albumName = q.value(18).toString();
    d.caption = q.value(19).toString();
    if (!q.value(20).isNull())
        d.uploaded =
            QDateTime::fromSecsSinceEpoch(q.value(20).toLongLong(), Qt::OffsetFromUTC, q.value(21).toInt());
    d.sourceFile = q.value(22).toString();
    return d;
}

QString fromClause()
{
    return QStringLiteral(
        "FROM memory_media mm JOIN media md ON md.id = mm.media_id JOIN memories m ON m.id = mm.memory_id "
        "LEFT JOIN albums a ON a.id = m.album_id ");
}

// Posters go with the video before them (or the only video) instead of standing alone.
QList<DetailMedia> attachPosters(const QList<DetailMedia> &all)
{
    QList<DetailMedia> out;
    QStringList posters;
    for (const DetailMedia &d : all) {
        if (d.role == QLatin1String("poster"))
            posters << d.filePath;
        else
            out << d;
    }
    int next = 0;
    for (DetailMedia &d : out) {
        if (d.isVideo() && next < posters.size())
            d.posterPath = posters.at(next++);
    }
    return out;
}

} // namespace

std::optional<QString> memoryKind(Database &database, qint64 memoryId)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT kind FROM memories WHERE id = ?"));
    q.addBindValue(memoryId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

QString bodyHtml(Database &database, qint64 memoryId)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT body_html FROM memories WHERE id = ?"));
    q.addBindValue(memoryId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QString();
}

QList<DetailMedia> mediaOfMemory(Database &database, qint64 memoryId)
{
    QList<DetailMedia> all;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT %1 %2 WHERE mm.memory_id = ? ORDER BY mm.position")
                  .arg(QLatin1String(kColumns), fromClause()));
    q.addBindValue(memoryId);
    if (!q.exec())
        qWarning("keepsake: detail media: %s", qPrintable(q.lastError().text()));
    while (q.next())
        all << fromQuery(q, database.libraryDir());
    return attachPosters(all);
}

QList<DetailMedia> photoSequence(Database &database, qint64 memoryId, int offset, int *start)
{
    QSqlQuery info(database.connection());
    info.prepare(QStringLiteral("SELECT kind, album_id FROM memories WHERE id = ?"));
    info.addBindValue(memoryId);
    QString kind;
    qint64 albumId = 0;
    if (info.exec() && info.next()) {
        kind = info.value(0).toString();
        albumId = info.value(1).toLongLong();
    }
    QList<DetailMedia> sequence;
    int anchor = 0;
    if (albumId > 0 && (kind == QLatin1String("photo") || kind == QLatin1String("album") ||
                        kind == QLatin1String("video"))) {
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral("SELECT %1 %2 WHERE m.album_id = ? AND m.kind IN ('photo', 'video') "
                                 "ORDER BY m.created IS NULL, m.created DESC, m.id DESC, mm.position")
                      .arg(QLatin1String(kColumns), fromClause()));
        q.addBindValue(albumId);
        if (!q.exec())
            qWarning("keepsake: photo sequence: %s", qPrintable(q.lastError().text()));
        QList<DetailMedia> all;
        while (q.next())
            all << fromQuery(q, database.libraryDir());
        sequence = attachPosters(all);
        for (int i = 0; i < sequence.size(); ++i) {
            if (sequence.at(i).memoryId == memoryId) {
                anchor = i;
                break;
            }
        }
    }
    if (sequence.isEmpty())
        sequence = mediaOfMemory(database, memoryId);
    if (start)
        *start = sequence.isEmpty() ? 0 : qBound(0, anchor + offset, int(sequence.size()) - 1);
    return sequence;
}

QString vaultFile(Database &database, qint64 mediaId)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT vault_path FROM media WHERE id = ?"));
    q.addBindValue(mediaId);
    if (!q.exec() || !q.next() || q.value(0).toString().isEmpty())
        return QString();
    const QString vaultDir = QDir::cleanPath(database.libraryDir() + QStringLiteral("/vault"));
    const QString path = QDir::cleanPath(database.libraryDir() + QLatin1Char('/') + q.value(0).toString());
    // Only files inside the vault, whatever the database says.
    return path.startsWith(vaultDir + QLatin1Char('/')) ? path : QString();
}

} // namespace detailmedia
} // namespace ks
