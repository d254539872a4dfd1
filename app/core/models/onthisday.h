// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace ks {

class Database;

/// Memories from this calendar day in earlier years, grouped as "N 年前的今天".
struct OnThisDayGroup
{
    int year = 0;
    int yearsAgo = 0;
    QList<qint64> wallIds; ///< wall_items ids, oldest first within the group
};

struct OnThisDay
{
    QDate today;
    int windowDays = 0; ///< 0 when the exact day had memories; else how far it had to look (±days)
    QList<OnThisDayGroup> groups;
    bool isEmpty() const { return groups.isEmpty(); }
};

/// Finds the memories of @p today's month and day in earlier years. When that day has none,
/// widens to ±1 … ±@p maxWindowDays days. Hidden people, dates and tags are left out.
OnThisDay onThisDay(Database &database, const QDate &today, int maxWindowDays = 3);

/// A day of the calendar (in @p today's year) that has memories from earlier years.
struct OnThisDayNeighbour
{
    QDate date;    ///< invalid when there is none
    int count = 0; ///< memories on that month and day in earlier years
};
struct OnThisDayNeighbours
{
    OnThisDayNeighbour before; ///< the nearest earlier day (December of last year before January)
    OnThisDayNeighbour after;  ///< the nearest later day (January of next year after December)
};
/// The nearest days before and after @p today (other month/day; the calendar wraps at the year's
/// ends) that 那年今日 would show something for. Hidden people, dates and tags are left out, as in
/// onThisDay().
OnThisDayNeighbours onThisDayNeighbours(Database &database, const QDate &today);

enum class HiddenKind
{
    Person,
    Date,
    Tag
};
/// Hides (or shows again) a person (people.id), a date (yyyymmdd) or a tag (tags.id) from 那年今日.
bool setHiddenFromOnThisDay(Database &database, HiddenKind kind, qint64 value, bool hidden = true);
QList<qint64> hiddenFromOnThisDay(Database &database, HiddenKind kind);

/// The people one can hide a memory's day by: its author and whoever it mentions, without the
/// library's own accounts; (people.id, name), sorted by name.
QList<QPair<qint64, QString>> hideablePeopleOf(Database &database, qint64 memoryId);
/// The memory's tags as (tags.id, path), sorted by path.
QList<QPair<qint64, QString>> hideableTagsOf(Database &database, qint64 memoryId);

} // namespace ks
