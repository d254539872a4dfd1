// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownlines.h"

#include "util/textutil.h"

#include <QDateTime>
#include <QStringDecoder>
#include <QTimeZone>
#include <algorithm>
#include <optional>

namespace ks::md {

QRegularExpression re(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::UseUnicodePropertiesOption);
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
    static const QRegularExpression r = re(R"(^\s*(!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)\s*)+$)");
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

namespace {

/// Valid multi-byte UTF-8 sequences and bytes that belong to none, counted.
struct Utf8Census
{
    qsizetype multiByte = 0;
    qsizetype invalid = 0;
};

Utf8Census utf8Census(const QByteArray &bytes)
{
    Utf8Census census;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int length = 0;
        if (c < 0x80)
            length = 1;
        else if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            length = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            length = 4;
        bool valid = length > 0 && i + length <= n;
        for (int k = 1; valid && k < length; ++k)
            valid = (p[i + k] & 0xC0) == 0x80;
        if (!valid) {
            ++census.invalid;
            ++i;
            continue;
        }
        if (length > 1)
            ++census.multiByte;
        i += length;
    }
    return census;
}

/// UTF-16 without a BOM: text files hold no NUL bytes, but UTF-16 writes one beside every
/// ASCII character (line ends, "> ", digits, "---"), always at the same parity.
std::optional<QStringConverter::Encoding> utf16ByPattern(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 64 * 1024) & ~qsizetype(1);
    if (n < 4)
        return std::nullopt;
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNuls += bytes.at(i) == '\0';
        oddNuls += bytes.at(i + 1) == '\0';
    }
    const qsizetype pairs = n / 2;
    if (oddNuls * 10 >= pairs && evenNuls * 50 <= oddNuls)
        return QStringConverter::Utf16LE;
    if (evenNuls * 10 >= pairs && oddNuls * 50 <= evenNuls)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

} // namespace

Decoded decode(const QByteArray &bytes)
{
    Decoded result;
    std::optional<QStringConverter::Encoding> utf16;
    qsizetype skip = 0;
    if (bytes.startsWith("\xFF\xFE")) {
        utf16 = QStringConverter::Utf16LE;
        skip = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        utf16 = QStringConverter::Utf16BE;
        skip = 2;
    } else {
        utf16 = utf16ByPattern(bytes);
    }
    if (utf16) {
        QStringDecoder decoder(*utf16);
        result.text = decoder(QByteArrayView(bytes).sliced(skip));
        result.clean = !decoder.hasError();
        result.encoding =
            *utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        result.foreign = true;
        return result;
    }

    QStringDecoder utf8(QStringDecoder::Utf8);
    result.text = utf8(bytes);
    result.encoding = QStringLiteral("UTF-8");
    if (!utf8.hasError())
        return result;
    result.clean = false;
    // Mostly valid UTF-8 with a few bad bytes is damaged UTF-8, not GBK: GBK text forms a valid
    // UTF-8 sequence only now and then.
    const Utf8Census census = utf8Census(bytes);
    if (census.multiByte > 2 * census.invalid)
        return result;
    // Old Windows tools and hand-edited copies save GBK; GB18030 reads it and more.
    QStringDecoder gb("GB18030");
    if (!gb.isValid())
        return result;
    const QString gbText = gb(bytes);
    if (!gb.hasError()) {
        result.text = gbText;
        result.encoding = QStringLiteral("GB18030");
        result.clean = true;
        return result;
    }
    // Neither reads cleanly: keep the reading that loses fewer characters.
    if (gbText.count(QChar::ReplacementCharacter) < result.text.count(QChar::ReplacementCharacter)) {
        result.text = gbText;
        result.encoding = QStringLiteral("GB18030");
    }
    return result;
}

QString decodeText(const QByteArray &bytes, bool *ok, QString *encoding)
{
    Decoded decoded = decode(bytes);
    if (ok)
        *ok = decoded.clean;
    if (encoding)
        *encoding = decoded.encoding;
    return std::move(decoded.text);
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
    static const QRegularExpression mdImage = re(R"(!\[[^\]]*\]\(\s*((?:[^()\s]|\([^()\s]*\))+)[^)]*\))");
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

bool endsWithRule(const QList<Line> &lines)
{
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        if (!isBlank(lines.at(i).text))
            return isRule(lines.at(i).text);
    }
    return true; // nothing at all: nothing was cut off
}

} // namespace ks::md
