// SPDX-License-Identifier: GPL-3.0-or-later
// Converters from the raw QQ Space web-API objects (what QZoneExport, GetQzonehistory's
// fetch-all cache and wwwpf/QzoneExporter all store) into import records. Shared by every
// importer that reads JSON, so one 说说 reads the same whichever tool saved it.
#pragma once

#include "domain/records.h"

#include <QJsonObject>
#include <QJsonValue>
#include <functional>

namespace ks::qzone {

/// Epoch seconds (or milliseconds when > 1e12) as a number or numeric string, or one of the
/// text forms QQ tools write, read as wall-clock UTC+8: "2019-08-01 16:36:00", "2019-08-01 16:36",
/// "2019年08月01日 16:36:00", "2019年08月01日 16:36", "2019:08:01 16:36:00" (EXIF). Returns
/// UTC epoch seconds, or kNoTime. @p minutePrecision is set when the text had no seconds.
qint64 parseTime(const QJsonValue &value, bool *minutePrecision = nullptr);
qint64 parseTimeText(const QString &text, bool *minutePrecision = nullptr);

/// People named by @{uin:…,nick:…,who:…} mentions in raw Qzone text.
QList<PersonRef> mentionsIn(const QString &text);

/// Finds the file for a path the export names. Given the path as written (module-relative
/// "images/x.jpeg", root-relative "Albums/…" or "Messages/images/…"), returns the MediaRef with
/// filePath (absolute, existing when found; the expected location otherwise) and relPath
/// (relative to the export root). An empty resolver yields refs with only remoteUrl set.
using MediaResolver = std::function<MediaRef(const QString &pathAsWritten, const QString &role)>;

/// One comment (and its replies, at any depth) in any of the shapes the APIs use:
/// uin/name or poster{id,name}; create_time, createTime2 or postTime; list_3[] or replies[].
CommentRecord commentFromJson(const QJsonObject &comment, const MediaResolver &resolver = MediaResolver());

/// A 说说 from an emotion_cgi_msglist_v6 item, with or without QZoneExport's custom_* fields.
MemoryRecord postFromMsglistItem(const QJsonObject &item, const MediaResolver &resolver = MediaResolver());

/// A 留言板 message from a get_msgb commentList item (replies become comments).
MemoryRecord boardFromJson(const QJsonObject &item, const MediaResolver &resolver = MediaResolver());

/// An album (fcg_list_album_v3) and a photo of it (cgi_list_photo / floatview item).
MemoryRecord albumFromJson(const QJsonObject &album, const MediaResolver &resolver = MediaResolver());
MemoryRecord photoFromJson(const QJsonObject &photo, const QJsonObject &album,
                           const MediaResolver &resolver = MediaResolver());

// --- Additions for the module exports (QZoneExport, wwwpf). ---

/// A JSON value as text: strings as they are, whole numbers without exponent or ".0"
/// (QQ numbers and ids are often written as numbers), everything else empty.
QString jsonText(const QJsonValue &value);

/// The untouched record, as compact JSON bytes.
QByteArray compactJson(const QJsonObject &object);
QByteArray compactJson(const QJsonValue &value);

/// A 日志 (kind Blog) or 私密日记 (kind Diary): blogid/blogId, title, pubtime/pubTime, category,
/// base64 custom_html (fallback html) → html, its plain text → text; local images become media.
MemoryRecord blogFromJson(const QJsonObject &blog, MemoryKind kind,
                          const MediaResolver &resolver = MediaResolver());

/// A video-module item (video_get_data): the video file (role video) and its poster (role poster).
MemoryRecord videoFromJson(const QJsonObject &video, const MediaResolver &resolver = MediaResolver());

/// A 收藏 (get_fav_list item), a 分享 (QZoneExport ShareInfo) and a visit (visitor list item).
MemoryRecord favoriteFromJson(const QJsonObject &favorite, const MediaResolver &resolver = MediaResolver());
MemoryRecord shareFromJson(const QJsonObject &share, const MediaResolver &resolver = MediaResolver());
MemoryRecord visitFromJson(const QJsonObject &visit);

/// A friend-list entry (uin, name, remark, groupName, addFriendTime …).
PersonRecord friendFromJson(const QJsonObject &friendItem);

/// The memory key a raw item would get, without converting it (used to skip duplicates).
QString photoKeyOf(const QJsonObject &photo);
/// The album id albumFromJson() gives the album (MemoryRecord::albumKey).
QString albumKeyOf(const QJsonObject &album);

} // namespace ks::qzone
