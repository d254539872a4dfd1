// SPDX-License-Identifier: GPL-3.0-or-later
// Blog HTML made safe: hostile markup is inert, safe formatting stays, pictures come from the vault.
#include "util/htmlsanitizer.h"

#include <QTest>

using namespace ks;

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private:
    static SanitizeOptions vaultOptions()
    {
        SanitizeOptions options;
        options.resolveImage = [](const QString &src) {
            return src == QLatin1String("images/29D5407A.jpeg") ? QStringLiteral("ks-media:7") : QString();
        };
        options.missingImageUrl = QStringLiteral("ks-missing:image");
        return options;
    }

    // Anything that could run or load once the HTML is shown.
    static void verifyInert(const QString &html)
    {
        const QString lower = html.toLower();
        for (const char *bad :
             {"<script", "javascript:", "vbscript:", "onerror",    "onload",   "onclick", "onmouseover",
              "<iframe", "<object",     "<embed",    "<form",      "<style",   "url(",    "expression(",
              "<link",   "<meta",       "<base",     "src=\"http", "src=\"//", "<svg",    "srcdoc"})
            QVERIFY2(!lower.contains(QLatin1String(bad)),
                     qPrintable(QStringLiteral("%1 in %2").arg(QLatin1String(bad), html)));
    }

private slots:
    void hostileMarkupIsInert_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("keptText"); // text that must survive ("" when none)
        QTest::newRow("script") << QStringLiteral("<p>前<script>alert(1)</script>后</p>")
                                << QStringLiteral("前后");
        QTest::newRow("script-uppercase-spaced")
            << QStringLiteral("a<SCRIPT type=\"text/javascript\">x<y</SCRIPT >b") << QStringLiteral("ab");
        QTest::newRow("unclosed-script") << QStringLiteral("ok<script>alert(1)") << QStringLiteral("ok");
        QTest::newRow("onerror") << QStringLiteral("<img src=x onerror=alert(1)>") << QString();
        QTest::newRow("onerror-quoted")
            << QStringLiteral("<img src=\"images/29D5407A.jpeg\" onerror=\"alert(1)\">") << QString();
        QTest::newRow("onclick") << QStringLiteral("<div onclick='steal()' onmouseover=\"x()\">点我</div>")
                                 << QStringLiteral("点我");
        QTest::newRow("javascript-href")
            << QStringLiteral("<a href=\"javascript:alert(1)\">链接</a>") << QStringLiteral("链接");
        QTest::newRow("javascript-entity-href")
            << QStringLiteral("<a href=\"jav&#x09;ascript:alert(1)\">x</a>") << QStringLiteral("x");
        QTest::newRow("javascript-img") << QStringLiteral("<img src=\"javascript:alert(1)\">") << QString();
        QTest::newRow("iframe") << QStringLiteral("<iframe src=\"http://evil.example/\">inside</iframe>正文")
                                << QStringLiteral("正文");
        QTest::newRow("object-embed")
            << QStringLiteral("<object data=x.swf><embed src=x.swf></object>剩下") << QStringLiteral("剩下");
        QTest::newRow("form")
            << QStringLiteral("<form action=\"http://evil\"><input name=p><button>go</button></form>后")
            << QStringLiteral("后");
        QTest::newRow("style-element")
            << QStringLiteral("<style>body{background:url(http://evil/x.png)}</style>字")
            << QStringLiteral("字");
        QTest::newRow("css-url")
            << QStringLiteral("<p style=\"background-image:url(http://evil/x.png); color:red\">红</p>")
            << QStringLiteral("红");
        QTest::newRow("css-escaped-url")
            << QStringLiteral("<p style=\"background:\\75rl(http://evil)\">x</p>") << QStringLiteral("x");
        QTest::newRow("css-expression")
            << QStringLiteral("<p style=\"width:expression(alert(1))\">x</p>") << QStringLiteral("x");
        QTest::newRow("remote-img") << QStringLiteral("<img src=\"http://a4.qpic.cn/psb?/x/y.jpg\">")
                                    << QString();
        QTest::newRow("protocol-relative-img")
            << QStringLiteral("<img src=\"//evil.example/t.gif\">") << QString();
        QTest::newRow("table-background")
            << QStringLiteral("<table background=\"http://evil/bg.png\"><tr><td>格</td></tr></table>")
            << QStringLiteral("格");
        QTest::newRow("svg") << QStringLiteral("<svg><script>alert(1)</script></svg>ok")
                             << QStringLiteral("ok");
        QTest::newRow("meta-refresh")
            << QStringLiteral("<meta http-equiv=refresh content=\"0;url=http://evil\">a")
            << QStringLiteral("a");
        QTest::newRow("link") << QStringLiteral("<link rel=stylesheet href=http://evil/x.css>a")
                              << QStringLiteral("a");
        QTest::newRow("comment-hiding")
            << QStringLiteral("<!--<script>alert(1)</script>-->a") << QStringLiteral("a");
        QTest::newRow("nested-form") << QStringLiteral("<form><form>x</form>y</form>z")
                                     << QStringLiteral("z");
    }

    void hostileMarkupIsInert()
    {
        QFETCH(QString, html);
        QFETCH(QString, keptText);
        const SanitizeResult result = sanitizeHtml(html, vaultOptions());
        verifyInert(result.html);
        if (!keptText.isEmpty()) {
            QString text = result.html;
            text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
            QCOMPARE(text, keptText);
        }
    }

    void remotePicturesBecomePlaceholders()
    {
        const SanitizeResult result = sanitizeHtml(
            QStringLiteral("<p><img src=\"http://a4.qpic.cn/x.jpg\"><img src=\"images/29D5407A.jpeg\" "
                           "style=\"max-width:100%\"></p>"),
            vaultOptions());
        QCOMPARE(result.missingImages, 1);
        QCOMPARE(result.localImages, 1);
        QVERIFY(result.html.contains(QStringLiteral("src=\"ks-missing:image\"")));
        QVERIFY(result.html.contains(QStringLiteral("title=\"http://a4.qpic.cn/x.jpg\"")));
        QVERIFY(result.html.contains(QStringLiteral("src=\"ks-media:7\"")));
        QVERIFY(result.html.contains(QStringLiteral("max-width: 100%")));
        // Without a placeholder, a picture that is not in the vault is dropped.
        QCOMPARE(sanitizeHtml(QStringLiteral("<img src=\"http://x/y.png\">")).html, QString());
    }

    void safeFormattingIsKept()
    {
        const QString html =
            QStringLiteral("<div class=\"blog\"><h2>标题</h2><p align=\"center\"><b>粗</b><i>斜</i><u>下</u>"
                           "<font color=\"#ff0000\" size=\"4\">红</font><span style=\"color: rgb(0, 128, 0); "
                           "font-weight: bold\">绿</span>"
                           "</p><ul><li>一</li><li>二</li></ul><table border=\"1\"><tr><td "
                           "colspan=\"2\">格</td></tr></table>"
                           "<a href=\"https://example.com/a?b=1&amp;c=2\" "
                           "target=\"_blank\">链接</a><br/>&lt;不是标签&gt; &amp; 5 &gt; 3</div>");
        const SanitizeResult result = sanitizeHtml(html);
        const QString expected =
            QStringLiteral("<div><h2>标题</h2><p align=\"center\"><b>粗</b><i>斜</i><u>下</u><font "
                           "color=\"#ff0000\" size=\"4\">红</font>"
                           "<span style=\"color: rgb(0, 128, 0); font-weight: "
                           "bold\">绿</span></p><ul><li>一</li><li>二</li></ul>"
                           "<table border=\"1\"><tr><td colspan=\"2\">格</td></tr></table>"
                           "<a href=\"https://example.com/a?b=1&amp;c=2\">链接</a><br>&lt;不是标签&gt; &amp; "
                           "5 &gt; 3</div>");
        QCOMPARE(result.html, expected);
    }

    void unbalancedMarkupIsClosed()
    {
        QCOMPARE(sanitizeHtml(QStringLiteral("<b><i>x</b>y</p>")).html, QStringLiteral("<b><i>x</i></b>y"));
        QCOMPARE(sanitizeHtml(QStringLiteral("a < b <3 c")).html, QStringLiteral("a &lt; b &lt;3 c"));
        QCOMPARE(sanitizeHtml(QStringLiteral("<p>open")).html, QStringLiteral("<p>open</p>"));
        QCOMPARE(sanitizeHtml(QStringLiteral("<p title=\"a\"b\">t</p>")).html.left(3), QStringLiteral("<p "));
    }

    void matchesVaultPictures_data()
    {
        QTest::addColumn<QString>("src");
        QTest::addColumn<qint64>("mediaId");
        QTest::newRow("module-relative") << QStringLiteral("images/29D5407A.jpeg") << qint64(1);
        QTest::newRow("root-relative") << QStringLiteral("Blogs/images/29D5407A.jpeg") << qint64(1);
        QTest::newRow("dot-dot") << QStringLiteral("../Blogs/images/29d5407a.JPEG") << qint64(1);
        QTest::newRow("by-name") << QStringLiteral("http://b1.qpic.cn/photo.jpg?x=1") << qint64(2);
        QTest::newRow("none") << QStringLiteral("images/FFFFFFFF.jpeg") << qint64(0);
        QTest::newRow("empty") << QString() << qint64(0);
    }

    void matchesVaultPictures()
    {
        QFETCH(QString, src);
        QFETCH(qint64, mediaId);
        const QList<HtmlImageCandidate> candidates{
            {1, QStringLiteral("29D5407A.jpeg"), QStringLiteral("Blogs/images/29D5407A.jpeg")},
            {2, QStringLiteral("photo.jpg"), QString()},
        };
        QCOMPARE(matchImageSource(src, candidates), mediaId);
    }

    void emoticonIds()
    {
        QCOMPARE(emoticonIdFromUrl(QStringLiteral("/qzone/em/e108.gif")), QStringLiteral("108"));
        QCOMPARE(emoticonIdFromUrl(QStringLiteral("http://qzonestyle.gtimg.cn/qzone/em/e100.gif")),
                 QStringLiteral("100"));
        QCOMPARE(emoticonIdFromUrl(QStringLiteral("../Common/images/e113.gif")), QStringLiteral("113"));
        QCOMPARE(emoticonIdFromUrl(QStringLiteral("images/4293EB9F.jpeg")), QString());
        QVERIFY(isRemoteUrl(QStringLiteral("HTTP://x")));
        QVERIFY(isRemoteUrl(QStringLiteral("//x")));
        QVERIFY(!isRemoteUrl(QStringLiteral("images/x.jpg")));
    }

    void qzoneMarkup()
    {
        QzoneHtmlOptions options;
        options.emoticonUrl = [](const QString &id) {
            return id == QLatin1String("100") ? QStringLiteral("ks-emoticon:100") : QString();
        };
        const QString html = qzoneMarkupToHtml(
            QStringLiteral("<b>好</b>[em]e100[/em][em]e999[/em] @{uin:10001,nick:老王,who:1} #话题#\n下一行"),
            options);
        QVERIFY(html.startsWith(QStringLiteral("&lt;b&gt;好&lt;/b&gt;<img src=\"ks-emoticon:100\"")));
        QVERIFY(html.contains(QStringLiteral("[e999]")));
        QVERIFY(html.contains(QStringLiteral(">@老王</span>")));
        QVERIFY(html.contains(QStringLiteral(">#话题#</span>")));
        QVERIFY(html.endsWith(QStringLiteral("<br>下一行")));
        QVERIFY(!html.contains(QStringLiteral("uin:")));
    }
};

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
