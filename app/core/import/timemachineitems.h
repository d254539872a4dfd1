// SPDX-License-Identifier: GPL-3.0-or-later
// QZone-Time-Machine's data items → import records. The items are raw QQ Space API objects, so
// the shared converters of qzoneapi do the work; this adds what Time-Machine does its own way:
// media paths relative to the user folder, thumbnails beside pictures, failed downloads that
// leave only a web address, shares without a time, a repost text given as a bare string.
#pragma once

#include "domain/records.h"
#include "qzoneapi.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace ks::timemachine {

/// A 说说 (emotion_cgi_msglist_v6 item + custom_*). A picture whose full-size file is absent but
/// whose thumbnail (custom_pre_filepath) is present keeps the thumbnail, the best copy left.
MemoryRecord postFromItem(const QJsonObject &item, const qzone::MediaResolver &resolver);

/// A 日志 or 私密日记 (list item + custom_html). Pictures the backup could not download stay
/// in the page's order as web addresses.
MemoryRecord blogFromItem(const QJsonObject &blog, MemoryKind kind, const qzone::MediaResolver &resolver);

/// An album of data/photos/albums.json and a photo of data/photos/<albumId>.json. Photos of a
/// converted backup name their local file in `url` instead of custom_filepath.
MemoryRecord albumFromItem(const QJsonObject &album, const qzone::MediaResolver &resolver);
MemoryRecord photoFromItem(const QJsonObject &photo, const QJsonObject &album,
                           const qzone::MediaResolver &resolver);

MemoryRecord videoFromItem(const QJsonObject &video, const qzone::MediaResolver &resolver);
MemoryRecord boardFromItem(const QJsonObject &board, const qzone::MediaResolver &resolver);
/// A 收藏: a saved 说说 may have its text only in shuoshuo_info.detail_shuoshuo_info.content.
MemoryRecord favoriteFromItem(const QJsonObject &favorite, const qzone::MediaResolver &resolver);
/// A 分享 scraped from the share page (id, type, memo, poster{uin,nickname}): never a time.
MemoryRecord shareFromItem(const QJsonObject &share, const qzone::MediaResolver &resolver);
MemoryRecord visitFromItem(const QJsonObject &visit);
/// A friend_show_qqfriends item; its group is `gpname`.
PersonRecord friendFromItem(const QJsonObject &friendItem);

/// Media of @p record that the backup names only by web address (the download failed). They are
/// also listed in the record's extra "notDownloaded" as {role, url}.
QList<MediaRef> notDownloadedMedia(const MemoryRecord &record);

/// Files an item names as a thumbnail of a picture (custom_pre_filepath of custom_images):
/// smaller copies of pictures the record already has, not memories of their own.
QStringList thumbnailPaths(const QJsonObject &item);

/// One album download Time-Machine gave up on (a line of failures.jsonl).
struct DownloadFailure
{
    QString picKey;
    QString error;   ///< "HTTP 404", "validate-fail: magic-mismatch (expected jpg)", …
    QString relPath; ///< destAbs from "media/" on: the file it should have become
};

/// The records of failures.jsonl; the numbers of lines that are not one go to @p badLines.
QList<DownloadFailure> parseFailures(const QByteArray &jsonLines, QStringList *badLines);

} // namespace ks::timemachine
