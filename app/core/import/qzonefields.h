// SPDX-License-Identifier: GPL-3.0-or-later
// Field readers shared by the QQ Space JSON parsers (qzoneapi.cpp, qzoneapiitems.cpp): the
// first of several spellings an exporter may use, media sub-objects, comments, likes, places.
#pragma once

#include "qzoneapi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <initializer_list>

namespace ks::qzone::fields {

/// A record of @p kind keyed @p prefix + @p id (no key when the export gave no id).
MemoryRecord keyedRecord(MemoryKind kind, const QString &prefix, const QString &id);
/// The first non-empty text among @p keys.
QString firstText(const QJsonObject &o, std::initializer_list<const char *> keys);
/// The first parseable time among @p keys (UTC seconds, 0 when none).
qint64 firstTime(const QJsonObject &o, std::initializer_list<const char *> keys,
                 bool *minutePrecision = nullptr);
QJsonArray arrayOf(const QJsonObject &o, const char *key);
bool hasArray(const QJsonObject &o, const char *key);
/// A media sub-object (pic, video, image, …) with QZoneExport's custom_* fields when present.
MediaRef mediaFrom(const QJsonObject &o, const QString &role, const QString &pathKey, const QString &nameKey,
                   const QString &remote, const MediaResolver &resolver);
QString imageUrl(const QJsonObject &o);
QList<CommentRecord> commentsFrom(const QJsonValue &value, const MediaResolver &resolver);
void setLikes(MemoryRecord &r, const QJsonObject &o);
/// lbs / shootGeo / story_info.lbs → location, latitude (pos_y), longitude (pos_x).
void setPlace(MemoryRecord &r, const QJsonObject &lbs);
/// Local pictures an HTML body names (<img src="images/…">); emoticons and remote pictures stay links.
QList<MediaRef> htmlImages(const QString &html, const MediaResolver &resolver, bool includeRemote);
QString decodeBase64Html(const QString &encoded);

} // namespace ks::qzone::fields
