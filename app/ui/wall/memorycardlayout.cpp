// SPDX-License-Identifier: GPL-3.0-or-later
// The memory card's layout: text lines, the photo grid and every part's place, measured once
// per item and width (MemoryCardDelegate paints what this places).
#include "memorycarddelegate.h"
#include "memorycardstyle.h"
#include "text/qzonetext.h"
#include "walltheme.h"

#include <QTextLayout>

namespace ks {

using namespace card;

namespace {

int thumbBucket(int side)
{
    return side <= 160 ? 160 : (side <= 320 ? 320 : 480);
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

} // namespace ks
