// SPDX-License-Identifier: GPL-3.0-or-later
// What the files of an export folder are, shared by the importers of the exporters that write
// one: the person's media, the exporter's own viewer files, avatars; and keeping the media no
// record named.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace ks {

class ImportContext;
class ImportSink;

namespace exporterfiles {

/// The child of @p dir named @p name in any letter case, or an empty string.
QString childNamed(const QString &dir, const QString &name);

/// A file name as an export's page or data writes it, as a path from where it points: forward
/// slashes, no query (`?w=640`), no leading `./` or `/`. Not cleaned: `..` stays for the caller
/// to refuse.
QString writtenPath(const QString &written);

/// A picture, video or sound by its suffix (@p relLower: path in the export, case-folded).
/// Files without a suffix count under images/, albums/ and videos/ folders: QZoneExport saves
/// avatars that way, and pictures when its 文件后缀识别 option is off.
bool isMediaPath(const QString &relLower);

/// A file of the exporter's own viewer rather than of the person: QZoneExport's index.jpg and
/// loading.gif, lightGallery's play buttons, anything under the viewers' css/js/lib/assets
/// folders, Time-Machine's viewer assets.
bool isExporterAsset(const QString &relLower);

/// The QQ number whose avatar @p relLower is (`Common/images/<uin>`, `media/avatars/<uin>.jpg`),
/// or an empty string.
QString avatarUin(const QString &relLower);

/// Common/json/user.json (v3) or user.js (v2) of a QZoneExport-style export: whose space it is
/// and its profile; an empty object when neither holds one.
QJsonObject readUserInfo(const QString &root, ImportContext &context);

/// Hands every media file of @p relPaths (relative to @p root) that @p named does not claim and
/// that is not the exporter's own to the sink as a loose file, so nothing the export holds is
/// lost. Reads ahead, stops when the import is cancelled.
void keepLooseFiles(ImportContext &context, ImportSink &sink, const QString &root, QStringList relPaths,
                    const std::function<bool(const QString &relPath)> &named);

} // namespace exporterfiles
} // namespace ks
