// SPDX-License-Identifier: GPL-3.0-or-later
// Qzone markup shown on cards: emoticons, @mentions and #topics#.
#include "text/qzonetext.h"

#include <QTest>

using namespace ks;

class TestQzoneText : public QObject
{
    Q_OBJECT

private slots:
    void plainText_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("plain");
        QTest::newRow("emoticon") << QStringLiteral("晚风终于凉了[em]e100[/em]")
                                  << QStringLiteral("晚风终于凉了");
        QTest::newRow("emoticon upper case") << QStringLiteral("好[EM]e106[/EM]的") << QStringLiteral("好的");
        QTest::newRow("mention with who") << QStringLiteral("新同桌叫@{uin:284713390,nick:阿杰,who:1}，")
                                          << QStringLiteral("新同桌叫@阿杰，");
        QTest::newRow("mention with auto")
            << QStringLiteral("@{uin:1,nick:老王,who:1,auto:1} 你好") << QStringLiteral("@老王 你好");
        QTest::newRow("bare braces") << QStringLiteral("{uin:10001,nick:老王,who:1}来了")
                                     << QStringLiteral("老王来了");
        QTest::newRow("topic") << QStringLiteral("#毕业季# 再见") << QStringLiteral("#毕业季# 再见");
        QTest::newRow("unclosed markup stays")
            << QStringLiteral("[em]e1 @{uin:") << QStringLiteral("[em]e1 @{uin:");
        QTest::newRow("real ideographic space kept")
            << QStringLiteral("一\u3000二[em]e1[/em]") << QStringLiteral("一\u3000二");
    }

    void plainText()
    {
        QFETCH(QString, raw);
        QFETCH(QString, plain);
        QCOMPARE(qzonePlainText(raw), plain);
    }

    void spansPointAtTheirText()
    {
        const QzoneDisplayText d =
            qzoneDisplayText(QStringLiteral("晚风[em]e100[/em] @{uin:10001,nick:老王,who:1} #夏天#\r\n完"));
        QCOMPARE(d.spans.size(), 3);
        QCOMPARE(d.spans.at(0).kind, QzoneSpan::Emoticon);
        QCOMPARE(d.spans.at(0).value, QStringLiteral("100"));
        QCOMPARE(d.text.at(d.spans.at(0).start), kEmoticonPlaceholder);
        QCOMPARE(d.spans.at(1).kind, QzoneSpan::Mention);
        QCOMPARE(d.spans.at(1).value, QStringLiteral("10001"));
        QCOMPARE(d.text.mid(d.spans.at(1).start, d.spans.at(1).length), QStringLiteral("@老王"));
        QCOMPARE(d.spans.at(2).kind, QzoneSpan::Topic);
        QCOMPARE(d.spans.at(2).value, QStringLiteral("夏天"));
        QCOMPARE(d.text.mid(d.spans.at(2).start, d.spans.at(2).length), QStringLiteral("#夏天#"));
        QVERIFY(d.text.endsWith(QStringLiteral("\n完"))); // CR LF normalised
        QVERIFY(!d.text.contains(QLatin1Char('\r')));
    }

    void singleLineCollapsesWhitespace()
    {
        QCOMPARE(qzonePlainText(QStringLiteral("一\n\n二   三"), true), QStringLiteral("一 二 三"));
    }
};

QTEST_MAIN(TestQzoneText)
#include "tst_qzonetext.moc"
