// SPDX-License-Identifier: GPL-3.0-or-later
// Selections, and the offline HTML site: every link resolves inside the folder, nothing loads
// from the network, hostile text stays text, pictures are web-sized, search data is there.
#include "export/exportselection.h"
#include "export/htmlexporter.h"
#include "library/librarycounts.h"
#include "service/importservice.h"
#include "testsupport.h"
#include "tst_export_fixture.h"
#include "util/language.h"

#include <QDirIterator>
#include <QImageReader>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace ks;

namespace {

struct SiteCheck
{
    int htmlFiles = 0;
    int links = 0;
    QStringList broken;
    QStringList remote;
    QStringList scripts; ///< <script> tags that are not our two files
    QStringList noCsp;
};

// Reads every .html and .css file of the site and checks what they load or link to.
SiteCheck checkSite(const QString &root)
{
    SiteCheck check;
    static const QRegularExpression attr(QStringLiteral("\\b(src|href|poster|srcset)\\s*=\\s*\"([^\"]*)\""),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cssUrl(QStringLiteral("url\\(\\s*['\"]?([^'\")]*)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scriptTag(QStringLiteral("<script\\b[^>]*>"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QString rootPath = QDir(root).canonicalPath();
    QDirIterator it(root, {QStringLiteral("*.html"), QStringLiteral("*.css")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        const QString text = QString::fromUtf8(f.readAll());
        const bool html = path.endsWith(QLatin1String(".html"));
        if (html) {
            ++check.htmlFiles;
            if (!text.contains(QLatin1String("http-equiv=\"Content-Security-Policy\"")))
                check.noCsp << path;
            auto s = scriptTag.globalMatch(text);
            while (s.hasNext()) {
                const QString tag = s.next().captured(0);
                if (tag != QLatin1String("<script src=\"assets/search-index.js\">") &&
                    tag != QLatin1String("<script src=\"assets/search.js\">"))
                    check.scripts << path + QStringLiteral(": ") + tag;
            }
        }
        QStringList targets;
        auto a = (html ? attr : cssUrl).globalMatch(text);
        while (a.hasNext()) {
            const auto m = a.next();
            targets << (html ? m.captured(2) : m.captured(1));
        }
        if (html) {
            // Inline style="…url(…)" would load too.
            auto u = cssUrl.globalMatch(text);
            while (u.hasNext())
                targets << u.next().captured(1);
        }
        for (QString target : std::as_const(targets)) {
            target = target.replace(QLatin1String("&amp;"), QLatin1String("&")).trimmed();
            ++check.links;
            const QString lower = target.toLower();
            if (lower.startsWith(QLatin1String("http:")) || lower.startsWith(QLatin1String("https:")) ||
                lower.startsWith(QLatin1String("//")) || lower.startsWith(QLatin1String("ftp:")) ||
                lower.startsWith(QLatin1String("file:")) || lower.startsWith(QLatin1Char('/')) ||
                lower.startsWith(QLatin1String("javascript:"))) {
                check.remote << path + QStringLiteral(": ") + target;
                continue;
            }
            const QString file = target.section(QLatin1Char('#'), 0, 0);
            if (file.isEmpty())
                continue; // an anchor on the same page
            const QString resolved = QFileInfo(QFileInfo(path).absolutePath() + QLatin1Char('/') +
                                               QUrl::fromPercentEncoding(file.toUtf8()))
                                         .canonicalFilePath();
            if (resolved.isEmpty() || !resolved.startsWith(rootPath + QLatin1Char('/')))
                check.broken << path + QStringLiteral(": ") + target;
        }
    }
    return check;
}

QString readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

} // namespace

class TestExportHtml : public QObject
{
    Q_OBJECT

private:
    test::ExportFixture m_fx;

    qint64 idOf(const QString &key)
    {
        QSqlQuery q(m_fx.db.connection());
        q.prepare(QStringLiteral("SELECT id FROM memories WHERE key = ?"));
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.build());
        installLanguage(QStringLiteral("zh_CN")); // the assertions below read the Chinese site
    }

    void selections_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("count");
        // 24 posts Jan–Jun + hostile post + blog + 12 photos in 2012, one post in 2011.
        QTest::newRow("everything") << 0 << QString() << QString() << QString() << QString() << QString()
                                    << 39;
        QTest::newRow("year 2012") << 2012 << QString() << QString() << QString() << QString() << QString()
                                   << 38;
        QTest::newRow("year 2011") << 2011 << QString() << QString() << QString() << QString() << QString()
                                   << 1;
        QTest::newRow("range") << 0 << QStringLiteral("2012-02-01") << QStringLiteral("2012-03-31")
                               << QString() << QString() << QString() << 8;
        QTest::newRow("tag and its child")
            << 0 << QString() << QString() << QStringLiteral("旅行") << QString() << QString() << 1;
        QTest::newRow("child tag path")
            << 0 << QString() << QString() << QStringLiteral("旅行/北京") << QString() << QString() << 1;
        QTest::newRow("unknown tag") << 0 << QString() << QString() << QStringLiteral("没有") << QString()
                                     << QString() << 0;
        // 老王: mentioned in 2011 and 4月, commented in 1月.
        QTest::newRow("person by name")
            << 0 << QString() << QString() << QString() << QStringLiteral("老王") << QString() << 3;
        QTest::newRow("person by uin")
            << 0 << QString() << QString() << QString() << QStringLiteral("20002") << QString() << 3;
        // 毕业: one post, and the twelve photos of the album 毕业旅行.
        QTest::newRow("query") << 0 << QString() << QString() << QString() << QString()
                               << QStringLiteral("毕业") << 13;
        QTest::newRow("two words") << 0 << QString() << QString() << QString() << QString()
                                   << QStringLiteral("毕业 谢谢") << 1;
        QTest::newRow("query and year")
            << 2011 << QString() << QString() << QString() << QString() << QStringLiteral("毕业") << 0;
    }

    void selections()
    {
        QFETCH(int, year);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, tag);
        QFETCH(QString, person);
        QFETCH(QString, query);
        QFETCH(int, count);
        ExportSelection s;
        s.year = year;
        s.from = QDate::fromString(from, Qt::ISODate);
        s.to = QDate::fromString(to, Qt::ISODate);
        s.tag = tag;
        s.person = person;
        s.query = query;
        QString error;
        const QList<qint64> ids = selectMemories(m_fx.db.connection(), s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ids.size(), count);
    }

    void selectionIsOrderedAndTakesIds()
    {
        ExportSelection s;
        s.memoryIds = {idOf(QStringLiteral("post:3-0")), idOf(QStringLiteral("post:2011")),
                       idOf(QStringLiteral("post:1-0"))};
        const QList<qint64> ids = selectMemories(m_fx.db.connection(), s);
        QCOMPARE(ids, (QList<qint64>{idOf(QStringLiteral("post:2011")), idOf(QStringLiteral("post:1-0")),
                                     idOf(QStringLiteral("post:3-0"))}));
    }

    void siteIsSelfContainedAndSafe()
    {
        QTemporaryDir out;
        HtmlExportOptions options;
        options.outputDir = out.path();
        HtmlExporter exporter(m_fx.db, options);
        int calls = 0;
        int lastDone = -1;
        bool monotonic = true;
        exporter.setProgressCallback([&](int done, int total, const QString &) {
            ++calls;
            monotonic = monotonic && done >= lastDone && done <= total;
            lastDone = done;
        });
        const ExportResult r = exporter.exportSelection(ExportSelection());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.memories, 39);
        QCOMPARE(r.pages, 39 + 2);
        QVERIFY(calls > 0);
        QVERIFY(monotonic);

        const SiteCheck check = checkSite(out.path());
        QCOMPARE(check.htmlFiles, 41);
        QVERIFY(check.links > 100);
        QVERIFY2(check.broken.isEmpty(), qPrintable(check.broken.join(QLatin1Char('\n'))));
        QVERIFY2(check.remote.isEmpty(), qPrintable(check.remote.join(QLatin1Char('\n'))));
        QVERIFY2(check.scripts.isEmpty(), qPrintable(check.scripts.join(QLatin1Char('\n'))));
        QVERIFY2(check.noCsp.isEmpty(), qPrintable(check.noCsp.join(QLatin1Char('\n'))));

        // The hostile post is text: escaped, never markup.
        const QString hostile =
            readAll(out.path() + QStringLiteral("/m/%1.html").arg(idOf(QStringLiteral("post:hostile"))));
        QVERIFY(hostile.contains(QLatin1String("&lt;script&gt;alert(")));
        QVERIFY(!hostile.contains(QLatin1String("<script>alert")));
        QVERIFY(!hostile.contains(QLatin1String("onerror=alert")) ||
                hostile.contains(QLatin1String("&lt;img")));
        QVERIFY(!hostile.contains(QLatin1String("<img src=http")));
        // The blog: sanitised (no script, handler, iframe, remote picture or link), its own picture local.
        const QString blog =
            readAll(out.path() + QStringLiteral("/m/%1.html").arg(idOf(QStringLiteral("blog:1"))));
        QVERIFY(!blog.contains(QLatin1String("alert(")));
        QVERIFY(!blog.contains(QLatin1String("<iframe")));
        QVERIFY(!blog.contains(QLatin1String("onclick")));
        QVERIFY(!blog.contains(QLatin1String("remote.example")) ||
                !blog.contains(QLatin1String("src=\"https")));
        QVERIFY(blog.contains(QStringLiteral("有些人走着走着就散了")));
        QVERIFY(blog.contains(QStringLiteral("原文链接")));
        QVERIFY(blog.contains(QLatin1String("src=\"../media/")));
        QCOMPARE(blog.count(QStringLiteral("我们的高三</h2>")), 1); // the body's own heading, not twice

        // Emoticon and avatar are local files.
        const QString withEmoticon =
            readAll(out.path() + QStringLiteral("/m/%1.html").arg(idOf(QStringLiteral("post:4-0"))));
        QVERIFY(withEmoticon.contains(QLatin1String("../emoticons/e100.gif")));
        QVERIFY(QFileInfo::exists(out.path() + QStringLiteral("/emoticons/e100.gif")));
        const QString commented =
            readAll(out.path() + QStringLiteral("/m/%1.html").arg(idOf(QStringLiteral("post:1-0"))));
        QVERIFY(commented.contains(QLatin1String("../avatars/20002.jpg")));
        QVERIFY(commented.contains(QStringLiteral("&lt;b&gt;真的&lt;/b&gt;")));

        // Web copies: never more than 1600 px; small JPEGs are kept as they are.
        int pictures = 0;
        QDirIterator media(out.path() + QStringLiteral("/media"), QDir::Files, QDirIterator::Subdirectories);
        while (media.hasNext()) {
            const QSize size = QImageReader(media.next()).size();
            QVERIFY(size.isValid());
            QVERIFY2(qMax(size.width(), size.height()) <= 1600, qPrintable(media.filePath()));
            ++pictures;
        }
        QCOMPARE(pictures, r.photos);
        QVERIFY(pictures >= 12 + 1 + 1);
        QVERIFY(!QFileInfo::exists(out.path() + QStringLiteral("/originals")));

        // Search data is a script with the exported text; index lists years and months.
        const QString search = readAll(out.path() + QStringLiteral("/assets/search-index.js"));
        QVERIFY(search.startsWith(QLatin1String("window.KEEPSAKE_SEARCH = [")));
        QVERIFY(search.contains(QStringLiteral("黑板上的文字")));
        QVERIFY(!search.contains(QLatin1String("</script")));
        const QString index = readAll(out.path() + QStringLiteral("/index.html"));
        QVERIFY(index.contains(QLatin1String("id=\"y2012\"")));
        QVERIFY(index.contains(QLatin1String("id=\"m201208\"")));
        QVERIFY(index.contains(QStringLiteral("上传了 12 张照片到《毕业旅行》")));
        QVERIFY(index.contains(QLatin1String("font-family")) ||
                readAll(out.path() + QStringLiteral("/assets/style.css"))
                    .contains(QLatin1String("Noto Sans CJK SC")));
        QVERIFY(readAll(out.path() + QStringLiteral("/assets/style.css"))
                    .contains(QLatin1String("@media print")));
    }

    void originalsOnRequest()
    {
        QTemporaryDir out;
        HtmlExportOptions options;
        options.outputDir = out.path();
        options.includeOriginals = true;
        HtmlExporter exporter(m_fx.db, options);
        ExportSelection s;
        s.year = 2012;
        s.from = QDate(2012, 2, 1);
        s.to = QDate(2012, 2, 29);
        const ExportResult r = exporter.exportSelection(s);
        QVERIFY(r.ok);
        QCOMPARE(r.memories, 4);
        // The 3000 px original is there byte for byte, linked from the page; the web copy is 1600 px.
        QDirIterator it(out.path() + QStringLiteral("/originals"), QDir::Files, QDirIterator::Subdirectories);
        int big = 0;
        while (it.hasNext()) {
            if (QImageReader(it.next()).size().width() == 3000)
                ++big;
        }
        QCOMPARE(big, 1);
        QVERIFY(checkSite(out.path()).broken.isEmpty());
    }

    void cancelStops()
    {
        QTemporaryDir out;
        HtmlExportOptions options;
        options.outputDir = out.path();
        HtmlExporter exporter(m_fx.db, options);
        std::atomic_bool cancel{true};
        exporter.setCancelFlag(&cancel);
        const ExportResult r = exporter.exportSelection(ExportSelection());
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok);
        QVERIFY(!QFileInfo::exists(out.path() + QStringLiteral("/index.html")));
    }

    void corpusSiteIsInert()
    {
        const QString corpus = test::corpusDir();
        const QString export1 = corpus + QStringLiteral("/qzoneexport-html/QQ空间备份_123456");
        if (corpus.isEmpty() || !QFileInfo::exists(export1)) {
            if (test::inCi())
                QFAIL("the sample corpus is missing");
            QSKIP("no sample corpus");
        }
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        const ImportReport report = importPaths(db, {export1});
        QVERIFY(report.added > 500);
        QTemporaryDir out;
        HtmlExportOptions options;
        options.outputDir = out.path();
        HtmlExporter exporter(db, options);
        const ExportResult r = exporter.exportSelection(ExportSelection());
        QVERIFY2(r.ok, qPrintable(r.error));
        // Every memory, counted as the app counts them (album containers are not memories).
        QCOMPARE(r.memories, int(LibraryCounts::whole(db.connection()).memories));
        QVERIFY(r.memories > 500 && r.memories <= report.added);
        // Photos too: the corpus's video posters are copied but are not photos, as the page's
        // header and the status bar count them.
        QCOMPARE(r.photos, int(LibraryCounts::whole(db.connection()).photos));
        const SiteCheck check = checkSite(out.path());
        QVERIFY2(check.broken.isEmpty(), qPrintable(check.broken.mid(0, 10).join(QLatin1Char('\n'))));
        QVERIFY2(check.remote.isEmpty(), qPrintable(check.remote.mid(0, 10).join(QLatin1Char('\n'))));
        QVERIFY2(check.scripts.isEmpty(), qPrintable(check.scripts.mid(0, 10).join(QLatin1Char('\n'))));
        // The corpus's <script>alert('x')</script> post and <b> post are shown literally.
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT id FROM memories WHERE body_text LIKE '%<script>alert(''x'')%'")));
        QVERIFY(q.next());
        const QString page = readAll(out.path() + QStringLiteral("/m/%1.html").arg(q.value(0).toLongLong()));
        QVERIFY(page.contains(QLatin1String("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")) ||
                page.contains(QLatin1String("&lt;script&gt;alert('x')&lt;/script&gt;")));
        QVERIFY(!page.contains(QLatin1String("<script>alert")));
        // Emoticons came from the export's own GIFs.
        QVERIFY(QDir(out.path() + QStringLiteral("/emoticons")).entryList(QDir::Files).size() >= 5);
    }
};

QTEST_MAIN(TestExportHtml)
#include "tst_export_html.moc"
