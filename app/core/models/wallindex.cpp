// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallindex.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ks {

namespace {
// Local wall-clock parts of a memory's time, as integers.
const char *kLocal = "(m.created + m.utc_offset), 'unixepoch'";
} // namespace

bool rebuildWallIndex(QSqlDatabase db)
{
    const QString local = QString::fromLatin1(kLocal);
    const QString month = QStringLiteral("COALESCE(CAST(strftime('%Y%m', %1) AS INTEGER), 0)").arg(local);
    const QString day = QStringLiteral("COALESCE(CAST(strftime('%Y%m%d', %1) AS INTEGER), 0)").arg(local);
    const QString monthDay = QStringLiteral("COALESCE(CAST(strftime('%m%d', %1) AS INTEGER), 0)").arg(local);
    const QStringList statements{
        QStringLiteral("DELETE FROM wall_items"),
        QStringLiteral(
            "INSERT INTO wall_items (sort_time, local_month, local_day, month_day, kind, memory_id, "
            "album_id, item_count, has_media) "
            "SELECT COALESCE(m.created, 0), %1, %2, %3, m.kind, m.id, m.album_id, 1, "
            "EXISTS (SELECT 1 FROM memory_media mm WHERE mm.memory_id = m.id) "
            "FROM memories m WHERE m.kind <> 'photo'")
            .arg(month, day, monthDay),
        // SQLite returns the other columns of the row holding MAX(created): the group's newest photo.
        QStringLiteral(
            "INSERT INTO wall_items (sort_time, local_month, local_day, month_day, kind, memory_id, "
            "album_id, item_count, has_media) "
            "SELECT MAX(COALESCE(m.created, 0)), %1, %2, %3, 'photos', m.id, m.album_id, COUNT(*), 1 "
            "FROM memories m WHERE m.kind = 'photo' "
            "GROUP BY COALESCE(m.album_id, -m.id), %2")
            .arg(month, day, monthDay),
        // The month table the unfiltered wall reads at start (0010_wall_months.sql).
        QStringLiteral("DELETE FROM wall_months"),
        QStringLiteral("INSERT INTO wall_months (local_month, item_count) "
                       "SELECT local_month, COUNT(*) FROM wall_items GROUP BY local_month"),
    };
    if (!db.transaction())
        return false;
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            qWarning("keepsake: wall index: %s", qPrintable(q.lastError().text()));
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool wallIndexIsStale(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM memories) > 0 AND NOT EXISTS (SELECT 1 FROM wall_items)")))
        return false;
    return q.next() && q.value(0).toBool();
}

} // namespace ks
