// SPDX-License-Identifier: GPL-3.0-or-later
// The stored positions of the common characters (search_postings, 0012): exactly what FTS5
// holds for every token with at least kStoredPostingsMin positions, and only those; written
// once; forgotten by every writer of the searchable text (the import's writer, a rebuild of the
// index, one memory's update), after which the engine reads FTS5 and finds the same as before;
// the engine does read them; damaged ones are not used.
#include "import/librarywriter.h"
#include "library/database.h"
#include "library/sqliteraw.h"
#include "search/fts5postings.h"
#include "search/postinglist.h"
#include "search/searchengine.h"
#include "search/searchindex.h"
#include "search/searchorder.h"
#include "search/storedpostings.h"
#include "service/library.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

namespace {

MemoryRecord post(int n, const QString &text)
{
    return test::textPost(n, 1230768000 + qint64(n) * 3600, text);
}

// 的 and 了 common enough to be stored, 雪 and 猫 not, a Latin word in between.
bool addPosts(Database &db, int from, int to)
{
    QRandomGenerator rng{quint32(from)};
    LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
    if (!w.begin() || !w.setAccount(QStringLiteral("123456"), QStringLiteral("芷炫")))
        return false;
    for (int n = from; n < to; ++n) {
        QString text;
        for (int k = 0; k < 12; ++k)
            text += QStringLiteral("的了的了的雪").at(rng.bounded(6));
        if (n % 7 == 0)
            text += QStringLiteral(" summer 猫");
        if (w.upsertMemory(post(n, text)) != UpsertResult::Added)
            return false;
    }
    w.finish();
    return true;
}

int storedRows(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM search_postings")) && q.next() ? q.value(0).toInt()
                                                                                      : -1;
}

// Every token the index holds, as fts5vocab lists them.
QStringList vocabulary(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.t_terms USING fts5vocab(main, 'search_fts', 'row')"));
    QStringList terms;
    q.exec(QStringLiteral("SELECT term FROM temp.t_terms ORDER BY term"));
    while (q.next())
        terms << q.value(0).toString();
    return terms;
}

QStringList storedTokens(Database &db, bool withPositions)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT token FROM search_postings WHERE token <> '' AND (length(keys) > 0) = %1 "
                          "ORDER BY token")
               .arg(withPositions ? 1 : 0));
    QStringList tokens;
    while (q.next())
        tokens << q.value(0).toString();
    return tokens;
}

std::vector<quint64> fromFts(Database &db, const std::string &token)
{
    std::vector<quint64> keys;
    installPostingsReader(sqliteHandle(db.connection()));
    readPostings(sqliteHandle(db.connection()), "search_fts", token, keys, nullptr);
    std::sort(keys.begin(), keys.end());
    return keys;
}

std::vector<quint64> keysOf(const PostingList &list)
{
    std::vector<quint64> keys;
    list.appendTo(keys);
    return keys;
}

const QStringList kQueries{QStringLiteral("的"),     QStringLiteral("了的"),  QStringLiteral("的了的了"),
                           QStringLiteral("雪"),     QStringLiteral("的雪"),  QStringLiteral("summer"),
                           QStringLiteral("的 -雪"), QStringLiteral("猫 了"), QStringLiteral("没有")};

QList<QList<qint64>> answers(Database &db)
{
    SearchEngine engine(db.connection());
    QList<QList<qint64>> out;
    for (const QString &query : kQueries)
        out << engine.search(query).ids;
    return out;
}

} // namespace

class TestStoredPostings : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { setStoredSearchReadHook({}); } // a failed check leaves no hook behind
    void areWhatFtsHolds()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.path()));
        QVERIFY(addPosts(db, 1, 601)); // 7,200 characters: 的 and 了 well over 2,048
        const QList<QList<qint64>> before = answers(db);
        QCOMPARE(storedRows(db), 0);
        QString error;
        QVERIFY2(writeSearchPostings(db.connection(), &error), qPrintable(error));
        // 的 and 了 with their positions; every other token of the index without; and the row
        // saying the vocabulary is complete.
        QCOMPARE(storedTokens(db, true), (QStringList{QStringLiteral("了"), QStringLiteral("的")}));
        QStringList all = storedTokens(db, true) + storedTokens(db, false);
        all.sort();
        QCOMPARE(all, vocabulary(db));
        QCOMPARE(storedRows(db), int(all.size()) + 1);
        for (const char *token : {"的", "了"}) {
            const auto stored = readStoredPostings(db.connection(), token);
            QVERIFY(stored);
            QVERIFY(stored->size() >= size_t(kStoredPostingsMin));
            QVERIFY(keysOf(*stored) == fromFts(db, token));
        }
        // Common, but under the threshold, and a Latin word's token: read from FTS5.
        bool absent = true;
        QVERIFY(!readStoredPostings(db.connection(), "雪", &absent));
        QVERIFY(!absent);
        const std::string latin = fts5AsciiTokens(segmentForIndex(QStringLiteral("summer")).toUtf8()).front();
        QVERIFY(!readStoredPostings(db.connection(), latin, &absent));
        QVERIFY(!absent);
        QVERIFY(!readStoredPostings(db.connection(), "summer", &absent)); // not one token
        QVERIFY(absent);
        QVERIFY(!readStoredPostings(db.connection(), ""));
        // In no memory: known to be absent, and the engine finds nothing without asking FTS5.
        QVERIFY(!readStoredPostings(db.connection(), "狗", &absent));
        QVERIFY(absent);
        QVERIFY(SearchEngine(db.connection()).search(QStringLiteral("狗")).ids.isEmpty());
        QCOMPARE(answers(db), before);

        // Written again while current: nothing changes in the file.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA data_version")) && q.next());
        const qint64 version = q.value(0).toLongLong();
        QVERIFY(writeSearchPostings(db.connection()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA data_version")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), version);
    }

    void aWriteInBetweenIsReadAgainNeverStoredStale()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.path()));
        QVERIFY(addPosts(db, 1, 601));
        Database other; // another connection: the window's, an import's
        QVERIFY(other.open(dir.path()));
        int reads = 0;
        setStoredSearchReadHook([&] {
            if (++reads == 1)
                QVERIFY(addPosts(other, 601, 801)); // after the read, before the write
        });
        QString error;
        QVERIFY2(writeSearchPostings(db.connection(), &error), qPrintable(error));
        QCOMPARE(reads, 2); // read again
        for (const char *token : {"的", "了"}) {
            const auto stored = readStoredPostings(db.connection(), token);
            QVERIFY(stored);
            QVERIFY(keysOf(*stored) == fromFts(db, token)); // the 200 posts written in between too
        }

        // A writer in between every time: given up after three reads, nothing stored.
        QVERIFY(addPosts(other, 801, 802)); // the import's writer forgets what was stored
        QCOMPARE(storedRows(db), 0);
        int next = 900;
        reads = 0;
        setStoredSearchReadHook([&] {
            ++reads;
            QVERIFY(addPosts(other, next, next + 1));
            ++next;
        });
        QVERIFY(!writeSearchPostings(db.connection(), &error));
        setStoredSearchReadHook({});
        QCOMPARE(reads, 3);
        QCOMPARE(storedRows(db), 0);
        QVERIFY(writeSearchPostings(db.connection(), &error));
        QVERIFY(storedRows(db) > 0);
    }

    void anyChangeToTheTextDeletesThem()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.path()));
        QVERIFY(addPosts(db, 1, 601));
        QVERIFY(writeSearchPostings(db.connection()));
        SearchEngine engine(db.connection());
        QVERIFY(!engine.search(QStringLiteral("的")).ids.isEmpty());

        // New memories: gone, and both this engine and a new one find them through FTS5.
        QVERIFY(addPosts(db, 601, 700));
        QCOMPARE(storedRows(db), 0);
        const QList<QList<qint64>> afterAdding = answers(db);
        QCOMPARE(engine.search(QStringLiteral("的")).ids, afterAdding.first());
        QVERIFY(writeSearchPostings(db.connection()));
        QCOMPARE(answers(db), afterAdding);
        QVERIFY(keysOf(*readStoredPostings(db.connection(), "的")) == fromFts(db, "的"));

        // A memory's text changed: the index rebuilt (as after a segmenter change), then one memory's
        // document updated on its own.
        QSqlQuery change(db.connection());
        QVERIFY(change.exec(QStringLiteral("UPDATE memories SET body_text = '雪雪雪' WHERE key = 'post:5'")));
        QVERIFY(storedRows(db) > 0); // not the searchable text yet
        QVERIFY(rebuildSearchIndex(db.connection()));
        QCOMPARE(storedRows(db), 0);
        QVERIFY(writeSearchPostings(db.connection()));
        QVERIFY(change.exec(QStringLiteral("SELECT id FROM memories WHERE key = 'post:5'")) && change.next());
        QVERIFY(updateSearchDocument(db.connection(),
                                     change.value(0).toLongLong())); // one memory, as the writer does
        QCOMPARE(storedRows(db), 0);
        QVERIFY(writeSearchPostings(db.connection()));
        QVERIFY(keysOf(*readStoredPostings(db.connection(), "的")) == fromFts(db, "的"));
    }

    void theEngineReadsThemAndSkipsDamagedOnes()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.path()));
        QVERIFY(addPosts(db, 1, 601));
        const QList<QList<qint64>> expected = answers(db);
        QVERIFY(writeSearchPostings(db.connection()));
        QSqlQuery q(db.connection());
        // 的's positions swapped for 了's: an engine that reads them finds 了 for 的.
        QVERIFY(q.exec(QStringLiteral("UPDATE search_postings SET keys = (SELECT keys FROM search_postings "
                                      "WHERE token = '了') WHERE token = '的'")));
        QCOMPARE(SearchEngine(db.connection()).search(QStringLiteral("的")).ids,
                 SearchEngine(db.connection()).search(QStringLiteral("了")).ids);
        // Damaged bytes are not used: FTS5 answers, the same as before.
        QVERIFY(q.exec(
            QStringLiteral("UPDATE search_postings SET keys = substr(keys, 1, 30) WHERE token = '的'")));
        QVERIFY(!readStoredPostings(db.connection(), "的"));
        QCOMPARE(answers(db), expected);
    }

    void theLibraryWritesThem()
    {
        QTemporaryDir dir;
        {
            Database db;
            QVERIFY(db.open(dir.path()));
            QVERIFY(addPosts(db, 1, 601));
        }
        Database db;
        QVERIFY(Library(db).open(dir.path()));
        QCOMPARE(storedTokens(db, true), (QStringList{QStringLiteral("了"), QStringLiteral("的")}));
    }
};

QTEST_GUILESS_MAIN(TestStoredPostings)
#include "tst_storedpostings.moc"
