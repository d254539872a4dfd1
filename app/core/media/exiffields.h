// SPDX-License-Identifier: GPL-3.0-or-later
// The few EXIF fields Keepsake keeps, read from libexif's tags the way exiftool reports them.
#pragma once

#include "mediaprobe.h"

#include <libexif/exif-data.h>

namespace ks {

/// Fills takenLocal (+ sub-second and zone), cameraMake, cameraModel, orientation and the GPS
/// position of @p info from @p data. Each tag is taken from the IFD the standard puts it in,
/// else from another main IFD, as exiftool does; values that cannot be right (a 0/0 rational,
/// a coordinate without N/S/E/W, an all-zero date) are left out rather than guessed.
void readExifFields(ExifData *data, MediaInfo &info);

/// A camera date "yyyy:MM:dd HH:mm:ss" as "yyyy-MM-ddTHH:mm:ss". Read as leniently as exiftool
/// reads it ("2005/07/22 15:33:44", "2005:07:22:15:33:44", "2001:02:03 04:05: 6"); empty for
/// blank and all-zero dates and for values that are no calendar date.
QString exifDateToIso(const QByteArray &text);

} // namespace ks
