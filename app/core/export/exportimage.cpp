// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportimage.h"

#include "media/imagelimits.h"
#include "media/thumbnails.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <functional>

namespace ks {

namespace {

// Decodes @p path so that the stored (not yet turned) picture is about @p want pixels.
QImage decode(const QString &path, const std::function<QSize(QSize)> &want, int orientation, QString *error)
{
    QImageReader reader(path);
    reader.setAutoTransform(orientation == 0);
    reader.setDecideFormatFromContent(true);
    const QSize stored = reader.size();
    QSize decoded = stored;
    if (stored.isValid()) {
        const QSize target = want(stored);
        if (target.isValid() && target.width() < stored.width() && target.height() < stored.height()) {
            reader.setScaledSize(target);
            if (reader.format() == "jpeg") // decodes straight to the scaled size
                decoded = target;
        }
    }
    if (!imageDecodeAllowed(reader, decoded)) {
        if (error)
            *error = QStringLiteral("the picture says it is %1 × %2 pixels, too large to decode")
                         .arg(stored.width())
                         .arg(stored.height());
        return QImage();
    }
    QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = reader.errorString();
        return image;
    }
    if (orientation > 1)
        image = ThumbnailProvider::applyOrientation(image, orientation);
    // GIF/PNG with transparency print on white paper.
    if (image.hasAlphaChannel()) {
        image = ThumbnailProvider::flattenedOnWhite(image);
    } else if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_Grayscale8) {
        image = image.convertToFormat(QImage::Format_RGB32);
    }
    return image;
}

bool turned(int orientation)
{
    return orientation >= 5 && orientation <= 8;
}

} // namespace

QImage loadImageScaled(const QString &path, int maxSide, int orientation, QString *error)
{
    QImage image = decode(
        path, [maxSide](QSize s) { return s.scaled(maxSide, maxSide, Qt::KeepAspectRatio); }, orientation,
        error);
    if (!image.isNull() && qMax(image.width(), image.height()) > maxSide)
        image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

QImage loadImageFitting(const QString &path, const QSize &box, int orientation, QString *error)
{
    QImage image = decode(
        path,
        [&](QSize s) { return s.scaled(turned(orientation) ? box.transposed() : box, Qt::KeepAspectRatio); },
        orientation, error);
    if (!image.isNull() && (image.width() > box.width() || image.height() > box.height()))
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

QImage loadImageCovering(const QString &path, const QSize &target, int orientation, QString *error)
{
    QImage image = decode(
        path,
        [&](QSize s) {
            return s.scaled(turned(orientation) ? target.transposed() : target,
                            Qt::KeepAspectRatioByExpanding);
        },
        orientation, error);
    if (image.isNull())
        return image;
    if (image.width() > target.width() && image.height() > target.height())
        image = image.scaled(target, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    // Cut the middle part with the target's proportions.
    const double want = double(target.width()) / target.height();
    const double have = double(image.width()) / image.height();
    QRect cut = image.rect();
    if (have > want) {
        const int w = qMax(1, int(image.height() * want));
        cut = QRect((image.width() - w) / 2, 0, w, image.height());
    } else if (have < want) {
        const int h = qMax(1, int(image.width() / want));
        cut = QRect(0, (image.height() - h) / 2, image.width(), h);
    }
    return image.copy(cut);
}

bool writeWebCopy(const QString &source, const QString &target, int maxSide, int orientation, QString *error,
                  bool stripMetadata)
{
    QDir().mkpath(QFileInfo(target).absolutePath());
    QImageReader probe(source);
    probe.setDecideFormatFromContent(true);
    const QSize size = probe.size();
    const bool jpeg = probe.format() == "jpeg";
    if (!stripMetadata && jpeg && size.isValid() && qMax(size.width(), size.height()) <= maxSide &&
        orientation <= 1 && probe.transformation() == QImageIOHandler::TransformationNone) {
        QFile::remove(target);
        if (QFile::copy(source, target))
            return true;
    }
    const QImage image = loadImageScaled(source, maxSide, orientation, error);
    if (image.isNull())
        return false;
    QImageWriter writer(target, "jpeg");
    writer.setQuality(85);
    writer.setOptimizedWrite(true);
    if (!writer.write(image)) {
        if (error)
            *error = writer.errorString();
        return false;
    }
    return true;
}

} // namespace ks
