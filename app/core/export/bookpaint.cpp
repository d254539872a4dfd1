// SPDX-License-Identifier: GPL-3.0-or-later
// Painting a laid-out book onto a paged device (a PDF writer or a printer): photos decoded a
// few pages ahead on the thread pool, text drawn line by line with its emoticons.
#include "booklayout.h"
#include "themes.h"

#include "exportimage.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QThreadPool>
#include <QtConcurrent>
#include <cmath>

namespace ks {

namespace {

struct ImageJob
{
    QString path;
    int orientation = 0;
    QSize pixels;
    bool crop = false;
};

QImage loadJob(const ImageJob &job)
{
    return job.crop ? loadImageCovering(job.path, job.pixels, job.orientation)
                    : loadImageFitting(job.path, job.pixels, job.orientation);
}

void paintText(QPainter &p, const PageItem &item, QHash<QString, QImage> &emoticons)
{
    if (!item.layout || item.lineCount <= 0)
        return;
    p.setPen(item.color);
    const QTextLine first = item.layout->lineAt(item.firstLine);
    const QPointF origin(item.rect.left(), item.rect.top() - first.y());
    for (int i = item.firstLine; i < item.firstLine + item.lineCount && i < item.layout->lineCount(); ++i) {
        const QTextLine line = item.layout->lineAt(i);
        line.draw(&p, origin);
        for (const auto &e : item.emoticons) {
            if (e.first < line.textStart() || e.first >= line.textStart() + line.textLength())
                continue;
            auto it = emoticons.find(e.second);
            if (it == emoticons.end())
                it = emoticons.insert(e.second, QImage(e.second).convertToFormat(QImage::Format_ARGB32));
            const double size = (line.ascent() + line.descent()) * 0.92;
            const double x = origin.x() + line.cursorToX(e.first);
            const double y = origin.y() + line.y() + (line.height() - size) / 2;
            if (!it->isNull())
                p.drawImage(QRectF(x, y, size, size), *it);
        }
    }
}

} // namespace

ExportResult paintBook(const BookDocument &doc, QPagedPaintDevice *device, const ExportProgress &progress,
                       const std::atomic_bool *cancel, int from, int to)
{
    ExportResult result;
    result.memories = doc.memoryCount;
    result.photos = doc.photoCount; // counted as everywhere in the app, not pictures painted
    const BookStyle &style = bookStyleById(doc.options.style);
    if (to < 0 || to >= doc.pages.size())
        to = int(doc.pages.size()) - 1;
    from = qMax(0, from);
    QPainter painter;
    if (!painter.begin(device)) {
        result.error = QStringLiteral("cannot paint on the output device");
        return result;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const double scale = device->logicalDpiX() / kUnitsPerInch;
    const double pixelsPerUnit = doc.options.imageDpi / kUnitsPerInch;

    // Every picture in painting order, decoded a little ahead on the thread pool.
    QList<ImageJob> jobs;
    QList<QList<int>> jobsOfPage;
    for (int p = from; p <= to; ++p) {
        QList<int> ids;
        for (const PageItem &item : doc.pages.at(p).items) {
            if (item.kind != PageItem::Image || item.imagePath.isEmpty())
                continue;
            ImageJob job;
            job.path = item.imagePath;
            job.orientation = item.orientation;
            job.crop = item.crop;
            job.pixels = QSize(qMax(1, int(std::ceil(item.rect.width() * pixelsPerUnit))),
                               qMax(1, int(std::ceil(item.rect.height() * pixelsPerUnit))));
            ids << int(jobs.size());
            jobs.append(job);
        }
        jobsOfPage.append(ids);
    }
    QList<QFuture<QImage>> futures(jobs.size());
    const int ahead = qMax(8, QThreadPool::globalInstance()->maxThreadCount() * 4);
    int submitted = 0;
    auto submitUpTo = [&](int limit) {
        for (; submitted < jobs.size() && submitted < limit; ++submitted) {
            const ImageJob job = jobs.at(submitted);
            futures[submitted] = QtConcurrent::run([job] { return loadJob(job); });
        }
    };

    QHash<QString, QImage> emoticons;
    const QFont headerFont = bookFont(doc.options.sansFamily, 7.5);
    const QRectF trim = doc.trimBox;
    const QRectF box = doc.contentBox;
    for (int p = from; p <= to; ++p) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            break;
        }
        if (p > from && !device->newPage()) {
            result.error = QStringLiteral("cannot start a new page");
            break;
        }
        const BookPage &page = doc.pages.at(p);
        painter.save();
        painter.scale(scale, scale);
        if (style.band.alpha() > 0) {
            // The style's band across the page top, behind the running header (bleeds off the edge).
            const double bandBottom = trim.top() + (box.top() - trim.top()) * 0.45 + 5 * kUnitsPerPoint;
            painter.fillRect(QRectF(0, 0, doc.pageSize.width(), bandBottom), style.band);
            if (style.ornament.alpha() > 0)
                painter.fillRect(QRectF(0, bandBottom, doc.pageSize.width(), 1.2 * kUnitsPerPoint),
                                 style.ornament);
        }
        int nextJob = 0;
        const QList<int> &pageJobs = jobsOfPage.at(p - from);
        for (const PageItem &item : page.items) {
            switch (item.kind) {
            case PageItem::Text:
                paintText(painter, item, emoticons);
                break;
            case PageItem::Fill:
                painter.fillRect(item.rect, item.color);
                break;
            case PageItem::Rule: {
                QPen pen(item.color, 0.5 * kUnitsPerPoint, Qt::DotLine);
                painter.setPen(pen);
                painter.drawLine(item.rect.topLeft(), item.rect.topRight());
                break;
            }
            case PageItem::Image: {
                QImage image;
                if (!item.imagePath.isEmpty() && nextJob < pageJobs.size()) {
                    const int id = pageJobs.at(nextJob++);
                    submitUpTo(id + ahead);
                    image = futures[id].result();
                    futures[id] = QFuture<QImage>(); // free it once painted
                }
                if (image.isNull()) {
                    if (!item.imagePath.isEmpty())
                        ++result.problems;
                    painter.fillRect(item.rect, style.tint);
                    painter.setPen(style.muted);
                    painter.setFont(bookFont(doc.options.sansFamily, 8));
                    painter.drawText(item.rect, Qt::AlignCenter,
                                     item.placeholder.isEmpty()
                                         ? QCoreApplication::translate("BookLayout", "Photo cannot be read")
                                         : item.placeholder);
                    break;
                }
                result.photoBytes += QFileInfo(item.imagePath).size();
                // Fit inside the rect, centred (crop jobs already have its proportions).
                QSizeF size = QSizeF(image.size()).scaled(item.rect.size(), Qt::KeepAspectRatio);
                const QRectF target(item.rect.center() - QPointF(size.width() / 2, size.height() / 2), size);
                painter.drawImage(target, image);
                break;
            }
            }
        }
        // Running header and page number, inside the trim box.
        painter.setFont(headerFont);
        painter.setPen(style.muted);
        const double headerY = trim.top() + (box.top() - trim.top()) * 0.45;
        if (!page.header.isEmpty()) {
            const QRectF line(box.left(), headerY - 12 * kUnitsPerPoint, box.width(), 12 * kUnitsPerPoint);
            painter.drawText(line, Qt::AlignLeft | Qt::AlignBottom, doc.runningTitle);
            painter.drawText(line, Qt::AlignRight | Qt::AlignBottom, page.header);
            painter.setPen(QPen(style.rule, 0.4 * kUnitsPerPoint));
            painter.drawLine(QPointF(box.left(), headerY + 2 * kUnitsPerPoint),
                             QPointF(box.right(), headerY + 2 * kUnitsPerPoint));
        }
        if (page.showNumber) {
            painter.setPen(style.muted);
            const double numberY = box.bottom() + (trim.bottom() - box.bottom()) * 0.45;
            painter.drawText(QRectF(box.left(), numberY, box.width(), 12 * kUnitsPerPoint),
                             Qt::AlignHCenter | Qt::AlignTop, QString::number(page.number));
        }
        painter.restore();
        ++result.pages;
        if (progress)
            progress(p - from + 1, to - from + 1, QStringLiteral("page"));
    }
    // Let running decodes end before their futures go away.
    for (QFuture<QImage> &f : futures) {
        if (f.isValid())
            f.waitForFinished();
    }
    painter.end();
    result.ok = result.error.isEmpty() && !result.cancelled;
    return result;
}

} // namespace ks
