// SPDX-License-Identifier: GPL-3.0-or-later
// What a Keepsake archive (keepsake export archive: a BagIt bag) holds of the library, as JSON:
// the memories with everything `keepsake list --json` prints plus what it leaves out (comments
// with their replies, the album, the source's own date, tags, the library's keys), every kept
// source record, the people, the tags, the accounts and the vault files. The archive importer
// reads the same objects back (import/keepsakebagimporter).
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace ks::archivedump {

/// Where a vault file goes inside the bag: "data/" + its vault path ("data/vault/ab/<sha>.jpg").
QString bagPath(const QString &vaultPath);

/// One memory: the `keepsake list --json` object (dumpMemory) with, besides, "account", "html",
/// "location", "latitude", "longitude", "device", "album", "like_count", "extra", "comment_thread"
/// (every comment: key, author, created, text, source, replies), "library" (epoch times, the
/// source's date under a correction, match key, first source record) and, on each media entry,
/// "bag_path" (null when the library never had the file), "source_path", "original_name", "size".
/// Empty when there is no such memory.
QJsonObject memory(QSqlDatabase db, qint64 memoryId);

/// The kept source records of a memory (memory_sources), oldest first: one object each with
/// "account", "memory" (its key), "file", "sha256" and "record" (the untouched text).
QJsonArray sources(QSqlDatabase db, qint64 memoryId);

/// The accounts: "uin", "nickname", "profile".
QJsonArray accounts(QSqlDatabase db);

/// The recorded problems that no file of the archive brings back (a file never in the export, a
/// summary of what a tool could not download): "file", "kind", "message", "memory". Problems of a
/// file in the vault or of a missing file a memory names are left out: importing the archive
/// records them again. Only those of @p memoryKeys (and none without a memory) unless @p whole.
QJsonArray problems(QSqlDatabase db, const QSet<QString> &memoryKeys, bool whole);

/// @p ids sorted by account (keeping their order within each), for an importer that reads one
/// account after another.
QList<qint64> groupedByAccount(QSqlDatabase db, const QList<qint64> &ids);

/// What else a selection needs besides its memories' own rows.
struct Extent
{
    QSet<qint64> people; ///< people.id: authors, mentioned, likers, commenters (all when whole)
    QSet<qint64> tags;   ///< tags.id of the memories' tags and their parents (all when whole)
    QSet<qint64> media;  ///< media.id of every file to copy (with a sha256)
    int comments = 0;
    int photos = 0;
    qint64 firstCreated = 0; ///< epoch seconds, 0 when no memory has a date
    int firstOffset = 0;
    qint64 lastCreated = 0;
    int lastOffset = 0;
};
/// The people, tags and files @p ids use (memory media, avatars of their people, the emoticons
/// their words use); @p whole: the archive is the whole library, so every person, tag and vault
/// file goes in.
bool extent(QSqlDatabase db, const QList<qint64> &ids, bool whole, Extent *out, QString *error);

/// People of @p ids, in the order the library made them: "uin", "name", "names" (name,
/// first_seen, last_seen), "remark", "group", "friend_since", "is_friend", "source", "avatar".
QJsonArray people(QSqlDatabase db, const QSet<qint64> &ids);
/// Tags of @p ids, parents first: "path", "color".
QJsonArray tags(QSqlDatabase db, const QSet<qint64> &ids);

/// One vault file of the archive.
struct File
{
    qint64 mediaId = 0;
    QString sha256;
    QString vaultPath; ///< relative to the library
    qint64 size = 0;
    QString mime;
    QString status;
    bool linked = false; ///< a memory of the archive has it among its media
    QJsonArray loose;    ///< source_files names no memory of the archive gives it: {account, rel_path}
};
/// The files @p media holds, by sha256; @p memoryIds says which memories the archive holds
/// (their links are restored with them, every other name of a file is kept as a loose name).
bool files(QSqlDatabase db, const QSet<qint64> &media, const QList<qint64> &memoryIds, QList<File> *out,
           QString *error);
QJsonObject fileJson(const File &file);

} // namespace ks::archivedump
