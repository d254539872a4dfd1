// SPDX-License-Identifier: GPL-3.0-or-later
// The QZoneExport importer on small generated exports: data-file wrappers, encodings, broken
// files, which folders it claims, where media are found, and that nothing is counted twice.
#include "import/importcontext.h"
#include "import/importer.h"
#include "import/librarywriter.h"
#include "import/qzonejson.h"
#include "library/database.h"
#include "search/searchindex.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray post(const char *tid, const QString &text, const QByteArray &extra = QByteArray())
{
    return QByteArray("{\"tid\":\"") + tid + "\",\"uin\":10001,\"name\":\"测试\",\"content\":\"" +
           text.toUtf8() + "\",\"created_time\":1564648560" + extra + "}";
}

struct Imported
{
    QStringList roots;
    ImportReport report;
};

class Fixture
{
public:
    Fixture() { QVERIFY(m_db.open(m_lib.path())); }
    ~Fixture() { m_db.close(); }

    Imported import(const QString &path)
    {
        Imported result;
        auto importer = makeQZoneExportImporter();
        LibraryWriter writer(m_db, path, &searchIndexer());
        if (!writer.begin())
            return result;
        result.roots = importer->findRoots(path);
        for (const QString &root : std::as_const(result.roots))
            importer->importRoot(ImportScope{root, {}}, writer.context(), writer);
        result.report = writer.finish();
        return result;
    }

    qint64 count(const QString &sql) const
    {
        QSqlQuery q(m_db.connection());
        if (q.exec(sql) && q.next())
            return q.value(0).toLongLong();
        return -1;
    }
    QString text(const QString &sql) const
    {
        QSqlQuery q(m_db.connection());
        if (q.exec(sql) && q.next())
            return q.value(0).toString();
        return QString();
    }

private:
    QTemporaryDir m_lib;
    Database m_db;
};

bool hasProblem(const ImportReport &report, const QString &fileEnd, const QString &kind)
{
    return std::any_of(report.problems.begin(), report.problems.end(),
                       [&](const ImportProblem &p) { return p.file.endsWith(fileEnd) && p.kind == kind; });
}

} // namespace

class TestQZoneExport : public QObject
{
    Q_OBJECT

private slots:
    void overlongTextsAreCutAtACharacterBoundary()
    {
        // 5 MB of 3-byte characters, escapes and a surrogate pair around the 4 MB mark: the cut
        // keeps valid JSON and valid text, and names the field it cut.
        QByteArray text;
        while (text.size() < ks::qzone::kMaxTextBytes - 2)
            text += "长";
        text += "\\u00e9\\ud83d\\ude00\\n\\\"";
        while (text.size() < (qint64(5) << 20))
            text += "长";
        const QByteArray json =
            "[{\"tid\":\"t1\",\"content\":\"" + text + "\"},{\"tid\":\"t2\",\"content\":\"短\"}]";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("messages.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        const ks::qzone::DataFileResult result = ks::qzone::readDataFile(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        const QJsonArray items = result.value.toArray();
        QCOMPARE(items.size(), 2);
        const QString cut = items.at(0).toObject().value(QLatin1String("content")).toString();
        QVERIFY(cut.toUtf8().size() <= ks::qzone::kMaxTextBytes + 16);
        QVERIFY(cut.toUtf8().size() >= ks::qzone::kMaxTextBytes - 16);
        QVERIFY(!cut.contains(QChar::ReplacementCharacter));
        QVERIFY(!cut.back().isHighSurrogate());
        QCOMPARE(items.at(1).toObject().value(QLatin1String("content")).toString(), QStringLiteral("短"));
        QCOMPARE(result.cuts.size(), 1);
        QVERIFY2(result.cuts.first().contains(QStringLiteral("\"content\"")),
                 qPrintable(result.cuts.first()));
        // A small file is never touched.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[{\"content\":\"\\ud83d\\ude00 ok\"}]");
        f.close();
        const ks::qzone::DataFileResult small = ks::qzone::readDataFile(path);
        QVERIFY(small.cuts.isEmpty());
        QCOMPARE(small.value.toArray().at(0).toObject().value(QLatin1String("content")).toString(),
                 QString::fromUtf8("😀 ok"));
    }

    void mistypedEntriesAreNamed()
    {
        // Items whose fields have the wrong JSON types: what can be read is kept, and the file is
        // named in the problems (the fault set found them dropped silently).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("2011.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"([{"tid":"a","content":"好"},{"tid":[1,2],"content":{"a":1}},{"tid":"c","uin":{},"content":"x"}])");
        f.close();
        ks::ImportContext context;
        const QJsonValue value = ks::qzone::readDataFile(path, context);
        QCOMPARE(ks::qzone::itemsOf(value).size(), 3);
        const QList<ks::ImportProblem> problems = context.report().problems;
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().kind, QStringLiteral("malformed"));
        QCOMPARE(problems.first().file, path);
        QVERIFY2(problems.first().message.startsWith(QStringLiteral("2 of the 3 entries")),
                 qPrintable(problems.first().message));
    }

    void boundedReadKeepsTooLargeFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("page.html"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(3 << 20, 'a'));
        f.close();
        ks::ImportContext context;
        QStringList kept;
        context.setSourceKeeper([&](const QString &p) { kept << p; });
        QVERIFY(!context.readBoundedFile(path, 2 << 20).has_value());
        QCOMPARE(kept, QStringList{path});
        QCOMPARE(context.report().problems.size(), 1);
        QCOMPARE(context.report().problems.first().kind, QStringLiteral("too-large"));
        const std::optional<QByteArray> whole = context.readBoundedFile(path, 4 << 20);
        QVERIFY(whole.has_value());
        QCOMPARE(whole->size(), 3 << 20);
    }

    void wrapperVariants_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("window dot") << QByteArray("window.messages = [{\"tid\":\"a\"}]");
        QTest::newRow("window bracket") << QByteArray("window[\"messages\"]=[{\"tid\":\"a\"}];");
        QTest::newRow("var and semicolon") << QByteArray("var messages = [{\"tid\":\"a\"}];\n");
        QTest::newRow("backedup junk") << QByteArray("window.messages = [{\"tid\":\"a\"}];backedup");
        QTest::newRow("plain json with BOM") << QByteArray("\xEF\xBB\xBF[{\"tid\":\"a\"}]");
        QTest::newRow("trailing NULs") << QByteArray("[{\"tid\":\"a\"}]\0\0\0", 16);
        QTest::newRow("object payload")
            << QByteArray("window.boardInfo = {\"items\":[{\"tid\":\"a\"}],\"total\":1}");
    }

    void wrapperVariants()
    {
        QFETCH(QByteArray, bytes);
        const qzone::DataFileResult result = qzone::parseDataBytes(bytes);
        QVERIFY2(result.ok(), qPrintable(result.message));
        const QJsonArray items = qzone::itemsOf(result.value);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QLatin1String("tid")).toString(), QStringLiteral("a"));
    }

    void brokenBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("kind");
        QTest::newRow("truncated") << QByteArray("window.messages = [{\"tid\":\"a\"},{\"tid\":")
                                   << QStringLiteral("malformed");
        QTest::newRow("NUL between values")
            << QByteArray("[{\"tid\":\"a\"}\0,{\"tid\":\"b\"}]", 25) << QStringLiteral("malformed");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("malformed");
        QTest::newRow("html page") << QByteArray("<html>rate limited</html>") << QStringLiteral("malformed");
        QTest::newRow("not text") << QByteArray("[\"\x81\x30\xff\xfe\"]") << QStringLiteral("encoding");
    }

    void brokenBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, kind);
        QCOMPARE(qzone::parseDataBytes(bytes).kind, kind);
    }

    void gbkFileIsDecoded()
    {
        QStringEncoder gbk("GB18030");
        QVERIFY(gbk.isValid());
        const QByteArray bytes =
            gbk.encode(QStringLiteral("[{\"tid\":\"g1\",\"content\":\"下雪了，好冷\"}]"));
        const qzone::DataFileResult result = qzone::parseDataBytes(bytes);
        QVERIFY(result.ok());
        QCOMPARE(qzone::itemsOf(result.value).at(0).toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("下雪了，好冷"));
    }

    void importsHtmlModeAndResolvesMedia()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/QQ空间备份_10001");
        const QByteArray pic =
            ",\"custom_images\":[{\"custom_url\":\"remote-p/1\",\"custom_filepath\":\"images/"
            "AAAA0001.jpeg\"},{\"custom_url\":\"remote-p/2\",\"custom_filepath\":\"images/"
            "AAAA0002.jpeg\"}],\"custom_comments\":[{\"uin\":2,\"name\":\"b\",\"content\":\"好\",\"create_"
            "time\":1564650000,\"list_3\":[{\"uin\":10001,\"name\":\"测试\",\"content\":\"嗯\",\"create_"
            "time\":1564650100}]}]";
        writeFile(root + QStringLiteral("/Messages/json/messages.js"),
                  "window.messages = [" + post("t1", QStringLiteral("第一条[em]e100[/em]"), pic) + "," +
                      post("t2", QStringLiteral("第二条")) + "]");
        // Pictures on disk under a capital-I Images/ folder; one never downloaded.
        writeFile(root + QStringLiteral("/Messages/Images/AAAA0001.jpeg"),
                  QByteArray("\xFF\xD8\xFF\xE0 not a real jpeg"));
        // The blog body names images/…; the file sits elsewhere in the module (found by name).
        writeFile(
            root + QStringLiteral("/Blogs/json/blogs.js"),
            "window.blogs = [{\"blogid\":77,\"title\":\"日志\",\"pubtime\":1564648560,\"custom_html\":\"" +
                QByteArray("<p>正文<img src=\"images/BBBB0001.png\"></p>").toBase64() + "\"}]");
        writeFile(root + QStringLiteral("/Blogs/old/BBBB0001.png"), QByteArray("\x89PNG\r\n\x1a\nfake"));
        writeFile(root + QStringLiteral("/Common/images/e100.gif"), QByteArray("GIF89a fake emoticon"));
        writeFile(root + QStringLiteral("/Common/json/user.js"),
                  "window.userInfo = {\"uin\":10001,\"nickname\":\"测试\",\"spacename\":\"空间\"}");

        Fixture fx;
        const Imported imported = fx.import(dir.path());
        QCOMPARE(imported.roots, QStringList{root});
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post'")), 2);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'blog'")), 1);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM comments")), 2);
        QCOMPARE(fx.text(QStringLiteral("SELECT nickname FROM accounts WHERE uin = '10001'")),
                 QStringLiteral("测试"));
        QCOMPARE(fx.text(QStringLiteral(
                     "SELECT json_extract(profile_json, '$.userInfo.spacename') FROM accounts")),
                 QStringLiteral("空间"));
        QCOMPARE(fx.text(QStringLiteral("SELECT body_text FROM memories WHERE key = 'post:t1'")),
                 QStringLiteral("第一条[em]e100[/em]"));
        QCOMPARE(fx.text(QStringLiteral(
                     "SELECT mm.source_path FROM memory_media mm JOIN media m ON m.id = mm.media_id "
                     "WHERE mm.position = 0 AND m.status <> 'missing' AND mm.memory_id = "
                     "(SELECT id FROM memories WHERE key = 'post:t1')")),
                 QStringLiteral("Messages/Images/AAAA0001.jpeg"));
        QCOMPARE(fx.text(QStringLiteral("SELECT mm.source_path FROM memory_media mm WHERE mm.memory_id = "
                                        "(SELECT id FROM memories WHERE key = 'blog:77')")),
                 QStringLiteral("Blogs/old/BBBB0001.png"));
        // The missing one is reported where it should have been.
        QVERIFY(hasProblem(imported.report, QStringLiteral("/QQ空间备份_10001/Messages/images/AAAA0002.jpeg"),
                           QStringLiteral("missing")));
        // The emoticon is kept although no memory names it.
        QCOMPARE(fx.count(QStringLiteral(
                     "SELECT COUNT(*) FROM source_files WHERE rel_path = 'common/images/e100.gif'")),
                 1);
    }

    void backupStoreIsPreferredAndNothingCountsTwice()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/QQ空间备份_10001");
        // The backup store has three posts; the module file two of them (and a malformed third file).
        writeFile(root + QStringLiteral("/Common/json/助手备份数据_10001.json"),
                  "{\"Backedup\":{\"10001\":[{\"module\":\"Messages\",\"data\":[" +
                      post("a", QStringLiteral("一")) + "," + post("b", QStringLiteral("二")) + "," +
                      post("c", QStringLiteral("三")) +
                      "],\"time\":1},{\"module\":\"Boards\",\"data\":{\"items\":[{\"id\":\"1\",\"uin\":3,"
                      "\"nickname\":\"友\",\"pubtime\":1564648560,\"ubbContent\":\"留言\",\"replyList\":[{"
                      "\"uin\":10001,\"nick\":\"测试\",\"content\":\"谢\",\"time\":1564648600}]}],"
                      "\"authorInfo\":{\"message\":\"欢迎\"},\"total\":1},\"time\":1}]}}");
        writeFile(root + QStringLiteral("/Messages/json/messages.js"),
                  "window.messages = [" + post("a", QStringLiteral("一")) + "," +
                      post("b", QStringLiteral("二")) + "]");
        writeFile(root + QStringLiteral("/Messages/messages.json"),
                  "[" + post("a", QStringLiteral("一")) + "]");
        Fixture fx;
        const Imported imported = fx.import(dir.path());
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post'")), 3);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM memory_sources")), 4);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM comments")), 1);
        QVERIFY(fx.text(QStringLiteral("SELECT source_file FROM memory_sources LIMIT 1"))
                    .endsWith(QStringLiteral("助手备份数据_10001.json")));
        QCOMPARE(fx.text(QStringLiteral(
                     "SELECT json_extract(profile_json, '$.authorInfo.message') FROM accounts")),
                 QStringLiteral("欢迎"));
        QVERIFY(imported.report.problems.isEmpty());
    }

    void jsonModeYearFilesWhenMainFileIsBroken()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/QQ空间备份_10001");
        writeFile(root + QStringLiteral("/Messages/messages.json"),
                  "[" + post("a", QStringLiteral("一")) + ",{\"tid\":");
        writeFile(root + QStringLiteral("/Messages/2019.json"),
                  "[" + post("a", QStringLiteral("一")) + "," + post("b", QStringLiteral("二")) + "]");
        writeFile(root + QStringLiteral("/Messages/2018.json"), "[" + post("b", QStringLiteral("二")) + "]");
        // A broken module never stops the others; a GBK-encoded file is read.
        QStringEncoder gbk("GB18030");
        writeFile(
            root + QStringLiteral("/Boards/boards.json"),
            gbk.encode(QStringLiteral("{\"items\":[{\"id\":\"9\",\"uin\":5,\"nickname\":\"老友\",\"pubtime\":"
                                      "1564648560,\"ubbContent\":\"好久不见\"}],\"total\":1}")));
        writeFile(root + QStringLiteral("/Blogs/blogs.json"), QByteArray("[{\"blogid\":1,\0\0\0", 16));
        Fixture fx;
        const Imported imported = fx.import(dir.path());
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post'")), 2);
        QCOMPARE(fx.text(QStringLiteral("SELECT body_text FROM memories WHERE key = 'board:9'")),
                 QStringLiteral("好久不见"));
        QVERIFY(hasProblem(imported.report, QStringLiteral("/Messages/messages.json"),
                           QStringLiteral("malformed")));
        QVERIFY(
            hasProblem(imported.report, QStringLiteral("/Blogs/blogs.json"), QStringLiteral("malformed")));
        QVERIFY(
            !hasProblem(imported.report, QStringLiteral("/Boards/boards.json"), QStringLiteral("encoding")));
    }

    void everyPostOfAOneLineExportIsImported()
    {
        // messages.js as QZoneExport's HTML mode writes it: one line, larger than a read block
        // (1 MB), entries whose texts hold quotes, brackets and escapes. It is read entry by entry.
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/QQ空间备份_10001");
        constexpr int kPosts = 2500;
        QByteArray line = "window.messages = [";
        for (int i = 0; i < kPosts; ++i) {
            if (i)
                line += ',';
            const QByteArray tid = "s" + QByteArray::number(i);
            line += post(tid.constData(),
                         QStringLiteral("第%1条 \\\"引号\\\" ]},{[ \\u4e2d %2")
                             .arg(i)
                             .arg(QString(300, QLatin1Char('x'))),
                         ",\"commentlist\":[{\"uin\":5,\"name\":\"友\",\"content\":\"]\",\"create_time\":"
                         "1564648600}]");
        }
        line += "]";
        QVERIFY(line.size() > (1 << 20));
        writeFile(root + QStringLiteral("/Messages/json/messages.js"), line);
        Fixture fx;
        const Imported imported = fx.import(dir.path());
        QCOMPARE(imported.roots, QStringList{root});
        QVERIFY2(imported.report.problems.isEmpty(), qPrintable(imported.report.problems.value(0).message));
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post'")), kPosts);
        const QString text =
            fx.text(QStringLiteral("SELECT body_text FROM memories WHERE key = 'post:s2499'"));
        QVERIFY2(text.startsWith(QStringLiteral("第2499条 \"引号\" ]},{[ 中")), qPrintable(text));
    }

    void findRoots()
    {
        QTemporaryDir dir;
        const QString base = dir.path();
        // MarkDown only: the MarkDown importer's, not ours.
        writeFile(base + QStringLiteral("/md/QQ空间备份_1/Messages/Messages.md"), "# 2019年\r\n");
        // Media-only half: ours, even without data.
        writeFile(base + QStringLiteral("/media/QQ空间备份_2/Messages/images/A.jpeg"), "x");
        // No canonical name, but module data, three levels down.
        writeFile(base + QStringLiteral("/a/b/export/Messages/json/messages.js"), "window.messages = []");
        // A folder with Albums/ but no data is someone's photos, not an export.
        writeFile(base + QStringLiteral("/photos/Albums/x.jpg"), "x");
        auto importer = makeQZoneExportImporter();
        QStringList roots = importer->findRoots(base);
        roots.sort();
        QStringList expected{base + QStringLiteral("/a/b/export"),
                             base + QStringLiteral("/media/QQ空间备份_2")};
        expected.sort();
        QCOMPARE(roots, expected);
        QCOMPARE(importer->findRoots(base + QStringLiteral("/media/QQ空间备份_2")),
                 QStringList{base + QStringLiteral("/media/QQ空间备份_2")});
        QVERIFY(importer->findRoots(base + QStringLiteral("/md")).isEmpty());
    }

    void mediaOnlyHalfFillsTextHalf()
    {
        QTemporaryDir text, media;
        writeFile(text.path() + QStringLiteral("/QQ空间备份_10001/Messages/messages.json"),
                  "[" +
                      post("a", QStringLiteral("一"),
                           ",\"custom_images\":[{\"custom_url\":\"remote-p\",\"custom_filepath\":\"images/"
                           "CCCC0001.jpeg\"}]") +
                      "]");
        writeFile(media.path() + QStringLiteral("/QQ空间备份_10001/Messages/images/CCCC0001.jpeg"),
                  "bytes of a photo");
        Fixture fx;
        const Imported first = fx.import(text.path());
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM media WHERE status = 'missing'")), 1);
        QCOMPARE(first.report.problems.size(), 1);
        fx.import(media.path());
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM media WHERE status = 'missing'")), 0);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM media WHERE status = 'ok'")), 1);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM problems")), 0);
    }
};

QTEST_GUILESS_MAIN(TestQZoneExport)
#include "tst_qzoneexport.moc"
