// SPDX-License-Identifier: GPL-3.0-or-later
#include "qzonetext.h"

#include <QRegularExpression>

namespace ks {

namespace {

// One pass over all three kinds of markup; the alternation order decides overlaps.
const QRegularExpression &markupPattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\[em\\]e(\\d+)\\[/em\\]"                                             // 1: emoticon id
            "|@?\\{uin:([^,}]*),nick:([^}]*?)(?:,who:[^},]*)?(?:,auto:[^},]*)?\\}" // 2: uin, 3: nick
            "|#([^#\\n]{1,40})#"),                                                 // 4: topic
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

QzoneDisplayText qzoneDisplayText(const QString &raw)
{
    QzoneDisplayText out;
    QString source = raw;
    source.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    source.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    out.text.reserve(source.size());
    int last = 0;
    auto it = markupPattern().globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out.text += QStringView(source).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        QzoneSpan span;
        span.start = int(out.text.size());
        if (m.capturedLength(1) > 0) {
            span.kind = QzoneSpan::Emoticon;
            span.value = m.captured(1);
            out.text += kEmoticonPlaceholder;
        } else if (m.capturedStart(2) >= 0) {
            const QString nick = m.captured(3).trimmed();
            span.kind = QzoneSpan::Mention;
            span.value = m.captured(2).trimmed();
            // "{uin:…,nick:…}" without the @ is shown as the bare nick, as QQ Space did.
            const bool at = m.captured(0).startsWith(QLatin1Char('@'));
            out.text += (at ? QStringLiteral("@") : QString()) + (nick.isEmpty() ? span.value : nick);
        } else {
            span.kind = QzoneSpan::Topic;
            span.value = m.captured(4);
            out.text += m.captured(0);
        }
        span.length = int(out.text.size()) - span.start;
        out.spans.append(span);
    }
    out.text += QStringView(source).mid(last);
    return out;
}

QString qzonePlainText(const QString &raw, bool singleLine)
{
    QzoneDisplayText display = qzoneDisplayText(raw);
    QString text = display.text;
    // Only the placeholders we put there: a real ideographic space in the text stays.
    for (auto it = display.spans.crbegin(); it != display.spans.crend(); ++it) {
        if (it->kind == QzoneSpan::Emoticon)
            text.remove(it->start, it->length);
    }
    if (singleLine)
        return text.simplified();
    return text.trimmed();
}

} // namespace ks
