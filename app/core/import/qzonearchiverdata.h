// SPDX-License-Identifier: GPL-3.0-or-later
// What a salt-fishes/qzone-archiver "SPA" export holds on disk: its modules, the data files in
// <Module>/data/, the light index rows, and the media files its data names.
#pragma once

#include "domain/records.h"
#include "exporterfiles.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMultiHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ks::archiver {

/// One module folder and the names its files use.
struct Module
{
    const char *dir;        ///< folder under the export root
    const char *base;       ///< data/<base>-….js
    const char *backupName; ///< module name in Common/json/助手备份数据_<uin>.json
    const char *legacyBase; ///< QZoneExport v2 json/<legacyBase>.js, <legacyBase>.json
};

extern const Module kFriends;
extern const Module kMessages;
extern const Module kBlogs;
extern const Module kDiaries;
extern const Module kPhotos;
extern const Module kVideos;
extern const Module kBoards;
extern const Module kFavorites;
extern const Module kShares;
extern const Module kVisitors;
/// All of them, in the order they are imported (friends first: they name the account).
const QList<Module> &modules();

using exporterfiles::childNamed;

/// The SPA data files of one module (absolute paths), by what they hold.
struct DataFiles
{
    QString index;       ///< <base>-index.js: a light copy of every item, for the viewer
    QStringList years;   ///< <base>-<year>.js (also <base>-NaN.js): the full items
    QString deleted;     ///< messages-deleted.js: 说说 rebuilt from notifications
    QString author;      ///< boards-author.js: the 留言板 寄语
    QString group;       ///< friends-group.js: the friends by group, full items
    QStringList albums;  ///< photos-album-<albumId>.js: one album with its photoList each
    QStringList unknown; ///< other <base>-*.js files: reported, not guessed at
    bool isEmpty() const;
};
DataFiles dataFilesOf(const QString &root, const Module &module);

/// True when @p dir is the root of a qzone-archiver SPA export: some module folder has a
/// data/ folder with one of its <base>-….js files.
bool isSpaRoot(const QString &dir);

/// A raw-API-shaped item made from a light index row, for the shared converters. Used only for
/// items no full data file holds (their year file is missing or broken).
QJsonObject itemFromIndexRow(const Module &module, const QJsonObject &row);

/// The data of each module in a 助手备份数据 store's entries for one account: several entries of
/// a module are incremental backups, merged newest first (duplicates are left to the caller).
QHash<QString, QJsonValue> modulesOfBackupStore(const QJsonArray &entries);

/// Text without unpaired UTF-16 surrogates (the index cuts titles inside an emoji).
QString withoutLoneSurrogates(const QString &text);

/// Every file under an export root, to find the media its data names.
class ExportFiles
{
public:
    explicit ExportFiles(const QString &root);

    /// The MediaRef for @p written as the data writes it ("images/1a2b3c4d.jpeg" relative to
    /// the module folder, "Albums/…" relative to the root, with or without an extension).
    /// filePath is set when the file is here; relPath is where it is or should be.
    MediaRef resolve(const QString &moduleDir, const QString &written, const QString &role);
    /// Notes the files @p record (its comments too) links, so they are not stored again as loose files.
    void markUsed(const MemoryRecord &record);
    /// Every file, relative to the root.
    QStringList relPaths() const { return m_files.values(); }
    /// Whether an imported record links @p relPath.
    bool isUsed(const QString &relPath) const { return m_used.contains(relPath.toLower()); }
    bool isEmpty() const { return m_files.isEmpty(); }

private:
    QString find(const QString &moduleDir, const QString &path, const QString &name) const;

    QString m_root;
    QHash<QString, QString> m_files;                       ///< lower-case rel path → rel path
    QMultiHash<QString, QString> m_byStem;                 ///< lower-case rel path without extension
    QHash<QString, QMultiHash<QString, QString>> m_byName; ///< module (lower) → file name (lower)
    QSet<QString> m_used;                                  ///< lower-case rel paths records link
};

} // namespace ks::archiver
