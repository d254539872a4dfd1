// SPDX-License-Identifier: GPL-3.0-or-later
// The book as a print shop and a grandmother see it (issue 11): no nearly empty pages (short
// months share a page unless every month is asked to start one), a cover photo never blown up
// past its own pixels at 300 dpi, a PDF whose first page names the selection, and a default
// title in the UI language.
#include "export/bookexporter.h"
#include "export/bookpacking.h"
#include "export/pdfexporter.h"
#include "testsupport.h"
#include "tst_export_fixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace ks;

namespace {

constexpr double kSparse = 0.25;

// A translator standing in for the zh_CN table: the Chinese of book.py's entries.
class BookTableTranslator : public QTranslator
{
public:
    explicit BookTableTranslator(QHash<QString, QString> table) : m_table(std::move(table)) {}
    bool isEmpty() const override { return m_table.isEmpty(); }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return m_table.value(QString::fromUtf8(source));
    }

private:
    QHash<QString, QString> m_table;
};

// "English": "中文" pairs of translations/zh_CN.d/book.py.
QHash<QString, QString> bookTable()
{
    QFile file(test::dataDir() + QStringLiteral("/../../translations/zh_CN.d/book.py"));
    QHash<QString, QString> table;
    if (!file.open(QIODevice::ReadOnly))
        return table;
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression pair(
        QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\""));
    for (auto it = pair.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        table.insert(m.captured(1), m.captured(2));
    }
    return table;
}

QString pageText(const BookPage &page)
{
    QString text;
    for (const PageItem &item : page.items) {
        if (item.layout)
            text += item.layout->text() + QLatin1Char('\n');
    }
    return text;
}

ExportMemory shortPost(qint64 id, int month, int day, const QString &text)
{
    ExportMemory m;
    m.id = id;
    m.kind = QStringLiteral("post");
    m.key = QStringLiteral("post:g%1").arg(id);
    m.hasTime = true;
    m.created = test::exportFixtureTime(QStringLiteral("2015-%1-%2 10:00")
                                            .arg(month, 2, 10, QLatin1Char('0'))
                                            .arg(day, 2, 10, QLatin1Char('0')));
    m.text = text;
    m.author = QStringLiteral("小明");
    return m;
}

ExportMedia picture(qint64 id, const QString &path, QSize size)
{
    ExportMedia e;
    e.mediaId = id;
    e.filePath = path;
    e.role = QStringLiteral("image");
    e.status = QStringLiteral("ok");
    e.mime = QStringLiteral("image/jpeg");
    e.width = size.width();
    e.height = size.height();
    return e;
}

QString describe(const BookDocument &doc)
{
    QStringList fills;
    for (int i = 0; i < doc.pages.size(); ++i)
        fills << QStringLiteral("%1:%2").arg(i).arg(bookPageFill(doc, i), 0, 'f', 2);
    return fills.join(QLatin1Char(' '));
}

} // namespace

class TestBookPacking : public QObject
{
    Q_OBJECT

private:
    test::ExportFixture m_fx;
    QTemporaryDir m_out;

    BookDocument fixtureBook(bool monthPerPage)
    {
        BookOptions o;
        o.title = QStringLiteral("2012");
        o.monthPerPage = monthPerPage;
        o.yearReview = false; // these tests are about the months (tst_book checks the review pages)
        BookExporter exporter(m_fx.db, o);
        return exporter.prepare(BookExporter::yearSelection(2012));
    }

    // A year of short months: one or two short posts each.
    QList<ExportMemory> shortYear() const
    {
        QList<ExportMemory> out;
        qint64 id = 1;
        for (int month = 1; month <= 12; ++month) {
            for (int k = 0; k < 1 + month % 2; ++k)
                out << shortPost(id++, month, 3 + k * 10,
                                 QStringLiteral("今天天气不错，和朋友去公园走了走。"));
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.build());
        QVERIFY(m_out.isValid());
    }

    void fillMeasure()
    {
        // The measure itself: how far down the content box the page's items reach (an empty
        // page is 0, a full one 1; a gap between paragraphs is not emptiness).
        BookDocument doc;
        doc.contentBox = QRectF(100, 100, 1000, 1000);
        doc.pages.resize(3);
        PageItem half;
        half.kind = PageItem::Fill;
        half.rect = QRectF(100, 100, 1000, 500);
        doc.pages[1].items << half;
        PageItem overlap = half;
        overlap.rect.translate(0, 250);
        doc.pages[2].items << half << overlap;
        QCOMPARE(bookPageFill(doc, 0), 0.0);
        QCOMPARE(bookPageFill(doc, 1), 0.5);
        QCOMPARE(bookPageFill(doc, 2), 0.75);
        PageItem low = half;
        low.rect = QRectF(100, 900, 1000, 300); // past the content box: clipped
        doc.pages[0].items << low;
        QCOMPARE(bookPageFill(doc, 0), 1.0);
    }

    void shortMonthsSharePages()
    {
        ExportSource source(m_fx.db);
        BookOptions o;
        o.title = QStringLiteral("2015");
        const QList<ExportMemory> year = shortYear();
        const BookDocument shared = layoutBook(year, source, o);
        o.monthPerPage = true;
        const BookDocument apart = layoutBook(year, source, o);
        // One page per month (each filled only to a third) when asked; else a few full pages.
        QVERIFY2(bookSparsePages(apart, 0.35).size() >= 10, qPrintable(describe(apart)));
        QVERIFY2(bookSparsePages(shared, 0.6).isEmpty(), qPrintable(describe(shared)));
        QVERIFY2(bookSparsePages(shared, kSparse).isEmpty(), qPrintable(describe(shared)));
        QVERIFY2(shared.pages.size() <= 2 + 4, qPrintable(describe(shared)));
        QCOMPARE(apart.pages.size(), 2 + 12);
        // Every month is still a chapter with its heading, in the outline and the contents.
        int months = 0;
        for (const BookOutlineEntry &e : shared.outline)
            months += e.page >= 2 ? 1 : 0;
        QCOMPARE(months, 12);
    }

    void fixtureYearHasNoSparsePages()
    {
        const BookDocument shared = fixtureBook(false);
        const BookDocument apart = fixtureBook(true);
        QVERIFY2(bookSparsePages(shared, kSparse).isEmpty(), qPrintable(describe(shared)));
        QVERIFY2(shared.pages.size() < apart.pages.size(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(shared.pages.size()).arg(apart.pages.size())));
    }

    void monthPerPageStartsEveryMonthOnAPage()
    {
        const BookDocument doc = fixtureBook(true);
        int last = 1;
        int chapters = 0;
        for (const BookOutlineEntry &e : doc.outline) {
            if (e.page < 2)
                continue;
            ++chapters;
            QVERIFY2(e.page > last, qPrintable(e.title));
            // The chapter heading is the first thing on its page.
            for (const PageItem &item : doc.pages.at(e.page).items)
                QVERIFY(item.rect.top() >= e.top - 0.5);
            last = e.page;
        }
        QCOMPARE(chapters, 8);
        // And without it, some month begins below the one before it.
        const BookDocument shared = fixtureBook(false);
        bool below = false;
        for (const BookOutlineEntry &e : shared.outline) {
            if (e.page >= 2)
                below = below || e.top > shared.contentBox.top() + shared.contentBox.height() * 0.15;
        }
        QVERIFY(below);
    }

    void coverNeverUpscaled_data()
    {
        QTest::addColumn<QSize>("pixels");
        QTest::addColumn<bool>("soft");
        QTest::newRow("640×480") << QSize(640, 480) << true;
        QTest::newRow("1600×1200") << QSize(1600, 1200) << true;
        QTest::newRow("4000×3400") << QSize(4000, 3400) << false;
    }

    void coverNeverUpscaled()
    {
        QFETCH(QSize, pixels);
        QFETCH(bool, soft);
        const QString path = test::writeFixtureJpeg(
            m_out.filePath(QStringLiteral("cover-%1.jpg").arg(pixels.width())), pixels, 3);
        ExportSource source(m_fx.db);
        for (const bool byHand : {false, true}) {
            QList<ExportMemory> memories = shortYear();
            memories[0].media << picture(900, path, pixels);
            BookOptions o;
            o.title = QStringLiteral("2015");
            if (byHand)
                o.coverImagePath = path;
            const BookDocument doc = layoutBook(memories, source, o);
            QCOMPARE(doc.coverPixels, pixels);
            QCOMPARE(doc.coverSoft, soft);
            QCOMPARE(coverPrintsSoft(pixels, o), soft);
            const PageItem *photo = nullptr;
            for (const PageItem &item : doc.pages.first().items) {
                if (item.kind == PageItem::Image)
                    photo = &item;
            }
            QVERIFY(photo);
            QCOMPARE(photo->imagePath, path);
            const QRectF box = bookCoverBox(doc.pageSize);
            QVERIFY(box.contains(photo->rect));
            if (photo->crop) {
                // Cut to fill: the picture is scaled by the larger ratio, at most native at 300 dpi.
                const double scale =
                    qMax(photo->rect.width() / pixels.width(), photo->rect.height() / pixels.height());
                QVERIFY2(scale <= kUnitsPerInch / 300 * 1.02, qPrintable(QString::number(scale)));
            } else {
                // Placed whole: its printed size in pixels at 300 dpi is no more than its own.
                QVERIFY(photo->rect.width() / kUnitsPerInch * 300 <= pixels.width() + 0.5);
                QVERIFY(photo->rect.height() / kUnitsPerInch * 300 <= pixels.height() + 0.5);
                QVERIFY(photo->rect.width() / kUnitsPerInch * 300 >= pixels.width() - 0.5);
            }
        }
    }

    void coverPrefersASharpPhoto()
    {
        const QString small =
            test::writeFixtureJpeg(m_out.filePath(QStringLiteral("small.jpg")), QSize(640, 480), 5);
        const QString large =
            test::writeFixtureJpeg(m_out.filePath(QStringLiteral("large.jpg")), QSize(3000, 2600), 6);
        QList<ExportMemory> memories = shortYear();
        memories[0].media << picture(1, small, QSize(640, 480));
        memories[0].likeCount = 500; // the most liked, but too small for the cover
        memories[3].media << picture(2, large, QSize(3000, 2600));
        ExportSource source(m_fx.db);
        BookOptions o;
        o.title = QStringLiteral("2015");
        BookDocument doc = layoutBook(memories, source, o);
        QCOMPARE(doc.coverPixels, QSize(3000, 2600));
        QVERIFY(!doc.coverSoft);
        // No sharp one at all: the largest.
        memories[3].media.clear();
        const QString mid =
            test::writeFixtureJpeg(m_out.filePath(QStringLiteral("mid.jpg")), QSize(1200, 900), 7);
        memories[5].media << picture(3, mid, QSize(1200, 900));
        doc = layoutBook(memories, source, o);
        QCOMPARE(doc.coverPixels, QSize(1200, 900));
        QVERIFY(doc.coverSoft);
    }

    void pdfFirstPageNamesTheSelection()
    {
        PdfExporter exporter(m_fx.db, QStringLiteral("老王的回忆"));
        ExportSelection s;
        s.person = QStringLiteral("老王");
        const QString pdf = m_out.filePath(QStringLiteral("first-page.pdf"));
        const ExportResult r = exporter.exportSelection(s, pdf);
        QVERIFY2(r.ok, qPrintable(r.error));
        // The layout model: title, date range and counts, and memories after them on page 1.
        BookExporter book(m_fx.db, pdfDocumentOptions(QStringLiteral("老王的回忆")));
        const BookDocument doc = book.prepare(s);
        QVERIFY(!doc.pages.isEmpty());
        const QString first = pageText(doc.pages.first());
        QVERIFY2(first.contains(QStringLiteral("老王的回忆")), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("%1 memories").arg(doc.memoryCount)), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("2011")) && first.contains(QStringLiteral("2012")),
                 qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("前一年的说说")), qPrintable(first));
        QVERIFY2(bookPageFill(doc, 0) > kSparse, qPrintable(describe(doc)));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            if (test::inCi())
                QFAIL("pdftotext (poppler-utils) is needed");
            return;
        }
        const QString text = QString::fromUtf8(test::poppler(
            QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                          QStringLiteral("1"), pdf, QStringLiteral("-")}));
        QVERIFY2(text.contains(QStringLiteral("老王的回忆")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1 memories").arg(r.memories)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("前一年的说说")), qPrintable(text));
    }

    void defaultTitleFollowsTheLanguage()
    {
        BookOptions en;
        BookExporter::defaultTitles(m_fx.db, 2012, &en);
        QCOMPARE(en.title, QStringLiteral("Our memories of 2012"));
        QVERIFY2(en.subtitle.endsWith(QStringLiteral("QQ Space")), qPrintable(en.subtitle));

        const QHash<QString, QString> table = bookTable();
        QVERIFY(!table.isEmpty());
        BookTableTranslator zh(table);
        QVERIFY(QCoreApplication::installTranslator(&zh));
        BookOptions cn;
        BookExporter::defaultTitles(m_fx.db, 2012, &cn);
        QCoreApplication::removeTranslator(&zh);
        QCOMPARE(cn.title, QStringLiteral("2012年的回忆"));
        QVERIFY2(cn.subtitle.endsWith(QStringLiteral("的QQ空间")), qPrintable(cn.subtitle));
        // A title given by the person is kept in any language.
        BookOptions given;
        given.title = QStringLiteral("我们家");
        BookExporter::defaultTitles(m_fx.db, 2012, &given);
        QCOMPARE(given.title, QStringLiteral("我们家"));
    }
};

QTEST_MAIN(TestBookPacking)
#include "tst_bookpacking.moc"
