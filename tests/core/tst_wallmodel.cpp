// SPDX-License-Identifier: GPL-3.0-or-later
// The wall's model: month headers, upload groups, filters, order, jumps; and the 那年今日 query.
#include "import/librarywriter.h"
#include "library/database.h"
#include "models/onthisday.h"
#include "models/wallindex.h"
#include "models/wallmodel.h"
#include "search/searchindex.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QImage>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

namespace {

qint64 chinaTime(const QString &local)
{
    QDateTime t = QDateTime::fromString(local, QStringLiteral("yyyy-MM-dd hh:mm"));
    t.setOffsetFromUtc(kChinaUtcOffset);
    return t.toSecsSinceEpoch();
}

} // namespace

class TestWallModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_lib;
    QTemporaryDir m_src;
    Database m_db;

    void add(LibraryWriter &w, MemoryKind kind, const QString &key, const QString &local, const QString &text,
             const QString &album = QString(), const QString &author = QString())
    {
        MemoryRecord r;
        r.kind = kind;
        r.key = key;
        r.created = chinaTime(local);
        r.text = text;
        r.albumKey = album;
        r.albumName = album.isEmpty() ? QString() : QStringLiteral("相册") + album;
        r.author = author.isEmpty() ? PersonRef{QStringLiteral("1"), QStringLiteral("我")}
                                    : PersonRef{author, QStringLiteral("朋友") + author};
        r.sourceRecord = key.toUtf8();
        if (kind == MemoryKind::Photo) {
            const QString file = m_src.path() + QLatin1Char('/') + key.mid(6) + QStringLiteral(".png");
            QImage image(8, 8, QImage::Format_RGB32);
            image.fill(QColor::fromHsv(qHash(key) % 360, 200, 200));
            image.save(file);
            r.media << MediaRef{QStringLiteral("image"), file, key.mid(6) + QStringLiteral(".png"), QString(),
                                QString()};
        }
        QVERIFY(w.upsertMemory(r) == UpsertResult::Added);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_lib.path()));
        LibraryWriter w(m_db, m_src.path(), &searchIndexer());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("1"), QStringLiteral("我")));
        add(w, MemoryKind::Post, QStringLiteral("post:a"), QStringLiteral("2009-06-30 20:00"),
            QStringLiteral("毕业了"));
        add(w, MemoryKind::Post, QStringLiteral("post:b"), QStringLiteral("2009-06-12 08:00"),
            QStringLiteral("考试"));
        add(w, MemoryKind::Blog, QStringLiteral("blog:c"), QStringLiteral("2010-11-29 09:00"),
            QStringLiteral("日志"));
        add(w, MemoryKind::Board, QStringLiteral("board:d"), QStringLiteral("2012-11-30 22:00"),
            QStringLiteral("留言"), QString(), QStringLiteral("77"));
        // Three photos of one album on one day → one upload group; a fourth the next day → another.
        for (const char *key : {"photo:p1", "photo:p2", "photo:p3"})
            add(w, MemoryKind::Photo, QString::fromLatin1(key), QStringLiteral("2010-11-29 10:00"), QString(),
                QStringLiteral("A"));
        add(w, MemoryKind::Photo, QStringLiteral("photo:p4"), QStringLiteral("2010-11-30 10:00"), QString(),
            QStringLiteral("A"));
        w.finish();
        QVERIFY(rebuildWallIndex(m_db.connection()));
    }

    void passesTheModelTester()
    {
        WallModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        WallFilter filter;
        filter.kinds = {QStringLiteral("post")};
        model.setFilter(filter);
        filter.oldestFirst = true;
        model.setFilter(filter);
        model.setFilter(WallFilter());
        for (int row = 0; row < model.rowCount(); ++row)
            model.data(model.index(row), WallModel::ItemRole);
    }

    void monthsHeadersAndGroups()
    {
        WallModel model(m_db);
        model.reload();
        // Items: 2 posts, blog, board, 2 photo groups = 6; months: 2012-11, 2010-11, 2009-06 = 3.
        QCOMPARE(model.itemCount(), 6);
        QCOMPARE(model.months().size(), 3);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.months().at(0).month, 201211);
        QCOMPARE(model.data(model.index(0), WallModel::RowTypeRole).toInt(), int(WallModel::HeaderRow));
        QCOMPARE(model.data(model.index(1), WallModel::KindRole).toString(), QStringLiteral("board"));
        const WallItem board = model.data(model.index(1), WallModel::ItemRole).value<WallItem>();
        QCOMPARE(board.author, QStringLiteral("朋友77"));
        QCOMPARE(board.localTime().toString(QStringLiteral("yyyy-MM-dd hh:mm")),
                 QStringLiteral("2012-11-30 22:00"));
        // 2010-11: the later photo group, then the group of three, then the blog (same day, earlier).
        QCOMPARE(model.months().at(1).row, 2);
        const WallItem single = model.data(model.index(3), WallModel::ItemRole).value<WallItem>();
        QCOMPARE(single.kind, QStringLiteral("photos"));
        QCOMPARE(single.itemCount, 1);
        const WallItem group = model.data(model.index(4), WallModel::ItemRole).value<WallItem>();
        QCOMPARE(group.kind, QStringLiteral("photos"));
        QCOMPARE(group.itemCount, 3);
        QCOMPARE(group.media.size(), 3);
        QCOMPARE(group.albumName, QStringLiteral("相册A"));
        QVERIFY(QFileInfo::exists(group.media.first().filePath));
        QCOMPARE(model.data(model.index(5), WallModel::KindRole).toString(), QStringLiteral("blog"));
        QCOMPARE(model.headerRowFor(5), 2);
        QCOMPARE(model.rowForYear(2009), 6);
        QCOMPARE(model.rowForYear(2011),
                 0); // nearest year with memories; 2012 and 2010 tie, the first shown wins
        QCOMPARE(model.rowForMonth(200906), 6);
    }

    void filtersAndOrder()
    {
        WallModel model(m_db);
        WallFilter filter;
        filter.kinds = {QStringLiteral("photo")};
        model.setFilter(filter);
        QCOMPARE(model.itemCount(), 2);
        filter.kinds.clear();
        filter.year = 2009;
        model.setFilter(filter);
        QCOMPARE(model.itemCount(), 2);
        filter.oldestFirst = true;
        model.setFilter(filter);
        QCOMPARE(model.data(model.index(1), WallModel::ItemRole).value<WallItem>().text,
                 QStringLiteral("考试"));
        filter = WallFilter();
        filter.restrictToMemories = true;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        // A photo that is not its group's own row still brings its upload group onto the wall.
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM memories WHERE key = 'photo:p1'")) && q.next());
        filter.memoryIds = {q.value(0).toLongLong()};
        model.setFilter(filter);
        QCOMPARE(model.itemCount(), 1);
        QCOMPARE(model.data(model.index(1), WallModel::ItemRole).value<WallItem>().itemCount, 3);
    }

    void onThisDayFindsEarlierYears()
    {
        // 29 Nov 2026: the blog and the photo group of 2010-11-29 (16 years ago).
        OnThisDay day = onThisDay(m_db, QDate(2026, 11, 29), 3);
        QCOMPARE(day.windowDays, 0);
        QCOMPARE(day.groups.size(), 1);
        QCOMPARE(day.groups.first().year, 2010);
        QCOMPARE(day.groups.first().yearsAgo, 16);
        QCOMPARE(day.groups.first().wallIds.size(), 2);
        // Nothing on 1 July: the window widens to find 30 June 2009.
        day = onThisDay(m_db, QDate(2026, 7, 1), 3);
        QCOMPARE(day.windowDays, 1);
        QCOMPARE(day.groups.size(), 1);
        QCOMPARE(day.groups.first().year, 2009);
        // Only earlier years count.
        QVERIFY(onThisDay(m_db, QDate(2009, 6, 30), 0).isEmpty());
        QVERIFY(onThisDay(m_db, QDate(2026, 3, 3), 3).isEmpty());
    }

    void onThisDayHidesWhatTheUserHid()
    {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM people WHERE uin = '77'")) && q.next());
        const qint64 friendId = q.value(0).toLongLong();
        // 30 Nov: the board message of 2012 and the single photo of 2010.
        QCOMPARE(onThisDay(m_db, QDate(2026, 11, 30), 0).groups.size(), 2);
        QVERIFY(setHiddenFromOnThisDay(m_db, HiddenKind::Person, friendId));
        QCOMPARE(onThisDay(m_db, QDate(2026, 11, 30), 0).groups.size(), 1);
        QVERIFY(setHiddenFromOnThisDay(m_db, HiddenKind::Date, 20101130));
        QVERIFY(onThisDay(m_db, QDate(2026, 11, 30), 0).isEmpty());
        QCOMPARE(hiddenFromOnThisDay(m_db, HiddenKind::Date), QList<qint64>{20101130});
        QVERIFY(setHiddenFromOnThisDay(m_db, HiddenKind::Person, friendId, false));
        QVERIFY(setHiddenFromOnThisDay(m_db, HiddenKind::Date, 20101130, false));
        QCOMPARE(onThisDay(m_db, QDate(2026, 11, 30), 0).groups.size(), 2);
    }

    void monthCountsMatchTheItems()
    {
        // Without a filter the months come from wall_months, kept by rebuildWallIndex: they must
        // be what counting wall_items gives, in both orders, before and after a change. Last, as it
        // adds a memory to the shared library.
        auto counted = [this](bool oldestFirst) {
            QList<QPair<int, int>> months;
            QSqlQuery q(m_db.connection());
            q.exec(QStringLiteral("SELECT local_month, COUNT(*) FROM wall_items GROUP BY local_month "
                                  "ORDER BY local_month = 0, local_month %1")
                       .arg(oldestFirst ? QStringLiteral("ASC") : QStringLiteral("DESC")));
            while (q.next())
                months.append({q.value(0).toInt(), q.value(1).toInt()});
            return months;
        };
        auto shown = [this](bool oldestFirst) {
            WallModel model(m_db);
            WallFilter filter;
            filter.oldestFirst = oldestFirst;
            model.setFilter(filter);
            model.reload();
            QList<QPair<int, int>> months;
            for (const WallModel::MonthAnchor &a : model.months())
                months.append({a.month, a.count});
            return months;
        };
        for (const bool oldestFirst : {false, true}) {
            QVERIFY(!counted(oldestFirst).isEmpty());
            QCOMPARE(shown(oldestFirst), counted(oldestFirst));
        }
        LibraryWriter w(m_db, m_src.path(), &searchIndexer());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("1"), QStringLiteral("我")));
        add(w, MemoryKind::Post, QStringLiteral("post:months"), QStringLiteral("2003-04-05 06:07"),
            QStringLiteral("新的一个月"));
        w.finish();
        QVERIFY(rebuildWallIndex(m_db.connection()));
        QCOMPARE(shown(false), counted(false));
        QCOMPARE(shown(false).last(), (QPair<int, int>{200304, 1}));
    }
};

QTEST_MAIN(TestWallModel)
#include "tst_wallmodel.moc"
