// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediaprobe.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QMimeDatabase>
#include <QMutex>

#include <libexif/exif-data.h>
#include <libexif/exif-utils.h>

#include <cmath>
#include <memory>

namespace ks {

namespace {

// Everything below reads untrusted bytes: every length is checked against what is left, every
// loop has a bound, nothing is allocated from a size the file claims without a cap.

quint16 be16(const uchar *p)
{
    return quint16((p[0] << 8) | p[1]);
}

quint32 be32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint64 be64(const uchar *p)
{
    return (quint64(be32(p)) << 32) | be32(p + 4);
}

bool readAt(QFile &file, qint64 offset, qint64 length, QByteArray *out)
{
    if (offset < 0 || length < 0 || !file.seek(offset))
        return false;
    *out = file.read(length);
    return out->size() == length;
}

// ---- JPEG --------------------------------------------------------------------------------

struct JpegLayout
{
    QByteArray exifPayload; ///< APP1 body starting with "Exif\0\0", empty when absent
    qint64 scanStart = -1;  ///< offset just after the first SOS header, -1 when never reached
};

/// Walks the marker segments up to the first scan: where the EXIF block is and where the image data starts.
JpegLayout walkJpeg(QFile &file)
{
    JpegLayout layout;
    const qint64 size = file.size();
    qint64 pos = 2; // after SOI
    QByteArray head;
    for (int guard = 0; guard < 4096 && pos + 4 <= size; ++guard) {
        if (!readAt(file, pos, 2, &head))
            break;
        auto *h = reinterpret_cast<const uchar *>(head.constData());
        if (h[0] != 0xFF)
            break; // not a marker: the header is damaged
        const uchar marker = h[1];
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            pos += 2; // markers without a length
            continue;
        }
        if (marker == 0xD9)
            break;
        if (!readAt(file, pos + 2, 2, &head))
            break;
        const quint16 length = be16(reinterpret_cast<const uchar *>(head.constData()));
        if (length < 2)
            break;
        if (marker == 0xDA) {
            layout.scanStart = pos + 2 + length;
            break;
        }
        if (marker == 0xE1 && layout.exifPayload.isEmpty() && length > 8) {
            QByteArray body;
            if (readAt(file, pos + 4, length - 2, &body) && body.startsWith(QByteArrayLiteral("Exif\0\0")))
                layout.exifPayload = body;
        }
        pos += 2 + length;
    }
    return layout;
}

/// True when an EOI marker follows the image data. Scan data never holds FF D9 (FF is
/// byte-stuffed), so one in the tail means the file is whole; trailers after EOI are allowed.
bool jpegHasEoi(QFile &file, qint64 scanStart)
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

// ---- EXIF (libexif) ----------------------------------------------------------------------

struct ExifDeleter
{
    void operator()(ExifData *data) const { exif_data_unref(data); }
};

QString asciiValue(ExifEntry *entry)
{
    if (!entry || !entry->data || entry->size == 0)
        return QString();
    if (entry->format != EXIF_FORMAT_ASCII && entry->format != EXIF_FORMAT_UNDEFINED)
        return QString();
    QByteArray raw(reinterpret_cast<const char *>(entry->data), int(qMin<unsigned int>(entry->size, 4096)));
    const int nul = raw.indexOf('\0');
    if (nul >= 0)
        raw.truncate(nul);
    // Cameras write ASCII, Chinese phones sometimes UTF-8; anything else is dropped.
    const QString text = QString::fromUtf8(raw).trimmed();
    return text.contains(QChar::ReplacementCharacter) ? QString::fromLatin1(raw).trimmed() : text;
}

/// "2014:03:08 15:20:00" → "2014-03-08T15:20:00"; empty for the all-zero or blank dates cameras write.
QString exifDate(ExifEntry *entry)
{
    const QString text = asciiValue(entry);
    if (text.size() < 19)
        return QString();
    // Date and time apart: a camera wall clock has no zone, so no DST gap may reject it.
    const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy:MM:dd"));
    const QTime time = QTime::fromString(text.mid(11, 8), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid() || date.year() < 1900)
        return QString();
    return date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('T') +
           time.toString(QStringLiteral("HH:mm:ss"));
}

std::optional<double> gpsCoordinate(ExifContent *gps, ExifTag valueTag, ExifTag refTag, ExifByteOrder order,
                                    double limit)
{
    ExifEntry *value = exif_content_get_entry(gps, valueTag);
    if (!value || value->format != EXIF_FORMAT_RATIONAL || value->components < 3 || !value->data ||
        value->size < 3 * 8)
        return std::nullopt;
    double parts[3];
    for (int i = 0; i < 3; ++i) {
        const ExifRational r = exif_get_rational(value->data + i * 8, order);
        if (r.denominator == 0)
            return std::nullopt;
        parts[i] = double(r.numerator) / double(r.denominator);
    }
    double degrees = parts[0] + parts[1] / 60.0 + parts[2] / 3600.0;
    const QString ref = asciiValue(exif_content_get_entry(gps, refTag)).toUpper();
    if (ref.startsWith(QLatin1Char('S')) || ref.startsWith(QLatin1Char('W')))
        degrees = -degrees;
    if (!std::isfinite(degrees) || std::abs(degrees) > limit)
        return std::nullopt;
    return degrees;
}

void readExif(const QByteArray &payload, MediaInfo &info)
{
    std::unique_ptr<ExifData, ExifDeleter> data(exif_data_new());
    if (!data)
        return;
    // Reading only: never let libexif "fix" the data by inventing mandatory tags (it would
    // invent a DateTime of now).
    exif_data_unset_option(data.get(), EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
    exif_data_load_data(data.get(), reinterpret_cast<const unsigned char *>(payload.constData()),
                        unsigned(payload.size()));
    const ExifByteOrder order = exif_data_get_byte_order(data.get());
    ExifContent *ifd0 = data->ifd[EXIF_IFD_0];
    ExifContent *exif = data->ifd[EXIF_IFD_EXIF];

    info.takenLocal = exifDate(exif_content_get_entry(exif, EXIF_TAG_DATE_TIME_ORIGINAL));
    if (info.takenLocal.isEmpty())
        info.takenLocal = exifDate(exif_content_get_entry(exif, EXIF_TAG_DATE_TIME_DIGITIZED));
    if (info.takenLocal.isEmpty())
        info.takenLocal = exifDate(exif_content_get_entry(ifd0, EXIF_TAG_DATE_TIME));
    info.cameraMake = asciiValue(exif_content_get_entry(ifd0, EXIF_TAG_MAKE));
    info.cameraModel = asciiValue(exif_content_get_entry(ifd0, EXIF_TAG_MODEL));
    if (ExifEntry *o = exif_content_get_entry(ifd0, EXIF_TAG_ORIENTATION);
        o && o->format == EXIF_FORMAT_SHORT && o->data && o->size >= 2) {
        const int orientation = exif_get_short(o->data, order);
        if (orientation >= 1 && orientation <= 8)
            info.orientation = orientation;
    }
    ExifContent *gps = data->ifd[EXIF_IFD_GPS];
    const auto latitude =
        gpsCoordinate(gps, ExifTag(EXIF_TAG_GPS_LATITUDE), ExifTag(EXIF_TAG_GPS_LATITUDE_REF), order, 90.0);
    const auto longitude = gpsCoordinate(gps, ExifTag(EXIF_TAG_GPS_LONGITUDE),
                                         ExifTag(EXIF_TAG_GPS_LONGITUDE_REF), order, 180.0);
    // 0/0 is what phones write when they had no fix.
    if (latitude && longitude && !(*latitude == 0.0 && *longitude == 0.0)) {
        info.gpsLatitude = latitude;
        info.gpsLongitude = longitude;
    }
}

// ---- ISO base media (mp4, mov, 3gp) ------------------------------------------------------

struct Box
{
    QByteArray type;
    qint64 bodyStart = 0;
    qint64 end = 0;
};

/// Reads the box header at @p pos, bounded by @p limit. False when it does not fit.
bool readBox(QFile &file, qint64 pos, qint64 limit, Box *box)
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
void readMovie(QFile &file, MediaInfo &info)
{
    const qint64 size = file.size();
    Box top;
    qint64 pos = 0;
    for (int guard = 0; guard < 1024 && readBox(file, pos, size, &top); ++guard, pos = top.end) {
        if (top.type != "moov")
            continue;
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
        break;
    }
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
QString sniffCommonMime(QFile &file)
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

void markDamaged(MediaInfo &info, const QString &problem)
{
    if (info.status != MediaInfo::Status::Ok)
        return;
    info.status = MediaInfo::Status::Damaged;
    info.problem = problem;
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

    if (looksLikeQQPlaceholder(path, info.mime, fi.size())) {
        info.status = MediaInfo::Status::Placeholder;
        info.problem = QStringLiteral("QQ's small \"image missing\" picture, not the real photo");
    }

    if (info.mime == QLatin1String("image/jpeg")) {
        const JpegLayout layout = walkJpeg(file);
        if (!layout.exifPayload.isEmpty())
            readExif(layout.exifPayload, info);
        if (layout.scanStart < 0)
            markDamaged(info, QStringLiteral("JPEG damaged: the header ends before the image data"));
        else if (!jpegHasEoi(file, layout.scanStart))
            markDamaged(info, QStringLiteral("JPEG truncated (no end-of-image marker)"));
    } else if (info.mime == QLatin1String("image/png")) {
        QByteArray tail;
        if (!readAt(file, qMax<qint64>(0, fi.size() - 4096), qMin<qint64>(fi.size(), 4096), &tail) ||
            !tail.contains(QByteArrayLiteral("IEND")))
            markDamaged(info, QStringLiteral("PNG truncated (no IEND chunk)"));
    } else if (isMovieMime(info.mime)) {
        readMovie(file, info);
    }

    if (info.mime.startsWith(QLatin1String("image/"))) {
        // Only judge formats Qt has a reader for; an unknown format (HEIC, PSD) is not damaged.
        static const QList<QByteArray> readable = QImageReader::supportedMimeTypes();
        if (readable.contains(info.mime.toLatin1())) {
            file.seek(0);
            QImageReader reader(&file);
            reader.setDecideFormatFromContent(true);
            const QSize size = reader.size();
            if (size.isValid() && !size.isEmpty()) {
                info.width = size.width();
                info.height = size.height();
            } else if (!reader.canRead()) {
                markDamaged(info, QStringLiteral("the image cannot be read: %1").arg(reader.errorString()));
            }
        }
    }
    return info;
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
