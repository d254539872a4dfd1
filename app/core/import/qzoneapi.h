// SPDX-License-Identifier: GPL-3.0-or-later
// Converters from the raw QQ Space web-API objects (what QZoneExport, GetQzonehistory's
// fetch-all cache and wwwpf/QzoneExporter all store) into import records. Shared by every
// importer that reads JSON, so one 说说 reads the same whichever tool saved it.
#pragma once

#include "records.h"

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

} // namespace ks::qzone
