// SPDX-License-Identifier: GPL-3.0-or-later
// Exports speak the language they are made in: the offline site and the memory book say
// "Contents", "June 2012", "Print all" in English and 目录, 2012年6月, 打印全部 in Chinese,
// with the person's own words unchanged in both.
#include "export/bookexporter.h"
#include "export/htmlexporter.h"
#include "testsupport.h"
#include "tst_export_fixture.h"
#include "util/language.h"

#include <QRegularExpression>
#include <QTest>
#include <QTextLayout>

using namespace ks;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Everything the book prints as text, outline titles and running headers included.
QString bookText(const BookDocument &doc)
{
    QStringList parts;
    for (const BookOutlineEntry &o : doc.outline)
        parts << o.title;
    for (const BookPage &page : doc.pages) {
        parts << page.header;
        for (const PageItem &item : page.items) {
            if (item.layout)
                parts << item.layout->text();
            parts << item.placeholder;
        }
    }
    return parts.join(QLatin1Char('\n'));
}

// The site's own words, with the memories' text (which is Chinese) taken out.
QString chromeOf(QString html)
{
    static const QRegularExpression memoryText(
        QStringLiteral("<(a class=\"excerpt\"|div class=\"body\"|span class=\"who\"|h1|title|p "
                       "class=\"meta\")[^>]*>.*?</"),
        QRegularExpression::DotMatchesEverythingOption);
    html.remove(memoryText);
    return html;
}

} // namespace

class TestExportLanguage : public QObject
{
    Q_OBJECT

private:
    test::ExportFixture m_fx;

    QString siteIndex(const QString &language, QTemporaryDir &out)
    {
        installLanguage(language);
        HtmlExportOptions options;
        options.outputDir = out.path();
        HtmlExporter exporter(m_fx.db, options);
        const ExportResult r = exporter.exportSelection(ExportSelection());
        return r.ok ? readFile(out.filePath(QStringLiteral("index.html"))) : r.error;
    }

    BookDocument book(const QString &language)
    {
        installLanguage(language);
        BookOptions o;
        BookExporter::defaultTitles(m_fx.db, 2012, &o);
        BookExporter exporter(m_fx.db, o);
        return exporter.prepare(BookExporter::yearSelection(2012));
    }

private slots:
    void initTestCase() { QVERIFY(m_fx.build()); }
    void cleanupTestCase() { installLanguage(QString()); }

    void siteInEnglish()
    {
        QTemporaryDir out;
        const QString index = siteIndex(QStringLiteral("en"), out);
        QVERIFY(index.contains(QLatin1String("<html lang=\"en\">")));
        QVERIFY(index.contains(QLatin1String("Print all")));
        QVERIFY(index.contains(QStringLiteral("Search the exported text…")));
        QVERIFY(
            index.contains(QRegularExpression(QStringLiteral("\\d+ memories · \\d+ photos · exported on"))));
        QVERIFY(index.contains(QLatin1String("June")));
        const QString chrome = chromeOf(index);
        const QRegularExpressionMatch han = QRegularExpression(QStringLiteral("\\p{Han}+")).match(chrome);
        QVERIFY2(!han.hasMatch(), qPrintable(QStringLiteral("Chinese chrome in the English site: ") +
                                             chrome.mid(qMax<qsizetype>(0, han.capturedStart() - 80), 160)));
        const QString script = readFile(out.filePath(QStringLiteral("assets/search.js")));
        QVERIFY(script.startsWith(QLatin1String("var ksFound = \"{n} found\", ksNone = \"Nothing found\";")));
    }

    void siteInChinese()
    {
        QTemporaryDir out;
        const QString index = siteIndex(QStringLiteral("zh_CN"), out);
        QVERIFY(index.contains(QLatin1String("<html lang=\"zh-CN\">")));
        QVERIFY(index.contains(QStringLiteral("打印全部")));
        QVERIFY(index.contains(
            QRegularExpression(QStringLiteral("\\d+ 条回忆 · \\d+ 张照片 · 导出于 \\d{4}年"))));
        QVERIFY(index.contains(QStringLiteral("2012年")));
        QVERIFY(index.contains(QStringLiteral("<h3>6月</h3>")));
        QVERIFY(!index.contains(QLatin1String("Print all")));
        const QString script = readFile(out.filePath(QStringLiteral("assets/search.js")));
        QVERIFY(script.startsWith(QStringLiteral("var ksFound = \"找到 {n} 条\", ksNone = \"没有找到\";")));
    }

    void bookInEnglish()
    {
        const BookDocument doc = book(QStringLiteral("en"));
        QVERIFY(!doc.pages.isEmpty());
        const QString text = bookText(doc);
        QVERIFY2(text.contains(QLatin1String("Our memories of 2012")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QLatin1String("Contents")));
        QVERIFY(text.contains(QLatin1String("June 2012")));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\b\\d+ memor(y|ies)\\b"))));
        QVERIFY(
            text.contains(QRegularExpression(QStringLiteral("(Monday|Tuesday|Wednesday|Thursday|Friday|"
                                                            "Saturday|Sunday), \\w+ \\d+ \\d\\d:\\d\\d"))));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("Uploaded \\d+ photos? to 《"))));
        for (const QString &word :
             {QStringLiteral("目录"), QStringLiteral("封面"), QStringLiteral("条回忆"),
              QStringLiteral("星期"), QStringLiteral("上传了"), QStringLiteral("时间不详")})
            QVERIFY2(!text.contains(word), qPrintable(word));
    }

    void bookInChinese()
    {
        const BookDocument doc = book(QStringLiteral("zh_CN"));
        const QString text = bookText(doc);
        QVERIFY(text.contains(QStringLiteral("2012年的回忆")));
        QVERIFY(text.contains(QStringLiteral("目录")));
        QVERIFY(text.contains(QStringLiteral("2012年6月")));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\d+月\\d+日 星期. \\d\\d:\\d\\d"))));
        QVERIFY(text.contains(QStringLiteral("上传了 ")));
        QVERIFY(!text.contains(QLatin1String("Contents")));
        QVERIFY(!text.contains(QLatin1String("June")));
    }
};

QTEST_MAIN(TestExportLanguage)
#include "tst_exportlanguage.moc"
