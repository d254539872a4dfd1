// SPDX-License-Identifier: GPL-3.0-or-later
// Emoji in 说说 and comments (👍🌸) draw in colour at text size with the application font the
// GUI sets up, and the font's own letters, digits and spaces stay the base family's.
#include "emojifont.h"
#include "testsupport.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QLabel>
#include <QTest>

using namespace ks;

namespace {

// Pixels of a clearly coloured hue (not grey, not black): a tofu box or a black-and-white
// symbol font has none.
int colouredPixels(const QImage &image, int hueFrom, int hueTo, int minSaturation)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.hsvSaturation() > minSaturation && c.value() > 120 && c.hsvHue() >= hueFrom &&
                c.hsvHue() <= hueTo)
                ++count;
        }
    return count;
}

QImage drawn(const QString &text)
{
    QLabel label(text);
    label.setAutoFillBackground(true);
    QPalette white = label.palette();
    white.setColor(QPalette::Window, Qt::white);
    label.setPalette(white);
    label.adjustSize();
    return label.grab().toImage();
}

} // namespace

class TestEmojiFont : public QObject
{
    Q_OBJECT

private:
    QFont m_before;

private slots:
    void initTestCase()
    {
        if (!QFontDatabase::hasFamily(QString::fromLatin1(kColourEmojiFamily))) {
            if (test::inCi())
                QFAIL("Noto Color Emoji is not installed (apt-get install fonts-noto-color-emoji)");
            QSKIP("Noto Color Emoji is not installed (apt-get install fonts-noto-color-emoji)");
        }
        m_before = QApplication::font();
        addColourEmojiFallback();
    }

    void emojiFontFollowsTheBaseFamily()
    {
        const QStringList families = QApplication::font().families();
        QCOMPARE(families.size(), 2);
        QCOMPARE(families.first(), QFontInfo(m_before).family());
        QCOMPARE(families.last(), QString::fromLatin1(kColourEmojiFamily));
        addColourEmojiFallback(); // twice changes nothing
        QCOMPARE(QApplication::font().families(), families);
    }

    void lettersDigitsAndSpacesKeepTheirWidths()
    {
        // Were the emoji font first, it would draw digits and spaces (it has both), much wider.
        const QString text = QStringLiteral("visited your space · 2016-09-15 20:48");
        QCOMPARE(QFontMetricsF(QApplication::font()).horizontalAdvance(text),
                 QFontMetricsF(m_before).horizontalAdvance(text));
        QCOMPARE(QFontInfo(QApplication::font()).family(), QFontInfo(m_before).family());
    }

    void emojiDrawInColourAtTextSize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("hueFrom");
        QTest::addColumn<int>("hueTo");
        QTest::addColumn<int>("minSaturation");
        QTest::newRow("thumbs up") << QString::fromUtf8("点赞👍") << 30 << 60 << 120;    // yellow
        QTest::newRow("blossom") << QString::fromUtf8("樱花开了🌸") << 300 << 359 << 40; // pale pink
    }

    void emojiDrawInColourAtTextSize()
    {
        QFETCH(QString, text);
        QFETCH(int, hueFrom);
        QFETCH(int, hueTo);
        QFETCH(int, minSaturation);
        const QImage image = drawn(text);
        QVERIFY(!image.isNull());
        // At about 10 pt the emoji is some 13 px square: well over 20 of its pixels are coloured.
        const int coloured = colouredPixels(image, hueFrom, hueTo, minSaturation);
        QVERIFY2(coloured > 20, qPrintable(QString::number(coloured)));
        // The same text without the emoji has none: the colour is the emoji's.
        QCOMPARE(colouredPixels(drawn(text.left(text.size() - 2)), hueFrom, hueTo, minSaturation), 0);
    }
};

QTEST_MAIN(TestEmojiFont)
#include "tst_emojifont.moc"
