// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedsearches.h"

#include "library/librarychanges.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace ks::savedsearches {

QList<SavedSearch> list(QSqlDatabase db)
{
    QList<SavedSearch> out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, name, query FROM saved_searches ORDER BY position, id")))
        return out;
    while (q.next())
        out.append(SavedSearch{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

qint64 add(QSqlDatabase db, const QString &name, const QString &query)
{
    const ChangeNote note(db, LibraryChanges::SavedSearches);
    if (name.trimmed().isEmpty() || query.trimmed().isEmpty())
        return 0;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO saved_searches (name, query, position, created) "
                       "VALUES (?, ?, (SELECT COALESCE(MAX(position) + 1, 0) FROM saved_searches), ?)"));
    q.addBindValue(name.trimmed());
    q.addBindValue(query.trimmed());
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return 0;
    return q.lastInsertId().toLongLong();
}

bool rename(QSqlDatabase db, qint64 id, const QString &name)
{
    const ChangeNote note(db, LibraryChanges::SavedSearches);
    if (name.trimmed().isEmpty())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE saved_searches SET name = ? WHERE id = ?"));
    q.addBindValue(name.trimmed());
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool remove(QSqlDatabase db, qint64 id)
{
    const ChangeNote note(db, LibraryChanges::SavedSearches);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM saved_searches WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool move(QSqlDatabase db, qint64 id, int position)
{
    const ChangeNote note(db, LibraryChanges::SavedSearches);
    QList<SavedSearch> all = list(db);
    int from = -1;
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).id == id)
            from = i;
    }
    if (from < 0)
        return false;
    all.move(from, std::clamp(position, 0, int(all.size()) - 1));
    QSqlQuery q(db);
    q.exec(QStringLiteral("SAVEPOINT saved_move"));
    bool ok = true;
    for (int i = 0; i < all.size() && ok; ++i) {
        q.prepare(QStringLiteral("UPDATE saved_searches SET position = ? WHERE id = ?"));
        q.addBindValue(i);
        q.addBindValue(all.at(i).id);
        ok = q.exec();
    }
    if (!ok)
        q.exec(QStringLiteral("ROLLBACK TO saved_move"));
    q.exec(QStringLiteral("RELEASE saved_move"));
    return ok;
}

} // namespace ks::savedsearches
