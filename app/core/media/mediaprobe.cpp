// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediaprobe.h"
#include "exiffields.h"
#include "jpegsegments.h"

#include <QBuffer>
#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QMimeDatabase>
#include <QMutex>

namespace ks {

namespace {

// Everything below reads untrusted bytes: every length is checked against what is left, every
// loop has a bound, nothing is allocated from a size the file claims without a cap.

quint32 be32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint64 be64(const uchar *p)
{
    return (quint64(be32(p)) << 32) | be32(p + 4);
}

bool readAt(QIODevice &file, qint64 offset, qint64 length, QByteArray *out)
{
    if (offset < 0 || length < 0 || !file.seek(offset))
        return false;
    *out = file.read(length);
    return out->size() == length;
}

// ---- JPEG --------------------------------------------------------------------------------

/// True when an EOI marker follows the image data. Scan data never holds FF D9 (FF is
/// byte-stuffed), so one in the tail means the file is whole; trailers after EOI are allowed.
bool jpegHasEoi(QIODevice &file, qint64 scanStart)
{
    const qint64 size = file.size();
    if (scanStart < 0 || scanStart >= size)
        return false;
    QByteArray tail;
    // Nearly every JPEG ends with its EOI: two bytes settle it without reading the tail.
    if (size - scanStart >= 2 && readAt(file, size - 2, 2, &tail) && tail == QByteArrayLiteral("\xFF\xD9"))
        return true;
    const qint64 tailLength = qMin<qint64>(size - scanStart, 1 << 20);
    if (!readAt(file, size - tailLength, tailLength, &tail))
        return false;
    return tail.contains(QByteArrayLiteral("\xFF\xD9"));
}

// ---- ISO base media (mp4, mov, 3gp) ------------------------------------------------------

struct Box
{
    QByteArray type;
    qint64 bodyStart = 0;
    qint64 end = 0;
};

/// Reads the box header at @p pos, bounded by @p limit. False when it does not fit.
bool readBox(QIODevice &file, qint64 pos, qint64 limit, Box *box)
{
    QByteArray head;
    if (pos + 8 > limit || !readAt(file, pos, 8, &head))
        return false;
    auto *h = reinterpret_cast<const uchar *>(head.constData());
    quint64 size = be32(h);
    box->type = head.mid(4, 4);
    qint64 headerLength = 8;
    if (size == 1) {
        QByteArray large;
        if (pos + 16 > limit || !readAt(file, pos + 8, 8, &large))
            return false;
        size = be64(reinterpret_cast<const uchar *>(large.constData()));
        headerLength = 16;
    } else if (size == 0) {
        size = quint64(limit - pos); // runs to the end
    }
    if (size < quint64(headerLength) || size > quint64(limit - pos))
        return false;
    box->bodyStart = pos + headerLength;
    box->end = pos + qint64(size);
    return true;
}

/// Fills duration from moov/mvhd and the picture size from the first trak/tkhd with one.
/// Returns why the file is damaged (a top-level box runs past the end, no movie header), or
/// an empty string.
QString readMovie(QIODevice &file, MediaInfo &info)
{
    const qint64 size = file.size();
    Box top;
    qint64 pos = 0;
    bool moovSeen = false;
    int guard = 0;
    for (; guard < 1024 && readBox(file, pos, size, &top); ++guard, pos = top.end) {
        if (top.type != "moov" || moovSeen)
            continue;
        moovSeen = true;
        Box child;
        qint64 at = top.bodyStart;
        for (int g2 = 0; g2 < 4096 && readBox(file, at, top.end, &child); ++g2, at = child.end) {
            if (child.type == "mvhd") {
                QByteArray body;
                if (!readAt(file, child.bodyStart, qMin<qint64>(child.end - child.bodyStart, 32), &body) ||
                    body.size() < 20)
                    continue;
                auto *b = reinterpret_cast<const uchar *>(body.constData());
                quint64 timescale = 0, duration = 0;
                if (b[0] == 1 && body.size() >= 32) {
                    timescale = be32(b + 20);
                    duration = be64(b + 24);
                } else if (b[0] == 0) {
                    timescale = be32(b + 12);
                    duration = be32(b + 16);
                }
                // All-ones means "unknown"; a day-long phone clip is already absurd.
                if (timescale > 0 && duration != 0xFFFFFFFFu && duration != ~quint64(0) &&
                    duration / timescale < 7 * 24 * 3600)
                    info.durationMs = qint64(duration * 1000 / timescale);
            } else if (child.type == "trak" && info.width == 0) {
                Box grand;
                qint64 t = child.bodyStart;
                for (int g3 = 0; g3 < 256 && readBox(file, t, child.end, &grand); ++g3, t = grand.end) {
                    if (grand.type != "tkhd")
                        continue;
                    QByteArray body;
                    const qint64 length = qMin<qint64>(grand.end - grand.bodyStart, 96);
                    if (!readAt(file, grand.bodyStart, length, &body))
                        break;
                    auto *b = reinterpret_cast<const uchar *>(body.constData());
                    const int matrixAt = (body.size() > 0 && b[0] == 1) ? 4 + 8 + 8 + 4 + 4 + 8 + 8 + 8
                                                                        : 4 + 4 + 4 + 4 + 4 + 4 + 8 + 8;
                    const int sizeAt = matrixAt + 36;
                    if (body.size() < sizeAt + 8)
                        break;
                    const int w = int(be32(b + sizeAt) >> 16);
                    const int h = int(be32(b + sizeAt + 4) >> 16);
                    if (w > 0 && h > 0 && w < 100000 && h < 100000) {
                        // A phone filming upright stores landscape pixels plus a 90° matrix.
                        const bool quarterTurn = be32(b + matrixAt) == 0 && be32(b + matrixAt + 4) != 0;
                        info.width = quarterTurn ? h : w;
                        info.height = quarterTurn ? w : h;
                    }
                    break;
                }
            }
        }
    }
    // A few stray bytes after the last box are common; a box cut off by the end is not.
    if (guard < 1024 && size - pos >= 8)
        return QStringLiteral("video truncated or damaged: a part of the file runs past its end "
                              "(at byte %1 of %2)")
            .arg(pos)
            .arg(size);
    if (!moovSeen && guard < 1024)
        return QStringLiteral("video damaged: it has no movie header (moov), no player can open it");
    return QString();
}

bool isMovieMime(const QString &mime)
{
    return mime == QLatin1String("video/mp4") || mime == QLatin1String("video/quicktime") ||
           mime == QLatin1String("video/3gpp") || mime == QLatin1String("video/3gpp2") ||
           mime == QLatin1String("video/x-m4v") || mime == QLatin1String("audio/mp4") ||
           mime == QLatin1String("video/mj2");
}

/// The common photo and video formats told from their first bytes, without QMimeDatabase's
/// full magic scan (the slowest part of a probe). Only signatures that QMimeDatabase reads the
/// same way; anything else (HEIC, 3GP, odd brands) goes the slow way. Empty when unsure.
QString sniffCommonMime(QIODevice &file)
{
    QByteArray head;
    if (!readAt(file, 0, 32, &head) && head.size() < 12)
        return QString();
    file.seek(0);
    const qsizetype n = head.size();
    auto *h = reinterpret_cast<const uchar *>(head.constData());
    if (n >= 3 && h[0] == 0xFF && h[1] == 0xD8 && h[2] == 0xFF)
        return QStringLiteral("image/jpeg");
    if (head.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1A\n")))
        return QStringLiteral("image/png");
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (n >= 16 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    if (n >= 18 && head.startsWith("BM")) {
        // "BM" alone is too weak; the DIB header size names one of the real BMP variants.
        const quint32 dib =
            quint32(h[14]) | (quint32(h[15]) << 8) | (quint32(h[16]) << 16) | (quint32(h[17]) << 24);
        if (dib == 12 || dib == 40 || dib == 52 || dib == 56 || dib == 64 || dib == 108 || dib == 124)
            return QStringLiteral("image/bmp");
        return QString();
    }
    if (n >= 12 && head.mid(4, 4) == "ftyp") {
        const QByteArray brand = head.mid(8, 4);
        if (brand == "isom" || brand == "iso2" || brand == "mp41" || brand == "mp42" || brand == "avc1")
            return QStringLiteral("video/mp4");
        if (brand == "qt  ")
            return QStringLiteral("video/quicktime");
    }
    return QString();
}

/// QMimeDatabase's preferred suffix for @p mime, looked up once per type.
QString suffixFor(const QMimeDatabase &db, const QString &mime)
{
    static QMutex mutex;
    static QHash<QString, QString> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(mime);
    if (it == cache.constEnd())
        it = cache.insert(mime, db.mimeTypeForName(mime).preferredSuffix());
    return it.value();
}

/// True when the file name says picture or video (.jpg, .mp4, …).
bool namedAsMedia(const QMimeDatabase &db, const QString &path)
{
    if (QFileInfo(path).suffix().isEmpty())
        return false;
    const QString byName = db.mimeTypeForFile(path, QMimeDatabase::MatchExtension).name();
    return byName.startsWith(QLatin1String("image/")) || byName.startsWith(QLatin1String("video/"));
}

/// Formats whose header always states the picture size: no size means a damaged header.
bool headerAlwaysHasSize(const QString &mime)
{
    return mime == QLatin1String("image/jpeg") || mime == QLatin1String("image/png") ||
           mime == QLatin1String("image/gif") || mime == QLatin1String("image/bmp");
}

void markDamaged(MediaInfo &info, const QString &problem)
{
    if (info.status != MediaInfo::Status::Ok)
        return;
    info.status = MediaInfo::Status::Damaged;
    info.problem = problem;
}

/// Qt's image format name for @p mime ("image/jpeg" -> "jpeg"), looked up once per type.
QByteArray readerFormatFor(const QString &mime)
{
    static QMutex mutex;
    static QHash<QString, QByteArray> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(mime);
    if (it == cache.constEnd())
        it = cache.insert(mime, QImageReader::imageFormatsForMimeType(mime.toLatin1()).value(0));
    return it.value();
}

/// The probe of @p file (a file or the bytes in memory) of @p size bytes; @p path names it.
MediaInfo probeDevice(const QString &path, QIODevice &file, qint64 size)
{
    MediaInfo info;
    static const QMimeDatabase mimeDb;
    info.mime = sniffCommonMime(file);
    if (!info.mime.isEmpty()) {
        info.extension = suffixFor(mimeDb, info.mime);
    } else {
        const QMimeType type = mimeDb.mimeTypeForData(&file);
        info.mime = type.name();
        info.extension = type.preferredSuffix();
    }
    if (info.mime == QLatin1String("image/jpeg"))
        info.extension = QStringLiteral("jpg"); // "jpeg" is Qt's choice; cameras and people say jpg

    if (looksLikeQQPlaceholder(path, info.mime, size)) {
        info.status = MediaInfo::Status::Placeholder;
        info.problem = QStringLiteral("QQ's small \"image missing\" picture, not the real photo");
    }

    if (info.mime == QLatin1String("image/jpeg")) {
        const JpegLayout layout = walkJpegSegments(file);
        if (!layout.exifPayload.isEmpty())
            readExifFields(loadExifPayload(layout.exifPayload).get(), info);
        if (layout.scanStart < 0)
            markDamaged(info, QStringLiteral("JPEG damaged: the header ends before the image data"));
        else if (!jpegHasEoi(file, layout.scanStart))
            markDamaged(info, QStringLiteral("JPEG truncated (no end-of-image marker)"));
    } else if (info.mime == QLatin1String("image/png")) {
        QByteArray tail;
        if (!readAt(file, qMax<qint64>(0, size - 4096), qMin<qint64>(size, 4096), &tail) ||
            !tail.contains(QByteArrayLiteral("IEND")))
            markDamaged(info, QStringLiteral("PNG truncated (no IEND chunk)"));
    } else if (isMovieMime(info.mime)) {
        const QString damage = readMovie(file, info);
        if (!damage.isEmpty())
            markDamaged(info, damage);
    } else if (!info.mime.startsWith(QLatin1String("image/")) &&
               !info.mime.startsWith(QLatin1String("video/")) && info.mime != QLatin1String("text/plain") &&
               namedAsMedia(mimeDb, path)) {
        // Judged by its bytes first: a .jpg that holds neither a picture nor a video is a
        // damaged download (cut to a few bytes, garbage, an HTML error page), not a document.
        // Plain text is left alone: it is what hand-made samples and tests hold.
        markDamaged(info, QStringLiteral("the file is named like a %1 but holds no picture or video "
                                         "Keepsake recognises (%2 bytes)")
                              .arg(QFileInfo(path).suffix().toLower())
                              .arg(size));
    }

    if (info.mime.startsWith(QLatin1String("image/"))) {
        // Only judge formats Qt has a reader for; an unknown format (HEIC, PSD) is not damaged.
        static const QList<QByteArray> readable = QImageReader::supportedMimeTypes();
        if (readable.contains(info.mime.toLatin1())) {
            file.seek(0);
            // The reader for the format the content was sniffed as: asking every plugin whether
            // it could read the bytes was most of a probe.
            QImageReader reader(&file, readerFormatFor(info.mime));
            // The header only: never a decode here (the size a file claims may be absurd).
            const QSize pictureSize = reader.size();
            if (pictureSize.isValid() && !pictureSize.isEmpty()) {
                info.width = pictureSize.width();
                info.height = pictureSize.height();
            } else if (!reader.canRead() || headerAlwaysHasSize(info.mime)) {
                markDamaged(info, QStringLiteral("the image cannot be read: %1").arg(reader.errorString()));
            }
        }
    }
    return info;
}

} // namespace

MediaInfo probeMedia(const QString &path)
{
    MediaInfo info;
    QFileInfo fi(path);
    if (!fi.exists()) {
        info.status = MediaInfo::Status::Unreadable;
        info.problem = QStringLiteral("file not found");
        return info;
    }
    if (fi.size() == 0) {
        info.status = MediaInfo::Status::Empty;
        info.problem = QStringLiteral("the file is empty (0 bytes)");
        return info;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        info.status = MediaInfo::Status::Unreadable;
        info.problem = QStringLiteral("cannot read the file: %1").arg(file.errorString());
        return info;
    }
    return probeDevice(path, file, fi.size());
}

MediaInfo probeMediaBytes(const QString &path, const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        MediaInfo info;
        info.status = MediaInfo::Status::Empty;
        info.problem = QStringLiteral("the file is empty (0 bytes)");
        return info;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return probeDevice(path, buffer, bytes.size());
}

bool looksLikeQQPlaceholder(const QString &path, const QString &mime, qint64 size)
{
    // QQ Space served a ~2 KB GIF for photos it had lost; exporters saved it under the photo's
    // .jpeg name. A real photo is never a GIF that small with a JPEG name.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool jpegName = suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg");
    return jpegName && mime == QLatin1String("image/gif") && size <= 8 * 1024;
}

} // namespace ks
