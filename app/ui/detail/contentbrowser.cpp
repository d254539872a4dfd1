// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentbrowser.h"

#include "detaildata.h"
#include "wall/walltheme.h"

#include <QImageReader>
#include <QPainter>
#include <QScrollBar>
#include <QTextDocument>
#include <QUrlQuery>

namespace ks {

namespace {

// Reads a picture scaled so that it fits @p box (a scaled decode: JPEGs are never read at full size).
QImage readScaled(const QString &path, QSize box, bool crop)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (size.isValid() && box.isValid()) {
        const QSize target = size.scaled(box, crop ? Qt::KeepAspectRatioByExpanding : Qt::KeepAspectRatio);
        if (target.width() < size.width())
            reader.setScaledSize(target);
    }
    QImage image = reader.read();
    if (image.isNull())
        return image;
    // EXIF rotation may swap sides after the scaled decode; fit again.
    if (crop) {
        image = image.scaled(box, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        image = image.copy((image.width() - box.width()) / 2, (image.height() - box.height()) / 2,
                           box.width(), box.height());
    } else if (image.width() > box.width() || image.height() > box.height()) {
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return image;
}

} // namespace

ContentBrowser::ContentBrowser(Database &database, QWidget *parent)
    : QTextBrowser(parent), m_database(database)
{
    setOpenExternalLinks(false);
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(16);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("ks-open"))
            emit mediaActivated(url.path().toInt());
        // Anything else (web links) is not followed: the app never goes online.
    });
}

QImage ContentBrowser::placeholder(const QString &text, QSize size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(WallTheme::placeholder());
    QPainter p(&image);
    p.setPen(WallTheme::border());
    p.drawRect(image.rect().adjusted(0, 0, -1, -1));
    p.setPen(WallTheme::secondary());
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    p.setFont(f);
    p.drawText(image.rect().adjusted(6, 6, -6, -6), Qt::AlignCenter | Qt::TextWordWrap, text);
    return image;
}

QVariant ContentBrowser::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource) {
        ++m_refused;
        return QVariant();
    }
    const QString scheme = name.scheme();
    const QString value = name.path();
    if (scheme == QLatin1String("ks-emoticon")) {
        const QString path = detaildata::emoticonPath(m_database, value);
        QImage image(path);
        if (!image.isNull())
            return image;
        return placeholder(QString(), QSize(20, 20));
    }
    if (scheme == QLatin1String("ks-avatar")) {
        const QImage image = readScaled(detaildata::avatarPath(m_database, value), QSize(40, 40), true);
        return image.isNull() ? placeholder(QString(), QSize(40, 40)) : image;
    }
    if (scheme == QLatin1String("ks-thumb") || scheme == QLatin1String("ks-media")) {
        const bool thumb = scheme == QLatin1String("ks-thumb");
        const QString path = detailmedia::vaultFile(m_database, value.toLongLong());
        const int width = qMax(200, viewport()->width() - 2 * int(document()->documentMargin()) - 8);
        // ks-thumb:<id>?size=<side>: the grid asks for the side it lays the picture out at.
        int side = kThumbSize;
        if (thumb && name.hasQuery())
            side = qBound(48, QUrlQuery(name).queryItemValue(QStringLiteral("size")).toInt(), 640);
        const QSize box = thumb ? QSize(side, side) : QSize(qMin(width, 900), 2000);
        const QImage image = path.isEmpty() ? QImage() : readScaled(path, box, thumb);
        if (!image.isNull())
            return image;
        return placeholder(tr("This picture is not in the library"), thumb ? box : QSize(240, 120));
    }
    if (scheme == QLatin1String("ks-missing"))
        return placeholder(tr("Picture not kept by the export"), QSize(200, 90));
    ++m_refused; // file:, http:, relative paths: never loaded
    return QVariant();
}

} // namespace ks
