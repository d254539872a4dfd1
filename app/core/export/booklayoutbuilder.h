// SPDX-License-Identifier: GPL-3.0-or-later
// The book's blocks (internal to export/): Builder turns memories into text, photo rows,
// comments and chapter openings, which bookpaginate then puts onto pages.
#pragma once

#include "booklayout.h"
#include "bookpaginate.h"
#include "exportdata.h"
#include "themes.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QTextLayout>

namespace ks::booklayout {

/// A month's title in the book's language: "2012年6月" / "June 2012"; 0 is an unknown date.
QString monthTitle(int yyyymm, bool withYear);

struct TextStyle
{
    QFont font;
    QColor color = kBookInk;
    double spacing = 1.5; ///< line pitch as a multiple of the line height
    Qt::Alignment align = Qt::AlignLeft;
};

class Builder
{
public:
    Builder(const BookDocument &doc, const ExportSource &source);

    QList<BookBlock> blocks;

    double width() const { return m_doc.contentBox.width(); }
    double left() const { return m_doc.contentBox.left(); }
    double contentHeight() const { return m_doc.contentBox.height(); }

    BookBlock text(const QString &raw, const TextStyle &style, bool markup = true, double indent = 0,
                   double firstIndent = 0, const QList<QTextLayout::FormatRange> &formats = {});

    void add(BookBlock b) { blocks.append(std::move(b)); }

    BookBlock spacer(double h);

    // A photo row: items laid side by side, already sized.
    BookBlock photoRow(const QList<QPair<ExportMedia, QRectF>> &cells, double height);

    /// Photos as rows: one large, two side by side, or a grid of squares.
    void photos(const QList<ExportMedia> &all, double maxShare = 0.42);

    void dateLine(const ExportMemory &m, const QString &what);

    void comments(const ExportMemory &m);

    void paragraphs(const QString &markup, double firstIndent);

    void blogBody(const ExportMemory &m);

    void entry(const ExportEntry &e);

    void chapter(int yyyymm, int count, bool newPage, bool withYear);

    void year(int y, bool newPage);

    void titleBlock(const QString &title, const QString &subtitle, const QString &about);

    double base() const { return m_base; }

private:
    const BookDocument &m_doc;
    const ExportSource &m_source;
    const BookStyle &m_style;
    double m_base = 10.5;
    double m_gap = 0;
    QString m_skipTitle;
    TextStyle m_body, m_date, m_title, m_comment, m_caption, m_chapter, m_chapterSub, m_year;
};

} // namespace ks::booklayout
