// SPDX-License-Identifier: GPL-3.0-or-later
// The page layout of books and PDFs: memories become blocks (headings, text, photo rows), the
// blocks are paginated (photos never split, headings never left alone at a page end), and the
// pages are painted with QPainter on any paged device (QPdfWriter, QPrinter) — one code path.
#pragma once

#include "exportdata.h"
#include "exportprogress.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QPageSize>
#include <QRectF>
#include <QSize>
#include <QTemporaryDir>
#include <QTextLayout>
#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace ks {

/// Layout units: 1/720 inch, so every 0.1 pt font size is a whole pixel size.
constexpr double kUnitsPerInch = 720.0;
constexpr double kUnitsPerMm = kUnitsPerInch / 25.4;
constexpr double kUnitsPerPoint = kUnitsPerInch / 72.0;

/// The book's text font at @p points: unshaped and unhinted, so the PDF's text layer maps each
/// glyph back to its character (bookpaint.cpp draws with it too).
QFont bookFont(const QString &family, double points, bool bold = false);

enum class BookPaper
{
    A4,
    A5,
    K16
};

/// Trim size of a paper in millimetres (16开: 185 × 260 mm).
QSizeF bookPaperSizeMm(BookPaper paper);
/// "A4", "A5", "16k" (case-insensitive, also "16开"); false when unknown.
bool bookPaperFromName(const QString &name, BookPaper *paper);
QString bookPaperName(BookPaper paper);

struct BookOptions
{
    BookPaper paper = BookPaper::A4;
    double marginMm = 18; ///< inside the trim box
    double bleedMm = 0;   ///< added around the trim box on every side (print shop)
    QString title;
    QString subtitle;
    qint64 coverMediaId = 0;     ///< 0 = the best photo of the selection
    QString coverImagePath;      ///< overrides coverMediaId (a file picked by hand)
    bool cover = true;           ///< cover page with photo and title
    bool contents = true;        ///< contents page
    bool chapterPerMonth = true; ///< months are the chapters (a year's book); false: years, then months
    bool monthPerPage = false;   ///< every month starts a new page; false: short months share a page
    bool yearReview = true;      ///< a year's book opens with its 年度回顾 (BookExporter::prepare)
    QStringList frontPictures;   ///< whole-page pictures after the contents (the review's pages)
    QString frontPicturesTitle;  ///< their bookmark
    int maxCommentsPerMemory = 6;
    int maxRepliesPerComment = 3;
    int maxAlbumHighlights = 9;
    QString style;      ///< the book's look (themes.h bookStyleIds()); empty = the first
    int imageDpi = 300; ///< pictures are embedded at this resolution for their printed size
    /// The selection's counts as LibraryCounts gives them (BookExporter::prepare() fills them);
    /// -1 = count the laid-out memories.
    int countedMemories = -1;
    int countedPhotos = -1;
    QString serifFamily = QStringLiteral("Noto Serif CJK SC");
    QString sansFamily = QStringLiteral("Noto Sans CJK SC");
};

/// One thing painted on a page. Rects are in layout units from the page's top-left corner
/// (the bleed edge).
struct PageItem
{
    enum Kind
    {
        Text,
        Image,
        Fill,
        Rule
    };
    Kind kind = Text;
    QRectF rect;
    QColor color = Qt::black;
    bool heading = false; ///< a heading (tests check none ends a page)
    // Text: lines [firstLine, firstLine + lineCount) of a shared layout, moved so that the
    // first line's top is at rect.top().
    std::shared_ptr<QTextLayout> layout;
    int firstLine = 0;
    int lineCount = 0;
    QList<QPair<int, QString>> emoticons; ///< text position of the placeholder → GIF path
    // Image.
    QString imagePath;
    int orientation = 0;
    bool crop = false;   ///< fill the rect, cutting the picture's edges
    QString placeholder; ///< shown instead of a missing picture
};

struct BookPage
{
    QList<PageItem> items;
    QString header; ///< running header (right side); empty = none
    bool showNumber = true;
    int number = 0; ///< printed page number (1-based physical)
};

struct BookOutlineEntry
{
    QString title;
    int level = 0;
    int page = 0;
    double top = 0; ///< units from the page top
};

/// A laid-out book.
struct BookDocument
{
    BookOptions options;
    QSizeF pageSize;   ///< units, bleed included
    QRectF trimBox;    ///< units
    QRectF contentBox; ///< units: trim box minus margins
    QList<BookPage> pages;
    QList<BookOutlineEntry> outline;
    QString runningTitle;
    int memoryCount = 0;
    int photoCount = 0;
    QSize coverPixels;      ///< the cover picture's own size (upright); empty = unknown or none
    bool coverSoft = false; ///< the cover picture lacks the pixels for its box: placed smaller
    QPageSize pdfPageSize() const;
    /// Files the document's pictures live in while it is painted (the review's pages).
    std::shared_ptr<QTemporaryDir> scratch;
};

/// Lays out @p memories (already in order) as a book.
BookDocument layoutBook(const QList<ExportMemory> &memories, const ExportSource &source,
                        const BookOptions &options, const std::atomic_bool *cancel = nullptr);

/// Paints @p document on @p device, which must already have the document's page size with no
/// margins (QPrinter: full page). Pages [from, to] (0-based, inclusive; to < 0 = last).
/// Pictures are decoded in parallel ahead of painting and downscaled to options.imageDpi.
ExportResult paintBook(const BookDocument &document, QPagedPaintDevice *device,
                       const ExportProgress &progress = {}, const std::atomic_bool *cancel = nullptr,
                       int from = 0, int to = -1);

} // namespace ks
