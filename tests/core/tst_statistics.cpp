// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics page's queries: per year and month in local time, busiest days, most active.
#include "import/librarywriter.h"
#include "library/database.h"
#include "models/statistics.h"
#include "search/searchindex.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

namespace {

qint64 chinaTime(const char *local)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(local), QStringLiteral("yyyy-MM-dd hh:mm"));
    t.setOffsetFromUtc(kChinaUtcOffset);
    return t.toSecsSinceEpoch();
}

CommentRecord comment(const QString &uin, const QString &name, qint64 created, int n)
{
    CommentRecord c;
    c.author = PersonRef{uin, name};
    c.created = created;
    c.text = QStringLiteral("评论%1").arg(n);
    return c;
}

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_lib;
    Database m_db;
    int m_serial = 0;

    void add(LibraryWriter &w, MemoryKind kind, qint64 created, const PersonRef &author = {},
             const QList<CommentRecord> &comments = {})
    {
        MemoryRecord r;
        r.kind = kind;
        r.key = QStringLiteral("%1:%2").arg(memoryKindName(kind)).arg(++m_serial);
        r.created = created;
        r.author = author.isValid() ? author : PersonRef{QStringLiteral("1"), QStringLiteral("我")};
        r.text = QStringLiteral("第%1条").arg(m_serial);
        r.comments = comments;
        r.sourceRecord = r.key.toUtf8();
        if (kind == MemoryKind::Photo || kind == MemoryKind::Album) {
            r.albumKey = QStringLiteral("A");
            r.albumName = QStringLiteral("相册");
        }
        QVERIFY(w.upsertMemory(r) == UpsertResult::Added);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_lib.path()));
        LibraryWriter w(m_db, m_lib.path(), &searchIndexer());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("1"), QStringLiteral("我")));
        const PersonRef wang{QStringLiteral("10"), QStringLiteral("老王")};
        add(w, MemoryKind::Post, chinaTime("2009-06-30 20:00"), {},
            {comment(QStringLiteral("10"), QStringLiteral("老王"), chinaTime("2009-06-30 20:05"), 1),
             comment(QStringLiteral("20"), QStringLiteral("小红"), chinaTime("2009-06-30 20:06"), 2),
             comment(QStringLiteral("1"), QStringLiteral("我"), chinaTime("2009-06-30 20:07"), 3),
             comment(QStringLiteral("1"), QStringLiteral("我"), chinaTime("2009-06-30 20:08"), 4)});
        add(w, MemoryKind::Post, chinaTime("2009-06-30 23:30"), {},
            {comment(QStringLiteral("10"), QStringLiteral("老王"), chinaTime("2009-07-01 09:00"), 5),
             comment(QStringLiteral("10"), QStringLiteral("老王"), chinaTime("2009-07-01 09:01"), 6),
             comment(QStringLiteral("20"), QStringLiteral("小红"), chinaTime("2009-07-01 09:02"), 7)});
        // 00:30 local on July 1st is still June 30th in UTC: counted on the local day.
        add(w, MemoryKind::Post, chinaTime("2009-07-01 00:30"));
        add(w, MemoryKind::Post, chinaTime("2010-01-05 08:00"));
        add(w, MemoryKind::Blog, chinaTime("2010-01-05 12:00"));
        add(w, MemoryKind::Board, chinaTime("2010-01-05 18:00"), wang);
        add(w, MemoryKind::Album, chinaTime("2010-01-05 19:00")); // album records are not memories here
        add(w, MemoryKind::Photo, chinaTime("2010-02-01 10:00"));
        add(w, MemoryKind::Post, kNoTime);
        w.finish();
    }

    void perYearAndMonth()
    {
        const QList<PeriodCount> years = statistics::perYear(m_db);
        QCOMPARE(years.size(), 2);
        QCOMPARE(years.at(0).period, 2009);
        QCOMPARE(years.at(0).count, 3);
        QCOMPARE(years.at(1).period, 2010);
        QCOMPARE(years.at(1).count, 4);

        const QList<PeriodCount> months = statistics::perMonth(m_db);
        QCOMPARE(months.size(), 4);
        QCOMPARE(months.at(0).period, 200906);
        QCOMPARE(months.at(0).count, 2);
        QCOMPARE(months.at(1).period, 200907);
        QCOMPARE(months.at(1).count, 1);
        QCOMPARE(months.at(2).period, 201001);
        QCOMPARE(months.at(2).count, 3);
        QCOMPARE(months.at(3).period, 201002);
        QCOMPARE(months.at(3).count, 1);

        const QList<PeriodCount> only2010 = statistics::perMonth(m_db, 2010);
        QCOMPARE(only2010.size(), 2);
        QCOMPARE(only2010.at(0).period, 201001);
        QVERIFY(statistics::perMonth(m_db, 2001).isEmpty());
    }

    void busiestDays()
    {
        const QList<DayCount> days = statistics::busiestDays(m_db, 3);
        QCOMPARE(days.size(), 3);
        QCOMPARE(days.at(0).date, QDate(2010, 1, 5));
        QCOMPARE(days.at(0).count, 3);
        QCOMPARE(days.at(1).date, QDate(2009, 6, 30));
        QCOMPARE(days.at(1).count, 2);
        // Ties of one: the earlier day first.
        QCOMPARE(days.at(2).date, QDate(2009, 7, 1));
        QCOMPARE(days.at(2).count, 1);
    }

    void mostActiveFriends()
    {
        const QList<FriendActivity> friends = statistics::mostActiveFriends(m_db, 10);
        // The owner's own replies do not count; 老王 has 3 comments and a 留言, 小红 2 comments.
        QCOMPARE(friends.size(), 2);
        QCOMPARE(friends.at(0).name, QStringLiteral("老王"));
        QCOMPARE(friends.at(0).comments, 3);
        QCOMPARE(friends.at(0).messages, 1);
        QCOMPARE(friends.at(0).total(), 4);
        QCOMPARE(friends.at(1).name, QStringLiteral("小红"));
        QCOMPARE(friends.at(1).total(), 2);
        QCOMPARE(statistics::mostActiveFriends(m_db, 1).size(), 1);
    }

    void totals()
    {
        const LibraryTotals t = statistics::totals(m_db);
        QCOMPARE(t.memories, 8);
        QCOMPARE(t.undated, 1);
        // Photos are picture files (LibraryCounts), as every screen counts them: the fixture's one
        // photo record has no file in the vault.
        QCOMPARE(t.photos, 0);
        QCOMPARE(t.comments, 7);
        QCOMPARE(t.firstYear, 2009);
        QCOMPARE(t.lastYear, 2010);
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
