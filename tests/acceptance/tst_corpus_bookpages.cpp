// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus's years as books (issue 11): no nearly empty page but the last, every month on its
// own page only when asked, and a cover never printed past its own pixels at 300 dpi. Prints the
// page fill of each year with and without --month-per-page.
#include "corpuslibrary.h"
#include "export/bookexporter.h"
#include "export/bookpacking.h"
#include "export/exportselection.h"
#include "library/database.h"
#include "testsupport.h"

#include <QtTest>

using namespace ks;
using namespace ks::test;

class TestCorpusBookPages : public QObject
{
    Q_OBJECT
private slots:
    void yearsHaveNoNearlyEmptyPages()
    {
        const QString corpus = corpusDir();
        if (corpus.isEmpty()) {
            if (inCi())
                QFAIL("the sample corpus (../shared/corpus) is missing");
            QSKIP("sample corpus not available");
        }
        CorpusLibrary lib;
        lib.import(corpus + QStringLiteral("/qzoneexport-html"));
        Database db;
        QString error;
        QVERIFY2(db.open(lib.path(), &error), qPrintable(error));
        int years = 0;
        int sparseBefore = 0;
        int sparseAfter = 0;
        for (const auto &year : memoryYears(db.connection())) {
            if (year.second < 10)
                continue;
            ++years;
            BookOptions o;
            BookExporter::defaultTitles(db, year.first, &o);
            o.monthPerPage = true; // how every book was laid out before
            const BookDocument apart = BookExporter(db, o).prepare(BookExporter::yearSelection(year.first));
            o.monthPerPage = false;
            const BookDocument shared = BookExporter(db, o).prepare(BookExporter::yearSelection(year.first));
            const QList<int> before = bookSparsePages(apart, 0.25);
            const QList<int> after = bookSparsePages(shared, 0.25);
            sparseBefore += int(before.size());
            sparseAfter += int(after.size());
            qInfo("%d: %d memories; month per page %lld pages, %lld under 25%%; shared %lld pages, %lld "
                  "under 25%%",
                  year.first, year.second, qint64(apart.pages.size()), qint64(before.size()),
                  qint64(shared.pages.size()), qint64(after.size()));
            QVERIFY2(
                after.isEmpty(),
                qPrintable(
                    QStringLiteral("%1: page %2 is nearly empty").arg(year.first).arg(after.value(0) + 1)));
            QVERIFY(shared.pages.size() <= apart.pages.size());
            // Month per page: every month chapter opens its page.
            int last = 1;
            for (const BookOutlineEntry &e : apart.outline) {
                if (e.page < 2)
                    continue;
                QVERIFY(e.page > last);
                last = e.page;
            }
            // The cover: cut to fill only with the pixels for it, else placed at native size.
            if (!shared.coverPixels.isEmpty()) {
                bool crop = false;
                coverPhotoRect(bookCoverBox(shared.pageSize), shared.coverPixels, 300, &crop);
                QCOMPARE(shared.coverSoft, !crop);
                for (const PageItem &item : shared.pages.first().items) {
                    if (item.kind == PageItem::Image && !item.crop)
                        QVERIFY(item.rect.width() / kUnitsPerInch * 300 <= shared.coverPixels.width() + 0.5);
                }
            }
        }
        QVERIFY(years > 0);
        qInfo("pages under 25%% filled over %d years: %d with a page per month, %d shared", years,
              sparseBefore, sparseAfter);
    }
};

QTEST_MAIN(TestCorpusBookPages)
#include "tst_corpus_bookpages.moc"
