// SPDX-License-Identifier: GPL-3.0-or-later
// The year in review page: painted off the UI thread, another year from the box, saved as PNG,
// reachable from the statistics page.
#include "../core/tst_export_fixture.h"
#include "detail/detailwindows.h"
#include "detail/yearreviewpage.h"

#include <QComboBox>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ks;

class TestYearReviewPage : public QObject
{
    Q_OBJECT

private:
    test::ExportFixture m_fx;

private slots:
    void initTestCase() { QVERIFY(m_fx.build()); }

    void paintsAndSaves()
    {
        YearReviewPage page(m_fx.db, 2012);
        QSignalSpy ready(&page, &YearReviewPage::ready);
        page.resize(800, 600);
        page.show();
        QVERIFY(ready.wait(20000));
        QCOMPARE(page.review().year, 2012);
        QVERIFY(!page.picture().isNull());
        QVERIFY(!page.pictureLabel()->pixmap().isNull());
        QVERIFY(!page.pictureLabel()->accessibleName().isEmpty());
        QVERIFY(page.pictureLabel()->pixmap().width() <= 800); // fits the window, never wider

        auto *years = page.findChild<QComboBox *>(QStringLiteral("reviewYear"));
        QVERIFY(years && years->findData(2011) >= 0);
        years->setCurrentIndex(years->findData(2011));
        QVERIFY(ready.wait(20000));
        QCOMPARE(page.review().year, 2011);

        QTemporaryDir out;
        const QString png = out.filePath(QStringLiteral("review.png"));
        QString error;
        QVERIFY2(page.savePicture(png, &error), qPrintable(error));
        QCOMPARE(QImageReader(png).size().width(), 1080);
        QVERIFY(!page.savePicture(out.filePath(QStringLiteral("missing/folder/x.png")), &error));
        QVERIFY(!error.isEmpty());
    }

    void statisticsOffersIt()
    {
        StatisticsPage statistics(m_fx.db);
        auto *button = statistics.findChild<QPushButton *>(QStringLiteral("yearReviewButton"));
        QVERIFY(button);
        statistics.selectYear(2012);
        QVERIFY(button->text().contains(QLatin1String("2012")));
    }
};

QTEST_MAIN(TestYearReviewPage)
#include "tst_yearreviewpage.moc"
