// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImageReader>
#include <QSize>

namespace ks {

/// The most a decoded picture may take (Qt refuses larger allocations): 256 MB is a 64
/// megapixel photo in 32-bit colour, far beyond any phone picture.
constexpr int kImageAllocationLimitMb = 256;
/// The most pixels a header may claim before Keepsake decodes a picture at all.
constexpr qint64 kMaxDecodedPixels = qint64(kImageAllocationLimitMb) * 1024 * 1024 / 4;

/// Sets Qt's global allocation limit (idempotent) and says whether @p reader's picture may be
/// decoded at @p target (the scaled size, or the stored size when invalid): false when the
/// header claims more pixels than kMaxDecodedPixels, before anything is allocated.
inline bool imageDecodeAllowed(QImageReader &reader, QSize target = QSize())
{
    if (QImageReader::allocationLimit() != kImageAllocationLimitMb)
        QImageReader::setAllocationLimit(kImageAllocationLimitMb);
    const QSize size = target.isValid() ? target : reader.size();
    return !size.isValid() || qint64(size.width()) * qint64(size.height()) <= kMaxDecodedPixels;
}

} // namespace ks
