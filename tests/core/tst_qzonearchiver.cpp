// SPDX-License-Identifier: GPL-3.0-or-later
// The qzone-archiver ("SPA" export) importer on small generated exports: every module's data
// files and wrappers, broken and missing files, the light index, the 助手 store and v2 json/
// files beside the data files, which folders it claims, media names with and without
// extensions; and the shared converter changes it needed (favourite text shapes, rt_con as
// text, pictures of favourites, share time 0).
#include "service/importservice.h"
#include "import/qzoneapi.h"
#include "qzonearchiverfixtures.h"
#include "testsupport.h"

using namespace ks;
using namespace ks::test::spa;

class TestQZoneArchiver : public QObject
{
    Q_OBJECT

private slots:
    void findsOnlySpaRoots()
    {
        QTemporaryDir dir;
        const QString base = dir.path();
        put(base + QStringLiteral("/spa/QQ空间备份_1/Messages/data/messages-2019.js"),
            "window.messages_2019 = []");
        // Three levels down, without the canonical name; only an album file.
        put(base + QStringLiteral("/a/b/export/Albums/data/photos-album-X.js"), "window.photos_album_X = {}");
        // QZoneExport v2: json/*.js and no data/ folder is not ours.
        put(base + QStringLiteral("/v2/QQ空间备份_2/Messages/json/messages.js"), "window.messages = []");
        // A data/ folder of something else.
        put(base + QStringLiteral("/other/Messages/data/notes.js"), "var x = 1");
        put(base + QStringLiteral("/other2/Messages/data/messages-comments.js"), "window.c = []");
        auto importer = makeQZoneArchiverImporter();
        QCOMPARE(importer->formatId(), QStringLiteral("qzone-archiver"));
        QStringList roots = importer->findRoots(base);
        roots.sort();
        QCOMPARE(roots, (QStringList{base + QStringLiteral("/a/b/export"),
                                     base + QStringLiteral("/spa/QQ空间备份_1")}));
        QVERIFY(importer->findRoots(base + QStringLiteral("/v2")).isEmpty());
    }

    void registryLetsTheArchiverClaimSpaRoots()
    {
        // Through the registry: the SPA root is ours alone; a v2 export stays QZoneExport's.
        QTemporaryDir source, lib;
        writeFullExport(source.path() + QStringLiteral("/QQ空间备份_10001"));
        put(source.path() + QStringLiteral("/old/QQ空间备份_10001/Messages/json/messages.js"),
            js("messages", QJsonArray{post(QStringLiteral("v2"), QStringLiteral("旧"), 1300000000)}));
        Database db;
        QVERIFY(db.open(lib.path()));
        const ImportReport report = importPaths(db, {source.path()});
        QVERIFY(!report.failed);
        QStringList formats = report.formats;
        formats.sort();
        QCOMPARE(formats, (QStringList{QStringLiteral("qzone-archiver"), QStringLiteral("qzoneexport")}));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5);
        db.close();
    }

    void importsEveryModule()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/QQ空间备份_10001");
        writeFullExport(root);
        Fixture fx;
        QStringList roots;
        bool ok = false;
        const ImportReport report = fx.import(dir.path(), &roots, &ok);
        QCOMPARE(roots, QStringList{root});
        QVERIFY(ok);
        QCOMPARE(fx.kind("post"), 4);
        QCOMPARE(fx.kind("blog"), 1);
        QCOMPARE(fx.kind("diary"), 1);
        QCOMPARE(fx.kind("album"), 1);
        QCOMPARE(fx.kind("photo"), 3);
        QCOMPARE(fx.kind("video"), 2);
        QCOMPARE(fx.kind("board"), 1);
        QCOMPARE(fx.kind("favorite"), 1);
        QCOMPARE(fx.kind("share"), 1);
        QCOMPARE(fx.kind("visit"), 1);
        // Friends from the group file, plus the one only the index lists; the owner is not a friend.
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM people WHERE is_friend = 1")), 2);
        QCOMPARE(fx.text(QStringLiteral("SELECT remark FROM people WHERE uin = '20002'")),
                 QStringLiteral("同桌"));
        QCOMPARE(fx.text(QStringLiteral("SELECT nickname FROM accounts WHERE uin = '10001'")),
                 QStringLiteral("小满"));
        QCOMPARE(
            fx.text(QStringLiteral("SELECT json_extract(profile_json, '$.authorInfo.sign') FROM accounts")),
            QStringLiteral("时光不老"));

        // Comments and replies of every kind.
        auto comments = [&](const QString &key) {
            return fx.count(
                QStringLiteral("SELECT COUNT(*) FROM comments c JOIN memories m ON m.id = c.memory_id "
                               "WHERE m.key = '%1'")
                    .arg(key));
        };
        QCOMPARE(comments(QStringLiteral("post:t1")), 2);
        QCOMPARE(comments(QStringLiteral("blog:1441886397")), 1);
        QCOMPARE(comments(QStringLiteral("board:5")), 1);
        QCOMPARE(comments(QStringLiteral("share:s1")), 1);

        // Reposts: rt_con as text or as {content}.
        QCOMPARE(
            fx.text(QStringLiteral("SELECT json_extract(extra_json, '$.repost.text') FROM memories WHERE "
                                   "key = 'post:t2'")),
            QStringLiteral("终于考完了！！！"));
        QCOMPARE(
            fx.text(QStringLiteral("SELECT json_extract(extra_json, '$.repost.text') FROM memories WHERE "
                                   "key = 'post:t3'")),
            QStringLiteral("饺子还是最好吃"));
        // The recovered 说说: the owner's, marked deleted, with its comment.
        const QString deleted = QStringLiteral("post:deleted_1479639835_今天终于拿到驾照了");
        QCOMPARE(fx.text(QStringLiteral(
                             "SELECT json_extract(extra_json, '$.deleted') FROM memories WHERE key = '%1'")
                             .arg(deleted)),
                 QStringLiteral("1"));
        QCOMPARE(
            fx.text(QStringLiteral("SELECT p.uin FROM memories m JOIN people p ON p.id = m.author_id WHERE "
                                   "m.key = '%1'")
                        .arg(deleted)),
            QStringLiteral("10001"));
        QCOMPARE(comments(deleted), 1);

        // Media: found, missing, placeholder; covers, posters, blog images, favourite pictures.
        QCOMPARE(fx.media(QStringLiteral("post:t1"), "ok"), 1);
        QCOMPARE(fx.media(QStringLiteral("post:t1"), "missing"), 1);
        QCOMPARE(fx.media(QStringLiteral("blog:1441886397"), "ok"), 1);
        QCOMPARE(
            fx.text(QStringLiteral("SELECT mm.source_path FROM memory_media mm JOIN memories m ON m.id = "
                                   "mm.memory_id WHERE m.key = 'blog:1441886397'")),
            QStringLiteral("Blogs/images/72d676d5.jpeg"));
        QCOMPARE(fx.media(QStringLiteral("album:A1"), "ok"), 1);
        QCOMPARE(fx.media(QStringLiteral("photo:P1"), "ok"), 1);
        QCOMPARE(fx.media(QStringLiteral("photo:P2"), "missing"), 1);
        QCOMPARE(fx.media(QStringLiteral("photo:P3"), "placeholder"), 1);
        QCOMPARE(fx.media(QStringLiteral("video:v1"), "ok"), 2);
        QCOMPARE(fx.media(QStringLiteral("video:v2"), "missing"), 1);
        QCOMPARE(fx.media(QStringLiteral("video:v2"), "ok"), 1); // its poster
        QCOMPARE(fx.media(QStringLiteral("favorite:f1"), "ok"), 2);
        QCOMPARE(
            fx.text(QStringLiteral("SELECT a.name FROM memories m JOIN albums a ON a.id = m.album_id WHERE "
                                   "m.key = 'photo:P1'")),
            QStringLiteral("春游 2014"));
        QVERIFY2(hasProblem(report, QStringLiteral("/Messages/images/deadbeef.jpeg"),
                            QStringLiteral("missing"), QStringLiteral("post:t1")),
                 qPrintable(problemList(report)));
        QVERIFY(hasProblem(report, QStringLiteral("/Albums/游记/春游_2014/2_b_22222222.jpeg"),
                           QStringLiteral("missing"), QStringLiteral("photo:P2")));
        QVERIFY(hasProblem(report, QStringLiteral("/Albums/游记/春游_2014/3_c_33333333.jpeg"),
                           QStringLiteral("placeholder"), QStringLiteral("photo:P3")));
        QVERIFY(hasProblem(report, QStringLiteral("/Videos/2_v2.mp4"), QStringLiteral("missing"),
                           QStringLiteral("video:v2")));
        QCOMPARE(report.problems.size(), 4);

        // Texts and times the shared converters now keep.
        QCOMPARE(fx.text(QStringLiteral("SELECT body_text FROM memories WHERE key = 'favorite:f1'")),
                 QStringLiteral("毕业十年，我们约好在老地方"));
        QCOMPARE(
            fx.text(QStringLiteral("SELECT json_extract(extra_json, '$.owner.uin') FROM memories WHERE key = "
                                   "'favorite:f1'")),
            QStringLiteral("20002"));
        QCOMPARE(fx.count(QStringLiteral(
                     "SELECT COUNT(*) FROM memories WHERE key = 'share:s1' AND created IS NULL")),
                 1);
        QCOMPARE(fx.text(QStringLiteral("SELECT body_text FROM memories WHERE key = 'board:5'")),
                 QStringLiteral("1 < 2 & 3"));
        QCOMPARE(fx.count(QStringLiteral("SELECT created FROM memories WHERE key = 'blog:1441886397'")),
                 1441886397); // pubtime has the seconds the index's pubTime lacks
        // The avatar no record names is kept too.
        QCOMPARE(fx.count(QStringLiteral(
                     "SELECT COUNT(*) FROM source_files WHERE rel_path = 'common/images/20002'")),
                 1);

        // A second import changes nothing.
        const ImportReport again = fx.import(dir.path());
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(fx.kind("post"), 4);
    }

    void brokenDataFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("truncated") << QByteArray(
            "window.messages_2019 = [{\"tid\":\"x1\",\"content\":\"a\"},{\"tid\":");
        QTest::newRow("not a window assignment") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("invalid JSON") << QByteArray("window.messages_2019 = [{tid: 'x1', content: 'a'}]");
        QTest::newRow("an object, not a list") << QByteArray("window.messages_2019 = {\"tid\":\"x1\"}");
        QTest::newRow("entries that are not items") << QByteArray("window.messages_2019 = [1,\"two\",null]");
    }

    void brokenDataFiles()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/QQ空间备份_10001");
        put(root + QStringLiteral("/Messages/data/messages-2019.js"), bytes);
        put(root + QStringLiteral("/Messages/data/messages-2020.js"),
            js("messages_2020", QJsonArray{post(QStringLiteral("ok1"), QStringLiteral("好"), 1590000000)}));
        put(root + QStringLiteral("/Boards/data/boards-2013.js"),
            js("boards_2013",
               QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                      {QStringLiteral("uin"), 3},
                                      {QStringLiteral("pubtime"), 1382752434},
                                      {QStringLiteral("ubbContent"), QStringLiteral("留言")}}}));
        Fixture fx;
        bool ok = false;
        const ImportReport report = fx.import(dir.path(), nullptr, &ok);
        QVERIFY(ok);
        QVERIFY2(hasProblem(report, QStringLiteral("/Messages/data/messages-2019.js"),
                            QStringLiteral("malformed")),
                 qPrintable(problemList(report)));
        QCOMPARE(report.problems.size(), 1);
        // The rest is imported.
        QCOMPARE(fx.kind("post"), 1);
        QCOMPARE(fx.kind("board"), 1);
    }

    void nothingReadableIsAProblem()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/QQ空间备份_10001");
        put(root + QStringLiteral("/Messages/data/messages-2019.js"), "window.messages_2019 = [{\"tid\":");
        put(root + QStringLiteral("/Messages/data/messages-index.js"), QByteArray());
        Fixture fx;
        bool ok = true;
        const ImportReport report = fx.import(dir.path(), nullptr, &ok);
        QVERIFY(!ok);
        QCOMPARE(fx.kind("post"), 0);
        QVERIFY(hasProblem(report, QStringLiteral("/Messages/data/messages-2019.js"),
                           QStringLiteral("malformed")));
        const auto summary = std::find_if(report.problems.begin(), report.problems.end(),
                                          [&](const ImportProblem &p) { return p.file == root; });
        QVERIFY2(summary != report.problems.end(), qPrintable(problemList(report)));
        QVERIFY(summary->message.contains(QLatin1String("Messages/data/messages-2019.js")));
        QVERIFY(summary->message.contains(QLatin1String("Messages/data/messages-index.js")));

        // Through the registry the import fails instead of reporting an empty success.
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        QVERIFY(importPaths(db, {root}).failed);
        db.close();
    }

    void unknownDataFilesAreReported()
    {
        // A file a later archiver version might add: said, not guessed at.
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/QQ空间备份_10001");
        put(root + QStringLiteral("/Messages/data/messages-2019.js"),
            js("messages_2019", QJsonArray{post(QStringLiteral("t1"), QStringLiteral("一"), 1565948160)}));
        put(root + QStringLiteral("/Messages/data/messages-comments.js"), "window.messagesComments = []");
        Fixture fx;
        const ImportReport report = fx.import(dir.path());
        QCOMPARE(fx.kind("post"), 1);
        QVERIFY(hasProblem(report, QStringLiteral("/Messages/data/messages-comments.js"),
                           QStringLiteral("unsupported")));
        QCOMPARE(report.problems.size(), 1);
    }

    void indexFillsOnlyWhatYearFilesLack()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/QQ空间备份_10001");
        put(root + QStringLiteral("/Messages/data/messages-2019.js"),
            js("messages_2019",
               QJsonArray{post(QStringLiteral("t1"), QStringLiteral("完整的一条说说"), 1565948160)}));
        // t9's year file is gone; its index row (title cut inside an emoji) is all that is left.
        put(root + QStringLiteral("/Messages/data/messages-index.js"),
            "window.messagesIndex = [{\"tid\":\"t1\",\"title\":\"完整\",\"time\":\"2019-08-16 17:36:00\"},"
            "{\"tid\":\"t9\",\"title\":\"和同桌分享了一副耳机\\ud83d\",\"time\":\"2018-03-01 08:00:00\","
            "\"thumbs\":[\"images/0badf00d.jpeg\"],\"imgCount\":1}]");
        put(root + QStringLiteral("/Messages/images/0badf00d.jpeg"), jpeg(11));
        Fixture fx;
        const ImportReport report = fx.import(dir.path());
        QCOMPARE(fx.kind("post"), 2);
        QCOMPARE(fx.text(QStringLiteral("SELECT body_text FROM memories WHERE key = 'post:t1'")),
                 QStringLiteral("完整的一条说说"));
        QCOMPARE(fx.text(QStringLiteral("SELECT body_text FROM memories WHERE key = 'post:t9'")),
                 QStringLiteral("和同桌分享了一副耳机"));
        QCOMPARE(
            fx.text(QStringLiteral("SELECT datetime(created + 28800, 'unixepoch') FROM memories WHERE key = "
                                   "'post:t9'")),
            QStringLiteral("2018-03-01 08:00:00"));
        QCOMPARE(fx.media(QStringLiteral("post:t9"), "ok"), 1);
        QVERIFY2(
            hasProblem(report, QStringLiteral("/Messages/data/messages-index.js"), QStringLiteral("missing")),
            qPrintable(problemList(report)));
        QCOMPARE(report.problems.size(), 1);
    }

    void storeAndV2FilesAddWithoutDoubling()
    {
        // A complete archiver export: the 助手 store holds the same items as the data files (and an
        // older one they lost); Blogs was exported as HTML, so it has v2's json/blogs.js.
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/QQ空间备份_10001");
        const QJsonObject t1 = post(QStringLiteral("t1"), QStringLiteral("一"), 1565948160);
        const QJsonObject t2 = post(QStringLiteral("t2"), QStringLiteral("二"), 1565000000);
        const QJsonObject t0 = post(QStringLiteral("t0"), QStringLiteral("早已删除"), 1300000000);
        put(root + QStringLiteral("/Messages/data/messages-2019.js"),
            js("messages_2019", QJsonArray{t1, t2}));
        const QJsonObject store{
            {QStringLiteral("Backedup"),
             QJsonObject{{QStringLiteral("10001"),
                          QJsonArray{QJsonObject{{QStringLiteral("module"), QStringLiteral("Messages")},
                                                 {QStringLiteral("data"), QJsonArray{t1, t2, t0}},
                                                 {QStringLiteral("time"), 1786000000000.0}}}}}}};
        put(root + QStringLiteral("/Common/json/助手备份数据_10001.json"),
            QJsonDocument(store).toJson(QJsonDocument::Compact));
        put(root + QStringLiteral("/Blogs/json/blogs.js"),
            js("blogs", QJsonArray{QJsonObject{{QStringLiteral("blogid"), 77},
                                               {QStringLiteral("title"), QStringLiteral("日志")},
                                               {QStringLiteral("pubtime"), 1564648560}}}));
        Fixture fx;
        const ImportReport report = fx.import(dir.path());
        QVERIFY2(report.problems.isEmpty(), qPrintable(problemList(report)));
        QCOMPARE(fx.kind("post"), 3);
        QCOMPARE(fx.kind("blog"), 1);
        QCOMPARE(report.added, 4);
        QCOMPARE(report.updated + report.unchanged, 0);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM memory_sources")), 4);
        QVERIFY(fx.text(QStringLiteral("SELECT source_file FROM memory_sources ms JOIN memories m ON m.id = "
                                       "ms.memory_id WHERE m.key = 'post:t1'"))
                    .endsWith(QStringLiteral("Messages/data/messages-2019.js")));
    }

    void mediaNamesWithAndWithoutExtensions()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/QQ空间备份_10001");
        const QJsonObject pictures{
            {QStringLiteral("custom_images"),
             QJsonArray{pic(QStringLiteral("images/aaaa0001")),        // no suffix in the data
                        pic(QStringLiteral("images/bbbb0002.jpeg")),   // saved without one
                        pic(QStringLiteral("images/CCCC0003.png"))}}}; // another letter case
        put(root + QStringLiteral("/Messages/data/messages-2019.js"),
            js("messages_2019",
               QJsonArray{post(QStringLiteral("m1"), QStringLiteral("图"), 1565948160, pictures)}));
        put(root + QStringLiteral("/Messages/images/aaaa0001.jpeg"), jpeg(21));
        put(root + QStringLiteral("/Messages/images/bbbb0002"), jpeg(22));
        put(root + QStringLiteral("/Messages/images/cccc0003.png"),
            test::encodeImage(test::testPicture(8, 8), "PNG"));
        // A missing mp4 is not taken for the poster beside it that has its name.
        put(root + QStringLiteral("/Videos/data/videos-2017.js"),
            js("videos_2017", QJsonArray{QJsonObject{
                                  {QStringLiteral("vid"), QStringLiteral("v9")},
                                  {QStringLiteral("uploadTime"), 1513086399},
                                  {QStringLiteral("custom_filepath"), QStringLiteral("1_v9.mp4")},
                                  {QStringLiteral("custom_pre_filepath"), QStringLiteral("1_v9.jpeg")}}}));
        put(root + QStringLiteral("/Videos/1_v9.jpeg"), jpeg(23));
        Fixture fx;
        const ImportReport report = fx.import(dir.path());
        QCOMPARE(fx.media(QStringLiteral("post:m1"), "ok"), 3);
        QCOMPARE(fx.media(QStringLiteral("video:v9"), "missing"), 1);
        QCOMPARE(fx.media(QStringLiteral("video:v9"), "ok"), 1);
        QVERIFY(hasProblem(report, QStringLiteral("/Videos/1_v9.mp4"), QStringLiteral("missing")));
        QCOMPARE(report.problems.size(), 1);
    }

    void favoriteTextInEveryShape_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("text");
        QTest::newRow("saved 说说, empty abstract")
            << QByteArray("{\"id\":\"1\",\"type\":5,\"title\":\"\",\"abstract\":\"\",\"shuoshuo_info\":{"
                          "\"owner_uin\":2,"
                          "\"detail_shuoshuo_info\":{\"content\":\"毕业十年\"}}}")
            << QString() << QStringLiteral("毕业十年");
        QTest::newRow("saved 说说, abstract cut short")
            << QByteArray("{\"id\":\"1\",\"type\":5,\"abstract\":\"毕业\",\"shuoshuo_info\":{\"detail_"
                          "shuoshuo_info\":"
                          "{\"content\":\"毕业十年，不散\"}}}")
            << QString() << QStringLiteral("毕业十年，不散");
        QTest::newRow("web page: only a link")
            << QByteArray("{\"id\":\"1\",\"type\":1,\"title\":\"\",\"abstract\":\"\",\"url_info\":{\"url\":"
                          "\"http://a.b/c\"}}")
            << QString() << QStringLiteral("http://a.b/c");
        QTest::newRow("web page with a title")
            << QByteArray(
                   "{\"id\":\"1\",\"type\":1,\"title\":\"那些年\",\"url_info\":{\"url\":\"http://a.b/c\"}}")
            << QStringLiteral("那些年") << QString();
        QTest::newRow("share: title and summary")
            << QByteArray("{\"id\":\"1\",\"type\":7,\"share_info\":{\"title\":\"小习惯\",\"summary\":"
                          "\"十个\",\"reason\":\"\"}}")
            << QStringLiteral("小习惯") << QStringLiteral("十个");
        QTest::newRow("share: only its address")
            << QByteArray("{\"id\":\"1\",\"type\":7,\"share_info\":{\"share_url\":\"http://x.y/z\"}}")
            << QString() << QStringLiteral("http://x.y/z");
    }

    void favoriteTextInEveryShape()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, title);
        QFETCH(QString, text);
        const MemoryRecord r = qzone::favoriteFromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(r.title, title);
        QCOMPARE(r.text, text);
    }

    void favoritePicturesAndMusicCover()
    {
        QStringList asked;
        const qzone::MediaResolver resolver = [&](const QString &path, const QString &role) {
            asked << path;
            MediaRef ref;
            ref.role = role;
            ref.relPath = QStringLiteral("Favorites/") + path;
            return ref;
        };
        const MemoryRecord r = qzone::favoriteFromJson(
            QJsonDocument::fromJson("{\"id\":\"9\",\"type\":5,\"img_list\":[{\"url\":\"http://p/"
                                    "1\",\"custom_filepath\":\"images/01940ca6.jpeg\"}],"
                                    "\"origin_img_list\":[{\"url\":\"http://p/"
                                    "1o\"}],\"custom_audios\":[{\"name\":\"歌\",\"preview_img\":\"http://c\","
                                    "\"custom_filepath\":\"images/0a0b0c0d.jpeg\"}]}")
                .object(),
            resolver);
        QCOMPARE(asked, (QStringList{QStringLiteral("images/01940ca6.jpeg"),
                                     QStringLiteral("images/0a0b0c0d.jpeg")}));
        QCOMPARE(r.media.size(), 2); // the originals repeat the same picture
        QCOMPARE(r.media.at(1).remoteUrl, QStringLiteral("http://c"));
        QVERIFY(r.extra.contains(QLatin1String("music")));
        // Only originals: they are the pictures then.
        const MemoryRecord originals = qzone::favoriteFromJson(
            QJsonDocument::fromJson("{\"id\":\"8\",\"origin_img_list\":[{\"url\":\"http://p/2o\"}]}")
                .object());
        QCOMPARE(originals.media.size(), 1);
    }

    void shareWithoutTimeAndRepostText()
    {
        for (const char *json : {"{\"id\":\"s\",\"shareTime\":0,\"desc\":\"d\"}",
                                 "{\"id\":\"s\",\"shareTime\":\"1970-01-01 08:00:00\",\"desc\":\"d\"}"})
            QCOMPARE(qzone::shareFromJson(QJsonDocument::fromJson(json).object()).created, kNoTime);
        const MemoryRecord dated =
            qzone::shareFromJson(QJsonDocument::fromJson("{\"id\":\"s\",\"shareTime\":1441365040}").object());
        QCOMPARE(dated.created, qint64(1441365040));
        const MemoryRecord share = qzone::shareFromJson(
            QJsonDocument::fromJson(
                "{\"id\":\"s\",\"source\":{\"title\":\"\",\"desc\":\"\",\"url\":\"http://u/1\"}}")
                .object());
        QCOMPARE(share.text, QStringLiteral("http://u/1"));

        const MemoryRecord asText = qzone::postFromMsglistItem(
            QJsonDocument::fromJson("{\"tid\":\"a\",\"content\":\"转发\",\"rt_uin\":5,\"rt_con\":\"原文\"}")
                .object());
        QCOMPARE(
            asText.extra.value(QLatin1String("repost")).toObject().value(QLatin1String("text")).toString(),
            QStringLiteral("原文"));
        const MemoryRecord asObject = qzone::postFromMsglistItem(
            QJsonDocument::fromJson("{\"tid\":\"a\",\"rt_tid\":\"b\",\"rt_con\":{\"conlist\":[{\"type\":2,"
                                    "\"con\":\"原\"},{\"type\":2,\"con\":\"文\"}]}}")
                .object());
        QCOMPARE(
            asObject.extra.value(QLatin1String("repost")).toObject().value(QLatin1String("text")).toString(),
            QStringLiteral("原文"));
        const MemoryRecord plain =
            qzone::postFromMsglistItem(QJsonDocument::fromJson("{\"tid\":\"a\",\"content\":\"x\"}").object());
        QVERIFY(!plain.extra.contains(QLatin1String("repost")));
    }
};

QTEST_GUILESS_MAIN(TestQZoneArchiver)
#include "tst_qzonearchiver.moc"
