// SPDX-License-Identifier: GPL-3.0-or-later
#include "wwwpfmedia.h"

#include "qzoneapi.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonValue>

namespace ks::wwwpf {

QString purgeFileName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        switch (c.unicode()) {
        case '%':
        case ' ':
        case '/':
        case '\\':
        case ':':
        case '*':
        case '?':
        case '"':
        case '<':
        case '>':
        case '|':
            out += QStringLiteral("%%1").arg(c.unicode(), 2, 16, QLatin1Char('0')).toUpper();
            break;
        default:
            out += c;
        }
    }
    if (!out.isEmpty() && out.count(QLatin1Char('.')) == out.size())
        out = QStringLiteral("%2E");
    return out;
}

DownloadedFiles::DownloadedFiles(const QString &dir)
{
    for (const QFileInfo &fi : QDir(dir).entryInfoList(QDir::Files, QDir::Name)) {
        m_files.insert(fi.fileName(), fi.absoluteFilePath());
        m_files.insert(fi.completeBaseName(), fi.absoluteFilePath());
        m_paths << fi.absoluteFilePath();
    }
}

QString DownloadedFiles::find(const QStringList &ids) const
{
    for (const QString &id : ids) {
        if (id.isEmpty())
            continue;
        const QString file = m_files.value(purgeFileName(id));
        if (!file.isEmpty())
            return file;
    }
    return QString();
}

namespace {

QStringList textsOf(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    QStringList texts;
    for (const char *key : keys) {
        const QString text = qzone::jsonText(o.value(QLatin1String(key)));
        if (!text.isEmpty() && !texts.contains(text))
            texts << text;
    }
    return texts;
}

bool isVideo(const QJsonObject &o)
{
    const QJsonValue v = o.value(QLatin1String("is_video"));
    return v.toBool() || v.toInt() == 1;
}

QString videoUrl(const QJsonObject &video)
{
    return textsOf(video, {"custom_url", "url3", "video_url"}).value(0);
}

/// The video ref of @p record with this remote URL and no file yet, or -1.
int videoRef(const MemoryRecord &record, const QString &url)
{
    for (int i = 0; i < record.media.size(); ++i) {
        const MediaRef &m = record.media.at(i);
        if (m.role == QLatin1String("video") && m.remoteUrl == url && m.filePath.isEmpty())
            return i;
    }
    return -1;
}

/// The photo list of msg["QzoneExporter"]["shuoshuo_floatview"], or why there is none.
Floatview floatviewPhotos(const QJsonObject &msg, QJsonArray *photos, QString *reason)
{
    const QJsonValue exporter = msg.value(QLatin1String("QzoneExporter"));
    const QJsonValue answer = exporter.toObject().value(QLatin1String("shuoshuo_floatview"));
    if (exporter.isUndefined() || (exporter.isObject() && answer.isUndefined()))
        return Floatview::Missing;
    if (!exporter.isObject() || !answer.isObject()) {
        *reason = QStringLiteral("QzoneExporter.shuoshuo_floatview is not an object");
        return Floatview::Broken;
    }
    const QJsonObject o = answer.toObject();
    const QJsonValue data = o.value(QLatin1String("data"));
    if (!data.isObject()) {
        *reason = QStringLiteral("the saved picture list has no data (code %1: %2)")
                      .arg(qzone::jsonText(o.value(QLatin1String("code"))),
                           qzone::jsonText(o.value(QLatin1String("message"))));
        return Floatview::Broken;
    }
    const QJsonValue list = data.toObject().value(QLatin1String("photos"));
    if (!list.isArray()) {
        *reason = QStringLiteral("data.photos of the saved picture list is not a list");
        return Floatview::Broken;
    }
    for (const QJsonValue &v : list.toArray()) {
        if (v.isObject() && !v.toObject().isEmpty())
            photos->append(v);
    }
    if (photos->isEmpty()) {
        *reason = QStringLiteral("the saved picture list holds no picture");
        return Floatview::Broken;
    }
    return Floatview::Read;
}

} // namespace

QStringList contentMediaIds(const QJsonObject &media)
{
    return textsOf(media, {"o_url", "b_url", "hd_url", "s_url", "pic_id", "video_id", "url2", "url3"});
}

QStringList photoIds(const QJsonObject &photo)
{
    return textsOf(photo, {"picKey", "lloc", "sloc"});
}

bool linkFile(MediaRef &ref, const DownloadedFiles &files, const QStringList &ids, const QString &root)
{
    if (!ref.filePath.isEmpty())
        return true;
    QStringList names = ids;
    if (!ref.remoteUrl.isEmpty())
        names << ref.remoteUrl;
    const QString file = files.find(names);
    if (file.isEmpty())
        return false;
    ref.filePath = file;
    ref.relPath = file.startsWith(root + QLatin1Char('/')) ? file.mid(root.size() + 1) : file;
    ref.originalName = QFileInfo(file).fileName();
    return true;
}

void linkCommentFiles(QList<CommentRecord> &comments, const DownloadedFiles &files, const QString &root)
{
    if (files.isEmpty())
        return;
    for (CommentRecord &c : comments) {
        if (!c.media.isEmpty()) {
            // The refs follow the comment's non-empty pic[] entries (qzone::commentFromJson).
            const QJsonArray pics =
                QJsonDocument::fromJson(c.sourceRecord).object().value(QLatin1String("pic")).toArray();
            int k = 0;
            for (const QJsonValue &v : pics) {
                const QJsonObject p = v.toObject();
                if (p.isEmpty())
                    continue;
                if (k >= c.media.size())
                    break;
                linkFile(c.media[k++], files, contentMediaIds(p), root);
            }
        }
        linkCommentFiles(c.replies, files, root);
    }
}

Floatview completePostMedia(MemoryRecord &record, const QJsonObject &msg, const DownloadedFiles &files,
                            const QString &root, QString *reason)
{
    // pic[] entry i ↔ the record's refs: pictures in order, videos by their URL.
    const QJsonArray pics = msg.value(QLatin1String("pic")).toArray();
    QList<int> images;
    for (int i = 0; i < record.media.size(); ++i) {
        if (record.media.at(i).role == QLatin1String("image"))
            images << i;
    }
    QList<int> refOfPic(pics.size(), -1);
    int nextImage = 0;
    for (int i = 0; i < pics.size(); ++i) {
        const QJsonObject p = pics.at(i).toObject();
        if (p.isEmpty())
            continue;
        // A video in pic[] was saved under its video_info's id (media_info.extract_media_info).
        const QJsonObject media = isVideo(p) ? p.value(QLatin1String("video_info")).toObject() : p;
        if (!isVideo(p) && nextImage < images.size())
            refOfPic[i] = images.at(nextImage++);
        else if (isVideo(p) && !media.isEmpty())
            refOfPic[i] = videoRef(record, videoUrl(media));
        if (refOfPic.at(i) >= 0)
            linkFile(record.media[refOfPic.at(i)], files, contentMediaIds(media), root);
    }
    for (const QJsonValue &v : msg.value(QLatin1String("video")).toArray()) {
        const int ref = videoRef(record, videoUrl(v.toObject()));
        if (ref >= 0)
            linkFile(record.media[ref], files, contentMediaIds(v.toObject()), root);
    }
    for (MediaRef &ref : record.media)
        linkFile(ref, files, QStringList(), root); // by URL, the id of anything else

    const int total = msg.value(QLatin1String("pictotal")).toInt();
    QJsonArray photos;
    QString why;
    const Floatview state = floatviewPhotos(msg, &photos, &why);
    if (reason)
        *reason = why;
    if (state == Floatview::Missing)
        return total > pics.size() && pics.size() >= 9 ? Floatview::Missing : Floatview::NotNeeded;
    if (state == Floatview::Broken)
        return state;

    // The floatview list is every picture from the first: the first pic.size() are in the
    // record; the rest go after its pictures (videos come after all pictures there).
    int insertAt = images.isEmpty() ? 0 : images.last() + 1;
    for (int i = 0; i < photos.size(); ++i) {
        const QJsonObject photo = photos.at(i).toObject();
        if (i < pics.size()) {
            if (refOfPic.at(i) >= 0) // shuoshuo/downloaded/ has it under its picKey
                linkFile(record.media[refOfPic.at(i)], files, photoIds(photo), root);
            continue;
        }
        QList<MediaRef> refs = qzone::photoFromJson(photo, QJsonObject()).media;
        if (refs.isEmpty())
            continue;
        linkFile(refs.first(), files, photoIds(photo), root);
        for (const MediaRef &ref : std::as_const(refs))
            record.media.insert(insertAt++, ref);
    }
    return Floatview::Read;
}

} // namespace ks::wwwpf
