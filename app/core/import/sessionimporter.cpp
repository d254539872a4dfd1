// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionimporter.h"

namespace ks {

namespace {

void scan(const QString &dir, int depth, int maxDepth, bool (*isRoot)(const QString &), QStringList &roots)
{
    if (isRoot(dir)) {
        roots << dir;
        return;
    }
    if (depth >= maxDepth)
        return;
    for (const QFileInfo &fi : QDir(dir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        scan(fi.absoluteFilePath(), depth + 1, maxDepth, isRoot, roots);
}

} // namespace

QStringList findRootFolders(const QString &path, bool (*isRoot)(const QString &dir), int maxDepth)
{
    QStringList roots;
    const QFileInfo info(path);
    if (info.isDir())
        scan(QDir::cleanPath(info.absoluteFilePath()), 0, maxDepth, isRoot, roots);
    return roots;
}

} // namespace ks
