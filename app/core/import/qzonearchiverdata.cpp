// SPDX-License-Identifier: GPL-3.0-or-later
#include "qzonearchiverdata.h"

#include "exporterfiles.h"
#include "qzoneapi.h"
#include "qzonejson.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <functional>

namespace ks::archiver {

const Module kFriends{"Friends", "friends", "Friends", "friends"};
const Module kMessages{"Messages", "messages", "Messages", "messages"};
const Module kBlogs{"Blogs", "blogs", "Blogs", "blogs"};
const Module kDiaries{"Diaries", "diaries", "Diaries", "diaries"};
const Module kPhotos{"Albums", "photos", "Photos", "albums"};
const Module kVideos{"Videos", "videos", "Videos", "videos"};
const Module kBoards{"Boards", "boards", "Boards", "boards"};
const Module kFavorites{"Favorites", "favorites", "Favorites", "favorites"};
const Module kShares{"Shares", "shares", "Shares", "shares"};
const Module kVisitors{"Visitors", "visitors", "Visitors", "visitors"};

const QList<Module> &modules()
{
    static const QList<Module> all{kFriends, kMessages, kBlogs,     kDiaries, kPhotos,
                                   kVideos,  kBoards,   kFavorites, kShares,  kVisitors};
    return all;
}

namespace {

bool isRemote(const QString &path)
{
    return path.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           path.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
           path.startsWith(QLatin1String("//"));
}

/// A thumbnail or cover path of an index row as the media object the full item would have.
QJsonObject mediaObject(const QString &path)
{
    return isRemote(path) ? QJsonObject{{QStringLiteral("url"), path}}
                          : QJsonObject{{QStringLiteral("custom_filepath"), path}};
}

QJsonArray mediaObjects(const QJsonValue &paths)
{
    QJsonArray out;
    for (const QJsonValue &v : paths.toArray()) {
        const QString path = qzone::jsonText(v);
        if (!path.isEmpty())
            out.append(mediaObject(path));
    }
    return out;
}

/// The first of @p keys that @p row has, as it is.
QJsonValue first(const QJsonObject &row, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue v = row.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !qzone::jsonText(v).isEmpty())
            return v;
    }
    return QJsonValue(QJsonValue::Undefined);
}

void copy(QJsonObject &to, const char *toKey, const QJsonObject &row,
          std::initializer_list<const char *> keys)
{
    const QJsonValue v = first(row, keys);
    if (!v.isUndefined())
        to.insert(QLatin1String(toKey), v.isString() ? QJsonValue(withoutLoneSurrogates(v.toString())) : v);
}

/// The path without the extension of its last segment, or an empty string when it has none.
QString stemOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    return dot > slash + 1 ? path.left(dot) : QString();
}

} // namespace

bool DataFiles::isEmpty() const
{
    return index.isEmpty() && years.isEmpty() && deleted.isEmpty() && author.isEmpty() && group.isEmpty() &&
           albums.isEmpty() && unknown.isEmpty();
}

DataFiles dataFilesOf(const QString &root, const Module &module)
{
    DataFiles files;
    const QString dataDir = childNamed(childNamed(root, QLatin1String(module.dir)), QStringLiteral("data"));
    if (dataDir.isEmpty())
        return files;
    static const QRegularExpression year(QStringLiteral("^(-?\\d+|nan)$"));
    const QString prefix = QLatin1String(module.base) + QLatin1Char('-');
    for (const QFileInfo &fi : QDir(dataDir).entryInfoList(QDir::Files, QDir::Name)) {
        const QString name = fi.fileName().toLower();
        if (!name.endsWith(QLatin1String(".js")) || !name.startsWith(prefix))
            continue;
        const QString part = name.mid(prefix.size(), name.size() - prefix.size() - 3);
        const QString path = fi.absoluteFilePath();
        if (part == QLatin1String("index"))
            files.index = path;
        else if (part == QLatin1String("deleted"))
            files.deleted = path;
        else if (part == QLatin1String("author"))
            files.author = path;
        else if (part == QLatin1String("group"))
            files.group = path;
        else if (qstrcmp(module.base, kPhotos.base) == 0 && part.startsWith(QLatin1String("album-")))
            files.albums << path;
        else if (year.match(part).hasMatch())
            files.years << path;
        else
            files.unknown << path;
    }
    return files;
}

bool isSpaRoot(const QString &dir)
{
    // One listing of the folder, then only the module folders it has.
    const QStringList entries = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const Module &m : modules()) {
        const bool present = std::any_of(entries.begin(), entries.end(), [&](const QString &e) {
            return e.compare(QLatin1String(m.dir), Qt::CaseInsensitive) == 0;
        });
        if (!present)
            continue;
        DataFiles files = dataFilesOf(dir, m);
        files.unknown.clear(); // messages-foo.js alone does not make an export
        if (!files.isEmpty())
            return true;
    }
    return false;
}

QHash<QString, QJsonValue> modulesOfBackupStore(const QJsonArray &entries)
{
    QList<QJsonObject> sorted;
    for (const QJsonValue &v : entries)
        sorted << v.toObject();
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("time")).toDouble() > b.value(QLatin1String("time")).toDouble();
    });
    QHash<QString, QJsonValue> modules;
    for (const QJsonObject &entry : std::as_const(sorted)) {
        const QString module = entry.value(QLatin1String("module")).toString();
        const QJsonValue data = entry.value(QLatin1String("data"));
        if (module.isEmpty() || data.isUndefined() || data.isNull())
            continue;
        if (!modules.contains(module)) {
            modules.insert(module, data);
            continue;
        }
        // Boards and Visitors keep their {items, authorInfo…} object; the items are appended.
        const QJsonValue before = modules.value(module);
        QJsonObject merged = before.isObject() ? before.toObject() : QJsonObject();
        QJsonArray items = qzone::itemsOf(before);
        for (const QJsonValue &v : qzone::itemsOf(data))
            items.append(v);
        merged.insert(QStringLiteral("items"), items);
        modules.insert(module, merged);
    }
    return modules;
}

QString withoutLoneSurrogates(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (!c.isSurrogate()) {
            out += c;
        }
    }
    return out;
}

QJsonObject itemFromIndexRow(const Module &module, const QJsonObject &row)
{
    const QString base = QLatin1String(module.base);
    QJsonObject item;
    if (base == QLatin1String(kMessages.base)) {
        copy(item, "tid", row, {"tid"});
        copy(item, "custom_create_time", row, {"time"});
        copy(item, "content", row, {"title", "content"});
        copy(item, "cmtnum", row, {"commentCount"});
        item.insert(QStringLiteral("custom_images"), mediaObjects(row.value(QLatin1String("thumbs"))));
    } else if (base == QLatin1String(kBlogs.base) || base == QLatin1String(kDiaries.base)) {
        copy(item, "blogId", row, {"blogId", "blogid"});
        copy(item, "title", row, {"title"});
        copy(item, "category", row, {"category"});
        copy(item, "pubTime", row, {"pubTime", "pubtime", "time"});
    } else if (base == QLatin1String(kPhotos.base)) {
        copy(item, "id", row, {"albumId", "id"});
        copy(item, "name", row, {"name"});
        copy(item, "desc", row, {"desc"});
        copy(item, "classid", row, {"classid"});
        copy(item, "className", row, {"className"});
        copy(item, "createtime", row, {"createTimestamp", "createTime"});
        copy(item, "modifytime", row, {"modifyTimestamp", "modifyTime"});
        copy(item, "total", row, {"photoCount"});
        const QString cover = qzone::jsonText(row.value(QLatin1String("coverUrl")));
        if (!cover.isEmpty())
            item.insert(isRemote(cover) ? QStringLiteral("url") : QStringLiteral("custom_filepath"), cover);
    } else if (base == QLatin1String(kVideos.base)) {
        copy(item, "vid", row, {"vid"});
        copy(item, "title", row, {"title"});
        copy(item, "uploadTime", row, {"uploadTime", "time"});
        // The index's desc falls back to the title: not used.
        const QString video = qzone::jsonText(row.value(QLatin1String("videoSrc")));
        if (!video.isEmpty())
            item.insert(isRemote(video) ? QStringLiteral("url") : QStringLiteral("custom_filepath"), video);
        const QString cover = qzone::jsonText(row.value(QLatin1String("coverUrl")));
        if (!cover.isEmpty())
            item.insert(isRemote(cover) ? QStringLiteral("pre") : QStringLiteral("custom_pre_filepath"),
                        cover);
    } else if (base == QLatin1String(kBoards.base)) {
        copy(item, "uin", row, {"uin"});
        copy(item, "nickname", row, {"nickname", "nick"});
        copy(item, "pubtime", row, {"pubtime", "time"});
        copy(item, "ubbContent", row, {"abstract"});
        if (row.value(QLatin1String("secret")).toBool() || row.value(QLatin1String("secret")).toInt() == 1)
            item.insert(QStringLiteral("secret"), 1);
    } else if (base == QLatin1String(kFavorites.base)) {
        copy(item, "id", row, {"id"});
        copy(item, "type", row, {"type"});
        copy(item, "create_time", row, {"time"});
        copy(item, "title", row, {"title"});
        copy(item, "abstract", row, {"abstract"});
        item.insert(QStringLiteral("custom_images"), mediaObjects(row.value(QLatin1String("thumbs"))));
    } else if (base == QLatin1String(kShares.base)) {
        copy(item, "id", row, {"id"});
        copy(item, "uin", row, {"uin"});
        copy(item, "nickname", row, {"nickname"});
        copy(item, "type", row, {"type"});
        copy(item, "shareTime", row, {"shareTime", "time"});
        copy(item, "desc", row, {"desc"});
        QJsonObject source;
        copy(source, "title", row, {"sourceTitle"});
        copy(source, "url", row, {"sourceUrl"});
        const QJsonValue from = first(row, {"sourceFromName"});
        if (!from.isUndefined())
            source.insert(QStringLiteral("from"), QJsonObject{{QStringLiteral("name"), from}});
        source.insert(QStringLiteral("images"), mediaObjects(row.value(QLatin1String("sourceThumbs"))));
        item.insert(QStringLiteral("source"), source);
    } else if (base == QLatin1String(kVisitors.base)) {
        copy(item, "uin", row, {"uin"});
        copy(item, "name", row, {"name"});
        copy(item, "time", row, {"ts", "time"});
    } else {
        item = row; // friends: the index row has the friend fields themselves
    }
    return item;
}

ExportFiles::ExportFiles(const QString &root) : m_root(root)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    const qsizetype prefix = root.size() + 1;
    while (it.hasNext()) {
        const QString rel = it.next().mid(prefix);
        const QString lower = rel.toLower();
        m_files.insert(lower, rel);
        const QString stem = stemOf(lower);
        if (!stem.isEmpty())
            m_byStem.insert(stem, rel);
        const qsizetype slash = lower.indexOf(QLatin1Char('/'));
        if (slash > 0)
            m_byName[lower.left(slash)].insert(lower.section(QLatin1Char('/'), -1), rel);
    }
}

QString ExportFiles::find(const QString &moduleDir, const QString &path, const QString &name) const
{
    // Root-relative (album photos), then module-relative (everything else); letter case ignored.
    QStringList candidates;
    if (!path.startsWith(QLatin1String("../")))
        candidates << QDir::cleanPath(path).toLower();
    candidates << QDir::cleanPath(moduleDir + QLatin1Char('/') + path).toLower();
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                    [](const QString &c) { return c.startsWith(QLatin1String("../")); }),
                     candidates.end());
    for (const QString &c : std::as_const(candidates)) {
        if (const auto it = m_files.constFind(c); it != m_files.constEnd())
            return it.value();
    }
    // Saved without the extension the data names, or the data names none and the file has one.
    for (const QString &c : std::as_const(candidates)) {
        const QString stem = stemOf(c);
        if (!stem.isEmpty()) {
            if (const auto it = m_files.constFind(stem); it != m_files.constEnd())
                return it.value();
        } else if (const QStringList hits = m_byStem.values(c); hits.size() == 1) {
            return hits.first();
        }
    }
    // The same name elsewhere under the module folder, when only one file has it.
    const QStringList hits = m_byName.value(moduleDir.toLower()).values(name.toLower());
    return hits.size() == 1 ? hits.first() : QString();
}

MediaRef ExportFiles::resolve(const QString &moduleDir, const QString &written, const QString &role)
{
    MediaRef ref;
    ref.role = role;
    const QString path = exporterfiles::writtenPath(written);
    ref.originalName = path.section(QLatin1Char('/'), -1);
    if (path.isEmpty())
        return ref;
    const QString found = find(moduleDir, path, ref.originalName);
    if (!found.isEmpty()) {
        ref.relPath = found;
        ref.filePath = m_root + QLatin1Char('/') + found;
        return ref;
    }
    // Absent: named where it should be, so the file found later (or elsewhere) fills it in.
    const QString firstSegment = path.section(QLatin1Char('/'), 0, 0);
    bool rootRelative = firstSegment.compare(QLatin1String("Common"), Qt::CaseInsensitive) == 0;
    for (const Module &m : modules())
        rootRelative = rootRelative || firstSegment.compare(QLatin1String(m.dir), Qt::CaseInsensitive) == 0;
    const QString expected = QDir::cleanPath(rootRelative ? path : moduleDir + QLatin1Char('/') + path);
    if (expected.startsWith(QLatin1String("../")))
        return ref; // never outside the export
    ref.relPath = expected;
    ref.filePath = m_root + QLatin1Char('/') + expected;
    return ref;
}

void ExportFiles::markUsed(const MemoryRecord &record)
{
    const std::function<void(const QList<CommentRecord> &)> comments = [&](const QList<CommentRecord> &list) {
        for (const CommentRecord &c : list) {
            for (const MediaRef &ref : c.media)
                m_used.insert(ref.relPath.toLower());
            comments(c.replies);
        }
    };
    for (const MediaRef &ref : record.media)
        m_used.insert(ref.relPath.toLower());
    comments(record.comments);
}

} // namespace ks::archiver
