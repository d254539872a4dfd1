// SPDX-License-Identifier: GPL-3.0-or-later
// 装扮: every text/background pair of every theme and book style is readable (WCAG AA, 4.5:1; the
// focus ring 3:1), and the definitions the window, the HTML site and the book share are whole.
#include "export/themes.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ks;

class TestThemes : public QObject
{
    Q_OBJECT
private slots:
    void contrastFormulaMatchesWcag()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(contrastRatio(QColor("#777777"), QColor("#777777")), 1.0);
        // #767676 on white is the classic "just passes AA" grey (4.54:1); #777777 just fails.
        QVERIFY(contrastRatio(QColor("#767676"), Qt::white) >= 4.5);
        QVERIFY(contrastRatio(QColor("#777777"), Qt::white) < 4.5);
        QVERIFY(qAbs(relativeLuminance(QColor("#808080")) - 0.2158605) < 1e-4);
    }

    void atLeastFourThemes()
    {
        const QStringList ids = themeIds();
        for (const char *needed : {"classic", "paper", "dark", "contrast"})
            QVERIFY2(ids.contains(QLatin1String(needed)), needed);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        QCOMPARE(defaultThemeId(), QStringLiteral("classic"));
        QCOMPARE(themeById(QStringLiteral("DARK")).id, QStringLiteral("dark"));
        QCOMPARE(themeById(QStringLiteral("no-such")).id, defaultThemeId());
        QVERIFY(!isThemeId(QStringLiteral("no-such")));
        QVERIFY(bookStyleIds().size() >= 2);
    }

    void everyThemePairIsReadable_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QColor>("foreground");
        QTest::addColumn<QColor>("background");
        QTest::addColumn<double>("minimum");
        for (const Theme &theme : allThemes()) {
            const QList<ThemeTextPair> pairs = themeTextPairs(theme);
            QVERIFY(pairs.size() >= 25);
            for (const ThemeTextPair &pair : pairs) {
                const QByteArray name = (theme.id + QStringLiteral(": ") + pair.what).toUtf8();
                QTest::newRow(name.constData())
                    << pair.what << pair.foreground << pair.background << pair.minimum;
            }
        }
        for (const BookStyle &style : allBookStyles()) {
            for (const ThemeTextPair &pair : bookStyleTextPairs(style)) {
                const QByteArray name =
                    (QStringLiteral("book ") + style.id + QStringLiteral(": ") + pair.what).toUtf8();
                QTest::newRow(name.constData())
                    << pair.what << pair.foreground << pair.background << pair.minimum;
            }
        }
    }
    void everyThemePairIsReadable()
    {
        QFETCH(QColor, foreground);
        QFETCH(QColor, background);
        QFETCH(double, minimum);
        QVERIFY(foreground.isValid() && background.isValid());
        QCOMPARE(foreground.alpha(), 255);
        QCOMPARE(background.alpha(), 255);
        const double ratio = contrastRatio(foreground, background);
        QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1 on %2: %3:1 < %4:1")
                                                  .arg(foreground.name(), background.name())
                                                  .arg(ratio, 0, 'f', 2)
                                                  .arg(minimum)));
    }

    void everyTokenIsSet()
    {
        for (const Theme &t : allThemes()) {
            for (const QColor &color : {t.window,    t.surface,       t.side,
                                        t.text,      t.secondary,     t.link,
                                        t.heading,   t.border,        t.focus,
                                        t.tint,      t.selection,     t.hover,
                                        t.highlight, t.highlightText, t.placeholder,
                                        t.accent,    t.accentText,    t.chip,
                                        t.chipText,  t.sideSelected,  t.sideSelectedText,
                                        t.band,      t.bandText})
                QVERIFY2(color.isValid(), qPrintable(t.id));
            QCOMPARE(t.dark, relativeLuminance(t.window) < 0.2);
        }
    }

    void cssCarriesTheThemeColours()
    {
        QSet<QString> sheets;
        for (const Theme &t : allThemes()) {
            const QString css = themeCss(t);
            sheets.insert(css);
            QVERIFY(css.startsWith(QStringLiteral(":root {")));
            for (const QColor &color : {t.text, t.secondary, t.window, t.surface, t.link, t.focus})
                QVERIFY2(css.contains(color.name()), qPrintable(t.id + QLatin1Char(' ') + color.name()));
            // Well-formed enough: braces balance and nothing but colours, lengths and names.
            QCOMPARE(css.count(QLatin1Char('{')), css.count(QLatin1Char('}')));
            QVERIFY(!css.contains(QStringLiteral("url(")));
        }
        QCOMPARE(sheets.size(), allThemes().size());
    }
};

QTEST_GUILESS_MAIN(TestThemes)
#include "tst_themes.moc"
