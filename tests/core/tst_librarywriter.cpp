// SPDX-License-Identifier: GPL-3.0-or-later
// The LibraryWriter: merging by key and by time + text, media stored once by hash, missing
// files filled later, threaded comments, provenance, stats, and the search index kept in step.
#include "import/librarywriter.h"
#include "library/database.h"
#include "library/librarystats.h"
#include "search/searchindex.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

namespace {

qint64 chinaTime(const char *local)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(local), QStringLiteral("yyyy-MM-dd hh:mm:ss"));
    t.setOffsetFromUtc(kChinaUtcOffset);
    return t.toSecsSinceEpoch();
}

QString writeJpeg(const QString &path, QColor color)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(color);
    image.save(path, "JPEG");
    return path;
}

MemoryRecord post(const QString &tid, const char *local, const QString &text)
{
    MemoryRecord r;
    r.kind = MemoryKind::Post;
    r.key = tid.isEmpty() ? QString() : QStringLiteral("post:") + tid;
    r.created = chinaTime(local);
    r.text = text;
    r.author = PersonRef{QStringLiteral("123456"), QStringLiteral("芷炫")};
    r.sourceRecord = QStringLiteral("{\"tid\":\"%1\",\"content\":\"%2\"}").arg(tid, text).toUtf8();
    r.sourceFile = QStringLiteral("/export/Messages/json/messages.js");
    return r;
}

qint64 count(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace

Q_DECLARE_METATYPE(ks::MemoryRecord)

class TestLibraryWriter : public QObject
{
    Q_OBJECT

private slots:
    void sameRecordTwiceChangesNothing()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        for (int round = 0; round < 2; ++round) {
            LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
            QVERIFY(w.begin());
            QVERIFY(w.setAccount(QStringLiteral("123456"), QStringLiteral("芷炫")));
            MemoryRecord r = post(QStringLiteral("t1"), "2009-07-01 21:15:00", QStringLiteral("毕业快乐"));
            CommentRecord c;
            c.author = PersonRef{QStringLiteral("10001"), QStringLiteral("老王")};
            c.created = r.created + 60;
            c.text = QStringLiteral("恭喜");
            CommentRecord reply;
            reply.author = PersonRef{QStringLiteral("123456"), QStringLiteral("芷炫")};
            reply.created = r.created + 120;
            reply.text = QStringLiteral("谢谢");
            CommentRecord replyOfReply = reply;
            replyOfReply.author = c.author;
            replyOfReply.created += 60;
            replyOfReply.text = QStringLiteral("不客气");
            reply.replies << replyOfReply;
            c.replies << reply;
            r.comments << c;
            QCOMPARE(w.upsertMemory(r), round == 0 ? UpsertResult::Added : UpsertResult::Unchanged);
            const ImportReport report = w.finish();
            QCOMPARE(report.added, round == 0 ? 1 : 0);
            QCOMPARE(report.unchanged, round == 0 ? 0 : 1);
        }
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM memories")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM comments")), 3);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM comments WHERE parent_id IS NOT NULL")), 2);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM memory_sources")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM imports WHERE status = 'done'")), 2);
        const QJsonObject stats = libraryStats(db.connection());
        QCOMPARE(stats.value(QStringLiteral("comments")).toInt(), 3);
        QCOMPARE(stats.value(QStringLiteral("people")).toInt(), 1); // 老王; the owner is not counted
        QCOMPARE(stats.value(QStringLiteral("memories")).toObject().value(QStringLiteral("post")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("years")).toObject().value(QStringLiteral("2009")).toInt(), 1);
    }

    void yearsFollowLocalTime()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("123456")));
        // 00:30 on New Year's Day in Beijing is still the old year in UTC.
        QCOMPARE(w.upsertMemory(post(QStringLiteral("ny"), "2010-01-01 00:30:00", QStringLiteral("新年好"))),
                 UpsertResult::Added);
        w.finish();
        const QJsonObject years = libraryStats(db.connection()).value(QStringLiteral("years")).toObject();
        QCOMPARE(years.value(QStringLiteral("2010")).toInt(), 1);
        QVERIFY(!years.contains(QStringLiteral("2009")));
    }

    void keylessRecordsMergeByMinuteAndText()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("123456")));
        // An xlsx row without seconds and without an id…
        MemoryRecord row =
            post(QString(), "2013-04-11 20:11:00", QStringLiteral("今天下雪了 @{uin:10001,nick:老王,who:1}"));
        row.minutePrecision = true;
        QCOMPARE(w.upsertMemory(row), UpsertResult::Added);
        // …then the same post with its tid and seconds, text with a different mention form and spacing.
        MemoryRecord full =
            post(QStringLiteral("abc"), "2013-04-11 20:11:42", QStringLiteral("今天下雪了  @老王"));
        QCOMPARE(w.upsertMemory(full), UpsertResult::Updated);
        // A different text in the same minute is a different post.
        QCOMPARE(w.upsertMemory(post(QString(), "2013-04-11 20:11:00", QStringLiteral("另一条"))),
                 UpsertResult::Added);
        w.finish();
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM memories")), 2);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM memories WHERE key = 'post:abc'")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT created FROM memories WHERE key = 'post:abc'")),
                 chinaTime("2013-04-11 20:11:42"));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM memory_sources")), 3); // both records kept
    }

    void mediaStoredOnceByContent()
    {
        QTemporaryDir lib;
        QTemporaryDir src;
        Database db;
        QVERIFY(db.open(lib.path()));
        const QString a = writeJpeg(src.path() + QStringLiteral("/Messages/images/AAAA1111.jpeg"), Qt::red);
        const QString b = src.path() + QStringLiteral("/Messages/images/BBBB2222.jpeg");
        QVERIFY(QFile::copy(a, b)); // the same bytes under another random name (a re-export)
        LibraryWriter w(db, src.path(), &searchIndexer());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("123456")));
        MemoryRecord r1 = post(QStringLiteral("p1"), "2011-05-01 10:00:00", QStringLiteral("红色"));
        r1.media << MediaRef{QStringLiteral("image"), a, QStringLiteral("Messages/images/AAAA1111.jpeg"),
                             QStringLiteral("AAAA1111.jpeg"), QString()};
        MemoryRecord r2 = post(QStringLiteral("p2"), "2011-05-02 10:00:00", QStringLiteral("还是红色"));
        r2.media << MediaRef{QStringLiteral("image"), b, QStringLiteral("Messages/images/BBBB2222.jpeg"),
                             QStringLiteral("BBBB2222.jpeg"), QString()};
        QCOMPARE(w.upsertMemory(r1), UpsertResult::Added);
        QCOMPARE(w.upsertMemory(r2), UpsertResult::Added);
        const ImportReport report = w.finish();
        QCOMPARE(report.mediaStored, 1);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM media")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM memory_media")), 2);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT vault_path, sha256, mime, width, size FROM media")) &&
                q.next());
        const QString vaultFile = lib.path() + QLatin1Char('/') + q.value(0).toString();
        QVERIFY2(q.value(0).toString().startsWith(QStringLiteral("vault/") + q.value(1).toString().left(2) +
                                                  QLatin1Char('/') + q.value(1).toString()),
                 qPrintable(q.value(0).toString()));
        QCOMPARE(q.value(2).toString(), QStringLiteral("image/jpeg"));
        QCOMPARE(q.value(3).toInt(), 64);
        QFile original(a), stored(vaultFile);
        QVERIFY(original.open(QIODevice::ReadOnly) && stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), original.readAll());
        QCOMPARE(q.value(4).toLongLong(), original.size());
        QVERIFY(!QFileInfo::exists(lib.path() + QStringLiteral("/vault/.incoming")) ||
                QDir(lib.path() + QStringLiteral("/vault/.incoming")).isEmpty());
    }

    void missingFileIsFilledByTheMediaHalf()
    {
        QTemporaryDir lib;
        QTemporaryDir textHalf;
        QTemporaryDir mediaHalf;
        Database db;
        QVERIFY(db.open(lib.path()));
        const QString rel = QStringLiteral("Messages/images/C0FFEE00.jpeg");
        {
            LibraryWriter w(db, textHalf.path(), &searchIndexer());
            QVERIFY(w.begin());
            QVERIFY(w.setAccount(QStringLiteral("654321")));
            MemoryRecord r = post(QStringLiteral("m1"), "2012-01-01 12:00:00", QStringLiteral("新的一年"));
            r.media << MediaRef{QStringLiteral("image"), textHalf.path() + QLatin1Char('/') + rel, rel,
                                QStringLiteral("C0FFEE00.jpeg"), QString()};
            QCOMPARE(w.upsertMemory(r), UpsertResult::Added);
            const ImportReport report = w.finish();
            QCOMPARE(report.mediaMissing, 1);
            QCOMPARE(report.problems.size(), 1);
            QCOMPARE(report.problems.first().kind, QStringLiteral("missing"));
            QVERIFY(report.problems.first().file.endsWith(rel));
        }
        QJsonObject media = libraryStats(db.connection()).value(QStringLiteral("media")).toObject();
        QCOMPARE(media.value(QStringLiteral("missing")).toInt(), 1);
        QCOMPARE(media.value(QStringLiteral("files")).toInt(), 0);
        QCOMPARE(libraryStats(db.connection()).value(QStringLiteral("problems")).toInt(), 1);
        {
            // The media half arrives: same account, same relative path, images/ spelled Images/.
            const QString file =
                writeJpeg(mediaHalf.path() + QStringLiteral("/Messages/Images/C0FFEE00.jpeg"), Qt::blue);
            LibraryWriter w(db, mediaHalf.path(), &searchIndexer());
            QVERIFY(w.begin());
            QVERIFY(w.setAccount(QStringLiteral("654321")));
            QVERIFY(w.addLooseFile(file, QStringLiteral("Messages/Images/C0FFEE00.jpeg")));
            w.finish();
        }
        media = libraryStats(db.connection()).value(QStringLiteral("media")).toObject();
        QCOMPARE(media.value(QStringLiteral("missing")).toInt(), 0);
        QCOMPARE(media.value(QStringLiteral("files")).toInt(), 1);
        QCOMPARE(libraryStats(db.connection()).value(QStringLiteral("problems")).toInt(), 0);
        QCOMPARE(count(db, QStringLiteral(
                               "SELECT COUNT(*) FROM memory_media mm JOIN media m ON m.id = mm.media_id "
                               "WHERE m.status = 'ok'")),
                 1);
        // Re-importing the text half keeps the file attached.
        {
            LibraryWriter w(db, textHalf.path(), &searchIndexer());
            QVERIFY(w.begin());
            QVERIFY(w.setAccount(QStringLiteral("654321")));
            MemoryRecord r = post(QStringLiteral("m1"), "2012-01-01 12:00:00", QStringLiteral("新的一年"));
            r.media << MediaRef{QStringLiteral("image"), textHalf.path() + QLatin1Char('/') + rel, rel,
                                QStringLiteral("C0FFEE00.jpeg"), QString()};
            QCOMPARE(w.upsertMemory(r), UpsertResult::Unchanged);
            QCOMPARE(w.finish().problems.size(), 0);
        }
        QCOMPARE(libraryStats(db.connection())
                     .value(QStringLiteral("media"))
                     .toObject()
                     .value(QStringLiteral("missing"))
                     .toInt(),
                 0);
    }

    void textOnlyExportGetsOneSummaryProblem()
    {
        QTemporaryDir lib;
        QTemporaryDir textHalf;
        QTemporaryDir mediaHalf;
        Database db;
        QVERIFY(db.open(lib.path()));
        const QStringList rels{QStringLiteral("Messages/images/AAAA0001.jpeg"),
                               QStringLiteral("Messages/images/AAAA0002.jpeg")};
        {
            LibraryWriter w(db, textHalf.path(), &searchIndexer());
            QVERIFY(w.begin());
            QVERIFY(w.setAccount(QStringLiteral("654321")));
            MemoryRecord r = post(QStringLiteral("two"), "2012-02-01 12:00:00", QStringLiteral("两张照片"));
            for (const QString &rel : rels)
                r.media << MediaRef{QStringLiteral("image"), textHalf.path() + QLatin1Char('/') + rel, rel,
                                    QFileInfo(rel).fileName(), QString()};
            QCOMPARE(w.upsertMemory(r), UpsertResult::Added);
            const ImportReport report = w.finish();
            QCOMPARE(report.mediaMissing, 2);
            QCOMPARE(report.problems.size(), 1);
            QCOMPARE(report.problems.first().kind, QStringLiteral("missing"));
            QCOMPARE(report.problems.first().file, textHalf.path());
            QVERIFY(report.problems.first().message.contains(QStringLiteral("2 pictures")));
        }
        QCOMPARE(libraryStats(db.connection()).value(QStringLiteral("problems")).toInt(), 1);
        auto addLoose = [&](const QString &rel, QColor color) {
            const QString file = writeJpeg(mediaHalf.path() + QLatin1Char('/') + rel, color);
            LibraryWriter w(db, mediaHalf.path(), &searchIndexer());
            QVERIFY(w.begin());
            QVERIFY(w.setAccount(QStringLiteral("654321")));
            QVERIFY(w.addLooseFile(file, rel));
            QCOMPARE(w.finish().problems.size(), 0);
        };
        addLoose(rels.at(0), Qt::green);
        QCOMPARE(libraryStats(db.connection()).value(QStringLiteral("problems")).toInt(),
                 1); // one still missing
        addLoose(rels.at(1), Qt::yellow);
        QCOMPARE(libraryStats(db.connection()).value(QStringLiteral("problems")).toInt(), 0);
        QCOMPARE(libraryStats(db.connection())
                     .value(QStringLiteral("media"))
                     .toObject()
                     .value(QStringLiteral("missing"))
                     .toInt(),
                 0);
    }

    void personTakesTheNewestName()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("123456")));
        MemoryRecord later = post(QStringLiteral("n2"), "2015-01-01 10:00:00", QStringLiteral("后来"));
        later.author = PersonRef{QStringLiteral("10001"), QStringLiteral("王先生")};
        MemoryRecord earlier = post(QStringLiteral("n1"), "2009-01-01 10:00:00", QStringLiteral("当年"));
        earlier.author = PersonRef{QStringLiteral("10001"), QStringLiteral("小王")};
        QCOMPARE(w.upsertMemory(later), UpsertResult::Added);
        QCOMPARE(w.upsertMemory(earlier), UpsertResult::Added); // seen second, but older
        w.finish();
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM people WHERE uin = '10001'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("王先生"));
        QCOMPARE(count(db, QStringLiteral(
                               "SELECT COUNT(*) FROM person_names pn JOIN people p ON p.id = pn.person_id "
                               "WHERE p.uin = '10001'")),
                 2);
    }

    void displayNameFollowsTheNewestSighting()
    {
        // The writer skips rewriting people.name when the name seen is already shown: a name
        // that comes back later must still win, in this import and in the next one.
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        auto shownName = [&] {
            QSqlQuery q(db.connection());
            return q.exec(QStringLiteral("SELECT name FROM people WHERE uin = '10001'")) && q.next()
                       ? q.value(0).toString()
                       : QString();
        };
        const QString a = QStringLiteral("小王");
        const QString b = QStringLiteral("王先生");
        int n = 0;
        auto byAuthor = [&](const char *local, const QString &name) {
            ++n;
            MemoryRecord r = post(QStringLiteral("d%1").arg(n), local, QStringLiteral("第%1条").arg(n));
            r.author = PersonRef{QStringLiteral("10001"), name};
            return r;
        };
        {
            LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
            QVERIFY(w.begin());
            QVERIFY(w.setAccount(QStringLiteral("123456")));
            QCOMPARE(w.upsertMemory(byAuthor("2009-01-01 10:00:00", a)), UpsertResult::Added);
            QCOMPARE(w.upsertMemory(byAuthor("2009-06-01 10:00:00", a)), UpsertResult::Added);
            QCOMPARE(w.upsertMemory(byAuthor("2012-01-01 10:00:00", b)), UpsertResult::Added);
            QCOMPARE(w.upsertMemory(byAuthor("2015-01-01 10:00:00", a)), UpsertResult::Added);
            QCOMPARE(w.upsertMemory(byAuthor("2013-01-01 10:00:00", b)), UpsertResult::Added);
            w.finish();
        }
        QCOMPARE(shownName(), a);
        {
            LibraryWriter w(db, QStringLiteral("/export2"), &searchIndexer());
            QVERIFY(w.begin());
            QVERIFY(w.setAccount(QStringLiteral("123456")));
            QCOMPARE(w.upsertMemory(byAuthor("2016-01-01 10:00:00", a)), UpsertResult::Added);
            QCOMPARE(shownName(), a);
            QCOMPARE(w.upsertMemory(byAuthor("2020-01-01 10:00:00", b)), UpsertResult::Added);
            QCOMPARE(w.upsertMemory(byAuthor("2010-01-01 10:00:00", a)), UpsertResult::Added);
            w.finish();
        }
        QCOMPARE(shownName(), b);
    }

    void zeroByteFileIsReportedAndNotStored()
    {
        QTemporaryDir lib;
        QTemporaryDir src;
        Database db;
        QVERIFY(db.open(lib.path()));
        const QString empty = src.path() + QStringLiteral("/empty.jpg");
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        LibraryWriter w(db, src.path(), &searchIndexer());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("1")));
        MemoryRecord r = post(QStringLiteral("z"), "2012-01-01 12:00:00", QStringLiteral("空"));
        r.media << MediaRef{QStringLiteral("image"), empty, QStringLiteral("empty.jpg"),
                            QStringLiteral("empty.jpg"), QString()};
        QCOMPARE(w.upsertMemory(r), UpsertResult::Added);
        const ImportReport report = w.finish();
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().kind, QStringLiteral("zero-byte"));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM media WHERE sha256 IS NOT NULL")), 0);
    }

    void searchIndexFollowsMemoriesAndComments()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("123456")));
        MemoryRecord r =
            post(QStringLiteral("s1"), "2009-06-30 20:00:00", QStringLiteral("和同桌一起拍了毕业照"));
        QCOMPARE(w.upsertMemory(r), UpsertResult::Added);
        CommentRecord c;
        c.author = PersonRef{QStringLiteral("10002"), QStringLiteral("小雪")};
        c.created = r.created + 10;
        c.text = QStringLiteral("好怀念 Summer 2009");
        r.comments << c;
        QCOMPARE(w.upsertMemory(r), UpsertResult::Updated);
        w.finish();
        auto hits = [&](const QString &query) {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM search_fts WHERE search_fts MATCH ?"));
            q.addBindValue(QStringLiteral("\"%1\"").arg(segmentForIndex(query)));
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(hits(QStringLiteral("同桌")), 1);
        QCOMPARE(hits(QStringLiteral("雪")), 1); // the commenter's name and text
        QCOMPARE(hits(QStringLiteral("怀念")), 1);
        QCOMPARE(hits(QStringLiteral("SUMMER")), 1);   // case-folded
        QCOMPARE(hits(QStringLiteral("２００９")), 1); // full-width digits fold to ASCII
        QCOMPARE(hits(QStringLiteral("照毕")), 0);
    }

    // The importer writes a new memory's index entry with shortcuts (no delete of an old entry,
    // no comment or people query when the record brought none): it must equal a full rewrite.
    void newMemoryIndexEqualsFullRewrite_data()
    {
        QTest::addColumn<MemoryRecord>("record");
        QTest::addColumn<QString>("expected");
        MemoryRecord plain =
            post(QStringLiteral("n1"), "2010-01-01 08:00:00", QStringLiteral("新年快乐 Hello"));
        QTest::newRow("plain") << plain << QStringLiteral("新年快乐 Hello\n芷炫");

        MemoryRecord markup = post(QStringLiteral("n2"), "2010-01-02 08:00:00",
                                   QStringLiteral("@{uin:10002,nick:小雪,who:1} 看 [em]e100[/em] 电影"));
        markup.title = QStringLiteral("周末");
        markup.location = QStringLiteral("北京市 海淀区");
        markup.extra.insert(QStringLiteral("repost"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("原作者")},
                                        {QStringLiteral("text"), QStringLiteral("原文 @{uin:3,nick:阿三}")}});
        QTest::newRow("title, mention, emoticon, location, repost")
            << markup << QStringLiteral("周末\n@小雪 看  电影\n北京市 海淀区\n芷炫\n原作者\n原文 @阿三");

        MemoryRecord blog;
        blog.kind = MemoryKind::Blog;
        blog.key = QStringLiteral("blog:b1");
        blog.created = chinaTime("2011-03-04 10:00:00");
        blog.title = QStringLiteral("我的日志");
        blog.html = QStringLiteral("<p>第一段 &amp; <b>粗体</b></p><br/>第二段");
        blog.author = PersonRef{QStringLiteral("123456"), QStringLiteral("芷炫")};
        blog.sourceRecord = "{\"blog\":\"b1\"}";
        blog.sourceFile = QStringLiteral("/export/Blogs/b1.html");
        QTest::newRow("blog html") << blog << QStringLiteral("我的日志\n第一段 & 粗体\n\n第二段\n芷炫");

        MemoryRecord photo;
        photo.kind = MemoryKind::Photo;
        photo.key = QStringLiteral("photo:p1");
        photo.created = chinaTime("2012-05-06 12:00:00");
        photo.text = QStringLiteral("照片说明");
        photo.albumKey = QStringLiteral("a1");
        photo.albumName = QStringLiteral("毕业旅行");
        photo.albumDescription = QStringLiteral("2012 夏天");
        photo.author = PersonRef{QString(), QStringLiteral("只有名字")};
        photo.sourceRecord = "{\"pic\":\"p1\"}";
        photo.sourceFile = QStringLiteral("/export/Albums/a1.js");
        QTest::newRow("photo in album, author by name")
            << photo << QStringLiteral("照片说明\n毕业旅行\n2012 夏天\n只有名字");

        MemoryRecord talk = post(QStringLiteral("n3"), "2013-07-08 09:00:00", QStringLiteral("有评论的说说"));
        CommentRecord c;
        c.author = PersonRef{QStringLiteral("10002"), QStringLiteral("小雪")};
        c.created = talk.created + 60;
        c.text = QStringLiteral("沙发 @{uin:123456,nick:芷炫}");
        CommentRecord reply;
        reply.author = PersonRef{QStringLiteral("123456"), QStringLiteral("芷炫")};
        reply.created = talk.created + 120;
        reply.text = QStringLiteral("回复 [em]e113[/em]");
        c.replies << reply;
        talk.comments << c << c; // the same comment twice lands once
        talk.mentions << PersonRef{QStringLiteral("10003"), QStringLiteral("阿明")};
        talk.likes << PersonRef{QStringLiteral("10004"), QStringLiteral("点赞的人")}
                   << PersonRef{QStringLiteral("10003"), QStringLiteral("阿明")};
        QTest::newRow("comments with replies, mentions, likes")
            << talk << QStringLiteral("有评论的说说\n芷炫\n小雪\n沙发 @芷炫\n芷炫\n回复\n阿明\n点赞的人");
    }

    void newMemoryIndexEqualsFullRewrite()
    {
        QFETCH(MemoryRecord, record);
        QFETCH(QString, expected);
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("123456"), QStringLiteral("芷炫")));
        QCOMPARE(w.upsertMemory(record), UpsertResult::Added);
        w.finish();
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT d.memory_id, d.plain, f.segmented FROM search_docs d "
                                      "JOIN search_fts f ON f.rowid = d.memory_id")));
        QVERIFY(q.next());
        const qint64 id = q.value(0).toLongLong();
        const QString written = q.value(1).toString();
        const QString segmented = q.value(2).toString();
        QVERIFY(!q.next());
        q.finish();
        QCOMPARE(written, expected);
        QCOMPARE(written, searchableText(db.connection(), id));
        QCOMPARE(segmented, segmentForIndex(written));
        // And the same bytes as the general path writes.
        QVERIFY(updateSearchDocument(db.connection(), id));
        QVERIFY(q.exec(QStringLiteral("SELECT d.plain, f.segmented, (SELECT COUNT(*) FROM search_fts) FROM "
                                      "search_docs d JOIN search_fts f ON f.rowid = d.memory_id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), written);
        QCOMPARE(q.value(1).toString(), segmented);
        QCOMPARE(q.value(2).toInt(), 1);
    }
};

QTEST_MAIN(TestLibraryWriter)
#include "tst_librarywriter.moc"
