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

const QString kFullColon = QStringLiteral("\uFF1A"); // ：

QRegularExpression re(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::UseUnicodePropertiesOption);
}

// "> 2019-08-16 17:36:00…" — a 说说's info line.
const QRegularExpression &infoLine()
{
    static const QRegularExpression r = re(R"(^>\s*(\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)(.*)$)");
    return r;
}

const QRegularExpression &commentHeader()
{
    static const QRegularExpression r = re(R"(^>\s*评论\s*[(（]\s*(\d+)\s*[)）]\s*$)");
    return r;
}

bool isBlank(const QString &s)
{
    return s.trimmed().isEmpty();
}

bool isRule(const QString &s)
{
    return s.trimmed() == QLatin1String("---");
}

bool isHeading(const QString &s)
{
    static const QRegularExpression r = re(R"(^#{1,6}\s)");
    return r.match(s).hasMatch();
}

// A line of HTML the exporter wrote around media (<div>, <img …>, <video …>): typed text is
// HTML-escaped, so a '<' followed by a tag name at the start of a line is always markup.
bool isMarkupLine(const QString &s)
{
    static const QRegularExpression r = re(R"(^\s*</?[a-zA-Z][^>]*>?\s*)");
    return r.match(s).hasMatch();
}

// A line holding only non-emoticon images, e.g. "![](images/x.jpeg)".
bool isImageOnlyLine(const QString &s)
{
    static const QRegularExpression r = re(R"(^\s*(!\[[^\]]*\]\([^)]*\)\s*)+$)");
    if (!r.match(s).hasMatch())
        return false;
    return !mediaPathsIn(s).isEmpty();
}

QString joinRaw(const QList<Line> &lines, int from, int to)
{
    QStringList parts;
    for (int i = from; i < to && i < lines.size(); ++i)
        parts << lines.at(i).raw;
    return parts.join(QLatin1Char('\n'));
}

// Lines [from, to) without leading and trailing blank lines, joined by '\n'.
QString joinTrimmed(const QList<Line> &lines, int from, int to)
{
    while (from < to && isBlank(lines.at(from).text))
        ++from;
    while (to > from && isBlank(lines.at(to - 1).text))
        --to;
    QStringList parts;
    for (int i = from; i < to; ++i)
        parts << lines.at(i).text;
    return parts.join(QLatin1Char('\n'));
}

PersonRef personFromLink(const QString &text)
{
    static const QRegularExpression link = re(R"(^\s*\[([^\]]*)\]\(([^)\s]*)[^)]*\)\s*$)");
    const auto m = link.match(text);
    if (m.hasMatch())
        return PersonRef{uinFromUrl(m.captured(2)), htmlUnescape(m.captured(1)).trimmed()};
    return PersonRef{QString(), htmlUnescape(text).trimmed()};
}

QString stripBlockquote(const QString &s)
{
    QString t = s.trimmed();
    if (t.startsWith(QLatin1Char('>')))
        t = t.mid(1).trimmed();
    return t;
}

int lastCommentHeader(const QList<Line> &lines, int from, int to)
{
    for (int i = to - 1; i >= from; --i) {
        if (commentHeader().match(lines.at(i).text).hasMatch())
            return i;
    }
    return -1;
}

QList<MediaRef> resolveAll(const QStringList &paths, const QStringList &roles,
                           const qzone::MediaResolver &resolver)
{
    QList<MediaRef> media;
    for (int i = 0; i < paths.size(); ++i) {
        const QString role = roles.value(i, QStringLiteral("image"));
        if (resolver) {
            media << resolver(paths.at(i), role);
        } else {
            MediaRef ref;
            ref.role = role;
            ref.remoteUrl = paths.at(i);
            media << ref;
        }
    }
    return media;
}

QString escapeAndInline(const QString &text)
{
    // Escape first, then turn image MarkDown into <img>: the src is escaped text too.
    static const QRegularExpression image = re(R"(!\[([^\]]*)\]\(([^)\s]+)[^)]*\))");
    QString out = htmlEscape(text);
    out.replace(image, QStringLiteral("<img src=\"\\2\" alt=\"\\1\">"));
    return out;
}

} // namespace

QString decodeText(const QByteArray &bytes, bool *ok, QString *encoding)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        if (ok)
            *ok = true;
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return text;
    }
    // Old Windows tools and hand-edited copies save GBK; GB18030 reads it and more.
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        const QString decoded = gb(bytes);
        if (ok)
            *ok = !gb.hasError();
        if (encoding)
            *encoding = QStringLiteral("GB18030");
        return decoded;
    }
    if (ok)
        *ok = false;
    if (encoding)
        *encoding = QStringLiteral("UTF-8");
    return text;
}

QList<Line> splitLines(const QString &input)
{
    QString text = input;
    // A file with old-Mac CR-only line ends.
    if (!text.contains(QLatin1Char('\n')))
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList pieces = text.split(QLatin1Char('\n'));
    QList<Line> lines;
    lines.reserve(pieces.size());
    for (int i = 0; i < pieces.size(); ++i) {
        Line line;
        line.raw = pieces.at(i);
        line.text = pieces.at(i);
        while (line.text.endsWith(QLatin1Char('\r')))
            line.text.chop(1);
        line.text.remove(QLatin1Char('\r'));
        line.number = i + 1;
        lines << line;
    }
    // The split leaves an empty last piece after a final line end: it is no line.
    if (!lines.isEmpty() && lines.last().raw.isEmpty())
        lines.removeLast();
    return lines;
}

qint64 parseLocalTime(const QString &text, bool *minutePrecision)
{
    static const QRegularExpression r =
        re(R"(^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$)");
    const auto m = r.match(text);
    if (!m.hasMatch())
        return kNoTime;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const bool hasSeconds = m.capturedLength(6) > 0;
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), hasSeconds ? m.captured(6).toInt() : 0);
    if (!date.isValid() || !time.isValid())
        return kNoTime;
    if (minutePrecision)
        *minutePrecision = !hasSeconds;
    return QDateTime(date, time, Qt::OffsetFromUTC, kChinaUtcOffset).toSecsSinceEpoch();
}

QString uinFromUrl(const QString &url)
{
    static const QRegularExpression r = re(R"(user\.qzone\.qq\.com/(\d+))");
    const auto m = r.match(url);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool isEmoticonPath(const QString &path)
{
    static const QRegularExpression name = re(R"((?:^|/)e\d+\.gif$)");
    return name.match(path.toLower()).hasMatch() || path.contains(QLatin1String("/qzone/em/"));
}

QStringList mediaPathsIn(const QString &line, QStringList *roles)
{
    static const QRegularExpression mdImage = re(R"(!\[[^\]]*\]\(\s*([^)\s]+)[^)]*\))");
    static const QRegularExpression tag =
        re(R"(<(img|video|source|audio|embed)\b[^>]*?\bsrc\s*=\s*["']([^"']+)["'])");
    static const QRegularExpression poster = re(R"(<video\b[^>]*?\bposter\s*=\s*["']([^"']+)["'])");
    QStringList paths;
    QList<std::pair<qsizetype, std::pair<QString, QString>>> found;
    for (auto it = mdImage.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        found.append({m.capturedStart(), {m.captured(1), QStringLiteral("image")}});
    }
    for (auto it = tag.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1).toLower();
        const QString role = name == QLatin1String("img")     ? QStringLiteral("image")
                             : name == QLatin1String("audio") ? QStringLiteral("audio")
                                                              : QStringLiteral("video");
        found.append({m.capturedStart(), {htmlUnescape(m.captured(2)), role}});
    }
    for (auto it = poster.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        found.append({m.capturedStart(), {htmlUnescape(m.captured(1)), QStringLiteral("poster")}});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &f : found) {
        if (isEmoticonPath(f.second.first))
            continue;
        paths << f.second.first;
        if (roles)
            *roles << f.second.second;
    }
    return paths;
}

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
            f.record.author = leadingPerson(content, kFullColon, &rest);
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
            const PersonRef who = leadingPerson(joinTrimmed(lines, rtAt + 1, tailEnd), kFullColon, &rtText);
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
                QStringLiteral("a 说说 block without its \"> yyyy-MM-dd hh:mm:ss\" line")};
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
        parsed.errors << BlockError{1,
                                    QStringLiteral("no \"# title\" and no \"> time\" line: not a 日志 file")};
        return parsed;
    }
    if (record.created == kNoTime)
        parsed.errors << BlockError{i + 1, QStringLiteral("the 日志 names no time; imported without one")};

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
    static const QRegularExpression mdImage = re(R"(!\[[^\]]*\]\(\s*([^)\s]+)[^)]*\))");

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
                parsed.errors << BlockError{lines.at(i).number,
                                            QStringLiteral("text outside any 留言 block")};
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
                QStringLiteral("留言 %1楼 lacks its author/time or 正文 line").arg(f.captured(1))};
            i = end;
            continue;
        }
        const int bodyEnd = replyAt < 0 ? end : replyAt;
        QString body = joinTrimmed(lines, bodyAt + 1, bodyEnd);
        if (body.startsWith(QLatin1String("- ")) || body.startsWith(QLatin1String("* ")))
            body = body.mid(2);
        QString message;
        const PersonRef writer = leadingPerson(body, kFullColon, &message);
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

QList<AlbumInfo> parseAlbumList(const QString &text, QList<BlockError> *errors)
{
    static const QRegularExpression albumHeading = re(R"(^##\s+(.+?)\s*$)");
    static const QRegularExpression created = re(R"(^>\s*创建时间\s*[:：]\s*(.+?)\s*$)");
    static const QRegularExpression count = re(R"(^>\s*照片数\s*[:：]\s*(\d+)\s*$)");
    static const QRegularExpression link = re(R"(^\s*\[[^\]]*\]\(([^)]+\.md)\)\s*$)");

    QList<AlbumInfo> albums;
    const QList<Line> lines = splitLines(text);
    int i = 0;
    while (i < lines.size()) {
        const auto h = albumHeading.match(lines.at(i).text);
        if (!h.hasMatch() || lines.at(i).text.startsWith(QLatin1String("###"))) {
            ++i;
            continue;
        }
        AlbumInfo album;
        album.name = htmlUnescape(h.captured(1));
        int end = i + 1;
        while (end < lines.size() && !isRule(lines.at(end).text) &&
               !(albumHeading.match(lines.at(end).text).hasMatch() &&
                 !lines.at(end).text.startsWith(QLatin1String("###"))))
            ++end;
        QStringList description;
        for (int k = i + 1; k < end; ++k) {
            const QString &line = lines.at(k).text;
            if (const auto c = created.match(line); c.hasMatch())
                album.created = parseLocalTime(c.captured(1));
            else if (const auto n = count.match(line); n.hasMatch())
                album.photoCount = n.captured(1).toInt();
            else if (const auto l = link.match(line); l.hasMatch())
                album.link = l.captured(1);
            else if (line.trimmed().startsWith(QLatin1Char('>')))
                description << htmlUnescape(stripBlockquote(line));
        }
        album.description = description.join(QLatin1Char('\n')).trimmed();
        album.raw = joinRaw(lines, i, end);
        if (album.name.isEmpty() && errors)
            errors->append(BlockError{lines.at(i).number, QStringLiteral("an album without a name")});
        else
            albums << album;
        i = end;
    }
    return albums;
}

ParsedItems parsePhotos(const QString &text, const qzone::MediaResolver &resolver)
{
    static const QRegularExpression uploaded =
        re(R"(^>\s*(?:上传时间\s*[:：]\s*)?(\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*$)");
    static const QRegularExpression shot = re(R"(^>\s*拍摄时间\s*[:：]\s*(.+?)\s*$)");

    ParsedItems parsed;
    const QList<Line> lines = splitLines(text);
    auto flush = [&](int from, int to) {
        while (from < to && (isBlank(lines.at(from).text) || isHeading(lines.at(from).text)))
            ++from;
        if (from >= to)
            return;
        MemoryRecord record;
        record.kind = MemoryKind::Photo;
        const int commentAt = lastCommentHeader(lines, from, to);
        const int contentEnd = commentAt < 0 ? to : commentAt;
        bool seenImage = false;
        QStringList description;
        for (int k = from; k < contentEnd; ++k) {
            const QString &line = lines.at(k).text;
            if (isBlank(line))
                continue;
            QStringList roles;
            const QStringList paths = mediaPathsIn(line, &roles);
            if (!paths.isEmpty() && (isImageOnlyLine(line) || isMarkupLine(line))) {
                record.media += resolveAll(paths, roles, resolver);
                seenImage = true;
                continue;
            }
            if (!seenImage && record.title.isEmpty() && line.trimmed().startsWith(QLatin1Char('>'))) {
                record.title = htmlUnescape(stripBlockquote(line));
                continue;
            }
            if (const auto u = uploaded.match(line); u.hasMatch() && record.created == kNoTime) {
                record.created = parseLocalTime(u.captured(1), &record.minutePrecision);
                continue;
            }
            if (const auto s = shot.match(line); s.hasMatch()) {
                record.extra.insert(QStringLiteral("shot"), s.captured(1));
                continue;
            }
            if (isMarkupLine(line))
                continue;
            description << stripBlockquote(line);
        }
        if (record.media.isEmpty()) {
            parsed.errors << BlockError{lines.at(from).number,
                                        QStringLiteral("a photo block without a picture")};
            return;
        }
        record.text = toQzoneMarkup(description.join(QLatin1Char('\n')).trimmed());
        if (commentAt >= 0)
            record.comments = parseComments(lines, commentAt + 1, to, resolver);
        record.sourceRecord = joinRaw(lines, from, to).toUtf8();
        parsed.items << record;
    };
    int blockStart = 0;
    for (int i = 0; i < lines.size(); ++i) {
        if (isRule(lines.at(i).text)) {
            flush(blockStart, i);
            blockStart = i + 1;
        }
    }
    flush(blockStart, int(lines.size()));
    return parsed;
}

QList<PersonRecord> parseFriends(const QString &text)
{
    static const QRegularExpression group = re(R"(^#{1,6}\s*(.+?)\s*(?:[(（]\s*\d+\s*[)）])?\s*$)");
    static const QRegularExpression person = re(R"(^[-*]\s+(.+?)\s*$)");
    static const QRegularExpression since = re(R"(^\s+[-*]\s*相识时间\s*[:：]\s*(.+?)\s*$)");
    QList<PersonRecord> people;
    QString groupName;
    const QList<Line> lines = splitLines(text);
    for (const Line &line : lines) {
        if (const auto g = group.match(line.text); g.hasMatch()) {
            groupName = htmlUnescape(g.captured(1));
            continue;
        }
        if (const auto p = person.match(line.text); p.hasMatch()) {
            PersonRecord record;
            record.person = personFromLink(p.captured(1));
            record.groupName = groupName;
            record.sourceRecord = line.raw.toUtf8();
            if (record.person.isValid())
                people << record;
            continue;
        }
        if (people.isEmpty() || !line.text.startsWith(QLatin1Char('\t')))
            continue;
        people.last().sourceRecord += '\n' + line.raw.toUtf8();
        if (const auto s = since.match(line.text); s.hasMatch())
            people.last().friendSince = parseLocalTime(s.captured(1));
    }
    return people;
}

ParsedItems parseVideos(const QString &text, const qzone::MediaResolver &resolver)
{
    static const QRegularExpression year = re(R"(^#\s*(\d{4})\s*年)");
    static const QRegularExpression month = re(R"(^##\s*(\d{1,2})\s*月)");
    ParsedItems parsed;
    const QList<Line> lines = splitLines(text);
    QString currentYear;
    QString currentMonth;
    // A video starts at a "> desc" line whose next non-blank line is a <video> tag.
    auto nextNonBlank = [&](int from) {
        while (from < lines.size() && isBlank(lines.at(from).text))
            ++from;
        return from;
    };
    int i = 0;
    while (i < lines.size()) {
        const QString &t = lines.at(i).text;
        if (const auto y = year.match(t); y.hasMatch()) {
            currentYear = y.captured(1);
            ++i;
            continue;
        }
        if (const auto m = month.match(t); m.hasMatch()) {
            currentMonth = m.captured(1);
            ++i;
            continue;
        }
        const int next = nextNonBlank(i + 1);
        const bool starts = t.trimmed().startsWith(QLatin1Char('>')) &&
                            !commentHeader().match(t).hasMatch() && next < lines.size() &&
                            lines.at(next).text.contains(QLatin1String("<video"));
        if (!starts) {
            ++i;
            continue;
        }
        int end = next + 1;
        while (end < lines.size() && !isRule(lines.at(end).text) && !isHeading(lines.at(end).text)) {
            const int after = nextNonBlank(end + 1);
            if (lines.at(end).text.trimmed().startsWith(QLatin1Char('>')) &&
                !commentHeader().match(lines.at(end).text).hasMatch() && after < lines.size() &&
                lines.at(after).text.contains(QLatin1String("<video")))
                break;
            ++end;
        }
        MemoryRecord record;
        record.kind = MemoryKind::Video;
        record.text = toQzoneMarkup(stripBlockquote(t), &record.mentions);
        QStringList roles;
        const QStringList paths = mediaPathsIn(lines.at(next).text, &roles);
        record.media = resolveAll(paths, roles, resolver);
        const int commentAt = lastCommentHeader(lines, next + 1, end);
        if (commentAt >= 0)
            record.comments = parseComments(lines, commentAt + 1, end, resolver);
        if (!currentYear.isEmpty() && !currentMonth.isEmpty())
            record.extra.insert(
                QStringLiteral("month"),
                QStringLiteral("%1-%2").arg(currentYear, currentMonth.rightJustified(2, QLatin1Char('0'))));
        record.sourceRecord = joinRaw(lines, i, end).toUtf8();
        parsed.items << record;
        i = end;
    }
    return parsed;
}

ProfileInfo parseIndex(const QString &text)
{
    static const QRegularExpression nameUin = re(R"(^(.*)[(（](\d{4,})[)）]\s*$)");
    ProfileInfo info;
    const QList<Line> lines = splitLines(text);
    for (int i = 0; i < lines.size(); ++i) {
        const QString heading = lines.at(i).text.trimmed();
        if (!heading.startsWith(QLatin1String("###")))
            continue;
        int k = i + 1;
        while (k < lines.size() && isBlank(lines.at(k).text))
            ++k;
        if (k >= lines.size() || lines.at(k).text.startsWith(QLatin1Char('#')))
            continue;
        const QString value = lines.at(k).text.trimmed();
        if (heading.contains(QStringLiteral("个人信息"))) {
            if (const auto m = nameUin.match(value); m.hasMatch()) {
                info.nickname = htmlUnescape(m.captured(1).trimmed());
                info.uin = m.captured(2);
            }
        } else if (heading.contains(QStringLiteral("空间名称"))) {
            info.spaceName = htmlUnescape(value);
        } else if (heading.contains(QStringLiteral("空间描述"))) {
            info.spaceDescription = htmlUnescape(value);
        }
    }
    return info;
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
