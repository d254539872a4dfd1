// SPDX-License-Identifier: GPL-3.0-or-later
#include "booklayout.h"
#include "booklayoutbuilder.h"
#include "themes.h"

#include "bookpacking.h"
#include "bookpaginate.h"
#include "exportimage.h"
#include "text/qzonetext.h"
#include "util/htmlsanitizer.h"
#include "util/textutil.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSet>
#include <QtConcurrent>
#include <cmath>

namespace ks {

using namespace booklayout;

QSizeF bookPaperSizeMm(BookPaper paper)
{
    switch (paper) {
    case BookPaper::A5:
        return QSizeF(148, 210);
    case BookPaper::K16:
        return QSizeF(185, 260);
    case BookPaper::A4:
        break;
    }
    return QSizeF(210, 297);
}

bool bookPaperFromName(const QString &name, BookPaper *paper)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("a4"))
        *paper = BookPaper::A4;
    else if (n == QLatin1String("a5"))
        *paper = BookPaper::A5;
    else if (n == QLatin1String("16k") || n == QStringLiteral("16开") || n == QLatin1String("16kai"))
        *paper = BookPaper::K16;
    else
        return false;
    return true;
}

QString bookPaperName(BookPaper paper)
{
    switch (paper) {
    case BookPaper::A5:
        return QStringLiteral("A5");
    case BookPaper::K16:
        return QStringLiteral("16k");
    case BookPaper::A4:
        break;
    }
    return QStringLiteral("A4");
}

QPageSize BookDocument::pdfPageSize() const
{
    const QSizeF mm(pageSize.width() / kUnitsPerMm, pageSize.height() / kUnitsPerMm);
    return QPageSize(mm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
}

QFont bookFont(const QString &family, double points, bool bold)
{
    QFont font(family);
    font.setPixelSize(qMax(1, int(std::lround(points * kUnitsPerPoint))));
    font.setBold(bold);
    // Unshaped glyphs are the font's cmap glyphs: their ToUnicode entries come out right.
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferNoShaping | QFont::PreferOutline));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(false);
    return font;
}

namespace {

PageItem textItem(const QString &text, const QFont &font, const QRectF &rect, const QColor &color,
                  Qt::Alignment align = Qt::AlignLeft)
{
    auto layout = std::make_shared<QTextLayout>(text, font);
    QTextOption option;
    option.setAlignment(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->beginLayout();
    double y = 0;
    int lines = 0;
    for (;;) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, y));
        y += line.height() * 1.25;
        ++lines;
    }
    layout->endLayout();
    PageItem item;
    item.kind = PageItem::Text;
    item.layout = layout;
    item.lineCount = lines;
    item.color = color;
    item.rect = QRectF(rect.left(), rect.top(), rect.width(), y);
    return item;
}

} // namespace

BookDocument layoutBook(const QList<ExportMemory> &memories, const ExportSource &source,
                        const BookOptions &options, const std::atomic_bool *cancel)
{
    BookDocument doc;
    doc.options = options;
    const BookStyle &style = bookStyleById(options.style);
    const QSizeF trim = bookPaperSizeMm(options.paper) * kUnitsPerMm;
    const double bleed = qMax(0.0, options.bleedMm) * kUnitsPerMm;
    const double margin = qBound(5.0, options.marginMm, 60.0) * kUnitsPerMm;
    doc.pageSize = QSizeF(trim.width() + 2 * bleed, trim.height() + 2 * bleed);
    doc.trimBox = QRectF(QPointF(bleed, bleed), trim);
    doc.contentBox = doc.trimBox.adjusted(margin, margin * 1.1, -margin, -margin * 1.1);
    doc.runningTitle = options.title;
    doc.memoryCount = int(memories.size());
    for (const ExportMemory &m : memories) {
        for (const ExportMedia &e : m.media)
            doc.photoCount += e.isImage() ? 1 : 0;
    }
    if (options.countedMemories >= 0)
        doc.memoryCount = options.countedMemories;
    if (options.countedPhotos >= 0)
        doc.photoCount = options.countedPhotos;

    const QList<ExportEntry> entries = groupEntries(memories);
    Builder builder(doc, source);
    const double base = builder.base();

    // Reserve the cover and contents pages; they are filled once chapters have page numbers.
    int frontPages = 0;
    if (options.cover) {
        doc.pages.append(BookPage());
        doc.pages.last().showNumber = false;
        doc.outline.append({QCoreApplication::translate("BookLayout", "Cover"), 0, 0, 0});
        ++frontPages;
    }
    if (options.contents) {
        doc.pages.append(BookPage());
        doc.pages.last().showNumber = false;
        doc.outline.append({QCoreApplication::translate("BookLayout", "Contents"), 0, frontPages, 0});
        ++frontPages;
    }
    // The year in review: whole pages of picture, each one fitted in the content box.
    for (int i = 0; i < options.frontPictures.size(); ++i) {
        BookPage page;
        page.header = options.frontPicturesTitle;
        PageItem picture;
        picture.kind = PageItem::Image;
        picture.rect = doc.contentBox;
        picture.imagePath = options.frontPictures.at(i);
        page.items.append(picture);
        if (i == 0)
            doc.outline.append({options.frontPicturesTitle, 0, int(doc.pages.size()), 0});
        doc.pages.append(page);
        ++frontPages;
    }
    if (!options.cover)
        builder.titleBlock(options.title, options.subtitle,
                           bookDescribeSelection(memories, doc.memoryCount, doc.photoCount));

    QMap<int, int> monthCounts;
    for (const ExportEntry &e : entries)
        monthCounts[e.first().localMonth()] += int(e.memories.size());
    const bool manyYears = [&] {
        QSet<int> years;
        for (auto it = monthCounts.cbegin(); it != monthCounts.cend(); ++it)
            years.insert(it.key() / 100);
        return years.size() > 1;
    }();
    int month = -1;
    int yearShown = -1;
    QList<QPair<QString, int>> chapters; // title, yyyymm
    for (const ExportEntry &e : entries) {
        if (cancel && cancel->load())
            return doc;
        const int m = e.first().localMonth();
        if (m != month) {
            // A new year starts a page (but the first one follows the title); a month starts
            // one only when asked to, else it follows the previous month when it fits.
            bool yearStarted = false;
            if (!options.chapterPerMonth && manyYears && m / 100 != yearShown) {
                builder.year(m / 100, yearShown != -1 || options.cover || options.contents);
                yearShown = m / 100;
                yearStarted = true;
            }
            chapters.append({m == 0 ? monthTitle(0, false) : monthTitle(m, !options.chapterPerMonth), m});
            builder.chapter(m, monthCounts.value(m), options.monthPerPage && !yearStarted,
                            !options.chapterPerMonth || manyYears);
            month = m;
        }
        builder.entry(e);
    }

    // Front pages are already there; the flow starts on a fresh page after them.
    if (!builder.blocks.isEmpty())
        builder.blocks.first().pageBreakBefore = true;
    paginateBook(doc, builder.blocks);

    // Numbers on every page; no running header on front pages.
    for (int i = 0; i < doc.pages.size(); ++i) {
        doc.pages[i].number = i + 1;
        if (i < frontPages)
            doc.pages[i].header.clear();
    }

    const QRectF trimBox = doc.trimBox;
    if (options.cover) {
        BookPage &cover = doc.pages[0];
        const double photoBottom = doc.pageSize.height() * 0.6;
        const QRectF box = bookCoverBox(doc.pageSize);
        const int dpi = qMax(1, options.imageDpi);
        PageItem photo;
        photo.kind = PageItem::Image;
        photo.crop = true;
        photo.rect = box;
        if (!options.coverImagePath.isEmpty()) {
            photo.imagePath = options.coverImagePath;
            doc.coverPixels = bookPictureSize(photo.imagePath);
        } else if (const ExportMedia *c =
                       bookCoverMedia(memories, options.coverMediaId, pixelsToCover(box, dpi))) {
            photo.imagePath = c->filePath;
            photo.orientation = c->orientation;
            doc.coverPixels = c->width > 0 && c->height > 0
                                  ? uprightPixels(c->width, c->height, c->orientation)
                                  : bookPictureSize(c->filePath);
        }
        if (photo.imagePath.isEmpty()) {
            photo.kind = PageItem::Fill;
            photo.color = style.tint;
        } else {
            // Never blown up past its own pixels: a small picture sits at its native size on a
            // tinted band instead.
            photo.rect = coverPhotoRect(box, doc.coverPixels, dpi, &photo.crop);
            doc.coverSoft = !photo.crop;
            if (doc.coverSoft) {
                PageItem band;
                band.kind = PageItem::Fill;
                band.color = style.tint;
                band.rect = box;
                cover.items.append(band);
                // Mounted like a print: a white mat around the picture.
                const double mat = qMin(3.0 * kUnitsPerMm, photo.rect.width() * 0.04);
                band.color = Qt::white;
                band.rect = photo.rect.adjusted(-mat, -mat, mat, mat) & box;
                cover.items.append(band);
            }
        }
        cover.items.append(photo);
        const double x = trimBox.left() + trimBox.width() * 0.1;
        const double w = trimBox.width() * 0.8;
        PageItem title = textItem(options.title, bookFont(options.serifFamily, base * 3.0, true),
                                  QRectF(x, photoBottom + trimBox.height() * 0.06, w, 0), style.ink);
        title.heading = false;
        cover.items.append(title);
        PageItem sub = textItem(options.subtitle, bookFont(options.sansFamily, base * 1.3),
                                QRectF(x, title.rect.bottom() + base * kUnitsPerPoint, w, 0), style.muted);
        cover.items.append(sub);
        PageItem rule;
        rule.kind = PageItem::Fill;
        rule.color = style.accent;
        rule.rect = QRectF(x, sub.rect.bottom() + base * kUnitsPerPoint, w * 0.12, 0.5 * kUnitsPerMm);
        cover.items.append(rule);
        PageItem counts =
            textItem(QCoreApplication::translate("BookLayout", "%n memories", nullptr, doc.memoryCount) +
                         QStringLiteral(" · ") +
                         QCoreApplication::translate("BookLayout", "%n photos", nullptr, doc.photoCount),
                     bookFont(options.sansFamily, base * 0.9),
                     QRectF(x, trimBox.bottom() - trimBox.height() * 0.09, w, 0), style.muted);
        cover.items.append(counts);
    }
    if (options.contents) {
        BookPage &contents = doc.pages[options.cover ? 1 : 0];
        const QRectF box = doc.contentBox;
        PageItem head =
            textItem(QCoreApplication::translate("BookLayout", "Contents"),
                     bookFont(options.serifFamily, base * 2.2, true),
                     QRectF(box.left(), box.top() + box.height() * 0.04, box.width(), 0), style.ink);
        head.heading = false;
        contents.items.append(head);
        double y = head.rect.bottom() + base * kUnitsPerPoint * 2;
        const QFont entryFont = bookFont(options.serifFamily, base * 1.2);
        const double pitch = base * kUnitsPerPoint * 2.3;
        // Chapter pages from the outline (month entries are in chapter order).
        QList<int> chapterPages;
        for (const BookOutlineEntry &o : std::as_const(doc.outline)) {
            if (o.page >= frontPages && o.level == (options.chapterPerMonth ? 0 : 1))
                chapterPages.append(o.page);
        }
        for (int i = 0; i < chapters.size() && i < chapterPages.size(); ++i) {
            if (y + pitch > box.bottom())
                break; // more months than fit on one page: the outline still has them all
            const QString count = QCoreApplication::translate("BookLayout", "%n memories", nullptr,
                                                              monthCounts.value(chapters.at(i).second));
            contents.items.append(textItem(chapters.at(i).first, entryFont,
                                           QRectF(box.left(), y, box.width() * 0.5, 0), style.ink));
            contents.items.append(textItem(count, bookFont(options.sansFamily, base * 0.85),
                                           QRectF(box.left() + box.width() * 0.22,
                                                  y + base * kUnitsPerPoint * 0.3, box.width() * 0.3, 0),
                                           style.muted));
            contents.items.append(textItem(QString::number(chapterPages.at(i) + 1), entryFont,
                                           QRectF(box.right() - box.width() * 0.2, y, box.width() * 0.2, 0),
                                           style.ink, Qt::AlignRight));
            PageItem leader;
            leader.kind = PageItem::Rule;
            leader.color = style.rule;
            leader.rect = QRectF(box.left() + box.width() * 0.42, y + base * kUnitsPerPoint * 1.2,
                                 box.width() * 0.46, 0);
            contents.items.append(leader);
            y += pitch;
        }
    }
    return doc;
}

} // namespace ks
