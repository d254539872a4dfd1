// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycounts.h"

#include <QSqlQuery>
#include <QStringList>

namespace ks::LibraryCounts {

namespace {

constexpr auto kCountable = "m.kind <> 'album'";
// A file kept in the vault that is the person's own (a placeholder "image missing" picture is not).
constexpr auto kKept = "md.sha256 IS NOT NULL AND md.status <> 'placeholder'";

Counts run(QSqlDatabase db, const QString &memoryFilter)
{
    Counts c;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM memories m WHERE %1 %2")
                   .arg(QLatin1String(kCountable), memoryFilter)) &&
        q.next())
        c.memories = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("SELECT COUNT(DISTINCT CASE WHEN mm.role = 'image' THEN md.id END), "
                              "COUNT(DISTINCT CASE WHEN mm.role = 'video' THEN md.id END) "
                              "FROM memories m JOIN memory_media mm ON mm.memory_id = m.id "
                              "JOIN media md ON md.id = mm.media_id "
                              "WHERE %1 AND %2 %3")
                   .arg(QLatin1String(kKept), QLatin1String(kCountable), memoryFilter)) &&
        q.next()) {
        c.photos = q.value(0).toLongLong();
        c.videos = q.value(1).toLongLong();
    }
    return c;
}

} // namespace

QString photoCondition()
{
    return QStringLiteral("mm.role = 'image' AND %1 AND %2")
        .arg(QLatin1String(kKept), QLatin1String(kCountable));
}

std::optional<qint64> memories(QSqlDatabase db)
{
    QSqlQuery q(db);
    // Every memory less the album containers, which is kCountable: a bare COUNT(*) counts the cells
    // of the smallest index without reading a row, and the albums are an index seek. Counting
    // kind <> 'album' read every row of an index, 44 ms at 1,000,000 on the GUI thread.
    if (q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM memories) - "
                              "(SELECT COUNT(*) FROM memories WHERE kind = 'album')")) &&
        q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

Counts whole(QSqlDatabase db)
{
    return run(db, QString());
}

Counts of(QSqlDatabase db, const QList<qint64> &memoryIds)
{
    if (memoryIds.isEmpty())
        return Counts();
    // Ids are numbers from the library itself: safe to inline, and no bind-variable limit.
    QStringList ids;
    ids.reserve(memoryIds.size());
    for (qint64 id : memoryIds)
        ids << QString::number(id);
    return run(db, QStringLiteral("AND m.id IN (%1)").arg(ids.join(QLatin1Char(','))));
}

QList<QPair<int, int>> perYear(QSqlDatabase db)
{
    QList<QPair<int, int>> years;
    QSqlQuery q(db);
    if (q.exec(
            QStringLiteral("SELECT CAST(strftime('%Y', m.created + m.utc_offset, 'unixepoch') AS INTEGER) y, "
                           "COUNT(*) FROM memories m WHERE m.created IS NOT NULL AND %1 "
                           "GROUP BY y ORDER BY y DESC")
                .arg(QLatin1String(kCountable)))) {
        while (q.next())
            years << qMakePair(q.value(0).toInt(), q.value(1).toInt());
    }
    return years;
}

} // namespace ks::LibraryCounts
