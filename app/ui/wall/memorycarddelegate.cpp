// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorycarddelegate.h"

#include "media/thumbnails.h"
#include "text/qzonetext.h"
#include "walltheme.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>
#include <QTextLayout>

namespace ks {

namespace {

constexpr int kOuter = MemoryCardDelegate::kCardMargin;         // space left and right of a card
constexpr int kMaxCard = MemoryCardDelegate::kComfortableWidth; // cards stay readable on wide windows
constexpr int kPad = 16;                                        // inside a card
constexpr int kAvatar = 40;
constexpr int kSmallAvatar = 28;
constexpr int kGap = 10;      // between parts of a card
constexpr int kCellGap = 4;   // between photos
constexpr int kBottom = 12;   // between cards
constexpr int kHeader = 44;   // month header rows
constexpr int kLineExtra = 3; // a little air between text lines

int thumbBucket(int side)
{
    return side <= 160 ? 160 : (side <= 320 ? 320 : 480);
}

QString thumbCacheKey(const QString &key)
{
    return QStringLiteral("ksthumb:") + key;
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.88 : 9);
    return f;
}

QFont boldFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

QFont headerFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 1.25 : 12);
    return f;
}

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 1.15 : 11);
    return f;
}

bool isCompactKind(const QString &kind)
{
    return kind == QLatin1String("favorite") || kind == QLatin1String("share") ||
           kind == QLatin1String("visit") || kind == QLatin1String("album");
}

QString durationText(qint64 ms)
{
    if (ms <= 0)
        return QString();
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// Indexes of the media a card shows as pictures: images and video posters.
QList<int> pictureIndexes(const WallItem &item)
{
    QList<int> out;
    for (int i = 0; i < item.media.size() && out.size() < 9; ++i) {
        const QString &role = item.media.at(i).role;
        if (role == QLatin1String("image") || role == QLatin1String("poster"))
            out << i;
    }
    return out;
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

MemoryCardDelegate::TextBlock MemoryCardDelegate::layoutText(const QString &raw, const QFont &font, int width,
                                                             int maxLines, const QColor &link) const
{
    TextBlock block;
    if (raw.trimmed().isEmpty() || width <= 0)
        return block;
    const QzoneDisplayText display = qzoneDisplayText(raw.trimmed());
    // Emoticons whose picture the export kept stay one placeholder character; the others become text.
    QString text;
    QList<QTextLayout::FormatRange> formats;
    QTextCharFormat linkFormat;
    linkFormat.setForeground(link);
    int last = 0;
    for (const QzoneSpan &span : display.spans) {
        text += QStringView(display.text).mid(last, span.start - last);
        last = span.start + span.length;
        if (span.kind == QzoneSpan::Emoticon) {
            if (!m_assets.emoticon(span.value).isNull()) {
                block.emoticons.append({int(text.size()), span.value});
                text += kEmoticonPlaceholder;
            } else {
                text += tr("[emoticon]");
            }
            continue;
        }
        formats.append(QTextLayout::FormatRange{int(text.size()), span.length, linkFormat});
        text += QStringView(display.text).mid(span.start, span.length);
    }
    text += QStringView(display.text).mid(last);
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    if (!m_highlighter.isEmpty()) {
        QTextCharFormat mark;
        mark.setBackground(WallTheme::highlight());
        mark.setForeground(WallTheme::highlightText());
        mark.setFontWeight(QFont::DemiBold);
        for (const MatchRange &r : m_highlighter.ranges(text))
            formats.append(QTextLayout::FormatRange{r.start, r.length, mark});
    }

    auto build = [&](const QString &t) {
        auto layout = std::make_shared<QTextLayout>(t, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->setFormats(formats);
        layout->setCacheEnabled(true);
        layout->beginLayout();
        qreal y = 0;
        int lines = 0;
        bool more = false;
        while (true) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            if (lines == maxLines) {
                more = true;
                break;
            }
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height() + kLineExtra;
            ++lines;
        }
        layout->endLayout();
        return std::make_tuple(layout, int(y) - (lines > 0 ? kLineExtra : 0), more);
    };
    auto [layout, height, more] = build(text);
    if (more) {
        // Cut after the last line that fits and end with an ellipsis; the detail view has the rest.
        const QTextLine lastLine = layout->lineAt(layout->lineCount() - 1);
        int cut = lastLine.textStart() + lastLine.textLength();
        const QString ellipsis = QStringLiteral("…");
        const QFontMetrics fm(font);
        while (cut > lastLine.textStart() && lastLine.cursorToX(cut) + fm.horizontalAdvance(ellipsis) > width)
            --cut;
        text = text.left(cut).trimmed() + ellipsis;
        while (!block.emoticons.isEmpty() && block.emoticons.last().first >= text.size() - 1)
            block.emoticons.removeLast();
        for (QTextLayout::FormatRange &range : formats)
            range.length = qMax(0, qMin(range.length, int(text.size()) - 1 - range.start));
        std::tie(layout, height, more) = build(text);
    }
    block.layout = layout;
    block.height = height;
    return block;
}

QList<MemoryCardDelegate::Cell> MemoryCardDelegate::photoGrid(const WallItem &item, int x, int y,
                                                              int width) const
{
    QList<Cell> cells;
    const QList<int> pics = pictureIndexes(item);
    const int n = int(pics.size());
    if (n == 0)
        return cells;
    if (n == 1) {
        const WallMedia &m = item.media.at(pics.first());
        int w = m.width;
        int h = m.height;
        if (m.orientation >= 5 && m.orientation <= 8)
            std::swap(w, h);
        qreal ratio = (w > 0 && h > 0) ? qreal(w) / h : 4.0 / 3.0;
        ratio = qBound(0.5, ratio, 2.2);
        int cw;
        int ch;
        if (ratio >= 1) {
            cw = qMin(width, 400);
            ch = int(cw / ratio);
        } else {
            ch = 340;
            cw = qMin(width, int(ch * ratio));
            ch = int(cw / ratio);
        }
        Cell c;
        c.rect = QRect(x, y, cw, ch);
        c.media = pics.first();
        c.thumbSize = thumbBucket(qMin(cw, ch) < 320 ? qMax(cw, ch) / 2 : qMin(cw, ch));
        cells << c;
    } else {
        const int cols = n <= 4 ? 2 : 3;
        const int side = qMax(40, qMin((width - (cols - 1) * kCellGap) / cols, cols == 2 ? 170 : 150));
        for (int i = 0; i < n; ++i) {
            Cell c;
            c.rect =
                QRect(x + (i % cols) * (side + kCellGap), y + (i / cols) * (side + kCellGap), side, side);
            c.media = pics.at(i);
            c.thumbSize = thumbBucket(side);
            cells << c;
        }
    }
    if (item.mediaTotal > item.media.size() && !cells.isEmpty())
        cells.last().overlay = QStringLiteral("+%1").arg(item.mediaTotal - item.media.size());
    return cells;
}

MemoryCardDelegate::Layout MemoryCardDelegate::computeLayout(const WallItem &item, int width,
                                                             const QFont &font) const
{
    Layout l;
    l.width = width;
    l.compact = isCompactKind(item.kind);
    const int cardWidth = qMax(200, qMin(width - 2 * kOuter, kMaxCard));
    l.card = QRect((width - cardWidth) / 2, 0, cardWidth, 0);
    const int x0 = l.card.left() + kPad;
    const int innerWidth = cardWidth - 2 * kPad;
    const QFont small = smallFont(font);
    const QFontMetrics fm(font);
    const QFontMetrics smallFm(small);
    const QFontMetrics boldFm(boldFont(font));

    // Header line: avatar, name, kind and time.
    const int avatar = l.compact ? kSmallAvatar : kAvatar;
    l.avatar = QRect(x0, kPad, avatar, avatar);
    l.name = item.author.isEmpty() ? tr("Me") : item.author;
    const QDateTime t = item.localTime();
    const QString when = t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : tr("Unknown date");
    l.meta = kindLabel(item.kind) + QStringLiteral(" · ") + when;
    const int textX = x0 + avatar + 10;
    const int textWidth = l.card.right() - kPad - textX;
    if (l.compact) {
        l.nameRect = QRect(textX, kPad + (avatar - boldFm.height()) / 2, textWidth, boldFm.height());
        l.metaRect = l.nameRect; // drawn right-aligned on the same line
    } else {
        const int block = boldFm.height() + 2 + smallFm.height();
        const int top = kPad + (avatar - block) / 2;
        l.nameRect = QRect(textX, top, textWidth, boldFm.height());
        l.metaRect = QRect(textX, top + boldFm.height() + 2, textWidth, smallFm.height());
    }
    int y = kPad + avatar + kGap;

    QString body = item.text;
    int maxLines = 10;
    if (item.kind == QLatin1String("blog") || item.kind == QLatin1String("diary")) {
        l.title = item.title.isEmpty() ? tr("(untitled)") : item.title;
        body = qzonePlainText(item.text, true);
        maxLines = 4;
    } else if (item.kind == QLatin1String("photos")) {
        body = item.albumName.isEmpty()
                   ? tr("Uploaded %n photo(s)", nullptr, item.itemCount)
                   : tr("Uploaded %n photo(s) to 《%1》", nullptr, item.itemCount).arg(item.albumName);
        maxLines = 2;
    } else if (item.kind == QLatin1String("video")) {
        if (!item.title.isEmpty() && item.text.isEmpty())
            body = item.title;
        maxLines = 4;
    } else if (item.kind == QLatin1String("board")) {
        maxLines = 8;
    } else if (l.compact) {
        if (item.kind == QLatin1String("visit") && body.isEmpty() && item.title.isEmpty())
            body = tr("visited your space");
        else if (!item.title.isEmpty())
            body = body.isEmpty() ? item.title : item.title + QStringLiteral(" — ") + body;
        maxLines = 2;
    }
    if (!l.title.isEmpty()) {
        const QFontMetrics titleFm(titleFont(font));
        l.titleRect = QRect(x0, y, innerWidth, titleFm.height());
        y += titleFm.height() + 6;
    }
    if (!m_highlighter.isEmpty()) {
        // A long text whose match lies past what the card shows gets the passage around it.
        const QList<MatchRange> hits = m_highlighter.ranges(body);
        if (!hits.isEmpty() && hits.first().start > 80)
            body = m_highlighter.snippet(body, 160, QString(), QString());
    }
    l.text = layoutText(body, font, innerWidth, maxLines, WallTheme::link());
    if (l.text.layout) {
        l.text.origin = QPoint(x0, y);
        y += l.text.height + kGap;
    }

    // A repost shows the original inside a tinted box.
    const QJsonObject repost = item.extra.value(QLatin1String("repost")).toObject();
    const QString repostText = repost.value(QLatin1String("text")).toString();
    if (!repostText.isEmpty()) {
        const QString who = repost.value(QLatin1String("name")).toString();
        const QString uin = repost.value(QLatin1String("uin")).toString();
        const QString raw =
            who.isEmpty()
                ? repostText
                : QStringLiteral("@{uin:%1,nick:%2}：").arg(uin.isEmpty() ? who : uin, who) + repostText;
        l.repost = layoutText(raw, font, innerWidth - 20, 5, WallTheme::link());
        if (l.repost.layout) {
            l.repostBox = QRect(x0, y, innerWidth, l.repost.height + 20);
            l.repost.origin = QPoint(x0 + 10, y + 10);
            y += l.repostBox.height() + kGap;
        }
    }

    // Pictures.
    const QList<int> pics = pictureIndexes(item);
    if (item.kind == QLatin1String("photos")) {
        const int shown = qMin(5, int(pics.size()));
        const int side = qMin((innerWidth - 4 * kCellGap) / 5, 116);
        for (int i = 0; i < shown; ++i) {
            Cell c;
            c.rect = QRect(x0 + i * (side + kCellGap), y, side, side);
            c.media = pics.at(i);
            c.thumbSize = thumbBucket(side);
            l.cells << c;
        }
        if (item.itemCount > shown && !l.cells.isEmpty())
            l.cells.last().overlay = QStringLiteral("+%1").arg(item.itemCount - shown + 1);
    } else if (item.kind == QLatin1String("video")) {
        l.video = true;
        const int w = qMin(innerWidth, 420);
        Cell c;
        c.rect = QRect(x0, y, w, w * 9 / 16);
        c.media = pics.isEmpty() ? -1 : pics.first();
        c.thumbSize = 320;
        l.cells << c;
        for (const WallMedia &m : item.media) {
            if (m.role == QLatin1String("video") && m.durationMs > 0)
                l.duration = durationText(m.durationMs);
        }
    } else if (item.kind == QLatin1String("blog") || item.kind == QLatin1String("diary")) {
        if (!pics.isEmpty()) {
            const int w = qMin(innerWidth, 360);
            Cell c;
            c.rect = QRect(x0, y, w, w * 9 / 16);
            c.media = pics.first();
            c.thumbSize = 320;
            l.cells << c;
        }
    } else if (l.compact) {
        for (int i = 0; i < qMin(4, int(pics.size())); ++i) {
            Cell c;
            c.rect = QRect(x0 + i * (64 + kCellGap), y, 64, 64);
            c.media = pics.at(i);
            c.thumbSize = 160;
            l.cells << c;
        }
    } else {
        l.cells = photoGrid(item, x0, y, innerWidth);
    }
    if (!l.cells.isEmpty()) {
        int bottom = y;
        for (const Cell &c : std::as_const(l.cells))
            bottom = qMax(bottom, c.rect.bottom() + 1);
        y = bottom + kGap;
    }

    // Footer: where, on what, and how many talked about it.
    QStringList left;
    if (!item.location.isEmpty())
        left << item.location;
    if (!item.device.isEmpty())
        left << item.device;
    l.footerLeft = left.join(QStringLiteral(" · "));
    QStringList right;
    if (item.commentCount > 0)
        right << tr("Comments %1").arg(item.commentCount);
    if (item.likeCount > 0)
        right << tr("Likes %1").arg(item.likeCount);
    if (item.kind == QLatin1String("photos") && item.mediaTotal > 0 && item.itemCount > 1)
        right << tr("%n photo(s)", nullptr, item.itemCount);
    l.footerRight = right.join(QStringLiteral("   "));
    if (!l.footerLeft.isEmpty() || !l.footerRight.isEmpty()) {
        l.footer = QRect(x0, y, innerWidth, smallFm.height());
        y += smallFm.height() + kGap;
    }
    const int cardHeight = y - kGap + kPad;
    l.card.setHeight(cardHeight);
    l.height = cardHeight + kBottom;
    return l;
}

const MemoryCardDelegate::Layout &MemoryCardDelegate::layoutFor(const WallItem &item, int width,
                                                                const QFont &font) const
{
    auto it = m_layouts.find(item.wallId);
    if (it != m_layouts.end() && it->width == width)
        return it.value();
    if (m_layouts.size() > 3000)
        m_layouts.clear(); // cheap to rebuild; keeps memory flat while scrolling 100k items
    return m_layouts[item.wallId] = computeLayout(item, width, font);
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
