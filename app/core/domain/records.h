// SPDX-License-Identifier: GPL-3.0-or-later
// What importers hand to the LibraryWriter: one plain record per item, source-agnostic.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ks {

enum class MemoryKind
{
    Post,
    Blog,
    Diary,
    Photo,
    Album,
    Video,
    Board,
    Favorite,
    Share,
    Visit
};

/// "post", "blog", … as stored in memories.kind and printed by the CLI.
QString memoryKindName(MemoryKind kind);
std::optional<MemoryKind> memoryKindFromName(const QString &name);
QList<MemoryKind> allMemoryKinds();

/// QQ Space wall-clock times are China Standard Time unless the data says otherwise.
constexpr int kChinaUtcOffset = 8 * 3600;
/// Sentinel for "the source gives no time".
constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();

/// Someone the data names: by QQ number when known, else only by name.
struct PersonRef
{
    QString uin;
    QString name;
    bool isValid() const { return !uin.isEmpty() || !name.isEmpty(); }
};

/// A friend-list entry (or any person record with more than a name).
/// One name a person went by, and when it was seen (a Keepsake archive keeps them all).
struct PersonName
{
    QString name;
    qint64 firstSeen = kNoTime;
    qint64 lastSeen = kNoTime;
};

struct PersonRecord
{
    PersonRef person;
    QString remark;
    QString groupName;
    qint64 friendSince = kNoTime;
    bool isFriend = true;
    QByteArray sourceRecord;
    QList<PersonName> names; ///< every name with when it was seen (a Keepsake archive); else empty
};

/// One media file a memory refers to. filePath is where it is on disk now (empty when the
/// export does not contain it); relPath is how the export names it relative to its root, which
/// is what lets a text-only half and a media-only half find each other.
struct MediaRef
{
    QString role = QStringLiteral("image"); // image | video | poster | audio | file
    QString filePath;
    QString relPath;
    QString originalName;
    QString remoteUrl;
};

struct CommentRecord
{
    PersonRef author;
    qint64 created = kNoTime;
    int utcOffset = kChinaUtcOffset;
    QString text;
    QByteArray sourceRecord;
    QList<MediaRef> media;
    QList<CommentRecord> replies;
    /// The key a library gave it (a Keepsake archive carries it); empty: made from parent,
    /// author, time and text.
    QString key;
};

/// A source record as a library kept it: the file it was read from, and the record untouched.
struct KeptSource
{
    QString file;
    QByteArray record;
};

/// What a library knew of a memory beyond what its sources say, as a Keepsake archive carries it
/// back: restored on import as it was, never guessed. The record's created/utcOffset are the
/// source's date; a corrected date comes on top, as the person set it.
struct ArchivedState
{
    bool present = false;
    QString matchKey; ///< memories.match_key as it was; empty when it had none
    bool dateCorrected = false;
    qint64 correctedCreated = kNoTime;
    int correctedUtcOffset = kChinaUtcOffset;
    qint64 correctedAt = kNoTime;
    /// The SHA-256 recorded for each of the record's media, in order ("" when the library never
    /// had the file): other bytes are refused.
    QStringList mediaSha256;
    QStringList tags;          ///< tag paths ("旅行/北京")
    QList<KeptSource> sources; ///< every source record, in the order the library kept them
};

struct MemoryRecord
{
    MemoryKind kind = MemoryKind::Post;
    /// Stable key from the source: "post:<tid>", "photo:<picKey>", … Leave empty for sources
    /// without ids (MarkDown, xlsx rows): the writer then matches by time + text.
    QString key;
    PersonRef author;
    qint64 created = kNoTime;
    int utcOffset = kChinaUtcOffset;
    /// True when the source time has minute precision only (xlsx feed rows).
    bool minutePrecision = false;
    QString title;
    QString text; ///< raw QQ markup kept as written
    QString html;
    QString location;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString device;
    /// Album membership (photos) or identity (album records).
    QString albumKey;
    QString albumName;
    QString albumCategory;
    QString albumDescription;
    std::optional<int> likeCount;
    QJsonObject extra;       ///< modelled extras: repost original, exif object, category, music…
    QByteArray sourceRecord; ///< the untouched record (JSON text or the row), never empty
    QString sourceFile;      ///< the file it was read from
    QList<MediaRef> media;
    QList<CommentRecord> comments;
    QList<PersonRef> mentions;
    QList<PersonRef> likes;
    ArchivedState archived; ///< only from a Keepsake archive
};

/// Text as sources without ids are matched by: NFKC, mentions as @nick, no white space, case-folded.
QString normaliseForMatch(const QString &text);

/// How one upsert changed the library.
enum class UpsertResult
{
    Added,
    Updated,
    Unchanged,
    Failed
};

} // namespace ks
