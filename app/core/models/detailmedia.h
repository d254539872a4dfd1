// SPDX-License-Identifier: GPL-3.0-or-later
// What the detail views read from the library about one memory: its kind, its HTML body, its
// media with their EXIF and provenance, and the photo sequences the viewer steps through.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace ks {

class Database;

/// One picture or video as the viewer and the details panel show it.
struct DetailMedia
{
    qint64 mediaId = 0;
    qint64 memoryId = 0;
    QString role;     ///< image | video | poster | audio | file
    QString status;   ///< ok | missing | damaged | placeholder
    QString filePath; ///< absolute vault path, empty when missing
    QString mime;
    qint64 size = 0;
    int width = 0; ///< stored pixels, before EXIF orientation
    int height = 0;
    qint64 durationMs = 0;
    int orientation = 0;
    QString takenLocal; ///< EXIF DateTimeOriginal, camera wall clock
    QString cameraMake;
    QString cameraModel;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString originalName;
    QString sourcePath;
    QString albumName;
    QString caption;    ///< the photo's own description
    QDateTime uploaded; ///< the memory's time, in its local offset
    QString sourceFile; ///< the export file the record came from
    QString posterPath; ///< videos: the poster picture, when there is one
    bool isVideo() const;
    bool isMissing() const { return status == QLatin1String("missing") || filePath.isEmpty(); }
};

namespace detailmedia {

/// The memory's kind ("photo", "album", "blog", …); nullopt when there is no such memory.
std::optional<QString> memoryKind(Database &database, qint64 memoryId);
/// The memory's stored HTML body (empty when it has none).
QString bodyHtml(Database &database, qint64 memoryId);

/// All media of a memory in order (posters attached to their video, not listed).
QList<DetailMedia> mediaOfMemory(Database &database, qint64 memoryId);

/// The photos the viewer steps through when @p memoryId (a photo or an album) is opened: the
/// photo's album (newest first, as the wall shows it) or an album's photos. @p start receives the
/// index of @p memoryId's photo plus @p offset.
QList<DetailMedia> photoSequence(Database &database, qint64 memoryId, int offset, int *start);

/// Absolute path of a media file by id, only when it is inside the vault.
QString vaultFile(Database &database, qint64 mediaId);

} // namespace detailmedia
} // namespace ks
