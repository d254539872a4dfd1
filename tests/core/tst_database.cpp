// SPDX-License-Identifier: GPL-3.0-or-later
// The library database: migrations from every version, pragmas, constraints, FTS5.
#include "library/database.h"
#include "search/searchindex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace ks;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static bool exec(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql);
    }
    static QVariant scalar(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            return q.value(0);
        return QVariant();
    }
    static QStringList tables(QSqlDatabase db)
    {
        QStringList names;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table','index','trigger') "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        while (q.next())
            names << q.value(0).toString();
        return names;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensAndMigratesToLatest()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.path(), &error), qPrintable(error));
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(QFileInfo::exists(dir.path() + QStringLiteral("/keepsake.db")));
        QVERIFY(QFileInfo(dir.path() + QStringLiteral("/vault")).isDir());
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        for (const char *table :
             {"accounts", "people", "person_names", "imports", "albums", "memories", "memory_sources",
              "memory_people", "comments", "media", "memory_media", "source_files", "tags", "memory_tags",
              "problems", "search_docs", "search_fts"})
            QVERIFY2(tables(db.connection()).contains(QString::fromLatin1(table)), table);
    }

    void migratesFromEveryVersion_data()
    {
        QTest::addColumn<int>("startVersion");
        for (int v = 0; v < Database::latestSchemaVersion(); ++v)
            QTest::addRow("from-v%d", v) << v;
    }

    void migratesFromEveryVersion()
    {
        QFETCH(int, startVersion);
        // A library left at an older version, then opened by this build, must end up with the same
        // schema as a fresh one.
        QTemporaryDir oldDir;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            raw.setDatabaseName(oldDir.path() + QStringLiteral("/keepsake.db"));
            QVERIFY(raw.open());
            QString error;
            QVERIFY2(Database::migrate(raw, startVersion, &error), qPrintable(error));
            QCOMPARE(scalar(raw, QStringLiteral("PRAGMA user_version")).toInt(), startVersion);
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        Database migrated;
        QString error;
        QVERIFY2(migrated.open(oldDir.path(), &error), qPrintable(error));
        QCOMPARE(migrated.schemaVersion(), Database::latestSchemaVersion());

        QTemporaryDir freshDir;
        Database fresh;
        QVERIFY(fresh.open(freshDir.path()));
        QCOMPARE(tables(migrated.connection()), tables(fresh.connection()));
        // Re-opening is a no-op.
        migrated.close();
        QVERIFY(migrated.open(oldDir.path()));
        QCOMPARE(migrated.schemaVersion(), Database::latestSchemaVersion());
    }

    void refusesNewerLibrary()
    {
        QTemporaryDir dir;
        {
            Database db;
            QVERIFY(db.open(dir.path()));
            QVERIFY(exec(db.connection(), QStringLiteral("PRAGMA user_version = 999")));
        }
        Database db;
        QString error;
        QVERIFY(!db.open(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }

    void enforcesConstraints()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.path()));
        QSqlDatabase c = db.connection();
        QVERIFY(exec(c, QStringLiteral("INSERT INTO accounts (id, uin) VALUES (1, '123456')")));
        QVERIFY(!exec(c, QStringLiteral("INSERT INTO accounts (uin) VALUES ('123456')"))); // unique uin
        QVERIFY(!exec(c, QStringLiteral("INSERT INTO accounts (uin) VALUES ('')")));       // no empty uin
        const QString insert = QStringLiteral(
            "INSERT INTO memories (account_id, kind, key, source_json) VALUES (%1, '%2', '%3', '{}')");
        QVERIFY(exec(c, insert.arg(1).arg(QStringLiteral("post"), QStringLiteral("post:1"))));
        QVERIFY(
            !exec(c, insert.arg(1).arg(QStringLiteral("post"), QStringLiteral("post:1")))); // key per account
        QVERIFY(!exec(c, insert.arg(1).arg(QStringLiteral("tweet"), QStringLiteral("x:1")))); // unknown kind
        QVERIFY(!exec(c, insert.arg(7).arg(QStringLiteral("post"), QStringLiteral("post:2")))); // foreign key
        QVERIFY(!exec(c, insert.arg(1).arg(QStringLiteral("post"), QString())));                // empty key
        // A missing file has no hash; a present one has a 64-hex hash.
        QVERIFY(exec(c, QStringLiteral("INSERT INTO media (status) VALUES ('missing')")));
        QVERIFY(!exec(c, QStringLiteral("INSERT INTO media (status) VALUES ('ok')")));
        QVERIFY(!exec(c, QStringLiteral("INSERT INTO media (sha256, status) VALUES ('abc', 'ok')")));
        QVERIFY(!exec(c, QStringLiteral("INSERT INTO media (sha256, status) VALUES ('%1', 'missing')")
                             .arg(QString(64, QLatin1Char('a')))));
        // Tag names are single path segments.
        QVERIFY(exec(c, QStringLiteral("INSERT INTO tags (id, name, path) VALUES (1, '旅行', '旅行')")));
        QVERIFY(!exec(c, QStringLiteral("INSERT INTO tags (name, path) VALUES ('a/b', 'a/b')")));
        QVERIFY(!exec(c, QStringLiteral("INSERT INTO tags (name, path) VALUES ('旅行', '旅行')")));
        // Comments cascade with their memory; replies with their parent.
        QVERIFY(exec(c, QStringLiteral("INSERT INTO comments (id, memory_id, key, body_text) VALUES "
                                       "(1, 1, 'a', 'hi')")));
        QVERIFY(
            exec(c, QStringLiteral("INSERT INTO comments (id, memory_id, parent_id, key, body_text) VALUES "
                                   "(2, 1, 1, 'b', 'reply')")));
        QVERIFY(exec(c, QStringLiteral("DELETE FROM memories WHERE id = 1")));
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM comments")).toInt(), 0);
    }

    void fts5IsAvailableThroughTheQtDriver()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.path()));
        QVERIFY(Database::hasFts5(db.connection()));
        QSqlDatabase c = db.connection();
        QVERIFY(exec(c, QStringLiteral("INSERT INTO search_fts (rowid, segmented) VALUES (5, '%1')")
                            .arg(segmentForIndex(QStringLiteral("今天毕业了 Hello World")))));
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT rowid FROM search_fts WHERE search_fts MATCH '\"毕 业\"'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 5);
        QVERIFY(q.exec(QStringLiteral("SELECT rowid FROM search_fts WHERE search_fts MATCH '\"业 今\"'")));
        QVERIFY(!q.next());
    }

    void oneConnectionPerThread()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.path()));
        const QString mainName = db.connection().connectionName();
        const QString workerName =
            QtConcurrent::run([&db] { return db.connection().connectionName(); }).result();
        QVERIFY(!workerName.isEmpty());
        QVERIFY(mainName != workerName);
        const int count =
            QtConcurrent::run([&db] {
                return scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM memories")).toInt();
            }).result();
        QCOMPARE(count, 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
