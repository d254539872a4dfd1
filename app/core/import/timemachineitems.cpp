// SPDX-License-Identifier: GPL-3.0-or-later
#include "timemachineitems.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace ks::timemachine {

namespace {

QString textOf(const QJsonObject &o, const char *key)
{
    return qzone::jsonText(o.value(QLatin1String(key)));
}

bool isRemote(const QString &path)
{
    return path.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           path.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
           path.startsWith(QLatin1String("//"));
}

bool isEmoticonUrl(const QString &url)
{
    return url.contains(QLatin1String("/qzone/em/")) || url.contains(QLatin1String("qzonestyle.gtimg.cn"));
}

bool fileIsThere(const qzone::MediaResolver &resolver, const QString &path)
{
    if (!resolver || path.isEmpty() || isRemote(path))
        return false;
    const MediaRef ref = resolver(path, QStringLiteral("image"));
    return !ref.filePath.isEmpty() && QFileInfo(ref.filePath).isFile();
}

/// The picture a custom_images entry names: its local file, else only its web address.
MediaRef pictureOf(const QJsonObject &entry, const qzone::MediaResolver &resolver)
{
    MediaRef ref;
    const QString path = textOf(entry, "custom_filepath");
    if (!path.isEmpty() && !isRemote(path) && resolver)
        ref = resolver(path, QStringLiteral("image"));
    ref.role = QStringLiteral("image");
    for (const char *key : {"url2", "url1", "custom_url", "url", "b_url"}) {
        ref.remoteUrl = textOf(entry, key);
        if (!ref.remoteUrl.isEmpty())
            break;
    }
    if (ref.originalName.isEmpty() && !path.isEmpty())
        ref.originalName = QFileInfo(path).fileName();
    return ref;
}

/// Ends every conversion: the untouched item as the source record, failed downloads listed.
void finish(MemoryRecord &r, const QJsonObject &original)
{
    r.sourceRecord = qzone::compactJson(original);
    QJsonArray missing;
    for (const MediaRef &ref : notDownloadedMedia(r))
        missing.append(
            QJsonObject{{QStringLiteral("role"), ref.role}, {QStringLiteral("url"), ref.remoteUrl}});
    if (!missing.isEmpty())
        r.extra.insert(QStringLiteral("notDownloaded"), missing);
}

} // namespace

QList<MediaRef> notDownloadedMedia(const MemoryRecord &record)
{
    QList<MediaRef> refs;
    for (const MediaRef &ref : record.media) {
        if (ref.filePath.isEmpty() && ref.relPath.isEmpty() && !ref.remoteUrl.isEmpty())
            refs << ref;
    }
    return refs;
}

QStringList thumbnailPaths(const QJsonObject &item)
{
    QStringList paths;
    for (const char *list : {"custom_images", "custom_origin_images"}) {
        for (const QJsonValue &v : item.value(QLatin1String(list)).toArray()) {
            const QJsonObject entry = v.toObject();
            const QString thumb = textOf(entry, "custom_pre_filepath");
            if (!thumb.isEmpty() && thumb != textOf(entry, "custom_filepath"))
                paths << thumb;
        }
    }
    return paths;
}

MemoryRecord postFromItem(const QJsonObject &item, const qzone::MediaResolver &resolver)
{
    // A full-size picture that is not there while its thumbnail is: the thumbnail stands in.
    QJsonObject adapted = item;
    QJsonArray images = item.value(QLatin1String("custom_images")).toArray();
    QJsonArray thumbnailOnly;
    for (qsizetype i = 0; i < images.size(); ++i) {
        QJsonObject entry = images.at(i).toObject();
        const QString full = textOf(entry, "custom_filepath");
        const QString thumb = textOf(entry, "custom_pre_filepath");
        if (thumb.isEmpty() || thumb == full || fileIsThere(resolver, full) || !fileIsThere(resolver, thumb))
            continue;
        thumbnailOnly.append(QJsonObject{{QStringLiteral("thumbnail"), thumb},
                                         {QStringLiteral("picture"), full.isEmpty() ? QJsonValue() : full}});
        entry.insert(QStringLiteral("custom_filepath"), thumb);
        images.replace(i, entry);
    }
    if (!thumbnailOnly.isEmpty())
        adapted.insert(QStringLiteral("custom_images"), images);

    MemoryRecord r = qzone::postFromMsglistItem(adapted, resolver);
    if (!thumbnailOnly.isEmpty())
        r.extra.insert(QStringLiteral("thumbnailOnly"), thumbnailOnly);

    // rt_con is whatever the API gave: usually {content, conlist}, sometimes the bare text.
    const QJsonValue rtCon = item.value(QLatin1String("rt_con"));
    if (rtCon.isString() && !rtCon.toString().isEmpty()) {
        QJsonObject repost = r.extra.value(QLatin1String("repost")).toObject();
        if (repost.value(QLatin1String("text")).toString().isEmpty()) {
            if (repost.isEmpty())
                repost = QJsonObject{{QStringLiteral("tid"), textOf(item, "rt_tid")},
                                     {QStringLiteral("uin"), textOf(item, "rt_uin")},
                                     {QStringLiteral("name"), textOf(item, "rt_uinname")}};
            repost.insert(QStringLiteral("text"), rtCon.toString());
            r.extra.insert(QStringLiteral("repost"), repost);
        }
    }
    finish(r, item);
    return r;
}

MemoryRecord blogFromItem(const QJsonObject &blog, MemoryKind kind, const qzone::MediaResolver &resolver)
{
    MemoryRecord r = qzone::blogFromJson(blog, kind, resolver);
    // custom_images lists every picture of the page in order; one without custom_filepath was
    // not downloaded and the page still links it remotely, which the local body leaves out.
    const QJsonArray images = blog.value(QLatin1String("custom_images")).toArray();
    bool anyFailed = false;
    for (const QJsonValue &v : images) {
        const QJsonObject entry = v.toObject();
        anyFailed = anyFailed || (textOf(entry, "custom_filepath").isEmpty() &&
                                  !isEmoticonUrl(pictureOf(entry, resolver).remoteUrl));
    }
    if (anyFailed) {
        QList<MediaRef> media;
        QSet<QString> listed;
        for (const QJsonValue &v : images) {
            const MediaRef ref = pictureOf(v.toObject(), resolver);
            if ((ref.relPath.isEmpty() && ref.remoteUrl.isEmpty()) || isEmoticonUrl(ref.remoteUrl))
                continue;
            if (!ref.relPath.isEmpty())
                listed.insert(ref.relPath.toLower());
            media << ref;
        }
        for (const MediaRef &ref : std::as_const(r.media)) {
            if (ref.relPath.isEmpty() || !listed.contains(ref.relPath.toLower()))
                media << ref; // in the body but not in the list
        }
        r.media = media;
    }
    finish(r, blog);
    return r;
}

MemoryRecord albumFromItem(const QJsonObject &album, const qzone::MediaResolver &resolver)
{
    // A converted backup names the cover only in cover_url.
    QJsonObject adapted = album;
    const QString cover = textOf(album, "cover_url");
    if (!album.contains(QLatin1String("custom_filepath")) && !cover.isEmpty() && !isRemote(cover))
        adapted.insert(QStringLiteral("custom_filepath"), cover);
    MemoryRecord r = qzone::albumFromJson(adapted, resolver);
    // …and writes createtime as an ISO instant in UTC, not as China wall-clock time.
    const QJsonValue created = album.value(QLatin1String("createtime"));
    if (created.isString()) {
        const QDateTime instant = QDateTime::fromString(created.toString(), Qt::ISODateWithMs);
        if (instant.isValid() && instant.timeSpec() != Qt::LocalTime)
            r.created = instant.toSecsSinceEpoch();
    }
    finish(r, album);
    return r;
}

MemoryRecord photoFromItem(const QJsonObject &photo, const QJsonObject &album,
                           const qzone::MediaResolver &resolver)
{
    QJsonObject adapted = photo;
    const QString url = textOf(photo, "url");
    if (!photo.contains(QLatin1String("custom_filepath")) && !url.isEmpty() && !isRemote(url)) {
        adapted.insert(QStringLiteral("custom_filepath"), url); // converted backup: url is the file
        adapted.remove(QStringLiteral("url"));
    }
    const QJsonValue isVideo = photo.value(QLatin1String("is_video"));
    if (isVideo.toBool() || isVideo.toInt() == 1) {
        // Time-Machine saves the picture of an album video, never the video: that file is the poster.
        const QString picture = textOf(adapted, "custom_filepath");
        adapted.remove(QStringLiteral("custom_filepath"));
        adapted.remove(QStringLiteral("custom_url"));
        if (!picture.isEmpty())
            adapted.insert(QStringLiteral("custom_pre_filepath"), picture);
    }
    MemoryRecord r = qzone::photoFromJson(adapted, album, resolver);
    finish(r, photo);
    return r;
}

MemoryRecord videoFromItem(const QJsonObject &video, const qzone::MediaResolver &resolver)
{
    MemoryRecord r = qzone::videoFromJson(video, resolver);
    finish(r, video);
    return r;
}

MemoryRecord boardFromItem(const QJsonObject &board, const qzone::MediaResolver &resolver)
{
    // htmlContent has the local picture paths already (and remote ones where a download failed).
    MemoryRecord r = qzone::boardFromJson(board, resolver);
    finish(r, board);
    return r;
}

MemoryRecord favoriteFromItem(const QJsonObject &favorite, const qzone::MediaResolver &resolver)
{
    MemoryRecord r = qzone::favoriteFromJson(favorite, resolver);
    if (r.text.isEmpty()) {
        const QJsonObject detail = favorite.value(QLatin1String("shuoshuo_info"))
                                       .toObject()
                                       .value(QLatin1String("detail_shuoshuo_info"))
                                       .toObject();
        r.text = textOf(detail, "content");
    }
    finish(r, favorite);
    return r;
}

MemoryRecord shareFromItem(const QJsonObject &share, const qzone::MediaResolver &resolver)
{
    MemoryRecord r = qzone::shareFromJson(share, resolver);
    if (r.text.isEmpty())
        r.text = textOf(share, "memo");
    const QJsonObject poster = share.value(QLatin1String("poster")).toObject();
    if (r.author.uin.isEmpty())
        r.author.uin = textOf(poster, "uin");
    if (r.author.name.isEmpty())
        r.author.name = textOf(poster, "nickname");
    if (r.author.uin == QLatin1String("0"))
        r.author.uin.clear();
    if (r.media.isEmpty()) {
        for (const QJsonValue &v : share.value(QLatin1String("custom_images")).toArray()) {
            const MediaRef ref = pictureOf(v.toObject(), resolver);
            if (!ref.relPath.isEmpty() || !ref.remoteUrl.isEmpty())
                r.media << ref;
        }
    }
    finish(r, share);
    return r;
}

MemoryRecord visitFromItem(const QJsonObject &visit)
{
    MemoryRecord r = qzone::visitFromJson(visit);
    finish(r, visit);
    return r;
}

PersonRecord friendFromItem(const QJsonObject &friendItem)
{
    PersonRecord p = qzone::friendFromJson(friendItem);
    if (p.groupName.isEmpty())
        p.groupName = textOf(friendItem, "gpname");
    return p;
}

QList<DownloadFailure> parseFailures(const QByteArray &jsonLines, QStringList *badLines)
{
    QList<DownloadFailure> failures;
    int number = 0;
    for (const QByteArray &raw : jsonLines.split('\n')) {
        ++number;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        DownloadFailure failure;
        failure.picKey = textOf(entry.value(QLatin1String("meta")).toObject(), "picKey");
        if (failure.picKey.isEmpty()) {
            if (badLines)
                *badLines << QString::number(number);
            continue;
        }
        failure.error = textOf(entry, "error");
        // destAbs is a path on the machine that made the backup (often Windows): keep media/… only.
        QString dest = textOf(entry, "destAbs");
        dest.replace(QLatin1Char('\\'), QLatin1Char('/'));
        const qsizetype media = dest.lastIndexOf(QLatin1String("/media/"));
        if (media >= 0)
            failure.relPath = QDir::cleanPath(dest.mid(media + 1));
        failures << failure;
    }
    return failures;
}

} // namespace ks::timemachine
