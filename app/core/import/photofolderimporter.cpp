// SPDX-License-Identifier: GPL-3.0-or-later
#include "photofolderimporter.h"

#include "importcontext.h"
#include "importer.h"
#include "importsink.h"
#include "media/mediaprobe.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace ks {

namespace {

const QString kFormatId = QStringLiteral("photo-folder");
const QString kTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss");

const QMimeDatabase &mimeDatabase()
{
    static const QMimeDatabase db;
    return db;
}

QString sniffedMime(const QString &path)
{
    return mimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name();
}

/// Whether the name says image or video: only used for files whose content says nothing (0 bytes).
bool mediaByName(const QString &path)
{
    const QList<QMimeType> types = mimeDatabase().mimeTypesForFileName(path);
    for (const QMimeType &type : types) {
        if (isPhotoOrVideoMime(type.name()))
            return true;
    }
    return false;
}

bool plausible(const QDateTime &time)
{
    return time.isValid() && time.date().year() >= 1990 && time.date().year() <= 2100;
}

/// Lists the regular files below @p root, never through a symlink (a link loop would never end).
template <typename Visit> void walkFiles(const QString &root, Visit visit)
{
    // No QDir::Hidden: .DS_Store, .thumbnails and other hidden helpers are not photos.
    QDirIterator it(root, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!visit(path))
            return;
    }
}

bool isInside(const QString &path, const QStringList &roots)
{
    for (const QString &root : roots) {
        if (path == root || path.startsWith(root + QLatin1Char('/')))
            return true;
    }
    return false;
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

qint64 localToUtc(const QString &local)
{
    // Parsed apart from any zone: the machine's DST rules must not touch a UTC+8 wall clock.
    const QDate date = QDate::fromString(local.left(10), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(local.mid(11), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return kNoTime;
    return QDateTime(date, time, Qt::OffsetFromUTC, kChinaUtcOffset).toSecsSinceEpoch();
}

class PhotoFolderImporter : public Importer
{
public:
    QString formatId() const override { return kFormatId; }

    QStringList findRoots(const QString &path, const QStringList &claimed) const override
    {
        const QString root = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        if (!QFileInfo(root).isDir())
            return {};
        // Files of the exports claimed before this importer are theirs, not loose photos.
        const QStringList &excluded = claimed;
        if (isInside(root, excluded))
            return {};
        bool found = false;
        walkFiles(root, [&](const QString &file) {
            if (isInside(file, excluded))
                return true;
            found = isPhotoOrVideoMime(sniffedMime(file));
            return !found;
        });
        return found ? QStringList{root} : QStringList{};
    }

    bool importRoot(const ImportScope &scope, ImportContext &context, ImportSink &sink) const override
    {
        const QString &rootPath = scope.root;
        const QString root = QDir::cleanPath(QFileInfo(rootPath).absoluteFilePath());
        const QStringList &excluded = scope.excluded;
        const QDir rootDir(root);
        bool accountSet = false;
        bool anyRead = false;
        // The pictures by name, in walk order: a worker reads and copies them while records are written.
        QStringList ahead;
        walkFiles(root, [&](const QString &path) {
            if (!isInside(path, excluded) && mediaByName(path))
                ahead << path;
            return true;
        });
        sink.prefetch(ahead);
        walkFiles(root, [&](const QString &path) {
            if (context.isCancelled())
                return false;
            if (isInside(path, excluded))
                return true;
            context.noteCurrentFile(path);
            const QFileInfo info(path);
            const QString rel = rootDir.relativeFilePath(path);
            if (info.size() == 0) {
                if (mediaByName(path))
                    context.reportProblem(
                        path, QStringLiteral("zero-byte"),
                        QStringLiteral("the file is empty (0 bytes); there is no picture to keep"));
                return true;
            }
            if (!info.isReadable()) {
                if (mediaByName(path))
                    context.reportProblem(path, QStringLiteral("unreadable"),
                                          QStringLiteral("the file cannot be opened (no permission)"));
                return true;
            }
            const QString mime = sniffedMime(path);
            // Thumbs.db, notes, anything else: not a memory, not a problem. But a file named as a
            // photo or video whose bytes are neither is a damaged one: kept and reported below.
            const bool damagedMedia = !isPhotoOrVideoMime(mime) && mediaByName(path);
            if (!isPhotoOrVideoMime(mime) && !damagedMedia)
                return true;
            if (!accountSet) {
                // Plain folders belong to no QQ account: the owner's own photos.
                accountSet = sink.setAccount(QStringLiteral("local"), QStringLiteral("本机照片"));
                if (!accountSet)
                    return false;
            }
            if (damagedMedia) {
                anyRead = sink.addLooseFile(path, rel) || anyRead; // the writer's probe says why
                return true;
            }
            anyRead = importFile(path, rel, mime, context, sink) || anyRead;
            return true;
        });
        return anyRead || !accountSet;
    }

private:
    static bool importFile(const QString &path, const QString &rel, const QString &mime,
                           ImportContext &context, ImportSink &sink)
    {
        const MediaInfo media = probeMedia(path);
        if (media.status == MediaInfo::Status::Damaged || media.status == MediaInfo::Status::Placeholder) {
            // Not a photo to show, but the bytes are the user's: keep them; the writer reports why.
            return sink.addLooseFile(path, rel);
        }
        const QString sha = sha256Of(path);
        if (sha.isEmpty()) {
            context.reportProblem(path, QStringLiteral("unreadable"),
                                  QStringLiteral("the file cannot be read"));
            return false;
        }
        const QFileInfo info(path);
        MemoryRecord record;
        record.kind = MemoryKind::Photo;
        record.key = QStringLiteral("photo:sha256:") + sha;
        record.utcOffset = kChinaUtcOffset;
        QString dateSource;
        if (!media.takenLocal.isEmpty() && (record.created = localToUtc(media.takenLocal)) != kNoTime) {
            dateSource = QStringLiteral("exif");
        } else if (const auto fromName = dateFromFileName(info.fileName());
                   fromName && (record.created = localToUtc(*fromName)) != kNoTime) {
            dateSource = QStringLiteral("filename");
        } else {
            record.created = info.lastModified().toSecsSinceEpoch();
            dateSource = QStringLiteral("mtime");
        }
        record.title = info.fileName();
        const QString folder = QFileInfo(rel).path();
        if (folder != QLatin1String(".")) {
            record.albumKey = folder;
            record.albumName = QFileInfo(folder).fileName();
        }
        record.latitude = media.gpsLatitude;
        record.longitude = media.gpsLongitude;
        QString device = media.cameraModel;
        if (!media.cameraMake.isEmpty() && !device.startsWith(media.cameraMake, Qt::CaseInsensitive))
            device = (media.cameraMake + QLatin1Char(' ') + device).trimmed();
        record.device = device;

        record.extra.insert(QStringLiteral("date_source"), dateSource);
        QJsonObject exif;
        if (!media.takenLocal.isEmpty())
            exif.insert(QStringLiteral("taken"), media.takenLocal);
        if (!media.cameraMake.isEmpty())
            exif.insert(QStringLiteral("make"), media.cameraMake);
        if (!media.cameraModel.isEmpty())
            exif.insert(QStringLiteral("model"), media.cameraModel);
        if (media.orientation)
            exif.insert(QStringLiteral("orientation"), media.orientation);
        if (!exif.isEmpty())
            record.extra.insert(QStringLiteral("exif"), exif);

        // The "source record" of a plain file is what the folder said about it.
        const QJsonObject source{
            {QStringLiteral("path"), rel},
            {QStringLiteral("size"), info.size()},
            {QStringLiteral("modified"), info.lastModified().toUTC().toString(Qt::ISODate)},
            {QStringLiteral("sha256"), sha},
            {QStringLiteral("mime"), mime},
        };
        record.sourceRecord = QJsonDocument(source).toJson(QJsonDocument::Compact);
        record.sourceFile = path;

        MediaRef ref;
        ref.role =
            mime.startsWith(QLatin1String("video/")) ? QStringLiteral("video") : QStringLiteral("image");
        ref.filePath = path;
        ref.relPath = rel;
        ref.originalName = info.fileName();
        record.media << ref;
        return sink.upsertMemory(record) != UpsertResult::Failed;
    }
};

} // namespace

bool isPhotoOrVideoMime(const QString &mime)
{
    if (mime.startsWith(QLatin1String("video/")))
        return true;
    if (!mime.startsWith(QLatin1String("image/")))
        return false;
    // Drawings and icons are not photos.
    return mime != QLatin1String("image/svg+xml") && mime != QLatin1String("image/svg+xml-compressed") &&
           mime != QLatin1String("image/vnd.microsoft.icon") && mime != QLatin1String("image/x-icns");
}

std::optional<QString> dateFromFileName(const QString &fileName)
{
    const QString base = QFileInfo(fileName).completeBaseName();
    // WeChat's "mmexport" names carry epoch milliseconds: an instant, shown at UTC+8.
    static const QRegularExpression epochMs(QStringLiteral("(?:mmexport|wx_camera_)(1\\d{12})(?!\\d)"));
    if (const auto m = epochMs.match(base); m.hasMatch()) {
        const QDateTime t =
            QDateTime::fromMSecsSinceEpoch(m.captured(1).toLongLong(), Qt::OffsetFromUTC, kChinaUtcOffset);
        if (plausible(t))
            return t.toString(kTimeFormat);
    }
    // yyyyMMdd[_-]HHmmss with optional separators inside, bounded by non-digits.
    static const QRegularExpression dateTime(QStringLiteral(
        "(?<!\\d)((?:19|20)\\d\\d)[-_.]?(\\d\\d)[-_.]?(\\d\\d)[-_ T.]?(\\d\\d)[-_.:]?(\\d\\d)[-_.:]?"
        "(\\d\\d)(?!\\d)"));
    auto it = dateTime.globalMatch(base);
    while (it.hasNext()) {
        const auto m = it.next();
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        const QDateTime t(date, time, Qt::UTC);
        if (date.isValid() && time.isValid() && plausible(t))
            return t.toString(kTimeFormat);
    }
    // A date alone ("2013-01-01", "IMG_20130101"): midnight is the honest guess.
    static const QRegularExpression dateOnly(
        QStringLiteral("(?<!\\d)((?:19|20)\\d\\d)([-_.]?)(\\d\\d)\\2(\\d\\d)(?!\\d)"));
    auto dit = dateOnly.globalMatch(base);
    while (dit.hasNext()) {
        const auto m = dit.next();
        const QDate date(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
        const QDateTime t(date, QTime(0, 0), Qt::UTC);
        if (date.isValid() && plausible(t))
            return t.toString(kTimeFormat);
    }
    return std::nullopt;
}

std::unique_ptr<Importer> makePhotoFolderImporter()
{
    return std::make_unique<PhotoFolderImporter>();
}

} // namespace ks
