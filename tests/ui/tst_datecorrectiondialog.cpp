// SPDX-License-Identifier: GPL-3.0-or-later
// Edit → Correct the Date…: the dialog changes the date off the UI thread, the wall and the
// post page follow, the page names the original date, and undo puts it back.
#include "../core/tst_export_fixture.h"
#include "dates/datecorrectiondialog.h"
#include "detail/memorydetailview.h"
#include "models/wallindex.h"
#include "models/wallmodel.h"

#include <QDateTimeEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimeZone>

using namespace ks;

class TestDateCorrectionDialog : public QObject
{
    Q_OBJECT

private:
    test::ExportFixture m_fx;

    qint64 idOf(const QString &key)
    {
        QStringList unknown;
        const QList<qint64> ids = DateCorrection(m_fx.db).memoriesWithKeys({key}, &unknown);
        return ids.value(0);
    }

    QString createdOf(qint64 id)
    {
        const auto date = DateCorrection(m_fx.db).dateOf(id);
        return date && date->created
                   ? QDateTime::fromSecsSinceEpoch(*date->created, QTimeZone(date->utcOffsetSeconds))
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                   : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.build());
        QVERIFY(rebuildWallIndex(m_fx.db.connection()));
    }

    void shiftsAndTheWallFollows()
    {
        const qint64 id = idOf(QStringLiteral("post:2011"));
        QVERIFY(id > 0);
        WallModel wall(m_fx.db);
        WallFilter everything;
        wall.setFilter(everything);
        QSignalSpy resets(&wall, &QAbstractItemModel::modelReset);

        DateCorrectionDialog dialog(m_fx.db, {id});
        QCOMPARE(dialog.dateEdit()->dateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 QStringLiteral("2011-05-05 08:00")); // the memory's own wall-clock time
        dialog.shiftChoice()->setChecked(true);
        QVERIFY(!dialog.dateEdit()->isEnabled());
        dialog.shiftYears()->setValue(1);
        dialog.shiftHours()->setValue(-2);
        dialog.show();
        dialog.accept();
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result().changed, 1);
        QCOMPARE(createdOf(id), QStringLiteral("2012-05-05 06:00"));
        QTRY_VERIFY(resets.count() > 0); // the wall reread the library by itself

        MemoryDetailView page(m_fx.db, id);
        QVERIFY2(page.contentHtml().contains(QLatin1String("(corrected; originally")),
                 qPrintable(page.contentHtml()));
        QVERIFY(
            DateCorrectionDialog::describe(dialog.result()).contains(QLatin1String("Changed the date of")));

        QVERIFY(DateCorrection(m_fx.db).undoLast().ok);
        QCOMPARE(createdOf(id), QStringLiteral("2011-05-05 08:00"));
        MemoryDetailView again(m_fx.db, id);
        QVERIFY(!again.contentHtml().contains(QLatin1String("corrected")));
    }

    void setsADateAndACameraDateFailureStaysOpen()
    {
        const qint64 id = idOf(QStringLiteral("post:2011"));
        DateCorrectionDialog dialog(m_fx.db, {id});
        dialog.setChoice()->setChecked(true);
        dialog.dateEdit()->setDateTime(QDateTime(QDate(2010, 10, 10), QTime(10, 10)));
        dialog.show();
        dialog.accept();
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(createdOf(id), QStringLiteral("2010-10-10 10:10"));
        QVERIFY(DateCorrection(m_fx.db).undoLast().ok);

        // A post without photos has no camera date: the dialog says so and stays open.
        DateCorrectionDialog camera(m_fx.db, {id});
        camera.cameraChoice()->setChecked(true);
        camera.show();
        camera.accept();
        QTRY_VERIFY(camera.result().noCameraDate == 1);
        QTRY_VERIFY(camera.isEnabled());
        QVERIFY(camera.isVisible());
        QCOMPARE(createdOf(id), QStringLiteral("2011-05-05 08:00"));
    }
};

QTEST_MAIN(TestDateCorrectionDialog)
#include "tst_datecorrectiondialog.moc"
