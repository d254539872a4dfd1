// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownexportfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace ks::md {

const QStringList &moduleFolders()
{
    static const QStringList names{QStringLiteral("Messages"), QStringLiteral("Blogs"),
                                   QStringLiteral("Diaries"),  QStringLiteral("Albums"),
                                   QStringLiteral("Boards"),   QStringLiteral("Friends"),
                                   QStringLiteral("Videos"),   QStringLiteral("Favorites"),
                                   QStringLiteral("Shares"),   QStringLiteral("Visitors")};
    return names;
}

bool isExportFolderName(const QString &name)
{
    static const QRegularExpression r(QStringLiteral("^QQ空间备份_\\d+$"));
    return r.match(name).hasMatch();
}

/// The child of @p dir named @p name in any letter case (Images/ vs images/), or empty.
QString childNoCase(const QString &dir, const QString &name)
{
    const QString exact = dir + QLatin1Char('/') + name;
    if (QFileInfo::exists(exact))
        return exact;
    const QStringList entries = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &entry : entries) {
        if (entry.compare(name, Qt::CaseInsensitive) == 0)
            return dir + QLatin1Char('/') + entry;
    }
    return QString();
}

QStringList filesIn(const QString &dir, const QString &pattern)
{
    QStringList files;
    const QStringList names = QDir(dir).entryList({pattern}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names)
        files << dir + QLatin1Char('/') + name;
    return files;
}

QStringList subdirs(const QString &dir)
{
    static const QStringList skipped{QStringLiteral("images"), QStringLiteral("json"), QStringLiteral("js"),
                                     QStringLiteral("css"), QStringLiteral("videos")};
    QStringList dirs;
    const QStringList names = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        if (!skipped.contains(name.toLower()))
            dirs << dir + QLatin1Char('/') + name;
    }
    return dirs;
}

bool hasMarkdownData(const QString &root)
{
    if (QFileInfo(root + QStringLiteral("/index.md")).isFile())
        return true;
    for (const QString &module : moduleFolders()) {
        const QString dir = childNoCase(root, module);
        if (dir.isEmpty())
            continue;
        QDirIterator it(dir, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        if (it.hasNext())
            return true;
    }
    return false;
}

bool hasModuleFolder(const QString &dir)
{
    for (const QString &module : moduleFolders()) {
        const QString child = childNoCase(dir, module);
        if (!child.isEmpty() && QFileInfo(child).isDir())
            return true;
    }
    return false;
}

bool isYearFileName(const QString &name)
{
    static const QRegularExpression r(QStringLiteral("^\\d{4}(?:年)?\\.md$"),
                                      QRegularExpression::CaseInsensitiveOption);
    return r.match(name).hasMatch();
}

} // namespace ks::md
