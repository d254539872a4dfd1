// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorycarddelegate.h"
#include "memorycardstyle.h"

#include "media/thumbnails.h"
#include "text/qzonetext.h"
#include "walltheme.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

namespace ks {

using namespace card;

namespace {

QString thumbCacheKey(const QString &key)
{
    return QStringLiteral("ksthumb:") + key;
}

} // namespace

MemoryCardDelegate::MemoryCardDelegate(Database *database, ThumbnailProvider *thumbnails, QObject *parent)
    : QAbstractItemDelegate(parent), m_database(database), m_thumbnails(thumbnails), m_assets(database)
{
    // Enough for a few screens of thumbnails; the disk cache keeps the rest.
    if (QPixmapCache::cacheLimit() < 96 * 1024)
        QPixmapCache::setCacheLimit(96 * 1024);
    if (m_thumbnails) {
        connect(m_thumbnails, &ThumbnailProvider::ready, this,
                [this](const QString &key, const QImage &image) {
                    QPixmapCache::insert(thumbCacheKey(key), QPixmap::fromImage(image));
                    emit thumbnailsChanged();
                });
        connect(m_thumbnails, &ThumbnailProvider::failed, this, [this](const QString &key, const QString &) {
            m_failed.insert(key);
            emit thumbnailsChanged();
        });
    }
}

MemoryCardDelegate::~MemoryCardDelegate() = default;

int MemoryCardDelegate::headerHeight() const
{
    // Grows with the text size (View → Text Size), never below the classic 44 px.
    return qMax(kHeader, QFontMetrics(headerFont(m_font)).height() + 18);
}

void MemoryCardDelegate::setFont(const QFont &font)
{
    if (font == m_font)
        return;
    m_font = font;
    m_layouts.clear();
}

void MemoryCardDelegate::setHighlighter(const MatchHighlighter &highlighter)
{
    m_highlighter = highlighter;
    m_layouts.clear();
}

void MemoryCardDelegate::clearLayouts()
{
    m_layouts.clear();
    m_assets.clear();
}

QString MemoryCardDelegate::kindLabel(const QString &kind) const
{
    if (kind == QLatin1String("post"))
        return tr("Post");
    if (kind == QLatin1String("blog"))
        return tr("Blog");
    if (kind == QLatin1String("diary"))
        return tr("Diary");
    if (kind == QLatin1String("photos") || kind == QLatin1String("photo"))
        return tr("Photos");
    if (kind == QLatin1String("album"))
        return tr("Album");
    if (kind == QLatin1String("video"))
        return tr("Video");
    if (kind == QLatin1String("board"))
        return tr("Message board");
    if (kind == QLatin1String("favorite"))
        return tr("Favorite");
    if (kind == QLatin1String("share"))
        return tr("Share");
    if (kind == QLatin1String("visit"))
        return tr("Visit");
    return kind;
}

const WallMedia *MemoryCardDelegate::shownMedia(const WallItem &item, int index)
{
    return index >= 0 && index < item.media.size() ? &item.media.at(index) : nullptr;
}

QSize MemoryCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = option.rect.width() > 0 ? option.rect.width() : 600;
    if (index.data(WallModel::RowTypeRole).toInt() == WallModel::HeaderRow)
        return QSize(width, headerHeight());
    const QVariant v = index.data(WallModel::ItemRole);
    if (!v.isValid())
        return QSize(width, 120);
    return QSize(width, layoutFor(v.value<WallItem>(), width, m_font).height);
}

void MemoryCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    if (index.data(WallModel::RowTypeRole).toInt() == WallModel::HeaderRow) {
        paintHeader(painter, option.rect, index);
        return;
    }
    const QVariant v = index.data(WallModel::ItemRole);
    if (!v.isValid())
        return;
    const WallItem item = v.value<WallItem>();
    const Layout &l = layoutFor(item, option.rect.width(), m_font);
    painter->save();
    painter->setFont(m_font);
    paintCard(painter, option.rect, item, l, option.state & QStyle::State_HasFocus,
              option.state & QStyle::State_Selected);
    painter->restore();
}

void MemoryCardDelegate::paintHeader(QPainter *p, const QRect &rect, const QModelIndex &index) const
{
    p->save();
    p->fillRect(rect, WallTheme::background());
    QString title = index.data(HeaderTextRole).toString();
    QString count;
    if (title.isEmpty()) {
        const int month = index.data(WallModel::MonthRole).toInt();
        title = month == 0 ? tr("Unknown date")
                           : QLocale().toString(QDate(month / 100, month % 100, 1), tr("MMMM yyyy"));
        count = tr("%n memories", nullptr, index.data(WallModel::MonthCountRole).toInt());
    }
    const int cardWidth = qMax(200, qMin(rect.width() - 2 * kOuter, kMaxCard));
    const int x = rect.left() + (rect.width() - cardWidth) / 2 + 4;
    const QFont font = headerFont(m_font);
    p->setFont(font);
    p->setPen(WallTheme::heading());
    const QFontMetrics fm(font);
    const int baseline = rect.top() + (rect.height() + fm.ascent() - fm.descent()) / 2 + 2;
    p->drawText(x, baseline, title);
    if (!count.isEmpty()) {
        const int after = x + fm.horizontalAdvance(title) + 10;
        p->setFont(smallFont(m_font));
        p->setPen(WallTheme::secondary());
        p->drawText(after, baseline, count);
    }
    p->restore();
}

void MemoryCardDelegate::paintCard(QPainter *p, const QRect &rect, const WallItem &item, const Layout &l,
                                   bool current, bool selected) const
{
    p->setRenderHint(QPainter::Antialiasing);
    const QRect card = l.card.translated(rect.topLeft());
    QPainterPath path;
    path.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    p->fillPath(path, selected ? WallTheme::selection() : WallTheme::card());
    p->setPen(QPen(selected ? WallTheme::accent() : WallTheme::border(), selected ? 2 : 1));
    p->drawPath(path);
    if (current) {
        // The keyboard focus: a thick ring just outside the card, in the theme's focus colour.
        QPainterPath ring;
        ring.addRoundedRect(QRectF(card).adjusted(-3, -3, 3, 3), 12, 12);
        p->setPen(QPen(WallTheme::focus(), 3));
        p->drawPath(ring);
    }
    if (selected) {
        // A check mark in the corner, so a multi-selection reads at a glance.
        const QRectF badge(card.right() - 30, card.top() + 8, 20, 20);
        p->setBrush(WallTheme::current().accent);
        p->setPen(Qt::NoPen);
        p->drawEllipse(badge);
        p->setPen(QPen(WallTheme::current().accentText, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->drawPolyline(QPolygonF{badge.topLeft() + QPointF(5, 10.5), badge.topLeft() + QPointF(8.5, 14),
                                  badge.topLeft() + QPointF(15, 6.5)});
        p->setBrush(Qt::NoBrush);
    }

    const QPoint at = rect.topLeft();
    paintHeaderLine(p, at, item, l);
    if (!l.title.isEmpty()) {
        const QFont base = p->font();
        p->setFont(titleFont(base));
        p->setPen(WallTheme::text());
        const QRect r = l.titleRect.translated(at);
        p->drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(p->font()).elidedText(l.title, Qt::ElideRight, r.width()));
        p->setFont(base);
    }
    if (l.text.layout)
        paintText(p, at, l.text);
    if (l.repost.layout) {
        QPainterPath box;
        box.addRoundedRect(QRectF(l.repostBox.translated(at)), 6, 6);
        p->fillPath(box, WallTheme::tint());
        paintText(p, at, l.repost);
    }
    paintCells(p, at, item, l);
    paintFooter(p, at, l);
}

void MemoryCardDelegate::paintHeaderLine(QPainter *p, const QPoint &at, const WallItem &item,
                                         const Layout &l) const
{
    const QFont base = p->font();
    const QRect avatarRect = l.avatar.translated(at);
    const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : 1.0;
    const QString cacheKey =
        QStringLiteral("ksavatar:%1:%2:%3:%4").arg(item.authorUin, l.name).arg(avatarRect.width()).arg(dpr);
    QPixmap avatar;
    if (!QPixmapCache::find(cacheKey, &avatar)) {
        avatar = WallAssets::roundAvatar(m_assets.avatar(item.authorUin), l.name, avatarRect.width(), dpr);
        QPixmapCache::insert(cacheKey, avatar);
    }
    p->drawPixmap(avatarRect.topLeft(), avatar);

    p->setFont(boldFont(base));
    p->setPen(WallTheme::text());
    const QRect nameRect = l.nameRect.translated(at);
    const QFont small = smallFont(base);
    if (l.compact) {
        const int metaWidth = QFontMetrics(small).horizontalAdvance(l.meta);
        const int nameWidth = qMax(20, nameRect.width() - metaWidth - 12);
        p->drawText(QRect(nameRect.left(), nameRect.top(), nameWidth, nameRect.height()),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(p->font()).elidedText(l.name, Qt::ElideRight, nameWidth));
        p->setFont(small);
        p->setPen(WallTheme::secondary());
        p->drawText(nameRect, Qt::AlignRight | Qt::AlignVCenter, l.meta);
    } else {
        p->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(p->font()).elidedText(l.name, Qt::ElideRight, nameRect.width()));
        p->setFont(small);
        p->setPen(WallTheme::secondary());
        p->drawText(l.metaRect.translated(at), Qt::AlignLeft | Qt::AlignVCenter, l.meta);
    }
    p->setFont(base);
}

void MemoryCardDelegate::paintText(QPainter *p, const QPoint &at, const TextBlock &block) const
{
    p->setPen(WallTheme::text());
    const QPointF origin = block.origin + at;
    block.layout->draw(p, origin);
    for (const auto &[pos, id] : block.emoticons) {
        const QTextLine line = block.layout->lineForTextPosition(pos);
        if (!line.isValid())
            continue;
        const QPixmap pix = m_assets.emoticon(id);
        const qreal x = line.cursorToX(pos);
        const qreal w = line.cursorToX(pos + 1) - x;
        const qreal side = qMin(line.height(), qMax(w, line.height() * 0.9));
        const QRectF target(origin.x() + x + (w - side) / 2,
                            origin.y() + line.y() + (line.height() - side) / 2, side, side);
        p->drawPixmap(target, pix, QRectF(pix.rect()));
    }
}

QPixmap MemoryCardDelegate::thumbnail(const WallMedia &media, int size) const
{
    QPixmap pix;
    if (!media.sha256.isEmpty())
        QPixmapCache::find(thumbCacheKey(ThumbnailProvider::key(media.sha256, size)), &pix);
    return pix;
}

void MemoryCardDelegate::paintPlaceholder(QPainter *p, const QRect &r, const QString &label) const
{
    p->fillRect(r, WallTheme::placeholder());
    if (!label.isEmpty() && r.width() > 48) {
        p->setPen(WallTheme::secondary());
        p->setFont(smallFont(p->font()));
        p->drawText(r.adjusted(4, 4, -4, -4), Qt::AlignCenter | Qt::TextWordWrap, label);
    }
}

void MemoryCardDelegate::paintCells(QPainter *p, const QPoint &at, const WallItem &item,
                                    const Layout &l) const
{
    const QFont base = p->font();
    for (const Cell &cell : l.cells) {
        const QRect r = cell.rect.translated(at);
        const WallMedia *m = shownMedia(item, cell.media);
        p->save();
        QPainterPath clip;
        clip.addRoundedRect(QRectF(r), 4, 4);
        p->setClipPath(clip);
        QString label;
        if (!m)
            label = l.video ? tr("No poster") : QString();
        else if (m->status == QLatin1String("missing") || m->filePath.isEmpty())
            label = tr("Picture missing");
        else if (m->status == QLatin1String("damaged"))
            label = tr("Picture damaged");
        else if (m->status == QLatin1String("placeholder"))
            label = tr("QQ placeholder");
        else if (m_failed.contains(ThumbnailProvider::key(m->sha256, cell.thumbSize)))
            label = tr("Cannot show this picture");
        const QPixmap pix = (m && label.isEmpty()) ? thumbnail(*m, cell.thumbSize) : QPixmap();
        if (pix.isNull()) {
            paintPlaceholder(p, r, label);
        } else {
            // Cover the cell, cropping the middle.
            const QSizeF src = pix.size();
            const qreal scale = qMax(r.width() / src.width(), r.height() / src.height());
            const QSizeF crop(r.width() / scale, r.height() / scale);
            const QRectF source(QPointF((src.width() - crop.width()) / 2, (src.height() - crop.height()) / 2),
                                crop);
            p->setRenderHint(QPainter::SmoothPixmapTransform);
            p->drawPixmap(QRectF(r), pix, source);
        }
        if (!cell.overlay.isEmpty()) {
            p->fillRect(r, QColor(0, 0, 0, 110));
            QFont f = base;
            f.setBold(true);
            f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 1.4 : 14);
            p->setFont(f);
            p->setPen(Qt::white);
            p->drawText(r, Qt::AlignCenter, cell.overlay);
        }
        if (l.video) {
            const int d = qMin(56, qMin(r.width(), r.height()) / 2);
            const QRectF badge(r.center().x() - d / 2.0, r.center().y() - d / 2.0, d, d);
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0, 0, 0, 120));
            p->drawEllipse(badge);
            QPolygonF triangle;
            triangle << QPointF(badge.left() + d * 0.40, badge.top() + d * 0.30)
                     << QPointF(badge.left() + d * 0.40, badge.top() + d * 0.70)
                     << QPointF(badge.left() + d * 0.72, badge.center().y());
            p->setBrush(Qt::white);
            p->drawPolygon(triangle);
            if (!l.duration.isEmpty()) {
                p->setFont(smallFont(base));
                const QFontMetrics fm(p->font());
                const QRect pill(r.right() - fm.horizontalAdvance(l.duration) - 16,
                                 r.bottom() - fm.height() - 10, fm.horizontalAdvance(l.duration) + 10,
                                 fm.height() + 4);
                p->setBrush(QColor(0, 0, 0, 140));
                p->drawRoundedRect(pill, 4, 4);
                p->setPen(Qt::white);
                p->drawText(pill, Qt::AlignCenter, l.duration);
            }
        }
        p->restore();
    }
    p->setFont(base);
}

void MemoryCardDelegate::paintFooter(QPainter *p, const QPoint &at, const Layout &l) const
{
    if (l.footer.isNull())
        return;
    const QFont base = p->font();
    p->setFont(smallFont(base));
    p->setPen(WallTheme::secondary());
    const QRect r = l.footer.translated(at);
    const QFontMetrics fm(p->font());
    const int rightWidth = fm.horizontalAdvance(l.footerRight);
    p->drawText(r, Qt::AlignRight | Qt::AlignVCenter, l.footerRight);
    p->drawText(QRect(r.left(), r.top(), qMax(0, r.width() - rightWidth - 16), r.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(l.footerLeft, Qt::ElideRight, qMax(0, r.width() - rightWidth - 16)));
    p->setFont(base);
}

QStringList MemoryCardDelegate::requestThumbnails(const QModelIndex &index, int width, int priority) const
{
    QStringList keys;
    if (!m_thumbnails || index.data(WallModel::RowTypeRole).toInt() == WallModel::HeaderRow)
        return keys;
    const QVariant v = index.data(WallModel::ItemRole);
    if (!v.isValid())
        return keys;
    const WallItem item = v.value<WallItem>();
    const Layout &l = layoutFor(item, width, m_font);
    for (const Cell &cell : l.cells) {
        const WallMedia *m = shownMedia(item, cell.media);
        if (!m || m->sha256.isEmpty() || m->filePath.isEmpty() || m->status != QLatin1String("ok"))
            continue;
        const QString key = ThumbnailProvider::key(m->sha256, cell.thumbSize);
        QPixmap cached;
        if (m_failed.contains(key) || QPixmapCache::find(thumbCacheKey(key), &cached))
            continue;
        keys << m_thumbnails->request(m->sha256, m->filePath, cell.thumbSize, m->orientation, priority);
    }
    return keys;
}

int MemoryCardDelegate::mediaIndexAt(const QModelIndex &index, int width, const QPoint &pos) const
{
    const QVariant v = index.data(WallModel::ItemRole);
    if (!v.isValid())
        return -1;
    const WallItem item = v.value<WallItem>();
    const Layout &l = layoutFor(item, width, m_font);
    for (const Cell &cell : l.cells) {
        if (cell.rect.contains(pos))
            return cell.media;
    }
    return -1;
}

} // namespace ks
