// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltags.h"

namespace ks::html {

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char(':') || c == QLatin1Char('_');
}

bool startsWith(const QString &html, int pos, QLatin1String what, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    return QStringView(html).mid(pos).startsWith(what, cs);
}

} // namespace

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

int findEndTag(const QString &html, const QString &name, int from, int *after)
{
    const QString opener = QStringLiteral("</") + name;
    const int n = int(html.size());
    for (int at = int(html.indexOf(opener, from, Qt::CaseInsensitive)); at >= 0;
         at = int(html.indexOf(opener, at + 1, Qt::CaseInsensitive))) {
        const int nameEnd = at + int(opener.size());
        // "</scripts>" is not the end of <script>.
        if (nameEnd < n && isNameChar(html.at(nameEnd)))
            continue;
        const int gt = int(html.indexOf(QLatin1Char('>'), nameEnd));
        *after = gt < 0 ? nameEnd : gt + 1;
        return at;
    }
    return -1;
}

int skipDeclaration(const QString &html, int pos)
{
    const int n = int(html.size());
    if (pos + 1 >= n || (html.at(pos + 1) != QLatin1Char('!') && html.at(pos + 1) != QLatin1Char('?')))
        return -1;
    if (startsWith(html, pos, QLatin1String("<!--"))) {
        // From pos + 2 so that "<!-->" and "<!--->" end where browsers end them.
        const int dashes = int(html.indexOf(QLatin1String("-->"), pos + 2));
        const int bang = int(html.indexOf(QLatin1String("--!>"), pos + 4));
        if (dashes < 0 && bang < 0)
            return pos + 4;
        if (bang >= 0 && (dashes < 0 || bang < dashes))
            return bang + 4;
        return dashes + 3;
    }
    if (startsWith(html, pos, QLatin1String("<![CDATA["), Qt::CaseInsensitive)) {
        const int end = int(html.indexOf(QLatin1String("]]>"), pos + 9));
        return end < 0 ? pos + 9 : end + 3;
    }
    // <!DOCTYPE …>, <?xml …?>, <![endif]>: up to the next '>'.
    const int gt = int(html.indexOf(QLatin1Char('>'), pos + 2));
    return gt < 0 ? -1 : gt + 1;
}

int nextMarkup(const QString &html, int from)
{
    const int n = int(html.size());
    for (int at = int(html.indexOf(QLatin1Char('<'), from)); at >= 0;
         at = int(html.indexOf(QLatin1Char('<'), at + 1))) {
        Tag tag;
        if (parseTag(html, at, &tag) || skipDeclaration(html, at) >= 0)
            return at;
    }
    return n;
}

} // namespace ks::html
