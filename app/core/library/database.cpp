// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

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

bool Database::configure(QSqlDatabase db, QString *error)
{
    // WAL: readers (the wall) never block the importer's writer and a crash cannot tear a page.
    // synchronous=NORMAL: with WAL a power cut loses at most the last commit, never consistency.
    // busy_timeout (first: switching to WAL needs a lock too): a second connection waits for the
    // writer instead of failing at once.
    // foreign_keys: SQLite leaves them off by default; our schema relies on them.
    for (const char *pragma :
         {"PRAGMA busy_timeout=10000", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
          "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY"}) {
        if (!exec(db, QString::fromLatin1(pragma), error))
            return false;
    }
    return true;
}

bool Database::open(const QString &libraryDir, QString *error)
{
    close();
    QDir dir;
    if (!dir.mkpath(libraryDir) || !dir.mkpath(libraryDir + QStringLiteral("/vault"))) {
        if (error)
            *error = QStringLiteral("cannot create the library folder %1").arg(libraryDir);
        return false;
    }
    m_libraryDir = QDir(libraryDir).absolutePath();
    m_connectionPrefix =
        QStringLiteral("keepsake-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(databasePath(), db.lastError().text());
        m_libraryDir.clear();
        return false;
    }
    if (!migrate(db, latestSchemaVersion(), error)) {
        close();
        return false;
    }
    // Derived indexes (wall, search) are brought up to date by the Library above this layer.
    return true;
}

QString Database::connectionName() const
{
    return QStringLiteral("%1-%2").arg(m_connectionPrefix).arg(quintptr(QThread::currentThread()), 0, 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(databasePath());
    if (db.open())
        configure(db, nullptr);
    return db;
}

void Database::close()
{
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
        for (const QString &statement : splitStatements(sql)) {
            if (!exec(db, statement, error)) {
                ok = false;
                break;
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

bool Database::hasFts5(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.ks_fts5_probe USING fts5(x)")))
        return false;
    q.exec(QStringLiteral("DROP TABLE temp.ks_fts5_probe"));
    return true;
}

} // namespace ks
