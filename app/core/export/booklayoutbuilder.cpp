// SPDX-License-Identifier: GPL-3.0-or-later
#include "booklayoutbuilder.h"

#include "text/qzonetext.h"
#include "util/htmlsanitizer.h"
#include "util/textutil.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace ks::booklayout {

namespace {

QString yearTitle(int year)
{
    return year == 0
               ? QCoreApplication::translate("BookLayout", "Date unknown")
               : QLocale().toString(QDate(year, 1, 1), QCoreApplication::translate("BookLayout", "yyyy"));
}

} // namespace

QString monthTitle(int yyyymm, bool withYear)
{
    if (yyyymm == 0)
        return QCoreApplication::translate("BookLayout", "Date unknown");
    const QDate first(yyyymm / 100, yyyymm % 100, 1);
    return QLocale().toString(first, withYear ? QCoreApplication::translate("BookLayout", "MMMM yyyy")
                                              : QCoreApplication::translate("BookLayout", "MMMM"));
}

Builder::Builder(const BookDocument &doc, const ExportSource &source)
    : m_doc(doc), m_source(source), m_style(bookStyleById(doc.options.style))
{
    const BookOptions &o = doc.options;
    const double base = o.paper == BookPaper::A4 ? 10.5 : (o.paper == BookPaper::K16 ? 10 : 9);
    m_base = base;
    m_body = {bookFont(o.serifFamily, base), m_style.ink, 1.6, Qt::AlignLeft};
    m_date = {bookFont(o.sansFamily, base * 0.82), m_style.accent, 1.3, Qt::AlignLeft};
    m_title = {bookFont(o.serifFamily, base * 1.45, true), m_style.ink, 1.35, Qt::AlignLeft};
    m_comment = {bookFont(o.sansFamily, base * 0.82), m_style.comment, 1.45, Qt::AlignLeft};
    m_caption = {bookFont(o.sansFamily, base * 0.78), m_style.muted, 1.3, Qt::AlignLeft};
    m_chapter = {bookFont(o.serifFamily, base * 2.6, true), m_style.ink, 1.2, Qt::AlignLeft};
    m_chapterSub = {bookFont(o.sansFamily, base * 0.95), m_style.muted, 1.3, Qt::AlignLeft};
    m_year = {bookFont(o.serifFamily, base * 2.0, true), m_style.ink, 1.2, Qt::AlignLeft};
    m_gap = 2.2 * kUnitsPerMm;
}

BookBlock Builder::text(const QString &raw, const TextStyle &style, bool markup, double indent,
                        double firstIndent, const QList<QTextLayout::FormatRange> &formats)
{
    BookBlock b;
    QString shown = raw;
    if (markup) {
        const QzoneDisplayText display = qzoneDisplayText(raw);
        shown = display.text;
        for (const QzoneSpan &span : display.spans) {
            if (span.kind != QzoneSpan::Emoticon)
                continue;
            const QString path = m_source.emoticonPath(span.value);
            if (!path.isEmpty())
                b.emoticons.append({span.start, path});
        }
    }
    b.layout = std::make_shared<QTextLayout>(shown, style.font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(style.align);
    b.layout->setTextOption(option);
    b.layout->setCacheEnabled(true);
    if (!formats.isEmpty())
        b.layout->setFormats(QVector<QTextLayout::FormatRange>(formats.cbegin(), formats.cend()));
    b.x = left() + indent;
    b.width = width() - indent;
    b.color = style.color;
    b.layout->beginLayout();
    double y = 0;
    for (;;) {
        QTextLine line = b.layout->createLine();
        if (!line.isValid())
            break;
        const double first = b.lines() == 0 ? firstIndent : 0;
        line.setLineWidth(b.width - first);
        line.setPosition(QPointF(first, y));
        const double p = line.height() * style.spacing;
        b.lineTop.append(y);
        b.pitch.append(p);
        y += p;
    }
    b.layout->endLayout();
    return b;
}

BookBlock Builder::spacer(double h)
{
    BookBlock b;
    b.height = h;
    return b;
}

BookBlock Builder::photoRow(const QList<QPair<ExportMedia, QRectF>> &cells, double height)
{
    BookBlock b;
    b.height = height;
    b.spaceBefore = m_gap;
    for (const auto &cell : cells) {
        PageItem item;
        item.kind = PageItem::Image;
        item.rect = cell.second;
        const ExportMedia &m = cell.first;
        if (m.usable() && m.isImage()) {
            item.imagePath = m.filePath;
            item.orientation = m.orientation;
        } else {
            item.placeholder = m.role == QLatin1String("video")
                                   ? QCoreApplication::translate("BookLayout", "Video")
                                   : QCoreApplication::translate("BookLayout", "Photo missing");
        }
        b.items.append(item);
    }
    return b;
}

void Builder::photos(const QList<ExportMedia> &all, double maxShare)
{
    QList<ExportMedia> media;
    for (const ExportMedia &m : all) {
        if (m.role == QLatin1String("image") || m.role == QLatin1String("poster") ||
            m.role == QLatin1String("video"))
            media.append(m);
    }
    // A video's poster stands for the video.
    if (media.isEmpty())
        return;
    const double W = width();
    const double maxH = contentHeight() * maxShare;
    if (media.size() == 1) {
        const double a = media.first().aspect();
        double w = W;
        double h = w / a;
        if (h > maxH) {
            h = maxH;
            w = h * a;
        }
        add(photoRow({{media.first(), QRectF(left() + (W - w) / 2, 0, w, h)}}, h));
        return;
    }
    if (media.size() == 2) {
        const double a1 = media.at(0).aspect();
        const double a2 = media.at(1).aspect();
        double h = (W - m_gap) / (a1 + a2);
        h = qMin(h, maxH * 0.8);
        const double total = h * (a1 + a2) + m_gap;
        const double x = left() + (W - total) / 2;
        add(photoRow(
            {{media.at(0), QRectF(x, 0, h * a1, h)}, {media.at(1), QRectF(x + h * a1 + m_gap, 0, h * a2, h)}},
            h));
        return;
    }
    const int cols = media.size() == 4 ? 2 : 3;
    const double gridW = media.size() == 4 ? W * 0.7 : W;
    const double cell = (gridW - m_gap * (cols - 1)) / cols;
    for (int i = 0; i < media.size(); i += cols) {
        QList<QPair<ExportMedia, QRectF>> row;
        for (int c = 0; c < cols && i + c < media.size(); ++c)
            row.append({media.at(i + c), QRectF(left() + c * (cell + m_gap), 0, cell, cell)});
        BookBlock b = photoRow(row, cell);
        for (PageItem &item : b.items)
            item.crop = true;
        add(b);
    }
}

void Builder::dateLine(const ExportMemory &m, const QString &what)
{
    const QDateTime t = m.localTime();
    // The format is the language's own: "6月7日 星期四 21:15", "Thursday, June 7 21:15".
    QString line =
        t.isValid() ? QLocale().toString(t, QCoreApplication::translate("BookLayout", "dddd, MMMM d HH:mm"))
                    : QCoreApplication::translate("BookLayout", "Date unknown");
    line += QStringLiteral(" · ") + what;
    if (!m.location.isEmpty())
        line += QStringLiteral(" · ") + m.location;
    BookBlock b = text(line, m_date, false);
    b.keepWithNext = true;
    b.heading = true;
    b.spaceBefore = m_base * kUnitsPerPoint * 1.6;
    add(b);
}

void Builder::comments(const ExportMemory &m)
{
    const int max = m_doc.options.maxCommentsPerMemory;
    if (m.comments.isEmpty() || max <= 0)
        return;
    const double indent = m_base * kUnitsPerPoint * 1.2;
    int shown = 0;
    bool first = true;
    auto one = [&](const ExportComment &c, double extra, const QString &verb) {
        const QString name =
            (c.author.isEmpty() ? QCoreApplication::translate("BookLayout", "Anonymous") : c.author) + verb;
        const QString raw = name + QCoreApplication::translate("BookLayout", ": ") + c.text.trimmed();
        QTextLayout::FormatRange bold;
        bold.start = 0;
        bold.length = int(name.size()) + 1;
        bold.format.setFontWeight(QFont::Bold);
        bold.format.setForeground(m_style.accent);
        BookBlock b = text(raw, m_comment, true, indent + extra, 0, {bold});
        b.spaceBefore = first ? m_base * kUnitsPerPoint * 0.6 : m_base * kUnitsPerPoint * 0.15;
        first = false;
        add(b);
    };
    for (const ExportComment &c : m.comments) {
        if (shown >= max)
            break;
        one(c, 0, QString());
        ++shown;
        for (int r = 0; r < c.replies.size() && r < m_doc.options.maxRepliesPerComment; ++r)
            one(c.replies.at(r), indent, QCoreApplication::translate("BookLayout", " replied"));
    }
    const int rest = m.commentCount() - shown - [&] {
        int n = 0;
        for (int i = 0; i < shown && i < m.comments.size(); ++i)
            n += int(qMin<qsizetype>(m.comments.at(i).replies.size(), m_doc.options.maxRepliesPerComment));
        return n;
    }();
    if (rest > 0) {
        BookBlock b =
            text(QCoreApplication::translate("BookLayout", "… and %n more comment(s)", nullptr, rest),
                 m_caption, false, indent);
        b.spaceBefore = m_base * kUnitsPerPoint * 0.2;
        add(b);
    }
}

void Builder::paragraphs(const QString &markup, double firstIndent)
{
    const QStringList paras = markup.split(QLatin1Char('\n'));
    bool first = true;
    for (const QString &p : paras) {
        if (p.trimmed().isEmpty())
            continue;
        // A blog body opening with its own title heading: the title is printed already.
        if (!m_skipTitle.isEmpty() && p.trimmed() == m_skipTitle) {
            m_skipTitle.clear();
            continue;
        }
        m_skipTitle.clear();
        BookBlock b = text(p.trimmed(), m_body, true, 0, firstIndent);
        b.spaceBefore = first ? m_base * kUnitsPerPoint * 0.5 : m_base * kUnitsPerPoint * 0.3;
        first = false;
        add(b);
    }
}

void Builder::blogBody(const ExportMemory &m)
{
    QList<HtmlImageCandidate> candidates;
    for (const ExportMedia &media : m.media)
        candidates.append({media.mediaId, media.originalName, media.sourcePath});
    const QString html = emoticonImagesToMarkup(m.html);
    static const QRegularExpression img(QStringLiteral("<img\\b[^>]*?src\\s*=\\s*[\"']?([^\"'\\s>]+)[^>]*>"),
                                        QRegularExpression::CaseInsensitiveOption);
    const double indent = m_base * kUnitsPerPoint * 2;
    int last = 0;
    QList<ExportMedia> pending;
    QSet<qint64> used;
    auto flushPhotos = [&] {
        if (!pending.isEmpty())
            photos(pending, 0.5);
        pending.clear();
    };
    auto it = img.globalMatch(html);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString before = htmlToPlainText(html.mid(last, match.capturedStart() - last));
        if (!before.trimmed().isEmpty()) {
            flushPhotos();
            paragraphs(before, indent);
        }
        last = match.capturedEnd();
        const qint64 id = matchImageSource(htmlUnescape(match.captured(1)), candidates);
        for (const ExportMedia &media : m.media) {
            if (id != 0 && media.mediaId == id && !used.contains(id)) {
                pending.append(media);
                used.insert(id);
                break;
            }
        }
    }
    const QString rest = htmlToPlainText(html.mid(last));
    if (!rest.trimmed().isEmpty()) {
        flushPhotos();
        paragraphs(rest, indent);
    }
    flushPhotos();
}

void Builder::entry(const ExportEntry &e)
{
    const ExportMemory &m = e.first();
    if (e.kind == QLatin1String("photos")) {
        const int uploaded = int(e.memories.size());
        dateLine(m, m.albumName.isEmpty()
                        ? QCoreApplication::translate("BookLayout", "Uploaded %n photo(s)", nullptr, uploaded)
                        : QCoreApplication::translate("BookLayout", "Uploaded %n photo(s) to 《%1》", nullptr,
                                                      uploaded)
                              .arg(m.albumName));
        QList<ExportMedia> highlights;
        const int n = int(e.memories.size());
        const int want = qMin(n, m_doc.options.maxAlbumHighlights);
        for (int i = 0; i < want; ++i) {
            const int at = want == 1 ? 0 : int(std::lround(double(i) * (n - 1) / (want - 1)));
            const ExportMemory &pm = e.memories.at(at);
            if (!pm.media.isEmpty())
                highlights.append(pm.media.first());
        }
        photos(highlights);
        if (n > want) {
            BookBlock b = text(
                QCoreApplication::translate("BookLayout", "(%n photo(s) in all; %1 chosen here)", nullptr, n)
                    .arg(want),
                m_caption, false);
            b.spaceBefore = m_gap;
            add(b);
        }
        for (const ExportMemory &pm : e.memories) {
            if (!pm.comments.isEmpty())
                comments(pm);
        }
        return;
    }
    if (m.kind == QLatin1String("blog") || m.kind == QLatin1String("diary")) {
        dateLine(m, kindLabel(m.kind));
        BookBlock t =
            text(m.title.isEmpty() ? QCoreApplication::translate("BookLayout", "(untitled)") : m.title,
                 m_title, false);
        t.keepWithNext = true;
        t.heading = true;
        t.spaceBefore = m_base * kUnitsPerPoint * 0.3;
        add(t);
        m_skipTitle = m.title.trimmed();
        if (!m.html.trimmed().isEmpty())
            blogBody(m);
        else
            paragraphs(m.text, m_base * kUnitsPerPoint * 2);
        m_skipTitle.clear();
        comments(m);
        return;
    }
    QString what = kindLabel(m.kind);
    if (m.kind == QLatin1String("board") && !m.author.isEmpty())
        what = QCoreApplication::translate("BookLayout", "A message from %1").arg(m.author);
    if (m.kind == QLatin1String("album"))
        what = QCoreApplication::translate("BookLayout", "Album 《%1》")
                   .arg(m.title.isEmpty() ? m.albumName : m.title);
    dateLine(m, what);
    if (!m.title.isEmpty() && m.kind != QLatin1String("album") && m.kind != QLatin1String("post")) {
        BookBlock t = text(m.title, m_title, false);
        t.keepWithNext = !m.bodyMarkup().trimmed().isEmpty() || !m.media.isEmpty();
        t.heading = t.keepWithNext;
        add(t);
    }
    paragraphs(m.bodyMarkup(), 0);
    photos(m.media);
    comments(m);
}

void Builder::chapter(int yyyymm, int count, bool newPage, bool withYear)
{
    const QString title = monthTitle(yyyymm, withYear);
    BookBlock b = text(title, m_chapter, false);
    b.keepWithNext = true;
    b.heading = true;
    b.pageBreakBefore = newPage;
    b.spaceBefore = newPage ? contentHeight() * 0.06 : m_base * kUnitsPerPoint * 3;
    b.outlineTitle = monthTitle(yyyymm, true);
    b.outlineLevel = withYear ? 1 : 0;
    b.header = b.outlineTitle;
    add(b);
    BookBlock sub =
        text(QCoreApplication::translate("BookLayout", "%n memories", nullptr, count), m_chapterSub, false);
    sub.keepWithNext = true;
    sub.heading = true;
    add(sub);
    BookBlock rule;
    rule.height = 0.35 * kUnitsPerMm;
    rule.spaceBefore = 1.5 * kUnitsPerMm;
    PageItem line;
    line.kind = PageItem::Fill;
    line.color = m_style.accent;
    line.rect = QRectF(left(), 0, width() * 0.18, rule.height);
    rule.items.append(line);
    if (m_style.ornament.alpha() > 0) {
        line.color = m_style.ornament;
        line.rect = QRectF(left() + width() * 0.19, 0, width() * 0.05, rule.height);
        rule.items.append(line);
    }
    rule.keepWithNext = true;
    add(rule);
}

void Builder::year(int y, bool newPage)
{
    BookBlock b = text(yearTitle(y), m_year, false);
    b.keepWithNext = true;
    b.heading = true;
    b.pageBreakBefore = newPage;
    b.spaceBefore = newPage ? 0 : m_base * kUnitsPerPoint * 3;
    b.outlineTitle = yearTitle(y);
    b.outlineLevel = 0;
    add(b);
}

void Builder::titleBlock(const QString &title, const QString &subtitle, const QString &about)
{
    BookBlock t = text(
        title, {bookFont(m_doc.options.serifFamily, m_base * 2.4, true), m_style.ink, 1.25, Qt::AlignLeft},
        false);
    t.heading = true;
    t.keepWithNext = true;
    add(t);
    if (!subtitle.isEmpty()) {
        BookBlock s = text(subtitle, m_chapterSub, false);
        s.spaceBefore = m_base * kUnitsPerPoint * 0.4;
        s.keepWithNext = !about.isEmpty();
        add(s);
    }
    if (!about.isEmpty()) {
        BookBlock a = text(about, m_chapterSub, false);
        a.spaceBefore = m_base * kUnitsPerPoint * 0.4;
        add(a);
    }
}

} // namespace ks::booklayout
