// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownparse.h"

#include "util/textutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

namespace ks::md {

namespace {

const QRegularExpression &infoLine()
{
    static const QRegularExpression r = re(R"(^>\s*(\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)(.*)$)");
    return r;
}

QString escapeAndInline(const QString &text)
{
    // Escape first, then turn image MarkDown into <img>: the src is escaped text too.
    static const QRegularExpression image = re(R"(!\[([^\]]*)\]\(((?:[^()\s]|\([^()\s]*\))+)[^)]*\))");
    QString out = htmlEscape(text);
    out.replace(image, QStringLiteral("<img src=\"\\2\" alt=\"\\1\">"));
    return out;
}

} // namespace

QString toQzoneMarkup(const QString &rendered, QList<PersonRef> *mentions)
{
    static const QRegularExpression emoticon =
        re(R"(!\[[^\]]*\]\(\s*([^)\s]*?)\s*\)|<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["'][^>]*>)");
    static const QRegularExpression emName = re(R"((?:^|/)(e\d+)\.gif$)");
    static const QRegularExpression mention =
        re(R"(\[@([^\]]*)\]\(\s*https?://user\.qzone\.qq\.com/(\d+)[^)]*\))");
    static const QRegularExpression topic =
        re(R"(\[([^\]]*)\]\(\s*https?://rc\.qzone\.qq\.com/qzonesoso/[^)]*\))");
    static const QRegularExpression plainLink = re(R"(\[([^\]]+)\]\(\s*([^)\s]+)\s*\))");

    QString out;
    out.reserve(rendered.size());
    qsizetype last = 0;
    for (auto it = emoticon.globalMatch(rendered); it.hasNext();) {
        const auto m = it.next();
        const QString path = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        const auto name = emName.match(path.toLower());
        if (!name.hasMatch() || !isEmoticonPath(path))
            continue;
        out += QStringView(rendered).mid(last, m.capturedStart() - last);
        out += QStringLiteral("[em]%1[/em]").arg(name.captured(1));
        last = m.capturedEnd();
    }
    out += QStringView(rendered).mid(last);

    QString withMentions;
    last = 0;
    for (auto it = mention.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        withMentions += QStringView(out).mid(last, m.capturedStart() - last);
        const QString nick = htmlUnescape(m.captured(1));
        withMentions += QStringLiteral("@{uin:%1,nick:%2,who:1}").arg(m.captured(2), nick);
        if (mentions)
            mentions->append(PersonRef{m.captured(2), nick});
        last = m.capturedEnd();
    }
    withMentions += QStringView(out).mid(last);

    QString withTopics;
    last = 0;
    for (auto it = topic.globalMatch(withMentions); it.hasNext();) {
        const auto m = it.next();
        withTopics += QStringView(withMentions).mid(last, m.capturedStart() - last);
        QString name = m.captured(1);
        if (!name.startsWith(QLatin1Char('#')))
            name.prepend(QLatin1Char('#'));
        if (!name.endsWith(QLatin1Char('#')) || name.size() < 2)
            name.append(QLatin1Char('#'));
        withTopics += name;
        last = m.capturedEnd();
    }
    withTopics += QStringView(withMentions).mid(last);

    // A bare URL the exporter turned into [url](url) goes back to the URL.
    QString result;
    last = 0;
    for (auto it = plainLink.globalMatch(withTopics); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() > 0 && withTopics.at(m.capturedStart() - 1) == QLatin1Char('!'))
            continue;
        if (htmlUnescape(m.captured(1)) != htmlUnescape(m.captured(2)))
            continue;
        result += QStringView(withTopics).mid(last, m.capturedStart() - last);
        result += m.captured(2);
        last = m.capturedEnd();
    }
    result += QStringView(withTopics).mid(last);
    return htmlUnescape(result);
}

PersonRef leadingPerson(const QString &text, const QString &separator, QString *rest)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('['))) {
        const qsizetype close = t.indexOf(QLatin1String("]("));
        const qsizetype end = close < 0 ? -1 : t.indexOf(QLatin1Char(')'), close + 2);
        if (end > 0) {
            QString after = t.mid(end + 1);
            const QString trimmedAfter = after.trimmed();
            if (trimmedAfter.startsWith(separator) || separator.isEmpty()) {
                if (rest)
                    *rest = separator.isEmpty() ? trimmedAfter
                                                : after.mid(after.indexOf(separator) + separator.size());
                const QString url = t.mid(close + 2, end - close - 2);
                return PersonRef{uinFromUrl(url), htmlUnescape(t.mid(1, close - 1)).trimmed()};
            }
        }
    }
    const qsizetype sep = separator.isEmpty() ? -1 : t.indexOf(separator);
    if (sep > 0 && sep < 64) {
        if (rest)
            *rest = t.mid(sep + separator.size());
        return PersonRef{QString(), htmlUnescape(t.left(sep)).trimmed()};
    }
    if (rest)
        *rest = text;
    return PersonRef{};
}

QList<CommentRecord> parseComments(const QList<Line> &lines, int from, int to,
                                   const qzone::MediaResolver &resolver, bool trailingTime)
{
    static const QRegularExpression item = re(R"(^(\t*)[*\-]\s+(.*)$)");
    static const QRegularExpression timeSuffix =
        re(R"(\s*\*(\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)\*\s*$)");
    struct Flat
    {
        int depth = 0;
        CommentRecord record;
        QString rendered;
        QStringList raw;
    };
    QList<Flat> flat;
    for (int i = from; i < to && i < lines.size(); ++i) {
        const QString &text = lines.at(i).text;
        if (isBlank(text))
            continue;
        const auto m = item.match(text);
        if (m.hasMatch()) {
            Flat f;
            f.depth = int(m.capturedLength(1));
            QString content = m.captured(2);
            if (trailingTime) {
                const auto t = timeSuffix.match(content);
                if (t.hasMatch()) {
                    f.record.created = parseLocalTime(t.captured(1));
                    content.truncate(t.capturedStart());
                }
            }
            QString rest;
            f.record.author = leadingPerson(content, fullColon(), &rest);
            f.rendered = f.record.author.isValid() ? rest : content;
            f.raw << lines.at(i).raw;
            flat << f;
            continue;
        }
        if (flat.isEmpty())
            continue; // text before the first comment: not a comment
        Flat &last = flat.last();
        last.raw << lines.at(i).raw;
        if (isImageOnlyLine(text)) {
            QStringList roles;
            const QStringList paths = mediaPathsIn(text, &roles);
            last.record.media += resolveAll(paths, roles, resolver);
        } else {
            last.rendered += QLatin1Char('\n') + text.trimmed();
        }
    }

    QList<CommentRecord> roots;
    for (Flat &f : flat) {
        f.record.text = toQzoneMarkup(f.rendered.trimmed());
        f.record.sourceRecord = f.raw.join(QLatin1Char('\n')).toUtf8();
        if (f.depth == 0 || roots.isEmpty()) {
            roots << f.record;
            continue;
        }
        CommentRecord *parent = &roots.last();
        for (int d = 1; d < f.depth && !parent->replies.isEmpty(); ++d)
            parent = &parent->replies.last();
        parent->replies << f.record;
    }
    return roots;
}

namespace {

// One 说说 block: lines [begin, end) where lines[begin] is the info line.
MemoryRecord parsePostBlock(const QList<Line> &lines, int begin, int end,
                            const qzone::MediaResolver &resolver)
{
    static const QRegularExpression location = re(R"(【\s*\[([^\]]*)\]\(([^)]*)\)\s*】)");
    static const QRegularExpression plainLocation = re(R"(【([^【】\[\]]+)】)");
    static const QRegularExpression coord = re(R"(coord:\s*(-?[\d.]+)\s*,\s*(-?[\d.]+))");
    static const QRegularExpression addr = re(R"(addr:([^;&)]*))");
    static const QRegularExpression rtHeader = re(R"(^>\s*原文\s*[:：]\s*$)");

    MemoryRecord record;
    record.kind = MemoryKind::Post;
    const auto info = infoLine().match(lines.at(begin).text);
    record.created = parseLocalTime(info.captured(1), &record.minutePrecision);
    QString rest = info.captured(2);
    bool repost = false;
    if (rest.contains(QStringLiteral("【转发】"))) {
        repost = true;
        rest.remove(QStringLiteral("【转发】"));
    }
    if (const auto loc = location.match(rest); loc.hasMatch()) {
        record.location = htmlUnescape(loc.captured(1)).trimmed();
        const QString url = loc.captured(2);
        if (const auto c = coord.match(url); c.hasMatch()) {
            bool okLat = false;
            bool okLon = false;
            const double lat = c.captured(1).toDouble(&okLat);
            const double lon = c.captured(2).toDouble(&okLon);
            if (okLat && okLon) {
                record.latitude = lat;
                record.longitude = lon;
            }
        }
        if (const auto a = addr.match(url); a.hasMatch() && !a.captured(1).trimmed().isEmpty())
            record.extra.insert(QStringLiteral("address"), htmlUnescape(a.captured(1)).trimmed());
    } else if (const auto plain = plainLocation.match(rest); plain.hasMatch()) {
        record.location = htmlUnescape(plain.captured(1)).trimmed();
    }

    int commentAt = lastCommentHeader(lines, begin + 1, end);
    const int contentEnd = commentAt < 0 ? end : commentAt;
    int rtAt = -1;
    for (int i = begin + 1; i < contentEnd; ++i) {
        if (rtHeader.match(lines.at(i).text).hasMatch()) {
            rtAt = i;
            break;
        }
    }

    // Media lines: leading markup (voice) and trailing markup/image lines of the content.
    QStringList mediaLines;
    int ownFrom = begin + 1;
    while (ownFrom < contentEnd &&
           (isBlank(lines.at(ownFrom).text) || isMarkupLine(lines.at(ownFrom).text))) {
        if (!isBlank(lines.at(ownFrom).text))
            mediaLines << lines.at(ownFrom).text;
        ++ownFrom;
    }
    int tailEnd = contentEnd;
    const int tailFloor = rtAt >= 0 ? rtAt + 1 : ownFrom;
    QStringList trailing;
    while (tailEnd > tailFloor &&
           (isBlank(lines.at(tailEnd - 1).text) || isMarkupLine(lines.at(tailEnd - 1).text) ||
            isImageOnlyLine(lines.at(tailEnd - 1).text))) {
        if (!isBlank(lines.at(tailEnd - 1).text))
            trailing.prepend(lines.at(tailEnd - 1).text);
        --tailEnd;
    }
    mediaLines += trailing;

    const int ownTo = rtAt >= 0 ? rtAt : tailEnd;
    record.text = toQzoneMarkup(joinTrimmed(lines, ownFrom, ownTo), &record.mentions);
    if (repost || rtAt >= 0) {
        QJsonObject original;
        if (rtAt >= 0) {
            QString rtText;
            const PersonRef who = leadingPerson(joinTrimmed(lines, rtAt + 1, tailEnd), fullColon(), &rtText);
            if (!who.uin.isEmpty())
                original.insert(QStringLiteral("uin"), who.uin);
            if (!who.name.isEmpty())
                original.insert(QStringLiteral("name"), who.name);
            original.insert(
                QStringLiteral("text"),
                toQzoneMarkup(who.isValid() ? rtText.trimmed() : joinTrimmed(lines, rtAt + 1, tailEnd)));
        }
        record.extra.insert(QStringLiteral("repost"), original);
    }

    for (const QString &line : std::as_const(mediaLines)) {
        QStringList roles;
        const QStringList paths = mediaPathsIn(line, &roles);
        record.media += resolveAll(paths, roles, resolver);
    }
    if (commentAt >= 0) {
        record.comments = parseComments(lines, commentAt + 1, end, resolver);
        bool okCount = false;
        const int count = commentHeader().match(lines.at(commentAt).text).captured(1).toInt(&okCount);
        if (okCount)
            record.extra.insert(QStringLiteral("comment_total"), count);
    }
    record.sourceRecord = joinRaw(lines, begin, end).toUtf8();
    return record;
}

} // namespace

ParsedItems parseMessages(const QString &text, const qzone::MediaResolver &resolver)
{
    ParsedItems parsed;
    const QList<Line> lines = splitLines(text);
    int blockStart = 0;
    auto flush = [&](int from, int to) {
        while (from < to && (isBlank(lines.at(from).text) || isHeading(lines.at(from).text)))
            ++from;
        if (from >= to)
            return;
        if (!infoLine().match(lines.at(from).text).hasMatch()) {
            parsed.errors << BlockError{
                lines.at(from).number,
                QStringLiteral("a 说说 block without its \"> yyyy-MM-dd hh:mm:ss\" line"),
                joinRaw(lines, from, to)};
            return;
        }
        parsed.items << parsePostBlock(lines, from, to, resolver);
    };
    for (int i = 0; i < lines.size(); ++i) {
        if (isRule(lines.at(i).text)) {
            flush(blockStart, i);
            blockStart = i + 1;
        }
    }
    flush(blockStart, int(lines.size()));
    return parsed;
}

ParsedItems parseBlog(const QString &text, const QString &fileName, const qzone::MediaResolver &resolver)
{
    static const QRegularExpression blogName =
        re(R"(^\d+_(\d{4}-\d{2}-\d{2})(\d{2})_(\d{2})(?:_(.*?))?【(.*)】\.md$)");
    static const QRegularExpression diaryName =
        re(R"(^\d+_(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})_(.*?)【(.*)】\.md$)");
    static const QRegularExpression timeLine =
        re(R"(^>\s*(\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*$)");

    ParsedItems parsed;
    MemoryRecord record;
    record.kind = MemoryKind::Blog;

    QString fileTitle;
    qint64 fileTime = kNoTime;
    QStringList labels;
    if (const auto m = blogName.match(fileName); m.hasMatch()) {
        fileTime =
            parseLocalTime(QStringLiteral("%1 %2:%3").arg(m.captured(1), m.captured(2), m.captured(3)));
        labels = m.captured(4).split(QLatin1Char('_'), Qt::SkipEmptyParts);
        fileTitle = m.captured(5);
    } else if (const auto d = diaryName.match(fileName); d.hasMatch()) {
        fileTime = parseLocalTime(QStringLiteral("%1-%2-%3 %4:%5:%6")
                                      .arg(d.captured(1), d.captured(2), d.captured(3), d.captured(4),
                                           d.captured(5), d.captured(6)));
        labels = d.captured(7).split(QLatin1Char('_'), Qt::SkipEmptyParts);
        fileTitle = d.captured(8);
    }

    const QList<Line> lines = splitLines(text);
    int i = 0;
    while (i < lines.size() && isBlank(lines.at(i).text))
        ++i;
    if (i < lines.size() && lines.at(i).text.startsWith(QLatin1String("# "))) {
        record.title = htmlUnescape(lines.at(i).text.mid(2).trimmed());
        ++i;
    }
    while (i < lines.size() && isBlank(lines.at(i).text))
        ++i;
    if (i < lines.size()) {
        if (const auto t = timeLine.match(lines.at(i).text); t.hasMatch()) {
            record.created = parseLocalTime(t.captured(1), &record.minutePrecision);
            ++i;
        }
    }
    if (record.title.isEmpty())
        record.title = fileTitle;
    if (record.created == kNoTime && fileTime != kNoTime) {
        record.created = fileTime;
        record.minutePrecision = true;
    }
    if (record.title.isEmpty() && record.created == kNoTime) {
        parsed.errors << BlockError{
            1, QStringLiteral("no \"# title\" and no \"> time\" line: not a 日志 file"), QString()};
        return parsed;
    }
    if (record.created == kNoTime)
        parsed.errors << BlockError{i + 1, QStringLiteral("the 日志 names no time; imported without one"),
                                    QString()};

    const int commentAt = lastCommentHeader(lines, i, int(lines.size()));
    const int bodyEnd = commentAt < 0 ? int(lines.size()) : commentAt;
    record.text = joinTrimmed(lines, i, bodyEnd);
    record.html = markdownToHtml(record.text);
    for (int k = i; k < bodyEnd; ++k) {
        QStringList roles;
        const QStringList paths = mediaPathsIn(lines.at(k).text, &roles);
        record.media += resolveAll(paths, roles, resolver);
    }
    if (commentAt >= 0)
        record.comments = parseComments(lines, commentAt + 1, int(lines.size()), resolver);
    if (!labels.isEmpty())
        record.extra.insert(QStringLiteral("labels"), QJsonArray::fromStringList(labels));
    record.sourceRecord = text.toUtf8();
    parsed.items << record;
    return parsed;
}

BoardFile parseBoards(const QString &text, const qzone::MediaResolver &resolver)
{
    static const QRegularExpression floor = re(R"(^#{3,6}\s*第\s*(\d+)\s*楼\s*$)");
    static const QRegularExpression author =
        re(R"(^>\s*(.*?)\s*\*(\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)\*\s*$)");
    static const QRegularExpression bodyHeader = re(R"(^>\s*正文\s*[:：]\s*$)");
    static const QRegularExpression replyHeader = re(R"(^>\s*回复\s*[:：]\s*$)");
    static const QRegularExpression ownerHeader = re(R"(^>\s*主人寄语)");
    static const QRegularExpression countLine = re(R"(^>\s*留言\s*[(（]\s*\d+\s*[)）]\s*$)");
    static const QRegularExpression mdImage = re(R"(!\[[^\]]*\]\(\s*((?:[^()\s]|\([^()\s]*\))+)[^)]*\))");

    BoardFile parsed;
    const QList<Line> lines = splitLines(text);
    int i = 0;
    while (i < lines.size() && isBlank(lines.at(i).text))
        ++i;
    if (i < lines.size() && ownerHeader.match(lines.at(i).text).hasMatch()) {
        int end = i + 1;
        while (end < lines.size() && !isRule(lines.at(end).text))
            ++end;
        QStringList message;
        for (int k = i + 1; k < end; ++k)
            message << lines.at(k).text.trimmed();
        parsed.ownerMessage = message.join(QLatin1Char('\n')).trimmed();
        i = end + 1;
    }

    while (i < lines.size()) {
        const QString &t = lines.at(i).text;
        const auto f = floor.match(t);
        if (!f.hasMatch()) {
            if (!isBlank(t) && !isHeading(t) && !isRule(t) && !countLine.match(t).hasMatch())
                parsed.errors << BlockError{lines.at(i).number, QStringLiteral("text outside any 留言 block"),
                                            lines.at(i).raw};
            ++i;
            continue;
        }
        int end = i + 1;
        // A 留言 ends at its rule, the next floor, or a year/month heading.
        auto endsBlock = [&](const QString &line) {
            return isRule(line) || floor.match(line).hasMatch() ||
                   (isHeading(line) && !line.startsWith(QLatin1String("###")));
        };
        while (end < lines.size() && !endsBlock(lines.at(end).text))
            ++end;

        MemoryRecord record;
        record.kind = MemoryKind::Board;
        record.extra.insert(QStringLiteral("floor"), f.captured(1).toInt());
        int bodyAt = -1;
        int replyAt = -1;
        for (int k = i + 1; k < end; ++k) {
            const QString &line = lines.at(k).text;
            if (record.created == kNoTime && bodyAt < 0) {
                if (const auto a = author.match(line); a.hasMatch()) {
                    record.author = personFromLink(a.captured(1));
                    record.created = parseLocalTime(a.captured(2), &record.minutePrecision);
                    continue;
                }
            }
            if (bodyAt < 0 && bodyHeader.match(line).hasMatch())
                bodyAt = k;
            else if (bodyAt >= 0 && replyAt < 0 && replyHeader.match(line).hasMatch())
                replyAt = k;
        }
        if (record.created == kNoTime || bodyAt < 0) {
            parsed.errors << BlockError{
                lines.at(i).number,
                QStringLiteral("留言 %1楼 lacks its author/time or 正文 line").arg(f.captured(1)),
                joinRaw(lines, i, end)};
            i = end;
            continue;
        }
        const int bodyEnd = replyAt < 0 ? end : replyAt;
        QString body = joinTrimmed(lines, bodyAt + 1, bodyEnd);
        if (body.startsWith(QLatin1String("- ")) || body.startsWith(QLatin1String("* ")))
            body = body.mid(2);
        QString message;
        const PersonRef writer = leadingPerson(body, fullColon(), &message);
        if (!writer.isValid())
            message = body;
        if (!record.author.isValid())
            record.author = writer;
        for (auto it = mdImage.globalMatch(message); it.hasNext();) {
            const auto m = it.next();
            if (isEmoticonPath(m.captured(1)))
                continue;
            record.media += resolveAll({m.captured(1)}, {QStringLiteral("image")}, resolver);
        }
        QStringList roles;
        const QStringList tagged =
            mediaPathsIn(message.contains(QLatin1Char('<')) ? message : QString(), &roles);
        record.media += resolveAll(tagged, roles, resolver);
        // The pictures are media now; the text keeps the words and emoticons.
        QString words = message;
        for (auto it = mdImage.globalMatch(message); it.hasNext();) {
            const auto m = it.next();
            if (!isEmoticonPath(m.captured(1)))
                words.replace(m.captured(0), QString());
        }
        record.text = toQzoneMarkup(words.trimmed(), &record.mentions);
        if (replyAt >= 0)
            record.comments = parseComments(lines, replyAt + 1, end, resolver, true);
        record.sourceRecord = joinRaw(lines, i, end).toUtf8();
        parsed.items << record;
        i = end;
    }
    return parsed;
}

QString markdownToHtml(const QString &markdown)
{
    static const QRegularExpression heading = re(R"(^(#{1,6})\s+(.*)$)");
    static const QRegularExpression tableRule = re(R"(^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$)");
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QStringList out;
    QStringList paragraph;
    auto flushParagraph = [&] {
        if (paragraph.isEmpty())
            return;
        QStringList escaped;
        for (const QString &l : std::as_const(paragraph))
            escaped << escapeAndInline(l);
        out << QStringLiteral("<p>%1</p>").arg(escaped.join(QStringLiteral("<br>")));
        paragraph.clear();
    };
    auto cells = [](QString row) {
        row = row.trimmed();
        if (row.startsWith(QLatin1Char('|')))
            row.remove(0, 1);
        if (row.endsWith(QLatin1Char('|')))
            row.chop(1);
        QStringList result;
        for (const QString &c : row.split(QLatin1Char('|')))
            result << escapeAndInline(c.trimmed());
        return result;
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty()) {
            flushParagraph();
            continue;
        }
        if (const auto h = heading.match(line); h.hasMatch()) {
            flushParagraph();
            const int level = int(h.capturedLength(1));
            out << QStringLiteral("<h%1>%2</h%1>").arg(level).arg(escapeAndInline(h.captured(2)));
            continue;
        }
        if (line.trimmed().startsWith(QLatin1Char('|')) && i + 1 < lines.size() &&
            tableRule.match(lines.at(i + 1)).hasMatch()) {
            flushParagraph();
            QString table = QStringLiteral("<table><tr>");
            for (const QString &c : cells(line))
                table += QStringLiteral("<th>%1</th>").arg(c);
            table += QStringLiteral("</tr>");
            i += 2;
            for (; i < lines.size() && lines.at(i).trimmed().startsWith(QLatin1Char('|')); ++i) {
                table += QStringLiteral("<tr>");
                for (const QString &c : cells(lines.at(i)))
                    table += QStringLiteral("<td>%1</td>").arg(c);
                table += QStringLiteral("</tr>");
            }
            --i;
            out << table + QStringLiteral("</table>");
            continue;
        }
        paragraph << line;
    }
    flushParagraph();
    return out.join(QLatin1Char('\n'));
}

} // namespace ks::md
