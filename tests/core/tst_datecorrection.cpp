// SPDX-License-Identifier: GPL-3.0-or-later
// Dates put right: what a person types is read exactly, set/shift/camera change the date the
// whole library uses, the original is kept, undo puts it back, and an import never writes
// over a correction.
#include "library/memorydump.h"
#include "models/wallindex.h"
#include "service/datecorrection.h"
#include "tst_export_fixture.h"

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace ks;

namespace {

constexpr int kChina = 8 * 3600;

qint64 at(const QString &local, int offset = kChina)
{
    return QDateTime(QDate::fromString(local.left(10), Qt::ISODate),
                     QTime::fromString(local.mid(11), QStringLiteral("HH:mm")), QTimeZone(offset))
        .toSecsSinceEpoch();
}

} // namespace

class TestDateCorrection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_library;
    QTemporaryDir m_source;
    Database m_db;

    MemoryRecord post(const QString &key, const QString &local, const QString &text) const
    {
        MemoryRecord r;
        r.kind = MemoryKind::Post;
        r.key = key;
        r.created = at(local);
        r.text = text;
        r.author = PersonRef{QStringLiteral("10001"), QStringLiteral("小明")};
        r.sourceRecord = (key + local + text).toUtf8();
        r.sourceFile = m_source.filePath(QStringLiteral("Messages/messages.json"));
        return r;
    }

    bool import(const QList<MemoryRecord> &records)
    {
        LibraryWriter w(m_db, m_source.path(), &searchIndexer());
        if (!w.begin() || !w.setAccount(QStringLiteral("10001"), QStringLiteral("小明")))
            return false;
        for (const MemoryRecord &r : records)
            w.upsertMemory(r);
        return !w.finish().failed;
    }

    qint64 id(const QString &key)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id FROM memories WHERE key = ?"));
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    std::optional<qint64> created(const QString &key)
    {
        DateCorrection dates(m_db);
        const auto date = dates.dateOf(id(key));
        return date ? date->created : std::nullopt;
    }

    int wallMonthOf(const QString &key)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("SELECT w.local_month FROM wall_items w JOIN memories m ON m.id = w.memory_id "
                           "WHERE m.key = ?"));
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_library.path()));
        QVERIFY(import(
            {post(QStringLiteral("post:a"), QStringLiteral("2012-06-07 21:15"), QStringLiteral("毕业了")),
             post(QStringLiteral("post:b"), QStringLiteral("2005-01-31 09:00"),
                  QStringLiteral("相机时间错了")),
             post(QStringLiteral("post:c"), QStringLiteral("2013-03-01 12:00"), QStringLiteral("第三条"))}));
        QVERIFY(rebuildWallIndex(m_db.connection()));
    }

    void readsShifts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("years");
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("days");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("+1 year") << "+1 year" << 1 << 0 << 0 << qint64(0);
        QTest::newRow("+8h") << "+8h" << 0 << 0 << 0 << qint64(8 * 3600);
        QTest::newRow("-1y 2mo (sign carries)") << "-1y 2mo" << -1 << -2 << 0 << qint64(0);
        QTest::newRow("+1y2mo-3d") << "+1y2mo-3d" << 1 << 2 << -3 << qint64(0);
        QTest::newRow("2 weeks") << "2 weeks" << 0 << 0 << 14 << qint64(0);
        QTest::newRow("+3天") << QStringLiteral("+3天") << 0 << 0 << 3 << qint64(0);
        QTest::newRow("-30 分钟") << QStringLiteral("-30 分钟") << 0 << 0 << 0 << qint64(-1800);
        QTest::newRow("+1年2个月") << QStringLiteral("+1年2个月") << 1 << 2 << 0 << qint64(0);
        QTest::newRow("90s") << "90s" << 0 << 0 << 0 << qint64(90);
    }

    void readsShifts()
    {
        QFETCH(QString, text);
        QFETCH(int, years);
        QFETCH(int, months);
        QFETCH(int, days);
        QFETCH(qint64, seconds);
        const std::optional<DateShift> shift = parseDateShift(text);
        QVERIFY(shift);
        QCOMPARE(shift->years, years);
        QCOMPARE(shift->months, months);
        QCOMPARE(shift->days, days);
        QCOMPARE(shift->seconds, seconds);
    }

    void refusesWhatIsNotAShift()
    {
        for (const char *text : {"", "+1", "one year", "+1 fortnight", "+0h", "+5000y", "1y+"})
            QVERIFY2(!parseDateShift(QString::fromUtf8(text)), text);
    }

    void readsDates()
    {
        auto d = parseDateSetting(QStringLiteral("2012-06-07"));
        QVERIFY(d);
        QCOMPARE(d->date, QDate(2012, 6, 7));
        QVERIFY(!d->time && !d->utcOffsetSeconds);
        d = parseDateSetting(QStringLiteral("2012-06-07 21:15"));
        QVERIFY(d && d->time);
        QCOMPARE(*d->time, QTime(21, 15));
        d = parseDateSetting(QStringLiteral("2012-06-07T21:15:30+08:00"));
        QVERIFY(d && d->time && d->utcOffsetSeconds);
        QCOMPARE(*d->time, QTime(21, 15, 30));
        QCOMPARE(*d->utcOffsetSeconds, kChina);
        d = parseDateSetting(QStringLiteral("2012年6月7日 8:05"));
        QVERIFY(d && d->time);
        QCOMPARE(d->date, QDate(2012, 6, 7));
        QCOMPARE(*d->time, QTime(8, 5));
        d = parseDateSetting(QStringLiteral("2012/6/7 08:05Z"));
        QVERIFY(d && d->utcOffsetSeconds);
        QCOMPARE(*d->utcOffsetSeconds, 0);
        for (const char *bad :
             {"2012-02-30", "2012-06-07 25:00", "07/06/2012", "yesterday", "2012-06-07 +15:00"})
            QVERIFY2(!parseDateSetting(QString::fromUtf8(bad)), bad);
    }

    void setShiftUndoAndTheOriginalIsKept()
    {
        DateCorrection dates(m_db);
        const qint64 a = id(QStringLiteral("post:a"));
        const qint64 b = id(QStringLiteral("post:b"));
        QVERIFY(a && b);
        QVERIFY(!dates.original(a));

        // The camera's clock was seven years behind on post:b: shift it.
        DateCorrectionResult r = dates.shift({b}, *parseDateShift(QStringLiteral("+7y")));
        QVERIFY2(r.ok && r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.changed, 1);
        QCOMPARE(created(QStringLiteral("post:b")),
                 std::optional<qint64>(at(QStringLiteral("2012-01-31 09:00"))));
        QCOMPARE(wallMonthOf(QStringLiteral("post:b")), 201201); // the wall follows
        const auto original = dates.original(b);
        QVERIFY(original && original->created);
        QCOMPARE(*original->created, at(QStringLiteral("2005-01-31 09:00")));

        // A date without a time keeps the memory's own time of day; a second change keeps the
        // first original.
        r = dates.set({a, b}, *parseDateSetting(QStringLiteral("2012-07-01")));
        QVERIFY(r.ok);
        QCOMPARE(r.changed, 2);
        QCOMPARE(created(QStringLiteral("post:a")),
                 std::optional<qint64>(at(QStringLiteral("2012-07-01 21:15"))));
        QCOMPARE(created(QStringLiteral("post:b")),
                 std::optional<qint64>(at(QStringLiteral("2012-07-01 09:00"))));
        QCOMPARE(*dates.original(b)->created, at(QStringLiteral("2005-01-31 09:00")));

        // The same date again changes nothing and makes no undo step.
        r = dates.set({a}, *parseDateSetting(QStringLiteral("2012-07-01 21:15")));
        QVERIFY(r.ok);
        QCOMPARE(r.changed, 0);
        QCOMPARE(r.unchanged, 1);

        // list --json says both dates.
        QJsonObject dumped;
        dumpMemories(m_db.connection(), QString(), [&](const QJsonObject &o) {
            if (o.value(QStringLiteral("key")).toString() == QLatin1String("post:b"))
                dumped = o;
        });
        QCOMPARE(dumped.value(QStringLiteral("created")).toString(),
                 QStringLiteral("2012-07-01T09:00:00+08:00"));
        QCOMPARE(dumped.value(QStringLiteral("original_created")).toString(),
                 QStringLiteral("2005-01-31T09:00:00+08:00"));

        // Undo: newest step first.
        QVERIFY(dates.canUndo());
        r = dates.undoLast();
        QVERIFY(r.ok);
        QCOMPARE(r.changed, 2);
        QCOMPARE(created(QStringLiteral("post:a")),
                 std::optional<qint64>(at(QStringLiteral("2012-06-07 21:15"))));
        QVERIFY(!dates.original(a)); // back at the source's date: no longer a correction
        QCOMPARE(created(QStringLiteral("post:b")),
                 std::optional<qint64>(at(QStringLiteral("2012-01-31 09:00"))));
        QVERIFY(dates.original(b));
        r = dates.undoLast();
        QVERIFY(r.ok);
        QCOMPARE(created(QStringLiteral("post:b")),
                 std::optional<qint64>(at(QStringLiteral("2005-01-31 09:00"))));
        QVERIFY(!dates.original(b));
        QCOMPARE(wallMonthOf(QStringLiteral("post:b")), 200501);
        QVERIFY(!dates.canUndo());
        r = dates.undoLast();
        QVERIFY(!r.ok && !r.error.isEmpty());
    }

    void anImportNeverOverwritesACorrection()
    {
        DateCorrection dates(m_db);
        const qint64 c = id(QStringLiteral("post:c"));
        QVERIFY(dates.set({c}, *parseDateSetting(QStringLiteral("2013-04-01 12:00"))).ok);
        // The same backup again, and another backup whose record is the same post a minute later.
        MemoryRecord again =
            post(QStringLiteral("post:c"), QStringLiteral("2013-03-01 12:00"), QStringLiteral("第三条"));
        MemoryRecord other =
            post(QStringLiteral("post:c"), QStringLiteral("2013-03-01 12:01"), QStringLiteral("第三条"));
        other.sourceRecord = "another backup";
        QVERIFY(import({again, other}));
        QCOMPARE(created(QStringLiteral("post:c")),
                 std::optional<qint64>(at(QStringLiteral("2013-04-01 12:00"))));
        QCOMPARE(*dates.original(c)->created, at(QStringLiteral("2013-03-01 12:00")));
        QVERIFY(dates.undoLast().ok);
        QCOMPARE(created(QStringLiteral("post:c")),
                 std::optional<qint64>(at(QStringLiteral("2013-03-01 12:00"))));

        // An id-less export (MarkDown, xlsx) first, corrected; then a backup with real ids, whose
        // record replaces the guessed one and would otherwise bring the source's date back.
        QVERIFY(
            import({post(QString(), QStringLiteral("2014-05-01 10:00"), QStringLiteral("没有编号的说说"))}));
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, key FROM memories WHERE body_text = '没有编号的说说'")) &&
                q.next());
        const qint64 guessed = q.value(0).toLongLong();
        QVERIFY(q.value(1).toString().contains(QLatin1String(":~")));
        QVERIFY(dates.set({guessed}, *parseDateSetting(QStringLiteral("2014-05-02 10:00"))).ok);
        MemoryRecord withIds = post(QStringLiteral("post:d"), QStringLiteral("2014-05-01 10:00"),
                                    QStringLiteral("没有编号的说说"));
        withIds.sourceRecord = "a backup with real ids";
        QVERIFY(import({withIds}));
        QCOMPARE(id(QStringLiteral("post:d")), guessed); // the same memory, now with its real key
        QCOMPARE(created(QStringLiteral("post:d")),
                 std::optional<qint64>(at(QStringLiteral("2014-05-02 10:00"))));
        QVERIFY(dates.undoLast().ok);
        QCOMPARE(created(QStringLiteral("post:d")),
                 std::optional<qint64>(at(QStringLiteral("2014-05-01 10:00"))));
    }

    void cameraDate()
    {
        DateCorrection dates(m_db);
        const qint64 a = id(QStringLiteral("post:a"));
        DateCorrectionResult r = dates.useCameraDate({a});
        QVERIFY(!r.ok); // no photo at all
        QCOMPARE(r.noCameraDate, 1);
        // A photo whose camera wrote 2012-06-05 18:30:10 (wall clock, no zone).
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO media (sha256, mime, status, taken_local) VALUES "
                                      "('%1', 'image/jpeg', 'ok', '2012-06-05T18:30:10')")
                           .arg(QString(64, QLatin1Char('a')))));
        const qint64 media = q.lastInsertId().toLongLong();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO memory_media (memory_id, position, media_id, role) VALUES "
                                      "(%1, 0, %2, 'image')")
                           .arg(a)
                           .arg(media)));
        r = dates.useCameraDate({a});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.changed, 1);
        QCOMPARE(dates.dateOf(a)->created,
                 std::optional<qint64>(
                     QDateTime(QDate(2012, 6, 5), QTime(18, 30, 10), QTimeZone(kChina)).toSecsSinceEpoch()));
        QVERIFY(dates.undoLast().ok);
    }

    void keysAreFound()
    {
        DateCorrection dates(m_db);
        QStringList unknown;
        const QList<qint64> ids =
            dates.memoriesWithKeys({QStringLiteral("post:a"), QStringLiteral("post:nope")}, &unknown);
        QCOMPARE(ids.size(), 1);
        QCOMPARE(unknown, QStringList{QStringLiteral("post:nope")});
    }
};

QTEST_GUILESS_MAIN(TestDateCorrection)
#include "tst_datecorrection.moc"
