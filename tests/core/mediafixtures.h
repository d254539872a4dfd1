// SPDX-License-Identifier: GPL-3.0-or-later
// Builds small real media files for tests: JPEGs with an EXIF block made by libexif (in the
// layouts real cameras write), GIFs, MP4 boxes.
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QtEndian>

#include <libexif/exif-data.h>
#include <libexif/exif-utils.h>

#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <utility>

namespace ks::test {

struct ExifSpec
{
    QByteArray dateTimeOriginal; ///< "yyyy:MM:dd HH:mm:ss"
    QByteArray dateTime;         ///< IFD0 DateTime, the fallback
    QByteArray make;
    QByteArray model;
    int orientation = 0;
    /// Degrees, minutes, seconds and the reference letter ('N', 'S', 'E', 'W').
    struct Dms
    {
        int degrees, minutes;
        double seconds;
        char ref;
    };
    std::optional<Dms> latitude;
    std::optional<Dms> longitude;
};

inline ExifEntry *addExifEntry(ExifData *data, ExifIfd ifd, ExifTag tag, ExifFormat format,
                               unsigned components)
{
    ExifEntry *entry = exif_entry_new();
    const unsigned size = exif_format_get_size(format) * components;
    entry->tag = tag;
    entry->format = format;
    entry->components = components;
    entry->size = size;
    entry->data = static_cast<unsigned char *>(calloc(1, size));
    exif_content_add_entry(data->ifd[ifd], entry);
    exif_entry_unref(entry); // the content holds it now
    return entry;
}

/// Builds an EXIF block tag by tag, in any IFD and with any format, to copy what real cameras
/// and phones write (tags in the "wrong" IFD, odd formats, padded strings). libexif writes it.
class ExifBuilder
{
public:
    explicit ExifBuilder(ExifByteOrder order = EXIF_BYTE_ORDER_INTEL) : m_data(exif_data_new())
    {
        exif_data_unset_option(m_data, EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
        exif_data_set_byte_order(m_data, order);
    }
    ~ExifBuilder() { exif_data_unref(m_data); }
    ExifBuilder(const ExifBuilder &) = delete;
    ExifBuilder &operator=(const ExifBuilder &) = delete;

    ExifByteOrder order() const { return exif_data_get_byte_order(m_data); }

    /// @p bytes exactly as given (no NUL added): for padded and misspelled strings, maker notes.
    ExifBuilder &raw(ExifIfd ifd, ExifTag tag, ExifFormat format, const QByteArray &bytes)
    {
        const unsigned size = exif_format_get_size(format);
        ExifEntry *entry = addExifEntry(m_data, ifd, tag, format, unsigned(bytes.size()) / size);
        memcpy(entry->data, bytes.constData(), entry->size);
        return *this;
    }
    /// An ASCII tag the way the standard wants it: the text and one NUL.
    ExifBuilder &text(ExifIfd ifd, ExifTag tag, const QByteArray &text)
    {
        return raw(ifd, tag, EXIF_FORMAT_ASCII, text + '\0');
    }
    ExifBuilder &number(ExifIfd ifd, ExifTag tag, ExifFormat format, qint64 value)
    {
        ExifEntry *entry = addExifEntry(m_data, ifd, tag, format, 1);
        switch (format) {
        case EXIF_FORMAT_BYTE:
        case EXIF_FORMAT_SBYTE:
            entry->data[0] = uchar(value);
            break;
        case EXIF_FORMAT_SHORT:
        case EXIF_FORMAT_SSHORT:
            exif_set_short(entry->data, order(), ExifShort(value));
            break;
        default:
            exif_set_long(entry->data, order(), ExifLong(value));
            break;
        }
        return *this;
    }
    /// Rationals numerator/denominator, unsigned or (EXIF_FORMAT_SRATIONAL) signed.
    ExifBuilder &rationals(ExifIfd ifd, ExifTag tag, std::initializer_list<std::pair<qint64, qint64>> parts,
                           ExifFormat format = EXIF_FORMAT_RATIONAL)
    {
        ExifEntry *entry = addExifEntry(m_data, ifd, tag, format, unsigned(parts.size()));
        unsigned char *at = entry->data;
        for (const auto &[numerator, denominator] : parts) {
            if (format == EXIF_FORMAT_SRATIONAL)
                exif_set_srational(at, order(), {ExifSLong(numerator), ExifSLong(denominator)});
            else
                exif_set_rational(at, order(), {ExifLong(numerator), ExifLong(denominator)});
            at += 8;
        }
        return *this;
    }
    /// The JPEG thumbnail libexif stores after IFD1.
    ExifBuilder &thumbnail(const QByteArray &jpeg)
    {
        free(m_data->data);
        m_data->data = static_cast<unsigned char *>(malloc(size_t(jpeg.size())));
        memcpy(m_data->data, jpeg.constData(), size_t(jpeg.size()));
        m_data->size = unsigned(jpeg.size());
        return *this;
    }
    /// The APP1 payload: "Exif\0\0" + TIFF.
    QByteArray payload() const
    {
        unsigned char *bytes = nullptr;
        unsigned int length = 0;
        exif_data_save_data(m_data, &bytes, &length);
        QByteArray payload(reinterpret_cast<const char *>(bytes), int(length));
        free(bytes);
        return payload;
    }

private:
    ExifData *m_data;
};

/// GPS degrees, minutes and seconds as three rationals, seconds to the thousandth.
inline void addExifGps(ExifBuilder &exif, ExifTag valueTag, ExifTag refTag, const ExifSpec::Dms &dms)
{
    exif.rationals(EXIF_IFD_GPS, valueTag,
                   {{dms.degrees, 1}, {dms.minutes, 1}, {qint64(dms.seconds * 1000 + 0.5), 1000}});
    exif.text(EXIF_IFD_GPS, refTag, QByteArray(1, dms.ref));
}

/// The APP1 payload ("Exif\0\0" + TIFF) libexif writes for @p spec.
inline QByteArray exifPayload(const ExifSpec &spec)
{
    ExifBuilder exif;
    if (!spec.make.isEmpty())
        exif.text(EXIF_IFD_0, EXIF_TAG_MAKE, spec.make);
    if (!spec.model.isEmpty())
        exif.text(EXIF_IFD_0, EXIF_TAG_MODEL, spec.model);
    if (!spec.dateTime.isEmpty())
        exif.text(EXIF_IFD_0, EXIF_TAG_DATE_TIME, spec.dateTime);
    if (spec.orientation)
        exif.number(EXIF_IFD_0, EXIF_TAG_ORIENTATION, EXIF_FORMAT_SHORT, spec.orientation);
    if (!spec.dateTimeOriginal.isEmpty())
        exif.text(EXIF_IFD_EXIF, EXIF_TAG_DATE_TIME_ORIGINAL, spec.dateTimeOriginal);
    if (spec.latitude)
        addExifGps(exif, ExifTag(EXIF_TAG_GPS_LATITUDE), ExifTag(EXIF_TAG_GPS_LATITUDE_REF), *spec.latitude);
    if (spec.longitude)
        addExifGps(exif, ExifTag(EXIF_TAG_GPS_LONGITUDE), ExifTag(EXIF_TAG_GPS_LONGITUDE_REF),
                   *spec.longitude);
    return exif.payload();
}

/// A small picture with some detail, so the JPEG is a few KB like a real one.
inline QImage testPicture(int width, int height, int seed = 0)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y,
                           qRgb((x * 7 + seed) % 256, (y * 5 + seed * 3) % 256, ((x ^ y) + seed) % 256));
    return image;
}

inline QByteArray encodeImage(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 90);
    return bytes;
}

/// One marker segment: 0xFF, @p marker, the big-endian length, @p body.
inline QByteArray jpegSegment(uchar marker, const QByteArray &body)
{
    const int length = body.size() + 2;
    QByteArray segment("\xFF", 1);
    segment.append(char(marker)).append(char(length >> 8)).append(char(length & 0xFF));
    return segment + body;
}

/// Where in @p jpeg the first segment with @p marker starts (the SOS when none), walking the
/// well-formed segments Qt writes.
inline int jpegSegmentOffset(const QByteArray &jpeg, uchar marker)
{
    int pos = 2;
    while (pos + 4 <= jpeg.size() && uchar(jpeg[pos]) == 0xFF) {
        const uchar here = uchar(jpeg[pos + 1]);
        if (here == marker || here == 0xDA)
            return pos;
        pos += 2 + ((uchar(jpeg[pos + 2]) << 8) | uchar(jpeg[pos + 3]));
    }
    return pos;
}

/// @p jpeg with @p bytes put just before its first @p marker segment.
inline QByteArray insertBeforeSegment(QByteArray jpeg, uchar marker, const QByteArray &bytes)
{
    return jpeg.insert(jpegSegmentOffset(jpeg, marker), bytes);
}

/// @p jpeg with @p bytes put after its leading APP0 (JFIF) segment, or after SOI without one.
inline QByteArray insertAfterJfif(QByteArray jpeg, const QByteArray &bytes)
{
    int at = 2;
    if (jpeg.size() > 6 && uchar(jpeg[2]) == 0xFF && uchar(jpeg[3]) == 0xE0)
        at = 4 + ((uchar(jpeg[4]) << 8) | uchar(jpeg[5]));
    return jpeg.insert(at, bytes);
}

/// A JPEG with @p spec's EXIF block as APP1 right after SOI, the way cameras write it.
inline QByteArray jpegWithExif(const ExifSpec &spec, int width = 64, int height = 48, int seed = 0)
{
    QByteArray jpeg = encodeImage(testPicture(width, height, seed), "JPEG");
    return jpeg.insert(2, jpegSegment(0xE1, exifPayload(spec)));
}

/// A 1×1 GIF padded with a comment to about 2 KB: QQ's "image missing" picture in shape.
inline QByteArray placeholderGif()
{
    QByteArray gif = QByteArrayLiteral("GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xFF\xFF\xFF");
    for (int i = 0; i < 8; ++i) {
        gif += QByteArrayLiteral("\x21\xFE\xFF");
        gif += QByteArray(255, 'x');
        gif += '\0';
    }
    gif += QByteArrayLiteral("\x2C\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00\x3B");
    return gif;
}

inline QByteArray mp4Box(const char *type, const QByteArray &body)
{
    QByteArray box(4, '\0');
    qToBigEndian<quint32>(quint32(body.size() + 8), box.data());
    return box + QByteArray(type, 4) + body;
}

inline QByteArray be32Bytes(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian<quint32>(v, b.data());
    return b;
}

/// ftyp + moov(mvhd, trak(tkhd)) + mdat: what a phone clip's boxes look like, no real frames.
inline QByteArray tinyMp4(quint32 timescale, quint32 duration, int width, int height,
                          bool quarterTurn = false, const char *brand = "isom")
{
    const QByteArray ftyp = mp4Box("ftyp", QByteArray(brand, 4) + be32Bytes(0x200) + QByteArray(brand, 4) +
                                               QByteArrayLiteral("mp41"));
    QByteArray mvhd = be32Bytes(0) + be32Bytes(0) + be32Bytes(0) + be32Bytes(timescale) + be32Bytes(duration);
    mvhd += be32Bytes(0x00010000) + QByteArrayLiteral("\x01\x00") + QByteArray(10, '\0');
    mvhd += QByteArray(36, '\0') + QByteArray(24, '\0') + be32Bytes(2);
    QByteArray tkhd =
        be32Bytes(3) + be32Bytes(0) + be32Bytes(0) + be32Bytes(1) + be32Bytes(0) + be32Bytes(duration);
    tkhd += QByteArray(8, '\0') + QByteArray(2, '\0') + QByteArray(2, '\0') + QByteArray(2, '\0') +
            QByteArray(2, '\0');
    const quint32 one = 0x00010000, minusOne = 0xFFFF0000;
    const quint32 matrix[9] = {quarterTurn ? 0 : one,
                               quarterTurn ? one : 0,
                               0,
                               quarterTurn ? minusOne : 0,
                               quarterTurn ? 0 : one,
                               0,
                               0,
                               0,
                               0x40000000};
    for (quint32 m : matrix)
        tkhd += be32Bytes(m);
    tkhd += be32Bytes(quint32(width) << 16) + be32Bytes(quint32(height) << 16);
    const QByteArray moov = mp4Box("moov", mp4Box("mvhd", mvhd) + mp4Box("trak", mp4Box("tkhd", tkhd)));
    return ftyp + mp4Box("mdat", QByteArray(64, '\x11')) + moov;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace ks::test
