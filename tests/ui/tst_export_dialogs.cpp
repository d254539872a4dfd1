// SPDX-License-Identifier: GPL-3.0-or-later
// The export and memory-book dialogs: their choices become the right options, the book paints
// on a QPrinter (the preview's and printing's path), exports run off the UI thread.
#include "../core/tst_export_fixture.h"
#include "export/archiveexporter.h"
#include "export/bookdialog.h"
#include "export/bookpacking.h"
#include "export/exportdialog.h"
#include "export/pdffinish.h"
#include "export/privacybox.h"
#include "testsupport.h"
#include "util/bagit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QTest>

using namespace ks;

class TestExportDialogs : public QObject
{
    Q_OBJECT

private:
    test::ExportFixture m_fx;
    QTemporaryDir m_out;

private slots:
    void initTestCase() { QVERIFY(m_fx.build()); }

    void bookDialogOptions()
    {
        BookDialog dialog(m_fx.db);
        auto *year = dialog.findChildren<QComboBox *>().at(0);
        QCOMPARE(year->count(), 2); // 2012 and 2011, newest first
        QCOMPARE(year->currentData().toInt(), 2012);
        dialog.setYear(2012);
        auto *paper = dialog.findChildren<QComboBox *>().at(2);
        paper->setCurrentIndex(paper->findData(int(BookPaper::K16)));
        dialog.findChildren<QDoubleSpinBox *>().at(1)->setValue(3);
        const BookOptions o = dialog.options();
        QCOMPARE(o.paper, BookPaper::K16);
        QCOMPARE(o.bleedMm, 3.0);
        QCOMPARE(o.title, QStringLiteral("Our memories of 2012")); // English UI (no translator)
        QCOMPARE(o.subtitle, QStringLiteral("小明's QQ Space"));
        QVERIFY(o.coverMediaId != 0); // a photo of the year is offered and picked
        QVERIFY(dialog.findChild<QListWidget *>()->count() > 5);
        QCOMPARE(dialog.selection().year, 2012);
        QVERIFY(dialog.selection().excludeKinds.contains(QStringLiteral("visit")));
    }

    void personBookTitleFollowsPrivacy()
    {
        BookDialog dialog(m_fx.db);
        dialog.setPerson(QStringLiteral("20002"), QStringLiteral("老王"));
        auto *privacy = dialog.findChild<PrivacyBox *>();
        QVERIFY(privacy);
        QVERIFY2(dialog.options().title.contains(QStringLiteral("老王")), qPrintable(dialog.options().title));
        privacy->setChecked(true); // shared: the title names nobody
        QCOMPARE(dialog.options().title, QStringLiteral("Our story"));
        QVERIFY(dialog.selection().privacy.enabled);
        privacy->keepFriends()->setChecked(true);
        QVERIFY(dialog.options().title.contains(QStringLiteral("老王")));
        privacy->keepFriends()->setChecked(false);
        QCOMPARE(dialog.options().title, QStringLiteral("Our story"));
        // A title the person typed is theirs: the privacy box does not change it.
        QLineEdit *title = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            title = edit->text() == QLatin1String("Our story") ? edit : title;
        QVERIFY(title);
        title->setText(QStringLiteral("给妈妈"));
        privacy->setChecked(false);
        QCOMPARE(dialog.options().title, QStringLiteral("给妈妈"));
    }

    void bookDialogMonthsAndSoftCover()
    {
        BookDialog dialog(m_fx.db);
        auto *months = dialog.findChild<QCheckBox *>(QStringLiteral("monthPerPage"));
        QVERIFY(months);
        QVERIFY(!dialog.options().monthPerPage); // short months share a page by default
        months->setChecked(true);
        QVERIFY(dialog.options().monthPerPage);
        // The fixture's photos are 640×480 (and one 3000×2000): too few pixels for an A4 cover.
        auto *covers = dialog.findChild<QListWidget *>();
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("coverNote"));
        QVERIFY(note);
        int small = -1;
        for (int i = 0; i < covers->count(); ++i) {
            if (covers->item(i)->data(Qt::UserRole + 1).toSize() == QSize(640, 480))
                small = i;
        }
        QVERIFY(small >= 0);
        covers->setCurrentRow(small);
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(QStringLiteral("640×480")), qPrintable(note->text()));
    }

    void bookPaintsOnAPrinter()
    {
        BookDialog dialog(m_fx.db);
        auto *paper = dialog.findChildren<QComboBox *>().at(2);
        paper->setCurrentIndex(paper->findData(int(BookPaper::A5)));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = m_out.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(pdf);
        const ExportResult r = dialog.paintOn(&printer);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.pages > 5);
        QVERIFY(r.photos > 20);
        QCOMPARE(printer.pageLayout().pageSize().size(QPageSize::Millimeter).toSize(), QSize(148, 210));
        QVERIFY(QFileInfo(pdf).size() > 10000);
    }

    void bookSavesThroughTheWorker()
    {
        BookDialog dialog(m_fx.db);
        const QString pdf = m_out.filePath(QStringLiteral("saved.pdf"));
        const ExportResult r = dialog.savePdf(pdf);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(readPdfOutline(pdf).size() >= 10);
    }

    void exportDialogRunsHtmlAndPdf()
    {
        ExportSelection current;
        current.query = QStringLiteral("毕业");
        ExportDialog dialog(m_fx.db, current);
        // The wall's current search is offered and chosen.
        QCOMPARE(dialog.selection().query, QStringLiteral("毕业"));
        const QString site = m_out.filePath(QStringLiteral("site"));
        dialog.setOutputPath(site);
        ExportResult r = dialog.exportNow();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.memories, 13);
        QVERIFY(QFileInfo::exists(site + QStringLiteral("/index.html")));

        dialog.setFormat(ExportDialog::Pdf);
        auto *scope = dialog.findChildren<QComboBox *>().at(0);
        scope->setCurrentIndex(1); // one year
        auto *year = dialog.findChildren<QComboBox *>().at(1);
        year->setCurrentIndex(year->findData(2011));
        QCOMPARE(dialog.selection().year, 2011);
        const QString pdf = m_out.filePath(QStringLiteral("2011.pdf"));
        dialog.setOutputPath(pdf);
        r = dialog.exportNow();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.memories, 1);
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }

    void exportDialogWritesAnArchive()
    {
        ExportSelection current;
        current.year = 2011;
        ExportDialog dialog(m_fx.db, current);
        dialog.setFormat(ExportDialog::Archive);
        QCOMPARE(dialog.format(), ExportDialog::Archive);
        // An archive is the owner's whole record: no privacy mode, no separate originals.
        QVERIFY(!dialog.findChild<PrivacyBox *>()->isEnabled());
        QCOMPARE(dialog.selection().year, 2011); // the wall's year is chosen
        dialog.setScopeEverything();
        QVERIFY(dialog.selection().isEverything());
        const QString bag = m_out.filePath(QStringLiteral("archive"));
        dialog.setOutputPath(bag);
        const ExportResult r = dialog.exportNow();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.memories >= 38);
        QVERIFY(isKeepsakeArchive(bag));
        QVERIFY(bagit::verify(bag).valid());
        dialog.setFormat(ExportDialog::Html);
        QVERIFY(dialog.findChild<PrivacyBox *>()->isEnabled());
    }
};

QTEST_MAIN(TestExportDialogs)
#include "tst_export_dialogs.moc"
