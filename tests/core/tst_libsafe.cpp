// SPDX-License-Identifier: GPL-3.0-or-later
// The library layer's side of keeping a library safe: a read-only open that SQLite itself refuses
// to write through, no migration of a read-only library, a lost database told from a new one,
// and a backup that is one consistent snapshot while another connection is writing.
#include "library/database.h"
#include "service/library.h"
#include "service/librarybackup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

namespace {

/// Puts @p bytes into the vault of @p lib under their SHA-256, as an import would.
QString addVaultFile(const QString &lib, const QByteArray &bytes)
{
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString relative = QStringLiteral("vault/%1/%2.bin").arg(sha.left(2), sha);
    QDir().mkpath(lib + QStringLiteral("/vault/") + sha.left(2));
    QFile file(lib + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return relative;
}

int tagCount(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM tags")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestLibSafe : public QObject
{
    Q_OBJECT

private slots:
    void readOnlyOpenRefusesWrites()
    {
        QTemporaryDir dir;
        {
            Database db;
            QVERIFY(db.open(dir.path()));
            QVERIFY(!db.isReadOnly());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO tags (name, path) VALUES ('a', 'a')")));
        }
        Database db;
        QString error;
        QVERIFY2(db.open(dir.path(), &error, Database::ForceReadOnly), qPrintable(error));
        QVERIFY(db.isReadOnly());
        QCOMPARE(tagCount(db.connection()), 1);
        // SQLite itself (QSQLITE_OPEN_READONLY) refuses to write, not only our subcommands.
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO tags (name, path) VALUES ('b', 'b')")));
        QVERIFY2(q.lastError().text().contains(QLatin1String("readonly")), qPrintable(q.lastError().text()));
        QCOMPARE(tagCount(db.connection()), 1);
    }

    void readOnlyLibraryIsNotMigrated()
    {
        // Migration 13 only rewrote CHECKs into equivalent ones: a read-only library at 12 is read.
        QCOMPARE(Database::oldestReadableSchemaVersion(), 12);
        QVERIFY(Database::oldestReadableSchemaVersion() < Database::latestSchemaVersion());
        const int tooOld = Database::oldestReadableSchemaVersion() - 1;
        QTemporaryDir dir;
        {
            Database db;
            QVERIFY(db.open(dir.path()));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Database::oldestReadableSchemaVersion())));
        }
        {
            Database readable;
            QString error;
            QVERIFY2(readable.open(dir.path(), &error, Database::ForceReadOnly), qPrintable(error));
            QVERIFY(readable.isReadOnly());
            QCOMPARE(readable.schemaVersion(), Database::oldestReadableSchemaVersion());
        }
        {
            Database db;
            QVERIFY(db.open(dir.path())); // writable: migrated again to the newest
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(tooOld)));
        }
        Database db;
        QString error;
        QVERIFY(!db.open(dir.path(), &error, Database::ForceReadOnly));
        QCOMPARE(db.openProblem().kind, Database::OpenProblem::ReadOnlyNeedsMigration);
        QVERIFY2(error.contains(QLatin1String("read-only")) &&
                     error.contains(QLatin1String("older Keepsake")),
                 qPrintable(error));
        // Still the old version: nothing was attempted.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(dir.path() + QStringLiteral("/keepsake.db"));
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), tooOld);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    void lostDatabaseToldFromNewOne()
    {
        QTemporaryDir dir;
        const QString lib = dir.path() + QStringLiteral("/lib");
        Database first;
        QVERIFY(first.open(lib)); // new: no vault files
        QVERIFY(!addVaultFile(lib, "some picture bytes").isEmpty());
        QCOMPARE(Database::countVaultFiles(lib), 1);
        // While the library is open elsewhere (the app), it opens again: it is not empty.
        const QString dbPath = lib + QStringLiteral("/keepsake.db");
        QVERIFY(QFileInfo(dbPath).size() > 0);
        {
            Database second;
            QString error;
            QVERIFY2(second.open(lib, &error), qPrintable(error));
        }
        first.close();
        QVERIFY(QFile::resize(dbPath, 0));
        QFile::remove(dbPath + QStringLiteral("-wal"));
        QFile::remove(dbPath + QStringLiteral("-shm"));
        Database db;
        QString error;
        QVERIFY(!db.open(lib, &error));
        QCOMPARE(db.openProblem().kind, Database::OpenProblem::DatabaseLost);
        QCOMPARE(db.openProblem().vaultFiles, 1);
        QVERIFY(!db.openProblem().databaseMissing);
        QCOMPARE(QFileInfo(dbPath).size(), 0);
        QVERIFY2(db.open(lib, &error, Database::AllowNewBesideVault), qPrintable(error));
    }

    void backupIsOneSnapshotWhileAnotherConnectionWrites()
    {
        QTemporaryDir dir;
        const QString lib = dir.path() + QStringLiteral("/lib");
        Database db;
        QVERIFY(Library(db).open(lib));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO tags (name, path) VALUES ('kept', 'kept')")));

        // A second connection (the app, importing) holds an open write transaction.
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        {
            writer.setDatabaseName(db.databasePath());
            QVERIFY(writer.open());
            QVERIFY(writer.transaction());
            QSqlQuery w(writer);
            QVERIFY(w.exec(QStringLiteral("INSERT INTO tags (name, path) VALUES ('pending', 'pending')")));
            const BackupResult result = backupLibrary(db, dir.path() + QStringLiteral("/backup"));
            QVERIFY2(result.ok(), qPrintable(result.error));
            QVERIFY(writer.commit());
        }
        writer.close();
        writer = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        Database copy;
        QVERIFY(copy.open(dir.path() + QStringLiteral("/backup")));
        QCOMPARE(tagCount(copy.connection()), 1); // the committed tag, not the pending one
        QCOMPARE(tagCount(db.connection()), 2);
    }
};

QTEST_GUILESS_MAIN(TestLibSafe)
#include "tst_libsafe.moc"
