// SPDX-License-Identifier: GPL-3.0-or-later
// 年度回顾: one year of a library in figures and highlights, for the review page, the front of
// that year's book, `keepsake review YEAR --json` and the tall image people share.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace ks {

class Database;

/// A memory the review points at.
struct ReviewMemory
{
    qint64 id = 0;
    QString key;
    QString kind;
    QString when;    ///< local ISO date-time, empty when unknown
    QString excerpt; ///< the first words (plain text), or the title
    int count = 0;   ///< what it is picked for: characters, comments…
    bool isValid() const { return id != 0; }
};

struct YearReview
{
    int year = 0;
    int memories = 0; ///< LibraryCounts' definition, as everywhere
    int photos = 0;
    int posts = 0; ///< 说说
    int blogs = 0; ///< 日志 and diaries
    int comments = 0;
    int words = 0; ///< what the owner wrote: CJK characters plus Latin words
    ReviewMemory first;
    ReviewMemory last;
    ReviewMemory longest;       ///< count = characters
    ReviewMemory mostCommented; ///< count = comments and replies
    QDate busiestDay;
    int busiestDayCount = 0;
    int busiestMonth = 0; ///< 1–12, 0 when none
    int busiestMonthCount = 0;
    QList<int> perMonth;                     ///< 12 counts
    QList<QPair<QString, int>> commenters;   ///< friends who commented most (at most 5)
    QList<QPair<QString, int>> boardWriters; ///< friends who left 留言 most (at most 5)
    QList<QPair<QString, int>> emoticons;    ///< "e100" → times used (at most 8)
    QList<QPair<QString, int>> places;       ///< location → memories (at most 5)
    QList<ReviewMemory> onThisDay;           ///< that year, on today's month and day (at most 3)
    bool isEmpty() const { return memories == 0; }
};

/// Reads the review of @p year (its memories in their own local time). @p today sets "on this
/// day" (tests pass a fixed date).
YearReview readYearReview(Database &database, int year, const QDate &today = QDate::currentDate());

/// The review as `keepsake review YEAR --json` prints it.
QJsonObject yearReviewJson(const YearReview &review);

} // namespace ks
