// SPDX-License-Identifier: GPL-3.0-or-later
// Blog HTML made safe: hostile markup is inert, safe formatting stays, pictures come from the vault.
#include "util/htmlsanitizer.h"
#include "util/textutil.h"

#include <QRegularExpression>
#include <QSet>
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

    // Anything that could run or load once the HTML is shown. Every '<' of the output must open or
    // close a formatting tag, with only formatting attributes, each quoted; links and pictures go
    // nowhere but the web, mail, an anchor, the vault or the placeholder; tags are balanced.
    static void verifyInert(const QString &html)
    {
        static const QSet<QString> tags = [] {
            QSet<QString> t;
            for (const char *name :
                 {"p",     "br",     "div",   "span",    "b",    "strong", "i",          "em",  "u",
                  "s",     "strike", "del",   "ins",     "sub",  "sup",    "small",      "big", "center",
                  "h1",    "h2",     "h3",    "h4",      "h5",   "h6",     "blockquote", "pre", "code",
                  "tt",    "ul",     "ol",    "li",      "dl",   "dt",     "dd",         "hr",  "table",
                  "thead", "tbody",  "tfoot", "tr",      "td",   "th",     "caption",    "col", "colgroup",
                  "cite",  "q",      "abbr",  "address", "nobr", "a",      "img",        "font"})
                t.insert(QString::fromLatin1(name));
            return t;
        }();
        static const QSet<QString> attributes = [] {
            QSet<QString> a;
            for (const char *name :
                 {"title",  "align",       "valign",      "dir",     "style",   "href",    "name",
                  "src",    "alt",         "width",       "height",  "color",   "size",    "face",
                  "border", "cellpadding", "cellspacing", "bgcolor", "colspan", "rowspan", "nowrap",
                  "span",   "start",       "type",        "value"})
                a.insert(QString::fromLatin1(name));
            return a;
        }();
        static const QSet<QString> voids{QStringLiteral("br"), QStringLiteral("hr"), QStringLiteral("img"),
                                         QStringLiteral("col")};
        static const QRegularExpression tag(
            QStringLiteral("<(/?)([a-z0-9]+)((?:\\s[a-z-]+=\"[^\"<>]*\")*)>"));
        static const QRegularExpression attribute(QStringLiteral("\\s([a-z-]+)=\"([^\"]*)\""));
        const QString why = QStringLiteral("in: ") + html;
        QStringList open;
        for (int at = int(html.indexOf(QLatin1Char('<'))); at >= 0;
             at = int(html.indexOf(QLatin1Char('<'), at + 1))) {
            const QRegularExpressionMatch m = tag.match(html, at, QRegularExpression::NormalMatch,
                                                        QRegularExpression::AnchorAtOffsetMatchOption);
            QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("not a clean tag at %1 ").arg(at) + why));
            const QString name = m.captured(2);
            QVERIFY2(tags.contains(name), qPrintable(QStringLiteral("<%1> ").arg(name) + why));
            auto it = attribute.globalMatch(m.captured(3));
            while (it.hasNext()) {
                const QRegularExpressionMatch a = it.next();
                const QString key = a.captured(1);
                const QString value = htmlUnescape(a.captured(2)).toLower();
                QVERIFY2(attributes.contains(key), qPrintable(QStringLiteral("%1= ").arg(key) + why));
                if (key == QLatin1String("href"))
                    QVERIFY2(value.startsWith(QLatin1String("http://")) ||
                                 value.startsWith(QLatin1String("https://")) ||
                                 value.startsWith(QLatin1String("mailto:")) ||
                                 value.startsWith(QLatin1Char('#')),
                             qPrintable(why));
                if (key == QLatin1String("src"))
                    QVERIFY2(value == QLatin1String("ks-media:7") ||
                                 value == QLatin1String("ks-missing:image"),
                             qPrintable(why));
                if (key == QLatin1String("style"))
                    for (const char *bad : {"url", "expression", "javascript", "\\", "@import"})
                        QVERIFY2(!value.contains(QLatin1String(bad)), qPrintable(why));
            }
            if (m.captured(1).isEmpty() && !voids.contains(name))
                open.append(name);
            else if (!m.captured(1).isEmpty())
                QVERIFY2(!open.isEmpty() && open.takeLast() == name,
                         qPrintable(QStringLiteral("</%1> ").arg(name) + why));
        }
        QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("unclosed ") + open.join(QLatin1Char(',')) + why));
    }

    // What a reader sees: the text without tags, entities decoded.
    static QString visibleText(const QString &html)
    {
        QString text = html;
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        return htmlUnescape(text);
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
            << QStringLiteral("go后");
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
                                     << QStringLiteral("xyz");
        // Nested and disguised.
        QTest::newRow("svg-script-unclosed")
            << QStringLiteral("前<svg><script>alert(1)") << QStringLiteral("前");
        QTest::newRow("svg-onload-mixed-case")
            << QStringLiteral("<SvG OnLoAd=alert(1)><a href=\"javascript:alert(2)\">链</a></sVg>后")
            << QStringLiteral("链后");
        QTest::newRow("math-mtext-script")
            << QStringLiteral("<math><mtext><script>alert(1)</script></mtext><mi>x</mi></math>后")
            << QStringLiteral("x后");
        QTest::newRow("math-mglyph-style-mxss")
            << QStringLiteral("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>") << QString();
        QTest::newRow("noscript-title-mxss")
            << QStringLiteral(
                   "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">文</p></noscript>")
            << QStringLiteral("文");
        QTest::newRow("iframe-srcdoc")
            << QStringLiteral("<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>后")
            << QStringLiteral("后");
        QTest::newRow("iframe-srcdoc-unclosed")
            << QStringLiteral("<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">后")
            << QStringLiteral("后");
        QTest::newRow("object-javascript-data")
            << QStringLiteral("<object data=javascript:alert(1) type=text/html>后</object>")
            << QStringLiteral("后");
        QTest::newRow("embed-javascript-src")
            << QStringLiteral("<embed src=\"javascript:alert(1)\">后") << QStringLiteral("后");
        QTest::newRow("script-mixed-case")
            << QStringLiteral("<ScRiPt>alert(1)</sCrIpT >后") << QStringLiteral("后");
        QTest::newRow("script-self-closing")
            << QStringLiteral("<script src=\"http://evil/x.js\"/>alert(1)</script>后")
            << QStringLiteral("后");
        QTest::newRow("script-end-lookalike")
            << QStringLiteral("<script>a='</scripts>'</script>后") << QStringLiteral("后");
        QTest::newRow("script-name-split-by-nul")
            << QStringLiteral("<scr%1ipt>alert(1)</script>后").arg(QChar(0)) << QStringLiteral("alert(1)后");
        QTest::newRow("handler-split-by-nul")
            << QStringLiteral("<img src=x on%1error=alert(1)><b on%1click=x>粗</b>").arg(QChar(0))
            << QStringLiteral("粗");
        QTest::newRow("attributes-split-by-newline")
            << QStringLiteral("<img\nsrc=x\nonerror=alert(1)><p\nonclick=\"x()\"\n>段</p>")
            << QStringLiteral("段");
        QTest::newRow("script-end-split-by-newline")
            << QStringLiteral("<script\n>alert(1)</script\n>后") << QStringLiteral("后");
        QTest::newRow("href-split-by-newline")
            << QStringLiteral("<a href=\"java\nscript:alert(1)\">链</a>") << QStringLiteral("链");
        QTest::newRow("href-entity-encoded")
            << QStringLiteral("<a href=\"&#106;avascript:alert(1)\">链</a>") << QStringLiteral("链");
        QTest::newRow("unquoted-attributes")
            << QStringLiteral("<font color=red size=4 onmouseover=alert(1) face=宋体>红</font>")
            << QStringLiteral("红");
        QTest::newRow("unquoted-style-url")
            << QStringLiteral("<p style=background:url(http://evil/x)>字</p>") << QStringLiteral("字");
        QTest::newRow("slash-separated-attributes")
            << QStringLiteral("<img/src=x/onerror=alert(1)><a/href=javascript:alert(1)>链</a>")
            << QStringLiteral("链");
        QTest::newRow("empty-comment-then-script")
            << QStringLiteral("<!--><script>alert(1)</script>-->后") << QStringLiteral("-->后");
        QTest::newRow("textarea-holding-script")
            << QStringLiteral("<textarea><script>alert(1)</script></textarea>后")
            << QStringLiteral("<script>alert(1)</script>后");
        QTest::newRow("title-holding-markup")
            << QStringLiteral("<title></title><img src=x onerror=alert(1)></title>后")
            << QStringLiteral("后");
        QTest::newRow("unclosed-tag-at-end") << QStringLiteral("文<img src=x onerror=alert(1)//")
                                             << QStringLiteral("文<img src=x onerror=alert(1)//");
        QTest::newRow("base-href") << QStringLiteral("<base href=\"javascript:alert(1)//\">后")
                                   << QStringLiteral("后");
        QTest::newRow("doctype-unclosed")
            << QStringLiteral("<!DOCTYPE html 后") << QStringLiteral("<!DOCTYPE html 后");
    }

    // Each element that is not kept, closed and left open: the rest of the blog survives as
    // markup (not as text), what a person wrote inside stays, code never shows.
    void dangerousElementKeepsTheRest_data()
    {
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<QStringList>("shown");  // text a reader must see
        QTest::addColumn<QStringList>("hidden"); // text a reader must not see
        struct Case
        {
            const char *name;
            QString open;    // start tag (and what it holds)
            QString content; // content (written after open)
            QString close;   // end tag
            bool contentShown;
            bool contentShownWhenUnclosed;
        };
        const QList<Case> cases{
            {"svg", QStringLiteral("<svg onload=\"alert(1)\" xmlns=\"http://www.w3.org/2000/svg\">"),
             QStringLiteral("<text>图中字</text>"), QStringLiteral("</svg>"), true, true},
            {"math", QStringLiteral("<math display=block>"), QStringLiteral("<mi>x</mi><mo>=</mo><mn>1</mn>"),
             QStringLiteral("</math>"), true, true},
            {"iframe", QStringLiteral("<iframe src=\"http://evil.example/\" width=500>"),
             QStringLiteral("不支持框架"), QStringLiteral("</iframe>"), false, true},
            {"object",
             QStringLiteral("<object data=\"http://evil.example/x.swf\"><param name=movie value=x.swf>"),
             QStringLiteral("备用文字"), QStringLiteral("</object>"), true, true},
            {"select", QStringLiteral("<select name=city onchange=\"go()\">"),
             QStringLiteral("<option value=1>北京</option><option>上海</option>"),
             QStringLiteral("</select>"), true, true},
            {"title", QStringLiteral("<title>"), QStringLiteral("我的日志 &amp; 心情"),
             QStringLiteral("</title>"), true, true},
            {"template", QStringLiteral("<template id=t>"), QStringLiteral("<p>模板</p>"),
             QStringLiteral("</template>"), false, true},
            {"noembed", QStringLiteral("<noembed>"), QStringLiteral("没有插件"), QStringLiteral("</noembed>"),
             true, true},
            {"xmp", QStringLiteral("<xmp>"), QStringLiteral("代码 1 > 0"), QStringLiteral("</xmp>"), true,
             true},
            {"noscript", QStringLiteral("<noscript>"), QStringLiteral("<p>请开启脚本</p>"),
             QStringLiteral("</noscript>"), true, true},
            {"style", QStringLiteral("<style type=text/css>"), QStringLiteral("p{color:red}"),
             QStringLiteral("</style>"), false, false},
            {"script", QStringLiteral("<script type=\"text/javascript\">"), QStringLiteral("alert(1)"),
             QStringLiteral("</script>"), false, false},
            {"textarea", QStringLiteral("<textarea name=t rows=3>"), QStringLiteral("第一行\n第二行"),
             QStringLiteral("</textarea>"), true, true},
            {"noframes", QStringLiteral("<noframes>"), QStringLiteral("不支持框架集"),
             QStringLiteral("</noframes>"), true, true},
            {"plaintext", QStringLiteral("<plaintext>"), QStringLiteral("纯文本"),
             QStringLiteral("</plaintext>"), true, true},
            {"frameset",
             QStringLiteral("<frameset cols=\"50%,50%\"><frame src=\"http://evil.example/a.html\">"),
             QStringLiteral("<noframes>框架</noframes>"), QStringLiteral("</frameset>"), true, true},
            {"embed",
             QStringLiteral("<embed src=\"http://evil.example/x.swf\" type=application/x-shockwave-flash>"),
             QStringLiteral("随后"), QStringLiteral("</embed>"), true, true},
            {"applet", QStringLiteral("<applet code=\"Evil.class\">"), QStringLiteral("小程序"),
             QStringLiteral("</applet>"), true, true},
            {"form", QStringLiteral("<form action=\"http://evil.example/\" method=post>"),
             QStringLiteral(
                 "<label>名字</label><input name=n value=x><button onclick=\"go()\">提交</button>"),
             QStringLiteral("</form>"), true, true},
            {"comment", QStringLiteral("<!--"), QStringLiteral(" 注释 "), QStringLiteral("-->"), false, true},
            {"cdata", QStringLiteral("<![CDATA["), QStringLiteral(" 数据 "), QStringLiteral("]]>"), false,
             true},
            {"base", QStringLiteral("<base href=\"http://evil.example/\" target=_blank>"),
             QStringLiteral("随后"), QStringLiteral("</base>"), true, true},
            {"meta", QStringLiteral("<meta http-equiv=\"refresh\" content=\"0;url=http://evil.example/\">"),
             QStringLiteral("随后"), QStringLiteral("</meta>"), true, true},
            {"link", QStringLiteral("<link rel=stylesheet href=\"http://evil.example/x.css\">"),
             QStringLiteral("随后"), QStringLiteral("</link>"), true, true},
        };
        for (const Case &c : cases) {
            // The content as a reader would see it; a select's labels are kept apart by a space.
            QString text = visibleText(c.content).trimmed();
            if (QLatin1String(c.name) == QLatin1String("select"))
                text = QStringLiteral("北京 上海");
            const QStringList word{text};
            const QStringList none;
            QTest::addRow("%s-closed", c.name)
                << c.open + c.content + c.close << (c.contentShown ? word : none)
                << (c.contentShown ? none : word);
            QTest::addRow("%s-unclosed", c.name)
                << c.open + c.content << (c.contentShownWhenUnclosed ? word : none)
                << (c.contentShownWhenUnclosed ? none : word);
        }
    }

    void dangerousElementKeepsTheRest()
    {
        QFETCH(QString, fragment);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, hidden);
        const QString html = QStringLiteral("<p>前文</p>") + fragment +
                             QStringLiteral("<p>后文<b>还在</b></p><div>第二段 <i>斜</i></div>");
        const SanitizeResult result = sanitizeHtml(html, vaultOptions());
        verifyInert(result.html);
        const QString text = visibleText(result.html);
        QVERIFY2(result.html.startsWith(QStringLiteral("<p>前文</p>")), qPrintable(result.html));
        // The rest is still markup, not swallowed and not turned into visible tags.
        QVERIFY2(result.html.endsWith(QStringLiteral("<p>后文<b>还在</b></p><div>第二段 <i>斜</i></div>")),
                 qPrintable(result.html));
        for (const QString &word : std::as_const(shown))
            QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" not shown in ") + result.html));
        for (const QString &word : std::as_const(hidden))
            QVERIFY2(!text.contains(word), qPrintable(word + QStringLiteral(" shown in ") + result.html));
    }

    void keptTextIsLaidOutAsWritten()
    {
        QCOMPARE(sanitizeHtml(QStringLiteral("<xmp><b>x</b> & y</xmp>")).html,
                 QStringLiteral("<pre>&lt;b&gt;x&lt;/b&gt; &amp; y</pre>"));
        QCOMPARE(sanitizeHtml(QStringLiteral("<textarea>一\n二 &amp; 三</textarea>")).html,
                 QStringLiteral("<span style=\"white-space: pre-wrap\">一\n二 &amp; 三</span>"));
        QCOMPARE(sanitizeHtml(QStringLiteral("<title>标题</title>正文")).html,
                 QStringLiteral("<div>标题</div>正文"));
        QCOMPARE(sanitizeHtml(QStringLiteral("<select><option>甲<option>乙</select>")).html,
                 QStringLiteral("甲 乙"));
        QCOMPARE(sanitizeHtml(QStringLiteral("<div/>后<br/>")).html, QStringLiteral("<div></div>后<br>"));
        QCOMPARE(sanitizeHtml(QStringLiteral("a<!-- x --!>b<!-->c")).html, QStringLiteral("abc"));
        QCOMPARE(sanitizeHtml(QStringLiteral("a%1b").arg(QChar(0))).html, QStringLiteral("ab"));
        QCOMPARE(sanitizeHtml(QStringLiteral("<video src=x.mp4><b>不支持</b></video>后")).html,
                 QStringLiteral("后"));
        QCOMPARE(sanitizeHtml(QStringLiteral("<td nowrap>x</td>")).html,
                 QStringLiteral("<td nowrap=\"\">x</td>"));
    }

    void hostileMarkupIsInert()
    {
        QFETCH(QString, html);
        QFETCH(QString, keptText);
        const SanitizeResult result = sanitizeHtml(html, vaultOptions());
        verifyInert(result.html);
        if (!keptText.isEmpty()) {
            QCOMPARE(visibleText(result.html), keptText);
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

    // The PDF and the book read blogs as plain text: the same rules, unclosed elements included.
    void plainTextKeepsTheRestAfterAnUnclosedElement_data()
    {
        QTest::addColumn<QString>("element");
        for (const char *name : {"script", "style", "svg", "math", "iframe", "object", "select", "title",
                                 "template", "noembed", "xmp", "textarea"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void plainTextKeepsTheRestAfterAnUnclosedElement()
    {
        QFETCH(QString, element);
        const QString html = QStringLiteral("<p>开头</p><%1>alert('x')<p>后面的日志正文</p><p>最后一段</p>").arg(element);
        const QString text = htmlToPlainText(html);
        QVERIFY2(text.startsWith(QStringLiteral("开头")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("后面的日志正文")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("最后一段")), qPrintable(text));
        if (element == QLatin1String("script") || element == QLatin1String("style"))
            QVERIFY2(!text.contains(QStringLiteral("alert")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1Char('<')));
    }

    void plainTextOfClosedCodeAndEntities()
    {
        QCOMPARE(htmlToPlainText(QStringLiteral("<script>bad()</script>a&amp;b<br>c<style>p{}</style>")),
                 QStringLiteral("a&b\nc"));
    }
};

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
