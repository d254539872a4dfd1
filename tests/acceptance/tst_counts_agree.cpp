// SPDX-License-Identifier: GPL-3.0-or-later
// "How many memories and photos" has one answer: the status bar (LibraryFacts), statistics, the
// year lists of the export and book dialogs, the HTML index, the photo grid and `keepsake stats`
// all agree on a library merged from two corpus exports.
#include "corpuslibrary.h"
#include "export/exportselection.h"
#include "export/htmlexporter.h"
#include "library/database.h"
#include "library/librarycounts.h"
#include "library/libraryfacts.h"
#include "models/photogridmodel.h"
#include "models/statistics.h"
#include "testsupport.h"
#include "util/language.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace ks;
using namespace ks::test;

class TestCountsAgree : public QObject
{
    Q_OBJECT
private slots:
    void everyScreenCountsTheSame()
    {
        const QString corpus = corpusDir();
        if (corpus.isEmpty()) {
            if (inCi())
                QFAIL("the sample corpus (../shared/corpus) is missing");
            QSKIP("sample corpus not available");
        }
        CorpusLibrary lib;
        lib.import(corpus + QStringLiteral("/qzoneexport-html"));
        lib.import(corpus + QStringLiteral("/photo-folder"));

        Database db;
        QString error;
        QVERIFY2(db.open(lib.path(), &error), qPrintable(error));
        const LibraryCounts::Counts whole = LibraryCounts::whole(db.connection());
        QVERIFY(whole.memories > 20);
        QVERIFY(whole.photos > 5);

        // The definition itself, against the open dump: albums are containers, photos are the
        // distinct stored pictures (by content), video posters and placeholders are not photos.
        const qint64 albums =
            lib.scalar(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'album'")).toLongLong();
        const qint64 all = lib.scalar(QStringLiteral("SELECT COUNT(*) FROM memories")).toLongLong();
        QVERIFY(albums > 0); // the sample has albums: the case that differed before
        QCOMPARE(whole.memories, all - albums);

        QCOMPARE(LibraryFacts::memoryCount(db).value_or(-1), whole.memories); // the status bar
        const LibraryTotals totals = statistics::totals(db);                  // the statistics page
        QCOMPARE(qint64(totals.memories), whole.memories);
        QCOMPARE(qint64(totals.photos), whole.photos);
        PhotoGridModel grid(db); // View → Photo Grid shows each photo once
        grid.reload();
        QCOMPARE(qint64(grid.photoCount()), whole.photos);

        // The export and book dialogs list years with counts; with the undated ones they add up.
        qint64 byYear = 0;
        for (const auto &year : memoryYears(db.connection()))
            byYear += year.second;
        QCOMPARE(byYear + totals.undated, whole.memories);

        // The HTML index says the same two numbers, and so does the export's own result.
        QTemporaryDir out;
        HtmlExportOptions options;
        options.outputDir = out.path();
        installLanguage(QStringLiteral("zh_CN")); // the index's words are matched in Chinese below
        HtmlExporter exporter(db, options);
        const ExportResult result = exporter.exportSelection(ExportSelection());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(qint64(result.memories), whole.memories);
        QFile index(out.filePath(QStringLiteral("index.html")));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(index.readAll());
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("(\\d+) 条回忆 · (\\d+) 张照片")).match(html);
        QVERIFY2(m.hasMatch(), "the index names no counts");
        QCOMPARE(m.captured(1).toLongLong(), whole.memories);
        QCOMPARE(m.captured(2).toLongLong(), whole.photos);

        // One year: what the dialogs list for it is what an export of that year holds.
        const auto years = memoryYears(db.connection());
        QVERIFY(!years.isEmpty());
        ExportSelection oneYear;
        oneYear.year = years.first().first;
        QString selectError;
        const QList<qint64> ids = selectMemories(db.connection(), oneYear, &selectError);
        QCOMPARE(LibraryCounts::of(db.connection(), ids).memories, qint64(years.first().second));

        // `keepsake stats --json` carries the same figures.
        const QJsonObject counts = lib.stats().value(QLatin1String("counts")).toObject();
        QCOMPARE(counts.value(QLatin1String("memories")).toInteger(), whole.memories);
        QCOMPARE(counts.value(QLatin1String("photos")).toInteger(), whole.photos);
    }
};

QTEST_MAIN(TestCountsAgree)
#include "tst_counts_agree.moc"
