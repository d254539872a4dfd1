// SPDX-License-Identifier: GPL-3.0-or-later
// Where QZoneExport (v2, v3) keeps each module's data: folder and file names, the backup store,
// and which folder is an export root.
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace ks::qzoneexport {

struct ModuleSpec
{
    const char *dir;        ///< folder under the root
    const char *backupName; ///< module name in 助手备份数据
    const char *base;       ///< data file base name
};

inline constexpr ModuleSpec kFriends{"Friends", "Friends", "friends"};
inline constexpr ModuleSpec kMessages{"Messages", "Messages", "messages"};
inline constexpr ModuleSpec kBlogs{"Blogs", "Blogs", "blogs"};
inline constexpr ModuleSpec kDiaries{"Diaries", "Diaries", "diaries"};
inline constexpr ModuleSpec kPhotos{"Albums", "Photos", "albums"};
inline constexpr ModuleSpec kVideos{"Videos", "Videos", "videos"};
inline constexpr ModuleSpec kBoards{"Boards", "Boards", "boards"};
inline constexpr ModuleSpec kFavorites{"Favorites", "Favorites", "favorites"};
inline constexpr ModuleSpec kShares{"Shares", "Shares", "shares"};
inline constexpr ModuleSpec kVisitors{"Visitors", "Visitors", "visitors"};
inline constexpr ModuleSpec kModules[] = {kFriends, kMessages, kBlogs,     kDiaries, kPhotos,
                                          kVideos,  kBoards,   kFavorites, kShares,  kVisitors};

/// `QQ空间备份_<uin>`: the export's root folder name.
const QRegularExpression &rootNamePattern();
/// `<year>.json`: JSON mode's per-year data files.
const QRegularExpression &yearFilePattern();
/// Common/json/助手备份数据*.json under @p root.
QStringList backupFiles(const QString &root);
/// True when @p dir is a QZoneExport root this importer reads.
bool isRoot(const QString &dir);
/// A module's data files in the order they are tried: its own files (v3 json/<name>.json, v2
/// json/<name>.js, JSON mode <name>.json) in @p candidates, the per-year files in @p years.
void moduleFiles(const QString &root, const ModuleSpec &m, QStringList *candidates, QStringList *years);
/// JSON mode's per-album photo lists beside the pictures: Albums/<分类>/<相册>/<相册>.json.
QStringList albumListFiles(const QString &root);

} // namespace ks::qzoneexport
