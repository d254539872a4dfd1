// SPDX-License-Identifier: GPL-3.0-or-later
// SearchEngine::warmUp reads the common characters ahead of the searches: afterwards every
// search finds exactly what a cold engine finds, its stop callback is honoured between tokens,
// a second warm-up with no change reads nothing, and one after a change reads again and sees it.
#include "import/librarywriter.h"
#include "library/database.h"
#include "search/searchengine.h"
#include "search/searchindex.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

namespace {

MemoryRecord post(int n, const QString &text)
{
    return test::textPost(n, 1230768000 + qint64(n) * 86400, text); // a day apart from 2009-01-01
}

// Texts from a few characters, some far more common than others, and a Latin word now and then.
QString text(QRandomGenerator &rng)
{
    static const QString common = QStringLiteral("的了一是我不在人有");
    static const QString rare = QStringLiteral("毕业雪猫龙");
    QString t;
    const int length = 2 + rng.bounded(30);
    for (int k = 0; k < length; ++k) {
        const int pick = rng.bounded(20);
        if (pick < 15)
            t += common.at(rng.bounded(int(common.size())));
        else if (pick < 19)
            t += rare.at(rng.bounded(int(rare.size())));
        else
            t += QStringLiteral(" summer ");
    }
    return t;
}

bool addPosts(Database &db, int from, int to, QRandomGenerator &rng)
{
    LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
    if (!w.begin() || !w.setAccount(QStringLiteral("123456"), QStringLiteral("芷炫")))
        return false;
    for (int n = from; n < to; ++n) {
        if (w.upsertMemory(post(n, text(rng))) != UpsertResult::Added)
            return false;
    }
    w.finish();
    return true;
}

const QStringList kQueries{QStringLiteral("的"),     QStringLiteral("了一"),   QStringLiteral("毕业"),
                           QStringLiteral("雪 -猫"), QStringLiteral("summer"), QStringLiteral("龙 year:2009"),
                           QStringLiteral("我是"),   QStringLiteral("没有")};

// A library of @p posts generated posts in a folder of its own.
struct Library
{
    QTemporaryDir dir;
    Database db;

    bool build(int posts, quint32 seed)
    {
        QRandomGenerator rng(seed);
        return db.open(dir.path()) && addPosts(db, 1, posts + 1, rng);
    }
};

// Every query of kQueries finds the same through @p engine as through a new, cold engine.
bool sameAsCold(SearchEngine &engine, Database &db)
{
    SearchEngine cold(db.connection());
    for (const QString &query : kQueries) {
        const SearchResult a = engine.search(query);
        const SearchResult b = cold.search(query);
        if (!a.ok() || !b.ok() || a.ids != b.ids) {
            qWarning("differs from a cold engine: %s", qUtf8Printable(query));
            return false;
        }
    }
    return true;
}

} // namespace

class TestSearchWarmUp : public QObject
{
    Q_OBJECT

private slots:
    void findsWhatAColdEngineFinds()
    {
        Library lib;
        QVERIFY(lib.build(600, 11));
        Database &db = lib.db;

        SearchEngine warm(db.connection());
        // Stopped before it starts: nothing read.
        QCOMPARE(warm.warmUp([] { return true; }), 0);
        // Stopped after the first token: one read, and the next warm-up carries on.
        int asked = 0;
        const int first = warm.warmUp([&asked] { return ++asked > 5; });
        QVERIFY2(first >= 1 && first <= 2, qPrintable(QString::number(first)));
        const int rest = warm.warmUp([] { return false; });
        QVERIFY2(rest >= 5, qPrintable(QString::number(rest))); // the other common characters
        QCOMPARE(warm.warmUp([] { return false; }), 0);         // nothing changed since

        QVERIFY(sameAsCold(warm, db));
        QVERIFY(!warm.search(QStringLiteral("的")).ids.isEmpty());

        // New memories: the next warm-up reads again, and searches see them.
        const qsizetype before = warm.search(QStringLiteral("雪")).ids.size();
        LibraryWriter w(db, QStringLiteral("/export2"), &searchIndexer());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("123456")));
        QCOMPARE(w.upsertMemory(post(900, QStringLiteral("猫龙猫龙猫龙雪"))), UpsertResult::Added);
        w.finish();
        QVERIFY(warm.warmUp([] { return false; }) >= 5);
        QCOMPARE(warm.search(QStringLiteral("雪")).ids.size(), before + 1);
        QCOMPARE(warm.search(QStringLiteral("猫龙猫龙猫龙")).ids.size(), 1);
        QVERIFY(sameAsCold(warm, db));
    }

    void staysWithinItsShareOfTheCache()
    {
        Library lib;
        QVERIFY(lib.build(400, 5));
        Database &db = lib.db;
        // A cache of 100 bytes: three quarters is 75, so the most common character alone
        // (found hundreds of times, so hundreds of bytes packed) fills it and the warm-up stops.
        SearchEngine engine(db.connection());
        engine.setPostingCacheBytes(100);
        QCOMPARE(engine.warmUp([] { return false; }), 1);
        QVERIFY(sameAsCold(engine, db));
    }
};

QTEST_GUILESS_MAIN(TestSearchWarmUp)
#include "tst_searchwarmup.moc"
