// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryfacts.h"

#include "database.h"

#include <QSqlQuery>

namespace ks::LibraryFacts {

std::optional<qint64> memoryCount(Database &database)
{
    // Counted as LibraryCounts counts them (album containers are not memories of their own).
    QSqlQuery q(database.connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind <> 'album'")) && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QList<ImportProblem> problems(Database &database)
{
    QList<ImportProblem> out;
    QSqlQuery q(database.connection());
    if (q.exec(QStringLiteral("SELECT kind, file, message FROM problems ORDER BY id"))) {
        while (q.next()) {
            ImportProblem p;
            p.kind = q.value(0).toString();
            p.file = q.value(1).toString();
            p.message = q.value(2).toString();
            out << p;
        }
    }
    return out;
}

} // namespace ks::LibraryFacts
