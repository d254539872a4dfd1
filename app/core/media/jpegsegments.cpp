// SPDX-License-Identifier: GPL-3.0-or-later
#include "jpegsegments.h"

#include <QFile>
#include <QIODevice>

namespace ks {

namespace {

// The bytes read here are untrusted: every length is checked against the file, every loop has
// a bound, and nothing is allocated from a size the file claims beyond a segment's 64 KiB.

constexpr int kMaxSegments = 4096;
/// Stray and 0xFF fill bytes skipped between segments, in all; real files have a handful.
constexpr qint64 kMaxStrayBytes = 1 << 20;
/// Read at once while looking for a marker: most are where the last segment ended.
constexpr qint64 kChunkSize = 256;

/// Reads a device at given offsets, a chunk at a time for the byte-by-byte marker search.
class DeviceReader
{
public:
    explicit DeviceReader(QIODevice &device) : m_device(device), m_size(device.size()) {}

    qint64 size() const { return m_size; }

    /// The byte at @p pos, or -1 past the end or when the device fails.
    int byteAt(qint64 pos)
    {
        if (pos < 0 || pos >= m_size)
            return -1;
        if (pos < m_chunkStart || pos >= m_chunkStart + m_chunk.size()) {
            if (!read(pos, qMin(kChunkSize, m_size - pos), &m_chunk)) {
                m_chunk.clear();
                return -1;
            }
            m_chunkStart = pos;
        }
        return uchar(m_chunk.at(pos - m_chunkStart));
    }

    bool read(qint64 pos, qint64 length, QByteArray *out)
    {
        if (pos < 0 || length < 0 || pos + length > m_size || !m_device.seek(pos))
            return false;
        *out = m_device.read(length);
        return out->size() == length;
    }

private:
    QIODevice &m_device;
    qint64 m_size;
    QByteArray m_chunk;
    qint64 m_chunkStart = 0;
};

/// Markers that stand alone, without a length: TEM, RSTn, SOI (and 0x00, a stuffed byte).
bool isStandaloneMarker(int marker)
{
    return marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8);
}

bool isTiffHeader(const QByteArray &bytes, qsizetype at)
{
    const QByteArray head = bytes.mid(at, 4);
    return head == QByteArrayLiteral("II\x2A\0") || head == QByteArrayLiteral("MM\0\x2A");
}

/// The APP1 body as libexif wants it, "Exif\0\0" + TIFF; empty when the body is not EXIF.
/// Like exiftool, up to four stray bytes may come first, "Exif" may be in any case and the
/// byte after its NUL may be anything (some Kodak cameras write no second NUL).
QByteArray exifPayloadFromApp1(const QByteArray &body)
{
    for (qsizetype prefix = 0; prefix <= 4 && prefix + 6 <= body.size(); ++prefix) {
        if (body.mid(prefix, 5).toLower() != QByteArrayLiteral("exif\0"))
            continue;
        // A continuation of multi-segment EXIF or junk has no TIFF header: not this segment.
        if (!isTiffHeader(body, prefix + 6))
            return QByteArray();
        if (prefix == 0 && body.startsWith(QByteArrayLiteral("Exif\0\0")))
            return body;
        return QByteArrayLiteral("Exif\0\0") + body.mid(prefix + 6);
    }
    return QByteArray();
}

} // namespace

JpegLayout walkJpegSegments(QIODevice &device)
{
    JpegLayout layout;
    DeviceReader in(device);
    if (in.byteAt(0) != 0xFF || in.byteAt(1) != 0xD8)
        return layout;
    qint64 pos = 2;
    qint64 strayLeft = kMaxStrayBytes;
    for (int segment = 0; segment < kMaxSegments; ++segment) {
        // Up to the next 0xFF: bytes that are not a marker are skipped (exiftool warns and
        // goes on), then any number of 0xFF fill bytes.
        int byte = in.byteAt(pos);
        while (byte != 0xFF) {
            if (byte < 0 || --strayLeft < 0)
                return layout;
            byte = in.byteAt(++pos);
        }
        int marker = in.byteAt(++pos);
        while (marker == 0xFF) {
            if (--strayLeft < 0)
                return layout;
            marker = in.byteAt(++pos);
        }
        if (marker < 0)
            return layout;
        ++pos; // now just after the marker
        if (isStandaloneMarker(marker))
            continue;
        if (marker == 0xD9)
            break;
        QByteArray lengthBytes;
        if (!in.read(pos, 2, &lengthBytes))
            break;
        const int length = (uchar(lengthBytes.at(0)) << 8) | uchar(lengthBytes.at(1));
        if (length < 2)
            break;
        const qint64 end = pos + length;
        if (marker == 0xDA) {
            layout.scanStart = end;
            break;
        }
        if (end > in.size())
            break; // a segment the file cannot hold: the header is cut short
        if (marker == 0xE1) {
            static const QByteArray xmp("http://ns.adobe.com/xap/1.0/", 29);
            static const QByteArray extended("http://ns.adobe.com/xmp/extension/", 35);
            QByteArray head;
            if (in.read(pos + 2, qMin(length - 2, 35), &head) &&
                (head.startsWith(xmp) || head.startsWith(extended)))
                layout.xmpSegments.append({pos - 2, end});
        }
        if (marker == 0xE1 && layout.exifPayload.isEmpty()) {
            // Look at the head first: phones write XMP APP1s of up to 64 KiB beside the EXIF.
            QByteArray body;
            if (in.read(pos + 2, qMin(length - 2, 16), &body) && !exifPayloadFromApp1(body).isEmpty() &&
                in.read(pos + 2, length - 2, &body)) {
                layout.exifPayload = exifPayloadFromApp1(body);
                layout.exifStart = pos - 2;
                layout.exifEnd = end;
            }
        }
        pos = end;
    }
    return layout;
}

ExifDataPtr loadExifPayload(const QByteArray &payload)
{
    ExifDataPtr data(exif_data_new());
    if (!data)
        return data;
    // Reading only: never let libexif "fix" the data by inventing mandatory tags (it would
    // invent a DateTime of now), and keep tags found outside the IFD the standard puts them
    // in (a DateTimeOriginal in IFD0): exiftool reads them too.
    exif_data_unset_option(data.get(), EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
    exif_data_unset_option(data.get(), EXIF_DATA_OPTION_IGNORE_UNKNOWN_TAGS);
    exif_data_set_option(data.get(), EXIF_DATA_OPTION_DONT_CHANGE_MAKER_NOTE);
    if (!payload.isEmpty())
        exif_data_load_data(data.get(), reinterpret_cast<const unsigned char *>(payload.constData()),
                            unsigned(payload.size()));
    return data;
}

ExifDataPtr loadJpegExif(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    const JpegLayout layout = walkJpegSegments(file);
    if (layout.exifPayload.isEmpty())
        return nullptr;
    return loadExifPayload(layout.exifPayload);
}

} // namespace ks
