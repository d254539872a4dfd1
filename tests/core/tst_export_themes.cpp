// SPDX-License-Identifier: GPL-3.0-or-later
// 装扮 outside the window: the HTML site carries the chosen theme's CSS, and the memory book
// paints each of its styles (the PDFs differ where the styles differ).
#include "export/bookexporter.h"
#include "export/htmlexporter.h"
#include "export/themes.h"
#include "testsupport.h"
#include "tst_export_fixture.h"

#include <QGuiApplication>
#include <QSet>
#include <QTest>

using namespace ks;

namespace {

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool haveTool(const char *tool)
{
    return !QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty();
}

} // namespace

class TestExportThemes : public QObject
{
    Q_OBJECT

private:
    test::ExportFixture m_fx;
    QTemporaryDir m_out;

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.build());
        QVERIFY(m_out.isValid());
    }

    void siteWearsTheChosenTheme_data()
    {
        QTest::addColumn<QString>("theme");
        for (const QString &id : themeIds())
            QTest::newRow(qPrintable(id)) << id;
    }
    void siteWearsTheChosenTheme()
    {
        QFETCH(QString, theme);
        const QString dir = m_out.filePath(QStringLiteral("site-") + theme);
        HtmlExportOptions options;
        options.outputDir = dir;
        options.theme = theme;
        HtmlExporter exporter(m_fx.db, options);
        const ExportResult r = exporter.exportSelection(ExportSelection());
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString css = readAll(dir + QStringLiteral("/assets/style.css"));
        const Theme &t = themeById(theme);
        QVERIFY(css.startsWith(themeCss(t)));
        QVERIFY(css.contains(QStringLiteral("--paper: %1;").arg(t.window.name())));
        QVERIFY(css.contains(QStringLiteral("--card: %1;").arg(t.surface.name())));
        QVERIFY(css.contains(QStringLiteral("--ink: %1;").arg(t.text.name())));
        // The rest of the sheet uses the variables, not colours of its own, for the page and cards.
        QVERIFY(css.contains(QLatin1String("background: var(--paper)")));
        QVERIFY(css.contains(QLatin1String("article.memory { background: var(--card)")));
        // No other theme's page colour leaks in.
        for (const Theme &other : allThemes()) {
            if (other.window != t.window)
                QVERIFY2(!css.contains(QStringLiteral("--paper: %1;").arg(other.window.name())),
                         qPrintable(other.id));
        }
    }

    void unknownThemeIsTheDefault()
    {
        const QString dir = m_out.filePath(QStringLiteral("site-unknown"));
        HtmlExportOptions options;
        options.outputDir = dir;
        options.theme = QStringLiteral("no-such-theme");
        HtmlExporter exporter(m_fx.db, options);
        QVERIFY(exporter.exportSelection(ExportSelection()).ok);
        QVERIFY(readAll(dir + QStringLiteral("/assets/style.css"))
                    .startsWith(themeCss(themeById(defaultThemeId()))));
    }

    void everyBookStyleRenders()
    {
        const bool render = haveTool("pdftoppm");
        if (!render && test::inCi())
            QFAIL("poppler-utils is needed (packaging/debian/build-deps.txt)");
        QHash<QString, QImage> pages;
        for (const QString &style : bookStyleIds()) {
            BookOptions o;
            o.style = style;
            BookExporter::defaultTitles(m_fx.db, 2012, &o);
            BookExporter exporter(m_fx.db, o);
            const BookDocument doc = exporter.prepare(BookExporter::yearSelection(2012));
            QVERIFY(doc.pages.size() >= 4);
            const QString pdf = m_out.filePath(QStringLiteral("book-%1.pdf").arg(style));
            const ExportResult r = exporter.writePdf(doc, pdf);
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.pages, int(doc.pages.size()));
            QVERIFY(QFileInfo(pdf).size() > 10000);
            if (!render)
                continue;
            // The first chapter page (after cover and contents), small.
            const QString png = m_out.filePath(QStringLiteral("book-%1").arg(style));
            int code = -1;
            test::poppler(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-f"), QStringLiteral("3"), QStringLiteral("-l"),
                           QStringLiteral("3"), QStringLiteral("-r"), QStringLiteral("40"),
                           QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, png},
                          &code);
            QCOMPARE(code, 0);
            const QImage image(png + QStringLiteral(".png"));
            QVERIFY(!image.isNull());
            pages.insert(style, image);
        }
        if (!render)
            QSKIP("pdftoppm not installed: the pages were written but not looked at");
        // Each style paints its page differently.
        QSet<QByteArray> distinct;
        for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
            const QImage img = it.value().convertToFormat(QImage::Format_RGB32);
            distinct.insert(
                QByteArray(reinterpret_cast<const char *>(img.constBits()), int(img.sizeInBytes())));
        }
        QCOMPARE(distinct.size(), int(pages.size()));
        // The classic style's sky band across the page top; warm paper leaves the top white.
        const QImage classic = pages.value(QStringLiteral("classic")).convertToFormat(QImage::Format_RGB32);
        const QImage paper = pages.value(QStringLiteral("paper")).convertToFormat(QImage::Format_RGB32);
        const QColor band = bookStyleById(QStringLiteral("classic")).band;
        const QColor top(classic.pixel(classic.width() / 2, 2));
        QVERIFY2(qAbs(top.red() - band.red()) < 8 && qAbs(top.green() - band.green()) < 8 &&
                     qAbs(top.blue() - band.blue()) < 8,
                 qPrintable(top.name()));
        QCOMPARE(QColor(paper.pixel(paper.width() / 2, 2)), QColor(Qt::white));
    }
};

QTEST_MAIN(TestExportThemes)
#include "tst_export_themes.moc"
