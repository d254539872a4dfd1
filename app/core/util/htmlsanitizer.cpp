// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlsanitizer.h"

#include "text/qzonetext.h"
#include "util/textutil.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace ks {

namespace {

// Elements removed together with everything inside them.
const QSet<QString> &droppedWithContent()
{
    static const QSet<QString> names{
        QStringLiteral("script"),   QStringLiteral("style"),     QStringLiteral("iframe"),
        QStringLiteral("frame"),    QStringLiteral("frameset"),  QStringLiteral("object"),
        QStringLiteral("embed"),    QStringLiteral("applet"),    QStringLiteral("form"),
        QStringLiteral("noscript"), QStringLiteral("template"),  QStringLiteral("svg"),
        QStringLiteral("math"),     QStringLiteral("title"),     QStringLiteral("head"),
        QStringLiteral("textarea"), QStringLiteral("select"),    QStringLiteral("button"),
        QStringLiteral("input"),    QStringLiteral("canvas"),    QStringLiteral("audio"),
        QStringLiteral("video"),    QStringLiteral("noembed"),   QStringLiteral("noframes"),
        QStringLiteral("xmp"),      QStringLiteral("plaintext"), QStringLiteral("link"),
        QStringLiteral("meta"),     QStringLiteral("base"),      QStringLiteral("param"),
        QStringLiteral("source"),   QStringLiteral("track"),
    };
    return names;
}

// Elements whose content is raw text up to their end tag (a '<' inside does not start a tag).
const QSet<QString> &rawTextElements()
{
    static const QSet<QString> names{QStringLiteral("script"),   QStringLiteral("style"),
                                     QStringLiteral("textarea"), QStringLiteral("title"),
                                     QStringLiteral("xmp"),      QStringLiteral("iframe"),
                                     QStringLiteral("noembed"),  QStringLiteral("noframes"),
                                     QStringLiteral("noscript"), QStringLiteral("plaintext")};
    return names;
}

const QSet<QString> &voidElements()
{
    static const QSet<QString> names{
        QStringLiteral("br"),    QStringLiteral("hr"),    QStringLiteral("img"),   QStringLiteral("col"),
        QStringLiteral("wbr"),   QStringLiteral("input"), QStringLiteral("meta"),  QStringLiteral("link"),
        QStringLiteral("base"),  QStringLiteral("embed"), QStringLiteral("param"), QStringLiteral("source"),
        QStringLiteral("track"), QStringLiteral("area")};
    return names;
}

// Allowed tags with the attributes each may keep (besides the global ones).
const QHash<QString, QSet<QString>> &allowedTags()
{
    static const QHash<QString, QSet<QString>> tags = [] {
        QHash<QString, QSet<QString>> t;
        for (const char *name :
             {"p",  "br",      "div",      "span", "b",   "strong", "i",          "em",    "u",
              "s",  "strike",  "del",      "ins",  "sub", "sup",    "small",      "big",   "center",
              "h1", "h2",      "h3",       "h4",   "h5",  "h6",     "blockquote", "pre",   "code",
              "tt", "ul",      "dl",       "dt",   "dd",  "hr",     "thead",      "tbody", "tfoot",
              "tr", "caption", "colgroup", "cite", "q",   "abbr",   "address",    "nobr"})
            t.insert(QString::fromLatin1(name), {});
        t.insert(QStringLiteral("a"), {QStringLiteral("href"), QStringLiteral("name")});
        t.insert(QStringLiteral("img"), {QStringLiteral("src"), QStringLiteral("alt"),
                                         QStringLiteral("width"), QStringLiteral("height")});
        t.insert(QStringLiteral("font"),
                 {QStringLiteral("color"), QStringLiteral("size"), QStringLiteral("face")});
        t.insert(QStringLiteral("table"),
                 {QStringLiteral("border"), QStringLiteral("cellpadding"), QStringLiteral("cellspacing"),
                  QStringLiteral("width"), QStringLiteral("bgcolor")});
        const QSet<QString> cell{QStringLiteral("colspan"), QStringLiteral("rowspan"),
                                 QStringLiteral("width"), QStringLiteral("bgcolor"),
                                 QStringLiteral("nowrap")};
        t.insert(QStringLiteral("td"), cell);
        t.insert(QStringLiteral("th"), cell);
        t.insert(QStringLiteral("col"), {QStringLiteral("span"), QStringLiteral("width")});
        t.insert(QStringLiteral("ol"), {QStringLiteral("start"), QStringLiteral("type")});
        t.insert(QStringLiteral("li"), {QStringLiteral("value")});
        return t;
    }();
    return tags;
}

const QSet<QString> &globalAttributes()
{
    static const QSet<QString> names{QStringLiteral("title"), QStringLiteral("align"),
                                     QStringLiteral("valign"), QStringLiteral("dir"),
                                     QStringLiteral("style")};
    return names;
}

const QSet<QString> &allowedStyleProperties()
{
    static const QSet<QString> names{
        QStringLiteral("color"),           QStringLiteral("background-color"),
        QStringLiteral("font-weight"),     QStringLiteral("font-style"),
        QStringLiteral("font-size"),       QStringLiteral("font-family"),
        QStringLiteral("text-decoration"), QStringLiteral("text-align"),
        QStringLiteral("text-indent"),     QStringLiteral("line-height"),
        QStringLiteral("vertical-align"),  QStringLiteral("white-space"),
        QStringLiteral("margin"),          QStringLiteral("margin-top"),
        QStringLiteral("margin-bottom"),   QStringLiteral("margin-left"),
        QStringLiteral("margin-right"),    QStringLiteral("padding"),
        QStringLiteral("padding-top"),     QStringLiteral("padding-bottom"),
        QStringLiteral("padding-left"),    QStringLiteral("padding-right"),
        QStringLiteral("max-width"),
    };
    return names;
}

bool isSafeStyleValue(const QString &value)
{
    const QString v = value.toLower();
    // Escapes and comments could hide "url(" from the checks below; refuse them outright.
    for (const char *bad : {"url", "expression", "javascript", "vbscript", "\\", "/*", "@", "<", ">",
                            "behavior", "binding", "image", "attr("}) {
        if (v.contains(QLatin1String(bad)))
            return false;
    }
    if (v.contains(QLatin1Char('('))) {
        static const QRegularExpression colorFunction(
            QStringLiteral("^\\s*(?:[#a-z0-9.%\\s,-]*rgba?\\(\\s*[0-9.%\\s,]+\\)[#a-z0-9.%\\s,-]*)+$"));
        return colorFunction.match(v).hasMatch();
    }
    return true;
}

QString sanitizeStyle(const QString &style)
{
    QStringList kept;
    for (const QString &declaration : style.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int colon = int(declaration.indexOf(QLatin1Char(':')));
        if (colon <= 0)
            continue;
        const QString property = declaration.left(colon).trimmed().toLower();
        const QString value = declaration.mid(colon + 1).trimmed();
        if (value.isEmpty() || !allowedStyleProperties().contains(property) || !isSafeStyleValue(value))
            continue;
        kept << property + QStringLiteral(": ") + value;
    }
    return kept.join(QStringLiteral("; "));
}

bool isSafeLink(const QString &href)
{
    const QString h = href.trimmed().toLower();
    return h.startsWith(QLatin1String("http://")) || h.startsWith(QLatin1String("https://")) ||
           h.startsWith(QLatin1String("mailto:")) || h.startsWith(QLatin1Char('#'));
}

bool isSafeAttributeValue(const QString &name, const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^\\s*[0-9]{1,5}(?:\\.[0-9]+)?%?\\s*$"));
    static const QRegularExpression color(QStringLiteral("^\\s*#?[0-9a-zA-Z]{1,20}\\s*$"));
    static const QRegularExpression plain(QStringLiteral("^[\\w\\s,.'\"-]*$"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    if (name == QLatin1String("width") || name == QLatin1String("height") ||
        name == QLatin1String("border") || name == QLatin1String("cellpadding") ||
        name == QLatin1String("cellspacing") || name == QLatin1String("colspan") ||
        name == QLatin1String("rowspan") || name == QLatin1String("span") || name == QLatin1String("start") ||
        name == QLatin1String("value") || name == QLatin1String("size"))
        return number.match(value).hasMatch() ||
               (name == QLatin1String("size") && value.trimmed().size() <= 2);
    if (name == QLatin1String("color") || name == QLatin1String("bgcolor"))
        return color.match(value).hasMatch();
    if (name == QLatin1String("face"))
        return plain.match(value).hasMatch();
    return true;
}

struct Attribute
{
    QString name;
    QString value;
};

struct Tag
{
    QString name;
    bool closing = false;
    bool selfClosing = false;
    QList<Attribute> attributes;
    int end = 0; // index after '>'
};

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char(':') || c == QLatin1Char('_');
}

// Parses a tag starting at html[pos] == '<'. Returns false when this is not a tag (then the
// '<' is text).
bool parseTag(const QString &html, int pos, Tag *tag)
{
    const int n = int(html.size());
    int i = pos + 1;
    if (i < n && html.at(i) == QLatin1Char('/')) {
        tag->closing = true;
        ++i;
    }
    if (i >= n || !html.at(i).isLetter())
        return false;
    const int nameStart = i;
    while (i < n && isNameChar(html.at(i)))
        ++i;
    tag->name = html.mid(nameStart, i - nameStart).toLower();
    while (i < n) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('>')) {
            tag->end = i + 1;
            return true;
        }
        if (c.isSpace() || c == QLatin1Char('/')) {
            if (c == QLatin1Char('/') && i + 1 < n && html.at(i + 1) == QLatin1Char('>'))
                tag->selfClosing = true;
            ++i;
            continue;
        }
        // An attribute name, then optionally = and a value.
        const int attrStart = i;
        while (i < n && !html.at(i).isSpace() && html.at(i) != QLatin1Char('>') &&
               html.at(i) != QLatin1Char('=') &&
               !(html.at(i) == QLatin1Char('/') && i + 1 < n && html.at(i + 1) == QLatin1Char('>')))
            ++i;
        Attribute attribute;
        attribute.name = html.mid(attrStart, i - attrStart).toLower();
        while (i < n && html.at(i).isSpace())
            ++i;
        if (i < n && html.at(i) == QLatin1Char('=')) {
            ++i;
            while (i < n && html.at(i).isSpace())
                ++i;
            if (i < n && (html.at(i) == QLatin1Char('"') || html.at(i) == QLatin1Char('\''))) {
                const QChar quote = html.at(i);
                const int valueStart = ++i;
                while (i < n && html.at(i) != quote)
                    ++i;
                attribute.value = html.mid(valueStart, i - valueStart);
                if (i < n)
                    ++i;
            } else {
                const int valueStart = i;
                while (i < n && !html.at(i).isSpace() && html.at(i) != QLatin1Char('>'))
                    ++i;
                attribute.value = html.mid(valueStart, i - valueStart);
            }
        }
        if (!attribute.name.isEmpty())
            tag->attributes.append(attribute);
    }
    return false; // no closing '>': not a tag
}

QString normalisedPath(QString path)
{
    path = path.trimmed();
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const int query = int(path.indexOf(QRegularExpression(QStringLiteral("[?#]"))));
    if (query >= 0)
        path.truncate(query);
    QStringList parts;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".") || part == QLatin1String(".."))
            continue;
        parts << part;
    }
    return parts.join(QLatin1Char('/')).toCaseFolded();
}

} // namespace

bool isRemoteUrl(const QString &url)
{
    const QString u = url.trimmed().toLower();
    return u.startsWith(QLatin1String("http:")) || u.startsWith(QLatin1String("https:")) ||
           u.startsWith(QLatin1String("ftp:")) || u.startsWith(QLatin1String("//"));
}

SanitizeResult sanitizeHtml(const QString &html, const SanitizeOptions &options)
{
    SanitizeResult result;
    QString &out = result.html;
    out.reserve(html.size());
    QStringList open; // allowed elements currently open, innermost last
    const int n = int(html.size());
    int i = 0;
    auto emitText = [&](int from, int to) {
        if (to > from)
            out += htmlEscape(htmlUnescape(html.mid(from, to - from)));
    };
    while (i < n) {
        const int lt = int(html.indexOf(QLatin1Char('<'), i));
        if (lt < 0) {
            emitText(i, n);
            break;
        }
        emitText(i, lt);
        i = lt;
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const int endComment = int(html.indexOf(QLatin1String("-->"), i + 4));
            i = endComment < 0 ? n : endComment + 3;
            continue;
        }
        if (i + 1 < n && (html.at(i + 1) == QLatin1Char('!') || html.at(i + 1) == QLatin1Char('?'))) {
            const int gt = int(html.indexOf(QLatin1Char('>'), i));
            i = gt < 0 ? n : gt + 1;
            continue;
        }
        Tag tag;
        if (!parseTag(html, i, &tag)) {
            out += QStringLiteral("&lt;");
            ++i;
            continue;
        }
        i = tag.end;
        if (droppedWithContent().contains(tag.name)) {
            if (tag.closing)
                continue;
            ++result.droppedElements;
            if (tag.selfClosing || voidElements().contains(tag.name))
                continue;
            // Skip to the matching end tag, counting nested ones of the same name.
            const QString endTag = QStringLiteral("</") + tag.name;
            if (rawTextElements().contains(tag.name)) {
                const int end = int(html.indexOf(endTag, i, Qt::CaseInsensitive));
                const int gt = end < 0 ? -1 : int(html.indexOf(QLatin1Char('>'), end));
                i = gt < 0 ? n : gt + 1;
                continue;
            }
            int depth = 1;
            while (i < n && depth > 0) {
                const int next = int(html.indexOf(QLatin1Char('<'), i));
                if (next < 0) {
                    i = n;
                    break;
                }
                Tag inner;
                if (!parseTag(html, next, &inner)) {
                    i = next + 1;
                    continue;
                }
                i = inner.end;
                if (inner.name == tag.name && !inner.selfClosing)
                    depth += inner.closing ? -1 : 1;
            }
            continue;
        }
        const auto allowed = allowedTags().constFind(tag.name);
        if (allowed == allowedTags().constEnd())
            continue; // unknown tag: dropped, its text stays
        if (tag.closing) {
            const int at = int(open.lastIndexOf(tag.name));
            if (at < 0)
                continue;
            while (open.size() > at)
                out += QStringLiteral("</") + open.takeLast() + QLatin1Char('>');
            continue;
        }
        QString element = QLatin1Char('<') + tag.name;
        bool keep = true;
        for (const Attribute &attribute : std::as_const(tag.attributes)) {
            const QString value = htmlUnescape(attribute.value);
            QString kept;
            if (!allowed->contains(attribute.name) && !globalAttributes().contains(attribute.name)) {
                ++result.droppedAttributes;
                continue;
            }
            if (attribute.name == QLatin1String("style")) {
                kept = sanitizeStyle(value);
                if (kept.isEmpty()) {
                    ++result.droppedAttributes;
                    continue;
                }
            } else if (attribute.name == QLatin1String("href")) {
                if (!isSafeLink(value)) {
                    ++result.droppedAttributes;
                    continue;
                }
                kept = value.trimmed();
            } else if (attribute.name == QLatin1String("src")) {
                continue; // handled below
            } else if (!isSafeAttributeValue(attribute.name, value)) {
                ++result.droppedAttributes;
                continue;
            } else {
                kept = value;
            }
            element += QLatin1Char(' ') + attribute.name + QStringLiteral("=\"") + htmlEscape(kept) +
                       QLatin1Char('"');
        }
        if (tag.name == QLatin1String("img")) {
            QString src;
            for (const Attribute &attribute : std::as_const(tag.attributes)) {
                if (attribute.name == QLatin1String("src"))
                    src = htmlUnescape(attribute.value).trimmed();
            }
            const QString local =
                options.resolveImage && !src.isEmpty() ? options.resolveImage(src) : QString();
            if (!local.isEmpty()) {
                ++result.localImages;
                element += QStringLiteral(" src=\"") + htmlEscape(local) + QLatin1Char('"');
            } else {
                ++result.missingImages;
                keep = !options.missingImageUrl.isEmpty();
                // The original address stays visible as a tooltip, never as something to load.
                element =
                    QStringLiteral("<img src=\"") + htmlEscape(options.missingImageUrl) + QLatin1Char('"');
                if (isRemoteUrl(src))
                    element += QStringLiteral(" title=\"") + htmlEscape(src.left(300)) + QLatin1Char('"');
            }
        }
        if (!keep)
            continue;
        element += QLatin1Char('>');
        out += element;
        if (!voidElements().contains(tag.name) && !tag.selfClosing)
            open.append(tag.name);
    }
    while (!open.isEmpty())
        out += QStringLiteral("</") + open.takeLast() + QLatin1Char('>');
    return result;
}

qint64 matchImageSource(const QString &src, const QList<HtmlImageCandidate> &candidates)
{
    const QString wanted = normalisedPath(src);
    if (wanted.isEmpty())
        return 0;
    // Same path (the export writes paths relative to the module folder, the library relative to
    // the export root: compare by suffix).
    for (const HtmlImageCandidate &c : candidates) {
        const QString path = normalisedPath(c.sourcePath);
        if (!path.isEmpty() && (path == wanted || path.endsWith(QLatin1Char('/') + wanted) ||
                                wanted.endsWith(QLatin1Char('/') + path)))
            return c.mediaId;
    }
    const QString fileName = wanted.section(QLatin1Char('/'), -1);
    for (const HtmlImageCandidate &c : candidates) {
        if (!c.originalName.isEmpty() && normalisedPath(c.originalName) == fileName)
            return c.mediaId;
        if (!c.sourcePath.isEmpty() && normalisedPath(c.sourcePath).section(QLatin1Char('/'), -1) == fileName)
            return c.mediaId;
    }
    return 0;
}

QString emoticonIdFromUrl(const QString &url)
{
    static const QRegularExpression emoticon(
        QStringLiteral("(?:^|/)(?:qzone/em/|common/images/|images/)?e(\\d{1,4})\\.gif$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString path = url.trimmed().section(QLatin1Char('?'), 0, 0);
    const QRegularExpressionMatch m = emoticon.match(path);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString qzoneMarkupToHtml(const QString &raw, const QzoneHtmlOptions &options)
{
    const QzoneDisplayText display = qzoneDisplayText(raw);
    QString out;
    int last = 0;
    auto plain = [&](int from, int to) {
        if (to > from)
            out += htmlEscape(display.text.mid(from, to - from))
                       .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };
    for (const QzoneSpan &span : display.spans) {
        plain(last, span.start);
        last = span.start + span.length;
        switch (span.kind) {
        case QzoneSpan::Emoticon: {
            const QString url = options.emoticonUrl ? options.emoticonUrl(span.value) : QString();
            if (url.isEmpty())
                out += QStringLiteral("[e%1]").arg(htmlEscape(span.value));
            else
                out += QStringLiteral(
                           "<img src=\"%1\" width=\"%2\" height=\"%2\" style=\"vertical-align: middle\">")
                           .arg(htmlEscape(url))
                           .arg(options.emoticonSize);
            break;
        }
        case QzoneSpan::Mention:
        case QzoneSpan::Topic:
            out += QStringLiteral("<span style=\"color: %1\">%2</span>")
                       .arg(span.kind == QzoneSpan::Mention ? options.mentionColor : options.topicColor,
                            htmlEscape(display.text.mid(span.start, span.length)));
            break;
        }
    }
    plain(last, int(display.text.size()));
    return out;
}

} // namespace ks
