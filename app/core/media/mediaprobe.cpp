// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediaprobe.h"

#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>

namespace ks {

MediaInfo probeMedia(const QString &path)
{
    MediaInfo info;
    QFileInfo fi(path);
    if (!fi.exists()) {
        info.status = MediaInfo::Status::Unreadable;
        info.problem = QStringLiteral("file not found");
        return info;
    }
    if (fi.size() == 0) {
        info.status = MediaInfo::Status::Empty;
        info.problem = QStringLiteral("the file is empty (0 bytes)");
        return info;
    }
    static const QMimeDatabase mimeDb;
    const QMimeType type = mimeDb.mimeTypeForFile(path, QMimeDatabase::MatchContent);
    info.mime = type.name();
    info.extension = type.preferredSuffix();
    if (info.mime.startsWith(QLatin1String("image/"))) {
        QImageReader reader(path);
        const QSize size = reader.size();
        info.width = size.width();
        info.height = size.height();
    }
    if (looksLikeQQPlaceholder(path, info.mime, fi.size())) {
        info.status = MediaInfo::Status::Placeholder;
        info.problem = QStringLiteral("QQ's small \"image missing\" picture, not the real photo");
    }
    return info;
}

bool looksLikeQQPlaceholder(const QString &path, const QString &mime, qint64 size)
{
    // QQ Space served a ~2 KB GIF for photos it had lost; exporters saved it under the photo's
    // .jpeg name. A real photo is never a GIF that small with a JPEG name.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool jpegName = suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg");
    return jpegName && mime == QLatin1String("image/gif") && size <= 8 * 1024;
}

} // namespace ks
