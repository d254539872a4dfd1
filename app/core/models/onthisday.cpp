// SPDX-License-Identifier: GPL-3.0-or-later
#include "onthisday.h"

#include "library/database.h"

#include <QSqlQuery>
#include <optional>

namespace ks {

namespace {

QString hiddenName(HiddenKind kind)
{
    switch (kind) {
    case HiddenKind::Person:
        return QStringLiteral("person");
    case HiddenKind::Date:
        return QStringLiteral("date");
    case HiddenKind::Tag:
        return QStringLiteral("tag");
    }
    return QString();
}

// Month-day numbers (mmdd) within ±window of today, as SQL literals.
QStringList monthDaysAround(const QDate &today, int window)
{
    QStringList days;
    for (int d = -window; d <= window; ++d) {
        const QDate date = today.addDays(d);
        days << QString::number(date.month() * 100 + date.day());
    }
    // 29 February exists only in leap years; on 28 February of other years it belongs too.
    if (today.month() == 2 && today.day() == 28 && !QDate::isLeapYear(today.year()))
        days << QStringLiteral("229");
    return days;
}

QString hiddenExclusions()
{
    return QStringLiteral(
        " AND w.local_day NOT IN (SELECT value FROM on_this_day_hidden WHERE what = 'date')"
        " AND NOT EXISTS (SELECT 1 FROM on_this_day_hidden h JOIN memories m ON m.id = w.memory_id"
        "   WHERE h.what = 'person' AND (h.value = m.author_id OR h.value IN"
        "   (SELECT person_id FROM memory_people mp WHERE mp.memory_id = m.id)))"
        " AND NOT EXISTS (SELECT 1 FROM on_this_day_hidden h JOIN memory_tags mt ON mt.memory_id = "
        "w.memory_id"
        "   JOIN tags t ON t.id = mt.tag_id JOIN tags ht ON ht.id = h.value"
        "   WHERE h.what = 'tag' AND (t.id = ht.id OR t.path LIKE ht.path || '/%'))");
}

} // namespace

OnThisDay onThisDay(Database &database, const QDate &today, int maxWindowDays)
{
    OnThisDay result;
    result.today = today;
    const QString exclusions = hiddenExclusions();
    for (int window = 0; window <= maxWindowDays; ++window) {
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral(
                      "SELECT w.id, w.local_day / 10000 AS y FROM wall_items w WHERE w.month_day IN (%1) "
                      "AND w.local_day / 10000 < ? AND w.local_month > 0 %2 "
                      "ORDER BY y DESC, w.sort_time ASC, w.id ASC")
                      .arg(monthDaysAround(today, window).join(QLatin1Char(',')), exclusions));
        q.addBindValue(today.year());
        if (!q.exec())
            return result;
        while (q.next()) {
            const int year = q.value(1).toInt();
            if (result.groups.isEmpty() || result.groups.constLast().year != year)
                result.groups.append(OnThisDayGroup{year, today.year() - year, {}});
            result.groups.last().wallIds.append(q.value(0).toLongLong());
        }
        if (!result.groups.isEmpty()) {
            result.windowDays = window;
            break;
        }
    }
    return result;
}

OnThisDayNeighbours onThisDayNeighbours(Database &database, const QDate &today)
{
    OnThisDayNeighbours result;
    if (!today.isValid())
        return result;
    // The nearest month/day in @p year that has memories from the years before it; with no
    // @p from, any month/day of that year (the calendar wraps: after 31 December comes January).
    const auto nearest = [&database](bool before, int year, std::optional<int> from) {
        OnThisDayNeighbour found;
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral("SELECT w.month_day, COUNT(*) FROM wall_items w WHERE %1 "
                                 "w.local_day / 10000 < ? AND w.local_month > 0 %2 "
                                 "GROUP BY w.month_day ORDER BY w.month_day %3 LIMIT 1")
                      .arg(!from    ? QString()
                           : before ? QStringLiteral("w.month_day < ? AND ")
                                    : QStringLiteral("w.month_day > ? AND "),
                           hiddenExclusions(), before ? QStringLiteral("DESC") : QStringLiteral("ASC")));
        if (from)
            q.addBindValue(*from);
        q.addBindValue(year);
        if (!q.exec() || !q.next())
            return found;
        const int monthDay = q.value(0).toInt();
        found.date = QDate(year, monthDay / 100, monthDay % 100);
        if (!found.date.isValid()) // 29 February in a year without it
            found.date = QDate(year, monthDay / 100, 28);
        found.count = q.value(1).toInt();
        return found;
    };
    const int monthDay = today.month() * 100 + today.day();
    result.before = nearest(true, today.year(), monthDay);
    if (!result.before.date.isValid())
        result.before = nearest(true, today.year() - 1, std::nullopt);
    result.after = nearest(false, today.year(), monthDay);
    if (!result.after.date.isValid())
        result.after = nearest(false, today.year() + 1, std::nullopt);
    return result;
}

bool setHiddenFromOnThisDay(Database &database, HiddenKind kind, qint64 value, bool hidden)
{
    QSqlQuery q(database.connection());
    q.prepare(hidden ? QStringLiteral("INSERT OR IGNORE INTO on_this_day_hidden (what, value) VALUES (?, ?)")
                     : QStringLiteral("DELETE FROM on_this_day_hidden WHERE what = ? AND value = ?"));
    q.addBindValue(hiddenName(kind));
    q.addBindValue(value);
    return q.exec();
}

QList<qint64> hiddenFromOnThisDay(Database &database, HiddenKind kind)
{
    QList<qint64> values;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT value FROM on_this_day_hidden WHERE what = ? ORDER BY value"));
    q.addBindValue(hiddenName(kind));
    if (q.exec()) {
        while (q.next())
            values << q.value(0).toLongLong();
    }
    return values;
}

QList<QPair<qint64, QString>> hideablePeopleOf(Database &database, qint64 memoryId)
{
    QList<QPair<qint64, QString>> people;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral(
        "SELECT p.id, p.name FROM people p WHERE p.id IN (SELECT author_id FROM memories WHERE "
        "id = ? UNION SELECT person_id FROM memory_people WHERE memory_id = ?) AND "
        "COALESCE(p.uin, '') NOT IN (SELECT uin FROM accounts) ORDER BY p.name"));
    q.addBindValue(memoryId);
    q.addBindValue(memoryId);
    if (q.exec()) {
        while (q.next())
            people.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    return people;
}

QList<QPair<qint64, QString>> hideableTagsOf(Database &database, qint64 memoryId)
{
    QList<QPair<qint64, QString>> tags;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT t.id, t.path FROM tags t JOIN memory_tags mt ON mt.tag_id = t.id "
                             "WHERE mt.memory_id = ? ORDER BY t.path"));
    q.addBindValue(memoryId);
    if (q.exec()) {
        while (q.next())
            tags.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    return tags;
}

} // namespace ks
