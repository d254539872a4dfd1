// SPDX-License-Identifier: GPL-3.0-or-later
// The last-resort importer: a plain folder of photos and videos, one memory per file.
#pragma once

#include <QString>
#include <optional>

namespace ks {

/// The wall-clock time a phone or QQ wrote into a file name ("IMG_20130101_000000.jpg",
/// "QQ图片20130516235356.jpg", "Screenshot_2014-03-08-15-20-00.png", "mmexport1389000000000.jpg"),
/// as "yyyy-MM-ddTHH:mm:ss"; nothing when the name holds no plausible date.
std::optional<QString> dateFromFileName(const QString &fileName);

/// True for files the photo-folder importer takes (image/* or video/* by content).
bool isPhotoOrVideoMime(const QString &mime);

} // namespace ks
