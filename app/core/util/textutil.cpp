// SPDX-License-Identifier: GPL-3.0-or-later
#include "textutil.h"

#include "htmlsanitizer.h"

#include <QHash>
#include <QRegularExpression>

namespace ks {

QString htmlUnescape(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QHash<QString, QString> named{
        {QStringLiteral("amp"), QStringLiteral("&")},       {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},      {QStringLiteral("nbsp"), QString(QChar(0xA0))},
        {QStringLiteral("ldquo"), QString(QChar(0x201C))},  {QStringLiteral("rdquo"), QString(QChar(0x201D))},
        {QStringLiteral("hellip"), QString(QChar(0x2026))}, {QStringLiteral("mdash"), QString(QChar(0x2014))},
    };
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString body = m.captured(1);
        QString replacement = m.captured(0);
        if (body.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = body.at(1).toLower() == QLatin1Char('x') ? body.mid(2).toUInt(&ok, 16)
                                                                       : body.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            }
        } else if (named.contains(body)) {
            replacement = named.value(body);
        }
        out += replacement;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString htmlToPlainText(const QString &html)
{
    if (html.isEmpty())
        return QString();
    static const QRegularExpression breaks(QStringLiteral("<(br\\s*/?|/p|/div|/li|/h[1-6]|/tr)\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n\\s*\\n+"));
    // Through the sanitiser first: script and style bodies never show, closed or not, and an
    // element left open (<svg>, <title>, <xmp> …) does not take the rest of the text with it.
    QString text = sanitizeHtml(html).html;
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    text = htmlUnescape(text);
    text.replace(QChar(0xA0), QLatin1Char(' '));
    text.replace(blankLines, QStringLiteral("\n\n"));
    return text.trimmed();
}

QString htmlEscape(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return out;
}

} // namespace ks
