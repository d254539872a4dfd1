// SPDX-License-Identifier: GPL-3.0-or-later
// The yearly memory book and the PDF export: page sizes, embedded CJK font, searchable text,
// bookmarks, print boxes, pictures at 300 dpi, and the layout rules (photos never split, no
// heading left alone at the bottom of a page).
#include "export/bookexporter.h"
#include "export/pdfexporter.h"
#include "export/pdffinish.h"
#include "testsupport.h"
#include "tst_export_fixture.h"
#include "util/language.h"

#include <QGuiApplication>
#include <QImageReader>
#include <QRegularExpression>
#include <QTest>

using namespace ks;

namespace {

bool haveTool(const char *tool)
{
    return !QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty();
}

// "Page size:      595 x 842 pts (A4)" → 595 × 842; "Pages: 12" → 12.
QSizeF pdfPageSize(const QString &pdf, int *pages)
{
    const QString info = QString::fromUtf8(test::poppler(QStringLiteral("pdfinfo"), {pdf}));
    const auto size =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
    const auto count = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    if (pages)
        *pages = count.hasMatch() ? count.captured(1).toInt() : -1;
    return size.hasMatch() ? QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble()) : QSizeF();
}

} // namespace

class TestBook : public QObject
{
    Q_OBJECT

private:
    test::ExportFixture m_fx;
    QTemporaryDir m_out;

    BookDocument layout(BookPaper paper, double bleed = 0, bool monthPerPage = false)
    {
        BookOptions o;
        o.monthPerPage = monthPerPage;
        o.paper = paper;
        o.bleedMm = bleed;
        o.title = QStringLiteral("2012年的回忆");
        o.subtitle = QStringLiteral("小明的QQ空间");
        BookExporter exporter(m_fx.db, o);
        return exporter.prepare(BookExporter::yearSelection(2012));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.build());
        installLanguage(QStringLiteral("zh_CN")); // the assertions below read the Chinese book
        if (!haveTool("pdfinfo") || !haveTool("pdffonts") || !haveTool("pdftotext")) {
            if (test::inCi())
                QFAIL("poppler-utils is needed (packaging/debian/build-deps.txt)");
        }
    }

    void layoutRules_data()
    {
        QTest::addColumn<int>("paper");
        QTest::newRow("A4") << int(BookPaper::A4);
        QTest::newRow("A5") << int(BookPaper::A5);
        QTest::newRow("16k") << int(BookPaper::K16);
    }

    void layoutRules()
    {
        QFETCH(int, paper);
        const BookDocument doc = layout(BookPaper(paper), 3, true);
        QVERIFY(doc.pages.size() > 8);
        QCOMPARE(doc.memoryCount, 38);
        // Cover, contents, the year in review, then one chapter per month (Jan–Aug), each opening a
        // page (asked for: by default short months share a page, tst_bookpacking).
        QList<QString> months;
        for (const BookOutlineEntry &o : doc.outline)
            months << o.title;
        QCOMPARE(months,
                 (QList<QString>{QStringLiteral("封面"), QStringLiteral("目录"), QStringLiteral("年度回顾"),
                                 QStringLiteral("2012年1月"), QStringLiteral("2012年2月"),
                                 QStringLiteral("2012年3月"), QStringLiteral("2012年4月"),
                                 QStringLiteral("2012年5月"), QStringLiteral("2012年6月"),
                                 QStringLiteral("2012年7月"), QStringLiteral("2012年8月")}));
        int lastPage = 1;
        // The review: whole pages of its picture, kept on disk as long as the document lives.
        const BookPage &review = doc.pages.at(doc.outline.at(2).page);
        QCOMPARE(review.items.size(), 1);
        QCOMPARE(review.items.first().kind, PageItem::Image);
        QCOMPARE(QImageReader(review.items.first().imagePath).size().width(), 1080);
        for (int i = 2; i < doc.outline.size(); ++i) {
            QVERIFY(doc.outline.at(i).page > lastPage);
            lastPage = doc.outline.at(i).page;
            QVERIFY(
                doc.pages.at(doc.outline.at(i).page).header.isEmpty()); // chapter pages: no running header
        }
        const QRectF content = doc.contentBox.adjusted(-0.5, -0.5, 0.5, 0.5);
        int images = 0;
        for (int p = 2; p < doc.pages.size(); ++p) {
            const BookPage &page = doc.pages.at(p);
            QVERIFY2(!page.items.isEmpty(), qPrintable(QStringLiteral("empty page %1").arg(p)));
            const PageItem *lowest = nullptr;
            for (const PageItem &item : page.items) {
                // Everything inside the content box: a photo is never cut by the page end.
                QVERIFY2(content.contains(item.rect), qPrintable(QStringLiteral("page %1 item %2,%3 %4×%5")
                                                                     .arg(p)
                                                                     .arg(item.rect.x())
                                                                     .arg(item.rect.y())
                                                                     .arg(item.rect.width())
                                                                     .arg(item.rect.height())));
                if (item.kind == PageItem::Image)
                    ++images;
                if (item.kind == PageItem::Text || item.kind == PageItem::Image) {
                    if (!lowest || item.rect.bottom() >= lowest->rect.bottom())
                        lowest = &item;
                }
            }
            // No orphaned heading: the last thing on a page is never a heading.
            QVERIFY(lowest);
            QVERIFY2(!lowest->heading, qPrintable(QStringLiteral("page %1 ends with a heading").arg(p)));
            if (p > 2 && p + 1 < doc.pages.size())
                QVERIFY(page.showNumber);
        }
        // 24 post photos (1+2+3+9+... per month), blog picture and 9 album highlights.
        QVERIFY2(images >= 25, qPrintable(QString::number(images)));
        // The long post ran over a page: one paragraph in two text items on two pages.
        QHash<const QTextLayout *, QSet<int>> pagesOfLayout;
        for (int p = 0; p < doc.pages.size(); ++p) {
            for (const PageItem &item : doc.pages.at(p).items) {
                if (item.layout)
                    pagesOfLayout[item.layout.get()].insert(p);
            }
        }
        bool split = false;
        for (const QSet<int> &pages : std::as_const(pagesOfLayout))
            split = split || pages.size() > 1;
        QVERIFY(split);
    }

    void pdfs_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<double>("bleed");
        QTest::addColumn<double>("widthPt");
        QTest::addColumn<double>("heightPt");
        QTest::newRow("A4") << QStringLiteral("A4") << 0.0 << 595.28 << 841.89;
        QTest::newRow("A5") << QStringLiteral("A5") << 0.0 << 419.53 << 595.28;
        QTest::newRow("16k") << QStringLiteral("16k") << 0.0 << 524.41 << 737.01;
        QTest::newRow("A4 with 3 mm bleed") << QStringLiteral("A4") << 3.0 << 612.28 << 858.90;
    }

    void pdfs()
    {
        QFETCH(QString, size);
        QFETCH(double, bleed);
        QFETCH(double, widthPt);
        QFETCH(double, heightPt);
        if (!haveTool("pdfinfo"))
            QSKIP("poppler-utils not installed");
        BookOptions o;
        QVERIFY(bookPaperFromName(size, &o.paper));
        o.bleedMm = bleed;
        BookExporter::defaultTitles(m_fx.db, 2012, &o);
        QCOMPARE(o.title, QStringLiteral("2012年的回忆")); // the Chinese book (initTestCase)
        BookExporter exporter(m_fx.db, o);
        const QString pdf = m_out.filePath(QStringLiteral("book-%1-%2.pdf").arg(size).arg(bleed));
        const BookDocument doc = exporter.prepare(BookExporter::yearSelection(2012));
        const ExportResult r = exporter.writePdf(doc, pdf);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.pages, int(doc.pages.size()));

        int pages = 0;
        const QSizeF page = pdfPageSize(pdf, &pages);
        QCOMPARE(pages, int(doc.pages.size()));
        QVERIFY2(qAbs(page.width() - widthPt) < 1.0 && qAbs(page.height() - heightPt) < 1.0,
                 qPrintable(QStringLiteral("%1 x %2").arg(page.width()).arg(page.height())));
        if (bleed > 0) {
            const QString boxes =
                QString::fromUtf8(test::poppler(QStringLiteral("pdfinfo"), {QStringLiteral("-box"), pdf}));
            const auto trim =
                QRegularExpression(
                    QStringLiteral("TrimBox:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)"))
                    .match(boxes);
            QVERIFY(trim.hasMatch());
            QVERIFY(qAbs(trim.captured(1).toDouble() - bleed * 72 / 25.4) < 0.1);
            QVERIFY(qAbs(trim.captured(3).toDouble() - trim.captured(1).toDouble() - 595.28) < 1.0);
        }

        // Fonts: all embedded, the CJK one among them.
        const QString fonts = QString::fromUtf8(test::poppler(QStringLiteral("pdffonts"), {pdf}));
        const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!rows.isEmpty());
        bool cjk = false;
        for (const QString &row : rows) {
            const QStringList cols = row.simplified().split(QLatin1Char(' '));
            QVERIFY2(cols.size() >= 7 && cols.at(cols.size() - 5) == QLatin1String("yes"), qPrintable(row));
            cjk = cjk || row.contains(QLatin1String("CJK"));
        }
        QVERIFY2(cjk, qPrintable(fonts));

        // Text: selectable and searchable, Chinese as written (黑, 文, 二, 页 share glyphs with radicals).
        const QString text =
            QString::fromUtf8(test::poppler(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
        for (const QString &word :
             {QStringLiteral("2012年的回忆"), QStringLiteral("目录"), QStringLiteral("黑板上的文字"),
              QStringLiteral("第二页"), QStringLiteral("毕业了"), QStringLiteral("我们的高三"),
              QStringLiteral("上传了 12 张照片"), QStringLiteral("好怀念啊")})
            QVERIFY2(text.contains(word), qPrintable(word));
        QVERIFY(text.contains(QStringLiteral("<script>alert('x')</script>"))); // shown literally
        for (QChar c : text)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, "a radical instead of an ideograph");

        // Bookmarks, read back by poppler and by our reader.
        const QList<QPair<QString, int>> outline = readPdfOutline(pdf);
        QCOMPARE(outline.size(), doc.outline.size());
        QCOMPARE(outline.at(1).first, QStringLiteral("目录"));
        QCOMPARE(outline.last().first, QStringLiteral("2012年8月"));
        if (haveTool("pdftohtml")) {
            const QString xml = QString::fromUtf8(test::poppler(
                QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-i"),
                                              QStringLiteral("-stdout"), QStringLiteral("-q"), pdf}));
            QVERIFY(xml.contains(QLatin1String("<outline>")));
            QVERIFY(xml.contains(QStringLiteral(">2012年3月</item>")));
        }
    }

    void picturesAtPrintResolution()
    {
        if (!haveTool("pdfimages"))
            QSKIP("pdfimages not installed");
        BookOptions o = pdfDocumentOptions(QStringLiteral("二月"), BookPaper::A5);
        BookExporter exporter(m_fx.db, o);
        ExportSelection s;
        s.from = QDate(2012, 2, 1);
        s.to = QDate(2012, 2, 29);
        const QString pdf = m_out.filePath(QStringLiteral("february.pdf"));
        const ExportResult r = exporter.exportPdf(s, pdf);
        QVERIFY2(r.ok, qPrintable(r.error));
        // The 3000 × 2000 photo is at most the A5 text width (148 − 2×16 mm) at 300 dpi.
        const double maxWidth = (148 - 2 * 16) / 25.4 * 300 + 2;
        const QStringList rows =
            QString::fromUtf8(test::poppler(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}))
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                .mid(2);
        QVERIFY(!rows.isEmpty());
        int widest = 0;
        for (const QString &row : rows)
            widest = qMax(widest, row.simplified().split(QLatin1Char(' ')).value(3).toInt());
        QVERIFY2(widest > 1000 && widest <= maxWidth, qPrintable(QString::number(widest)));
    }

    void pdfOfAnySelection()
    {
        PdfExporter exporter(m_fx.db, QStringLiteral("老王"));
        ExportSelection s;
        s.person = QStringLiteral("老王");
        const QString pdf = m_out.filePath(QStringLiteral("person.pdf"));
        int calls = 0;
        exporter.setProgressCallback([&](int, int, const QString &) { ++calls; });
        const ExportResult r = exporter.exportSelection(s, pdf);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.memories, 3);
        QVERIFY(calls > 0);
        // Two years: years at the top of the outline, months below.
        const QList<QPair<QString, int>> outline = readPdfOutline(pdf);
        QCOMPARE(outline, (QList<QPair<QString, int>>{{QStringLiteral("2011年"), 0},
                                                      {QStringLiteral("2011年5月"), 1},
                                                      {QStringLiteral("2012年"), 0},
                                                      {QStringLiteral("2012年1月"), 1},
                                                      {QStringLiteral("2012年4月"), 1}}));
        if (haveTool("pdftotext")) {
            const QString text =
                QString::fromUtf8(test::poppler(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
            QVERIFY(text.contains(QStringLiteral("前一年的说说")));
        }
        // Nothing selected: an error, no file.
        s.person = QStringLiteral("没有这个人");
        const QString none = m_out.filePath(QStringLiteral("none.pdf"));
        QVERIFY(!exporter.exportSelection(s, none).ok);
        QVERIFY(!QFileInfo::exists(none));
    }

    void cancelLeavesNoFile()
    {
        BookOptions o;
        o.title = QStringLiteral("x");
        BookExporter exporter(m_fx.db, o);
        std::atomic_bool cancel{false};
        exporter.setCancelFlag(&cancel);
        exporter.setProgressCallback([&](int done, int, const QString &what) {
            if (what == QLatin1String("page") && done >= 2)
                cancel = true;
        });
        const QString pdf = m_out.filePath(QStringLiteral("cancelled.pdf"));
        const ExportResult r = exporter.exportPdf(BookExporter::yearSelection(2012), pdf);
        QVERIFY(r.cancelled);
        QVERIFY(!QFileInfo::exists(pdf));
        QVERIFY(!QFileInfo::exists(pdf + QStringLiteral(".part")));
    }
};

QTEST_MAIN(TestBook)
#include "tst_book.moc"
