// SPDX-License-Identifier: GPL-3.0-or-later
// Search: the per-character index is exact (one character or six, Chinese, Latin inside words,
// digits, punctuation, emoji, full-width = half-width, never across two parts of a memory), the
// query syntax, the filters, newest-first order, snippets and highlighting, and the rebuild of
// an index written by an older version.
#include "import/librarywriter.h"
#include "library/database.h"
#include "search/matchhighlighter.h"
#include "search/savedsearches.h"
#include "search/searchengine.h"
#include "search/searchindex.h"
#include "search/searchquery.h"
#include "service/library.h"
#include "tags/tagstore.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace ks;

namespace {

qint64 chinaTime(const char *local)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(local), QStringLiteral("yyyy-MM-dd hh:mm:ss"));
    t.setOffsetFromUtc(kChinaUtcOffset);
    return t.toSecsSinceEpoch();
}

MemoryRecord record(MemoryKind kind, const QString &key, const char *local, const QString &text)
{
    MemoryRecord r;
    r.kind = kind;
    r.key = key;
    r.created = chinaTime(local);
    r.text = text;
    r.author = PersonRef{QStringLiteral("123456"), QStringLiteral("芷炫")};
    r.sourceRecord = QStringLiteral("{\"key\":\"%1\"}").arg(key).toUtf8();
    r.sourceFile = QStringLiteral("/export/Messages/json/messages.js");
    return r;
}

CommentRecord comment(const QString &uin, const QString &name, qint64 at, const QString &text)
{
    CommentRecord c;
    c.author = PersonRef{uin, name};
    c.created = at;
    c.text = text;
    c.sourceRecord = text.toUtf8();
    return c;
}

// A small library whose texts exercise every case the index has to get right.
struct Fixture
{
    QTemporaryDir dir;
    Database db;
    QHash<QString, qint64> idByKey;

    bool build()
    {
        if (!db.open(dir.path()))
            return false;
        LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
        if (!w.begin() || !w.setAccount(QStringLiteral("123456"), QStringLiteral("芷炫")))
            return false;
        QList<MemoryRecord> records;
        MemoryRecord p1 = record(MemoryKind::Post, QStringLiteral("post:1"), "2009-06-30 20:00:00",
                                 QStringLiteral("和同桌一起拍了毕业照，好开心😂 #毕业季#"));
        p1.comments << comment(QStringLiteral("10002"), QStringLiteral("老王"), p1.created + 60,
                               QStringLiteral("Summer 2009 forever"));
        records << p1;
        MemoryRecord p2 = record(MemoryKind::Post, QStringLiteral("post:2"), "2010-01-02 08:00:00",
                                 QStringLiteral("今天下雪了！ＱＱ空间２０１０ iPhone4S"));
        p2.mentions << PersonRef{QStringLiteral("10003"), QStringLiteral("小雪")};
        p2.location = QStringLiteral("北京市海淀区");
        records << p2;
        records << record(MemoryKind::Post, QStringLiteral("post:3"), "2011-03-04 10:00:00",
                          QStringLiteral("畢業快樂 Café au lait"));
        MemoryRecord b1 =
            record(MemoryKind::Blog, QStringLiteral("blog:1"), "2012-06-07 21:15:00", QString());
        b1.title = QStringLiteral("毕");
        b1.html = QStringLiteral("<p>业 绩不错</p><p>C++ &amp; Qt</p>");
        records << b1;
        MemoryRecord b2 = record(MemoryKind::Board, QStringLiteral("board:1"), "2008-12-31 23:59:00",
                                 QStringLiteral("新年快乐 a_b%c"));
        b2.author = PersonRef{QStringLiteral("10002"), QStringLiteral("老王")};
        records << b2;
        MemoryRecord ph =
            record(MemoryKind::Photo, QStringLiteral("photo:1"), "2009-07-01 12:00:00", QString());
        ph.title = QStringLiteral("毕业照 IMG_0001");
        ph.albumKey = QStringLiteral("a1");
        ph.albumName = QStringLiteral("毕业旅行");
        records << ph;
        MemoryRecord undated = record(MemoryKind::Post, QStringLiteral("post:4"), "2000-01-01 00:00:00",
                                      QStringLiteral("没有日期的毕业"));
        undated.created = kNoTime;
        records << undated;
        for (const MemoryRecord &r : std::as_const(records)) {
            if (w.upsertMemory(r) != UpsertResult::Added)
                return false;
        }
        w.finish();
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT key, id FROM memories"));
        while (q.next())
            idByKey.insert(q.value(0).toString(), q.value(1).toLongLong());
        return true;
    }

    QStringList keys(const QList<qint64> &ids) const
    {
        QStringList out;
        for (qint64 id : ids)
            out << idByKey.key(id);
        return out;
    }
};

// Memories whose folded searchable text contains every term: the truth the index must match.
QList<qint64> scan(QSqlDatabase db, const QStringList &terms)
{
    QSet<qint64> hits;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT memory_id, plain FROM search_docs"));
    while (q.next()) {
        const QString plain = foldForSearch(q.value(1).toString());
        bool all = true;
        for (const QString &t : terms)
            all = all && plain.contains(foldForSearch(t));
        if (all)
            hits.insert(q.value(0).toLongLong());
    }
    QList<qint64> out(hits.begin(), hits.end());
    std::sort(out.begin(), out.end());
    return out;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

    std::unique_ptr<Fixture> m_fixture; // shared by the rows of the data-driven test

private slots:
    void segmentsOneTokenPerCharacter()
    {
        QCOMPARE(segmentForIndex(QStringLiteral("毕业 OK，")), QStringLiteral("毕 业 x20 o k x2c"));
        QCOMPARE(segmentForIndex(QStringLiteral("ＱＱ２０")), QStringLiteral("q q 2 0")); // full-width folds
        QCOMPARE(segmentForIndex(QStringLiteral("a\"b")), QStringLiteral("a x22 b"));     // never a raw quote
        QCOMPARE(segmentForIndex(QStringLiteral("😂!")), QStringLiteral("😂 x21"));         // emoji: one token
        QCOMPARE(segmentForIndex(QString()), QString());
    }

    void parsesTheQuerySyntax()
    {
        SearchQuery q = SearchQuery::parse(
            QStringLiteral("毕业 \"hello world\" -同桌 tag:\"旅行/2009 北京\" year:2008-2010 from:老王 "
                           "with:小雪 kind:post,说说,blog has:photo after:2009-06 before:2010 12:30"));
        QVERIFY2(q.isValid(), qPrintable(q.error));
        QCOMPARE(q.terms, (QStringList{QStringLiteral("毕业"), QStringLiteral("hello world"),
                                       QStringLiteral("12:30")}));
        QCOMPARE(q.excluded, QStringList{QStringLiteral("同桌")});
        QCOMPARE(q.filters.size(), 8);
        QCOMPARE(q.filters.at(0).type, SearchFilter::Tag);
        QCOMPARE(q.filters.at(0).values, QStringList{QStringLiteral("旅行/2009 北京")});
        QCOMPARE(q.filters.at(1).yearFrom, 2008);
        QCOMPARE(q.filters.at(1).yearTo, 2010);
        QCOMPARE(q.filters.at(4).values,
                 (QStringList{QStringLiteral("post"), QStringLiteral("post"), QStringLiteral("blog")}));
        QCOMPARE(q.filters.at(6).date, QDate(2009, 6, 1));
        QCOMPARE(q.filters.at(7).date, QDate(2010, 1, 1));

        // A full-width colon (what an IME types), curly quotes, negated filters.
        q = SearchQuery::parse(QStringLiteral("TAG：旅行 “毕业 旅行” -kind:photo"));
        QVERIFY(q.isValid());
        QCOMPARE(q.terms, QStringList{QStringLiteral("毕业 旅行")});
        QCOMPARE(q.filters.size(), 2);
        QVERIFY(q.filters.at(1).negated);

        QVERIFY(!SearchQuery::parse(QStringLiteral("kind:tweet")).isValid());
        QVERIFY(!SearchQuery::parse(QStringLiteral("year:09")).isValid());
        QVERIFY(!SearchQuery::parse(QStringLiteral("before:2009-13")).isValid());
        QVERIFY(!SearchQuery::parse(QStringLiteral("has:cats")).isValid());
        QVERIFY(!SearchQuery::parse(QStringLiteral("tag:")).isValid());
        // A lone minus and unknown keys are text.
        q = SearchQuery::parse(QStringLiteral("- http://qzone.qq.com"));
        QCOMPARE(q.terms, (QStringList{QStringLiteral("-"), QStringLiteral("http://qzone.qq.com")}));
        QVERIFY(SearchQuery::parse(QStringLiteral("   ")).isEmpty());
    }

    void findsExactlyWhatThePlainTextHolds_data()
    {
        QTest::addColumn<QString>("query");
        for (const char *q :
             {"毕",         "毕业",  "毕业照", "同桌",     "雪",       "下雪了！", "畢業",      "毕业旅行",
              "qq",         "ＱＱ",  "2010",   "２０１０", "iphone4s", "phone",    "4s",        "summer 2009",
              "mer",        "café",  "cafe",   "😂",        "，",       "！",       "#毕业季#",  "c++",
              "&",          "a_b%c", "_",      "%",        "海淀",     "老王",     "小雪",      "芷炫",
              "毕业照 img", "业绩",  "业 绩",  "毕业 ",    "没有日期", "z",        "不存在的词"})
            QTest::addRow("%s", q) << QString::fromUtf8(q);
    }

    void findsExactlyWhatThePlainTextHolds()
    {
        QFETCH(QString, query);
        if (!m_fixture) {
            m_fixture = std::make_unique<Fixture>();
            QVERIFY(m_fixture->build());
        }
        SearchEngine engine(m_fixture->db.connection());
        const SearchResult result = engine.search(SearchQuery::literal(query));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(sorted(result.ids), scan(m_fixture->db.connection(), {query}));
    }

    void exactOnFacts()
    {
        Fixture f;
        QVERIFY(f.build());
        SearchEngine engine(f.db.connection());
        auto keys = [&](const QString &query) {
            return f.keys(engine.search(query).ids);
        };
        // Newest first; a memory without a date last.
        QCOMPARE(
            keys(QStringLiteral("毕业")),
            (QStringList{QStringLiteral("photo:1"), QStringLiteral("post:1"), QStringLiteral("post:4")}));
        QCOMPARE(keys(QStringLiteral("雪")), QStringList{QStringLiteral("post:2")}); // text and a mention
        QCOMPARE(keys(QStringLiteral("畢業")),
                 QStringList{QStringLiteral("post:3")}); // Traditional by its own
        // A title "毕" and a body starting "业" are two parts: no phrase across them.
        QCOMPARE(keys(QStringLiteral("blog")), QStringList());
        QVERIFY(!keys(QStringLiteral("\"毕业\"")).contains(QStringLiteral("blog:1")));
        QCOMPARE(keys(QStringLiteral("iph")), QStringList{QStringLiteral("post:2")});  // prefix as you type
        QCOMPARE(keys(QStringLiteral("2009")), QStringList{QStringLiteral("post:1")}); // comment text
        QCOMPARE(keys(QStringLiteral("毕业 -照")), QStringList{QStringLiteral("post:4")});
        QCOMPARE(keys(QStringLiteral("\"summer 2009\"")), QStringList{QStringLiteral("post:1")});
        QCOMPARE(keys(QStringLiteral("\"summer  2009\"")), QStringList());
        QCOMPARE(keys(QStringLiteral("C++")), QStringList{QStringLiteral("blog:1")});
        QCOMPARE(keys(QStringLiteral("-毕业 -雪 -畢業 -新年")), QStringList{QStringLiteral("blog:1")});
    }

    void filtersCombineWithText()
    {
        Fixture f;
        QVERIFY(f.build());
        TagStore tags(f.db.connection());
        QCOMPARE(tags.addTag(
                     {f.idByKey.value(QStringLiteral("post:1")), f.idByKey.value(QStringLiteral("photo:1"))},
                     QStringLiteral("高中/毕业")),
                 2);
        QCOMPARE(tags.addTag({f.idByKey.value(QStringLiteral("post:2"))}, QStringLiteral("高中")), 1);
        SearchEngine engine(f.db.connection());
        auto keys = [&](const QString &query) {
            const SearchResult r = engine.search(query);
            return r.ok() ? f.keys(r.ids) : QStringList{QStringLiteral("error: ") + r.error};
        };
        QCOMPARE(keys(QStringLiteral("毕业 kind:post")),
                 (QStringList{QStringLiteral("post:1"), QStringLiteral("post:4")}));
        QCOMPARE(keys(QStringLiteral("毕业 kind:照片")), QStringList{QStringLiteral("photo:1")});
        QCOMPARE(keys(QStringLiteral("year:2009")),
                 (QStringList{QStringLiteral("photo:1"), QStringLiteral("post:1")}));
        QCOMPARE(keys(QStringLiteral("year:2008-2009 -kind:photo")),
                 (QStringList{QStringLiteral("post:1"), QStringLiteral("board:1")}));
        // Local dates: 2008-12-31 23:59 in UTC+8 is still 2008.
        QCOMPARE(keys(QStringLiteral("before:2009")), QStringList{QStringLiteral("board:1")});
        QCOMPARE(keys(QStringLiteral("after:2011-03-04 before:2012-06-08")),
                 (QStringList{QStringLiteral("blog:1"), QStringLiteral("post:3")}));
        QCOMPARE(keys(QStringLiteral("from:老王")), QStringList{QStringLiteral("board:1")});
        QCOMPARE(keys(QStringLiteral("with:老王")),
                 (QStringList{QStringLiteral("post:1"), QStringLiteral("board:1")}));
        QCOMPARE(keys(QStringLiteral("with:小雪")), QStringList{QStringLiteral("post:2")});
        QCOMPARE(keys(QStringLiteral("from:10002")), QStringList{QStringLiteral("board:1")}); // by QQ number
        QCOMPARE(keys(QStringLiteral("has:photo")), QStringList{QStringLiteral("photo:1")});
        QCOMPARE(keys(QStringLiteral("has:location")), QStringList{QStringLiteral("post:2")});
        QCOMPARE(keys(QStringLiteral("has:comment 2009")), QStringList{QStringLiteral("post:1")});
        QCOMPARE(
            keys(QStringLiteral("tag:高中")),
            (QStringList{QStringLiteral("post:2"), QStringLiteral("photo:1"), QStringLiteral("post:1")}));
        QCOMPARE(keys(QStringLiteral("tag:毕业")),
                 (QStringList{QStringLiteral("photo:1"), QStringLiteral("post:1")}));
        QCOMPARE(keys(QStringLiteral("tag:高中 -tag:高中/毕业")), QStringList{QStringLiteral("post:2")});
        QCOMPARE(keys(QStringLiteral("tag:没有这个")), QStringList());
        QVERIFY(!engine.search(QStringLiteral("kind:nope")).ok());
        QVERIFY(engine.search(QString()).ids.isEmpty());
    }

    void seesChangesMadeAfterTheFirstSearch()
    {
        Fixture f;
        QVERIFY(f.build());
        SearchEngine engine(f.db.connection());
        QCOMPARE(engine.search(QStringLiteral("tag:新")).ids.size(), 0);
        TagStore(f.db.connection()).addTag({f.idByKey.value(QStringLiteral("post:3"))}, QStringLiteral("新"));
        QCOMPARE(f.keys(engine.search(QStringLiteral("tag:新")).ids), QStringList{QStringLiteral("post:3")});
        LibraryWriter w(f.db, QStringLiteral("/export2"), &searchIndexer());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("123456")));
        QCOMPARE(w.upsertMemory(record(MemoryKind::Post, QStringLiteral("post:9"), "2016-01-01 00:00:00",
                                       QStringLiteral("新的毕业"))),
                 UpsertResult::Added);
        w.finish();
        QCOMPARE(engine.search(QStringLiteral("毕业")).ids.size(), 4);
        QCOMPARE(f.keys({engine.search(QStringLiteral("毕业")).ids.first()}),
                 QStringList{QString()}); // not in idByKey
        QCOMPARE(engine.search(QStringLiteral("毕业")).ids.first(),
                 engine.search(QStringLiteral("新的")).ids.first());
    }

    void filterFieldsFollowChanges()
    {
        // Filters load dates, kinds and authors on the first filter and flags on the first has:;
        // a memory written after either load must be seen by both.
        Fixture f;
        QVERIFY(f.build());
        SearchEngine engine(f.db.connection());
        QCOMPARE(engine.search(QStringLiteral("year:2016")).ids.size(), 0);
        QCOMPARE(f.keys(engine.search(QStringLiteral("has:location")).ids),
                 QStringList{QStringLiteral("post:2")});
        LibraryWriter w(f.db, QStringLiteral("/export2"), &searchIndexer());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("123456")));
        MemoryRecord late =
            record(MemoryKind::Post, QStringLiteral("post:9"), "2016-01-01 00:30:00", QStringLiteral("新年"));
        late.location = QStringLiteral("上海");
        late.comments << comment(QStringLiteral("10002"), QStringLiteral("老王"), late.created + 60,
                                 QStringLiteral("新年快乐"));
        QCOMPARE(w.upsertMemory(late), UpsertResult::Added);
        w.finish();
        const QList<qint64> year = engine.search(QStringLiteral("year:2016")).ids;
        QCOMPARE(year.size(), 1);
        QCOMPARE(engine.search(QStringLiteral("has:location year:2016")).ids, year);
        QCOMPARE(engine.search(QStringLiteral("has:comment kind:post after:2015-12-31")).ids, year);
        QCOMPARE(engine.search(QStringLiteral("has:location")).ids.size(), 2);
        QCOMPARE(engine.search(QStringLiteral("year:2016 -has:comment")).ids.size(), 0);
        // A fresh engine whose first filter is has: loads the dates with the flags.
        SearchEngine fresh(f.db.connection());
        QCOMPARE(fresh.search(QStringLiteral("has:comment year:2016")).ids, year);
    }

    void seesNewTextAfterTheFirstSearch()
    {
        // The engine caches token positions: words it has already looked up must find new text.
        Fixture f;
        QVERIFY(f.build());
        SearchEngine engine(f.db.connection());
        QCOMPARE(f.keys(engine.search(QStringLiteral("同桌")).ids), QStringList{QStringLiteral("post:1")});
        QCOMPARE(engine.search(QStringLiteral("桌毕")).ids.size(), 0);
        LibraryWriter w(f.db, QStringLiteral("/export2"), &searchIndexer());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("123456")));
        QCOMPARE(w.upsertMemory(record(MemoryKind::Post, QStringLiteral("post:8"), "2015-01-01 00:00:00",
                                       QStringLiteral("同桌毕业了"))),
                 UpsertResult::Added);
        w.finish();
        for (const QString &query :
             {QStringLiteral("同桌"), QStringLiteral("桌毕"), QStringLiteral("毕业")}) {
            const QList<qint64> ids = engine.search(query).ids;
            QCOMPARE(sorted(ids), scan(f.db.connection(), {query}));
            QVERIFY(!f.idByKey.values().contains(ids.first())); // the new one, newest first
        }
    }

    void indexesWhatLaterRecordsOfTheSameBatchAdded()
    {
        // The writer indexes a batch's memories at its commit: a memory added and then given a
        // comment and more text by a second record of the same batch is found by both.
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.path()));
        {
            LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
            QVERIFY(w.begin());
            QVERIFY(w.setAccount(QStringLiteral("123456")));
            QCOMPARE(w.upsertMemory(record(MemoryKind::Post, QStringLiteral("post:1"), "2014-03-01 10:00:00",
                                           QStringLiteral("春天来了"))),
                     UpsertResult::Added);
            MemoryRecord again = record(MemoryKind::Post, QStringLiteral("post:1"), "2014-03-01 10:00:00",
                                        QStringLiteral("春天来了"));
            again.sourceRecord = "{\"key\":\"post:1\",\"second\":true}";
            again.comments << comment(QStringLiteral("2001"), QStringLiteral("老王"),
                                      chinaTime("2014-03-01 11:00:00"), QStringLiteral("独一无二的评论"));
            QCOMPARE(w.upsertMemory(again), UpsertResult::Updated);
            w.finish();
        }
        SearchEngine engine(db.connection());
        QCOMPARE(engine.search(QStringLiteral("春天")).ids.size(), 1);
        QCOMPARE(engine.search(QStringLiteral("独一无二")).ids, engine.search(QStringLiteral("春天")).ids);
        QCOMPARE(engine.search(QStringLiteral("老王")).ids.size(), 1);
    }

    void randomQueriesMatchAPlainScan()
    {
        // Random texts over a tiny alphabet make every short run common: the index must agree
        // with a scan for every substring, including ones spanning punctuation and spaces.
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.path()));
        LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("1")));
        const QStringList alphabet{QStringLiteral("毕"), QStringLiteral("业"), QStringLiteral("雪"),
                                   QStringLiteral("a"),  QStringLiteral("B"),  QStringLiteral(" "),
                                   QStringLiteral("，"), QStringLiteral(","),  QStringLiteral("😂"),
                                   QStringLiteral("ａ"), QStringLiteral("\n"), QStringLiteral("1")};
        QRandomGenerator rng(42);
        QStringList texts;
        for (int i = 0; i < 150; ++i) {
            QString text;
            const int len = 1 + rng.bounded(12);
            for (int k = 0; k < len; ++k)
                text += alphabet.at(rng.bounded(int(alphabet.size())));
            texts << text;
            MemoryRecord r =
                record(MemoryKind::Post, QStringLiteral("post:r%1").arg(i), "2012-01-01 00:00:00", text);
            r.created += i;
            QCOMPARE(w.upsertMemory(r), UpsertResult::Added);
        }
        w.finish();
        SearchEngine engine(db.connection());
        // The same with a cache so small that every token's list empties it: a phrase must still
        // hold the lists of its earlier tokens (a 1,000,000-memory library once crashed here).
        SearchEngine tight(db.connection());
        tight.setPostingCacheBytes(1);
        SearchEngine some(db.connection()); // room for a few lists: the oldest go first
        some.setPostingCacheBytes(1024);
        int nonEmpty = 0;
        for (int i = 0; i < 300; ++i) {
            const QString &source = texts.at(rng.bounded(int(texts.size())));
            const int from = rng.bounded(int(source.size()));
            QString query = source.mid(from, 1 + rng.bounded(6));
            if (query.at(query.size() - 1).isHighSurrogate())
                query.chop(1);
            if (query.isEmpty() || (!query.isEmpty() && query.at(0).isLowSurrogate()))
                continue;
            const QList<qint64> expected = scan(db.connection(), {query});
            nonEmpty += expected.isEmpty() ? 0 : 1;
            QCOMPARE(sorted(engine.search(SearchQuery::literal(query)).ids), expected);
            QCOMPARE(sorted(tight.search(SearchQuery::literal(query)).ids), expected);
            QCOMPARE(sorted(some.search(SearchQuery::literal(query)).ids), expected);
        }
        QVERIFY(nonEmpty > 100);
        // Several terms and exclusions: each term is matched on its own, then combined.
        int combined = 0;
        for (int i = 0; i < 200; ++i) {
            const QString a = alphabet.at(rng.bounded(int(alphabet.size()))).trimmed();
            const QString b = alphabet.at(rng.bounded(int(alphabet.size()))) +
                              alphabet.at(rng.bounded(int(alphabet.size())));
            const QString c = alphabet.at(rng.bounded(int(alphabet.size()))).trimmed();
            if (a.isEmpty() || b.trimmed().size() != 2 || c.isEmpty() || a == c || a == QStringLiteral(",") ||
                c == QStringLiteral(","))
                continue;
            SearchQuery q = SearchQuery::literal(a);
            q.terms << b;
            q.excluded << c;
            QSet<qint64> excluded;
            for (qint64 id : scan(db.connection(), {c}))
                excluded.insert(id);
            QList<qint64> expected;
            for (qint64 id : scan(db.connection(), {a, b})) {
                if (!excluded.contains(id))
                    expected << id;
            }
            combined += expected.isEmpty() ? 0 : 1;
            QCOMPARE(sorted(engine.search(q).ids), expected);
        }
        QVERIFY(combined > 10);
    }

    void highlightsAndSnippets()
    {
        const MatchHighlighter h(QStringList{QStringLiteral("毕业"), QStringLiteral("qq")});
        // Full-width QQ folds to qq, ranges are in the original text.
        QCOMPARE(h.ranges(QStringLiteral("ＱＱ上的毕业照，毕业")),
                 (QList<MatchRange>{{0, 2}, {4, 2}, {8, 2}}));
        QCOMPARE(MatchHighlighter::fromQuery(QStringLiteral("雪 -夏天 year:2009")).terms(),
                 QStringList{QStringLiteral("雪")});
        // Overlapping terms merge.
        const MatchHighlighter overlapping(QStringList{QStringLiteral("毕业"), QStringLiteral("业照")});
        QCOMPARE(overlapping.ranges(QStringLiteral("毕业照")), (QList<MatchRange>{MatchRange{0, 3}}));
        QCOMPARE(h.snippet(QStringLiteral("今天\n毕业了"), 80, QStringLiteral("["), QStringLiteral("]")),
                 QStringLiteral("今天 [毕业]了"));
        QString longText;
        for (int i = 0; i < 100; ++i)
            longText += QStringLiteral("很长的文字");
        longText += QStringLiteral("毕业") + longText;
        const QString s = h.snippet(longText, 40, QStringLiteral("["), QStringLiteral("]"));
        QVERIFY2(s.startsWith(QChar(0x2026)) && s.endsWith(QChar(0x2026)), qPrintable(s));
        QVERIFY2(s.contains(QStringLiteral("[毕业]")), qPrintable(s));
        QVERIFY(s.size() <= 46);

        Fixture f;
        QVERIFY(f.build());
        SearchEngine engine(f.db.connection());
        QCOMPARE(engine.snippet(f.idByKey.value(QStringLiteral("post:1")), {QStringLiteral("summer")}),
                 QStringLiteral("和同桌一起拍了毕业照，好开心😂 #毕业季# 芷炫 老王 «Summer» 2009 forever"));
        // A screen at a time through one statement: the same text, in order, and nothing for an
        // id without indexed text.
        const SearchResult found = engine.search(QStringLiteral("毕业"));
        QVERIFY(found.ids.size() >= 2);
        QList<qint64> ids = found.ids;
        ids.insert(1, qint64(987654));
        const QStringList batch = engine.snippets(ids, found.terms);
        QCOMPARE(batch.size(), ids.size());
        QCOMPARE(batch.at(1), QString());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QCOMPARE(batch.at(i), engine.snippet(ids.at(i), found.terms));
            QVERIFY(i == 1 || batch.at(i).contains(QStringLiteral("«毕业»")));
        }
    }

    void rebuildsAnIndexFromAnOlderVersion()
    {
        QTemporaryDir dir;
        {
            Database db;
            QVERIFY(db.open(dir.path()));
            LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
            QVERIFY(w.begin());
            QVERIFY(w.setAccount(QStringLiteral("1")));
            QCOMPARE(w.upsertMemory(record(MemoryKind::Post, QStringLiteral("post:1"), "2012-01-01 00:00:00",
                                           QStringLiteral("毕业了！"))),
                     UpsertResult::Added);
            w.finish();
            // As an older build left it: index empty and no version.
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM search_fts")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM search_meta")));
            QVERIFY(searchIndexIsStale(db.connection()));
        }
        // Opening the library (not just its database) brings the index up to date.
        Database db;
        QVERIFY(Library(db).open(dir.path()));
        QVERIFY(!searchIndexIsStale(db.connection()));
        SearchEngine engine(db.connection());
        QCOMPARE(engine.search(QStringLiteral("业了！")).ids.size(), 1);
    }

    void savedSearchesKeepTheirOrder()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.path()));
        QSqlDatabase c = db.connection();
        const qint64 a = savedsearches::add(c, QStringLiteral("毕业"), QStringLiteral("毕业 year:2009"));
        const qint64 b = savedsearches::add(c, QStringLiteral("雪"), QStringLiteral("雪"));
        QVERIFY(a && b);
        QCOMPARE(savedsearches::add(c, QStringLiteral(" "), QStringLiteral("x")), 0);
        QVERIFY(savedsearches::move(c, b, 0));
        QVERIFY(savedsearches::rename(c, a, QStringLiteral("高中毕业")));
        QList<SavedSearch> all = savedsearches::list(c);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("雪"));
        QCOMPARE(all.at(1).name, QStringLiteral("高中毕业"));
        QCOMPARE(all.at(1).query, QStringLiteral("毕业 year:2009"));
        QVERIFY(savedsearches::remove(c, b));
        QCOMPARE(savedsearches::list(c).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
