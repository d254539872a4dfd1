// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures made smaller for export: decoded at a reduced size (JPEG decodes scaled), turned
// upright, never larger than asked.
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace ks {

/// @p path decoded so that its longer side is at most @p maxSide pixels, upright by EXIF
/// @p orientation (0 = read it from the file). Null image when unreadable.
QImage loadImageScaled(const QString &path, int maxSide, int orientation, QString *error = nullptr);

/// @p path scaled to cover @p target (aspect kept) and cut to it around the centre, upright.
QImage loadImageCovering(const QString &path, const QSize &target, int orientation, QString *error = nullptr);

/// @p path scaled to fit inside @p box, aspect kept, never enlarged, upright.
QImage loadImageFitting(const QString &path, const QSize &box, int orientation, QString *error = nullptr);

/// Writes a web copy of @p source to @p target: a JPEG whose longer side is at most @p maxSide.
/// A JPEG that is already small enough and upright is copied byte for byte.
/// @p stripMetadata: always re-encode, so nothing of the original's EXIF (GPS) is kept.
bool writeWebCopy(const QString &source, const QString &target, int maxSide, int orientation,
                  QString *error = nullptr, bool stripMetadata = false);

} // namespace ks
