// SPDX-License-Identifier: GPL-3.0-or-later
// StatementCache runs its statements on SQLite's own calls: values must bind, store and read
// back exactly as through QSqlQuery (the import wrote through QSqlQuery for years), and errors
// must carry SQLite's code so the writer tells a conflict from a library failure.
#include "library/sqliteraw.h"
#include "library/statementcache.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

namespace {

const QString kConnection = QStringLiteral("tst_statementcache");

QList<QVariant> sampleValues()
{
    return {QVariant(QString()), // a null QString binds NULL (writesession's textOrEmpty relies on it)
            QVariant(QStringLiteral("")),
            QVariant(QStringLiteral("时光匣 · ok 😀")),
            QVariant(qint64(1) << 40),
            QVariant(int(-7)),
            QVariant(true),
            QVariant(2.5),
            QVariant(QByteArray("\x00\x01zz", 4)),
            QVariant(QByteArray()), // null: NULL
            QVariant(QMetaType(QMetaType::LongLong)),
            QVariant(QMetaType(QMetaType::Double)),
            QVariant()};
}

} // namespace

class TestStatementCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;

    static QString stored(QSqlDatabase db, const char *table)
    {
        QSqlQuery q(db);
        q.exec(
            QStringLiteral("SELECT group_concat(typeof(v) || ':' || quote(v), ' | ') FROM (SELECT v FROM %1 "
                           "ORDER BY id)")
                .arg(QLatin1String(table)));
        return q.next() ? q.value(0).toString() : QStringLiteral("?");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
        m_db.setDatabaseName(m_dir.filePath(QStringLiteral("t.db")));
        QVERIFY(m_db.open());
        QVERIFY2(sqliteApi() && sqliteApi()->hasStatementCalls() && sqliteHandle(m_db),
                 "the Qt SQLite driver's library is not this process's: the cache would not be tested");
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY, v)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE b (id INTEGER PRIMARY KEY, v)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE u (k TEXT PRIMARY KEY, n INTEGER NOT NULL)")));
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(kConnection);
    }

    void valuesStoreAsThroughQSqlQuery()
    {
        const QList<QVariant> values = sampleValues();
        {
            StatementCache cache(m_db);
            for (const QVariant &v : values) {
                StatementCache::Query q = cache(QStringLiteral("INSERT INTO a (v) VALUES (?)"));
                q.addBindValue(v);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                QCOMPARE(q.numRowsAffected(), 1);
                QVERIFY(q.lastInsertId().toLongLong() > 0);
            }
        }
        QSqlQuery plain(m_db);
        plain.prepare(QStringLiteral("INSERT INTO b (v) VALUES (?)"));
        for (const QVariant &v : values) {
            plain.addBindValue(v);
            QVERIFY(plain.exec());
        }
        QCOMPARE(stored(m_db, "a"), stored(m_db, "b"));
        QCOMPARE(stored(m_db, "a"),
                 QStringLiteral(
                     "null:NULL | text:'' | text:'时光匣 · ok 😀' | integer:1099511627776 | integer:-7 | "
                     "integer:1 | real:2.5 | blob:X'00017A7A' | null:NULL | null:NULL | null:NULL | "
                     "null:NULL"));
    }

    void valuesReadAsThroughQSqlQuery()
    {
        StatementCache cache(m_db);
        StatementCache::Query cached = cache(QStringLiteral("SELECT v, id FROM a ORDER BY id"));
        QVERIFY(cached.exec());
        QSqlQuery plain(m_db);
        plain.setForwardOnly(true);
        QVERIFY(plain.exec(QStringLiteral("SELECT v, id FROM a ORDER BY id")));
        int rows = 0;
        while (plain.next()) {
            QVERIFY(cached.next());
            const QVariant want = plain.value(0);
            const QVariant got = cached.value(0);
            QCOMPARE(got.typeId(), want.typeId());
            QCOMPARE(got.isNull(), want.isNull());
            QCOMPARE(got, want);
            QCOMPARE(cached.value(1), plain.value(1));
            ++rows;
        }
        QVERIFY(!cached.next());
        QCOMPARE(rows, int(sampleValues().size()));
        QVERIFY(!cached.value(0).isValid()); // past the last row
    }

    void reuseResetsAndFinishAllLetsCommitThrough()
    {
        StatementCache cache(m_db);
        QVERIFY(m_db.transaction());
        StatementCache::Query q = cache(QStringLiteral("SELECT id FROM a WHERE id >= ? ORDER BY id"));
        q.addBindValue(1);
        QVERIFY(q.exec());
        QVERIFY(q.next()); // left in the middle of its rows
        QCOMPARE(q.value(0).toInt(), 1);
        q = cache(QStringLiteral("SELECT id FROM a WHERE id >= ? ORDER BY id")); // the same, again
        q.addBindValue(3);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        StatementCache::Query write(cache);
        write = cache(QStringLiteral("INSERT INTO u (k, n) VALUES (?, ?)"));
        write.addBindValue(QStringLiteral("one"));
        write.addBindValue(1);
        QVERIFY(write.exec());
        cache.finishAll(); // the SELECT still had rows: COMMIT needs it ended
        QVERIFY2(m_db.commit(), qPrintable(m_db.lastError().text()));
        QSqlQuery check(m_db);
        QVERIFY(check.exec(QStringLiteral("SELECT n FROM u WHERE k = 'one'")) && check.next());
        QCOMPARE(check.value(0).toInt(), 1);
    }

    void errorsCarrySqliteCodes()
    {
        StatementCache cache(m_db);
        StatementCache::Query q = cache(QStringLiteral("INSERT INTO u (k, n) VALUES (?, ?)"));
        q.addBindValue(QStringLiteral("one")); // there already
        q.addBindValue(2);
        QVERIFY(!q.exec());
        QCOMPARE(q.lastError().nativeErrorCode().toInt() & 0xff, 19); // SQLITE_CONSTRAINT
        QVERIFY2(q.lastError().text().contains(QLatin1String("UNIQUE")), qPrintable(q.lastError().text()));

        q = cache(QStringLiteral("INSERT INTO u (k, n) VALUES (?, ?)"));
        q.addBindValue(QStringLiteral("two"));
        q.addBindValue(QVariant()); // NOT NULL
        QVERIFY(!q.exec());
        QCOMPARE(q.lastError().nativeErrorCode().toInt() & 0xff, 19);

        q = cache(QStringLiteral("INSERT INTO u (k, n) VALUES (?, ?)"));
        q.addBindValue(QStringLiteral("three")); // one value short: refused, never run half-bound
        QVERIFY(!q.exec());
        QVERIFY(q.lastError().isValid());

        StatementCache::Query bad(cache);
        QVERIFY(!bad.exec(QStringLiteral("SELECT x FROM no_such_table")));
        QVERIFY2(bad.lastError().text().contains(QLatin1String("no_such_table")),
                 qPrintable(bad.lastError().text()));

        // After the failures the statement still works.
        q = cache(QStringLiteral("INSERT INTO u (k, n) VALUES (?, ?)"));
        q.addBindValue(QStringLiteral("three"));
        q.addBindValue(3);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(!q.lastError().isValid());
    }

    void conflictTargetCountsNoRow()
    {
        StatementCache cache(m_db);
        StatementCache::Query q =
            cache(QStringLiteral("INSERT INTO u (k, n) VALUES (?, ?) ON CONFLICT(k) DO NOTHING"));
        q.addBindValue(QStringLiteral("one"));
        q.addBindValue(9);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_statementcache.moc"
