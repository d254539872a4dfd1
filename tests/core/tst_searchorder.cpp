// SPDX-License-Identifier: GPL-3.0-or-later
// The stored newest-first order (search_order, 0011): written, it is exactly the order the rows
// give (undated memories last, ties by id); the import's writer and date corrections forget it
// when they change memories, and an engine then reads the rows and finds everything in order; a
// memory added by a writer that forgot is caught by max_id; the fields filters read are stored
// with it, the same as the rows give, and read only with the order they were written with; a
// blob that is not a list of distinct ids is not used; writing again while current changes
// nothing; the Library writes it on opening and after imports.
#include "import/librarywriter.h"
#include "library/database.h"
#include "search/searchengine.h"
#include "search/searchindex.h"
#include "search/searchorder.h"
#include "service/datecorrection.h"
#include "service/library.h"
#include "testsupport.h"

#include <QImage>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

namespace {

MemoryRecord post(int n, qint64 created, const QString &text)
{
    return test::textPost(n, created, text);
}

bool addPosts(Database &db, const QList<MemoryRecord> &records)
{
    LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
    if (!w.begin() || !w.setAccount(QStringLiteral("123456"), QStringLiteral("芷炫")))
        return false;
    for (const MemoryRecord &r : records) {
        if (w.upsertMemory(r) != UpsertResult::Added)
            return false;
    }
    w.finish();
    return true;
}

std::vector<qint64> rowOrder(Database &db)
{
    std::vector<qint64> ids;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id FROM memories ORDER BY created DESC, id DESC"));
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

bool hasStoredOrder(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM search_order")) && q.next() && q.value(0).toInt() == 1;
}

bool readOrder(Database &db, std::vector<qint64> &ids)
{
    qint64 generation = 0;
    return readSearchOrder(db.connection(), ids, &generation);
}

QList<qint64> toList(const std::vector<qint64> &ids)
{
    return QList<qint64>(ids.begin(), ids.end());
}

} // namespace

class TestSearchOrder : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { setStoredSearchReadHook({}); } // a failed check leaves no hook behind
    void isTheOrderOfTheRows()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.path()));
        // Out of order on purpose, two at the same second, and two without a date.
        QVERIFY(addPosts(
            db, {post(1, 1300000000, QStringLiteral("雪")), post(2, kNoTime, QStringLiteral("雪")),
                 post(3, 1200000000, QStringLiteral("雪")), post(4, 1300000000, QStringLiteral("雪")),
                 post(5, kNoTime, QStringLiteral("雪")), post(6, 1400000000, QStringLiteral("猫"))}));
        QVERIFY(!hasStoredOrder(db));
        std::vector<qint64> stored;
        QVERIFY(!readOrder(db, stored));

        QString error;
        QVERIFY2(writeSearchOrder(db.connection(), &error), qPrintable(error));
        QVERIFY(hasStoredOrder(db));
        QVERIFY(readOrder(db, stored));
        QCOMPARE(toList(stored), toList(rowOrder(db)));
        QCOMPARE(stored.size(), size_t(6));

        // The engine's order is the stored one: newest first, the undated last.
        SearchEngine engine(db.connection());
        QList<qint64> expected = toList(rowOrder(db));
        expected.removeAt(0); // post 6, the only 猫
        QCOMPARE(engine.search(QStringLiteral("雪")).ids, expected);

        // Written again while current: the same blob, and nothing changes in the file.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA data_version")) && q.next());
        const qint64 before = q.value(0).toLongLong();
        QVERIFY(writeSearchOrder(db.connection()));
        std::vector<qint64> again;
        QVERIFY(readOrder(db, again));
        QCOMPARE(toList(again), toList(stored));
        QVERIFY(q.exec(QStringLiteral("PRAGMA data_version")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), before);
    }

    void aWriteInBetweenIsReadAgainNeverStoredStale()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.path()));
        QVERIFY(addPosts(
            db, {post(1, 1300000000, QStringLiteral("雪")), post(2, 1200000000, QStringLiteral("猫"))}));
        Database other; // another connection: the window's, an import's
        QVERIFY(other.open(dir.path()));
        int reads = 0;
        setStoredSearchReadHook([&] {
            if (++reads == 1) // after the read, before the write: a newer post
                QVERIFY(addPosts(other, {post(3, 1400000000, QStringLiteral("雪"))}));
        });
        QString error;
        QVERIFY2(writeSearchOrder(db.connection(), &error), qPrintable(error));
        QCOMPARE(reads, 2); // read again
        std::vector<qint64> stored;
        QVERIFY(readOrder(db, stored));
        QCOMPARE(toList(stored), toList(rowOrder(db)));
        QCOMPARE(stored.size(), size_t(3));

        // A writer in between every time: given up after three reads, nothing stored.
        QVERIFY(addPosts(other, {post(4, 1500000000, QStringLiteral("雪"))})); // forgets the order
        QVERIFY(!hasStoredOrder(db));
        int next = 10;
        reads = 0;
        setStoredSearchReadHook([&] {
            ++reads;
            QVERIFY(addPosts(other, {post(next, 1500000000 + next, QStringLiteral("猫"))}));
            ++next;
        });
        QVERIFY(!writeSearchOrder(db.connection(), &error));
        setStoredSearchReadHook({});
        QCOMPARE(reads, 3);
        QVERIFY(!hasStoredOrder(db));
        QVERIFY(writeSearchOrder(db.connection(), &error));
        QVERIFY(readOrder(db, stored));
        QCOMPARE(toList(stored), toList(rowOrder(db)));
    }

    void writersForgetIt()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.path()));
        QVERIFY(addPosts(
            db, {post(1, 1300000000, QStringLiteral("雪")), post(2, 1200000000, QStringLiteral("雪"))}));
        QVERIFY(writeSearchOrder(db.connection()));
        SearchEngine engine(db.connection());
        QCOMPARE(engine.search(QStringLiteral("雪")).ids.size(), 2);

        // A new memory: the order is gone, and the engine reads the rows.
        QVERIFY(addPosts(db, {post(3, 1250000000, QStringLiteral("雪"))}));
        QVERIFY(!hasStoredOrder(db));
        QCOMPARE(engine.search(QStringLiteral("雪")).ids, toList(rowOrder(db)));
        QVERIFY(writeSearchOrder(db.connection()));
        QVERIFY(hasStoredOrder(db));

        // A memory re-dated (the date correction forgets it and writes it again): the new place.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM memories WHERE key = 'post:2'")) && q.next());
        const qint64 redatedId = q.value(0).toLongLong();
        DateCorrection dates(db);
        QVERIFY(dates.shift({redatedId}, *parseDateShift(QStringLiteral("+10y"))).ok);
        std::vector<qint64> stored;
        QVERIFY(readOrder(db, stored));
        QCOMPARE(toList(stored), toList(rowOrder(db)));
        QCOMPARE(stored.front(), redatedId);
        QCOMPARE(SearchEngine(db.connection()).search(QStringLiteral("雪")).ids.first(), redatedId);

        // Another comment on a memory already there (the import's writer, Updated): gone.
        QVERIFY(hasStoredOrder(db));
        MemoryRecord again = post(1, 1300000000, QStringLiteral("雪"));
        again.comments.append(CommentRecord{PersonRef{QStringLiteral("654321"), QStringLiteral("老王")},
                                            1300000100,
                                            kChinaUtcOffset,
                                            QStringLiteral("好"),
                                            "{}",
                                            {},
                                            {},
                                            {}});
        LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
        QVERIFY(w.begin() && w.setAccount(QStringLiteral("123456"), QStringLiteral("芷炫")));
        QCOMPARE(w.upsertMemory(again), UpsertResult::Updated);
        w.finish();
        QVERIFY(!hasStoredOrder(db));

        // A writer that forgot to forget, adding a memory: its id is past the stored max_id, so
        // the stored order is not trusted.
        QVERIFY(writeSearchOrder(db.connection()));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO memories (account_id, kind, key, created, utc_offset, source_json) "
                           "SELECT account_id, 'post', 'post:raw', 1600000000, 28800, '{}' FROM memories "
                           "LIMIT 1")));
        QVERIFY(hasStoredOrder(db));
        QVERIFY(!readOrder(db, stored));
        QCOMPARE(SearchEngine(db.connection()).search(QStringLiteral("雪")).ids.size(), 3);
    }

    void storesWhatFiltersRead()
    {
        QTemporaryDir dir;
        QTemporaryDir files;
        Database db;
        QVERIFY(db.open(dir.path()));
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::blue);
        const QString photo = files.filePath(QStringLiteral("blue.png"));
        QVERIFY(image.save(photo));
        // Every field a filter reads, in every combination that matters: a photo attached, a
        // video, a comment, a place, another author, a date before 1970, no date.
        QList<MemoryRecord> records;
        for (int n = 1; n <= 12; ++n) {
            MemoryRecord r =
                post(n, n == 12 ? kNoTime : 1200000000 + qint64(n) * 40000000, QStringLiteral("雪"));
            if (n % 3 == 0)
                r.media.append(
                    MediaRef{QStringLiteral("image"), photo, QStringLiteral("blue%1.png").arg(n), {}, {}});
            if (n == 5)
                r.media.append(MediaRef{QStringLiteral("video"), {}, QStringLiteral("v.mp4"), {}, {}});
            if (n % 4 == 0)
                r.comments.append(CommentRecord{PersonRef{QStringLiteral("654321"), QStringLiteral("老王")},
                                                r.created,
                                                kChinaUtcOffset,
                                                QStringLiteral("好"),
                                                "{}",
                                                {},
                                                {},
                                                {}});
            if (n % 5 == 0)
                r.location = QStringLiteral("北京");
            if (n == 7)
                r.author = PersonRef{QStringLiteral("654321"), QStringLiteral("老王")};
            if (n == 8)
                r.created = -86400 * 400; // 1968
            records << r;
        }
        QVERIFY(addPosts(db, records));
        const QStringList queries{QStringLiteral("雪 has:photo"),
                                  QStringLiteral("雪 has:video"),
                                  QStringLiteral("雪 has:comment"),
                                  QStringLiteral("雪 has:location"),
                                  QStringLiteral("雪 from:老王"),
                                  QStringLiteral("雪 year:1968"),
                                  QStringLiteral("雪 -has:photo year:2010-2020"),
                                  QStringLiteral("雪 after:2013-01-01")};
        QList<QList<qint64>> fromRows;
        {
            SearchEngine engine(db.connection());
            for (const QString &query : queries)
                fromRows << engine.search(query).ids;
        }
        QVERIFY(writeSearchOrder(db.connection()));
        std::vector<qint64> order;
        qint64 generation = 0;
        QVERIFY(readSearchOrder(db.connection(), order, &generation));
        QVERIFY(generation != 0);
        std::vector<SearchFields> stored;
        QVERIFY(readSearchFields(db.connection(), generation, order.size(), stored));
        // The very fields the rows give, place by place.
        std::vector<int> posById(20, -1);
        for (size_t i = 0; i < order.size(); ++i)
            posById[size_t(order[i])] = int(i);
        std::vector<SearchFields> loaded(order.size());
        QString error;
        QVERIFY(loadSearchFields(db.connection(), posById, loaded,
                                 SearchFields::DatesKindsAuthors | SearchFields::Flags, &error));
        QVERIFY(stored == loaded);
        int flagged = 0;
        for (const SearchFields &f : stored)
            flagged += f.flags != 0;
        QVERIFY(flagged >= 6);
        // Another generation, or another count, is not read.
        QVERIFY(!readSearchFields(db.connection(), generation + 1, order.size(), stored));
        QVERIFY(!readSearchFields(db.connection(), generation, order.size() + 1, stored));
        SearchEngine engine(db.connection());
        for (qsizetype i = 0; i < queries.size(); ++i)
            QCOMPARE(engine.search(queries.at(i)).ids, fromRows.at(i));
        QVERIFY(hasStoredOrder(db));

        // And the engine does read them: zeroed, no memory has a photo any more.
        QSqlQuery q(db.connection());
        QVERIFY(!SearchEngine(db.connection()).search(QStringLiteral("雪 has:photo")).ids.isEmpty());
        QVERIFY(q.exec(QStringLiteral("UPDATE search_order SET fields = zeroblob(length(fields))")));
        QVERIFY(SearchEngine(db.connection()).search(QStringLiteral("雪 has:photo")).ids.isEmpty());
    }

    void theLibraryKeepsItWritten()
    {
        // Written by hand above; in the app the Library writes it on opening when it is missing
        // (a library from before 0011) and after each import.
        QTemporaryDir dir;
        {
            Database db;
            QVERIFY(db.open(dir.path()));
            QVERIFY(addPosts(
                db, {post(1, 1300000000, QStringLiteral("雪")), post(2, 1200000000, QStringLiteral("雪"))}));
            QVERIFY(!hasStoredOrder(db));
        }
        Database db;
        QVERIFY(Library(db).open(dir.path()));
        QVERIFY(hasStoredOrder(db));
        std::vector<qint64> stored;
        QVERIFY(readOrder(db, stored));
        QCOMPARE(toList(stored), toList(rowOrder(db)));

        QTemporaryDir photos;
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(photos.filePath(QStringLiteral("red.png"))));
        const ImportReport report = Library(db).import({photos.path()});
        QCOMPARE(report.added, 1);
        QVERIFY(hasStoredOrder(db));
        QVERIFY(readOrder(db, stored));
        QCOMPARE(stored.size(), size_t(3));
        QCOMPARE(toList(stored), toList(rowOrder(db)));
    }

    void aDamagedOrderIsNotUsed()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.path()));
        QVERIFY(addPosts(db, {post(1, 1300000000, QStringLiteral("雪")),
                              post(2, 1200000000, QStringLiteral("雪")),
                              post(3, 1250000000, QStringLiteral("雪"))}));
        QVERIFY(writeSearchOrder(db.connection()));
        QSqlQuery q(db.connection());
        std::vector<qint64> ids;
        QVERIFY(q.exec(QStringLiteral("UPDATE search_order SET ids = CAST(zeroblob(13) AS BLOB)")));
        QVERIFY(!readOrder(db, ids));
        QVERIFY(ids.empty());
        // Not a whole number of ids, an id twice, an id that cannot be.
        for (const char *damage : {"UPDATE search_order SET ids = CAST(zeroblob(13) AS BLOB)",
                                   "UPDATE search_order SET ids = x'010000000100000002000000'",
                                   "UPDATE search_order SET ids = x'010000000000000002000000'"}) {
            QVERIFY(q.exec(QString::fromLatin1(damage)));
            SearchEngine engine(db.connection());
            QCOMPARE(engine.search(QStringLiteral("雪")).ids, toList(rowOrder(db)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchOrder)
#include "tst_searchorder.moc"
