// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace ks {

/// What a media file is, read from its bytes (never from its name).
struct MediaInfo
{
    enum class Status
    {
        Ok,
        Damaged,
        Placeholder,
        Empty,
        Unreadable
    };
    Status status = Status::Ok;
    QString mime;      ///< sniffed from content, e.g. image/jpeg
    QString extension; ///< preferred extension for the vault, without the dot, e.g. "jpg"
    QString problem;   ///< human-readable reason when status is not Ok
    int width = 0;     ///< images: stored pixels, before EXIF orientation; videos: as displayed
    int height = 0;
    qint64 durationMs = 0;
    /// EXIF DateTimeOriginal (else DateTimeDigitized, else DateTime) as "yyyy-MM-ddThh:mm:ss",
    /// the camera's wall clock
    QString takenLocal;
    QString takenSubSecond; ///< digits of the matching SubSecTime tag, e.g. "045"; empty when none
    QString takenOffset;    ///< the matching OffsetTime tag, e.g. "+08:00"; empty when the zone is unknown
    QString cameraMake;
    QString cameraModel;
    int orientation = 0; ///< EXIF orientation 1…8 (1 when the tag says "upright"), 0 when absent
    std::optional<double> gpsLatitude;
    std::optional<double> gpsLongitude;
};

/// Reads type, size and EXIF (libexif) of the file at @p path without decoding the whole image.
MediaInfo probeMedia(const QString &path);
/// The same probe of a file's @p bytes already read into memory; @p path is the file's name
/// (the probe judges content, but QQ's placeholder and "named like a picture" need the name).
MediaInfo probeMediaBytes(const QString &path, const QByteArray &bytes);

/// True for QQ's tiny "image missing" pictures that QQ Space served instead of a real photo.
bool looksLikeQQPlaceholder(const QString &path, const QString &mime, qint64 size);

} // namespace ks
