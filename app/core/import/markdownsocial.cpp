// SPDX-License-Identifier: GPL-3.0-or-later
// 收藏夹, 分享 and 访客 of a QZoneExport MarkDown export (API.Favorites/Shares/Visitors
// .getMarkdown): each module writes "# yyyy年", "## M月", then its items, each closed by "---".
#include "markdownparse.h"

#include "util/textutil.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace ks::md {

namespace {

// The exporter's "# 2019年" / "## 8月 " headings between items.
bool isYearOrMonthHeading(const QString &s)
{
    static const QRegularExpression r = re(R"(^#{1,2}\s*\d{1,4}\s*[年月]\s*$)");
    return r.match(s).hasMatch();
}

/// Calls @p parseBlock for every item block [from, to) of the file: the text between rules,
/// without the year/month headings and blank lines around it.
template <typename ParseBlock> void forEachBlock(const QList<Line> &lines, ParseBlock parseBlock)
{
    auto flush = [&](int from, int to) {
        while (from < to && (isBlank(lines.at(from).text) || isYearOrMonthHeading(lines.at(from).text)))
            ++from;
        while (to > from && isBlank(lines.at(to - 1).text))
            --to;
        if (from < to)
            parseBlock(from, to);
    };
    int blockStart = 0;
    for (int i = 0; i < lines.size(); ++i) {
        if (isRule(lines.at(i).text)) {
            flush(blockStart, i);
            blockStart = i + 1;
        }
    }
    flush(blockStart, int(lines.size()));
}

/// The media of a line that holds only pictures or media markup; empty for a line of text.
QList<MediaRef> mediaOfLine(const QString &line, const qzone::MediaResolver &resolver)
{
    if (!isImageOnlyLine(line) && !isMarkupLine(line))
        return {};
    QStringList roles;
    const QStringList paths = mediaPathsIn(line, &roles);
    return resolveAll(paths, roles, resolver);
}

// A time the exporter formatted from 0 or nothing ("1970-01-01 08:00:00") is no time.
qint64 knownTime(qint64 t)
{
    return t != kNoTime && t > 0 ? t : kNoTime;
}

/// "[text](url)" as the whole of @p s: its text and url.
bool wholeLink(const QString &s, QString *text, QString *url)
{
    static const QRegularExpression r = re(R"(^\[([^\]]*)\]\(([^)\s]*)\)\s*$)");
    const auto m = r.match(s.trimmed());
    if (!m.hasMatch())
        return false;
    *text = m.captured(1);
    *url = m.captured(2);
    return true;
}

MemoryRecord parseFavoriteBlock(const QList<Line> &lines, int from, int to,
                                const qzone::MediaResolver &resolver)
{
    static const QRegularExpression header =
        re(R"(^(.*?)【\s*(\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*】\s*$)");
    static const QRegularExpression typeAndTitle = re(R"(^\s*(\S+)\s*(?:\[([^\]]*)\]\(([^)]*)\))?\s*$)");

    MemoryRecord record;
    record.kind = MemoryKind::Favorite;
    int bodyFrom = from;
    if (const auto h = header.match(lines.at(from).text); h.hasMatch()) {
        QString rest;
        const PersonRef owner = leadingPerson(h.captured(1), QString(), &rest);
        if (owner.isValid()) {
            record.author = owner;
            record.created = knownTime(parseLocalTime(h.captured(2), &record.minutePrecision));
            if (const auto t = typeAndTitle.match(rest); t.hasMatch()) {
                record.extra.insert(QStringLiteral("type_name"), t.captured(1));
                if (!t.captured(2).isEmpty())
                    record.title = htmlUnescape(t.captured(2)).trimmed();
                // The exporter's template leaves braces around these links: "({https://…})".
                QString url = t.captured(3).trimmed();
                if (url.startsWith(QLatin1Char('{')) && url.endsWith(QLatin1Char('}')))
                    url = url.mid(1, url.size() - 2);
                if (!url.isEmpty())
                    record.extra.insert(QStringLiteral("url"), url);
            } else if (!rest.trimmed().isEmpty()) {
                record.extra.insert(QStringLiteral("type_name"), rest.trimmed());
            }
            bodyFrom = from + 1;
        }
    }
    // Every other line is the favourite's text, whatever its shape; pictures become media.
    QStringList text;
    for (int k = bodyFrom; k < to; ++k) {
        const QString &line = lines.at(k).text;
        if (isBlank(line))
            continue;
        const QList<MediaRef> media = mediaOfLine(line, resolver);
        if (!media.isEmpty() || isMarkupLine(line)) {
            record.media += media;
            continue;
        }
        QString piece = line.trimmed().startsWith(QLatin1Char('>')) ? stripBlockquote(line) : line.trimmed();
        QString linkText;
        QString url;
        if (record.title.isEmpty() && wholeLink(piece, &linkText, &url)) {
            // A shared page's "> [title](url)".
            record.title = htmlUnescape(linkText).trimmed();
            record.extra.insert(QStringLiteral("url"), url);
            continue;
        }
        text << piece;
    }
    record.text = toQzoneMarkup(text.join(QLatin1Char('\n')).trimmed(), &record.mentions);
    record.sourceRecord = joinRaw(lines, from, to).toUtf8();
    return record;
}

MemoryRecord parseShareBlock(const QList<Line> &lines, int from, int to, const qzone::MediaResolver &resolver)
{
    static const QRegularExpression shareWord = re(R"(^\s*分享\s*[:：]\s*)");
    static const QRegularExpression fromLine =
        re(R"(^\s*来自\s*[:：]\s*(?:\[([^\]]*)\]\(([^)]*)\))?\s*(?:共分享\s*(\d+)\s*次)?\s*$)");
    static const QRegularExpression timeLine =
        re(R"(^>\s*(\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*$)");

    MemoryRecord record;
    record.kind = MemoryKind::Share;
    QJsonObject source;
    QStringList unknown;
    QStringList sourceText;
    int k = from;
    QString rest;
    const PersonRef who = leadingPerson(lines.at(from).text, QString(), &rest);
    if (who.isValid() && shareWord.match(rest).hasMatch()) {
        record.author = who;
        record.text =
            toQzoneMarkup(rest.mid(shareWord.match(rest).capturedLength()).trimmed(), &record.mentions);
        ++k;
    }
    const int commentAt = lastCommentHeader(lines, k, to);
    const int contentEnd = commentAt < 0 ? to : commentAt;
    for (; k < contentEnd; ++k) {
        const QString &line = lines.at(k).text;
        if (isBlank(line))
            continue;
        const QList<MediaRef> media = mediaOfLine(line, resolver);
        if (!media.isEmpty()) {
            record.media += media;
            continue;
        }
        QString linkText;
        QString url;
        if (const auto t = timeLine.match(line); t.hasMatch() && record.created == kNoTime) {
            record.created = knownTime(parseLocalTime(t.captured(1), &record.minutePrecision));
        } else if (const auto f = fromLine.match(line); f.hasMatch()) {
            QJsonObject origin;
            if (!f.captured(1).isEmpty())
                origin.insert(QStringLiteral("name"), htmlUnescape(f.captured(1)));
            if (!f.captured(2).isEmpty())
                origin.insert(QStringLiteral("url"), f.captured(2));
            if (!origin.isEmpty())
                source.insert(QStringLiteral("from"), origin);
            if (!f.captured(3).isEmpty())
                source.insert(QStringLiteral("count"), f.captured(3).toInt());
        } else if (!source.contains(QLatin1String("title")) && line.trimmed().startsWith(QLatin1Char('>')) &&
                   wholeLink(stripBlockquote(line), &linkText, &url)) {
            record.title = htmlUnescape(linkText).trimmed();
            source.insert(QStringLiteral("title"), record.title);
            source.insert(QStringLiteral("url"), url);
        } else if (source.contains(QLatin1String("title"))) {
            sourceText << line.trimmed();
        } else {
            unknown << line.trimmed(); // a line of another shape: kept as text
        }
    }
    if (!sourceText.isEmpty())
        source.insert(QStringLiteral("desc"), htmlUnescape(sourceText.join(QLatin1Char('\n'))));
    if (!source.isEmpty())
        record.extra.insert(QStringLiteral("source"), source);
    if (!unknown.isEmpty()) {
        const QString more = toQzoneMarkup(unknown.join(QLatin1Char('\n')), &record.mentions);
        record.text = record.text.isEmpty() ? more : record.text + QLatin1Char('\n') + more;
    }
    if (commentAt >= 0) {
        record.comments = parseComments(lines, commentAt + 1, to, resolver);
        bool okCount = false;
        const int count = commentHeader().match(lines.at(commentAt).text).captured(1).toInt(&okCount);
        if (okCount)
            record.extra.insert(QStringLiteral("comment_total"), count);
    }
    record.sourceRecord = joinRaw(lines, from, to).toUtf8();
    return record;
}

MemoryRecord parseVisitBlock(const QList<Line> &lines, int from, int to, const qzone::MediaResolver &resolver)
{
    static const QRegularExpression timeHeading =
        re(R"(^#{3,6}\s*(\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*$)");
    static const QRegularExpression action = re(R"(^\s*(访问了主页|查看了(说说|日志|相册|分享))\s*$)");
    static const QRegularExpression othersHeader = re(R"(^\s*以下这些访客当天也访问了)");
    static const QRegularExpression listItem = re(R"(^\s*[-*]\s+(.*?)\s*$)");
    static const QRegularExpression otherVisitor = re(R"(^(.*?)\s*\*([^*]+)\*\s*$)");

    MemoryRecord record;
    record.kind = MemoryKind::Visit;
    QJsonObject seen;
    QString section; // the extra key the current "查看了…" list fills
    QJsonArray others;
    bool inOthers = false;
    QStringList unknown;
    for (int k = from; k < to; ++k) {
        const QString &line = lines.at(k).text;
        if (isBlank(line))
            continue;
        if (const auto t = timeHeading.match(line); t.hasMatch() && record.created == kNoTime) {
            record.created = knownTime(parseLocalTime(t.captured(1), &record.minutePrecision));
            continue;
        }
        const QList<MediaRef> media = mediaOfLine(line, resolver);
        if (!media.isEmpty()) {
            record.media += media;
            continue;
        }
        if (othersHeader.match(line).hasMatch()) {
            inOthers = true;
            continue;
        }
        QString rest;
        const PersonRef who = leadingPerson(line, QString(), &rest);
        if (who.isValid()) {
            if (const auto a = action.match(rest); a.hasMatch()) {
                if (!record.author.isValid())
                    record.author = who;
                inOthers = false;
                static const QHash<QString, QString> keys{
                    {QStringLiteral("说说"), QStringLiteral("shuoshuoes")},
                    {QStringLiteral("日志"), QStringLiteral("blogs")},
                    {QStringLiteral("相册"), QStringLiteral("photoes")},
                    {QStringLiteral("分享"), QStringLiteral("shares")}};
                section = keys.value(a.captured(2));
                if (section.isEmpty())
                    record.extra.insert(QStringLiteral("home"), true);
                continue;
            }
        }
        const auto item = listItem.match(line);
        QString name = item.hasMatch()                               ? item.captured(1)
                       : line.trimmed().startsWith(QLatin1Char('>')) ? stripBlockquote(line)
                                                                     : QString();
        if (inOthers && item.hasMatch()) {
            QJsonObject other;
            if (const auto o = otherVisitor.match(name); o.hasMatch()) {
                other.insert(QStringLiteral("name"), toQzoneMarkup(o.captured(1).trimmed()));
                const qint64 t = parseLocalTime(o.captured(2));
                if (t != kNoTime)
                    other.insert(QStringLiteral("time"), double(t));
            } else {
                other.insert(QStringLiteral("name"), toQzoneMarkup(name));
            }
            others.append(other);
            continue;
        }
        if (!section.isEmpty() && !name.isEmpty()) {
            if (section == QLatin1String("blogs") && name.startsWith(QStringLiteral("《")) &&
                name.endsWith(QStringLiteral("》")))
                name = name.mid(1, name.size() - 2);
            QJsonArray list = seen.value(section).toArray();
            list.append(QJsonObject{{QStringLiteral("name"), toQzoneMarkup(name)}});
            seen.insert(section, list);
            continue;
        }
        unknown << line.trimmed();
    }
    for (auto it = seen.begin(); it != seen.end(); ++it)
        record.extra.insert(it.key(), it.value());
    if (!others.isEmpty())
        record.extra.insert(QStringLiteral("uins"), others);
    // JSON visits carry no text either; a line of another shape is kept rather than lost.
    record.text = toQzoneMarkup(unknown.join(QLatin1Char('\n')));
    if (!record.author.uin.isEmpty() && record.created != kNoTime)
        record.key = QStringLiteral("visit:%1:%2").arg(record.author.uin).arg(record.created);
    record.sourceRecord = joinRaw(lines, from, to).toUtf8();
    return record;
}

} // namespace

ParsedItems parseFavorites(const QString &text, const qzone::MediaResolver &resolver)
{
    ParsedItems parsed;
    const QList<Line> lines = splitLines(text);
    forEachBlock(lines, [&](int from, int to) {
        MemoryRecord record = parseFavoriteBlock(lines, from, to, resolver);
        if (!record.text.isEmpty() || !record.media.isEmpty() || record.created != kNoTime)
            parsed.items << record;
    });
    return parsed;
}

ParsedItems parseShares(const QString &text, const qzone::MediaResolver &resolver)
{
    ParsedItems parsed;
    const QList<Line> lines = splitLines(text);
    forEachBlock(lines, [&](int from, int to) {
        MemoryRecord record = parseShareBlock(lines, from, to, resolver);
        if (!record.text.isEmpty() || !record.media.isEmpty() || record.created != kNoTime ||
            !record.extra.isEmpty())
            parsed.items << record;
    });
    return parsed;
}

ParsedItems parseVisitors(const QString &text, const qzone::MediaResolver &resolver)
{
    ParsedItems parsed;
    const QList<Line> lines = splitLines(text);
    forEachBlock(lines, [&](int from, int to) {
        MemoryRecord record = parseVisitBlock(lines, from, to, resolver);
        // Kept either way: a visit without its time or visitor still says what was seen.
        if (!record.author.isValid() || record.created == kNoTime)
            parsed.errors << BlockError{lines.at(from).number,
                                        QStringLiteral("a 访客 block without its \"###### time\" or visitor; "
                                                       "kept as it is"),
                                        joinRaw(lines, from, to)};
        parsed.items << record;
    });
    return parsed;
}

} // namespace ks::md
