// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailmedia.h"

#include "library/database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace ks {

bool DetailMedia::isVideo() const
{
    return role == QLatin1String("video") || mime.startsWith(QLatin1String("video/"));
}

namespace detailmedia {

namespace {

// The file as it is inside what was dropped, when it was read from the library's private
// unpack folder (an older import recorded that): <library>/tmp/unpack-XXXXXX/… → archive.zip/….
QString unaliased(const QString &file, const QString &dropped, const QString &libraryDir)
{
    const QString unpack = QDir::cleanPath(libraryDir) + QStringLiteral("/tmp/unpack-");
    if (!file.startsWith(unpack))
        return file;
    const int slash = file.indexOf(QLatin1Char('/'), unpack.size());
    const QString rest = slash < 0 ? QString() : file.mid(slash);
    return dropped.isEmpty() ? QFileInfo(file).fileName() : dropped + rest;
}

// Columns shared by every media query; memory columns come from "m", media from "md", the link from "mm".
const char *kColumns =
    "md.id, m.id, mm.role, md.status, md.vault_path, md.mime, md.size, md.width, md.height, "
    "md.duration_ms, md.orientation, md.taken_local, md.camera_make, md.camera_model, md.gps_lat, "
    "md.gps_lon, mm.original_name, mm.source_path, a.name, m.body_text, m.created, m.utc_offset, "
    "(SELECT s.source_file FROM memory_sources s WHERE s.memory_id = m.id ORDER BY s.id LIMIT 1), "
    "(SELECT i.source_path FROM memory_sources s JOIN imports i ON i.id = s.import_id "
    "WHERE s.memory_id = m.id ORDER BY s.id LIMIT 1)";

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
    const QString dropped = q.value(23).toString();
    d.shownSourceFile = shownExportPath(d.sourceFile, dropped, libraryDir);
    d.shownSourcePath = shownMediaPath(d.sourcePath, d.sourceFile, dropped, libraryDir);
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

QString shownExportPath(const QString &file, const QString &dropped, const QString &libraryDir)
{
    if (file.isEmpty())
        return QString();
    const QString real = unaliased(QDir::cleanPath(file), QDir::cleanPath(dropped), libraryDir);
    const QString base = QDir::cleanPath(dropped);
    if (!dropped.isEmpty() && (real == base || real.startsWith(base + QLatin1Char('/'))))
        return QFileInfo(base).fileName() + real.mid(base.size()); // "QQ空间备份_123456.zip/…"
    return real;
}

QString shownMediaPath(const QString &relPath, const QString &sourceFile, const QString &dropped,
                       const QString &libraryDir)
{
    if (relPath.isEmpty())
        return QString();
    if (QDir::isAbsolutePath(relPath))
        return shownExportPath(relPath, dropped, libraryDir);
    const QString file = unaliased(QDir::cleanPath(sourceFile), QDir::cleanPath(dropped), libraryDir);
    const QString base = QDir::cleanPath(dropped);
    if (file.isEmpty() || base.isEmpty())
        return relPath;
    // The export root is the folder the path is relative to: an ancestor of the data file that
    // holds the picture (a dropped folder), else the one holding its first folder ("Messages").
    const QString first = relPath.section(QLatin1Char('/'), 0, 0);
    for (QString dir = QFileInfo(file).path(); dir.size() >= base.size(); dir = QFileInfo(dir).path()) {
        if (QFileInfo::exists(dir + QLatin1Char('/') + relPath) ||
            (relPath.contains(QLatin1Char('/')) &&
             QFileInfo(file).path().startsWith(dir + QLatin1Char('/') + first + QLatin1Char('/'))))
            return shownExportPath(dir + QLatin1Char('/') + relPath, dropped, libraryDir);
        // QZoneExport's backup file lives in <root>/Common/json/.
        if (QFileInfo(dir).fileName() == QLatin1String("Common"))
            return shownExportPath(QFileInfo(dir).path() + QLatin1Char('/') + relPath, dropped, libraryDir);
        if (dir == base || dir == QFileInfo(dir).path())
            break;
    }
    return QFileInfo(base).fileName() + QLatin1Char('/') + relPath;
}

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

std::optional<DetailMedia> mediaInMemory(Database &database, qint64 memoryId, qint64 mediaId)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT %1 %2 WHERE mm.memory_id = ? AND mm.media_id = ? ORDER BY mm.position "
                             "LIMIT 1")
                  .arg(QLatin1String(kColumns), fromClause()));
    q.addBindValue(memoryId);
    q.addBindValue(mediaId);
    if (!q.exec()) {
        qWarning("keepsake: detail media: %s", qPrintable(q.lastError().text()));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return fromQuery(q, database.libraryDir());
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

VisitorFacts visitorFacts(Database &database, const QString &uin, int limit)
{
    VisitorFacts facts;
    if (uin.isEmpty())
        return facts;
    QSqlQuery person(database.connection());
    person.prepare(
        QStringLiteral("SELECT is_friend, remark, group_name, friend_since FROM people WHERE uin = ?"));
    person.addBindValue(uin);
    if (person.exec() && person.next()) {
        facts.isFriend = person.value(0).toInt() == 1;
        facts.remark = person.value(1).toString();
        facts.groupName = person.value(2).toString();
        facts.friendSince = person.value(3).toLongLong();
    }
    QSqlQuery q(database.connection());
    q.prepare(
        QStringLiteral("SELECT m.created, m.utc_offset FROM memories m JOIN people p ON p.id = m.author_id "
                       "WHERE m.kind = 'visit' AND p.uin = ? ORDER BY m.created IS NULL, m.created DESC"));
    q.addBindValue(uin);
    if (!q.exec())
        qWarning("keepsake: visits: %s", qPrintable(q.lastError().text()));
    while (q.next()) {
        ++facts.visits;
        if (facts.latest.size() < limit && !q.value(0).isNull())
            facts.latest << QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::OffsetFromUTC,
                                                          q.value(1).toInt());
    }
    return facts;
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
