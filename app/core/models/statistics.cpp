// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics.h"

#include "library/database.h"
#include "library/librarycounts.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ks::statistics {

namespace {

// Local time of a memory, as SQLite sees it.
const char *kLocal = "m.created + m.utc_offset, 'unixepoch'";

QSqlQuery run(Database &database, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(database.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        qWarning("keepsake: statistics: %s", qPrintable(q.lastError().text()));
    return q;
}

} // namespace

QList<PeriodCount> perYear(Database &database)
{
    QList<PeriodCount> out;
    QSqlQuery q = run(
        database, QStringLiteral("SELECT CAST(strftime('%Y', %1) AS INTEGER) AS y, COUNT(*) FROM memories m "
                                 "WHERE m.created IS NOT NULL AND m.kind <> 'album' GROUP BY y ORDER BY y")
                      .arg(QLatin1String(kLocal)));
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toInt()});
    return out;
}

QList<PeriodCount> perMonth(Database &database, int year)
{
    QList<PeriodCount> out;
    QString sql =
        QStringLiteral("SELECT CAST(strftime('%Y%m', %1) AS INTEGER) AS ym, COUNT(*) FROM memories m "
                       "WHERE m.created IS NOT NULL AND m.kind <> 'album'")
            .arg(QLatin1String(kLocal));
    QVariantList binds;
    if (year > 0) {
        sql += QStringLiteral(" AND CAST(strftime('%Y', %1) AS INTEGER) = ?").arg(QLatin1String(kLocal));
        binds << year;
    }
    sql += QStringLiteral(" GROUP BY ym ORDER BY ym");
    QSqlQuery q = run(database, sql, binds);
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toInt()});
    return out;
}

QList<FriendActivity> mostActiveFriends(Database &database, int limit)
{
    QList<FriendActivity> out;
    QSqlQuery q =
        run(database,
            QStringLiteral("SELECT p.id, p.name, p.remark, COALESCE(c.n, 0), COALESCE(b.n, 0) FROM people p "
                           "LEFT JOIN (SELECT author_id, COUNT(*) AS n FROM comments GROUP BY author_id) c "
                           "ON c.author_id = p.id "
                           "LEFT JOIN (SELECT author_id, COUNT(*) AS n FROM memories WHERE kind = 'board' "
                           "GROUP BY author_id) b "
                           "ON b.author_id = p.id "
                           "WHERE (p.uin IS NULL OR p.uin NOT IN (SELECT uin FROM accounts)) AND "
                           "COALESCE(c.n, 0) + COALESCE(b.n, 0) > 0 "
                           "ORDER BY COALESCE(c.n, 0) + COALESCE(b.n, 0) DESC, p.name, p.id LIMIT ?"),
            {limit});
    while (q.next()) {
        FriendActivity f;
        f.personId = q.value(0).toLongLong();
        f.name = q.value(1).toString();
        f.remark = q.value(2).toString();
        f.comments = q.value(3).toInt();
        f.messages = q.value(4).toInt();
        out.append(f);
    }
    return out;
}

QList<DayCount> busiestDays(Database &database, int limit)
{
    QList<DayCount> out;
    QSqlQuery q = run(database,
                      QStringLiteral("SELECT strftime('%Y-%m-%d', %1) AS d, COUNT(*) AS n FROM memories m "
                                     "WHERE m.created IS NOT NULL AND m.kind <> 'album' GROUP BY d "
                                     "ORDER BY n DESC, d LIMIT ?")
                          .arg(QLatin1String(kLocal)),
                      {limit});
    while (q.next())
        out.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt()});
    return out;
}

LibraryTotals totals(Database &database)
{
    LibraryTotals t;
    QSqlQuery q =
        run(database,
            QStringLiteral("SELECT SUM(m.created IS NULL), MIN(CAST(strftime('%Y', %1) AS INTEGER)), "
                           "MAX(CAST(strftime('%Y', %1) AS INTEGER)) FROM memories m WHERE m.kind <> 'album'")
                .arg(QLatin1String(kLocal)));
    if (q.next()) {
        t.undated = q.value(0).toInt();
        t.firstYear = q.value(1).toInt();
        t.lastYear = q.value(2).toInt();
    }
    // Memories and photos as every screen counts them (photos: picture files, not photo records).
    const LibraryCounts::Counts counts = LibraryCounts::whole(database.connection());
    t.memories = int(counts.memories);
    t.photos = int(counts.photos);
    QSqlQuery c = run(database, QStringLiteral("SELECT COUNT(*) FROM comments"));
    if (c.next())
        t.comments = c.value(0).toInt();
    return t;
}

} // namespace ks::statistics
