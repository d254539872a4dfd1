// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlsanitizer.h"

#include "text/qzonetext.h"
#include "util/htmltags.h"
#include "util/textutil.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace ks {

namespace {

// What becomes of an element that is not on the allow-list below. Whatever it is, the element
// itself and its attributes never reach the output; the policy says what happens to its content.
enum class Policy
{
    Unwrap,      // the content is read as ordinary markup (fallback content, labels, formulas)
    Void,        // the element has no content
    Option,      // like Unwrap, after a space so that a list's labels do not run together
    Code,        // raw text that is never shown (script, style)
    Hidden,      // raw text that browsers do not show either (iframe)
    Invisible,   // markup that browsers do not show (template, media fallbacks); nesting counted
    LiteralText, // raw text a person wrote, shown as written (xmp, plaintext)
    Text,        // text a person wrote, with entities (title, textarea)
};

// Elements that must not survive as elements (they run, load, submit or hide); anything else
// not on the allow-list is dropped as an unknown tag, keeping its text.
const QHash<QString, Policy> &dangerousElements()
{
    static const QHash<QString, Policy> policies = [] {
        QHash<QString, Policy> p;
        for (const char *name : {"object", "applet", "form", "svg", "math", "noscript", "noembed", "noframes",
                                 "frameset", "select", "datalist", "button", "head"})
            p.insert(QString::fromLatin1(name), Policy::Unwrap);
        for (const char *name : {"embed", "input", "meta", "link", "base", "param", "source", "track",
                                 "frame", "keygen", "image", "bgsound", "isindex", "area"})
            p.insert(QString::fromLatin1(name), Policy::Void);
        for (const char *name : {"option", "optgroup"})
            p.insert(QString::fromLatin1(name), Policy::Option);
        for (const char *name : {"script", "style"})
            p.insert(QString::fromLatin1(name), Policy::Code);
        p.insert(QStringLiteral("iframe"), Policy::Hidden);
        for (const char *name : {"template", "canvas", "audio", "video"})
            p.insert(QString::fromLatin1(name), Policy::Invisible);
        for (const char *name : {"xmp", "plaintext"})
            p.insert(QString::fromLatin1(name), Policy::LiteralText);
        for (const char *name : {"title", "textarea"})
            p.insert(QString::fromLatin1(name), Policy::Text);
        return p;
    }();
    return policies;
}

bool isVoidAllowed(const QString &name)
{
    return name == QLatin1String("br") || name == QLatin1String("hr") || name == QLatin1String("img") ||
           name == QLatin1String("col") || name == QLatin1String("wbr");
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

namespace {

// One pass over the HTML: text is re-escaped, allowed elements are re-written with the attributes
// that may stay, everything else is dropped as Policy says.
class Sanitizer
{
public:
    Sanitizer(const QString &html, const SanitizeOptions &options) : m_html(html), m_options(options) {}

    SanitizeResult run()
    {
        const int n = int(m_html.size());
        m_out.reserve(n);
        while (m_pos < n) {
            const int lt = int(m_html.indexOf(QLatin1Char('<'), m_pos));
            emitText(m_html.mid(m_pos, (lt < 0 ? n : lt) - m_pos));
            if (lt < 0)
                break;
            m_pos = lt;
            if (const int after = html::skipDeclaration(m_html, lt); after >= 0) {
                m_pos = after; // comments, <!DOCTYPE>, CDATA, <?xml?>
                continue;
            }
            html::Tag tag;
            if (!html::parseTag(m_html, lt, &tag)) {
                m_out += QStringLiteral("&lt;");
                ++m_pos;
                continue;
            }
            m_pos = tag.end;
            if (const auto policy = dangerousElements().constFind(tag.name);
                policy != dangerousElements().constEnd()) {
                dropElement(tag, *policy);
                continue;
            }
            const auto allowed = allowedTags().constFind(tag.name);
            if (allowed == allowedTags().constEnd())
                continue; // unknown tag: dropped, its text stays
            if (tag.closing)
                closeElement(tag.name);
            else
                openElement(tag, *allowed);
        }
        while (!m_open.isEmpty())
            m_out += QStringLiteral("</") + m_open.takeLast() + QLatin1Char('>');
        m_result.html = m_out;
        return m_result;
    }

private:
    // Raw text as written: escaped again, NULs (which browsers drop) removed.
    void emitLiteral(QString text)
    {
        text.remove(QChar(0));
        m_out += htmlEscape(text);
    }

    void emitText(const QString &raw) { emitLiteral(htmlUnescape(raw)); }

    void emitWrapped(QLatin1String open, const QString &text, QLatin1String close)
    {
        if (text.trimmed().isEmpty())
            return;
        m_out += open;
        emitLiteral(text);
        m_out += close;
    }

    void dropElement(const html::Tag &tag, Policy policy)
    {
        if (tag.closing)
            return; // a stray end tag, or the end of an element already dropped
        ++m_result.droppedElements;
        switch (policy) {
        case Policy::Unwrap:
        case Policy::Void:
            return;
        case Policy::Option:
            if (!m_out.isEmpty() && !m_out.back().isSpace() && m_out.back() != QLatin1Char('>'))
                m_out += QLatin1Char(' ');
            return;
        case Policy::Invisible:
            if (!tag.selfClosing)
                skipInvisible(tag.name);
            return;
        case Policy::Code:
        case Policy::Hidden:
        case Policy::LiteralText:
        case Policy::Text:
            break;
        }
        // Raw text runs to the end tag; browsers ignore a "/>" on these, so do we.
        int after = 0;
        const int end = html::findEndTag(m_html, tag.name, m_pos, &after);
        if (end < 0) {
            // Unclosed: what follows is read as ordinary markup, so that one stray tag cannot take
            // the rest of the blog with it. Code is still not shown up to the next tag.
            if (policy == Policy::Code)
                m_pos = html::nextMarkup(m_html, m_pos);
            return;
        }
        const QString content = m_html.mid(m_pos, end - m_pos);
        m_pos = after;
        if (policy == Policy::LiteralText)
            emitWrapped(QLatin1String("<pre>"), content, QLatin1String("</pre>"));
        else if (policy == Policy::Text && tag.name == QLatin1String("textarea"))
            emitWrapped(QLatin1String("<span style=\"white-space: pre-wrap\">"), htmlUnescape(content),
                        QLatin1String("</span>"));
        else if (policy == Policy::Text)
            emitWrapped(QLatin1String("<div>"), htmlUnescape(content), QLatin1String("</div>"));
    }

    // Skips to the end of an element browsers do not show, counting nested ones of the same name;
    // when it never ends, its content is read as ordinary markup instead.
    void skipInvisible(const QString &name)
    {
        int depth = 1;
        for (int at = int(m_html.indexOf(QLatin1Char('<'), m_pos)); at >= 0;
             at = int(m_html.indexOf(QLatin1Char('<'), at))) {
            html::Tag inner;
            if (!html::parseTag(m_html, at, &inner)) {
                ++at;
                continue;
            }
            at = inner.end;
            if (inner.name != name || inner.selfClosing)
                continue;
            depth += inner.closing ? -1 : 1;
            if (depth == 0) {
                m_pos = at;
                return;
            }
        }
    }

    void closeElement(const QString &name)
    {
        const int at = int(m_open.lastIndexOf(name));
        if (at < 0)
            return;
        while (m_open.size() > at)
            m_out += QStringLiteral("</") + m_open.takeLast() + QLatin1Char('>');
    }

    void openElement(const html::Tag &tag, const QSet<QString> &allowedAttributes)
    {
        QString element = QLatin1Char('<') + tag.name;
        for (const html::Attribute &attribute : std::as_const(tag.attributes)) {
            if (!allowedAttributes.contains(attribute.name) && !globalAttributes().contains(attribute.name)) {
                ++m_result.droppedAttributes;
                continue;
            }
            if (attribute.name == QLatin1String("src"))
                continue; // pictures: below
            QString kept;
            if (!safeAttributeValue(attribute.name, htmlUnescape(attribute.value), &kept)) {
                ++m_result.droppedAttributes;
                continue;
            }
            element += QLatin1Char(' ') + attribute.name + QStringLiteral("=\"") + htmlEscape(kept) +
                       QLatin1Char('"');
        }
        if (tag.name == QLatin1String("img") && !pictureSource(tag, &element))
            return;
        m_out += element + QLatin1Char('>');
        if (isVoidAllowed(tag.name))
            return;
        if (tag.selfClosing) // <div/>: nothing inside, and still closed
            m_out += QStringLiteral("</") + tag.name + QLatin1Char('>');
        else
            m_open.append(tag.name);
    }

    // The value to write for an allowed attribute in *kept; false to drop the attribute.
    static bool safeAttributeValue(const QString &name, const QString &value, QString *kept)
    {
        if (name == QLatin1String("style")) {
            *kept = sanitizeStyle(value);
            return !kept->isEmpty();
        }
        if (name == QLatin1String("href")) {
            *kept = value.trimmed();
            return isSafeLink(value);
        }
        *kept = value; // may be empty: <td nowrap>
        return isSafeAttributeValue(name, value);
    }

    // Points an <img> at the vault, or at the placeholder; false when the picture is dropped.
    bool pictureSource(const html::Tag &tag, QString *element)
    {
        QString src;
        for (const html::Attribute &attribute : std::as_const(tag.attributes)) {
            if (attribute.name == QLatin1String("src"))
                src = htmlUnescape(attribute.value).trimmed();
        }
        const QString local =
            m_options.resolveImage && !src.isEmpty() ? m_options.resolveImage(src) : QString();
        if (!local.isEmpty()) {
            ++m_result.localImages;
            *element += QStringLiteral(" src=\"") + htmlEscape(local) + QLatin1Char('"');
            return true;
        }
        ++m_result.missingImages;
        // The original address stays visible as a tooltip, never as something to load.
        *element = QStringLiteral("<img src=\"") + htmlEscape(m_options.missingImageUrl) + QLatin1Char('"');
        if (isRemoteUrl(src))
            *element += QStringLiteral(" title=\"") + htmlEscape(src.left(300)) + QLatin1Char('"');
        return !m_options.missingImageUrl.isEmpty();
    }

    const QString &m_html;
    const SanitizeOptions &m_options;
    SanitizeResult m_result;
    QString m_out;
    QStringList m_open; // allowed elements currently open, innermost last
    int m_pos = 0;
};

} // namespace

SanitizeResult sanitizeHtml(const QString &html, const SanitizeOptions &options)
{
    return Sanitizer(html, options).run();
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
