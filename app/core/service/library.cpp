// SPDX-License-Identifier: GPL-3.0-or-later
#include "library.h"

#include "importservice.h"
#include "library/database.h"
#include "models/wallindex.h"
#include "search/searchindex.h"
#include "search/storedpostings.h"

namespace ks {

bool Library::open(const QString &dir, QString *error, int flags)
{
    if (!m_database.open(dir, error, flags & ~StoreSearchLater))
        return false;
    // A read-only library (a backup disk, a DVD) is read as it is: its indexes cannot be rewritten.
    if (!m_database.isReadOnly())
        refreshIndexes(!(flags & StoreSearchLater));
    return true;
}

bool Library::storeSearchData(Database &database)
{
    return database.isOpen() && !database.isReadOnly() && writeStoredSearch(database.connection());
}

void Library::refreshIndexes(bool storeSearch)
{
    QSqlDatabase db = m_database.connection();
    // The wall index is derived data: rebuilt when missing or older than the memories.
    if (wallIndexIsStale(db))
        rebuildWallIndex(db);
    // Likewise the search index, when it was written by an older segmenter (migration 0003).
    if (searchIndexIsStale(db))
        rebuildSearchIndex(db);
    // And what the first searches read, stored (written when missing: after 0011 and 0012, or
    // after a change that did not write them). Searching works without it, only slower.
    if (storeSearch)
        writeStoredSearch(db);
}

ImportReport Library::import(const QStringList &paths, const std::atomic_bool *cancel,
                             const Progress &progress)
{
    ImportReport report = importPaths(m_database, paths, cancel, progress);
    if (report.added > 0 || report.updated > 0 || wallIndexIsStale(m_database.connection()))
        rebuildWallIndex(m_database.connection());
    writeStoredSearch(m_database.connection());
    return report;
}

} // namespace ks
