// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarystats.h"

#include "librarycounts.h"

#include "domain/records.h"

#include <QSqlQuery>

namespace ks {

namespace {
qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0).toLongLong();
    return 0;
}
} // namespace

QJsonObject libraryStats(QSqlDatabase db)
{
    QJsonObject memories;
    for (MemoryKind kind : allMemoryKinds())
        memories.insert(memoryKindName(kind), 0);
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT kind, COUNT(*) FROM memories GROUP BY kind"))) {
        while (q.next())
            memories.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    QJsonObject years;
    // The year as the person lived it: local wall-clock time of the memory.
    if (q.exec(QStringLiteral("SELECT strftime('%Y', created + utc_offset, 'unixepoch') AS y, COUNT(*) "
                              "FROM memories WHERE created IS NOT NULL GROUP BY y ORDER BY y"))) {
        while (q.next())
            years.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    const QJsonObject media{
        {QStringLiteral("files"),
         scalar(db, QStringLiteral("SELECT COUNT(*) FROM media WHERE sha256 IS NOT NULL"))},
        {QStringLiteral("missing"),
         scalar(db, QStringLiteral("SELECT COUNT(*) FROM media WHERE status = 'missing'"))},
        {QStringLiteral("bytes"),
         scalar(db, QStringLiteral("SELECT COALESCE(SUM(size), 0) FROM media WHERE sha256 IS NOT NULL"))},
    };
    // The figures every screen shows (LibraryCounts), beside the per-kind counts above.
    const LibraryCounts::Counts whole = LibraryCounts::whole(db);
    const QJsonObject counts{{QStringLiteral("memories"), whole.memories},
                             {QStringLiteral("photos"), whole.photos},
                             {QStringLiteral("videos"), whole.videos}};
    return QJsonObject{
        {QStringLiteral("memories"), memories},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("comments"), scalar(db, QStringLiteral("SELECT COUNT(*) FROM comments"))},
        {QStringLiteral("people"),
         scalar(db, QStringLiteral("SELECT COUNT(*) FROM people WHERE uin IS NULL OR uin NOT IN "
                                   "(SELECT uin FROM accounts)"))},
        {QStringLiteral("media"), media},
        {QStringLiteral("tags"), scalar(db, QStringLiteral("SELECT COUNT(*) FROM tags"))},
        {QStringLiteral("years"), years},
        {QStringLiteral("problems"), scalar(db, QStringLiteral("SELECT COUNT(*) FROM problems"))},
    };
}

} // namespace ks
