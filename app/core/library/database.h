// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ks {

class LibraryChanges;

/// One open Keepsake library: the folder, its SQLite database and the vault beside it.
/// Each thread gets its own named connection (QSqlDatabase is not thread-safe); call
/// connection() from whichever thread needs the database.
class Database
{
public:
    enum OpenFlag
    {
        NoFlags = 0,
        /// Create a new database even though the vault holds files (keepsake rebuild only).
        AllowNewBesideVault = 1,
        /// Open read-only even when the folder could be written.
        ForceReadOnly = 2,
    };

    /// Why the last open() failed, for a caller that explains it in its own words.
    struct OpenProblem
    {
        enum Kind
        {
            None,
            Other,
            /// keepsake.db is missing or empty (0 bytes) while the vault holds files.
            DatabaseLost,
            /// A read-only library whose schema is older than this build's: it cannot be migrated.
            ReadOnlyNeedsMigration,
            /// Written by a newer Keepsake: this build must not touch it.
            NewerSchema,
        };
        Kind kind = None;
        bool databaseMissing = false; ///< DatabaseLost: missing (true) or empty (false)
        int vaultFiles = 0;           ///< DatabaseLost: files found in the vault
    };

    /// Opens (creating when needed) the library in @p libraryDir and migrates it to the
    /// newest schema. A library whose folder or database cannot be written (a backup disk, a
    /// DVD) opens read-only and is never migrated. A missing or empty keepsake.db beside a
    /// vault that holds files is refused (it is not silently replaced by an empty library)
    /// unless @p flags has AllowNewBesideVault. On failure returns false and fills @p error.
    bool open(const QString &libraryDir, QString *error = nullptr, int flags = NoFlags);
    void close();
    bool isOpen() const { return !m_libraryDir.isEmpty(); }
    /// True when the library was opened read-only (nothing may be written to it).
    bool isReadOnly() const { return m_readOnly; }
    /// Why the last open() failed (kind None after a successful open).
    OpenProblem openProblem() const { return m_openProblem; }

    /// True when @p libraryDir (and its keepsake.db, when present) cannot be written by this
    /// process: a read-only mount, an immutable file, or no write permission.
    static bool libraryIsReadOnly(const QString &libraryDir);
    /// Files in the vault of @p libraryDir (vault/.incoming not counted).
    static int countVaultFiles(const QString &libraryDir);

    QString libraryDir() const { return m_libraryDir; }
    QString databasePath() const;
    QString vaultDir() const;
    QString thumbsDir() const;

    /// The library's "library changed" notifier (the same object for every Database open on it).
    LibraryChanges *changes() const;
    /// The connection for the calling thread, opened on first use.
    QSqlDatabase connection() const;

    /// Schema version stored in PRAGMA user_version.
    int schemaVersion() const;

    /// Newest schema version this build knows (number of migration files).
    static int latestSchemaVersion();
    /// Oldest schema a read-only library may have: the migrations after it only rewrite table
    /// definitions into equivalent ones ("-- keepsake:schema-text"), which reading does not need.
    static int oldestReadableSchemaVersion();

    /// Applies migrations user_version+1 … @p target, each in its own transaction.
    static bool migrate(QSqlDatabase db, int target, QString *error);

    /// A migration marked "-- keepsake:schema-text": runs @p statements (edits of table definitions
    /// in sqlite_schema) with writable_schema, moves the schema cookie on (other connections read the
    /// new text) and parses the new schema, inside the caller's transaction: an edit SQLite cannot
    /// parse fails here (the caller rolls back) and is never stored.
    static bool editSchemaText(QSqlDatabase db, const QStringList &statements, QString *error);

    /// True when SQLite, through the Qt driver, offers FTS5.
    static bool hasFts5(QSqlDatabase db);

    ~Database();

private:
    QString connectionName() const;
    bool configure(QSqlDatabase db, QString *error) const;
    bool fail(QString *error, const QString &message, OpenProblem::Kind kind = OpenProblem::Other);
    bool checkReadOnlySchema(QString *error);

    QString m_libraryDir;
    QString m_connectionPrefix;
    bool m_readOnly = false;
    /// Read-only and even the -wal/-shm files cannot be created: opened with immutable=1.
    bool m_immutable = false;
    OpenProblem m_openProblem;
};

} // namespace ks
