// SPDX-License-Identifier: GPL-3.0-or-later
// The raw QQ Space API converters: times, mentions, comments in every shape, posts, boards,
// blogs, photos.
#include "import/qzoneapi.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ks;

namespace {

/// Raw API items, kept in tests/data/qzoneexport/api-items.json (one object per name).
QJsonObject obj(const char *name)
{
    static const QJsonObject all = [] {
        QFile file(test::dataDir() + QStringLiteral("/qzoneexport/api-items.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing test data api-items.json");
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    const QJsonObject o = all.value(QLatin1String(name)).toObject();
    if (o.isEmpty())
        qFatal("no test item %s", name);
    return o;
}

QByteArray fixtureBytes(const char *name)
{
    return QJsonDocument(obj(name)).toJson(QJsonDocument::Compact);
}

/// A resolver that puts module-relative paths under Messages/ and records what it was asked.
qzone::MediaResolver fakeResolver(QStringList *asked)
{
    return [asked](const QString &path, const QString &role) {
        asked->append(path);
        MediaRef ref;
        ref.role = role;
        ref.relPath = path.startsWith(QLatin1String("Albums/")) ? path : QStringLiteral("Messages/") + path;
        ref.filePath = QStringLiteral("/export/") + ref.relPath;
        return ref;
    };
}

constexpr qint64 kAug1_1636 = 1564648560; // 2019-08-01 16:36:00 UTC+8

} // namespace

class TestQZoneApi : public QObject
{
    Q_OBJECT

private slots:
    void parseTime_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<bool>("minute");
        QTest::newRow("seconds") << QJsonValue(double(kAug1_1636)) << kAug1_1636 << false;
        QTest::newRow("milliseconds") << QJsonValue(double(kAug1_1636) * 1000 + 250) << kAug1_1636 << false;
        QTest::newRow("numeric string") << QJsonValue(QStringLiteral("1564648560")) << kAug1_1636 << false;
        QTest::newRow("dash seconds")
            << QJsonValue(QStringLiteral("2019-08-01 16:36:00")) << kAug1_1636 << false;
        QTest::newRow("dash minutes") << QJsonValue(QStringLiteral("2019-08-01 16:36")) << kAug1_1636 << true;
        QTest::newRow("chinese seconds")
            << QJsonValue(QStringLiteral("2019年08月01日 16:36:00")) << kAug1_1636 << false;
        QTest::newRow("chinese minutes")
            << QJsonValue(QStringLiteral("2019年08月01日 16:36")) << kAug1_1636 << true;
        QTest::newRow("exif") << QJsonValue(QStringLiteral("2019:08:01 16:36:00")) << kAug1_1636 << false;
        QTest::newRow("date only") << QJsonValue(QStringLiteral("2019年08月01日")) << qint64(1564588800)
                                   << true;
        QTest::newRow("zero") << QJsonValue(0) << kNoTime << false;
        QTest::newRow("empty") << QJsonValue(QString()) << kNoTime << false;
        QTest::newRow("garbage") << QJsonValue(QStringLiteral("不是时间")) << kNoTime << false;
        QTest::newRow("invalid date")
            << QJsonValue(QStringLiteral("2019-02-30 10:00:00")) << kNoTime << false;
        QTest::newRow("null") << QJsonValue() << kNoTime << false;
    }

    void parseTime()
    {
        QFETCH(QJsonValue, value);
        QFETCH(qint64, expected);
        QFETCH(bool, minute);
        bool gotMinute = !minute;
        QCOMPARE(qzone::parseTime(value, &gotMinute), expected);
        if (expected != kNoTime)
            QCOMPARE(gotMinute, minute);
    }

    void relativeTimes()
    {
        const qint64 today = qzone::parseTimeText(QStringLiteral("今天 08:00"));
        const qint64 yesterday = qzone::parseTimeText(QStringLiteral("昨天 08:00"));
        QVERIFY(today != kNoTime);
        QCOMPARE(today - yesterday, qint64(86400));
        QCOMPARE(today - qzone::parseTimeText(QStringLiteral("前天 08:00")), qint64(2 * 86400));
    }

    void jsonText()
    {
        QCOMPARE(qzone::jsonText(QJsonValue(2137111989.0)), QStringLiteral("2137111989"));
        QCOMPARE(qzone::jsonText(QJsonValue(QStringLiteral("abc"))), QStringLiteral("abc"));
        QCOMPARE(qzone::jsonText(QJsonValue()), QString());
    }

    void mentions()
    {
        const QList<PersonRef> people = qzone::mentionsIn(
            QStringLiteral("看 @{uin:10001,nick:老王,who:1} 和 @{uin:10002,nick:小,李,who:1,auto:1} 还有 "
                           "@{uin:10001,nick:老王}"));
        QCOMPARE(people.size(), 2);
        QCOMPARE(people.at(0).uin, QStringLiteral("10001"));
        QCOMPARE(people.at(0).name, QStringLiteral("老王"));
        QCOMPARE(people.at(1).uin, QStringLiteral("10002"));
        QCOMPARE(people.at(1).name, QStringLiteral("小,李"));
        QVERIFY(qzone::mentionsIn(QStringLiteral("no mention {uin:1,nick:x}")).isEmpty());
    }

    void commentShapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("uin");
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("created");
        QTest::addColumn<int>("replies");
        QTest::newRow("msglist") << fixtureBytes("item01") << QStringLiteral("10001")
                                 << QStringLiteral("老王") << kAug1_1636 << 1;
        QTest::newRow("createTime2 only")
            << fixtureBytes("item02") << QStringLiteral("10001") << QStringLiteral("老王") << kAug1_1636 << 0;
        QTest::newRow("poster") << fixtureBytes("item03") << QStringLiteral("10002") << QStringLiteral("小李")
                                << kAug1_1636 << 2;
        QTest::newRow("board reply") << fixtureBytes("item04") << QStringLiteral("10003")
                                     << QStringLiteral("阿三") << kAug1_1636 << 0;
    }

    void commentShapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, uin);
        QFETCH(QString, name);
        QFETCH(qint64, created);
        QFETCH(int, replies);
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QVERIFY(!o.isEmpty());
        const CommentRecord c = qzone::commentFromJson(o);
        QCOMPARE(c.author.uin, uin);
        QCOMPARE(c.author.name, name);
        QCOMPARE(c.created, created);
        QCOMPARE(c.replies.size(), replies);
        QVERIFY(!c.text.isEmpty());
        QCOMPARE(c.sourceRecord, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    void nestedReplies()
    {
        const CommentRecord c = qzone::commentFromJson(obj("item05"));
        QCOMPARE(c.replies.size(), 1);
        QCOMPARE(c.replies.at(0).replies.size(), 1);
        QCOMPARE(c.replies.at(0).replies.at(0).author.name, QStringLiteral("c"));
        QCOMPARE(c.replies.at(0).replies.at(0).created, qint64(300));
    }

    void post()
    {
        const QJsonObject item = obj("item06");
        QStringList asked;
        const MemoryRecord r = qzone::postFromMsglistItem(item, fakeResolver(&asked));
        QCOMPARE(r.kind, MemoryKind::Post);
        QCOMPARE(r.key, QStringLiteral("post:abc123"));
        QCOMPARE(r.author.uin, QStringLiteral("123456"));
        QCOMPARE(r.created, kAug1_1636);
        QCOMPARE(r.text, item.value(QLatin1String("content")).toString()); // raw markup kept
        QCOMPARE(r.mentions.size(), 2);
        QCOMPARE(r.mentions.at(0).uin, QStringLiteral("10001"));
        QCOMPARE(r.mentions.at(1).name, QStringLiteral("小九"));
        QCOMPARE(r.location, QStringLiteral("广州塔"));
        QCOMPARE(*r.latitude, 23.11);
        QCOMPARE(*r.longitude, 113.32);
        QCOMPARE(r.device, QStringLiteral("iPhone 8"));
        QCOMPARE(*r.likeCount, 3);
        QCOMPARE(r.likes.size(), 1);
        QCOMPARE(r.comments.size(), 2); // custom_comments win over the short commentlist
        QCOMPARE(r.comments.at(0).replies.size(), 1);
        QCOMPARE(r.media.size(), 4);
        QCOMPARE(r.media.at(0).role, QStringLiteral("image"));
        QCOMPARE(r.media.at(0).relPath, QStringLiteral("Messages/images/3FA9C01B.jpeg"));
        QCOMPARE(r.media.at(0).remoteUrl, QStringLiteral("http://p/1/b"));
        // Never downloaded: a link only.
        QCOMPARE(r.media.at(1).relPath, QString());
        QCOMPARE(r.media.at(1).remoteUrl, QStringLiteral("http://p/2/b"));
        QCOMPARE(r.media.at(2).role, QStringLiteral("video"));
        QCOMPARE(r.media.at(2).relPath, QStringLiteral("Messages/videos/7B466062.mp4"));
        QCOMPARE(r.media.at(3).role, QStringLiteral("poster"));
        QCOMPARE(r.media.at(3).relPath, QStringLiteral("Messages/images/C6A93589.jpeg"));
        QCOMPARE(r.sourceRecord, QJsonDocument(item).toJson(QJsonDocument::Compact));
    }

    void repost()
    {
        const MemoryRecord r = qzone::postFromMsglistItem(obj("item07"));
        QCOMPARE(r.text, QStringLiteral("同感"));
        const QJsonObject rt = r.extra.value(QLatin1String("repost")).toObject();
        QCOMPARE(rt.value(QLatin1String("tid")).toString(), QStringLiteral("orig"));
        QCOMPARE(rt.value(QLatin1String("uin")).toString(), QStringLiteral("2288173397"));
        QCOMPARE(rt.value(QLatin1String("name")).toString(), QStringLiteral("米粒"));
        QCOMPARE(rt.value(QLatin1String("text")).toString(), QStringLiteral("网吧通宵打CS"));
    }

    void rawPostWithoutCustomFields()
    {
        // GetQzonehistory / wwwpf: the API item as is, pictures only as URLs, text only in conlist.
        const MemoryRecord r = qzone::postFromMsglistItem(obj("item08"));
        QCOMPARE(r.text, QStringLiteral("你好 @{uin:7,nick:七,who:1}"));
        QCOMPARE(r.mentions.size(), 1);
        QVERIFY(r.minutePrecision);
        QCOMPARE(r.created, qzone::parseTimeText(QStringLiteral("2012-06-07 21:15:00")));
        QCOMPARE(r.media.size(), 1);
        QCOMPARE(r.media.at(0).remoteUrl, QStringLiteral("http://p/b3"));
        QVERIFY(r.media.at(0).filePath.isEmpty());
    }

    void board()
    {
        QStringList asked;
        const MemoryRecord r = qzone::boardFromJson(obj("item09"), fakeResolver(&asked));
        QCOMPARE(r.kind, MemoryKind::Board);
        QCOMPARE(r.key, QStringLiteral("board:27"));
        QCOMPARE(r.author.uin, QStringLiteral("67461689"));
        QCOMPARE(r.author.name, QStringLiteral("猫猫"));
        QCOMPARE(r.text, QStringLiteral("毕业快乐[em]e100[/em][img]http://a/b[/img]"));
        QVERIFY(r.html.contains(QLatin1String("<img")));
        QCOMPARE(asked, QStringList{QStringLiteral("images/62B85DA6.jpeg")}); // the emoticon is no media
        QCOMPARE(r.media.size(), 1);
        QCOMPARE(r.comments.size(), 1);
        QCOMPARE(r.comments.at(0).author.name, QStringLiteral("芷炫"));
        QCOMPARE(r.extra.value(QLatin1String("private")).toBool(), true);

        // No ubbContent: plain text of the HTML.
        const MemoryRecord plain = qzone::boardFromJson(obj("item10"));
        QCOMPARE(plain.text, QStringLiteral("粗体"));
        QCOMPARE(plain.key, QStringLiteral("board:1"));
    }

    void blog()
    {
        QStringList asked;
        const MemoryRecord r = qzone::blogFromJson(obj("item11"), MemoryKind::Blog, fakeResolver(&asked));
        QCOMPARE(r.key, QStringLiteral("blog:1245457195"));
        QCOMPARE(r.title, QStringLiteral("标题"));
        QCOMPARE(r.created, kAug1_1636);
        QVERIFY2(r.html.startsWith(QStringLiteral("<p>你好<img src=\"images/AB12CD34.jpeg\">")),
                 qPrintable(r.html));
        QVERIFY(r.text.contains(QStringLiteral("你好")));
        QVERIFY(!r.text.contains(QLatin1Char('<')));
        QCOMPARE(asked, QStringList{QStringLiteral("images/AB12CD34.jpeg")});
        QCOMPARE(r.media.size(), 1);
        QCOMPARE(r.extra.value(QLatin1String("category")).toString(), QStringLiteral("读书"));
        QCOMPARE(r.comments.size(), 1);
        QCOMPARE(r.comments.at(0).replies.size(), 1);

        const MemoryRecord diary = qzone::blogFromJson(obj("item12"), MemoryKind::Diary);
        QCOMPARE(diary.key, QStringLiteral("diary:9"));
        QCOMPARE(diary.html, QStringLiteral("<p>plain</p>")); // not base64: kept as written
        QCOMPARE(diary.extra.value(QLatin1String("private")).toBool(), true);
    }

    void albumAndPhoto()
    {
        const QJsonObject album = obj("item13");
        const MemoryRecord a = qzone::albumFromJson(album);
        QCOMPARE(a.kind, MemoryKind::Album);
        QCOMPARE(a.key, QStringLiteral("album:VNnn"));
        QCOMPARE(a.title, QStringLiteral("高中时光"));
        QCOMPARE(a.text, QStringLiteral("那年"));
        QCOMPARE(a.albumKey, QStringLiteral("VNnn"));
        QCOMPARE(a.albumCategory, QStringLiteral("人物"));
        QVERIFY(!a.sourceRecord.contains("photoList"));

        QStringList asked;
        const MemoryRecord p = qzone::photoFromJson(obj("item14"), album, fakeResolver(&asked));
        QCOMPARE(p.key, QStringLiteral("photo:NRlloc"));
        QCOMPARE(p.created, kAug1_1636);
        QCOMPARE(p.albumKey, QStringLiteral("VNnn"));
        QCOMPARE(p.albumName, QStringLiteral("高中时光"));
        QCOMPARE(p.extra.value(QLatin1String("exif")).toObject().value(QLatin1String("make")).toString(),
                 QStringLiteral("Apple"));
        QCOMPARE(qint64(p.extra.value(QLatin1String("shootTime")).toDouble()),
                 qzone::parseTimeText(QStringLiteral("2019-07-30 10:00:00")));
        QCOMPARE(p.location, QStringLiteral("鼓浪屿"));
        QCOMPARE(asked, QStringList{QStringLiteral("Albums/人物/高中时光/01_P1_ABCDEF12.jpeg")});
        QCOMPARE(p.media.at(0).relPath, QStringLiteral("Albums/人物/高中时光/01_P1_ABCDEF12.jpeg"));
        QCOMPARE(p.comments.size(), 1);
        QCOMPARE(qzone::photoKeyOf(obj("item15")), QStringLiteral("photo:K"));
        QCOMPARE(qzone::photoKeyOf(obj("item16")), QStringLiteral("photo:S"));
    }

    void videoFavoriteShareVisit()
    {
        QStringList asked;
        const MemoryRecord v = qzone::videoFromJson(obj("item17"), fakeResolver(&asked));
        QCOMPARE(v.key, QStringLiteral("video:915"));
        QCOMPARE(v.created, kAug1_1636);
        QCOMPARE(v.media.size(), 2);
        QCOMPARE(v.media.at(0).role, QStringLiteral("video"));
        QCOMPARE(v.media.at(1).role, QStringLiteral("poster"));
        QCOMPARE(v.comments.size(), 1);

        const MemoryRecord f = qzone::favoriteFromJson(obj("item18"));
        QCOMPARE(f.key, QStringLiteral("favorite:863"));
        QCOMPARE(f.text, QStringLiteral("全文"));
        QCOMPARE(f.author.uin, QStringLiteral("1899232658"));

        const MemoryRecord s = qzone::shareFromJson(obj("item19"));
        QCOMPARE(s.key, QStringLiteral("share:60cf"));
        QCOMPARE(s.title, QStringLiteral("家乡的雪"));
        QCOMPARE(s.comments.size(), 1);

        const MemoryRecord visit = qzone::visitFromJson(obj("item20"));
        QCOMPARE(visit.key, QStringLiteral("visit:984138065:1481431786"));
        QCOMPARE(visit.author.name, QStringLiteral("可乐"));

        const PersonRecord friendRecord = qzone::friendFromJson(obj("item21"));
        QCOMPARE(friendRecord.person.uin, QStringLiteral("1586216660"));
        QCOMPARE(friendRecord.remark, QStringLiteral("大学室友"));
        QCOMPARE(friendRecord.groupName, QStringLiteral("同学"));
        QCOMPARE(friendRecord.friendSince, qint64(1292600666));
        QCOMPARE(qzone::friendFromJson(obj("item22")).friendSince, kNoTime);
    }
};

QTEST_GUILESS_MAIN(TestQZoneApi)
#include "tst_qzoneapi.moc"
