// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedsearch.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ks {

bool forgetStoredSearch(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("DELETE FROM search_order")) &&
        q.exec(QStringLiteral("DELETE FROM search_postings")))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace ks
