// SPDX-License-Identifier: GPL-3.0-or-later
// The folders and files of a QZoneExport MarkDown export: module folders, case-insensitive
// names (Images/ vs images/), the files worth reading and the media worth keeping.
#pragma once

#include <QString>
#include <QStringList>

namespace ks::md {

/// Messages, Blogs, Diaries, Albums, Boards, Friends, Videos, Favorites, Shares, Visitors.
const QStringList &moduleFolders();
/// "QQ空间备份_<QQ号>".
bool isExportFolderName(const QString &name);
/// The child of @p dir named @p name in any letter case, or empty.
QString childNoCase(const QString &dir, const QString &name);
/// Readable files of @p dir matching @p pattern, by name.
QStringList filesIn(const QString &dir, const QString &pattern);
/// Sub-folders of @p dir, without the exporter's images/json/js/css/videos folders.
QStringList subdirs(const QString &dir);
/// index.md or a .md anywhere under a module folder.
bool hasMarkdownData(const QString &root);
bool hasModuleFolder(const QString &dir);
/// <year>.md, or <year>年.md as older versions named them.
bool isYearFileName(const QString &name);

} // namespace ks::md
