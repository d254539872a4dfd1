// SPDX-License-Identifier: GPL-3.0-or-later
#include "exifwriter.h"

#include "exiffields.h"
#include "jpegsegments.h"

#include <QBuffer>
#include <QXmlStreamWriter>

#include <libexif/exif-data.h>
#include <libexif/exif-mem.h>
#include <libexif/exif-utils.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <tuple>

namespace ks {

namespace {

// Tags by number: GPS tags share their numbers with IFD0 and Interop tags, and older libexif
// tables lack OffsetTimeOriginal and the Windows XP tags.
constexpr ExifTag kImageDescription = ExifTag(0x010E);
constexpr ExifTag kDateTimeOriginal = ExifTag(0x9003);
constexpr ExifTag kOffsetTimeOriginal = ExifTag(0x9011);
constexpr ExifTag kUserComment = ExifTag(0x9286);
constexpr ExifTag kXpComment = ExifTag(0x9C9C);
constexpr ExifTag kXpKeywords = ExifTag(0x9C9E);
constexpr ExifTag kGpsVersionId = ExifTag(0x0000);
constexpr ExifTag kGpsLatitudeRef = ExifTag(0x0001);
constexpr ExifTag kGpsLatitude = ExifTag(0x0002);
constexpr ExifTag kGpsLongitudeRef = ExifTag(0x0003);
constexpr ExifTag kGpsLongitude = ExifTag(0x0004);

/// The most an APP1 segment holds after "FF E1" and the two length bytes (which count themselves).
constexpr unsigned kMaxApp1Payload = 65533;

ExifEntry *entryIn(ExifData *data, ExifIfd ifd, ExifTag tag)
{
    return exif_content_get_entry(data->ifd[ifd], tag);
}

QByteArray entryBytes(const ExifEntry *entry)
{
    return entry && entry->data ? QByteArray(reinterpret_cast<const char *>(entry->data), int(entry->size))
                                : QByteArray();
}

/// True when @p entry holds nothing but NULs and spaces after its first @p skip bytes.
bool isBlank(const ExifEntry *entry, unsigned skip = 0)
{
    if (!entry || !entry->data)
        return true;
    for (unsigned i = skip; i < entry->size; ++i) {
        if (entry->data[i] != 0 && entry->data[i] != ' ')
            return false;
    }
    return true;
}

/// Sets @p tag in @p ifd to @p bytes (replacing what is there), libexif's memory throughout.
bool putEntry(ExifData *data, ExifIfd ifd, ExifTag tag, ExifFormat format, const QByteArray &bytes)
{
    ExifContent *content = data->ifd[ifd];
    if (ExifEntry *old = exif_content_get_entry(content, tag))
        exif_content_remove_entry(content, old);
    ExifMem *mem = exif_mem_new_default();
    if (!mem)
        return false;
    ExifEntry *entry = exif_entry_new_mem(mem);
    bool ok = false;
    if (entry) {
        entry->data = static_cast<unsigned char *>(exif_mem_alloc(mem, ExifLong(bytes.size())));
        if (entry->data) {
            memcpy(entry->data, bytes.constData(), size_t(bytes.size()));
            entry->size = unsigned(bytes.size());
            entry->tag = tag;
            entry->format = format;
            entry->components = unsigned(bytes.size()) / exif_format_get_size(format);
            exif_content_add_entry(content, entry);
            ok = true;
        }
        exif_entry_unref(entry); // the content holds it now
    }
    exif_mem_unref(mem);
    return ok;
}

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (littleEndian)
            out.append(char(u & 0xFF)).append(char(u >> 8));
        else
            out.append(char(u >> 8)).append(char(u & 0xFF));
    }
    return out;
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

/// UserComment: an 8-byte character code, then the text (UTF-16 in the block's byte order, as
/// exiftool reads "UNICODE").
QByteArray userComment(const QString &text, ExifByteOrder order)
{
    if (isAscii(text))
        return QByteArrayLiteral("ASCII\0\0\0") + text.toLatin1();
    return QByteArrayLiteral("UNICODE\0") + utf16(text, order == EXIF_BYTE_ORDER_INTEL);
}

/// Windows' XP tags: UCS-2 little-endian, NUL-terminated, in BYTE format.
QByteArray xpText(const QString &text)
{
    return utf16(text, true) + QByteArray(2, '\0');
}

/// @p text cut to at most @p limit UTF-16 units (never inside a surrogate pair), with "…".
QString shortened(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    if (limit <= 1)
        return QString();
    QString cut = text.left(limit - 1);
    if (!cut.isEmpty() && cut.back().isHighSurrogate())
        cut.chop(1);
    return cut.trimmed() + QChar(0x2026);
}

/// Degrees, minutes and seconds (to 1/10000 s) as three RATIONALs.
QByteArray gpsRationals(double value, ExifByteOrder order)
{
    const qint64 total = std::llround(std::abs(value) * 3600.0 * 10000.0);
    const ExifRational parts[3] = {{ExifLong(total / 36000000), 1},
                                   {ExifLong((total / 600000) % 60), 1},
                                   {ExifLong(total % 600000), 10000}};
    QByteArray bytes(24, '\0');
    for (int i = 0; i < 3; ++i)
        exif_set_rational(reinterpret_cast<unsigned char *>(bytes.data()) + 8 * i, order, parts[i]);
    return bytes;
}

bool usablePosition(const PhotoMetadata &meta)
{
    return meta.latitude && meta.longitude && std::isfinite(*meta.latitude) &&
           std::isfinite(*meta.longitude) && std::abs(*meta.latitude) <= 90 &&
           std::abs(*meta.longitude) <= 180 && !(*meta.latitude == 0.0 && *meta.longitude == 0.0);
}

QByteArray asciiValue(const QByteArray &text)
{
    return text + '\0';
}

/// Where a new EXIF APP1 goes: after a leading JFIF APP0, else right after SOI.
qsizetype exifInsertPoint(const QByteArray &jpeg)
{
    if (jpeg.size() > 6 && uchar(jpeg.at(2)) == 0xFF && uchar(jpeg.at(3)) == 0xE0) {
        const qsizetype after = 4 + ((uchar(jpeg.at(4)) << 8) | uchar(jpeg.at(5)));
        if (after <= jpeg.size())
            return after;
    }
    return 2;
}

struct SavedExif
{
    unsigned char *bytes = nullptr;
    unsigned int length = 0;
    ~SavedExif() { free(bytes); }
};

} // namespace

QByteArray exifDateText(const QDateTime &date)
{
    return date.toString(QLatin1String("yyyy:MM:dd HH:mm:ss")).toLatin1();
}

QByteArray exifOffsetText(const QDateTime &date)
{
    const int offset = date.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'))
        .toLatin1();
}

namespace {

JpegLayout layoutOf(const QByteArray &jpeg)
{
    QBuffer buffer;
    buffer.setData(jpeg);
    buffer.open(QIODevice::ReadOnly);
    return walkJpegSegments(buffer);
}

/// @p jpeg without its XMP packets: a shared copy's XMP may say where it was taken
/// (exif:GPSLatitude), and nothing else in it is the person's own words.
QByteArray withoutXmp(const QByteArray &jpeg, const JpegLayout &layout)
{
    QByteArray out;
    out.reserve(jpeg.size());
    qint64 from = 0;
    for (const auto &[start, end] : layout.xmpSegments) {
        out.append(jpeg.mid(from, start - from));
        from = end;
    }
    out.append(jpeg.mid(from));
    return out;
}

} // namespace

ExifMerge mergeJpegExif(const QByteArray &source, const PhotoMetadata &meta)
{
    ExifMerge result;
    JpegLayout layout = layoutOf(source);
    const bool dropXmp = meta.stripGps && !layout.xmpSegments.isEmpty() && layout.scanStart >= 0;
    const QByteArray jpeg = dropXmp ? withoutXmp(source, layout) : source;
    if (dropXmp)
        layout = layoutOf(jpeg);
    if (layout.scanStart < 0) {
        result.error = ExifMergeError::NotJpeg;
        return result;
    }
    result.hadExif = !layout.exifPayload.isEmpty();
    ExifDataPtr data = loadExifPayload(layout.exifPayload);
    if (!data) {
        result.error = ExifMergeError::OutOfMemory;
        return result;
    }
    ExifData *exif = data.get();
    if (!result.hadExif)
        exif_data_set_byte_order(exif, EXIF_BYTE_ORDER_INTEL);
    const ExifByteOrder order = exif_data_get_byte_order(exif);

    // The camera's date is the best there is: only a file without one gets the date known.
    ExifEntry *original = entryIn(exif, EXIF_IFD_EXIF, kDateTimeOriginal);
    if (!original)
        original = entryIn(exif, EXIF_IFD_0, kDateTimeOriginal);
    result.cameraDate = original && !exifDateToIso(entryBytes(original)).isEmpty();
    bool ok = true;
    if (!result.cameraDate && meta.date.isValid()) {
        if (original) // an all-zero or blank date is no date
            exif_content_remove_entry(original->parent, original);
        ok = putEntry(exif, EXIF_IFD_EXIF, kDateTimeOriginal, EXIF_FORMAT_ASCII,
                      asciiValue(exifDateText(meta.date)));
        if (meta.zoneKnown && !entryIn(exif, EXIF_IFD_EXIF, kOffsetTimeOriginal))
            ok = ok && putEntry(exif, EXIF_IFD_EXIF, kOffsetTimeOriginal, EXIF_FORMAT_ASCII,
                                asciiValue(exifOffsetText(meta.date)));
    }
    if (meta.stripGps) {
        // A shared copy says nothing of where it was taken.
        ExifContent *gps = exif->ifd[EXIF_IFD_GPS];
        while (gps && gps->count > 0)
            exif_content_remove_entry(gps, gps->entries[gps->count - 1]);
    }
    if (!meta.stripGps && usablePosition(meta) && !entryIn(exif, EXIF_IFD_GPS, kGpsLatitude) &&
        !entryIn(exif, EXIF_IFD_GPS, kGpsLongitude)) {
        if (!entryIn(exif, EXIF_IFD_GPS, kGpsVersionId))
            ok = ok &&
                 putEntry(exif, EXIF_IFD_GPS, kGpsVersionId, EXIF_FORMAT_BYTE, QByteArray("\2\3\0\0", 4));
        ok = ok && putEntry(exif, EXIF_IFD_GPS, kGpsLatitudeRef, EXIF_FORMAT_ASCII,
                            QByteArray(*meta.latitude < 0 ? "S" : "N", 2));
        ok = ok && putEntry(exif, EXIF_IFD_GPS, kGpsLatitude, EXIF_FORMAT_RATIONAL,
                            gpsRationals(*meta.latitude, order));
        ok = ok && putEntry(exif, EXIF_IFD_GPS, kGpsLongitudeRef, EXIF_FORMAT_ASCII,
                            QByteArray(*meta.longitude < 0 ? "W" : "E", 2));
        ok = ok && putEntry(exif, EXIF_IFD_GPS, kGpsLongitude, EXIF_FORMAT_RATIONAL,
                            gpsRationals(*meta.longitude, order));
    }

    // The words, where the camera left the place empty; cut shorter until the block fits.
    const QString words = meta.description.isEmpty() ? meta.album : meta.description;
    const bool needDescription = isBlank(entryIn(exif, EXIF_IFD_0, kImageDescription));
    const bool needUserComment = isBlank(entryIn(exif, EXIF_IFD_EXIF, kUserComment), 8);
    const bool needXpComment = isBlank(entryIn(exif, EXIF_IFD_0, kXpComment));
    const bool needXpKeywords = !meta.album.isEmpty() && isBlank(entryIn(exif, EXIF_IFD_0, kXpKeywords));
    bool wordsAdded = false;
    for (const qsizetype limit :
         {words.size(), qsizetype(4000), qsizetype(1000), qsizetype(200), qsizetype(0)}) {
        if (!ok)
            break;
        if (limit > words.size())
            continue;
        const QString text = shortened(words, limit);
        result.textShortened = text.size() != words.size();
        if (text.isEmpty()) {
            // Nothing to say, or no room left: what an earlier try added goes again.
            for (const auto &[need, ifd, tag] : {std::tuple{needDescription, EXIF_IFD_0, kImageDescription},
                                                 std::tuple{needXpComment, EXIF_IFD_0, kXpComment},
                                                 std::tuple{needUserComment, EXIF_IFD_EXIF, kUserComment}}) {
                if (ExifEntry *added = need && wordsAdded ? entryIn(exif, ifd, tag) : nullptr)
                    exif_content_remove_entry(exif->ifd[ifd], added);
            }
        } else {
            wordsAdded = true;
            if (needDescription)
                ok = ok && putEntry(exif, EXIF_IFD_0, kImageDescription, EXIF_FORMAT_ASCII,
                                    asciiValue(text.toUtf8()));
            if (needXpComment)
                ok = ok && putEntry(exif, EXIF_IFD_0, kXpComment, EXIF_FORMAT_BYTE, xpText(text));
            if (needUserComment)
                ok = ok && putEntry(exif, EXIF_IFD_EXIF, kUserComment, EXIF_FORMAT_UNDEFINED,
                                    userComment(text, order));
        }
        if (needXpKeywords)
            ok = ok && putEntry(exif, EXIF_IFD_0, kXpKeywords, EXIF_FORMAT_BYTE,
                                xpText(shortened(meta.album, 200)));
        if (!ok)
            break;
        SavedExif saved;
        exif_data_save_data(exif, &saved.bytes, &saved.length);
        if (!saved.bytes || saved.length < 6) {
            result.error = ExifMergeError::SaveFailed;
            return result;
        }
        if (saved.length > kMaxApp1Payload)
            continue;
        QByteArray segment("\xFF\xE1", 2);
        segment.append(char((saved.length + 2) >> 8)).append(char((saved.length + 2) & 0xFF));
        segment.append(reinterpret_cast<const char *>(saved.bytes), qsizetype(saved.length));
        if (result.hadExif)
            result.jpeg = jpeg.left(layout.exifStart) + segment + jpeg.mid(layout.exifEnd);
        else
            result.jpeg = jpeg.left(exifInsertPoint(jpeg)) + segment + jpeg.mid(exifInsertPoint(jpeg));
        return result;
    }
    result.error = ok ? ExifMergeError::TooLarge : ExifMergeError::OutOfMemory;
    return result;
}

QByteArray pngWithoutMetadata(const QByteArray &png)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (!png.startsWith(signature))
        return {};
    QByteArray out = signature;
    qsizetype pos = signature.size();
    while (pos + 12 <= png.size()) {
        const quint32 length = (quint32(uchar(png.at(pos))) << 24) | (quint32(uchar(png.at(pos + 1))) << 16) |
                               (quint32(uchar(png.at(pos + 2))) << 8) | quint32(uchar(png.at(pos + 3)));
        if (length > quint32(png.size() - pos - 12))
            return {}; // a chunk longer than the file: not cut into, not guessed at
        const QByteArray type = png.mid(pos + 4, 4);
        const qsizetype chunk = 12 + qsizetype(length);
        if (type != "eXIf" && type != "iTXt" && type != "tEXt" && type != "zTXt")
            out.append(png.constData() + pos, chunk);
        pos += chunk;
        if (type == "IEND")
            return out;
    }
    return {};
}

QByteArray xmpSidecar(const PhotoMetadata &meta)
{
    QByteArray xml;
    QBuffer buffer(&xml);
    buffer.open(QIODevice::WriteOnly);
    buffer.write("<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
    QXmlStreamWriter w(&buffer);
    w.setAutoFormatting(true);
    const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString exif = QStringLiteral("http://ns.adobe.com/exif/1.0/");
    const QString xmp = QStringLiteral("http://ns.adobe.com/xap/1.0/");
    const QString photoshop = QStringLiteral("http://ns.adobe.com/photoshop/1.0/");
    w.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    w.writeNamespace(rdf, QStringLiteral("rdf"));
    w.writeNamespace(dc, QStringLiteral("dc"));
    w.writeNamespace(exif, QStringLiteral("exif"));
    w.writeNamespace(xmp, QStringLiteral("xmp"));
    w.writeNamespace(photoshop, QStringLiteral("photoshop"));
    w.writeStartElement(QStringLiteral("adobe:ns:meta/"), QStringLiteral("xmpmeta"));
    w.writeStartElement(rdf, QStringLiteral("RDF"));
    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    if (meta.date.isValid()) {
        const QString when = meta.zoneKnown ? meta.date.toString(Qt::ISODate)
                                            : meta.date.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        w.writeTextElement(exif, QStringLiteral("DateTimeOriginal"), when);
        w.writeTextElement(xmp, QStringLiteral("CreateDate"), when);
        w.writeTextElement(photoshop, QStringLiteral("DateCreated"), when);
    }
    if (usablePosition(meta)) {
        // XMP's form: "DDD,MM.mmmmmmK".
        const auto coordinate = [](double value, char positive, char negative) {
            const double degrees = std::floor(std::abs(value));
            return QStringLiteral("%1,%2%3")
                .arg(int(degrees))
                .arg((std::abs(value) - degrees) * 60.0, 0, 'f', 6)
                .arg(QLatin1Char(value < 0 ? negative : positive));
        };
        w.writeTextElement(exif, QStringLiteral("GPSLatitude"), coordinate(*meta.latitude, 'N', 'S'));
        w.writeTextElement(exif, QStringLiteral("GPSLongitude"), coordinate(*meta.longitude, 'E', 'W'));
    }
    const QString words = meta.description.isEmpty() ? meta.album : meta.description;
    if (!words.isEmpty()) {
        w.writeStartElement(dc, QStringLiteral("description"));
        w.writeStartElement(rdf, QStringLiteral("Alt"));
        w.writeStartElement(rdf, QStringLiteral("li"));
        w.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
        w.writeCharacters(words);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }
    if (!meta.album.isEmpty()) {
        w.writeStartElement(dc, QStringLiteral("subject"));
        w.writeStartElement(rdf, QStringLiteral("Bag"));
        w.writeTextElement(rdf, QStringLiteral("li"), meta.album);
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement(); // Description
    w.writeEndElement(); // RDF
    w.writeEndElement(); // xmpmeta
    w.writeEndDocument();
    buffer.write("\n<?xpacket end=\"w\"?>\n");
    return xml;
}

} // namespace ks
