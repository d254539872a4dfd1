// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/matchhighlighter.h"

#include <QPalette>
#include <QTextLayout>

namespace ks {

/// Formats for QTextLayout::setFormats() that mark what @p highlighter matched in @p text:
/// a card delegate lays its text out with these to show the matched words.
inline QList<QTextLayout::FormatRange>
highlightFormats(const QString &text, const MatchHighlighter &highlighter, const QPalette &palette)
{
    QList<QTextLayout::FormatRange> formats;
    QTextCharFormat mark;
    mark.setBackground(palette.color(QPalette::Highlight).lighter(160));
    mark.setForeground(palette.color(QPalette::Text));
    mark.setFontWeight(QFont::DemiBold);
    for (const MatchRange &r : highlighter.ranges(text))
        formats.append(QTextLayout::FormatRange{r.start, r.length, mark});
    return formats;
}

} // namespace ks
