// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ks {

/// One open Keepsake library: the folder, its SQLite database and the vault beside it.
/// Each thread gets its own named connection (QSqlDatabase is not thread-safe); call
/// connection() from whichever thread needs the database.
class Database
{
public:
    /// Opens (creating when needed) the library in @p libraryDir and migrates it to the
    /// newest schema. On failure returns false and fills @p error.
    bool open(const QString &libraryDir, QString *error = nullptr);
    void close();
    bool isOpen() const { return !m_libraryDir.isEmpty(); }

    QString libraryDir() const { return m_libraryDir; }
    QString databasePath() const;
    QString vaultDir() const;
    QString thumbsDir() const;

    /// The connection for the calling thread, opened on first use.
    QSqlDatabase connection() const;

    /// Schema version stored in PRAGMA user_version.
    int schemaVersion() const;

    /// Newest schema version this build knows (number of migration files).
    static int latestSchemaVersion();

    /// Applies migrations user_version+1 … @p target, each in its own transaction.
    static bool migrate(QSqlDatabase db, int target, QString *error);

    /// True when SQLite, through the Qt driver, offers FTS5.
    static bool hasFts5(QSqlDatabase db);

    ~Database();

private:
    QString connectionName() const;
    static bool configure(QSqlDatabase db, QString *error);

    QString m_libraryDir;
    QString m_connectionPrefix;
};

} // namespace ks
