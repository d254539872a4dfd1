// SPDX-License-Identifier: GPL-3.0-or-later
// The book's flow of blocks (headings, paragraphs that split between lines, photo rows) and
// the paginator that pours them onto pages: keep-with-next, running headers, outline entries.
#pragma once

#include "booklayout.h"

#include <QColor>
#include <QList>
#include <QPair>
#include <QString>
#include <QTextLayout>
#include <memory>

namespace ks {

inline const QColor kBookInk(0x22, 0x22, 0x22);

/// One unit of the flow: atomic (items, height) or text (a laid-out paragraph split by line).
struct BookBlock
{
    double height = 0;     ///< atomic blocks
    QList<PageItem> items; ///< atomic: rects relative to the block top
    // Text blocks split between lines.
    std::shared_ptr<QTextLayout> layout;
    QList<double> lineTop; ///< top of each line, relative to the paragraph
    QList<double> pitch;   ///< room each line takes
    double x = 0;
    double width = 0;
    QColor color = kBookInk;
    QList<QPair<int, QString>> emoticons;
    bool keepWithNext = false;
    bool heading = false;
    bool pageBreakBefore = false;
    double spaceBefore = 0;
    QString outlineTitle; ///< set: an outline entry at this block
    int outlineLevel = 0;
    QString header; ///< set: the running header from here on
    bool isText() const { return layout != nullptr; }
    int lines() const { return int(lineTop.size()); }
};

/// Appends pages to @p doc (after any already there) holding @p blocks in order.
void paginateBook(BookDocument &doc, const QList<BookBlock> &blocks);

} // namespace ks
