// SPDX-License-Identifier: GPL-3.0-or-later
// GetQzonehistory's pic/ folder (pictures named after the row text) and the two halves of one
// run (result/ and fetch-all/) dropped on their own.
#include "import/getqzonehistoryimporter.h"
#include "import/importer.h"
#include "import/librarywriter.h"
#include "search/searchindex.h"
#include "library/database.h"
#include "testsupport.h"
#include "xlsxtestutil.h"

#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;
using namespace ks::test;

namespace {

qint64 chinaTime(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::OffsetFromUTC, kChinaUtcOffset).toSecsSinceEpoch();
}

const QStringList kHeader{QStringLiteral("时间"), QStringLiteral("内容"), QStringLiteral("图片链接"),
                          QStringLiteral("评论")};
const QString kLongText = QStringLiteral("我 ：") + QString(35, QChar(0x957F)); // 35 × 长

/// A picture whose bytes differ from every other one (the vault keeps one copy of equal bytes).
bool writePicture(const QString &path, int n)
{
    QImage image(4 + n, 3, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((n * 37) % 360, 200, 200));
    return QDir().mkpath(QFileInfo(path).absolutePath()) && image.save(path, "JPG");
}

/// Account 10001 (我): one fetch-all item (t1) and the xlsx rows, with pic/ as the tool names it.
bool writeExport(const QString &root)
{
    const QString result = root + QStringLiteral("/resource/result/10001");
    const QString fetch = root + QStringLiteral("/resource/fetch-all/10001");
    const QJsonObject t1{{QStringLiteral("tid"), QStringLiteral("t1")},
                         {QStringLiteral("uin"), 10001},
                         {QStringLiteral("name"), QStringLiteral("我")},
                         {QStringLiteral("created_time"), double(chinaTime(2012, 6, 7, 21, 15, 30))},
                         {QStringLiteral("content"), QStringLiteral("三张图的一条！")}};
    if (!QDir().mkpath(fetch) || !QDir().mkpath(result) ||
        !writeFile(fetch + QStringLiteral("/qzone_moments_all.json"),
                   QJsonDocument(QJsonObject{{QStringLiteral("msglist"), QJsonArray{t1}}}).toJson()))
        return false;
    SheetSpec posts{QStringLiteral("Sheet1"),
                    {kHeader,
                     {QStringLiteral("2012年06月07日 21:15:30"), QStringLiteral("我 ：三张图的一条！"),
                      QStringLiteral("http://a/1.jpg,http://a/2.jpg,http://a/3.jpg")},
                     {QStringLiteral("2013年01月01日 08:00:00"), QStringLiteral("我 ：早安"),
                      QStringLiteral("http://b/1.jpg")},
                     {QStringLiteral("2014年01月01日 08:00:00"), QStringLiteral("我 ：早安"),
                      QStringLiteral("http://c/1.jpg")},
                     {QStringLiteral("2015年05月05日 10:00"), QStringLiteral("我 ：没有图")},
                     {QStringLiteral("2016年02月02日 12:00:00"), kLongText,
                      QStringLiteral("http://e/1.jpg,http://e/2.jpg")}},
                    {}};
    SheetSpec boards{QStringLiteral("Sheet1"),
                     {{QStringLiteral("时间"), QStringLiteral("内容"), QStringLiteral("图片链接")},
                      {QStringLiteral("2016年10月25日 09:46"), QStringLiteral("星星 留言 ：送你一张图"),
                       QStringLiteral("http://d/1.jpg")}},
                     {}};
    SheetSpec others{QStringLiteral("Sheet1"),
                     {{QStringLiteral("时间"), QStringLiteral("内容"), QStringLiteral("图片链接")},
                      {QStringLiteral("2016年10月26日 09:46"), QStringLiteral("小红 ：她的图"),
                       QStringLiteral("http://f/1.jpg")}},
                     {}};
    if (!writeXlsx(result + QStringLiteral("/10001_说说列表.xlsx"), {posts}) ||
        !writeXlsx(result + QStringLiteral("/10001_留言列表.xlsx"), {boards}) ||
        !writeXlsx(result + QStringLiteral("/10001_其他列表.xlsx"), {others}))
        return false;
    const QString longName = QStringLiteral("我_") + QString(35, QChar(0x957F));
    const QStringList pictures{QStringLiteral("我_三张图的一条_.jpg"),
                               QStringLiteral("我_三张图的一条__1700000005.jpg"), // third: the later time
                               QStringLiteral("我_三张图的一条__1700000001.jpg"),
                               QStringLiteral("我_早安.jpg"), // two rows say 早安: whose is it?
                               QStringLiteral("我_早安_1700000010.jpg"),
                               longName +
                                   QStringLiteral(".jp.jpg"), // 37 characters: the tool cuts into ".jpg"
                               longName + QStringLiteral("_1700000020.jpg"),
                               QStringLiteral("星星留言_送你一张图.jpg"),
                               QStringLiteral("小红_她的图.jpg"),  // a row of 其他列表: kept, no post
                               QStringLiteral("别人的图.jpg"),     // no row
                               QStringLiteral("我_没有图.jpg"),    // a row without picture links
                               QStringLiteral("old/我_早安.jpg")}; // not where the tool saves
    for (int i = 0; i < pictures.size(); ++i) {
        if (!writePicture(result + QStringLiteral("/pic/") + pictures.at(i), i))
            return false;
    }
    return true;
}

struct Library
{
    QTemporaryDir dir;
    Database db;
    Library() { db.open(dir.filePath(QStringLiteral("lib"))); }

    ImportReport import(const QString &path)
    {
        auto importer = makeGetQzoneHistoryImporter();
        LibraryWriter writer(db, path, &searchIndexer());
        writer.begin();
        writer.context().addFormat(importer->formatId());
        for (const QString &root : importer->findRoots(path))
            importer->importRoot(ImportScope{root, {}}, writer.context(), writer);
        return writer.finish();
    }
    qint64 count(const QString &sql) const
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    /// The pic/ files of a memory, by position.
    QStringList pictures(const QString &where) const
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT mm.source_path FROM memory_media mm JOIN memories m ON m.id = "
                              "mm.memory_id WHERE %1 ORDER BY mm.position")
                   .arg(where));
        QStringList paths;
        while (q.next())
            paths << q.value(0).toString().section(QLatin1Char('/'), 4);
        return paths;
    }
};

QStringList kindsOf(const ImportReport &report)
{
    QStringList kinds;
    for (const ImportProblem &p : report.problems)
        kinds << p.kind + QLatin1Char(':') + QFileInfo(p.file).fileName();
    kinds.sort();
    return kinds;
}

} // namespace

class TestGetQzoneHistoryPictures : public QObject
{
    Q_OBJECT

private slots:
    // Expected names from the tool's own expression, run in Python 3:
    // re.sub(r'\[em\].*?\[/em\]|[^\w\s]|[\\/:*?"<>|\r\n]+', '_', t).replace(' ', '') + '.jpg',
    // then name[:40] + '.jpg' when longer than 40.
    void fileNames_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("name");
        QTest::newRow("mention") << QStringLiteral("我 ：第一条 @{uin:20002,nick:小明,who:1} 你好")
                                 << QStringLiteral("我_第一条__uin_20002_nick_小明_who_1_你好.jpg");
        QTest::newRow("emoticon") << QStringLiteral("我 ：今天[em]e100[/em]天气不错！")
                                  << QStringLiteral("我_今天_天气不错_.jpg");
        QTest::newRow("line break run") << QStringLiteral("我 ：a\r\n/b") << QStringLiteral("我_a_b.jpg");
        QTest::newRow("emoticon across a line")
            << QStringLiteral("我 ：[em]e1\n[/em]x") << QStringLiteral("我__em_e1___em_x.jpg");
        QTest::newRow("emoji and a letter beyond the BMP")
            << QStringLiteral("我 ：emoji😀ok 𠀀字") << QStringLiteral("我_emoji_ok𠀀字.jpg");
        QTest::newRow("other white space stays") << QStringLiteral("我 ：tab\there\u3000全角 nbsp\u00a0x")
                                                 << QStringLiteral("我_tab\there\u3000全角nbsp\u00a0x.jpg");
        QTest::newRow("dots") << QStringLiteral("我 ：file.name,with.dots")
                              << QStringLiteral("我_file_name_with_dots.jpg");
        QTest::newRow("numbers of other scripts")
            << QStringLiteral("我 ：_①Ⅻ²ﾟ") << QStringLiteral("我__①Ⅻ²ﾟ.jpg");
        QTest::newRow("empty") << QString() << QStringLiteral(".jpg");
        const QString one = QString(QChar(0x4E00));
        QTest::newRow("36 characters") << QStringLiteral("我 ：") + one.repeated(34)
                                       << QStringLiteral("我_") + one.repeated(34) + QStringLiteral(".jpg");
        QTest::newRow("37 characters")
            << QStringLiteral("我 ：") + one.repeated(35)
            << QStringLiteral("我_") + one.repeated(35) + QStringLiteral(".jp.jpg");
        QTest::newRow("38 characters") << QStringLiteral("我 ：") + one.repeated(36)
                                       << QStringLiteral("我_") + one.repeated(36) + QStringLiteral(".j.jpg");
        QTest::newRow("39 characters") << QStringLiteral("我 ：") + one.repeated(37)
                                       << QStringLiteral("我_") + one.repeated(37) + QStringLiteral("..jpg");
        QTest::newRow("50 characters") << QStringLiteral("我 ：") + one.repeated(48)
                                       << QStringLiteral("我_") + one.repeated(38) + QStringLiteral(".jpg");
    }
    void fileNames()
    {
        QFETCH(QString, content);
        QFETCH(QString, name);
        QCOMPARE(gqh::pictureFileName(content), name);
        QCOMPARE(gqh::picturePrefix(content), name.section(QLatin1Char('.'), 0, 0));
    }

    void assignsByNameAndTime()
    {
        const QList<gqh::PictureRow> rows{{QStringLiteral("我 ：三张"), 3}, {QStringLiteral("我 ：早安"), 1},
                                          {QStringLiteral("我 ：早安"), 1}, {QStringLiteral("我 ：Hello"), 1},
                                          {QStringLiteral("我 ：一张"), 1}, {QStringLiteral("我 ：没图"), 0},
                                          {QStringLiteral("我 ：café"), 1}};
        const QStringList files{
            QStringLiteral("我_三张_1600000009.jpg"),
            QStringLiteral("我_三张.jpg"),
            QStringLiteral("我_三张_1600000002.jpg"),
            QStringLiteral("我_早安.jpg"),
            QStringLiteral("我_hello.jpg"), // a case-insensitive file system saw the same name
            QStringLiteral("我_一张.jpg"),
            QStringLiteral("我_一张_1600000100.jpg"), // a second run
            QStringLiteral("我_没图.jpg"),
            QStringLiteral("别的.png"),
            QStringLiteral("我_cafe\u0301.jpg")}; // decomposed, as macOS writes names
        const gqh::PictureAssignment a = gqh::assignPictures(rows, files);
        QCOMPARE(a.filesOfRow.size(), rows.size());
        QCOMPARE(a.filesOfRow.at(0),
                 (QStringList{QStringLiteral("我_三张.jpg"), QStringLiteral("我_三张_1600000002.jpg"),
                              QStringLiteral("我_三张_1600000009.jpg")}));
        QVERIFY(a.filesOfRow.at(1).isEmpty());
        QVERIFY(a.filesOfRow.at(2).isEmpty());
        QCOMPARE(a.filesOfRow.at(3), QStringList{QStringLiteral("我_hello.jpg")});
        QCOMPARE(a.filesOfRow.at(4), QStringList{QStringLiteral("我_一张.jpg")});
        QCOMPARE(a.filesOfRow.at(6), QStringList{QStringLiteral("我_cafe\u0301.jpg")});
        QCOMPARE(a.ambiguous.size(), 1);
        QCOMPARE(a.ambiguous.first().files, QStringList{QStringLiteral("我_早安.jpg")});
        QCOMPARE(a.ambiguous.first().rows, (QList<int>{1, 2}));
        QStringList unmatched = a.unmatched;
        unmatched.sort();
        QCOMPARE(unmatched, (QStringList{QStringLiteral("别的.png"), QStringLiteral("我_一张_1600000100.jpg"),
                                         QStringLiteral("我_没图.jpg")}));
    }

    void suffixOfItsOwnText()
    {
        // "X_1600000000" is a text of its own when a row says so, else a duplicate of "X".
        const QList<gqh::PictureRow> rows{{QStringLiteral("X_1600000000"), 1}, {QStringLiteral("X"), 2}};
        const gqh::PictureAssignment a =
            gqh::assignPictures(rows, {QStringLiteral("X_1600000000.jpg"), QStringLiteral("X.jpg"),
                                       QStringLiteral("X_1600000001.jpg")});
        QCOMPARE(a.filesOfRow.at(0), QStringList{QStringLiteral("X_1600000000.jpg")});
        QCOMPARE(a.filesOfRow.at(1),
                 (QStringList{QStringLiteral("X.jpg"), QStringLiteral("X_1600000001.jpg")}));
        QVERIFY(a.unmatched.isEmpty());
    }

    void picturesBelongToTheirPosts()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("GetQzonehistory"));
        QVERIFY(writeExport(root));
        const auto before = snapshotTree(root);
        Library lib;
        const ImportReport report = lib.import(root);
        QCOMPARE(kindsOf(report), (QStringList{QStringLiteral("note:pic"), QStringLiteral("note:我_早安.jpg"),
                                               QStringLiteral("unsupported:10001_其他列表.xlsx")}));
        for (const ImportProblem &p : report.problems) {
            if (p.file.endsWith(QStringLiteral("/pic")))
                QVERIFY2(p.message.startsWith(QStringLiteral("2 of the pictures")), qPrintable(p.message));
        }
        QCOMPARE(lib.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post'")), 5);
        // The fetch-all item and its row are one post, with the row's three pictures in order.
        QCOMPARE(lib.pictures(QStringLiteral("m.key = 'post:t1'")),
                 (QStringList{QStringLiteral("我_三张图的一条_.jpg"),
                              QStringLiteral("我_三张图的一条__1700000001.jpg"),
                              QStringLiteral("我_三张图的一条__1700000005.jpg")}));
        const QString longName = QStringLiteral("我_") + QString(35, QChar(0x957F));
        QCOMPARE(lib.pictures(QStringLiteral("m.created = %1").arg(chinaTime(2016, 2, 2, 12, 0, 0))),
                 (QStringList{longName + QStringLiteral(".jp.jpg"),
                              longName + QStringLiteral("_1700000020.jpg")}));
        QCOMPARE(lib.pictures(QStringLiteral("m.kind = 'board'")),
                 QStringList{QStringLiteral("星星留言_送你一张图.jpg")});
        QVERIFY(lib.pictures(QStringLiteral("m.body_text = '早安'")).isEmpty());
        QCOMPARE(lib.count(QStringLiteral("SELECT COUNT(*) FROM memory_media")), 6);
        QCOMPARE(lib.count(QStringLiteral("SELECT COUNT(*) FROM memory_media mm JOIN media m ON m.id = "
                                          "mm.media_id WHERE m.status = 'ok' AND mm.role = 'image'")),
                 6);
        // Every file of pic/ is in the library, attached or not.
        QCOMPARE(lib.count(QStringLiteral("SELECT COUNT(*) FROM media WHERE status = 'ok'")), 12);
        QCOMPARE(lib.count(QStringLiteral("SELECT COUNT(*) FROM problems WHERE kind = 'note'")), 2);

        const ImportReport again = lib.import(root);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(lib.count(QStringLiteral("SELECT COUNT(*) FROM memory_media")), 6);
        QCOMPARE(lib.count(QStringLiteral("SELECT COUNT(*) FROM media")), 12);
        QCOMPARE(snapshotTree(root), before);
    }

    void oneHalfIsReadAlone()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("GetQzonehistory"));
        QVERIFY(writeExport(root));
        const QString result = root + QStringLiteral("/resource/result/10001");
        const QString fetch = root + QStringLiteral("/resource/fetch-all/10001");
        auto importer = makeGetQzoneHistoryImporter();
        QCOMPARE(importer->findRoots(result), QStringList{result});
        QCOMPARE(importer->findRoots(fetch), QStringList{fetch});

        {
            // The xlsx half: fetch-all is not read, only named.
            Library lib;
            const ImportReport report = lib.import(result);
            QVERIFY(kindsOf(report).contains(QStringLiteral("elsewhere:10001")));
            for (const ImportProblem &p : report.problems) {
                if (p.kind != QLatin1String("elsewhere"))
                    continue;
                QCOMPARE(p.file, fetch);
                QVERIFY2(p.message.contains(QStringLiteral("resource/fetch-all/10001")),
                         qPrintable(p.message));
                QVERIFY2(p.message.contains(QStringLiteral("drop the whole resource folder")),
                         qPrintable(p.message));
            }
            QCOMPARE(lib.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post'")), 5);
            QCOMPARE(lib.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE key = 'post:t1'")), 0);
            QCOMPARE(lib.count(QStringLiteral("SELECT COUNT(*) FROM memory_media")), 6);
            QCOMPARE(lib.count(QStringLiteral("SELECT COUNT(*) FROM problems WHERE kind = 'elsewhere'")), 1);
        }
        {
            // The fetch-all half: the xlsx lists and pictures are named, not read.
            Library lib;
            const ImportReport report = lib.import(fetch);
            QCOMPARE(kindsOf(report), QStringList{QStringLiteral("elsewhere:10001")});
            QCOMPARE(report.problems.first().file, result);
            QVERIFY(report.problems.first().message.contains(QStringLiteral("resource/result/10001")));
            QCOMPARE(lib.count(QStringLiteral("SELECT COUNT(*) FROM memories")), 1);
            QCOMPARE(lib.count(QStringLiteral("SELECT COUNT(*) FROM media")), 0);
        }
        {
            // The folder with both: read as one, nothing said about elsewhere.
            Library lib;
            const ImportReport report = lib.import(root + QStringLiteral("/resource"));
            QVERIFY(!kindsOf(report).contains(QStringLiteral("elsewhere:10001")));
            QCOMPARE(lib.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE key = 'post:t1'")), 1);
            QCOMPARE(lib.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post'")), 5);
        }
    }
};

QTEST_GUILESS_MAIN(TestGetQzoneHistoryPictures)
#include "tst_getqzonehistorypictures.moc"
