// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookpacking.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImageReader>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace ks {

double bookPageFill(const BookDocument &document, int page)
{
    if (page < 0 || page >= document.pages.size())
        return 0;
    const QRectF box = document.contentBox;
    if (box.height() <= 0)
        return 0;
    // How far down the content box the page's items reach: what a reader sees as the filled
    // part of a page (the space between paragraphs is part of it).
    double lowest = box.top();
    for (const PageItem &item : document.pages.at(page).items) {
        if (item.rect.top() < box.bottom() && item.rect.bottom() > box.top())
            lowest = qMax(lowest, qMin(item.rect.bottom(), box.bottom()));
    }
    return qBound(0.0, (lowest - box.top()) / box.height(), 1.0);
}

QList<int> bookSparsePages(const BookDocument &document, double threshold)
{
    int front = 0;
    front += document.options.cover ? 1 : 0;
    front += document.options.contents ? 1 : 0;
    QList<int> out;
    for (int i = front; i + 1 < document.pages.size(); ++i) {
        if (bookPageFill(document, i) < threshold)
            out.append(i);
    }
    return out;
}

QRectF bookCoverBox(const QSizeF &pageSize)
{
    return QRectF(0, 0, pageSize.width(), pageSize.height() * 0.6);
}

QRectF bookCoverBox(const BookOptions &options)
{
    const QSizeF trim = bookPaperSizeMm(options.paper) * kUnitsPerMm;
    const double bleed = qMax(0.0, options.bleedMm) * kUnitsPerMm;
    return bookCoverBox(QSizeF(trim.width() + 2 * bleed, trim.height() + 2 * bleed));
}

QSize pixelsToCover(const QRectF &box, int dpi)
{
    return QSize(int(std::ceil(box.width() / kUnitsPerInch * dpi)),
                 int(std::ceil(box.height() / kUnitsPerInch * dpi)));
}

bool coverPrintsSoft(const QSize &pixels, const BookOptions &options)
{
    bool crop = false;
    coverPhotoRect(bookCoverBox(options), pixels, qMax(1, options.imageDpi), &crop);
    return !crop;
}

QRectF coverPhotoRect(const QRectF &box, const QSize &pixels, int dpi, bool *crop)
{
    if (pixels.width() <= 0 || pixels.height() <= 0 || dpi <= 0) {
        // Size unknown: fill the box as before rather than guess.
        *crop = true;
        return box;
    }
    // Cutting to fill the box scales the picture by the larger of the two ratios.
    const double cover = qMax(box.width() / pixels.width(), box.height() / pixels.height());
    const double native = kUnitsPerInch / dpi; // units per pixel at dpi
    // A few per cent over native is invisible in print; more is soft.
    if (cover <= native * 1.02) {
        *crop = true;
        return box;
    }
    *crop = false;
    const double fit = qMin(box.width() / pixels.width(), box.height() / pixels.height());
    const double scale = qMin(native, fit);
    const QSizeF size(pixels.width() * scale, pixels.height() * scale);
    return QRectF(box.center().x() - size.width() / 2, box.center().y() - size.height() / 2, size.width(),
                  size.height());
}

QSize uprightPixels(int width, int height, int orientation)
{
    return orientation >= 5 && orientation <= 8 ? QSize(height, width) : QSize(width, height);
}

const ExportMedia *bookCoverMedia(const QList<ExportMemory> &memories, qint64 mediaId, const QSize &need)
{
    // The best-liked sharp photo (enough pixels for the cover box); without one, the largest.
    const ExportMedia *best = nullptr;
    const ExportMedia *largest = nullptr;
    int bestScore = -1;
    qint64 largestArea = -1;
    for (const ExportMemory &m : memories) {
        for (const ExportMedia &e : m.media) {
            if (!e.usable() || !e.isImage())
                continue;
            if (mediaId != 0 && e.mediaId == mediaId)
                return &e;
            const qint64 area = qint64(e.width) * e.height;
            if (area > largestArea) {
                largestArea = area;
                largest = &e;
            }
            const QSize px = uprightPixels(e.width, e.height, e.orientation);
            if (px.width() * 1.02 < need.width() || px.height() * 1.02 < need.height())
                continue;
            // Liked and talked-about landscape photos make good covers.
            const int score = m.likeCount * 2 + m.commentCount() * 3 + (e.aspect() >= 1.2 ? 5 : 0) +
                              qMin(e.width * e.height / 100000, 10);
            if (score > bestScore) {
                bestScore = score;
                best = &e;
            }
        }
    }
    return best ? best : largest;
}

QSize bookPictureSize(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    return reader.transformation() & QImageIOHandler::TransformationRotate90 ? size.transposed() : size;
}

// "12 March 2012 – 30 December 2012 · 63 memories · 40 photos" for a document's first page.
QString bookDescribeSelection(const QList<ExportMemory> &memories, int memoryCount, int photoCount)
{
    QDate first;
    QDate last;
    for (const ExportMemory &m : memories) {
        if (m.localMonth() == 0)
            continue;
        const QDate d = m.localTime().date();
        if (!first.isValid() || d < first)
            first = d;
        if (!last.isValid() || d > last)
            last = d;
    }
    QStringList parts;
    const QLocale locale;
    // The locale's long date without the weekday: "2 January 2011", "2011年1月2日".
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(QStringLiteral("dddd"));
    format = format.trimmed();
    while (format.startsWith(QLatin1Char(',')) || format.endsWith(QLatin1Char(',')))
        format = (format.startsWith(QLatin1Char(',')) ? format.mid(1) : format.chopped(1)).trimmed();
    if (first.isValid()) {
        parts << (first == last ? locale.toString(first, format)
                                : QCoreApplication::translate("BookLayout", "%1 – %2")
                                      .arg(locale.toString(first, format), locale.toString(last, format)));
    }
    parts << QCoreApplication::translate("BookLayout", "%n memories", nullptr, memoryCount);
    if (photoCount > 0)
        parts << QCoreApplication::translate("BookLayout", "%n photos", nullptr, photoCount);
    return parts.join(QStringLiteral(" · "));
}

} // namespace ks
