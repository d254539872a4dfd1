// SPDX-License-Identifier: GPL-3.0-or-later
// What QPdfWriter (Qt 6.4) cannot do, added afterwards as a PDF incremental update: the
// bookmarks (outline), trim and bleed boxes for a print shop, and text extraction fixes.
#pragma once

#include <QList>
#include <QString>

namespace ks {

struct PdfOutlineEntry
{
    QString title;
    int level = 0;  ///< 0 = top level; a deeper entry belongs to the entry before it
    int page = 0;   ///< 0-based page index
    double top = 0; ///< distance from the top of the page to the target, in points
};

struct PdfFinishOptions
{
    QList<PdfOutlineEntry> outline;
    double bleedPoints = 0; ///< > 0: every page gets a TrimBox this far inside its MediaBox
    /// Qt writes the reverse cmap lookup of each glyph: CJK characters that share a glyph with a
    /// Kangxi radical (黑 and ⿊) come out as the radical, so copy and search would fail. The
    /// families listed here are used to map such radicals back to the ideograph.
    QStringList cjkFamilies;
};

/// Appends an incremental update to the PDF at @p path (classic xref, as QPdfWriter writes it).
/// The original bytes stay as they are; readers use the newest objects.
bool finishPdf(const QString &path, const PdfFinishOptions &options, QString *error = nullptr);

/// Reads the outline titles back (for tests): title and level, in order. Only understands
/// what finishPdf writes.
QList<QPair<QString, int>> readPdfOutline(const QString &path);

} // namespace ks
