// SPDX-License-Identifier: GPL-3.0-or-later
// The numbers of the statistics page, each one SQL query over the library.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace ks {

class Database;

/// Memories counted here: everything with a date except album records (their photos count).
struct PeriodCount
{
    int period = 0; ///< yyyy for years, yyyymm for months
    int count = 0;
};

struct FriendActivity
{
    qint64 personId = 0;
    QString name;
    QString remark;
    int comments = 0; ///< comments and replies written
    int messages = 0; ///< 留言 left
    int total() const { return comments + messages; }
};

struct DayCount
{
    QDate date; ///< in the memory's own local time
    int count = 0;
};

struct LibraryTotals
{
    int memories = 0; ///< album records excepted
    int undated = 0;
    int comments = 0;
    int photos = 0;
    int firstYear = 0;
    int lastYear = 0;
};

namespace statistics {

/// Memories per local year, oldest first (years without memories are absent).
QList<PeriodCount> perYear(Database &database);
/// Memories per local month (yyyymm), oldest first; only @p year when non-zero.
QList<PeriodCount> perMonth(Database &database, int year = 0);
/// People other than the owner by comments + 留言, most first (ties by name), at most @p limit.
QList<FriendActivity> mostActiveFriends(Database &database, int limit = 10);
/// Local days with the most memories, most first (ties: the earlier day first).
QList<DayCount> busiestDays(Database &database, int limit = 10);
LibraryTotals totals(Database &database);

} // namespace statistics
} // namespace ks
