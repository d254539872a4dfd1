// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryrebuild.h"

#include "domain/records.h"
#include "import/photofolderimporter.h"
#include "library/database.h"
#include "media/mediaprobe.h"
#include "models/wallindex.h"
#include "search/searchindex.h"
#include "search/storedpostings.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace ks {

namespace {

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableInt(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}

QString sha256Of(const QString &path, QString *error)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        *error = QStringLiteral("cannot read the file: %1").arg(file.errorString());
        return QString();
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString statusName(MediaInfo::Status status)
{
    switch (status) {
    case MediaInfo::Status::Ok:
        return QStringLiteral("ok");
    case MediaInfo::Status::Placeholder:
        return QStringLiteral("placeholder");
    default:
        return QStringLiteral("damaged");
    }
}

qint64 localToUtc(const QString &local)
{
    const QDate date = QDate::fromString(local.left(10), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(local.mid(11), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return kNoTime;
    return QDateTime(date, time, Qt::OffsetFromUTC, kChinaUtcOffset).toSecsSinceEpoch();
}

/// Moves keepsake.db and its -wal/-shm aside under one new name; returns the new main name.
bool moveAside(const QString &dir, QString *movedTo, QString *error)
{
    const QString db = dir + QStringLiteral("/keepsake.db");
    const QStringList suffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};
    bool any = false;
    for (const QString &suffix : suffixes)
        any = any || QFileInfo::exists(db + suffix);
    if (!any)
        return true;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = db + QStringLiteral(".broken-") + stamp;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + QStringLiteral("-wal")); ++n)
        target = db + QStringLiteral(".broken-%1-%2").arg(stamp).arg(n);
    // The WAL keeps its pairing with the main file (SQLite finds it by name: <main>-wal).
    for (const QString &suffix : suffixes) {
        if (QFileInfo::exists(db + suffix) && !QFile::rename(db + suffix, target + suffix)) {
            *error = QStringLiteral("cannot move %1 aside to %2").arg(db + suffix, target + suffix);
            return false;
        }
    }
    *movedTo = target;
    return true;
}

class Rebuilder
{
public:
    Rebuilder(Database &database, RebuildResult &result) : m_db(database.connection()), m_result(result)
    {
        m_root = database.libraryDir() + QLatin1Char('/');
    }

    bool run(const QString &vaultDir)
    {
        if (!m_db.transaction())
            return failed(m_db.lastError().text());
        if (!begin())
            return rollback();
        QStringList files;
        QDirIterator it(vaultDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.startsWith(vaultDir + QStringLiteral("/.incoming/")))
                files << path;
        }
        files.sort();
        for (const QString &path : std::as_const(files)) {
            if (!addFile(path))
                return rollback();
        }
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE imports SET finished = ?, status = 'done', added = ? WHERE id = ?"));
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
        q.addBindValue(m_result.photos);
        q.addBindValue(m_importId);
        if (!exec(q))
            return rollback();
        if (!m_db.commit())
            return failed(m_db.lastError().text());
        return true;
    }

private:
    bool failed(const QString &error)
    {
        m_result.error = QStringLiteral("cannot write the new library database: %1").arg(error);
        return false;
    }
    bool rollback()
    {
        m_db.rollback();
        return false;
    }
    bool exec(QSqlQuery &q) { return q.exec() || failed(q.lastError().text()); }
    qint64 insert(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        return exec(q) ? q.lastInsertId().toLongLong() : 0;
    }

    bool begin()
    {
        m_importId = insert(QStringLiteral("INSERT INTO imports (source_path, source_kind, started) "
                                           "VALUES (?, 'rebuild', ?)"),
                            {m_root + QStringLiteral("vault"), QDateTime::currentSecsSinceEpoch()});
        // Plain files belong to no QQ account: the owner's own photos, as the photo-folder import.
        m_accountId = insert(QStringLiteral("INSERT INTO accounts (uin, nickname) VALUES ('local', ?) "
                                            "ON CONFLICT(uin) DO UPDATE SET uin = uin"),
                             {QStringLiteral("本机照片")});
        if (m_accountId)
            m_albumId =
                insert(QStringLiteral("INSERT INTO albums (account_id, album_key, name) VALUES (?, ?, ?)"),
                       {m_accountId, QStringLiteral("rebuilt-from-vault"), QStringLiteral("从保险库恢复")});
        return m_importId && m_accountId && m_albumId;
    }

    bool addFile(const QString &path)
    {
        static const QRegularExpression vaultName(QStringLiteral("^([0-9a-f]{64})(\\.[A-Za-z0-9]+)?$"));
        const QString relative = path.mid(m_root.size());
        const QFileInfo info(path);
        const auto match = vaultName.match(info.fileName());
        if (!match.hasMatch()) {
            m_result.skipped.append({relative, QStringLiteral("not a vault file name (<sha256>.<ext>)")});
            return true;
        }
        const QString expected = match.captured(1);
        QString readError;
        const QString actual = sha256Of(path, &readError);
        if (actual.isEmpty()) {
            m_result.skipped.append({relative, readError});
            return true;
        }
        if (actual != expected) {
            m_result.skipped.append(
                {relative, QStringLiteral("the content hashes to %1, not its name: damaged, left in place")
                               .arg(actual)});
            return true;
        }
        const MediaInfo media = probeMedia(path);
        const qint64 mediaId = insert(
            QStringLiteral("INSERT INTO media (sha256, vault_path, mime, size, width, height, duration_ms, "
                           "taken_local, camera_make, camera_model, orientation, gps_lat, gps_lon, status) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {actual, relative, nullable(media.mime), info.size(), nullableInt(media.width),
             nullableInt(media.height), nullableInt(media.durationMs), nullable(media.takenLocal),
             nullable(media.cameraMake), nullable(media.cameraModel), nullableInt(media.orientation),
             media.gpsLatitude ? QVariant(*media.gpsLatitude) : QVariant(QMetaType(QMetaType::Double)),
             media.gpsLongitude ? QVariant(*media.gpsLongitude) : QVariant(QMetaType(QMetaType::Double)),
             statusName(media.status)});
        if (!mediaId)
            return false;
        ++m_result.recovered;
        if (media.status != MediaInfo::Status::Ok || !isPhotoOrVideoMime(media.mime))
            return true; // kept as media: not a photo to show
        return addPhoto(path, relative, actual, media, mediaId);
    }

    bool addPhoto(const QString &path, const QString &relative, const QString &sha, const MediaInfo &media,
                  qint64 mediaId)
    {
        const QFileInfo info(path);
        qint64 created = media.takenLocal.isEmpty() ? kNoTime : localToUtc(media.takenLocal);
        QJsonObject extra{{QStringLiteral("date_source"), QStringLiteral("exif")},
                          {QStringLiteral("rebuilt_from_vault"), true}};
        if (created == kNoTime) {
            created = info.lastModified().toSecsSinceEpoch();
            extra.insert(QStringLiteral("date_source"), QStringLiteral("mtime"));
        }
        QString device = media.cameraModel;
        if (!media.cameraMake.isEmpty() && !device.startsWith(media.cameraMake, Qt::CaseInsensitive))
            device = (media.cameraMake + QLatin1Char(' ') + device).trimmed();
        const QByteArray source = QJsonDocument(QJsonObject{{QStringLiteral("path"), relative},
                                                            {QStringLiteral("size"), info.size()},
                                                            {QStringLiteral("sha256"), sha},
                                                            {QStringLiteral("mime"), media.mime},
                                                            {QStringLiteral("rebuilt_from_vault"), true}})
                                      .toJson(QJsonDocument::Compact);
        const qint64 memoryId = insert(
            QStringLiteral(
                "INSERT INTO memories (account_id, kind, key, created, utc_offset, device, album_id, "
                "latitude, longitude, extra_json, source_json) "
                "VALUES (?, 'photo', ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {m_accountId, QStringLiteral("photo:sha256:") + sha, created, kChinaUtcOffset, nullable(device),
             m_albumId,
             media.gpsLatitude ? QVariant(*media.gpsLatitude) : QVariant(QMetaType(QMetaType::Double)),
             media.gpsLongitude ? QVariant(*media.gpsLongitude) : QVariant(QMetaType(QMetaType::Double)),
             QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact)),
             QString::fromUtf8(source)});
        if (!memoryId)
            return false;
        const QString role = media.mime.startsWith(QLatin1String("video/")) ? QStringLiteral("video")
                                                                            : QStringLiteral("image");
        if (!insert(
                QStringLiteral("INSERT INTO memory_media (memory_id, position, media_id, role, source_path) "
                               "VALUES (?, 0, ?, ?, ?)"),
                {memoryId, mediaId, role, relative}) &&
            !m_result.error.isEmpty())
            return false;
        const QString recordSha =
            QString::fromLatin1(QCryptographicHash::hash(source, QCryptographicHash::Sha256).toHex());
        if (!insert(
                QStringLiteral("INSERT INTO memory_sources (memory_id, import_id, source_file, record_sha, "
                               "record) VALUES (?, ?, ?, ?, ?)"),
                {memoryId, m_importId, path, recordSha, QString::fromUtf8(source)}))
            return false;
        ++m_result.photos;
        return true;
    }

    QSqlDatabase m_db;
    RebuildResult &m_result;
    QString m_root;
    qint64 m_importId = 0;
    qint64 m_accountId = 0;
    qint64 m_albumId = 0;
};

} // namespace

RebuildResult rebuildLibraryFromVault(Database &database, const QString &dir)
{
    RebuildResult result;
    const QString absolute = QDir(dir).absolutePath();
    database.close();
    if (Database::libraryIsReadOnly(absolute)) {
        result.error = QStringLiteral("the library at %1 is read-only: it cannot be rebuilt in place (copy "
                                      "the folder to a writable disk and rebuild the copy)")
                           .arg(absolute);
        return result;
    }
    if (!QFileInfo(absolute + QStringLiteral("/vault")).isDir()) {
        result.error =
            QStringLiteral("%1 holds no vault folder: there is nothing to rebuild from").arg(absolute);
        return result;
    }
    if (!moveAside(absolute, &result.movedAside, &result.error))
        return result;
    if (!database.open(absolute, &result.error, Database::AllowNewBesideVault))
        return result;
    Rebuilder rebuilder(database, result);
    if (!rebuilder.run(database.vaultDir())) {
        database.close();
        return result;
    }
    rebuildWallIndex(database.connection());
    rebuildSearchIndex(database.connection());
    writeStoredSearch(database.connection());
    result.ok = true;
    return result;
}

} // namespace ks
