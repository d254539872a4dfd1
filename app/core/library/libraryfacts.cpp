// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryfacts.h"

#include "database.h"
#include "librarycounts.h"

#include <QSqlQuery>

namespace ks::LibraryFacts {

std::optional<qint64> memoryCount(Database &database)
{
    return LibraryCounts::memories(database.connection());
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
