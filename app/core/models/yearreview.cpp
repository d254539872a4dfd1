// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearreview.h"

#include "library/database.h"
#include "library/librarycounts.h"
#include "text/qzonetext.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>

namespace ks {

namespace {

// The year's memories, album containers left out (as LibraryCounts counts them).
const char kYearMemories[] =
    "m.created IS NOT NULL AND m.kind <> 'album' AND CAST(strftime('%Y', m.created + "
    "m.utc_offset, 'unixepoch') AS INTEGER) = ?";

int wordsIn(const QString &text)
{
    // Chinese is counted by character, as 字数 is; other scripts by word.
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool han = c.script() == QChar::Script_Han;
        if (han) {
            ++words;
            inWord = false;
        } else if (c.isLetterOrNumber()) {
            if (!inWord)
                ++words;
            inWord = true;
        } else {
            inWord = false;
        }
    }
    return words;
}

QString excerptOf(const QString &title, const QString &body)
{
    QString text = qzonePlainText(body, true).trimmed();
    if (text.isEmpty())
        text = title.trimmed();
    return text.size() > 60 ? text.left(60) + QStringLiteral("…") : text;
}

QList<QPair<QString, int>> top(const QHash<QString, int> &counts, int n)
{
    QList<QPair<QString, int>> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (out.size() > n)
        out.resize(n);
    return out;
}

QList<QPair<QString, int>> rankedPeople(QSqlDatabase db, const QString &sql, const QVariantList &binds)
{
    QList<QPair<QString, int>> out;
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toInt()});
    }
    return out;
}

QJsonObject memoryJson(const ReviewMemory &m)
{
    if (!m.isValid())
        return {};
    return {{QStringLiteral("key"), m.key},
            {QStringLiteral("kind"), m.kind},
            {QStringLiteral("created"), m.when},
            {QStringLiteral("excerpt"), m.excerpt},
            {QStringLiteral("count"), m.count}};
}

QJsonArray rankingJson(const QList<QPair<QString, int>> &ranking, const QString &nameKey)
{
    QJsonArray out;
    for (const auto &[name, count] : ranking)
        out.append(QJsonObject{{nameKey, name}, {QStringLiteral("count"), count}});
    return out;
}

} // namespace

YearReview readYearReview(Database &database, int year, const QDate &today)
{
    YearReview r;
    r.year = year;
    r.perMonth = QList<int>(12, 0);
    QSqlDatabase db = database.connection();
    QString owner;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT uin FROM accounts ORDER BY id LIMIT 1")) && q.next())
        owner = q.value(0).toString();

    q.prepare(QStringLiteral("SELECT m.id, m.key, m.kind, m.created, m.utc_offset, m.title, m.body_text, "
                             "m.location, (SELECT COUNT(*) FROM comments c WHERE c.memory_id = m.id) "
                             "FROM memories m WHERE %1 ORDER BY m.created, m.id")
                  .arg(QLatin1String(kYearMemories)));
    q.addBindValue(year);
    if (!q.exec())
        return r;
    QList<qint64> ids;
    QHash<int, int> perDay; // yyyymmdd → memories
    QHash<QString, int> emoticons, places;
    static const QRegularExpression emoticon(QStringLiteral("\\[em\\](e\\d+)\\[/em\\]"));
    while (q.next()) {
        ReviewMemory m;
        m.id = q.value(0).toLongLong();
        m.key = q.value(1).toString();
        m.kind = q.value(2).toString();
        const QDateTime local =
            QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), QTimeZone(q.value(4).toInt()));
        m.when = local.toString(Qt::ISODate);
        const QString title = q.value(5).toString();
        const QString body = q.value(6).toString();
        m.excerpt = excerptOf(title, body);
        const QString location = q.value(7).toString().trimmed();
        const int comments = q.value(8).toInt();
        ids << m.id;
        r.comments += comments;
        ++r.perMonth[local.date().month() - 1];
        ++perDay[local.date().year() * 10000 + local.date().month() * 100 + local.date().day()];
        if (!location.isEmpty())
            ++places[location];
        if (comments > r.mostCommented.count) {
            r.mostCommented = m;
            r.mostCommented.count = comments;
        }
        if (local.date().month() == today.month() && local.date().day() == today.day() &&
            r.onThisDay.size() < 3)
            r.onThisDay.append(m);
        // What the owner wrote: 说说, 日志, diaries (留言 and comments are the friends').
        if (m.kind == QLatin1String("post") || m.kind == QLatin1String("blog") ||
            m.kind == QLatin1String("diary")) {
            (m.kind == QLatin1String("post") ? r.posts : r.blogs) += 1;
            const QString plain = qzonePlainText(body).trimmed();
            r.words += wordsIn(plain);
            QRegularExpressionMatchIterator em = emoticon.globalMatch(body);
            while (em.hasNext())
                ++emoticons[em.next().captured(1)];
            if (m.kind == QLatin1String("post")) {
                if (!r.first.isValid())
                    r.first = m;
                r.last = m;
            }
            if (int(plain.size()) > r.longest.count) {
                r.longest = m;
                r.longest.count = int(plain.size());
            }
        }
    }
    const LibraryCounts::Counts counts = LibraryCounts::of(db, ids);
    r.memories = int(counts.memories);
    r.photos = int(counts.photos);
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        const QDate day(it.key() / 10000, it.key() / 100 % 100, it.key() % 100);
        if (it.value() > r.busiestDayCount || (it.value() == r.busiestDayCount && day < r.busiestDay)) {
            r.busiestDay = day;
            r.busiestDayCount = it.value();
        }
    }
    for (int month = 0; month < 12; ++month) {
        if (r.perMonth.at(month) > r.busiestMonthCount) {
            r.busiestMonth = month + 1;
            r.busiestMonthCount = r.perMonth.at(month);
        }
    }
    r.emoticons = top(emoticons, 8);
    r.places = top(places, 5);
    // Friends by the name the owner knows them by; the owner's own replies do not count.
    const QString name =
        QStringLiteral("COALESCE(NULLIF(p.remark, ''), NULLIF(p.name, ''), c.author_name, p.uin)");
    r.commenters = rankedPeople(
        db,
        QStringLiteral(
            "SELECT %1 AS who, COUNT(*) AS n FROM comments c JOIN memories m ON m.id = c.memory_id "
            "LEFT JOIN people p ON p.id = c.author_id WHERE %2 AND (p.uin IS NULL OR p.uin <> ?) "
            "GROUP BY who HAVING who IS NOT NULL AND who <> '' ORDER BY n DESC, who LIMIT 5")
            .arg(name, QLatin1String(kYearMemories)),
        {year, owner});
    r.boardWriters = rankedPeople(
        db,
        QStringLiteral(
            "SELECT COALESCE(NULLIF(p.remark, ''), NULLIF(p.name, ''), p.uin) AS who, COUNT(*) AS n "
            "FROM memories m JOIN people p ON p.id = m.author_id WHERE m.kind = 'board' AND %1 "
            "GROUP BY who HAVING who IS NOT NULL AND who <> '' ORDER BY n DESC, who LIMIT 5")
            .arg(QLatin1String(kYearMemories)),
        {year});
    return r;
}

QJsonObject yearReviewJson(const YearReview &r)
{
    QJsonArray months;
    for (int n : r.perMonth)
        months.append(n);
    QJsonArray onThisDay;
    for (const ReviewMemory &m : r.onThisDay)
        onThisDay.append(memoryJson(m));
    return {{QStringLiteral("year"), r.year},
            {QStringLiteral("memories"), r.memories},
            {QStringLiteral("photos"), r.photos},
            {QStringLiteral("posts"), r.posts},
            {QStringLiteral("blogs"), r.blogs},
            {QStringLiteral("comments"), r.comments},
            {QStringLiteral("words"), r.words},
            {QStringLiteral("first_post"), memoryJson(r.first)},
            {QStringLiteral("last_post"), memoryJson(r.last)},
            {QStringLiteral("longest"), memoryJson(r.longest)},
            {QStringLiteral("most_commented"), memoryJson(r.mostCommented)},
            {QStringLiteral("busiest_day"),
             r.busiestDay.isValid()
                 ? QJsonValue(QJsonObject{{QStringLiteral("date"), r.busiestDay.toString(Qt::ISODate)},
                                          {QStringLiteral("count"), r.busiestDayCount}})
                 : QJsonValue()},
            {QStringLiteral("busiest_month"),
             r.busiestMonth ? QJsonValue(QJsonObject{{QStringLiteral("month"), r.busiestMonth},
                                                     {QStringLiteral("count"), r.busiestMonthCount}})
                            : QJsonValue()},
            {QStringLiteral("per_month"), months},
            {QStringLiteral("top_commenters"), rankingJson(r.commenters, QStringLiteral("name"))},
            {QStringLiteral("top_board_writers"), rankingJson(r.boardWriters, QStringLiteral("name"))},
            {QStringLiteral("emoticons"), rankingJson(r.emoticons, QStringLiteral("id"))},
            {QStringLiteral("places"), rankingJson(r.places, QStringLiteral("place"))},
            {QStringLiteral("on_this_day"), onThisDay}};
}

} // namespace ks
