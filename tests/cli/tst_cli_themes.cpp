// SPDX-License-Identifier: GPL-3.0-or-later
// 装扮 from the command line: keepsake export html --theme and keepsake book --style (which Qt
// must not take for its own --style option) change what is written; unknown names are refused.
#include "../core/tst_export_fixture.h"
#include "export/themes.h"
#include "testsupport.h"

#include <QTest>

using namespace ks;

class TestCliThemes : public QObject
{
    Q_OBJECT

private:
    test::ExportFixture m_fx;
    QTemporaryDir m_out;

    int run(const QStringList &args, QByteArray *err = nullptr)
    {
        QByteArray out;
        return test::runKeepsake(args + QStringList{QStringLiteral("--library"), m_fx.library.path()}, &out,
                                 err);
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /// The first chapter page of @p pdf, small, or a null image without pdftoppm.
    static QImage chapterPage(const QString &pdf)
    {
        int code = -1;
        test::poppler(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-f"), QStringLiteral("3"), QStringLiteral("-l"), QStringLiteral("3"),
                       QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"),
                       QStringLiteral("-singlefile"), pdf, pdf},
                      &code);
        return code == 0 ? QImage(pdf + QStringLiteral(".png")) : QImage();
    }

private slots:
    void initTestCase() { QVERIFY(m_fx.build()); }

    void htmlTheme()
    {
        const QString dark = m_out.filePath(QStringLiteral("dark"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("html"), dark, QStringLiteral("--theme"),
                      QStringLiteral("dark")}),
                 0);
        const QByteArray css = readFile(dark + QStringLiteral("/assets/style.css"));
        QVERIFY(css.contains(
            QStringLiteral("--paper: %1;").arg(themeById(QStringLiteral("dark")).window.name()).toLatin1()));
        const QString plain = m_out.filePath(QStringLiteral("default"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("html"), plain}), 0);
        QVERIFY(readFile(plain + QStringLiteral("/assets/style.css"))
                    .contains(QStringLiteral("--paper: %1;")
                                  .arg(themeById(defaultThemeId()).window.name())
                                  .toLatin1()));
        QByteArray err;
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("html"), m_out.filePath(QStringLiteral("x")),
                      QStringLiteral("--theme"), QStringLiteral("no-such")},
                     &err),
                 2);
        QVERIFY(err.contains("--theme must be one of"));
    }

    void bookStyle()
    {
        const QString paper = m_out.filePath(QStringLiteral("paper.pdf"));
        const QString classic = m_out.filePath(QStringLiteral("classic.pdf"));
        QCOMPARE(run({QStringLiteral("book"), QStringLiteral("2012"), paper, QStringLiteral("--style"),
                      QStringLiteral("paper")}),
                 0);
        QCOMPARE(run({QStringLiteral("book"), QStringLiteral("2012"), classic, QStringLiteral("--style"),
                      QStringLiteral("classic")}),
                 0);
        QVERIFY(QFileInfo(paper).size() > 10000);
        QVERIFY(QFileInfo(classic).size() > 10000);
        QByteArray err;
        QCOMPARE(run({QStringLiteral("book"), QStringLiteral("2012"), m_out.filePath(QStringLiteral("x.pdf")),
                      QStringLiteral("--style"), QStringLiteral("no-such")},
                     &err),
                 2);
        QVERIFY(err.contains("--style must be one of"));
        QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("x.pdf"))));
        const QImage a = chapterPage(paper);
        const QImage b = chapterPage(classic);
        if (a.isNull() || b.isNull()) {
            if (test::inCi())
                QFAIL("poppler-utils is needed (packaging/debian/build-deps.txt)");
            QSKIP("pdftoppm not installed: the styles were written but not compared");
        }
        // The classic style's band across the page top; warm paper leaves it white.
        QCOMPARE(QColor(a.pixel(a.width() / 2, 1)), QColor(Qt::white));
        QVERIFY(QColor(b.pixel(b.width() / 2, 1)) != QColor(Qt::white));
    }
};

QTEST_GUILESS_MAIN(TestCliThemes)
#include "tst_cli_themes.moc"
