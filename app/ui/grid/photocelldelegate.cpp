// SPDX-License-Identifier: GPL-3.0-or-later
#include "photocelldelegate.h"

#include "media/thumbnails.h"
#include "models/photogridmodel.h"
#include "wall/walltheme.h"

#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

namespace ks {

namespace {

// The wall's delegate keeps its pixmaps under the same keys: a picture made for one is there for both.
QString cacheKey(const QString &key)
{
    return QStringLiteral("ksthumb:") + key;
}

QFont headerFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 1.25 : 12);
    return f;
}

} // namespace

PhotoCellDelegate::PhotoCellDelegate(ThumbnailProvider *thumbnails, QObject *parent)
    : QAbstractItemDelegate(parent), m_thumbnails(thumbnails)
{
    if (!m_thumbnails)
        return;
    connect(m_thumbnails, &ThumbnailProvider::ready, this, [this](const QString &key, const QImage &image) {
        QPixmap cached;
        if (!QPixmapCache::find(cacheKey(key), &cached))
            QPixmapCache::insert(cacheKey(key), QPixmap::fromImage(image));
        emit thumbnailsChanged();
    });
    connect(m_thumbnails, &ThumbnailProvider::failed, this, [this](const QString &key, const QString &) {
        m_failed.insert(key);
        emit thumbnailsChanged();
    });
}

int PhotoCellDelegate::headerHeight(const QFont &font)
{
    return qMax(44, QFontMetrics(headerFont(font)).height() + 18);
}

int PhotoCellDelegate::thumbnailSize(int side)
{
    return side <= 160 ? 160 : 320;
}

QSize PhotoCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(PhotoGridModel::RowTypeRole).toInt() == PhotoGridModel::HeaderRow)
        return QSize(option.rect.width(), headerHeight(option.font));
    return QSize(160, 160);
}

QString PhotoCellDelegate::requestThumbnail(const QModelIndex &index, int side, int priority) const
{
    if (!m_thumbnails)
        return QString();
    const QVariant v = index.data(PhotoGridModel::PhotoRole);
    if (!v.isValid())
        return QString();
    const GridPhoto photo = v.value<GridPhoto>();
    if (photo.sha256.isEmpty() || photo.filePath.isEmpty())
        return QString();
    const int size = thumbnailSize(side);
    const QString key = ThumbnailProvider::key(photo.sha256, size);
    QPixmap cached;
    if (m_failed.contains(key) || QPixmapCache::find(cacheKey(key), &cached))
        return QString();
    return m_thumbnails->request(photo.sha256, photo.filePath, size, photo.orientation, priority);
}

void PhotoCellDelegate::paintHeader(QPainter *p, const QRect &rect, const QModelIndex &index,
                                    const QFont &font) const
{
    const int month = index.data(PhotoGridModel::MonthRole).toInt();
    const QString title = month == 0
                              ? tr("Unknown date")
                              : QLocale().toString(QDate(month / 100, month % 100, 1), tr("MMMM yyyy"));
    const QString count = tr("%n photos", nullptr, index.data(PhotoGridModel::MonthCountRole).toInt());
    const QFont big = headerFont(font);
    const QFontMetrics fm(big);
    const int baseline = rect.top() + (rect.height() + fm.ascent() - fm.descent()) / 2 + 2;
    p->setFont(big);
    p->setPen(WallTheme::heading());
    p->drawText(rect.left() + 4, baseline, title);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.88 : 9);
    p->setFont(small);
    p->setPen(WallTheme::secondary());
    p->drawText(rect.left() + 4 + fm.horizontalAdvance(title) + 10, baseline, count);
}

void PhotoCellDelegate::paintCheck(QPainter *p, const QRect &cell, bool selected) const
{
    const int d = qBound(18, cell.width() / 6, 28);
    const QRectF circle(cell.left() + 8, cell.top() + 8, d, d);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    // A dark ring under a light one: visible on any picture.
    p->setPen(QPen(QColor(0, 0, 0, 110), 4));
    p->setBrush(Qt::NoBrush);
    p->drawEllipse(circle);
    if (selected) {
        p->setPen(QPen(Qt::white, 2));
        p->setBrush(WallTheme::current().accent);
        p->drawEllipse(circle);
        QPainterPath tick;
        tick.moveTo(circle.left() + d * 0.27, circle.top() + d * 0.52);
        tick.lineTo(circle.left() + d * 0.44, circle.top() + d * 0.69);
        tick.lineTo(circle.left() + d * 0.74, circle.top() + d * 0.34);
        p->setPen(QPen(WallTheme::current().accentText, qMax(2.0, d / 8.0), Qt::SolidLine, Qt::RoundCap,
                       Qt::RoundJoin));
        p->setBrush(Qt::NoBrush);
        p->drawPath(tick);
    } else {
        p->setPen(QPen(Qt::white, 2));
        p->setBrush(QColor(0, 0, 0, 40));
        p->drawEllipse(circle);
    }
    p->restore();
}

void PhotoCellDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    p->save();
    if (index.data(PhotoGridModel::RowTypeRole).toInt() == PhotoGridModel::HeaderRow) {
        paintHeader(p, option.rect, index, option.font);
        p->restore();
        return;
    }
    const QRect r = option.rect;
    const GridPhoto photo = index.data(PhotoGridModel::PhotoRole).value<GridPhoto>();
    const QString key =
        photo.sha256.isEmpty()
            ? QString()
            : ThumbnailProvider::key(photo.sha256, thumbnailSize(qMax(r.width(), r.height())));
    QPixmap pix;
    if (!key.isEmpty())
        QPixmapCache::find(cacheKey(key), &pix);
    QString label;
    if (photo.filePath.isEmpty())
        label = tr("Picture missing");
    else if (m_failed.contains(key))
        label = tr("Cannot show this picture");
    if (pix.isNull()) {
        p->fillRect(r, WallTheme::placeholder());
        if (!label.isEmpty() && r.width() > 48) {
            QFont small = option.font;
            small.setPointSizeF(option.font.pointSizeF() > 0 ? option.font.pointSizeF() * 0.85 : 8);
            p->setFont(small);
            p->setPen(WallTheme::secondary());
            p->drawText(r.adjusted(6, 6, -6, -6), Qt::AlignCenter | Qt::TextWordWrap, label);
        }
    } else {
        // Fill the square, cropping the middle of the picture.
        const QSizeF src = pix.size();
        const qreal scale = qMax(r.width() / src.width(), r.height() / src.height());
        const QSizeF crop(r.width() / scale, r.height() / scale);
        const QRectF source(QPointF((src.width() - crop.width()) / 2, (src.height() - crop.height()) / 2),
                            crop);
        p->setRenderHint(QPainter::SmoothPixmapTransform);
        p->drawPixmap(QRectF(r), pix, source);
    }
    if (photo.status == QLatin1String("damaged")) {
        // A small mark: what could be read of the file is shown.
        const QRect badge(r.left() + 6, r.bottom() - 22, 16, 16);
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0xc0, 0x39, 0x2b));
        p->drawEllipse(badge);
        p->setPen(Qt::white);
        p->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    }
    const bool selected = option.state & QStyle::State_Selected;
    if (selected) {
        // A veil and a frame in the theme's selection colour, and the tick: clear in every theme,
        // also on a picture of the same colour (the tick sits on its own ring).
        QColor veil = WallTheme::current().accent;
        veil.setAlpha(70);
        p->fillRect(r, veil);
        p->setPen(QPen(WallTheme::current().accent, 4));
        p->setBrush(Qt::NoBrush);
        p->drawRect(QRectF(r).adjusted(2, 2, -2, -2));
    }
    if (selected || m_selecting)
        paintCheck(p, r, selected);
    if (option.state & QStyle::State_HasFocus) {
        // The keyboard focus, in the theme's focus colour, just inside the cell.
        p->setPen(QPen(WallTheme::focus(), 3));
        p->setBrush(Qt::NoBrush);
        p->drawRect(QRectF(r).adjusted(1.5, 1.5, -1.5, -1.5));
        p->setPen(QPen(Qt::white, 1));
        p->drawRect(QRectF(r).adjusted(3.5, 3.5, -3.5, -3.5));
    }
    p->restore();
}

} // namespace ks
