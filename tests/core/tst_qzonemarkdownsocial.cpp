// SPDX-License-Identifier: GPL-3.0-or-later
// 收藏夹, 分享 and 访客 of a QZoneExport MarkDown export, in the shapes API.Favorites/Shares/
// Visitors.getMarkdown write: parsed to Favorite/Share/Visit records and imported.
#include "import/markdownparse.h"
#include "markdownfixtures.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;
using namespace ks::test::markdown;

namespace {

// Items are joined by "\r\n"; the template leaves braces around some links.
const QByteArray kFavorites = crlf(utf8(
    "# 2019年\n"
    "## 8月 \n"
    "[老王]({https://user.qzone.qq.com/10002}) 日志 [关于重构]({https://user.qzone.qq.com/10002/blog/123}) "
    "【2019-08-02 10:00:00】\n"
    "> 重构的一些想法&amp;笔记\n"
    "---\n"
    "[小北](https://user.qzone.qq.com/10003) 说说 【2019-08-01 09:00:00】\n"
    "> 今天天气真好![](../Common/images/e100.gif)\n"
    "<div>\n"
    "<img src=\"images/F00D0001.png\" width=\"600px\"  align=\"center\" />\n"
    "</div>\n"
    "---\n"
    "## 7月 \n"
    "[老王]({https://user.qzone.qq.com/10002}) 分享 【2019-07-03 08:00:00】\n"
    "\n"
    "\n"
    "推荐一下\n"
    "> [好文章](http://example.com/a)\n"
    "\n"
    "\n"
    "> 摘要内容\n"
    "---\n"
    "一条认不出类型的收藏\n"
    "第二行也留着\n"
    "---"));

// Inside one share the lines are joined by "\n" only.
const QByteArray kShares = QByteArray("# 2019年\r\n## 8月\r\n") +
                           utf8("[芷炫](https://user.qzone.qq.com/10001)  分享：这首歌好听  \n"
                                "> [晴天](http://y.qq.com/x)  \n"
                                "周杰伦  \n"
                                "![](images/5EA12345.png)  \n"
                                "来自： [QQ音乐](http://y.qq.com) 共分享 3 次\n"
                                "\n"
                                "> 2019-08-05 20:00:00  \n"
                                "\n"
                                "> 评论(3)\n"
                                "- [老王](https://user.qzone.qq.com/10002)：好听\n"
                                "- [老王](https://user.qzone.qq.com/10002)：好听\n"
                                "\t- [芷炫](https://user.qzone.qq.com/10001)：谢谢\n"
                                "---");

const QByteArray kVisitors =
    QByteArray("# 2019年\r\n## 8月\r\n") + utf8("###### 2019-08-06 21:00:00  \n"
                                                "\n"
                                                "[老王](https://user.qzone.qq.com/10002) 访问了主页  \n"
                                                "\n"
                                                "---\r\n"
                                                "###### 2019-08-06 20:00:00  \n"
                                                "\n"
                                                "[小北](https://user.qzone.qq.com/10003) 查看了说说  \n"
                                                "- 晚风终于凉了   \n"
                                                "![](images/AAAA0001.png)  \n"
                                                "\n"
                                                "  \n"
                                                "[小北](https://user.qzone.qq.com/10003) 查看了日志  \n"
                                                "- 《春天》  \n"
                                                "\n"
                                                "  \n"
                                                "以下这些访客当天也访问了这些内容： \n"
                                                "- 糖糖 *2019-08-06 19:00:00*   \n"
                                                "---");

QString writeSocialExport(const QString &parent)
{
    const QString root = writeExport(parent);
    put(root + QStringLiteral("/Favorites/Favorites.md"), kFavorites);
    put(root + QStringLiteral("/Favorites/2019.md"), kFavorites);
    put(root + QStringLiteral("/Favorites/images/F00D0001.png"),
        test::encodeImage(test::testPicture(16, 16, 7), "PNG"));
    put(root + QStringLiteral("/Shares/Shares.md"), kShares);
    put(root + QStringLiteral("/Shares/2019.md"), kShares);
    put(root + QStringLiteral("/Shares/images/5EA12345.png"),
        test::encodeImage(test::testPicture(16, 16, 8), "PNG"));
    put(root + QStringLiteral("/Visitors/Visitors.md"), kVisitors);
    put(root + QStringLiteral("/Visitors/2019.md"), kVisitors);
    put(root + QStringLiteral("/Visitors/images/AAAA0001.png"),
        test::encodeImage(test::testPicture(16, 16, 9), "PNG"));
    return root;
}

} // namespace

class TestQZoneMarkdownSocial : public QObject
{
    Q_OBJECT

private slots:
    void favoritesParse()
    {
        const md::ParsedItems parsed = md::parseFavorites(QString::fromUtf8(kFavorites), {});
        QVERIFY(parsed.errors.isEmpty());
        QCOMPARE(parsed.items.size(), 4);

        const MemoryRecord &blog = parsed.items.at(0);
        QCOMPARE(blog.kind, MemoryKind::Favorite);
        QCOMPARE(blog.author.uin, QStringLiteral("10002"));
        QCOMPARE(blog.author.name, QStringLiteral("老王"));
        QCOMPARE(blog.created, md::parseLocalTime(QStringLiteral("2019-08-02 10:00:00")));
        QCOMPARE(blog.title, QStringLiteral("关于重构"));
        QCOMPARE(blog.text, QStringLiteral("重构的一些想法&笔记"));
        QCOMPARE(blog.extra.value(QStringLiteral("type_name")).toString(), QStringLiteral("日志"));
        QCOMPARE(blog.extra.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://user.qzone.qq.com/10002/blog/123"));
        QVERIFY(blog.key.isEmpty());

        const MemoryRecord &post = parsed.items.at(1);
        QCOMPARE(post.text, QStringLiteral("今天天气真好[em]e100[/em]"));
        QCOMPARE(post.media.size(), 1);
        QCOMPARE(post.media.at(0).remoteUrl, QStringLiteral("images/F00D0001.png"));

        const MemoryRecord &share = parsed.items.at(2);
        QCOMPARE(share.extra.value(QStringLiteral("type_name")).toString(), QStringLiteral("分享"));
        QCOMPARE(share.title, QStringLiteral("好文章"));
        QCOMPARE(share.text, QStringLiteral("推荐一下\n摘要内容"));

        // A block of no known shape keeps all its text.
        const MemoryRecord &odd = parsed.items.at(3);
        QCOMPARE(odd.text, QStringLiteral("一条认不出类型的收藏\n第二行也留着"));
        QCOMPARE(odd.created, kNoTime);
    }

    void sharesParse()
    {
        const md::ParsedItems parsed = md::parseShares(QString::fromUtf8(kShares), {});
        QVERIFY(parsed.errors.isEmpty());
        QCOMPARE(parsed.items.size(), 1);
        const MemoryRecord &share = parsed.items.at(0);
        QCOMPARE(share.kind, MemoryKind::Share);
        QCOMPARE(share.author.uin, QStringLiteral("10001"));
        QCOMPARE(share.text, QStringLiteral("这首歌好听"));
        QCOMPARE(share.title, QStringLiteral("晴天"));
        QCOMPARE(share.created, md::parseLocalTime(QStringLiteral("2019-08-05 20:00:00")));
        const QJsonObject source = share.extra.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("url")).toString(), QStringLiteral("http://y.qq.com/x"));
        QCOMPARE(source.value(QStringLiteral("desc")).toString(), QStringLiteral("周杰伦"));
        QCOMPARE(source.value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(source.value(QStringLiteral("from")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("QQ音乐"));
        QCOMPARE(share.media.size(), 1);
        QCOMPARE(share.media.at(0).remoteUrl, QStringLiteral("images/5EA12345.png"));
        // Two identical comments stay two; the reply hangs under the second.
        QCOMPARE(share.comments.size(), 2);
        QCOMPARE(share.comments.at(0).text, share.comments.at(1).text);
        QCOMPARE(share.comments.at(0).created, kNoTime);
        QCOMPARE(share.comments.at(1).replies.size(), 1);
        QCOMPARE(share.comments.at(1).replies.at(0).text, QStringLiteral("谢谢"));
    }

    void visitorsParse()
    {
        const md::ParsedItems parsed = md::parseVisitors(QString::fromUtf8(kVisitors), {});
        QVERIFY(parsed.errors.isEmpty());
        QCOMPARE(parsed.items.size(), 2);
        const qint64 home = md::parseLocalTime(QStringLiteral("2019-08-06 21:00:00"));
        const MemoryRecord &first = parsed.items.at(0);
        QCOMPARE(first.kind, MemoryKind::Visit);
        QCOMPARE(first.author.uin, QStringLiteral("10002"));
        QCOMPARE(first.created, home);
        // The key the JSON visitor list gives the same visit: uin + time.
        QCOMPARE(first.key, QStringLiteral("visit:10002:%1").arg(home));
        QVERIFY(first.extra.value(QStringLiteral("home")).toBool());
        QVERIFY(first.text.isEmpty());

        const MemoryRecord &second = parsed.items.at(1);
        QCOMPARE(second.author.name, QStringLiteral("小北"));
        QCOMPARE(
            second.key,
            QStringLiteral("visit:10003:%1").arg(md::parseLocalTime(QStringLiteral("2019-08-06 20:00:00"))));
        QCOMPARE(second.extra.value(QStringLiteral("shuoshuoes")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("晚风终于凉了")}}}));
        QCOMPARE(second.extra.value(QStringLiteral("blogs")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("春天")}}}));
        const QJsonArray others = second.extra.value(QStringLiteral("uins")).toArray();
        QCOMPARE(others.size(), 1);
        QCOMPARE(others.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("糖糖"));
        QCOMPARE(qint64(others.at(0).toObject().value(QStringLiteral("time")).toDouble()),
                 md::parseLocalTime(QStringLiteral("2019-08-06 19:00:00")));
        QCOMPARE(second.media.size(), 1);
        QVERIFY(second.text.isEmpty());
    }

    void socialModulesImport()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = writeSocialExport(tmp.path());
        Database db;
        QVERIFY(db.open(tmp.path() + QStringLiteral("/lib")));
        const ImportReport report = importInto(db, root);
        QVERIFY(!report.failed);

        // <Module>.md and <year>.md hold the same items: each is read once.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'favorite'")).toInt(),
                 4);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'share'")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'visit'")).toInt(), 2);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM memories WHERE key LIKE 'visit:1000%'")).toInt(),
            2);

        // Pictures are attached and found in the module's images/.
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT mm.source_path FROM memory_media mm JOIN memories m ON m.id = "
                                "mm.memory_id JOIN media md ON md.id = mm.media_id WHERE m.kind = 'favorite' "
                                "AND md.status = 'ok'"))
                     .toString(),
                 QStringLiteral("Favorites/images/F00D0001.png"));
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT mm.source_path FROM memory_media mm JOIN memories m ON m.id = "
                                "mm.memory_id JOIN media md ON md.id = mm.media_id WHERE m.kind = 'share' "
                                "AND md.status = 'ok'"))
                     .toString(),
                 QStringLiteral("Shares/images/5EA12345.png"));
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT COUNT(*) FROM memory_media mm JOIN memories m ON m.id = "
                                "mm.memory_id JOIN media md ON md.id = mm.media_id WHERE m.kind = 'visit' "
                                "AND md.status = 'ok'"))
                     .toInt(),
                 1);
        // The favourite is by the owner of what was saved, the visit by its visitor.
        QCOMPARE(scalar(db, QStringLiteral("SELECT p.uin FROM memories m JOIN people p ON p.id = m.author_id "
                                           "WHERE m.kind = 'favorite' AND m.title = '关于重构'"))
                     .toString(),
                 QStringLiteral("10002"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT body_text FROM memories WHERE kind = 'favorite' AND "
                                           "created IS NULL"))
                     .toString(),
                 QStringLiteral("一条认不出类型的收藏\n第二行也留着"));
        // Nothing is "unsupported" any more, and nothing in these modules is reported.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM problems WHERE kind = 'unsupported'")).toInt(),
            0);
        QVERIFY(problemsUnder(db, root, QStringLiteral("Favorites/")).isEmpty());
        QVERIFY(problemsUnder(db, root, QStringLiteral("Shares/")).isEmpty());
        QVERIFY(problemsUnder(db, root, QStringLiteral("Visitors/")).isEmpty());

        // Again: nothing changes.
        const ImportReport again = importInto(db, root);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
    }
};

QTEST_GUILESS_MAIN(TestQZoneMarkdownSocial)
#include "tst_qzonemarkdownsocial.moc"
