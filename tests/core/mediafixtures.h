// SPDX-License-Identifier: GPL-3.0-or-later
// Builds small real media files for tests: JPEGs with an EXIF block made by libexif, GIFs, MP4 boxes.
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
#include <optional>

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

inline void addExifAscii(ExifData *data, ExifIfd ifd, ExifTag tag, const QByteArray &text)
{
    ExifEntry *entry = addExifEntry(data, ifd, tag, EXIF_FORMAT_ASCII, unsigned(text.size() + 1));
    memcpy(entry->data, text.constData(), size_t(text.size()));
}

inline void addExifGps(ExifData *data, ExifTag valueTag, ExifTag refTag, const ExifSpec::Dms &dms)
{
    const ExifByteOrder order = exif_data_get_byte_order(data);
    ExifEntry *value = addExifEntry(data, EXIF_IFD_GPS, valueTag, EXIF_FORMAT_RATIONAL, 3);
    const ExifRational parts[3] = {
        {ExifLong(dms.degrees), 1}, {ExifLong(dms.minutes), 1}, {ExifLong(dms.seconds * 1000 + 0.5), 1000}};
    for (int i = 0; i < 3; ++i)
        exif_set_rational(value->data + i * 8, order, parts[i]);
    addExifAscii(data, EXIF_IFD_GPS, refTag, QByteArray(1, dms.ref));
}

/// The APP1 payload ("Exif\0\0" + TIFF) libexif writes for @p spec.
inline QByteArray exifPayload(const ExifSpec &spec)
{
    ExifData *data = exif_data_new();
    exif_data_unset_option(data, EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
    exif_data_set_byte_order(data, EXIF_BYTE_ORDER_INTEL);
    if (!spec.make.isEmpty())
        addExifAscii(data, EXIF_IFD_0, EXIF_TAG_MAKE, spec.make);
    if (!spec.model.isEmpty())
        addExifAscii(data, EXIF_IFD_0, EXIF_TAG_MODEL, spec.model);
    if (!spec.dateTime.isEmpty())
        addExifAscii(data, EXIF_IFD_0, EXIF_TAG_DATE_TIME, spec.dateTime);
    if (spec.orientation) {
        ExifEntry *o = addExifEntry(data, EXIF_IFD_0, EXIF_TAG_ORIENTATION, EXIF_FORMAT_SHORT, 1);
        exif_set_short(o->data, EXIF_BYTE_ORDER_INTEL, ExifShort(spec.orientation));
    }
    if (!spec.dateTimeOriginal.isEmpty())
        addExifAscii(data, EXIF_IFD_EXIF, EXIF_TAG_DATE_TIME_ORIGINAL, spec.dateTimeOriginal);
    if (spec.latitude)
        addExifGps(data, ExifTag(EXIF_TAG_GPS_LATITUDE), ExifTag(EXIF_TAG_GPS_LATITUDE_REF), *spec.latitude);
    if (spec.longitude)
        addExifGps(data, ExifTag(EXIF_TAG_GPS_LONGITUDE), ExifTag(EXIF_TAG_GPS_LONGITUDE_REF),
                   *spec.longitude);
    unsigned char *bytes = nullptr;
    unsigned int length = 0;
    exif_data_save_data(data, &bytes, &length);
    QByteArray payload(reinterpret_cast<const char *>(bytes), int(length));
    free(bytes);
    exif_data_unref(data);
    return payload;
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

/// A JPEG with @p spec's EXIF block as APP1 right after SOI, the way cameras write it.
inline QByteArray jpegWithExif(const ExifSpec &spec, int width = 64, int height = 48, int seed = 0)
{
    QByteArray jpeg = encodeImage(testPicture(width, height, seed), "JPEG");
    const QByteArray payload = exifPayload(spec);
    QByteArray app1("\xFF\xE1", 2);
    const quint16 length = quint16(payload.size() + 2);
    app1.append(char(length >> 8)).append(char(length & 0xFF)).append(payload);
    jpeg.insert(2, app1);
    return jpeg;
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
