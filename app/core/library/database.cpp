// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "librarychanges.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <unistd.h>

namespace ks {

namespace {

QStringList migrationFiles()
{
    QDir dir(QStringLiteral(":/sql"));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return files;
}

// Splits a migration into statements. Statements end with ';' at end of line, except inside
// CREATE TRIGGER … END; blocks, whose bodies hold ';' of their own.
QStringList splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QLatin1String("--")) || line.isEmpty())
            continue;
        current += rawLine + QLatin1Char('\n');
        if (line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        if (!line.endsWith(QLatin1Char(';')))
            continue;
        if (inTrigger && !line.startsWith(QLatin1String("END"), Qt::CaseInsensitive))
            continue;
        inTrigger = false;
        statements << current.trimmed();
        current.clear();
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

bool exec(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = QStringLiteral("%1\n  in: %2").arg(q.lastError().text(), sql.left(200));
        return false;
    }
    return true;
}

/// The migration's statements edit table definitions in sqlite_schema (PRAGMA writable_schema):
/// SQLite's procedure for changes that leave every stored row as it is, such as a CHECK rewritten
/// into an equivalent one (https://www.sqlite.org/lang_altertable.html#otheralter).
constexpr QLatin1String kSchemaTextMarker("-- keepsake:schema-text");

} // namespace

Database::~Database()
{
    close();
}

QString Database::databasePath() const
{
    return m_libraryDir + QStringLiteral("/keepsake.db");
}
QString Database::vaultDir() const
{
    return m_libraryDir + QStringLiteral("/vault");
}
QString Database::thumbsDir() const
{
    return m_libraryDir + QStringLiteral("/thumbs");
}

int Database::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

bool Database::configure(QSqlDatabase db, QString *error) const
{
    // WAL: readers (the wall) never block the importer's writer and a crash cannot tear a page.
    // synchronous=NORMAL: with WAL a power cut loses at most the last commit, never consistency.
    // busy_timeout (first: switching to WAL needs a lock too): a second connection waits for the
    // writer instead of failing at once.
    // foreign_keys: SQLite leaves them off by default; our schema relies on them.
    // A read-only library keeps whatever journal mode its file says: changing it would write.
    QStringList pragmas{QStringLiteral("PRAGMA busy_timeout=10000"), QStringLiteral("PRAGMA foreign_keys=ON"),
                        QStringLiteral("PRAGMA temp_store=MEMORY")};
    if (!m_readOnly)
        pragmas = QStringList{QStringLiteral("PRAGMA journal_mode=WAL"),
                              QStringLiteral("PRAGMA synchronous=NORMAL")} +
                  pragmas;
    for (const QString &pragma : std::as_const(pragmas)) {
        if (!exec(db, pragma, error))
            return false;
    }
    return true;
}

bool Database::libraryIsReadOnly(const QString &libraryDir)
{
    // access() asks the kernel, which also answers for root: a read-only mount (EROFS) and an
    // immutable file (EPERM) refuse writing to everyone; permissions refuse everyone but root.
    const auto notWritable = [](const QString &path) {
        return QFileInfo::exists(path) && ::access(QFile::encodeName(path).constData(), W_OK) != 0;
    };
    const QString dir = QDir(libraryDir).absolutePath();
    return notWritable(dir) || notWritable(dir + QStringLiteral("/keepsake.db")) ||
           notWritable(dir + QStringLiteral("/vault"));
}

int Database::countVaultFiles(const QString &libraryDir)
{
    const QString vault = QDir(libraryDir).absolutePath() + QStringLiteral("/vault");
    const QString incoming = vault + QStringLiteral("/.incoming/");
    int count = 0;
    QDirIterator it(vault, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (!it.next().startsWith(incoming))
            ++count;
    }
    return count;
}

bool Database::fail(QString *error, const QString &message, OpenProblem::Kind kind)
{
    if (error)
        *error = message;
    close();
    m_openProblem.kind = kind;
    return false;
}

bool Database::open(const QString &libraryDir, QString *error, int flags)
{
    close();
    m_openProblem = OpenProblem();
    const QString absolute = QDir(libraryDir).absolutePath();
    const QString dbPath = absolute + QStringLiteral("/keepsake.db");
    m_readOnly = (flags & ForceReadOnly) || (QFileInfo(absolute).isDir() && libraryIsReadOnly(absolute));

    // A database that is missing or empty beside a vault holding files was lost, not new: making
    // an empty library there would hide every memory. (A new library is never 0 bytes once opened:
    // switching it to WAL writes its first page.)
    const QFileInfo dbInfo(dbPath);
    const bool dbEmpty = !dbInfo.exists() || dbInfo.size() == 0;
    if (dbEmpty && !(flags & AllowNewBesideVault)) {
        if (const int files = countVaultFiles(absolute); files > 0) {
            m_openProblem.databaseMissing = !dbInfo.exists();
            m_openProblem.vaultFiles = files;
            return fail(error,
                        QStringLiteral("the library database %1 is %2 but the vault holds %3 files: the "
                                       "database was lost, this is not a new library. Open a backup of "
                                       "the library, or run `keepsake rebuild --library %4` to rebuild "
                                       "it from the vault (the broken file is kept)")
                            .arg(dbPath, dbInfo.exists() ? QStringLiteral("empty (0 bytes)")
                                                         : QStringLiteral("missing"))
                            .arg(files)
                            .arg(absolute),
                        OpenProblem::DatabaseLost);
        }
    }
    if (m_readOnly && dbEmpty)
        return fail(error, QStringLiteral("the library folder %1 is read-only and holds no library database "
                                          "(%2), so no library can be created there")
                               .arg(absolute, dbPath));
    if (!m_readOnly) {
        QDir dir;
        if (!dir.mkpath(absolute) || !dir.mkpath(absolute + QStringLiteral("/vault")))
            return fail(error, QStringLiteral("cannot create the library folder %1").arg(libraryDir));
    }
    m_libraryDir = absolute;
    m_connectionPrefix =
        QStringLiteral("keepsake-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (m_readOnly) {
        // Read-only, SQLite still wants the -shm (and -wal) files of a WAL database; on a read-only
        // mount or folder it cannot create them, and then reads the file as immutable.
        bool readable = false;
        {
            QSqlDatabase probe = connection();
            QSqlQuery q(probe);
            readable =
                probe.isOpen() && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
        }
        if (!readable) {
            QSqlDatabase::removeDatabase(connectionName());
            m_immutable = true;
        }
    }
    bool migrated = true;
    {
        // No handle may outlive this block: close() removes the connection.
        QSqlDatabase db = connection();
        if (!db.isOpen()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            return fail(error, QStringLiteral("cannot open %1: %2").arg(databasePath(), why));
        }
        if (!m_readOnly)
            migrated = migrate(db, latestSchemaVersion(), error);
    }
    if (m_readOnly)
        return checkReadOnlySchema(error);
    if (!migrated) {
        const bool newer = schemaVersion() > latestSchemaVersion();
        close();
        m_openProblem.kind = newer ? OpenProblem::NewerSchema : OpenProblem::Other;
        return false;
    }
    // Derived indexes (wall, search) are brought up to date by the Library above this layer.
    return true;
}

bool Database::checkReadOnlySchema(QString *error)
{
    const int version = schemaVersion();
    const int latest = latestSchemaVersion();
    if (version < 0)
        return fail(error, QStringLiteral("cannot read the read-only library database %1: %2")
                               .arg(databasePath(), connection().lastError().text()));
    if (version > latest)
        return fail(error,
                    QStringLiteral("this library was written by a newer Keepsake (schema %1, this "
                                   "build knows %2)")
                        .arg(version)
                        .arg(latest),
                    OpenProblem::NewerSchema);
    // What the newest migrations change may not matter for reading (an equivalent CHECK).
    if (version < oldestReadableSchemaVersion())
        return fail(error,
                    QStringLiteral("the library at %1 is read-only and was written by an older Keepsake "
                                   "(schema %2; this build reads schema %3 and must upgrade the database "
                                   "first, which needs writing). Copy the library folder to a writable "
                                   "disk and open the copy")
                        .arg(m_libraryDir)
                        .arg(version)
                        .arg(latest),
                    OpenProblem::ReadOnlyNeedsMigration);
    return true;
}

QString Database::connectionName() const
{
    return QStringLiteral("%1-%2").arg(m_connectionPrefix).arg(quintptr(QThread::currentThread()), 0, 16);
}

LibraryChanges *Database::changes() const
{
    return LibraryChanges::forDatabaseFile(databasePath());
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (m_immutable) {
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        db.setDatabaseName(QUrl::fromLocalFile(databasePath()).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?immutable=1"));
    } else {
        if (m_readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.setDatabaseName(databasePath());
    }
    if (db.open())
        configure(db, nullptr);
    return db;
}

void Database::close()
{
    m_readOnly = false;
    m_immutable = false;
    if (m_connectionPrefix.isEmpty())
        return;
    // Connections made by worker threads belong to them; removing one by name closes it without
    // touching it from this thread (QSqlDatabase::database() would warn).
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (name.startsWith(m_connectionPrefix))
            QSqlDatabase::removeDatabase(name);
    }
    m_connectionPrefix.clear();
    m_libraryDir.clear();
}

int Database::oldestReadableSchemaVersion()
{
    const QStringList files = migrationFiles();
    int version = int(files.size());
    while (version > 0) {
        QFile file(QStringLiteral(":/sql/") + files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly) || !QString::fromUtf8(file.readAll()).contains(kSchemaTextMarker))
            break;
        --version;
    }
    return version;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Database::migrate(QSqlDatabase db, int target, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    int version = q.value(0).toInt();
    q.finish();
    const QStringList files = migrationFiles();
    if (version > files.size()) {
        if (error)
            *error = QStringLiteral(
                         "this library was written by a newer Keepsake (schema %1, this build knows %2)")
                         .arg(version)
                         .arg(files.size());
        return false;
    }
    for (int next = version + 1; next <= target && next <= files.size(); ++next) {
        QFile file(QStringLiteral(":/sql/") + files.at(next - 1));
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("missing migration %1").arg(file.fileName());
            return false;
        }
        const QString sql = QString::fromUtf8(file.readAll());
        // IMMEDIATE: two processes opening a new library at once must not both migrate it; the
        // second waits for the first (busy_timeout) and then finds the step done.
        if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), error))
            return false;
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() >= next) {
            q.finish();
            exec(db, QStringLiteral("COMMIT"), error);
            continue;
        }
        q.finish();
        bool ok = true;
        if (sql.contains(kSchemaTextMarker)) {
            ok = Database::editSchemaText(db, splitStatements(sql), error);
        } else {
            for (const QString &statement : splitStatements(sql)) {
                if (!exec(db, statement, error)) {
                    ok = false;
                    break;
                }
            }
        }
        ok = ok && exec(db, QStringLiteral("PRAGMA user_version = %1").arg(next), error);
        if (!ok) {
            exec(db, QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
        if (!exec(db, QStringLiteral("COMMIT"), error)) {
            exec(db, QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
    }
    return true;
}

bool Database::editSchemaText(QSqlDatabase db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA schema_version")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    const qint64 cookie = q.value(0).toLongLong();
    q.finish();
    bool ok = exec(db, QStringLiteral("PRAGMA writable_schema = ON"), error);
    for (const QString &statement : statements)
        ok = ok && exec(db, statement, error);
    ok = ok && exec(db, QStringLiteral("PRAGMA schema_version = %1").arg(cookie + 1), error);
    ok = exec(db, QStringLiteral("PRAGMA writable_schema = OFF"), ok ? error : nullptr) && ok;
    return ok && exec(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"), error);
}

bool Database::hasFts5(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.ks_fts5_probe USING fts5(x)")))
        return false;
    q.exec(QStringLiteral("DROP TABLE temp.ks_fts5_probe"));
    return true;
}

} // namespace ks
