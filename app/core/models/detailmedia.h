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
    /// Where it came from as the person knows it, inside what they dropped:
    /// "QQ空间备份_123456/Albums/旅行/01.jpg", "QQ空间备份_123456.zip/…/messages.js"; never a
    /// private unpack folder of the library.
    QString shownSourcePath; ///< the media file
    QString shownSourceFile; ///< the data file the record was read from
    QString posterPath;      ///< videos: the poster picture, when there is one
    bool isVideo() const;
    bool isMissing() const { return status == QLatin1String("missing") || filePath.isEmpty(); }
};

namespace detailmedia {

/// @p file (absolute, as recorded) named from what was dropped (@p dropped, the imports row):
/// "<dropped's name>/<path inside>"; a path in the library's tmp/unpack-* folder is named by
/// the archive it was unpacked from.
QString shownExportPath(const QString &file, const QString &dropped, const QString &libraryDir);
/// A media's export-relative @p relPath named the same way, its export root found from the data
/// file @p sourceFile it was named in.
QString shownMediaPath(const QString &relPath, const QString &sourceFile, const QString &dropped,
                       const QString &libraryDir);

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

/// One picture as the viewer shows it: media @p mediaId as @p memoryId holds it (the photo
/// grid steps through these one at a time); nullopt when the memory does not hold it.
std::optional<DetailMedia> mediaInMemory(Database &database, qint64 memoryId, qint64 mediaId);

/// What a visit page says about the visitor besides the visit itself.
struct VisitorFacts
{
    bool isFriend = false;
    QString remark;          ///< the owner's 备注 for them
    QString groupName;       ///< the friend group
    qint64 friendSince = 0;  ///< epoch seconds, 0 when unknown
    int visits = 0;          ///< every visit of theirs in the library
    QList<QDateTime> latest; ///< the newest visits, each in its own offset
};

/// The visitor @p uin as a friend, and their visits, newest first (at most @p limit times).
VisitorFacts visitorFacts(Database &database, const QString &uin, int limit);

/// Absolute path of a media file by id, only when it is inside the vault.
QString vaultFile(Database &database, qint64 mediaId);

} // namespace detailmedia
} // namespace ks
