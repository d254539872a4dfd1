// SPDX-License-Identifier: GPL-3.0-or-later
// WalCheckpointer: a writer that commits again and again, its own checkpoints off, keeps a WAL
// of bounded size while the pages reach the database file, and nothing it wrote is lost.
#include "library/sqliteraw.h"
#include "library/walcheckpointer.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private slots:
    void walStaysBoundedAndEveryRowArrives()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.db"));
        const QString name = QStringLiteral("tst_walcheckpointer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")));
            constexpr int kRestart = 400; // frames
            constexpr int kCommits = 60;
            constexpr int kRowsPerCommit = 50; // ~4 KB each: about 50 pages a commit
            const QString text(4000, QLatin1Char('x'));
            qint64 largestWal = 0;
            {
                WalCheckpointer checkpointer(path, sqliteHandle(db), kRestart);
                QVERIFY(checkpointer.running());
                QSqlQuery insert(db);
                insert.prepare(QStringLiteral("INSERT INTO t (v) VALUES (?)"));
                for (int c = 0; c < kCommits; ++c) {
                    QVERIFY(db.transaction());
                    for (int r = 0; r < kRowsPerCommit; ++r) {
                        insert.addBindValue(text + QString::number(c * kRowsPerCommit + r));
                        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
                    }
                    QVERIFY(db.commit());
                    // and straight on, as an import does: no pause for the thread to catch up in
                    largestWal = qMax(largestWal, QFileInfo(path + QStringLiteral("-wal")).size());
                }
            } // its last checkpoint
            // 3,000 pages were written; the WAL starts over near kRestart frames (+ a few commits).
            const qint64 frame = 4096 + 24;
            QVERIFY2(largestWal < (kRestart + 6 * kRowsPerCommit) * frame,
                     qPrintable(QStringLiteral("%1 frames").arg(largestWal / frame)));
            QVERIFY2(QFileInfo(path).size() > qint64(kCommits) * kRowsPerCommit * 4000,
                     "the pages did not reach the database file");
            // The connection checkpoints itself again (SQLite's own hook is back, not a dangling one).
            QSqlQuery more(db);
            more.prepare(QStringLiteral("INSERT INTO t (v) VALUES (?)"));
            for (int r = 0; r < 20 * kRowsPerCommit; ++r) {
                more.addBindValue(text + QStringLiteral("after") + QString::number(r));
                QVERIFY(more.exec());
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1000);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT v) FROM t")) && q.next());
            QCOMPARE(q.value(0).toInt(), (kCommits + 20) * kRowsPerCommit);
            QCOMPARE(q.value(1).toInt(), (kCommits + 20) * kRowsPerCommit);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void notRunningWithoutAWalDatabase()
    {
        QTemporaryDir dir;
        // No database there at all (read-write open of a missing file fails: it is not created).
        WalCheckpointer missing(dir.filePath(QStringLiteral("none.db")), nullptr);
        QVERIFY(!missing.running());
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
