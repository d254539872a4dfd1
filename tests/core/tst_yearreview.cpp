// SPDX-License-Identifier: GPL-3.0-or-later
// 年度回顾 on a real library: the figures agree with the app's own counts, the highlights are
// the right memories, the JSON says the same, and the picture is painted tall and phone-wide.
#include "export/exportselection.h"
#include "export/reviewimage.h"
#include "library/librarycounts.h"
#include "models/yearreview.h"
#include "tst_export_fixture.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QTest>

using namespace ks;

class TestYearReview : public QObject
{
    Q_OBJECT

private:
    test::ExportFixture m_fx;

    int scalar(const QString &sql)
    {
        QSqlQuery q(m_fx.db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_fx.build()); }

    void figuresAgreeWithTheLibrary()
    {
        const YearReview r = readYearReview(m_fx.db, 2012, QDate(2020, 6, 7));
        ExportSelection year;
        year.year = 2012;
        const LibraryCounts::Counts counts =
            LibraryCounts::of(m_fx.db.connection(), selectMemories(m_fx.db.connection(), year, nullptr));
        QCOMPARE(r.memories, int(counts.memories));
        QCOMPARE(r.photos, int(counts.photos));
        QCOMPARE(r.posts,
                 scalar(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post' AND "
                                       "strftime('%Y', created + utc_offset, 'unixepoch') = '2012'")));
        int perMonth = 0;
        for (int n : r.perMonth)
            perMonth += n;
        QCOMPARE(perMonth, r.memories);
        QCOMPARE(r.perMonth.at(r.busiestMonth - 1), r.busiestMonthCount);
        for (int n : r.perMonth)
            QVERIFY(n <= r.busiestMonthCount);
        QVERIFY(r.words > 100);
        QVERIFY(r.comments > 0);
    }

    void highlights()
    {
        const YearReview r = readYearReview(m_fx.db, 2012, QDate(2020, 6, 7));
        QVERIFY(r.first.isValid() && r.last.isValid());
        QCOMPARE(r.first.kind, QStringLiteral("post"));
        QVERIFY(r.first.when < r.last.when);
        QVERIFY(r.first.when.startsWith(QLatin1String("2012-")));
        QVERIFY(r.longest.count > 0);
        QVERIFY(r.mostCommented.count > 0);
        // 老王 commented in 2012; the owner's own replies never rank.
        bool laowang = false;
        for (const auto &[name, count] : r.commenters) {
            QVERIFY(name != QLatin1String("小明"));
            laowang =
                laowang || name.contains(QStringLiteral("老王")) || name.contains(QStringLiteral("王哥"));
        }
        QVERIFY2(laowang, "老王 commented in 2012");
        bool e100 = false;
        for (const auto &[id, count] : r.emoticons)
            e100 = e100 || id == QLatin1String("e100");
        QVERIFY(e100);
        QVERIFY(r.busiestDay.isValid() && r.busiestDay.year() == 2012);

        const QJsonObject json = yearReviewJson(r);
        QCOMPARE(json.value(QStringLiteral("memories")).toInt(), r.memories);
        QCOMPARE(json.value(QStringLiteral("first_post")).toObject().value(QStringLiteral("key")).toString(),
                 r.first.key);
        QCOMPARE(json.value(QStringLiteral("per_month")).toArray().size(), 12);
    }

    void anEmptyYear()
    {
        const YearReview r = readYearReview(m_fx.db, 1999);
        QVERIFY(r.isEmpty());
        QVERIFY(!r.first.isValid());
        const QImage picture = renderYearReview(r, ReviewImageOptions());
        QCOMPARE(picture.width(), 1080);
        QVERIFY(picture.height() > 600);
    }

    void thePicture()
    {
        const YearReview r = readYearReview(m_fx.db, 2012);
        ReviewImageOptions options;
        options.title = QStringLiteral("小明的QQ空间");
        const QImage picture = renderYearReview(r, options);
        QCOMPARE(picture.width(), 1080);
        QVERIFY2(picture.height() > 2000 && picture.height() < 6000,
                 qPrintable(QString::number(picture.height())));
        // Not one flat colour: the band, the cards and their words are painted.
        QSet<QRgb> colours;
        for (int y = 0; y < picture.height(); y += 37)
            for (int x = 0; x < picture.width(); x += 41)
                colours.insert(picture.pixel(x, y));
        QVERIFY(colours.size() > 20);
    }
};

QTEST_MAIN(TestYearReview)
#include "tst_yearreview.moc"
