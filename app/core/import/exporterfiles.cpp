// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporterfiles.h"

#include "importcontext.h"
#include "importsink.h"
#include "qzonejson.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ks::exporterfiles {

QString writtenPath(const QString &written)
{
    QString path = written.trimmed();
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (const qsizetype query = path.indexOf(QLatin1Char('?')); query > 0)
        path.truncate(query);
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path;
}

QString childNamed(const QString &dir, const QString &name)
{
    if (dir.isEmpty())
        return QString();
    const QString direct = dir + QLatin1Char('/') + name;
    if (QFileInfo::exists(direct))
        return direct;
    const QStringList entries = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &entry : entries) {
        if (entry.compare(name, Qt::CaseInsensitive) == 0)
            return dir + QLatin1Char('/') + entry;
    }
    return QString();
}

bool isMediaPath(const QString &relLower)
{
    static const QSet<QString> media{
        QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("png"),  QStringLiteral("gif"),
        QStringLiteral("bmp"),  QStringLiteral("webp"), QStringLiteral("heic"), QStringLiteral("heif"),
        QStringLiteral("tif"),  QStringLiteral("tiff"), QStringLiteral("mp4"),  QStringLiteral("mov"),
        QStringLiteral("m4v"),  QStringLiteral("3gp"),  QStringLiteral("avi"),  QStringLiteral("flv"),
        QStringLiteral("ts"),   QStringLiteral("mkv"),  QStringLiteral("webm"), QStringLiteral("mp3"),
        QStringLiteral("m4a"),  QStringLiteral("amr"),  QStringLiteral("wav"),  QStringLiteral("aac"),
        QStringLiteral("silk"), QStringLiteral("ogg")};
    const QString name = relLower.section(QLatin1Char('/'), -1);
    if (name.isEmpty() || name == QLatin1String("thumbs.db") || name.startsWith(QLatin1Char('.')))
        return false;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return relLower.contains(QLatin1String("/images/")) ||
               relLower.startsWith(QLatin1String("albums/")) || relLower.startsWith(QLatin1String("videos/"));
    return media.contains(name.mid(dot + 1));
}

bool isExporterAsset(const QString &relLower)
{
    // The images QZoneExport copies from src/export/images for its HTML pages.
    static const QSet<QString> viewerImages{
        QStringLiteral("common/images/index.jpg"), QStringLiteral("common/images/loading.gif"),
        QStringLiteral("common/images/earth.svg"), QStringLiteral("common/images/share.svg")};
    // Gallery and player libraries ship these next to their scripts.
    static const QSet<QString> libraryImages{
        QStringLiteral("loading.gif"),    QStringLiteral("video-play.png"),
        QStringLiteral("vimeo-play.png"), QStringLiteral("youtube-play.png"),
        QStringLiteral("play-pause.png"), QStringLiteral("error.png")};
    // Folders of code and styles: top level, or one module down (Common/js, Messages/js).
    static const QSet<QString> codeFolders{
        QStringLiteral("css"), QStringLiteral("js"),     QStringLiteral("lib"),   QStringLiteral("libs"),
        QStringLiteral("spa"), QStringLiteral("assets"), QStringLiteral("fonts"), QStringLiteral("static")};
    if (viewerImages.contains(relLower))
        return true;
    const QStringList parts = relLower.split(QLatin1Char('/'));
    if (parts.size() < 2)
        return false;
    if (parts.first() == QLatin1String("statistics"))
        return true; // QZoneExport's statistics page: maps and scripts only
    const bool album = parts.first() == QLatin1String("albums") || parts.first() == QLatin1String("media");
    for (qsizetype i = 0; i < std::min<qsizetype>(2, parts.size() - 1); ++i) {
        // Albums/<分类>/… and Time-Machine's media/… are the person's own names: only their top level.
        if (album && i > 0)
            break;
        if (codeFolders.contains(parts.at(i)))
            return true;
    }
    if (libraryImages.contains(parts.last())) {
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            if (parts.at(i).contains(QLatin1String("gallery")) || parts.at(i) == QLatin1String("img"))
                return true;
        }
    }
    return false;
}

QString avatarUin(const QString &relLower)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:common/images|media/avatars)/([1-9]\\d{4,11})(?:\\.(?:jpg|jpeg|png|gif|webp))?$"));
    const QRegularExpressionMatch match = pattern.match(relLower);
    return match.hasMatch() ? match.captured(1) : QString();
}

QJsonObject readUserInfo(const QString &root, ImportContext &context)
{
    const QString commonJson = childNamed(childNamed(root, QStringLiteral("Common")), QStringLiteral("json"));
    for (const char *name : {"user.json", "user.js"}) {
        const QString path = childNamed(commonJson, QLatin1String(name));
        if (path.isEmpty())
            continue;
        const QJsonValue value = qzone::readDataFile(path, context);
        if (value.isObject())
            return value.toObject();
    }
    return QJsonObject();
}

void keepLooseFiles(ImportContext &context, ImportSink &sink, const QString &root, QStringList relPaths,
                    const std::function<bool(const QString &relPath)> &named)
{
    std::sort(relPaths.begin(), relPaths.end());
    QStringList loose;
    QStringList absolute;
    for (const QString &rel : std::as_const(relPaths)) {
        const QString lower = rel.toLower();
        if (isMediaPath(lower) && !isExporterAsset(lower) && !named(rel)) {
            loose << rel;
            absolute << root + QLatin1Char('/') + rel;
        }
    }
    sink.prefetch(absolute);
    for (qsizetype i = 0; i < loose.size(); ++i) {
        if (context.isCancelled())
            return;
        context.noteCurrentFile(absolute.at(i));
        sink.addLooseFile(absolute.at(i), loose.at(i));
    }
}

} // namespace ks::exporterfiles
