// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/importreport.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace ks {

class Database;

/// The one place above the database, the importers, the wall and search that keeps a library
/// whole: it opens the database and keeps the derived indexes (wall, search) current — after
/// opening (a migration may have made them stale) and after every import.
class Library
{
public:
    using Progress = std::function<void(const ImportReport &, const QString &currentFile)>;

    explicit Library(Database &database) : m_database(database) {}

    /// Beside Database::OpenFlag for open(): the stored search data (what the first searches
    /// read; seconds to write at a million memories when a change or a killed import left it
    /// unwritten) is left to storeSearchData() on another thread, not written before open returns.
    static constexpr int StoreSearchLater = 1 << 16;

    /// Opens (creating when needed) the library in @p dir, migrates it and brings its indexes up
    /// to date (a read-only library is opened as it is). @p flags: Database::OpenFlag and
    /// StoreSearchLater. On failure returns false and fills @p error; Database::openProblem()
    /// says why.
    bool open(const QString &dir, QString *error = nullptr, int flags = 0);
    /// Writes the stored search data when missing, through the calling thread's connection.
    static bool storeSearchData(Database &database);
    Database &database() { return m_database; }

    /// Imports folders and archives (blocking: call it from a worker thread for the UI), then
    /// brings the indexes up to date. One combined report.
    ImportReport import(const QStringList &paths, const std::atomic_bool *cancel = nullptr,
                        const Progress &progress = Progress());

    /// Rebuilds whichever derived index is stale (or never built).
    void refreshIndexes(bool storeSearch = true);

private:
    Database &m_database;
};

} // namespace ks
