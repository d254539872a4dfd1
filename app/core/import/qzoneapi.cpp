// SPDX-License-Identifier: GPL-3.0-or-later
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

namespace fields {

MemoryRecord keyedRecord(MemoryKind kind, const QString &prefix, const QString &id)
{
    MemoryRecord r;
    r.kind = kind;
    if (!id.isEmpty())
        r.key = prefix + id;
    return r;
}

qint64 wallClockToUtc(const QDate &date, const QTime &time)
{
    if (!date.isValid() || !time.isValid())
        return kNoTime;
    return QDateTime(date, time, Qt::OffsetFromUTC, kChinaUtcOffset).toSecsSinceEpoch();
}

QString firstText(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString text = jsonText(o.value(QLatin1String(key)));
        if (!text.isEmpty())
            return text;
    }
    return QString();
}

qint64 firstTime(const QJsonObject &o, std::initializer_list<const char *> keys, bool *minutePrecision)
{
    for (const char *key : keys) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            continue;
        const qint64 t = parseTime(v, minutePrecision);
        if (t != kNoTime)
            return t;
    }
    return kNoTime;
}

QJsonArray arrayOf(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}

bool hasArray(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).isArray();
}

bool isRemote(const QString &path)
{
    return path.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           path.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
           path.startsWith(QLatin1String("//"));
}

/// A media sub-object (pic, video, image, …) with QZoneExport's custom_* fields when present.
MediaRef mediaFrom(const QJsonObject &o, const QString &role, const QString &pathKey, const QString &nameKey,
                   const QString &remote, const MediaResolver &resolver)
{
    const QString path = jsonText(o.value(pathKey));
    MediaRef ref;
    if (!path.isEmpty() && resolver && !isRemote(path))
        ref = resolver(path, role);
    ref.role = role;
    ref.remoteUrl = remote;
    if (ref.originalName.isEmpty()) {
        const QString name = jsonText(o.value(nameKey));
        ref.originalName = !name.isEmpty() ? name : (path.isEmpty() ? QString() : QFileInfo(path).fileName());
    }
    return ref;
}

QString imageUrl(const QJsonObject &o)
{
    return firstText(o, {"custom_url", "url3", "url2", "o_url", "hd_url", "b_url", "raw", "origin_url", "url",
                         "downloadUrl", "url1", "s_url", "smallurl"});
}

QList<MediaRef> commentPictures(const QJsonObject &comment, const MediaResolver &resolver)
{
    QList<MediaRef> media;
    for (const QJsonValue &v : arrayOf(comment, "pic")) {
        const QJsonObject p = v.toObject();
        if (p.isEmpty())
            continue;
        media << mediaFrom(
            p, QStringLiteral("image"), QStringLiteral("custom_filepath"), QStringLiteral("custom_filename"),
            firstText(p, {"custom_url", "o_url", "hd_url", "b_url", "s_url", "url"}), resolver);
    }
    return media;
}

QList<CommentRecord> commentsFrom(const QJsonValue &value, const MediaResolver &resolver)
{
    QList<CommentRecord> comments;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isObject())
            comments << commentFromJson(v.toObject(), resolver);
    }
    return comments;
}

QList<PersonRef> likesFrom(const QJsonObject &o)
{
    QList<PersonRef> likes;
    for (const QJsonValue &v : arrayOf(o, "likes")) {
        const QJsonObject l = v.toObject();
        PersonRef p{firstText(l, {"fuin", "uin", "id"}), firstText(l, {"nick", "nickname", "name"})};
        if (p.isValid())
            likes << p;
    }
    return likes;
}

void setLikes(MemoryRecord &r, const QJsonObject &o)
{
    r.likes = likesFrom(o);
    const QJsonValue total = o.value(QLatin1String("likeTotal"));
    if (total.isDouble() && total.toInt() > 0)
        r.likeCount = total.toInt();
    else if (!r.likes.isEmpty())
        r.likeCount = int(r.likes.size());
}

std::optional<double> coordinate(const QJsonValue &v, double limit)
{
    bool ok = false;
    double d = v.isDouble() ? v.toDouble() : v.toString().trimmed().toDouble(&ok);
    if (v.isDouble())
        ok = true;
    if (!ok || d == 0.0 || !std::isfinite(d))
        return std::nullopt;
    if (std::fabs(d) > limit)
        d /= 1e6; // some APIs write micro-degrees
    if (std::fabs(d) > limit)
        return std::nullopt;
    return d;
}

/// lbs / shootGeo / story_info.lbs → location, latitude (pos_y), longitude (pos_x).
void setPlace(MemoryRecord &r, const QJsonObject &lbs)
{
    if (lbs.isEmpty())
        return;
    const QString name = firstText(lbs, {"idname", "name", "address"});
    if (!name.isEmpty() && r.location.isEmpty())
        r.location = name;
    const auto lat = coordinate(lbs.value(QLatin1String("pos_y")), 90);
    const auto lon = coordinate(lbs.value(QLatin1String("pos_x")), 180);
    if (lat && lon && !r.latitude) {
        r.latitude = lat;
        r.longitude = lon;
    }
}

/// Text of a msglist content list: text runs as written, mentions in Qzone's own markup.
QString textFromConlist(const QJsonArray &conlist)
{
    QString text;
    for (const QJsonValue &v : conlist) {
        const QJsonObject c = v.toObject();
        const int type = c.value(QLatin1String("type")).toInt(-1);
        if (type == 0)
            text +=
                QStringLiteral("@{uin:%1,nick:%2,who:1}")
                    .arg(jsonText(c.value(QLatin1String("uin"))), jsonText(c.value(QLatin1String("nick"))));
        else
            text += jsonText(c.value(QLatin1String("con")));
    }
    return text;
}

void addMentions(QList<PersonRef> &mentions, const QList<PersonRef> &more)
{
    for (const PersonRef &p : more) {
        const bool known = std::any_of(mentions.begin(), mentions.end(), [&](const PersonRef &m) {
            return (!p.uin.isEmpty() && m.uin == p.uin) ||
                   (p.uin.isEmpty() && m.uin.isEmpty() && m.name == p.name);
        });
        if (!known)
            mentions << p;
    }
}

/// Local pictures an HTML body names (<img src="images/…">); emoticons and remote pictures stay links.
QList<MediaRef> htmlImages(const QString &html, const MediaResolver &resolver, bool includeRemote)
{
    static const QRegularExpression img(
        QStringLiteral(R"(<(?:img|video|source)\b[^>]*?\bsrc\s*=\s*["']([^"']+)["'])"),
        QRegularExpression::CaseInsensitiveOption);
    QList<MediaRef> media;
    QSet<QString> seen;
    auto it = img.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString src = htmlUnescape(m.captured(1)).trimmed();
        if (src.isEmpty() || src.startsWith(QLatin1String("data:")) ||
            src.contains(QLatin1String("/qzone/em/")) || src.contains(QLatin1String("qzonestyle.gtimg.cn")) ||
            seen.contains(src))
            continue;
        seen.insert(src);
        const bool video = m.captured(0).startsWith(QLatin1String("<video"), Qt::CaseInsensitive);
        const QString role = video ? QStringLiteral("video") : QStringLiteral("image");
        if (isRemote(src)) {
            if (!includeRemote)
                continue;
            MediaRef ref;
            ref.role = role;
            ref.remoteUrl = src;
            media << ref;
            continue;
        }
        if (src.contains(QLatin1String("/Common/images/"), Qt::CaseInsensitive) ||
            src.startsWith(QLatin1String("../Common/"), Qt::CaseInsensitive))
            continue;
        MediaRef ref;
        if (resolver)
            ref = resolver(src, role);
        ref.role = role;
        if (ref.originalName.isEmpty())
            ref.originalName = QFileInfo(src).fileName();
        media << ref;
    }
    return media;
}

QString decodeBase64Html(const QString &encoded)
{
    if (encoded.isEmpty())
        return QString();
    const auto result =
        QByteArray::fromBase64Encoding(encoded.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return QString(); // not base64: the caller falls back to the text as written
    return QString::fromUtf8(*result);
}

} // namespace fields

using namespace fields;

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString();
    }
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return compactJson(value.toObject());
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

qint64 parseTime(const QJsonValue &value, bool *minutePrecision)
{
    if (minutePrecision)
        *minutePrecision = false;
    if (value.isDouble()) {
        double d = value.toDouble();
        if (!std::isfinite(d) || d <= 0)
            return kNoTime;
        if (d > 1e12)
            d /= 1000.0; // JavaScript milliseconds
        return qint64(d);
    }
    if (value.isString())
        return parseTimeText(value.toString(), minutePrecision);
    return kNoTime;
}

qint64 parseTimeText(const QString &rawText, bool *minutePrecision)
{
    if (minutePrecision)
        *minutePrecision = false;
    const QString text = rawText.trimmed();
    if (text.isEmpty())
        return kNoTime;
    static const QRegularExpression digits(QStringLiteral(R"(^\d{9,13}(\.\d+)?$)"));
    if (digits.match(text).hasMatch()) {
        double d = text.toDouble();
        if (d > 1e12)
            d /= 1000.0;
        return d > 0 ? qint64(d) : kNoTime;
    }
    auto finish = [&](const QDate &date, int h, int m, const QString &seconds) {
        if (minutePrecision)
            *minutePrecision = seconds.isEmpty();
        return wallClockToUtc(date, QTime(h, m, seconds.isEmpty() ? 0 : seconds.toInt()));
    };
    static const QRegularExpression full(QStringLiteral(
        R"(^(\d{4})\s*[-/.:年]\s*(\d{1,2})\s*[-/.:月]\s*(\d{1,2})\s*日?(?:\s*[T ]?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})\s*秒?)?)?(?:\.\d+)?\s*(?:Z|[+-]\d{2}:?\d{2})?$)"));
    if (const auto m = full.match(text); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (m.captured(4).isEmpty()) {
            if (minutePrecision)
                *minutePrecision = true;
            return wallClockToUtc(date, QTime(0, 0));
        }
        return finish(date, m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6));
    }
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(kChinaUtcOffset).date();
    static const QRegularExpression relative(
        QStringLiteral(R"(^(今天|昨天|前天)\s*(\d{1,2}):(\d{2})(?::(\d{2}))?$)"));
    if (const auto m = relative.match(text); m.hasMatch()) {
        const QString day = m.captured(1);
        const int back = day == QStringLiteral("今天") ? 0 : (day == QStringLiteral("昨天") ? 1 : 2);
        return finish(today.addDays(-back), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4));
    }
    static const QRegularExpression monthDay(
        QStringLiteral(R"(^(\d{1,2})月(\d{1,2})日\s*(\d{1,2}):(\d{2})(?::(\d{2}))?$)"));
    if (const auto m = monthDay.match(text); m.hasMatch()) {
        // No year: this year, as the share pages mean it.
        const QDate date(today.year(), m.captured(1).toInt(), m.captured(2).toInt());
        return finish(date, m.captured(3).toInt(), m.captured(4).toInt(), m.captured(5));
    }
    return kNoTime;
}

QList<PersonRef> mentionsIn(const QString &text)
{
    static const QRegularExpression mention(
        QStringLiteral(R"(@\{uin:([^\},]*),nick:([^\}]*?)(?:,who:([^\},]*))?(?:,auto:([^\},]*))?\})"));
    QList<PersonRef> people;
    auto it = mention.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        addMentions(people, {PersonRef{m.captured(1).trimmed(), m.captured(2)}});
    }
    return people;
}

CommentRecord commentFromJson(const QJsonObject &comment, const MediaResolver &resolver)
{
    CommentRecord c;
    const QJsonObject poster = comment.value(QLatin1String("poster")).toObject();
    c.author.uin = firstText(comment, {"uin", "fuin"});
    if (c.author.uin.isEmpty())
        c.author.uin = firstText(poster, {"id", "uin"});
    c.author.name = firstText(comment, {"name", "nickname", "nick"});
    if (c.author.name.isEmpty())
        c.author.name = firstText(poster, {"name", "nick", "nickname"});
    if (c.author.uin == QLatin1String("0"))
        c.author.uin.clear();
    c.created =
        firstTime(comment, {"create_time", "createTime2", "postTime", "time", "pubtime", "createTime"});
    c.text = firstText(comment, {"content", "ubbContent"});
    c.sourceRecord = compactJson(comment);
    c.media = commentPictures(comment, resolver);
    c.replies = commentsFrom(comment.value(QLatin1String("list_3")), resolver);
    c.replies += commentsFrom(comment.value(QLatin1String("replies")), resolver);
    c.replies += commentsFrom(comment.value(QLatin1String("replyList")), resolver);
    return c;
}

MemoryRecord postFromMsglistItem(const QJsonObject &item, const MediaResolver &resolver)
{
    const QString tid = firstText(item, {"tid", "cellid"});
    MemoryRecord r = keyedRecord(MemoryKind::Post, QStringLiteral("post:"), tid);
    r.author = PersonRef{firstText(item, {"uin"}), firstText(item, {"name", "nickname"})};
    bool minute = false;
    r.created = firstTime(item, {"created_time", "custom_create_time", "createTime"}, &minute);
    r.minutePrecision = r.created != kNoTime && minute;

    r.text = firstText(item, {"custom_content"});
    const QString content = firstText(item, {"content"});
    if (content.size() > r.text.size())
        r.text = content;
    if (r.text.isEmpty())
        r.text = textFromConlist(arrayOf(item, "conlist"));

    r.mentions = mentionsIn(r.text);
    for (const QJsonValue &v : arrayOf(item, "conlist")) {
        const QJsonObject c = v.toObject();
        if (c.value(QLatin1String("type")).toInt(-1) == 0)
            addMentions(r.mentions, {PersonRef{jsonText(c.value(QLatin1String("uin"))),
                                               jsonText(c.value(QLatin1String("nick")))}});
    }

    setPlace(r, item.value(QLatin1String("lbs")).toObject());
    const QJsonObject story = item.value(QLatin1String("story_info")).toObject();
    if (!story.isEmpty()) {
        setPlace(r, story.value(QLatin1String("lbs")).toObject());
        r.extra.insert(QStringLiteral("story"), story);
    }
    r.device = firstText(item, {"source_name"});
    setLikes(r, item);

    // Reposts: the person's own words stay the text; the original goes to extra.
    // rt_con is the API's {content, conlist}; some writers (the v3 viewer mock) store the text itself.
    const QString rtTid = firstText(item, {"rt_tid"});
    const QJsonValue rtConValue = item.value(QLatin1String("rt_con"));
    const QJsonObject rtCon = rtConValue.toObject();
    const QString rtConText = rtConValue.isString() ? rtConValue.toString() : QString();
    if (!rtTid.isEmpty() || !rtCon.isEmpty() || !rtConText.isEmpty()) {
        QString rtText = rtConText;
        if (rtText.isEmpty())
            rtText = jsonText(rtCon.value(QLatin1String("content")));
        if (rtText.isEmpty())
            rtText = textFromConlist(rtCon.value(QLatin1String("conlist")).toArray());
        QJsonObject repost{{QStringLiteral("tid"), rtTid},
                           {QStringLiteral("uin"), firstText(item, {"rt_uin"})},
                           {QStringLiteral("name"), firstText(item, {"rt_uinname"})},
                           {QStringLiteral("text"), rtText}};
        const QString rtTime = firstText(item, {"rt_createTime"});
        if (!rtTime.isEmpty())
            repost.insert(QStringLiteral("createTime"), rtTime);
        r.extra.insert(QStringLiteral("repost"), repost);
    }
    if (item.value(QLatin1String("secret")).toInt() == 1)
        r.extra.insert(QStringLiteral("private"), true);
    const QJsonArray audios =
        hasArray(item, "custom_audios") ? arrayOf(item, "custom_audios") : arrayOf(item, "audio");
    if (!audios.isEmpty())
        r.extra.insert(QStringLiteral("music"), audios);

    // Pictures: QZoneExport's custom_images when present (pictures only), else the raw pic[].
    const bool custom = hasArray(item, "custom_images");
    const QJsonArray pics = custom ? arrayOf(item, "custom_images") : arrayOf(item, "pic");
    for (const QJsonValue &v : pics) {
        const QJsonObject p = v.toObject();
        if (p.isEmpty() || p.value(QLatin1String("is_video")).toInt() == 1 ||
            p.value(QLatin1String("is_video")).toBool())
            continue;
        r.media << mediaFrom(p, QStringLiteral("image"), QStringLiteral("custom_filepath"),
                             QStringLiteral("custom_filename"), imageUrl(p), resolver);
    }

    // Videos: custom_videos / video[], plus any pic[] entry that is a video and not listed yet.
    QSet<QString> videoIds;
    auto addVideo = [&](const QJsonObject &v) {
        const QString id = firstText(v, {"video_id", "vid"});
        if (!id.isEmpty() && videoIds.contains(id))
            return;
        if (!id.isEmpty())
            videoIds.insert(id);
        r.media << mediaFrom(v, QStringLiteral("video"), QStringLiteral("custom_filepath"),
                             QStringLiteral("custom_filename"),
                             firstText(v, {"custom_url", "url3", "video_url"}), resolver);
        const QString poster = firstText(v, {"custom_pre_url", "url1", "pre"});
        if (!poster.isEmpty() || v.contains(QLatin1String("custom_pre_filepath")))
            r.media << mediaFrom(v, QStringLiteral("poster"), QStringLiteral("custom_pre_filepath"),
                                 QStringLiteral("custom_pre_filename"), poster, resolver);
    };
    const QJsonArray videos =
        hasArray(item, "custom_videos") ? arrayOf(item, "custom_videos") : arrayOf(item, "video");
    for (const QJsonValue &v : videos)
        addVideo(v.toObject());
    for (const QJsonValue &v : arrayOf(item, "pic")) {
        const QJsonObject p = v.toObject();
        if (p.value(QLatin1String("is_video")).toInt() == 1 || p.value(QLatin1String("is_video")).toBool()) {
            QJsonObject info = p.value(QLatin1String("video_info")).toObject();
            if (info.isEmpty())
                continue;
            addVideo(info);
        }
    }
    for (const QJsonValue &v : arrayOf(item, "custom_voices")) {
        const QJsonObject a = v.toObject();
        if (a.contains(QLatin1String("custom_filepath")))
            r.media << mediaFrom(a, QStringLiteral("audio"), QStringLiteral("custom_filepath"),
                                 QStringLiteral("custom_filename"), firstText(a, {"custom_url", "url"}),
                                 resolver);
    }

    const QJsonValue comments = item.value(QLatin1String("custom_comments")).isArray()
                                    ? item.value(QLatin1String("custom_comments"))
                                    : item.value(QLatin1String("commentlist"));
    r.comments = commentsFrom(comments, resolver);
    r.sourceRecord = compactJson(item);
    return r;
}

MemoryRecord boardFromJson(const QJsonObject &item, const MediaResolver &resolver)
{
    const QString id = firstText(item, {"id"});
    MemoryRecord r = keyedRecord(MemoryKind::Board, QStringLiteral("board:"), id);
    QString name = firstText(item, {"nickname", "nick", "name"});
    const QString uin = firstText(item, {"uin"});
    if (name.isEmpty() && uin.isEmpty())
        name = QStringLiteral("神秘者");
    r.author = PersonRef{uin == QLatin1String("0") ? QString() : uin, name};
    r.created = firstTime(item, {"pubtime", "custom_create_time", "pubTime", "time"});
    r.html = firstText(item, {"htmlContent", "html"});
    r.text = firstText(item, {"ubbContent"});
    if (r.text.isEmpty())
        r.text = htmlToPlainText(r.html);
    r.media = htmlImages(r.html, resolver, true);
    if (item.value(QLatin1String("secret")).toInt() == 1)
        r.extra.insert(QStringLiteral("private"), true);
    const QString signature = firstText(item, {"signature"});
    if (!signature.isEmpty())
        r.extra.insert(QStringLiteral("signature"), signature);
    r.comments = commentsFrom(item.value(QLatin1String("replyList")), resolver);
    r.sourceRecord = compactJson(item);
    return r;
}

} // namespace ks::qzone
