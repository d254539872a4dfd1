// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include "domain/records.h"

#include <QHash>
#include <QRegularExpression>

namespace ks {

namespace {

bool isOpenQuote(QChar c)
{
    return c == QLatin1Char('"') || c == QChar(0x201C); // " or “ (what a Chinese IME types)
}

bool isCloseQuote(QChar c)
{
    return c == QLatin1Char('"') || c == QChar(0x201D);
}

const QHash<QString, QString> &kindAliases()
{
    static const QHash<QString, QString> aliases = [] {
        QHash<QString, QString> h;
        for (MemoryKind kind : allMemoryKinds()) {
            const QString name = memoryKindName(kind);
            h.insert(name, name);
            h.insert(name + QLatin1Char('s'), name);
        }
        const char *const pairs[][2] = {
            {"说说", "post"},     {"日志", "blog"},      {"日记", "diary"},    {"diaries", "diary"},
            {"照片", "photo"},    {"相片", "photo"},     {"相册", "album"},    {"视频", "video"},
            {"留言", "board"},    {"留言板", "board"},   {"收藏", "favorite"}, {"分享", "share"},
            {"转载", "share"},    {"访客", "visit"},     {"visitor", "visit"}, {"visitors", "visit"},
            {"message", "board"}, {"messages", "board"},
        };
        for (const auto &pair : pairs)
            h.insert(QString::fromUtf8(pair[0]), QString::fromUtf8(pair[1]));
        return h;
    }();
    return aliases;
}

QString hasValue(const QString &alias)
{
    static const QHash<QString, QString> aliases = [] {
        QHash<QString, QString> h;
        const char *const pairs[][2] = {
            {"photo", "photo"},     {"photos", "photo"},     {"image", "photo"},   {"images", "photo"},
            {"picture", "photo"},   {"pictures", "photo"},   {"pic", "photo"},     {"照片", "photo"},
            {"图片", "photo"},      {"video", "video"},      {"videos", "video"},  {"视频", "video"},
            {"comment", "comment"}, {"comments", "comment"}, {"评论", "comment"},  {"location", "location"},
            {"place", "location"},  {"地点", "location"},    {"位置", "location"},
        };
        for (const auto &pair : pairs)
            h.insert(QString::fromUtf8(pair[0]), QString::fromUtf8(pair[1]));
        return h;
    }();
    return aliases.value(alias.toLower());
}

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    const int month = m.capturedLength(2) ? m.captured(2).toInt() : 1;
    const int day = m.capturedLength(3) ? m.captured(3).toInt() : 1;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

// Reads a term or a value at @p i: a quoted phrase (to its closing quote, or the end) or a word.
QString readValue(const QString &s, int &i, bool *quoted = nullptr)
{
    const int n = int(s.size());
    QString value;
    if (i < n && isOpenQuote(s.at(i))) {
        ++i;
        while (i < n && !isCloseQuote(s.at(i)))
            value += s.at(i++);
        if (i < n)
            ++i;
        if (quoted)
            *quoted = true;
        return value;
    }
    while (i < n && !s.at(i).isSpace())
        value += s.at(i++);
    if (quoted)
        *quoted = false;
    return value;
}

std::optional<SearchFilter::Type> filterKey(const QString &key)
{
    static const QHash<QString, SearchFilter::Type> keys{
        {QStringLiteral("kind"), SearchFilter::Kind},   {QStringLiteral("type"), SearchFilter::Kind},
        {QStringLiteral("year"), SearchFilter::Year},   {QStringLiteral("after"), SearchFilter::After},
        {QStringLiteral("since"), SearchFilter::After}, {QStringLiteral("before"), SearchFilter::Before},
        {QStringLiteral("tag"), SearchFilter::Tag},     {QStringLiteral("from"), SearchFilter::From},
        {QStringLiteral("by"), SearchFilter::From},     {QStringLiteral("with"), SearchFilter::With},
        {QStringLiteral("has"), SearchFilter::Has},
    };
    const auto it = keys.constFind(key.toLower());
    if (it == keys.constEnd())
        return std::nullopt;
    return it.value();
}

QString makeFilter(SearchFilter &f, const QString &key, const QString &value)
{
    if (value.trimmed().isEmpty())
        return QStringLiteral("%1: needs a value").arg(key);
    switch (f.type) {
    case SearchFilter::Kind:
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString kind = SearchQuery::kindFromAlias(part.trimmed());
            if (kind.isEmpty())
                return QStringLiteral(
                           "unknown kind \"%1\" (post, blog, diary, photo, album, video, board, favorite, "
                           "share, visit)")
                    .arg(part);
            f.values << kind;
        }
        break;
    case SearchFilter::Year: {
        static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:(?:-|\\.\\.)(\\d{4}))?$"));
        const QRegularExpressionMatch m = re.match(value);
        if (!m.hasMatch())
            return QStringLiteral("year: expects a year like 2009 or 2008-2010, not \"%1\"").arg(value);
        f.yearFrom = m.captured(1).toInt();
        f.yearTo = m.capturedLength(2) ? m.captured(2).toInt() : f.yearFrom;
        if (f.yearTo < f.yearFrom)
            std::swap(f.yearFrom, f.yearTo);
        break;
    }
    case SearchFilter::After:
    case SearchFilter::Before: {
        const std::optional<QDate> date = parseDate(value);
        if (!date)
            return QStringLiteral("%1: expects a date like 2009, 2009-06 or 2009-06-30, not \"%2\"")
                .arg(key, value);
        f.date = *date;
        break;
    }
    case SearchFilter::Has:
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString what = hasValue(part.trimmed());
            if (what.isEmpty())
                return QStringLiteral("has: expects photo, video, comment or location, not \"%1\"").arg(part);
            f.values << what;
        }
        break;
    case SearchFilter::Tag:
    case SearchFilter::From:
    case SearchFilter::With:
        f.values << value.trimmed();
        break;
    }
    return QString();
}

} // namespace

QString SearchQuery::kindFromAlias(const QString &alias)
{
    return kindAliases().value(alias.toLower());
}

SearchQuery SearchQuery::literal(const QString &text)
{
    SearchQuery q;
    if (!text.isEmpty())
        q.terms << text;
    return q;
}

SearchQuery SearchQuery::parse(const QString &input)
{
    SearchQuery q;
    // NFKC first: a full-width colon or full-width letters in a key work like ASCII ones. The
    // terms are folded the same way later, so nothing is lost.
    const QString s = input.normalized(QString::NormalizationForm_KC);
    const int n = int(s.size());
    int i = 0;
    while (i < n) {
        while (i < n && s.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        bool negated = false;
        if (s.at(i) == QLatin1Char('-') && i + 1 < n && !s.at(i + 1).isSpace()) {
            negated = true;
            ++i;
        }
        // key:value, when the letters before the colon are a known key.
        int j = i;
        while (j < n && s.at(j).unicode() < 128 && s.at(j).isLetter())
            ++j;
        if (j > i && j < n && s.at(j) == QLatin1Char(':')) {
            const QString key = s.mid(i, j - i);
            if (const std::optional<SearchFilter::Type> type = filterKey(key)) {
                int k = j + 1;
                const QString value = readValue(s, k);
                SearchFilter f;
                f.type = *type;
                f.negated = negated;
                const QString error = makeFilter(f, key.toLower(), value);
                if (!error.isEmpty() && q.error.isEmpty())
                    q.error = error;
                if (error.isEmpty())
                    q.filters << f;
                i = k;
                continue;
            }
        }
        bool quoted = false;
        const QString term = readValue(s, i, &quoted);
        if (term.isEmpty())
            continue; // an empty phrase ""
        if (negated)
            q.excluded << term;
        else
            q.terms << term;
    }
    return q;
}

} // namespace ks
