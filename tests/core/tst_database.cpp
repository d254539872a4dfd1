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

    void checkListsBecomeComparisons()
    {
        // Migration 13 rewrites four CHECK (x IN (…)) as comparisons in sqlite_schema: the rows
        // written before stay, every listed value is still taken and any other refused.
        QTemporaryDir dir;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v12"));
            raw.setDatabaseName(dir.path() + QStringLiteral("/keepsake.db"));
            QVERIFY(raw.open());
            QString error;
            QVERIFY2(Database::migrate(raw, 12, &error), qPrintable(error));
            QVERIFY(exec(raw, QStringLiteral("INSERT INTO accounts (id, uin) VALUES (1, '123456')")));
            QVERIFY(exec(raw, QStringLiteral("INSERT INTO people (id, uin) VALUES (1, '10001')")));
            QVERIFY(exec(raw, QStringLiteral("INSERT INTO memories (id, account_id, kind, key, source_json) "
                                             "VALUES (1, 1, 'photo', 'photo:1', '{}')")));
            QVERIFY(exec(raw, QStringLiteral("INSERT INTO media (id, status) VALUES (1, 'missing')")));
            QVERIFY(exec(raw, QStringLiteral("INSERT INTO memory_media (memory_id, position, media_id, role) "
                                             "VALUES (1, 0, 1, 'poster')")));
            QVERIFY(exec(raw, QStringLiteral("INSERT INTO memory_people VALUES (1, 1, 'like')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v12"));
        Database db;
        QString error;
        QVERIFY2(db.open(dir.path(), &error), qPrintable(error));
        QVERIFY(db.schemaVersion() >= 13);
        QSqlDatabase c = db.connection();
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        const QString count =
            QStringLiteral("SELECT (SELECT COUNT(*) FROM memories) + (SELECT COUNT(*) FROM "
                           "media) + (SELECT COUNT(*) FROM memory_media) + (SELECT COUNT(*) "
                           "FROM memory_people)");
        QCOMPARE(scalar(c, count).toInt(), 4);
        struct Column
        {
            const char *table, *column;
            QStringList values;
        };
        const QList<Column> columns = {
            {"memories",
             "kind",
             {QStringLiteral("post"), QStringLiteral("blog"), QStringLiteral("diary"),
              QStringLiteral("photo"), QStringLiteral("album"), QStringLiteral("video"),
              QStringLiteral("board"), QStringLiteral("favorite"), QStringLiteral("share"),
              QStringLiteral("visit")}},
            {"media",
             "status",
             {QStringLiteral("ok"), QStringLiteral("missing"), QStringLiteral("damaged"),
              QStringLiteral("placeholder")}},
            {"memory_media",
             "role",
             {QStringLiteral("image"), QStringLiteral("video"), QStringLiteral("poster"),
              QStringLiteral("audio"), QStringLiteral("file")}},
            {"memory_people",
             "role",
             {QStringLiteral("mention"), QStringLiteral("like"), QStringLiteral("visitor"),
              QStringLiteral("recipient")}},
        };
        for (const Column &col : columns) {
            const QString table = QString::fromLatin1(col.table);
            const QString sql =
                scalar(c, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = '%1'").arg(table))
                    .toString();
            QVERIFY2(!sql.contains(QStringLiteral("%1 IN (").arg(QLatin1String(col.column))),
                     qPrintable(sql));
            // Each value against the column's own CHECK: an UPDATE of the row the test wrote.
            const QString update =
                QStringLiteral("UPDATE %1 SET %2 = '%3' WHERE rowid = (SELECT MIN(rowid) FROM %1)");
            for (const QString &value : col.values) {
                const bool statusNeedsHash =
                    table == QLatin1String("media") && value != QLatin1String("missing");
                if (statusNeedsHash)
                    continue; // the other CHECK: only a missing file has no hash
                QVERIFY2(exec(c, update.arg(table, QLatin1String(col.column), value)),
                         qPrintable(table + value));
            }
            QVERIFY2(!exec(c, update.arg(table, QLatin1String(col.column), QStringLiteral("other"))),
                     qPrintable(table));
            QVERIFY2(!exec(c, update.arg(table, QLatin1String(col.column), QString())), qPrintable(table));
        }
        QVERIFY(exec(c, QStringLiteral("UPDATE media SET sha256 = '%1', status = 'damaged'")
                            .arg(QString(64, QLatin1Char('a')))));

        // An edit SQLite cannot parse fails before its commit and leaves the schema as it was.
        const QString before =
            scalar(c, QStringLiteral("SELECT group_concat(sql) FROM sqlite_schema")).toString();
        QVERIFY(exec(c, QStringLiteral("BEGIN IMMEDIATE")));
        QString editError;
        QVERIFY(
            !Database::editSchemaText(c,
                                      {QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, 'CHECK', "
                                                      "'CHECK OR') WHERE name = 'memories'")},
                                      &editError));
        QVERIFY2(editError.contains(QStringLiteral("malformed")), qPrintable(editError));
        QVERIFY(exec(c, QStringLiteral("ROLLBACK")));
        db.close();
        QVERIFY(db.open(dir.path()));
        QCOMPARE(
            scalar(db.connection(), QStringLiteral("SELECT group_concat(sql) FROM sqlite_schema")).toString(),
            before);
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM memories")).toInt(), 1);
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
