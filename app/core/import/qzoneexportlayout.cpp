// SPDX-License-Identifier: GPL-3.0-or-later
#include "qzoneexportlayout.h"

#include "exporterfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace ks::qzoneexport {

using exporterfiles::childNamed;

const QRegularExpression &rootNamePattern()
{
    static const QRegularExpression re(QStringLiteral("^QQ空间备份_(\\d+)"));
    return re;
}

const QRegularExpression &yearFilePattern()
{
    static const QRegularExpression re(QStringLiteral("^(19|20)\\d{2}\\.json$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

namespace {

bool isDataSuffix(const QString &suffix)
{
    return suffix == QLatin1String("js") || suffix == QLatin1String("json");
}

/// JSON/JS data of any module (not user.js alone: MarkDown exports may carry that too).
bool hasModuleData(const QString &root)
{
    if (!backupFiles(root).isEmpty())
        return true;
    for (const ModuleSpec &m : kModules) {
        const QString dir = childNamed(root, QLatin1String(m.dir));
        if (dir.isEmpty())
            continue;
        const QString jsonDir = childNamed(dir, QStringLiteral("json"));
        if (!jsonDir.isEmpty()) {
            for (const QFileInfo &fi : QDir(jsonDir).entryInfoList(QDir::Files)) {
                if (isDataSuffix(fi.suffix().toLower()))
                    return true;
            }
        }
        for (const QFileInfo &fi : QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
            if (fi.completeBaseName().compare(QLatin1String(m.base), Qt::CaseInsensitive) == 0 ||
                yearFilePattern().match(fi.fileName()).hasMatch())
                return true;
        }
    }
    return false;
}

bool hasModuleFolder(const QString &root)
{
    for (const char *name : {"Messages", "Blogs", "Albums", "Boards", "Common"}) {
        if (QFileInfo(childNamed(root, QLatin1String(name))).isDir())
            return true;
    }
    return false;
}

bool hasMarkdown(const QString &root)
{
    if (!QDir(root).entryList({QStringLiteral("*.md")}, QDir::Files).isEmpty())
        return true;
    for (const ModuleSpec &m : kModules) {
        const QString dir = childNamed(root, QLatin1String(m.dir));
        if (!dir.isEmpty() && !QDir(dir).entryList({QStringLiteral("*.md")}, QDir::Files).isEmpty())
            return true;
    }
    return false;
}

} // namespace

QStringList backupFiles(const QString &root)
{
    const QString jsonDir = childNamed(childNamed(root, QStringLiteral("Common")), QStringLiteral("json"));
    if (jsonDir.isEmpty())
        return {};
    QStringList files;
    for (const QFileInfo &fi :
         QDir(jsonDir).entryInfoList({QStringLiteral("助手备份数据*.json")}, QDir::Files))
        files << fi.absoluteFilePath();
    return files;
}

bool isRoot(const QString &dir)
{
    const bool named = rootNamePattern().match(QFileInfo(dir).fileName()).hasMatch();
    if (!named && !hasModuleFolder(dir))
        return false;
    if (hasModuleData(dir))
        return true;
    // Without data: the media-only half is ours; a MarkDown export is the MarkDown importer's.
    return named && !hasMarkdown(dir);
}

void moduleFiles(const QString &root, const ModuleSpec &m, QStringList *candidates, QStringList *years)
{
    const QString dir = childNamed(root, QLatin1String(m.dir));
    if (dir.isEmpty())
        return;
    const QString base = QLatin1String(m.base);
    // v3 <Mod>/json/<name>.json, then v2 <Mod>/json/<name>.js, then JSON mode <Mod>/<name>.json.
    const QString jsonDir = childNamed(dir, QStringLiteral("json"));
    if (!jsonDir.isEmpty()) {
        QStringList json, js;
        for (const QFileInfo &fi : QDir(jsonDir).entryInfoList(QDir::Files, QDir::Name)) {
            const QString suffix = fi.suffix().toLower();
            const bool main = fi.completeBaseName().compare(base, Qt::CaseInsensitive) == 0;
            if (suffix == QLatin1String("json"))
                main ? json.prepend(fi.absoluteFilePath()) : json.append(fi.absoluteFilePath());
            else if (suffix == QLatin1String("js"))
                main ? js.prepend(fi.absoluteFilePath()) : js.append(fi.absoluteFilePath());
        }
        // Only the module's own file (or the only one there) is its data.
        auto pick = [&](const QStringList &list) {
            if (!list.isEmpty() &&
                (QFileInfo(list.first()).completeBaseName().compare(base, Qt::CaseInsensitive) == 0 ||
                 list.size() == 1))
                *candidates << list.first();
        };
        pick(json);
        pick(js);
    }
    const QString modeJson = childNamed(dir, base + QStringLiteral(".json"));
    if (!modeJson.isEmpty())
        *candidates << modeJson;
    for (const QFileInfo &fi : QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        if (yearFilePattern().match(fi.fileName()).hasMatch())
            *years << fi.absoluteFilePath();
    }
}

QStringList albumListFiles(const QString &root)
{
    QStringList lists;
    const QString albumsDir = childNamed(root, QLatin1String(kPhotos.dir));
    if (albumsDir.isEmpty())
        return lists;
    QDirIterator it(albumsDir, {QStringLiteral("*.json"), QStringLiteral("*.js")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo fi(it.next());
        if (fi.completeBaseName() == fi.dir().dirName() &&
            fi.dir().dirName().compare(QLatin1String("json"), Qt::CaseInsensitive) != 0)
            lists << fi.absoluteFilePath();
    }
    return lists;
}

} // namespace ks::qzoneexport
