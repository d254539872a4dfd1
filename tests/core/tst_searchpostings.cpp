// SPDX-License-Identifier: GPL-3.0-or-later
// The FTS5 postings reader gives, for every token, exactly the positions fts5vocab lists: after
// inserts, deletes and updates, for rare and common tokens, Chinese, Latin and digits.
#include "library/sqliteraw.h"
#include "search/fts5postings.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <vector>

using namespace ks;

class TestSearchPostings : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheVocabularyTable()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("postings"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("CREATE VIRTUAL TABLE docs USING fts5(t, tokenize = 'ascii', "
                                       "columnsize = 0)")),
                 qPrintable(q.lastError().text()));
        const QStringList words{QStringLiteral("毕"),  QStringLiteral("业"),  QStringLiteral("雪"),
                                QStringLiteral("abc"), QStringLiteral("x2c"), QStringLiteral("2009")};
        QRandomGenerator rng(7);
        // Enough documents that the index has several segments and pages.
        QVERIFY(db.transaction());
        for (int doc = 1; doc <= 3000; ++doc) {
            QStringList tokens;
            const int length = 1 + rng.bounded(20);
            for (int k = 0; k < length; ++k)
                tokens << words.at(rng.bounded(int(words.size())));
            q.prepare(QStringLiteral("INSERT INTO docs(rowid, t) VALUES (?, ?)"));
            q.addBindValue(doc);
            q.addBindValue(tokens.join(QLatin1Char(' ')));
            QVERIFY(q.exec());
        }
        QVERIFY(db.commit());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM docs WHERE rowid % 7 = 0")));
        QVERIFY(q.exec(QStringLiteral("UPDATE docs SET t = '雪 雪 abc' WHERE rowid % 11 = 0")));
        QVERIFY(
            q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, 'docs', 'instance')")));

        sqlite3 *handle = sqliteHandle(db);
        QVERIFY(handle);
        QVERIFY(installPostingsReader(handle));
        const QStringList probes = words + QStringList{QStringLiteral("absent")};
        for (const QString &word : probes) {
            std::vector<quint64> expected;
            q.prepare(QStringLiteral("SELECT doc, offset FROM temp.v WHERE term = ? ORDER BY doc, offset"));
            q.addBindValue(word);
            QVERIFY(q.exec());
            while (q.next())
                expected.push_back((quint64(q.value(0).toLongLong()) << 32) | quint32(q.value(1).toInt()));
            q.finish();
            std::vector<quint64> keys;
            QString error;
            QVERIFY2(readPostings(handle, "docs", word.toStdString(), keys, &error), qPrintable(error));
            QCOMPARE(keys.size(), expected.size());
            QVERIFY2(keys == expected, qPrintable(word));
            QCOMPARE(word == QLatin1String("absent"), keys.empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchPostings)
#include "tst_searchpostings.moc"
