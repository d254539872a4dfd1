// SPDX-License-Identifier: GPL-3.0-or-later
// Albums, photos, videos, friends and index.md of a QZoneExport MarkDown export.
#include "markdownparse.h"

#include "util/textutil.h"

#include <QRegularExpression>

namespace ks::md {

QList<AlbumInfo> parseAlbumList(const QString &text, QList<BlockError> *errors)
{
    static const QRegularExpression albumHeading = re(R"(^##\s+(.+?)\s*$)");
    static const QRegularExpression created = re(R"(^>\s*创建时间\s*[:：]\s*(.+?)\s*$)");
    static const QRegularExpression count = re(R"(^>\s*照片数\s*[:：]\s*(\d+)\s*$)");
    static const QRegularExpression link = re(R"(^\s*\[[^\]]*\]\(((?:[^()]|\([^()]*\))+\.md)\)\s*$)");

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
            errors->append(
                BlockError{lines.at(i).number, QStringLiteral("an album without a name"), album.raw});
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
                                        QStringLiteral("a photo block without a picture"),
                                        joinRaw(lines, from, to)};
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

} // namespace ks::md
