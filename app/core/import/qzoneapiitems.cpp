// SPDX-License-Identifier: GPL-3.0-or-later
// The QQ Space JSON parsers for albums, photos, blogs, videos, favourites, shares, visits and
// friends (posts, comments and the message board are in qzoneapi.cpp).
#include "qzoneapi.h"
#include "qzonefields.h"

#include "util/textutil.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <cmath>

namespace ks::qzone {

using namespace fields;

namespace {

/// A favourite's or share's picture list: web addresses as strings, or objects with
/// QZoneExport's custom_* fields for the downloaded copy.
void appendImages(QList<MediaRef> &media, const QJsonArray &images, const MediaResolver &resolver)
{
    for (const QJsonValue &v : images) {
        if (v.isString()) {
            MediaRef ref;
            ref.remoteUrl = v.toString();
            media << ref;
            continue;
        }
        const QJsonObject p = v.toObject();
        if (p.isEmpty())
            continue;
        media << mediaFrom(p, QStringLiteral("image"), QStringLiteral("custom_filepath"),
                           QStringLiteral("custom_filename"), imageUrl(p), resolver);
    }
}

} // namespace

QString albumKeyOf(const QJsonObject &album)
{
    return firstText(album, {"id", "albumId", "topicId"});
}

MemoryRecord albumFromJson(const QJsonObject &album, const MediaResolver &resolver)
{
    const QString id = albumKeyOf(album);
    MemoryRecord r = keyedRecord(MemoryKind::Album, QStringLiteral("album:"), id);
    r.title = firstText(album, {"name", "title"});
    r.text = firstText(album, {"desc"});
    r.created = firstTime(album, {"createtime", "createTime", "lastuploadtime", "modifytime"});
    r.albumKey = id;
    r.albumName = r.title;
    r.albumDescription = r.text;
    r.albumCategory = firstText(album, {"className", "classname"});
    for (const char *key : {"classid", "priv", "total", "modifytime", "lastuploadtime"}) {
        const QJsonValue v = album.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull())
            r.extra.insert(QLatin1String(key), v);
    }
    if (album.contains(QLatin1String("custom_filepath")))
        r.media << mediaFrom(album, QStringLiteral("image"), QStringLiteral("custom_filepath"),
                             QStringLiteral("custom_filename"),
                             firstText(album, {"custom_url", "url", "pre"}), resolver);
    r.comments = commentsFrom(album.value(QLatin1String("comments")), resolver);
    setLikes(r, album);
    // The record without its photo list: every photo keeps its own source record.
    QJsonObject source = album;
    source.remove(QStringLiteral("photoList"));
    r.sourceRecord = compactJson(source);
    return r;
}

QString photoKeyOf(const QJsonObject &photo)
{
    const QString id = firstText(photo, {"picKey", "lloc", "sloc"});
    return id.isEmpty() ? QString() : QStringLiteral("photo:") + id;
}

MemoryRecord photoFromJson(const QJsonObject &photo, const QJsonObject &album, const MediaResolver &resolver)
{
    MemoryRecord r;
    r.kind = MemoryKind::Photo;
    r.key = photoKeyOf(photo);
    r.title = firstText(photo, {"name"});
    r.text = firstText(photo, {"desc"});
    bool minute = false;
    r.created = firstTime(photo, {"uploadtime", "uploadTime", "upload_time"}, &minute);
    r.minutePrecision = r.created != kNoTime && minute;
    r.albumKey = firstText(photo, {"albumId", "albumid"});
    if (r.albumKey.isEmpty())
        r.albumKey = firstText(album, {"id", "albumId"});
    r.albumName = firstText(album, {"name"});
    r.albumDescription = firstText(album, {"desc"});
    r.albumCategory = firstText(photo, {"albumClassName"});
    if (r.albumCategory.isEmpty())
        r.albumCategory = firstText(album, {"className"});
    const QString owner = firstText(photo, {"ownerUin", "owner"});
    if (!owner.isEmpty())
        r.author.uin = owner;
    r.author.name = firstText(photo, {"ownerName"});

    const qint64 shot = firstTime(photo, {"rawshoottime", "shootTime", "shoottime"});
    if (shot != kNoTime)
        r.extra.insert(QStringLiteral("shootTime"), double(shot));
    const QJsonObject exif = photo.value(QLatin1String("exif")).toObject();
    bool exifHasValue = false;
    for (auto it = exif.begin(); it != exif.end(); ++it)
        exifHasValue = exifHasValue || !jsonText(it.value()).isEmpty();
    if (exifHasValue)
        r.extra.insert(QStringLiteral("exif"), exif);
    for (const char *key : {"width", "height", "photocubage", "phototype"}) {
        const QJsonValue v = photo.value(QLatin1String(key));
        if (v.isDouble() && v.toDouble() > 0)
            r.extra.insert(QLatin1String(key), v);
    }
    const QJsonObject geo = photo.value(QLatin1String("shootGeo")).toObject();
    setPlace(r, geo);
    setPlace(r, photo.value(QLatin1String("lbs")).toObject());
    setLikes(r, photo);

    const bool isVideo = photo.value(QLatin1String("is_video")).toBool() ||
                         photo.value(QLatin1String("is_video")).toInt() == 1;
    if (isVideo) {
        const QJsonObject info = photo.value(QLatin1String("video_info")).toObject();
        r.media << mediaFrom(photo, QStringLiteral("video"), QStringLiteral("custom_filepath"),
                             QStringLiteral("custom_filename"),
                             firstText(photo, {"custom_url"}).isEmpty()
                                 ? firstText(info, {"video_url", "url"})
                                 : firstText(photo, {"custom_url"}),
                             resolver);
        if (photo.contains(QLatin1String("custom_pre_filepath")) || !imageUrl(photo).isEmpty())
            r.media << mediaFrom(photo, QStringLiteral("poster"), QStringLiteral("custom_pre_filepath"),
                                 QStringLiteral("custom_pre_filename"), firstText(photo, {"url", "pre"}),
                                 resolver);
        r.extra.insert(QStringLiteral("video"), info);
    } else {
        r.media << mediaFrom(photo, QStringLiteral("image"), QStringLiteral("custom_filepath"),
                             QStringLiteral("custom_filename"), imageUrl(photo), resolver);
    }
    r.comments = commentsFrom(photo.value(QLatin1String("comments")), resolver);
    r.sourceRecord = compactJson(photo);
    return r;
}

MemoryRecord blogFromJson(const QJsonObject &blog, MemoryKind kind, const MediaResolver &resolver)
{
    MemoryRecord r;
    r.kind = kind;
    const QString id = firstText(blog, {"blogid", "blogId", "id"});
    if (!id.isEmpty())
        r.key = (kind == MemoryKind::Diary ? QStringLiteral("diary:") : QStringLiteral("blog:")) + id;
    r.author =
        PersonRef{firstText(blog, {"uin", "ownerUin"}), firstText(blog, {"nick", "nickname", "ownerName"})};
    r.title = firstText(blog, {"custom_title", "title"});
    bool minute = false;
    r.created = firstTime(blog, {"pubtime", "pubTime", "pub_time", "createTime"}, &minute);
    r.minutePrecision = r.created != kNoTime && minute;

    // custom_html has the local image paths; html the original page.
    bool local = true;
    QString html = decodeBase64Html(firstText(blog, {"custom_html"}));
    if (html.isEmpty()) {
        local = false;
        const QString raw = firstText(blog, {"html"});
        html = decodeBase64Html(raw);
        if (html.isEmpty())
            html = raw;
    }
    r.html = html;
    r.text = htmlToPlainText(html);
    r.media = htmlImages(html, resolver, !local);

    const QString category = firstText(blog, {"category", "cate", "categoryName"});
    if (!category.isEmpty())
        r.extra.insert(QStringLiteral("category"), category);
    if (kind == MemoryKind::Diary)
        r.extra.insert(QStringLiteral("private"), true);
    for (const char *key : {"readnum", "effect", "effect2", "lastModifyTime"}) {
        const QJsonValue v = blog.value(QLatin1String(key));
        if (v.isDouble() && v.toDouble() != 0)
            r.extra.insert(QLatin1String(key), v);
    }
    setLikes(r, blog);
    r.comments = commentsFrom(blog.value(QLatin1String("comments")), resolver);
    r.sourceRecord = compactJson(blog);
    return r;
}

MemoryRecord videoFromJson(const QJsonObject &video, const MediaResolver &resolver)
{
    const QString id = firstText(video, {"vid", "video_id", "id"});
    MemoryRecord r = keyedRecord(MemoryKind::Video, QStringLiteral("video:"), id);
    r.title = firstText(video, {"title", "name"});
    r.text = firstText(video, {"desc"});
    bool minute = false;
    r.created = firstTime(video, {"uploadTime", "uploadtime", "upload_time", "createTime"}, &minute);
    r.minutePrecision = r.created != kNoTime && minute;
    const qint64 shot = firstTime(video, {"shootTime", "shoottime"});
    if (shot != kNoTime)
        r.extra.insert(QStringLiteral("shootTime"), double(shot));
    r.media << mediaFrom(video, QStringLiteral("video"), QStringLiteral("custom_filepath"),
                         QStringLiteral("custom_filename"), firstText(video, {"custom_url", "url", "url3"}),
                         resolver);
    const QString poster = firstText(video, {"custom_pre_url", "pre", "url1", "preview_img"});
    if (!poster.isEmpty() || video.contains(QLatin1String("custom_pre_filepath")))
        r.media << mediaFrom(video, QStringLiteral("poster"), QStringLiteral("custom_pre_filepath"),
                             QStringLiteral("custom_pre_filename"), poster, resolver);
    setLikes(r, video);
    r.comments = commentsFrom(video.value(QLatin1String("comments")), resolver);
    r.sourceRecord = compactJson(video);
    return r;
}

MemoryRecord favoriteFromJson(const QJsonObject &favorite, const MediaResolver &resolver)
{
    const QString id = firstText(favorite, {"id", "fav_id"});
    MemoryRecord r = keyedRecord(MemoryKind::Favorite, QStringLiteral("favorite:"), id);
    r.created = firstTime(favorite, {"create_time", "custom_create_time"});
    r.title = firstText(favorite, {"title"});
    r.text = firstText(favorite, {"custom_abstract", "abstract", "desp"});
    QString uin = firstText(favorite, {"custom_uin"});
    QString name = firstText(favorite, {"custom_name"});
    QJsonObject owner;
    for (const char *info : {"blog_info", "shuoshuo_info", "share_info", "album_info"}) {
        const QJsonObject o = favorite.value(QLatin1String(info)).toObject();
        if (o.isEmpty())
            continue;
        if (uin.isEmpty())
            uin = firstText(o, {"owner_uin"});
        if (name.isEmpty())
            name = firstText(o, {"owner_name"});
        // Whose item was saved (the author above is whoever saved it).
        if (owner.isEmpty() && !firstText(o, {"owner_uin"}).isEmpty())
            owner = QJsonObject{{QStringLiteral("uin"), firstText(o, {"owner_uin"})},
                                {QStringLiteral("name"), firstText(o, {"owner_name"})}};
        r.extra.insert(QLatin1String(info), o);
    }
    if (!owner.isEmpty())
        r.extra.insert(QStringLiteral("owner"), owner);
    r.author = PersonRef{uin == QLatin1String("0") ? QString() : uin, name};

    // A saved 说说 keeps its whole text in detail_shuoshuo_info; title and abstract may be empty or cut.
    const QJsonObject shuoshuo = favorite.value(QLatin1String("shuoshuo_info")).toObject();
    const QString shuoshuoText = jsonText(
        shuoshuo.value(QLatin1String("detail_shuoshuo_info")).toObject().value(QLatin1String("content")));
    if (shuoshuoText.size() > r.text.size())
        r.text = shuoshuoText;
    const QJsonObject shareInfo = favorite.value(QLatin1String("share_info")).toObject();
    const QJsonObject urlInfo = favorite.value(QLatin1String("url_info")).toObject();
    if (r.title.isEmpty())
        r.title = firstText(shareInfo, {"title"});
    if (r.title.isEmpty())
        r.title = firstText(favorite.value(QLatin1String("blog_info")).toObject(), {"title"});
    if (r.title.isEmpty())
        r.title = firstText(favorite.value(QLatin1String("album_info")).toObject(), {"name", "title"});
    if (r.text.isEmpty())
        r.text = firstText(shareInfo, {"summary", "desc", "abstract", "reason"});
    if (r.text.isEmpty())
        r.text = firstText(shuoshuo, {"reason"});
    // A saved web page may be only its address.
    const QString url = !firstText(urlInfo, {"url"}).isEmpty() ? firstText(urlInfo, {"url"})
                                                               : firstText(shareInfo, {"share_url", "url"});
    if (!url.isEmpty())
        r.extra.insert(QStringLiteral("url"), url);
    if (r.text.isEmpty() && r.title.isEmpty())
        r.text = url;
    for (const char *key : {"type", "url_info"}) {
        const QJsonValue v = favorite.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull())
            r.extra.insert(QLatin1String(key), v);
    }
    QJsonArray images = hasArray(favorite, "custom_images") ? arrayOf(favorite, "custom_images")
                                                            : arrayOf(favorite, "img_list");
    // The originals are the same pictures larger: used only when the list has no others.
    if (images.isEmpty())
        images = hasArray(favorite, "custom_origin_images") ? arrayOf(favorite, "custom_origin_images")
                                                            : arrayOf(favorite, "origin_img_list");
    appendImages(r.media, images, resolver);
    for (const QJsonValue &v : arrayOf(favorite, "custom_videos")) {
        const QJsonObject p = v.toObject();
        if (p.isEmpty())
            continue;
        r.media << mediaFrom(p, QStringLiteral("video"), QStringLiteral("custom_filepath"),
                             QStringLiteral("custom_filename"), firstText(p, {"custom_url", "url", "url3"}),
                             resolver);
        const QString poster = firstText(p, {"custom_pre_url", "preview_img", "pre", "url1"});
        if (!poster.isEmpty() || p.contains(QLatin1String("custom_pre_filepath")))
            r.media << mediaFrom(p, QStringLiteral("poster"), QStringLiteral("custom_pre_filepath"),
                                 QStringLiteral("custom_pre_filename"), poster, resolver);
    }
    // Music: the song stays in extra, its cover (downloaded beside the pictures) is a picture.
    const QJsonArray audios = arrayOf(favorite, "custom_audios");
    if (!audios.isEmpty())
        r.extra.insert(QStringLiteral("music"), audios);
    for (const QJsonValue &v : audios) {
        const QJsonObject a = v.toObject();
        const QString cover = firstText(a, {"custom_url", "preview_img", "image", "cover"});
        if (!cover.isEmpty() || a.contains(QLatin1String("custom_filepath")))
            r.media << mediaFrom(a, QStringLiteral("image"), QStringLiteral("custom_filepath"),
                                 QStringLiteral("custom_filename"), cover, resolver);
    }
    r.sourceRecord = compactJson(favorite);
    return r;
}

MemoryRecord shareFromJson(const QJsonObject &share, const MediaResolver &resolver)
{
    const QString id = firstText(share, {"id", "shareId"});
    MemoryRecord r = keyedRecord(MemoryKind::Share, QStringLiteral("share:"), id);
    r.author = PersonRef{firstText(share, {"uin"}), firstText(share, {"nickname", "name"})};
    r.created = firstTime(share, {"shareTime", "share_time", "create_time", "time"});
    // A share page without a time gives shareTime 0 (1970-01-01): the time is unknown, not 1970.
    if (r.created != kNoTime && r.created < 2 * 86400)
        r.created = kNoTime;
    r.text = firstText(share, {"desc"});
    const QJsonObject source = share.value(QLatin1String("source")).toObject();
    r.title = firstText(source, {"title"});
    if (r.text.isEmpty())
        r.text = firstText(source, {"desc", "summary"});
    if (r.text.isEmpty() && r.title.isEmpty())
        r.text = firstText(source, {"url"});
    if (!source.isEmpty())
        r.extra.insert(QStringLiteral("source"), source);
    const QJsonValue type = share.value(QLatin1String("type"));
    if (!type.isUndefined())
        r.extra.insert(QStringLiteral("type"), type);
    appendImages(r.media, source.value(QLatin1String("images")).toArray(), resolver);
    setLikes(r, share);
    r.comments = commentsFrom(share.value(QLatin1String("comments")), resolver);
    r.sourceRecord = compactJson(share);
    return r;
}

MemoryRecord visitFromJson(const QJsonObject &visit)
{
    MemoryRecord r;
    r.kind = MemoryKind::Visit;
    const QString uin = firstText(visit, {"uin", "fuin"});
    r.author = PersonRef{uin, firstText(visit, {"name", "nick", "nickname"})};
    r.created = firstTime(visit, {"time", "visitTime"});
    if (!uin.isEmpty())
        r.key = QStringLiteral("visit:%1:%2")
                    .arg(uin, r.created == kNoTime ? QStringLiteral("0") : QString::number(r.created));
    for (const char *key : {"shuoshuoes", "blogs", "photoes", "shares"}) {
        const QJsonArray a = arrayOf(visit, key);
        if (!a.isEmpty())
            r.extra.insert(QLatin1String(key), a);
    }
    r.sourceRecord = compactJson(visit);
    return r;
}

PersonRecord friendFromJson(const QJsonObject &friendItem)
{
    PersonRecord p;
    p.person = PersonRef{firstText(friendItem, {"uin", "fuin"}),
                         firstText(friendItem, {"name", "nick", "nickname"})};
    p.remark = firstText(friendItem, {"remark"});
    p.groupName = firstText(friendItem, {"groupName", "groupname"});
    const qint64 since = parseTime(friendItem.value(QLatin1String("addFriendTime")));
    p.friendSince = since;
    const QJsonValue deleted = friendItem.value(QLatin1String("deleted"));
    p.isFriend = !(deleted.isBool() && deleted.toBool());
    p.sourceRecord = compactJson(friendItem);
    return p;
}

} // namespace ks::qzone
