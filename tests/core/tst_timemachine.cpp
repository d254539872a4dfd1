// SPDX-License-Identifier: GPL-3.0-or-later
// The QZone-Time-Machine importer on small generated backups: which folders it claims, every
// module's items, media paths relative to the user folder, thumbnails, failed downloads,
// failures.jsonl, broken data files and the `convert` layout.
#include "import/importer.h"
#include "import/librarywriter.h"
#include "search/searchindex.h"
#include "library/database.h"
#include "testsupport.h"
#include "timemachinefixture.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;

using test::Backup;
using test::jpeg;
using test::picture;
using test::sha;
using test::utcOf;
using test::writeFullBackup;

namespace {

struct Imported
{
    QStringList roots;
    bool ok = false;
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
        auto importer = makeTimeMachineImporter();
        LibraryWriter writer(m_db, path, &searchIndexer());
        if (!writer.begin())
            return result;
        result.roots = importer->findRoots(path);
        for (const QString &root : std::as_const(result.roots))
            result.ok = importer->importRoot(ImportScope{root, {}}, writer.context(), writer) || result.ok;
        result.report = writer.finish();
        return result;
    }

    QVariant value(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(m_db.connection());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (q.exec() && q.next())
            return q.value(0);
        return QVariant();
    }
    qint64 count(const QString &sql, const QVariantList &binds = {}) const
    {
        const QVariant v = value(sql, binds);
        return v.isValid() ? v.toLongLong() : -1;
    }
    QString text(const QString &sql, const QVariantList &binds = {}) const
    {
        return value(sql, binds).toString();
    }
    /// role:status of a memory's media in order.
    QStringList media(const QString &key) const
    {
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("SELECT mm.role, m.status, COALESCE(mm.source_path, '') FROM memory_media mm "
                           "JOIN media m ON m.id = mm.media_id WHERE mm.memory_id = (SELECT id FROM "
                           "memories WHERE key = ?) ORDER BY mm.position"));
        q.addBindValue(key);
        QStringList out;
        if (q.exec()) {
            while (q.next())
                out << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
        }
        return out;
    }

private:
    QTemporaryDir m_lib;
    Database m_db;
};

const ImportProblem *findProblem(const ImportReport &report, const QString &fileEnd, const QString &kind)
{
    for (const ImportProblem &p : report.problems) {
        if (p.file.endsWith(fileEnd) && p.kind == kind)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestTimeMachine : public QObject
{
    Q_OBJECT

private slots:
    void findsRoots_data();
    void findsRoots();
    void importsEveryModule();
    void reimportChangesNothing();
    void thumbnailStandsInForAMissingPicture();
    void brokenDataFile_data();
    void brokenDataFile();
    void nothingReadableIsAProblem_data();
    void nothingReadableIsAProblem();
    void convertedBackup();
    void albumVideoKeepsItsPictureAsPoster();
};

void TestTimeMachine::findsRoots_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<bool>("claimed");
    QTest::newRow("backup with meta.json") << QStringLiteral("meta") << true;
    QTest::newRow("no meta.json, messages.json") << QStringLiteral("messages") << true;
    QTest::newRow("no meta.json, albums only") << QStringLiteral("albums") << true;
    QTest::newRow("no meta.json, two data files") << QStringLiteral("two") << true;
    QTest::newRow("one data file only") << QStringLiteral("one") << false;
    QTest::newRow("meta.json without data/") << QStringLiteral("nodata") << false;
    QTest::newRow("some other tool's meta.json") << QStringLiteral("othermeta") << false;
    QTest::newRow("QZoneExport folder") << QStringLiteral("qzoneexport") << false;
}

void TestTimeMachine::findsRoots()
{
    QFETCH(QString, layout);
    QFETCH(bool, claimed);
    QTemporaryDir dir;
    // Dropped as the output folder: the user folder is found below it.
    Backup b(dir.path() + QStringLiteral("/output"));
    const QJsonArray empty;
    if (layout == QLatin1String("meta")) {
        b.meta();
        b.json(QStringLiteral("data/user.json"), QJsonObject{{QStringLiteral("uin"), 520001}});
    } else if (layout == QLatin1String("messages")) {
        b.json(QStringLiteral("data/messages.json"), empty);
    } else if (layout == QLatin1String("albums")) {
        b.json(QStringLiteral("data/photos/albums.json"), empty);
    } else if (layout == QLatin1String("two")) {
        b.json(QStringLiteral("data/boards.json"), QJsonObject{{QStringLiteral("items"), empty}});
        b.json(QStringLiteral("data/friends.json"), empty);
    } else if (layout == QLatin1String("one")) {
        b.json(QStringLiteral("data/user.json"), QJsonObject{{QStringLiteral("uin"), 520001}});
    } else if (layout == QLatin1String("nodata")) {
        b.meta();
    } else if (layout == QLatin1String("othermeta")) {
        b.json(QStringLiteral("meta.json"), QJsonObject{{QStringLiteral("version"), 2}});
        b.json(QStringLiteral("data/config.json"), QJsonObject());
    } else if (layout == QLatin1String("qzoneexport")) {
        b.file(QStringLiteral("Messages/json/messages.js"), "window.messages = []");
        b.file(QStringLiteral("Common/json/user.js"), "window.userInfo = {\"uin\":520001}");
    }
    const QStringList roots = makeTimeMachineImporter()->findRoots(dir.path());
    QCOMPARE(roots, claimed ? QStringList{b.root()} : QStringList());
}

void TestTimeMachine::importsEveryModule()
{
    QTemporaryDir dir;
    Backup b(dir.path());
    writeFullBackup(b);
    Fixture fx;
    const Imported imported = fx.import(b.root());
    QVERIFY(imported.ok);

    // The account: meta.json's nickname is only the QQ number here; user.json has the name.
    QCOMPARE(fx.text(QStringLiteral("SELECT nickname FROM accounts WHERE uin = '520001'")),
             QStringLiteral("小满"));
    for (const auto &[kind, expected] : {std::pair{"post", 2},
                                         {"blog", 1},
                                         {"diary", 1},
                                         {"album", 1},
                                         {"photo", 2},
                                         {"video", 2},
                                         {"board", 1},
                                         {"favorite", 1},
                                         {"share", 1},
                                         {"visit", 1}})
        QCOMPARE(
            fx.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = ?"), {QLatin1String(kind)}),
            qint64(expected));

    // 说说: three pictures, no thumbnail among them; the failed one is missing with its address.
    QCOMPARE(fx.media(QStringLiteral("post:t1")),
             (QStringList{QStringLiteral("image:ok"), QStringLiteral("image:missing"),
                          QStringLiteral("image:ok")}));
    QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM media WHERE sha256 IN (?, ?)"),
                      {sha(jpeg(1, 32)), sha(jpeg(3, 32))}),
             0);
    QCOMPARE(
        fx.text(QStringLiteral("SELECT mime FROM media m JOIN memory_media mm ON mm.media_id = m.id WHERE "
                               "mm.source_path = 'media/messages/images/cccc000000000001.jpg'")),
        QStringLiteral("image/png"));
    QCOMPARE(fx.text(QStringLiteral("SELECT json_extract(extra_json, '$.notDownloaded[0].url') FROM memories "
                                    "WHERE key = 'post:t1'")),
             QStringLiteral("http://a1.qpic.cn/psb?/2/b"));
    QCOMPARE(
        fx.count(QStringLiteral("SELECT COUNT(*) FROM comments WHERE memory_id = (SELECT id FROM memories "
                                "WHERE key = 'post:t1')")),
        2);
    QCOMPARE(fx.count(QStringLiteral("SELECT created FROM memories WHERE key = 'post:t1'")), 1600000000);
    // A repost whose rt_con is the bare text.
    QCOMPARE(
        fx.text(QStringLiteral("SELECT json_extract(extra_json, '$.repost.text') FROM memories WHERE key = "
                               "'post:t2'")),
        QStringLiteral("终于考完了"));
    QCOMPARE(
        fx.text(QStringLiteral("SELECT json_extract(extra_json, '$.repost.uin') FROM memories WHERE key = "
                               "'post:t2'")),
        QStringLiteral("3"));

    // 日志: minute time, body text, pictures in page order (the failed one as a link), comments.
    QCOMPARE(fx.count(QStringLiteral("SELECT created FROM memories WHERE key = 'blog:11'")),
             utcOf(QStringLiteral("2015-09-10 19:59:00")));
    QVERIFY(fx.text(QStringLiteral("SELECT body_text FROM memories WHERE key = 'blog:11'"))
                .contains(QStringLiteral("火车开过田野")));
    QCOMPARE(fx.media(QStringLiteral("blog:11")),
             (QStringList{QStringLiteral("image:ok"), QStringLiteral("image:missing")}));
    QCOMPARE(
        fx.count(QStringLiteral("SELECT COUNT(*) FROM comments WHERE memory_id = (SELECT id FROM memories "
                                "WHERE key = 'blog:11')")),
        2);
    // 日记: title and time, no body.
    QCOMPARE(fx.text(QStringLiteral("SELECT title FROM memories WHERE key = 'diary:12'")),
             QStringLiteral("夏夜"));
    QCOMPARE(fx.text(QStringLiteral("SELECT COALESCE(body_text, '') || COALESCE(body_html, '') FROM memories "
                                    "WHERE key = 'diary:12'")),
             QString());
    QCOMPARE(fx.count(QStringLiteral("SELECT json_extract(extra_json, '$.private') FROM memories WHERE key = "
                                     "'diary:12'")),
             1);

    // 相册: the album under its name (space kept), a photo with its file, one whose file is absent.
    QCOMPARE(fx.text(QStringLiteral("SELECT a.name FROM memories m JOIN albums a ON a.id = m.album_id WHERE "
                                    "m.key = 'photo:P1'")),
             QStringLiteral("春游 2014"));
    QCOMPARE(fx.media(QStringLiteral("photo:P1")), QStringList{QStringLiteral("image:ok")});
    QCOMPARE(fx.media(QStringLiteral("photo:P2")), QStringList{QStringLiteral("image:missing")});
    QCOMPARE(fx.count(QStringLiteral("SELECT created FROM memories WHERE key = 'photo:P1'")),
             utcOf(QStringLiteral("2014-04-01 10:00:00")));
    QCOMPARE(fx.media(QStringLiteral("album:A1")), QStringList{QStringLiteral("image:ok")});
    const ImportProblem *missingPhoto = findProblem(
        imported.report, QStringLiteral("/media/albums/photos/游记/春游 2014/02_DSC_2_AAAA0002.png"),
        QStringLiteral("missing"));
    QVERIFY(missingPhoto);
    QCOMPARE(missingPhoto->memoryKey, QStringLiteral("photo:P2"));
    QCOMPARE(
        fx.text(QStringLiteral("SELECT json_extract(extra_json, '$.downloadError') FROM memories WHERE key "
                               "= 'photo:P2'")),
        QStringLiteral("HTTP 404"));
    // failures.jsonl: a failure no photo list names is reported; a line that is no record too.
    const ImportProblem *unlisted = findProblem(
        imported.report, QStringLiteral("/media/albums/photos/游记/春游 2014/09_DSC_9_AAAA0009.jpeg"),
        QStringLiteral("missing"));
    QVERIFY(unlisted);
    QVERIFY(unlisted->memoryKey.isEmpty()); // no memory has that key
    QVERIFY(unlisted->message.contains(QStringLiteral("P9")));
    QVERIFY(unlisted->message.contains(QStringLiteral("HTTP 500")));
    const ImportProblem *badLine =
        findProblem(imported.report, QStringLiteral("/failures.jsonl"), QStringLiteral("malformed"));
    QVERIFY(badLine);
    QVERIFY(badLine->message.contains(QStringLiteral("3")));

    // 视频: time from uploadTime; the one without a file keeps its poster.
    QCOMPARE(fx.media(QStringLiteral("video:V1")),
             (QStringList{QStringLiteral("video:ok"), QStringLiteral("poster:ok")}));
    QCOMPARE(fx.media(QStringLiteral("video:V2")),
             (QStringList{QStringLiteral("video:missing"), QStringLiteral("poster:ok")}));
    QCOMPARE(fx.count(QStringLiteral("SELECT created FROM memories WHERE key = 'video:V2'")),
             utcOf(QStringLiteral("2017-12-12 21:46:39")));

    // One summary for everything that was never downloaded, naming each address.
    const ImportProblem *summary = findProblem(imported.report, b.root(), QStringLiteral("missing"));
    QVERIFY(summary);
    QCOMPARE(summary->memoryKey, QStringLiteral("#not-downloaded:520001"));
    QVERIFY2(summary->message.startsWith(QStringLiteral("3 ")), qPrintable(summary->message));
    for (const char *named : {"post:t1 http://a1.qpic.cn/psb?/2/b", "blog:11 http://a2.qpic.cn/psb?/b2/b",
                              "video:V2 http://v.qq.com/2.mp4"})
        QVERIFY2(summary->message.contains(QLatin1String(named)), named);
    QCOMPARE(imported.report.problems.size(), 4);
    // …and the library recorded every one of them (kinds the problems table accepts).
    QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM problems")), 4);

    // 留言: the local picture, emoticons left as links; the reply is a comment.
    QCOMPARE(
        fx.text(QStringLiteral("SELECT mm.source_path FROM memory_media mm WHERE mm.memory_id = (SELECT id "
                               "FROM memories WHERE key = 'board:7')")),
        QStringLiteral("media/boards/images/g1.jpg"));
    QCOMPARE(fx.media(QStringLiteral("board:7")), QStringList{QStringLiteral("image:ok")});
    QCOMPARE(
        fx.count(QStringLiteral("SELECT COUNT(*) FROM comments WHERE memory_id = (SELECT id FROM memories "
                                "WHERE key = 'board:7')")),
        1);
    // 收藏 with its text only in detail_shuoshuo_info; 分享 without a time; a visit.
    QCOMPARE(fx.text(QStringLiteral("SELECT body_text FROM memories WHERE key = 'favorite:F1'")),
             QStringLiteral("毕业十年，我们约好"));
    QCOMPARE(
        fx.text(QStringLiteral("SELECT p.uin FROM memories m JOIN people p ON p.id = m.author_id WHERE m.key "
                               "= 'favorite:F1'")),
        QStringLiteral("3"));
    QCOMPARE(fx.media(QStringLiteral("favorite:F1")), QStringList{QStringLiteral("image:ok")});
    QVERIFY(fx.value(QStringLiteral("SELECT created FROM memories WHERE key = 'share:S1'")).isNull());
    QCOMPARE(fx.text(QStringLiteral("SELECT body_text FROM memories WHERE key = 'share:S1'")),
             QStringLiteral("大学开学第一天"));
    QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE key = 'visit:2:1789827004'")), 1);
    // 好友 with the group from gpname; the owner is not a friend.
    QCOMPARE(fx.text(QStringLiteral("SELECT group_name FROM people WHERE uin = '2' AND is_friend = 1")),
             QStringLiteral("我的好友"));
    QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM people WHERE is_friend = 1")), 1);
    // The avatar is kept in the vault though no memory names it; the viewer page is not media.
    QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM media WHERE sha256 = ?"), {sha(jpeg(11, 40))}), 1);
}

void TestTimeMachine::reimportChangesNothing()
{
    QTemporaryDir dir;
    Backup b(dir.path());
    writeFullBackup(b);
    const auto before = test::snapshotTree(b.root());
    Fixture fx;
    const Imported first = fx.import(b.root());
    QVERIFY(first.report.added > 0);
    const qint64 media = fx.count(QStringLiteral("SELECT COUNT(*) FROM media"));
    const qint64 problems = fx.count(QStringLiteral("SELECT COUNT(*) FROM problems"));
    const Imported second = fx.import(b.root());
    QCOMPARE(second.report.added, 0);
    QCOMPARE(second.report.updated, 0);
    QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM media")), media);
    QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM problems")), problems);
    QCOMPARE(test::snapshotTree(b.root()), before); // the backup is never written to
}

void TestTimeMachine::thumbnailStandsInForAMissingPicture()
{
    QTemporaryDir dir;
    Backup b(dir.path());
    b.meta();
    QJsonObject post{{QStringLiteral("tid"), QStringLiteral("t9")},
                     {QStringLiteral("uin"), 520001},
                     {QStringLiteral("content"), QStringLiteral("只剩缩略图")},
                     {QStringLiteral("created_time"), 1600000000},
                     {QStringLiteral("custom_images"),
                      QJsonArray{picture(QStringLiteral("http://a1.qpic.cn/psb?/9"),
                                         QStringLiteral("media/messages/images/full.jpg"),
                                         QStringLiteral("media/messages/images/thumb.jpg"))}}};
    b.json(QStringLiteral("data/messages.json"), QJsonArray{post});
    b.file(QStringLiteral("media/messages/images/thumb.jpg"), jpeg(2, 32));
    Fixture fx;
    const Imported imported = fx.import(b.root());
    QVERIFY(imported.ok);
    QCOMPARE(fx.media(QStringLiteral("post:t9")), QStringList{QStringLiteral("image:ok")});
    QCOMPARE(fx.text(QStringLiteral("SELECT source_path FROM memory_media")),
             QStringLiteral("media/messages/images/thumb.jpg"));
    const ImportProblem *p = findProblem(imported.report, QStringLiteral("/media/messages/images/full.jpg"),
                                         QStringLiteral("missing"));
    QVERIFY(p);
    QCOMPARE(p->memoryKey, QStringLiteral("post:t9"));
}

void TestTimeMachine::brokenDataFile_data()
{
    QTest::addColumn<QByteArray>("messages");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("posts");
    QTest::newRow("truncated") << QByteArray("[\n  {\n    \"tid\": \"t1\",\n    \"content\": \"半")
                               << QStringLiteral("malformed") << 0;
    QTest::newRow("an object, not a list")
        << QByteArray("{\"tid\": \"t1\"}") << QStringLiteral("malformed") << 0;
    QTest::newRow("a string") << QByteArray("\"messages\"") << QStringLiteral("malformed") << 0;
    QTest::newRow("entries of the wrong type")
        << QByteArray("[1, \"x\", null, {\"tid\": \"t1\", \"uin\": 520001, \"content\": \"好\", "
                      "\"created_time\": 1600000000}]")
        << QStringLiteral("malformed") << 1;
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("malformed") << 0;
}

void TestTimeMachine::brokenDataFile()
{
    QFETCH(QByteArray, messages);
    QFETCH(QString, kind);
    QFETCH(int, posts);
    QTemporaryDir dir;
    Backup b(dir.path());
    b.meta();
    b.file(QStringLiteral("data/messages.json"), messages);
    b.json(QStringLiteral("data/blogs.json"),
           QJsonArray{QJsonObject{{QStringLiteral("blogid"), 5},
                                  {QStringLiteral("title"), QStringLiteral("还在")},
                                  {QStringLiteral("pubtime"), QStringLiteral("2015-09-10 19:59")}}});
    Fixture fx;
    const Imported imported = fx.import(dir.path());
    QVERIFY(imported.ok);
    QVERIFY(findProblem(imported.report, QStringLiteral("/data/messages.json"), kind));
    QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM problems WHERE file LIKE '%/data/messages.json'")),
             qint64(1));
    QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post'")), qint64(posts));
    QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE key = 'blog:5'")), 1);
}

void TestTimeMachine::nothingReadableIsAProblem_data()
{
    QTest::addColumn<bool>("withFiles");
    QTest::newRow("unreadable data files") << true;
    QTest::newRow("empty data folder") << false;
}

void TestTimeMachine::nothingReadableIsAProblem()
{
    QFETCH(bool, withFiles);
    QTemporaryDir dir;
    Backup b(dir.path());
    b.meta();
    QDir().mkpath(b.root() + QStringLiteral("/data"));
    if (withFiles) {
        b.file(QStringLiteral("data/messages.json"), "[{\"tid\": \"t1\", ");
        b.file(QStringLiteral("data/blogs.json"), "<html>502 Bad Gateway</html>");
    }
    b.file(QStringLiteral("media/messages/images/kept.jpg"), jpeg(12));
    Fixture fx;
    const Imported imported = fx.import(b.root());
    QCOMPARE(imported.roots, QStringList{b.root()});
    QCOMPARE(imported.ok, false);
    QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM memories")), 0);
    const ImportProblem *p =
        findProblem(imported.report, QStringLiteral("/data"),
                    withFiles ? QStringLiteral("unreadable") : QStringLiteral("malformed"));
    QVERIFY(p);
    QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM problems")),
             qint64(imported.report.problems.size()));
    if (withFiles) {
        QVERIFY(p->message.contains(QStringLiteral("data/messages.json")));
        QVERIFY(p->message.contains(QStringLiteral("data/blogs.json")));
    }
    // Never lose a file: the pictures are kept although no memory could be read.
    QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM media WHERE sha256 = ?"), {sha(jpeg(12))}), 1);
}

void TestTimeMachine::convertedBackup()
{
    // `convert` of an old QZoneExport backup: boards.json is the legacy array, albums carry
    // cover_url and an ISO UTC createtime, photos name their file in url, friends keep isMe.
    QTemporaryDir dir;
    Backup b(dir.path());
    b.meta(QStringLiteral("convert"));
    b.json(QStringLiteral("data/boards.json"),
           QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("3")},
                                  {QStringLiteral("uin"), 2},
                                  {QStringLiteral("nickname"), QStringLiteral("乙")},
                                  {QStringLiteral("pubtime"), 1432354379},
                                  {QStringLiteral("htmlContent"), QStringLiteral("你好")}}});
    b.json(
        QStringLiteral("data/photos/albums.json"),
        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("A7")},
                               {QStringLiteral("name"), QStringLiteral("旧相册")},
                               {QStringLiteral("className"), QStringLiteral("其他")},
                               {QStringLiteral("total"), 1},
                               {QStringLiteral("cover_url"), QStringLiteral("media/albums/covers/c7.jpeg")},
                               {QStringLiteral("createtime"), QStringLiteral("2013-11-06T08:25:36.000Z")}}});
    b.json(QStringLiteral("data/photos/A7.json"),
           QJsonArray{QJsonObject{
               {QStringLiteral("lloc"), QStringLiteral("L1")},
               {QStringLiteral("url"), QStringLiteral("media/albums/photos/其他/旧相册/1_a_AAAA.jpeg")},
               {QStringLiteral("name"), QStringLiteral("a")},
               {QStringLiteral("uploadtime"), QStringLiteral("2013-11-06 16:30:00")}}});
    b.json(
        QStringLiteral("data/friends.json"),
        QJsonArray{QJsonObject{{QStringLiteral("uin"), 520001}, {QStringLiteral("isMe"), true}},
                   QJsonObject{{QStringLiteral("uin"), 2}, {QStringLiteral("name"), QStringLiteral("乙")}}});
    b.file(QStringLiteral("media/albums/covers/c7.jpeg"), jpeg(13));
    b.file(QStringLiteral("media/albums/photos/其他/旧相册/1_a_AAAA.jpeg"), jpeg(14));
    Fixture fx;
    const Imported imported = fx.import(b.root());
    QVERIFY(imported.ok);
    QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE key = 'board:3'")), 1);
    QCOMPARE(fx.media(QStringLiteral("photo:L1")), QStringList{QStringLiteral("image:ok")});
    QCOMPARE(fx.media(QStringLiteral("album:A7")), QStringList{QStringLiteral("image:ok")});
    QCOMPARE(fx.count(QStringLiteral("SELECT created FROM memories WHERE key = 'album:A7'")),
             QDateTime(QDate(2013, 11, 6), QTime(8, 25, 36), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM people WHERE is_friend = 1")), 1);
    QVERIFY(imported.report.problems.isEmpty());
}

void TestTimeMachine::albumVideoKeepsItsPictureAsPoster()
{
    QTemporaryDir dir;
    Backup b(dir.path());
    b.meta();
    b.json(QStringLiteral("data/photos/albums.json"),
           QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("A1")},
                                  {QStringLiteral("name"), QStringLiteral("视频")}}});
    const QString file = QStringLiteral("media/albums/photos/其他/视频/01_v_BBBB0001.jpeg");
    b.json(QStringLiteral("data/photos/A1.json"),
           QJsonArray{QJsonObject{
               {QStringLiteral("picKey"), QStringLiteral("PV")},
               {QStringLiteral("is_video"), true},
               {QStringLiteral("uploadtime"), QStringLiteral("2014-04-01 10:00:00")},
               {QStringLiteral("video_info"),
                QJsonObject{{QStringLiteral("video_url"), QStringLiteral("http://v.qq.com/pv.mp4")}}},
               {QStringLiteral("custom_url"), QStringLiteral("http://a3.qpic.cn/pv")},
               {QStringLiteral("custom_filepath"), file},
               {QStringLiteral("custom_pre_filepath"), file}}});
    b.file(file, jpeg(15));
    Fixture fx;
    QVERIFY(fx.import(b.root()).ok);
    QCOMPARE(fx.media(QStringLiteral("photo:PV")),
             (QStringList{QStringLiteral("video:missing"), QStringLiteral("poster:ok")}));
}

QTEST_GUILESS_MAIN(TestTimeMachine)
#include "tst_timemachine.moc"
