// SPDX-License-Identifier: GPL-3.0-or-later
// The QZoneExport MarkDown-mode importer: parsing the rendered markup back to raw Qzone markup,
// finding MarkDown-only export roots, and importing a small export written byte by byte.
#include "import/importer.h"
#include "service/importservice.h"
#include "import/librarywriter.h"
#include "import/markdownparse.h"
#include "library/database.h"
#include "markdownfixtures.h"
#include "mediafixtures.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;
using namespace ks::test::markdown;

class TestQZoneMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void crRunsEndLines()
    {
        const QList<md::Line> lines = md::splitLines(QString::fromUtf8(crlf("a<NL>b\nc\n")));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).text, QStringLiteral("a"));
        QCOMPARE(lines.at(0).raw, QStringLiteral("a\r\r\r"));
        QCOMPARE(lines.at(1).text, QStringLiteral("b"));
        QCOMPARE(lines.at(2).text, QStringLiteral("c"));
        QCOMPARE(lines.at(2).number, 3);
    }

    void renderedMarkupGoesBack_data()
    {
        QTest::addColumn<QString>("rendered");
        QTest::addColumn<QString>("raw");
        QTest::newRow("emoticon") << QStringLiteral("好![](../Common/images/e100.gif)的")
                                  << QStringLiteral("好[em]e100[/em]的");
        QTest::newRow("online emoticon")
            << QStringLiteral("![](http://qzonestyle.gtimg.cn/qzone/em/e113.gif)")
            << QStringLiteral("[em]e113[/em]");
        QTest::newRow("mention") << QStringLiteral("hi [@老王](https://user.qzone.qq.com/10001) 看")
                                 << QStringLiteral("hi @{uin:10001,nick:老王,who:1} 看");
        QTest::newRow("escaped mention nick") << QStringLiteral("[@A&amp;B](https://user.qzone.qq.com/7)")
                                              << QStringLiteral("@{uin:7,nick:A&B,who:1}");
        QTest::newRow("topic") << QStringLiteral("[#青春#](http://rc.qzone.qq.com/qzonesoso/?search=x)好")
                               << QStringLiteral("#青春#好");
        QTest::newRow("escapes once") << QStringLiteral("汤姆&amp;amp;杰瑞 &amp; &quot;双&quot; &lt;b&gt;")
                                      << QStringLiteral("汤姆&amp;杰瑞 & \"双\" <b>");
        QTest::newRow("script stays text") << QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt;")
                                           << QStringLiteral("<script>alert('x')</script>");
        QTest::newRow("url link") << QStringLiteral("看 [http://a.cn/x](http://a.cn/x)")
                                  << QStringLiteral("看 http://a.cn/x");
        QTest::newRow("picture stays")
            << QStringLiteral("![](images/A.jpeg)") << QStringLiteral("![](images/A.jpeg)");
    }

    void renderedMarkupGoesBack()
    {
        QFETCH(QString, rendered);
        QFETCH(QString, raw);
        QCOMPARE(md::toQzoneMarkup(rendered), raw);
    }

    void localTimeIsChinaTime()
    {
        bool minute = true;
        QCOMPARE(md::parseLocalTime(QStringLiteral("2019-08-16 17:36:00"), &minute), qint64(1565948160));
        QVERIFY(!minute);
        QCOMPARE(md::parseLocalTime(QStringLiteral("2019-08-16 17:36"), &minute), qint64(1565948160));
        QVERIFY(minute);
        QCOMPARE(md::parseLocalTime(QStringLiteral("2019-02-30 10:00:00")), kNoTime);
        QCOMPARE(md::parseLocalTime(QStringLiteral("昨天 10:00")), kNoTime);
    }

    void gbkIsDecoded()
    {
        QStringEncoder gbk("GB18030");
        QVERIFY(gbk.isValid());
        const QByteArray bytes = gbk(QStringLiteral("# 春天\r\n正文"));
        bool ok = false;
        QString encoding;
        QCOMPARE(md::decodeText(bytes, &ok, &encoding), QStringLiteral("# 春天\r\n正文"));
        QVERIFY(ok);
        QCOMPARE(encoding, QStringLiteral("GB18030"));

        QCOMPARE(md::decodeText(QByteArray("\xEF\xBB\xBF# a"), &ok, &encoding), QStringLiteral("# a"));
        QVERIFY(ok);
        QCOMPARE(encoding, QStringLiteral("UTF-8"));

        md::decodeText(QByteArray("ab\xFF\xFF\x80", 5), &ok);
        QVERIFY(!ok);
    }

    void repliesNestAtAnyDepth()
    {
        const QList<md::Line> lines =
            md::splitLines(QString::fromUtf8(crlf(utf8("*  [甲](https://user.qzone.qq.com/1)：一\n"
                                                       "\t* [乙](https://user.qzone.qq.com/2)：二\n"
                                                       "\t\t* [丙](https://user.qzone.qq.com/3)：三\n"
                                                       "\t* 丁：四\n"
                                                       "*  [戊](https://user.qzone.qq.com/5)：五\n"
                                                       "接着写\n"))));
        const QList<CommentRecord> comments = md::parseComments(lines, 0, int(lines.size()), {});
        QCOMPARE(comments.size(), 2);
        QCOMPARE(comments.at(0).author.uin, QStringLiteral("1"));
        QCOMPARE(comments.at(0).replies.size(), 2);
        QCOMPARE(comments.at(0).replies.at(0).replies.size(), 1);
        QCOMPARE(comments.at(0).replies.at(0).replies.at(0).text, QStringLiteral("三"));
        QCOMPARE(comments.at(0).replies.at(0).replies.at(0).author.name, QStringLiteral("丙"));
        QCOMPARE(comments.at(0).replies.at(1).author.name, QStringLiteral("丁"));
        QVERIFY(comments.at(0).replies.at(1).author.uin.isEmpty());
        QCOMPARE(comments.at(1).text, QStringLiteral("五\n接着写"));
        QCOMPARE(comments.at(1).created, kNoTime);
    }

    void postBlocksParse()
    {
        const md::ParsedItems parsed = md::parseMessages(QString::fromUtf8(kPosts2019), {});
        QCOMPARE(parsed.items.size(), 2);
        QCOMPARE(parsed.errors.size(), 1);
        QCOMPARE(parsed.errors.at(0).line, 35);

        const MemoryRecord &post = parsed.items.at(0);
        QCOMPARE(post.created, qint64(1565948160));
        QCOMPARE(post.text, QStringLiteral("晚风终于凉了[em]e100[/em] @{uin:10002,nick:老王,who:1}\n"
                                           "第二行 <b>粗</b> &amp; #话题#"));
        QCOMPARE(post.location, QStringLiteral("广州塔"));
        QVERIFY(post.latitude && qAbs(*post.latitude - 23.11) < 1e-9);
        QVERIFY(post.longitude && qAbs(*post.longitude - 113.32) < 1e-9);
        QCOMPARE(post.mentions.size(), 1);
        QCOMPARE(post.mentions.at(0).uin, QStringLiteral("10002"));
        QCOMPARE(post.media.size(), 1);
        QCOMPARE(post.media.at(0).remoteUrl, QStringLiteral("Images/3FA9C01B.png"));
        QCOMPARE(post.comments.size(), 2);
        QCOMPARE(post.comments.at(1).text, QStringLiteral("赞[em]e100[/em]"));
        QVERIFY(post.key.isEmpty());
        QVERIFY(post.sourceRecord.startsWith("> 2019-08-16 17:36:00"));
        QVERIFY(post.sourceRecord.contains("\r\r\r\n"));

        const MemoryRecord &repost = parsed.items.at(1);
        QCOMPARE(repost.text, QStringLiteral("转给大家看"));
        const QJsonObject original = repost.extra.value(QStringLiteral("repost")).toObject();
        QCOMPARE(original.value(QStringLiteral("uin")).toString(), QStringLiteral("10004"));
        QCOMPARE(original.value(QStringLiteral("text")).toString(), QStringLiteral("原来的话"));
        QVERIFY(repost.location.isEmpty());
    }

    void findsMarkdownRootsTheRegistryDecides()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = writeExport(tmp.path() + QStringLiteral("/a/b"));
        // An export with JSON data beside its MarkDown: also a MarkDown root to this detector,
        // but the QZoneExport JSON importer comes first in the registry and claims it.
        const QString mixed = tmp.path() + QStringLiteral("/QQ空间备份_2");
        put(mixed + QStringLiteral("/Messages/messages.json"),
            utf8(R"([{"tid":"t1","uin":2,"name":"二","content":"从 JSON 来","created_time":1565948160,)"
                 R"("custom_create_time":"2019-08-16 17:36:00"}])"));
        put(mixed + QStringLiteral("/Messages/Messages.md"),
            crlf(utf8("# 2019年\n## 8月\n> 2019-08-16 17:36:00\n\n\n从 MarkDown 来\n> 评论(0)\n---")));
        // A media-only half has no MarkDown.
        put(tmp.path() + QStringLiteral("/c/QQ空间备份_4/Messages/images/A.jpeg"), "x");
        const auto importer = makeQZoneMarkdownImporter();
        QCOMPARE(importer->formatId(), QStringLiteral("markdown"));
        QCOMPARE(importer->findRoots(tmp.path()), (QStringList{mixed, root}));
        QCOMPARE(importer->findRoots(root), QStringList{root});
        QVERIFY(importer->findRoots(tmp.path() + QStringLiteral("/c")).isEmpty());
        // Deeper than three levels is not searched.
        QTemporaryDir deep;
        writeExport(deep.path() + QStringLiteral("/1/2/3"));
        QVERIFY(importer->findRoots(deep.path()).isEmpty());

        // Through the registry: the mixed export is read once, as JSON.
        Database db;
        QVERIFY(db.open(tmp.path() + QStringLiteral("/lib")));
        const ImportReport report = importPaths(db, {mixed});
        QCOMPARE(report.formats, QStringList{QStringLiteral("qzoneexport")});
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post'")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT body_text FROM memories WHERE kind = 'post'")).toString(),
                 QStringLiteral("从 JSON 来"));
        // A MarkDown-only export is the MarkDown importer's.
        const ImportReport own = importPaths(db, {root});
        QCOMPARE(own.formats, QStringList{QStringLiteral("markdown")});
    }

    void importsAnExport()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = writeExport(tmp.path() + QStringLiteral("/src"));
        const auto before = test::snapshotTree(root);
        Database db;
        QVERIFY(db.open(tmp.path() + QStringLiteral("/lib")));
        const ImportReport report = importInto(db, root);
        QVERIFY(!report.failed);

        QCOMPARE(scalar(db, QStringLiteral("SELECT nickname FROM accounts WHERE uin = '10001'")).toString(),
                 QStringLiteral("芷炫"));
        const QJsonObject profile =
            QJsonDocument::fromJson(
                scalar(db, QStringLiteral("SELECT profile_json FROM accounts")).toString().toUtf8())
                .object();
        QCOMPARE(profile.value(QStringLiteral("board_message")).toString(),
                 QStringLiteral("<div>欢迎光临</div>"));

        // Messages.md and the year files hold the same posts: read once.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post'")).toInt(), 3);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT location FROM memories WHERE created = 1565948160")).toString(),
            QStringLiteral("广州塔"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memory_people mp JOIN people p ON p.id = "
                                           "mp.person_id WHERE p.uin = '10002' AND mp.role = 'mention'"))
                     .toInt(),
                 1);
        // The post picture is found although the text says Images/ and the folder is images/.
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT mm.source_path FROM memory_media mm JOIN memories m ON m.id = "
                                "mm.memory_id JOIN media md ON md.id = mm.media_id WHERE m.kind = 'post' "
                                "AND md.status = 'ok'"))
                     .toString(),
                 QStringLiteral("Messages/images/3FA9C01B.png"));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM comments c JOIN memories m ON m.id = c.memory_id "
                                      "WHERE m.created = 1565948160"))
                .toInt(),
            4);
        // 不客气 answers 谢谢, which answers 好看.
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT p.body_text FROM comments c JOIN comments p ON p.id = c.parent_id "
                                "WHERE c.body_text = '不客气' AND c.memory_id = (SELECT id FROM memories "
                                "WHERE created = 1565948160)"))
                     .toString(),
                 QStringLiteral("谢谢"));
        QVERIFY(scalar(db, QStringLiteral("SELECT extra_json FROM memories WHERE created = 1564617600"))
                    .toString()
                    .contains(QStringLiteral("\"repost\"")));

        // The GBK blog.
        QCOMPARE(scalar(db, QStringLiteral("SELECT title FROM memories WHERE kind = 'blog'")).toString(),
                 QStringLiteral("春天"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT created FROM memories WHERE kind = 'blog'")).toLongLong(),
                 qint64(1525581045));
        QVERIFY(scalar(db, QStringLiteral("SELECT body_text FROM memories WHERE kind = 'blog'"))
                    .toString()
                    .contains(QStringLiteral("春天来了，花开了。")));
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT COUNT(*) FROM memory_media mm JOIN memories m ON m.id = "
                                "mm.memory_id JOIN media md ON md.id = mm.media_id WHERE m.kind = 'blog' "
                                "AND md.status = 'ok' AND mm.source_path = 'Blogs/images/AB12CD34.png'"))
                     .toInt(),
                 1);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM comments c JOIN memories m ON m.id = c.memory_id "
                                      "WHERE m.kind = 'blog'"))
                .toInt(),
            2);

        // Boards: authored by the friend, replies as comments with their times.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'board'")).toInt(), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT p.uin FROM memories m JOIN people p ON p.id = m.author_id "
                                           "WHERE m.kind = 'board' AND m.created = 1551405600"))
                     .toString(),
                 QStringLiteral("10002"));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT body_text FROM memories WHERE kind = 'board' AND created = "
                                      "1551405600"))
                .toString(),
            QStringLiteral("来踩踩[em]e100[/em]"));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM comments c JOIN memories m ON m.id = c.memory_id "
                                      "WHERE m.kind = 'board' AND c.created IS NOT NULL"))
                .toInt(),
            2);

        // Albums and photos, known by path.
        QCOMPARE(scalar(db, QStringLiteral("SELECT key FROM memories WHERE kind = 'album'")).toString(),
                 QStringLiteral("album:path:旅行/广州之旅"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'photo'")).toInt(), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT body_text FROM memories WHERE key = ?"),
                        {QStringLiteral("photo:path:albums/旅行/广州之旅/01_塔_aaaa1111.png")})
                     .toString(),
                 QStringLiteral("夜景 & 灯"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT a.name FROM memories m JOIN albums a ON a.id = m.album_id "
                                           "WHERE m.kind = 'photo' LIMIT 1"))
                     .toString(),
                 QStringLiteral("广州之旅"));

        // Problems: the block without a time and the photo never downloaded; nothing else.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT file, kind FROM problems ORDER BY kind, file")));
        QStringList problems;
        while (q.next())
            problems << q.value(1).toString() + QLatin1Char(' ') +
                            QDir(root).relativeFilePath(q.value(0).toString());
        QCOMPARE(problems, (QStringList{QStringLiteral("malformed Messages/Messages.md"),
                                        QStringLiteral("missing Albums/旅行/广州之旅/02_江_BBBB2222.png")}));

        // The emoticon and the avatar are kept.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM source_files WHERE rel_path IN "
                                           "('common/images/e100.gif', 'common/images/10002')"))
                     .toInt(),
                 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM source_files")).toInt(), 5);

        // A second import changes nothing, and the source is untouched.
        const int memories = scalar(db, QStringLiteral("SELECT COUNT(*) FROM memories")).toInt();
        const int comments = scalar(db, QStringLiteral("SELECT COUNT(*) FROM comments")).toInt();
        const ImportReport again = importInto(db, root);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, report.added);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memories")).toInt(), memories);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM comments")).toInt(), comments);
        QCOMPARE(test::snapshotTree(root), before);
    }

    void yearFilesAloneAreUnited()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = writeExport(tmp.path(), false);
        Database db;
        QVERIFY(db.open(tmp.path() + QStringLiteral("/lib")));
        importInto(db, root);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post'")).toInt(), 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT file FROM problems WHERE kind = 'malformed'")).toString(),
                 root + QStringLiteral("/Messages/2019.md"));
    }

    void undecodableFileIsReported()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = tmp.path() + QStringLiteral("/QQ空间备份_10009");
        put(root + QStringLiteral("/Messages/Messages.md"),
            QByteArray("> 2019-08-16 17:36:00\r\n\r\n\r\nab\xFF\xFF\x80\r\n> 评论(0)\r\n---"));
        Database db;
        QVERIFY(db.open(tmp.path() + QStringLiteral("/lib")));
        importInto(db, root);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM problems WHERE kind = 'encoding'")).toInt(),
                 1);
        // What could be read is still imported.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post'")).toInt(), 1);
    }
    void utf16IsDecoded_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = QStringLiteral("# 2019年\r\n> 2019-08-16 17:36:00\r\n晚风终于凉了\r\n---");
        QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QByteArray be = le;
        for (qsizetype i = 0; i + 1 < be.size(); i += 2)
            std::swap(be[i], be[i + 1]);
        QTest::newRow("LE with BOM") << QByteArray("\xFF\xFE") + le << QStringLiteral("UTF-16LE");
        QTest::newRow("LE without BOM") << le << QStringLiteral("UTF-16LE");
        QTest::newRow("BE with BOM") << QByteArray("\xFE\xFF") + be << QStringLiteral("UTF-16BE");
        QTest::newRow("BE without BOM") << be << QStringLiteral("UTF-16BE");
    }

    void utf16IsDecoded()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const md::Decoded decoded = md::decode(bytes);
        QCOMPARE(decoded.text, QStringLiteral("# 2019年\r\n> 2019-08-16 17:36:00\r\n晚风终于凉了\r\n---"));
        QCOMPARE(decoded.encoding, encoding);
        QVERIFY(decoded.clean);
        QVERIFY(decoded.foreign);
    }

    void damagedUtf8StaysUtf8()
    {
        // One bad byte in a UTF-8 file must not turn the whole file into GB18030 mojibake.
        QByteArray bytes = QStringLiteral("晚风终于凉了，今天去了广州塔，人很多。").toUtf8();
        bytes.insert(9, '\xFF');
        const md::Decoded decoded = md::decode(bytes);
        QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));
        QVERIFY(!decoded.clean);
        QVERIFY(decoded.text.startsWith(QStringLiteral("晚风终")));
        QVERIFY(decoded.text.endsWith(QStringLiteral("人很多。")));
        QCOMPARE(decoded.text.count(QChar::ReplacementCharacter), 1);
    }

    void identicalCommentsAreTwoComments()
    {
        // MarkDown comments carry no time: two lines that read the same are two comments, and
        // neither gets a made-up time to tell them apart.
        const QByteArray post = crlf(utf8("> 2014-04-01 14:18:35\n"
                                          "\n"
                                          "\n"
                                          "生日快乐给自己，又老了一岁。\n"
                                          "> 评论(3)\n"
                                          "\n"
                                          "\n"
                                          "*  [夏天的风](https://user.qzone.qq.com/515197317)：生日快乐！\n"
                                          "*  [夏天的风](https://user.qzone.qq.com/515197317)：生日快乐！\n"
                                          "*  [叶子](https://user.qzone.qq.com/2788693791)：同乐同乐\n"
                                          "\n"
                                          "\n"
                                          "---"));
        const md::ParsedItems parsed = md::parseMessages(QString::fromUtf8(post), {});
        QCOMPARE(parsed.items.size(), 1);
        const QList<CommentRecord> &comments = parsed.items.at(0).comments;
        QCOMPARE(comments.size(), 3);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(comments.at(i).author.uin, QStringLiteral("515197317"));
            QCOMPARE(comments.at(i).author.name, QStringLiteral("夏天的风"));
            QCOMPARE(comments.at(i).text, QStringLiteral("生日快乐！"));
        }
        for (const CommentRecord &c : comments) {
            QCOMPARE(c.created, kNoTime);
            QVERIFY(c.replies.isEmpty());
        }
        QCOMPARE(comments.at(0).sourceRecord, comments.at(1).sourceRecord);
        QCOMPARE(parsed.items.at(0).extra.value(QStringLiteral("comment_total")).toInt(), 3);
    }

    void parenthesesInPaths()
    {
        // An album named 高三(1)班: its folder name puts parentheses inside the picture path.
        const md::ParsedItems photos = md::parsePhotos(
            QString::fromUtf8(crlf(
                utf8("> 照片8485\n\n\n![照片8485](../../../Albums/人物/高三(1)班/01_照片_8344B161.jpeg)\n"
                     "\n\n> 评论(0)\n---"))),
            {});
        QVERIFY(photos.errors.isEmpty());
        QCOMPARE(photos.items.size(), 1);
        QCOMPARE(photos.items.at(0).media.at(0).remoteUrl,
                 QStringLiteral("../../../Albums/人物/高三(1)班/01_照片_8344B161.jpeg"));
        const QList<md::AlbumInfo> albums = md::parseAlbumList(QString::fromUtf8(
            crlf(utf8("# 人物\n\n## 高三(1)班\n> 那年的我们\n[高三(1)班](高三(1)班/高三(1)班.md)\n---"))));
        QCOMPARE(albums.size(), 1);
        QCOMPARE(albums.at(0).link, QStringLiteral("高三(1)班/高三(1)班.md"));
    }

    void zeroByteBlogIsReported()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = writeExport(tmp.path());
        const QString empty = root + QStringLiteral("/Blogs/个人日志/02_2018-06-0112_00_原创【空】.md");
        QVERIFY(put(empty, QByteArray()));
        Database db;
        QVERIFY(db.open(tmp.path() + QStringLiteral("/lib")));
        importInto(db, root);
        QCOMPARE(problemsUnder(db, root, QStringLiteral("Blogs/")),
                 QStringList{QStringLiteral("zero-byte Blogs/个人日志/02_2018-06-0112_00_原创【空】.md")});
        QVERIFY(scalar(db, QStringLiteral("SELECT message FROM problems WHERE kind = 'zero-byte'"))
                    .toString()
                    .contains(QStringLiteral("empty")));
        // The other blog and everything else are imported.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'blog'")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT title FROM memories WHERE kind = 'blog'")).toString(),
                 QStringLiteral("春天"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post'")).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestQZoneMarkdown)
#include "tst_qzonemarkdown.moc"
