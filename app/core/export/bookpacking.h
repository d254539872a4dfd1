// SPDX-License-Identifier: GPL-3.0-or-later
// How full the book's pages are, and how big its cover photo may print: the measures behind
// "no nearly empty pages" and "the cover is never blown up past its own pixels".
#pragma once

#include "booklayout.h"

#include <QSize>

namespace ks {

/// The share (0–1) of @p page's content box height that its items fill: from the box's top to
/// the lowest item's bottom (clipped to the box).
double bookPageFill(const BookDocument &document, int page);

/// Pages (0-based) below @p threshold, leaving out the cover, the contents page and the last
/// page of the book.
QList<int> bookSparsePages(const BookDocument &document, double threshold);

/// The cover photo's box on the page (units), bleed included.
QRectF bookCoverBox(const QSizeF &pageSize);
/// The cover photo's box for @p options' paper and bleed.
QRectF bookCoverBox(const BookOptions &options);

/// Pixels a picture needs to cover @p box at @p dpi.
QSize pixelsToCover(const QRectF &box, int dpi);

/// True when a picture of @p pixels (as shown, upright) would print soft on the cover.
bool coverPrintsSoft(const QSize &pixels, const BookOptions &options);

/// Where a picture of @p pixels goes inside @p box: the whole box (cut to fill it) when it has
/// the pixels for that at @p dpi, else its native size at @p dpi (never larger, shrunk to fit
/// the box), centred. @p crop says which.
QRectF coverPhotoRect(const QRectF &box, const QSize &pixels, int dpi, bool *crop);

/// The picture's size as shown: width and height swapped for EXIF orientations 5–8.
QSize uprightPixels(int width, int height, int orientation);

/// The cover picture: @p mediaId when set and found; else the best-liked picture with the
/// pixels to cover @p need (pixels); without such a one, the largest.
const ExportMedia *bookCoverMedia(const QList<ExportMemory> &memories, qint64 mediaId, const QSize &need);

/// A picture file's size as shown (EXIF turns applied); empty when unreadable.
QSize bookPictureSize(const QString &path);

/// "12 March 2012 – 30 December 2012 · 63 memories · 40 photos": what a document holds, for
/// its first page.
QString bookDescribeSelection(const QList<ExportMemory> &memories, int memoryCount, int photoCount);

} // namespace ks
