// SPDX-License-Identifier: GPL-3.0-or-later
// JPEG marker segments walked by hand, so libexif only ever sees the EXIF block itself.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <libexif/exif-data.h>

#include <memory>

class QIODevice;

namespace ks {

/// Where a JPEG's EXIF block is and where its image data starts.
struct JpegLayout
{
    QByteArray exifPayload; ///< "Exif\0\0" + TIFF of the first usable EXIF APP1, empty when none
    qint64 scanStart = -1;  ///< offset just after the first SOS header, -1 when never reached
    qint64 exifStart = -1;  ///< offset of that APP1's 0xFF marker byte, -1 when none
    qint64 exifEnd = -1;    ///< offset just after that APP1 segment
    /// [start, end) of every XMP APP1 (main and extended packets), which may hold GPS too.
    QList<QPair<qint64, qint64>> xmpSegments;
};

/// Walks the marker segments of the JPEG in @p device (open, seekable) up to the first scan,
/// as exiftool does: 0xFF fill and stray bytes between segments are skipped, an EXIF APP1 may
/// sit after APP0/APP2/APP12/COM or other segments, and its "Exif\0\0" header may be
/// misspelled. Reads only the headers; every length is checked against the file.
JpegLayout walkJpegSegments(QIODevice &device);

struct ExifDataDeleter
{
    void operator()(ExifData *data) const { exif_data_unref(data); }
};
using ExifDataPtr = std::unique_ptr<ExifData, ExifDataDeleter>;

/// libexif's reading of one EXIF block ("Exif\0\0" + TIFF): tags in any IFD kept, nothing
/// "fixed" or invented. Null only when libexif cannot allocate.
ExifDataPtr loadExifPayload(const QByteArray &payload);

/// The EXIF of the JPEG file at @p path read from its own APP1 segment (unlike libexif's
/// whole-file loader, which gives up on markers it does not know); null when it has none.
ExifDataPtr loadJpegExif(const QString &path);

} // namespace ks
