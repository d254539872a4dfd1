// SPDX-License-Identifier: GPL-3.0-or-later
// The date and words of a photo written into a copy of it: merged into a JPEG's EXIF block
// (libexif, the camera's tags kept, nothing re-encoded), or as an XMP sidecar for other files.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ks {

/// What a copy of a photo should say about itself.
struct PhotoMetadata
{
    QDateTime date;        ///< the best date known, with its UTC offset; invalid when unknown
    bool zoneKnown = true; ///< false for a camera's clock: its offset is not written then
    QString description;   ///< the words that belong to the picture (plain text)
    QString album;         ///< the album's name; empty when none
    std::optional<double> latitude;
    std::optional<double> longitude;
    bool stripGps = false; ///< privacy: the camera's own GPS is taken out too, and XMP packets
};

/// Why mergeJpegExif() wrote nothing.
enum class ExifMergeError
{
    None,
    NotJpeg,     ///< the JPEG's segments cannot be walked up to its image data
    OutOfMemory, ///< libexif could not allocate
    SaveFailed,  ///< libexif wrote no block
    TooLarge     ///< the camera's block alone does not fit in one APP1 segment
};

/// What mergeJpegExif() found and did.
struct ExifMerge
{
    QByteArray jpeg; ///< the new file; empty when it could not be written
    ExifMergeError error = ExifMergeError::None;
    bool cameraDate = false;    ///< the file had its own DateTimeOriginal (kept as it was)
    bool hadExif = false;       ///< the file had an EXIF block (merged into, not replaced)
    bool textShortened = false; ///< the words were cut to fit the 64 KiB APP1 segment
};

/// @p jpeg with @p meta merged into its EXIF APP1 segment (inserted after SOI/JFIF when it
/// has none). Only tags the file lacks are added (a blank ImageDescription or UserComment
/// counts as lacking): DateTimeOriginal + OffsetTimeOriginal, ImageDescription (UTF-8),
/// XPComment, UserComment, XPKeywords (the album), GPS. Every byte outside that one
/// segment is copied unchanged.
ExifMerge mergeJpegExif(const QByteArray &jpeg, const PhotoMetadata &meta);

/// An XMP sidecar (UTF-8 packet) saying the same: exif:DateTimeOriginal, xmp:CreateDate,
/// photoshop:DateCreated, dc:description, dc:subject (album), exif:GPSLatitude/Longitude.
QByteArray xmpSidecar(const PhotoMetadata &meta);

/// @p png without the chunks that may say where and by whom it was made (eXIf, iTXt with
/// XMP, tEXt, zTXt); every other chunk is copied byte for byte. Empty when @p png's chunks
/// cannot be walked to IEND.
QByteArray pngWithoutMetadata(const QByteArray &png);

/// "yyyy:MM:dd HH:mm:ss" of @p date's own wall clock (EXIF's date form).
QByteArray exifDateText(const QDateTime &date);
/// "+08:00" for @p date's UTC offset (EXIF's OffsetTime form).
QByteArray exifOffsetText(const QDateTime &date);

} // namespace ks
