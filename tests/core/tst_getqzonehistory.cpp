// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/getqzonehistoryimporter.h"
#include "import/importer.h"
#include "import/librarywriter.h"
#include "import/pyliteral.h"
#include "library/database.h"
#include "search/searchindex.h"
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
#include <cmath>

using namespace ks;
using namespace ks::test;

namespace {

/// A canonical text form of a parsed literal, so table rows can state what they expect.
QString describe(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        return QStringLiteral("None");
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QMetaType::LongLong:
        return QString::number(v.toLongLong());
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (std::isnan(d))
            return QStringLiteral("nan");
        return QStringLiteral("f:") + QString::number(d, 'g', 17);
    }
    case QMetaType::QString:
        return QLatin1Char('\'') + v.toString() + QLatin1Char('\'');
    case QMetaType::QVariantList: {
        QStringList parts;
        for (const QVariant &item : v.toList())
            parts << describe(item);
        return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    case QMetaType::QVariantMap: {
        QStringList parts;
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            parts << it.key() + QLatin1Char(':') + describe(it.value());
        return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    default:
        return QStringLiteral("?") + QString::fromLatin1(v.typeName());
    }
}

qint64 chinaTime(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::OffsetFromUTC, kChinaUtcOffset).toSecsSinceEpoch();
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString text(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<none>");
    return q.value(0).toString();
}

const QStringList kFeedHeader{QStringLiteral("时间"), QStringLiteral("内容"), QStringLiteral("图片链接"),
                              QStringLiteral("评论")};

/// A GetQzonehistory result for account 10001: two fetch-all items and the xlsx rows made
/// from them, plus a feed-only post, a post with an empty text, 留言 and friends.
bool writeSmallExport(const QString &root)
{
    const QString result = root + QStringLiteral("/resource/result/10001");
    const QString fetch = root + QStringLiteral("/resource/fetch-all/10001");
    if (!QDir().mkpath(result) || !QDir().mkpath(fetch))
        return false;

    const QJsonObject first{
        {QStringLiteral("tid"), QStringLiteral("t1")},
        {QStringLiteral("uin"), 10001},
        {QStringLiteral("name"), QStringLiteral("我")},
        {QStringLiteral("created_time"), double(chinaTime(2012, 6, 7, 21, 15, 30))},
        {QStringLiteral("content"), QStringLiteral("第一条 @{uin:20002,nick:小明,who:1} 你好")},
        {QStringLiteral("pic"),
         QJsonArray{QJsonObject{{QStringLiteral("url1"), QStringLiteral("http://a/1.jpg")}}}},
        {QStringLiteral("commentlist"),
         QJsonArray{QJsonObject{{QStringLiteral("uin"), 20002},
                                {QStringLiteral("name"), QStringLiteral("小明")},
                                {QStringLiteral("content"), QStringLiteral("好")},
                                {QStringLiteral("create_time"), double(chinaTime(2012, 6, 7, 22, 0, 0))},
                                {QStringLiteral("createTime2"), QStringLiteral("2012-06-07 22:00:00")},
                                {QStringLiteral("list_3"),
                                 QJsonArray{QJsonObject{{QStringLiteral("uin"), 10001},
                                                        {QStringLiteral("name"), QStringLiteral("我")},
                                                        {QStringLiteral("content"), QStringLiteral("谢谢")},
                                                        {QStringLiteral("create_time"),
                                                         double(chinaTime(2012, 6, 7, 23, 0, 0))}}}}}}}};
    const QJsonObject repost{
        {QStringLiteral("tid"), QStringLiteral("t2")},
        {QStringLiteral("uin"), 10001},
        {QStringLiteral("name"), QStringLiteral("我")},
        {QStringLiteral("created_time"), double(chinaTime(2013, 1, 2, 3, 4, 5))},
        {QStringLiteral("content"), QString()},
        {QStringLiteral("rt_tid"), QStringLiteral("orig")},
        {QStringLiteral("rt_uinname"), QStringLiteral("小红")},
        {QStringLiteral("rt_con"), QJsonObject{{QStringLiteral("content"), QStringLiteral("原文")}}},
        {QStringLiteral("commentlist"), QJsonArray()}};
    if (!writeFile(
            fetch + QStringLiteral("/qzone_moments_all.json"),
            QJsonDocument(QJsonObject{{QStringLiteral("msglist"), QJsonArray{first, repost}}}).toJson()))
        return false;
    if (!writeFile(fetch + QStringLiteral("/user_qzone_info.json"),
                   QStringLiteral("{\"uin\": 10001, \"nickname\": \"我\", \"total\": 2}").toUtf8()))
        return false;

    SheetSpec posts{
        QStringLiteral("Sheet1"),
        {kFeedHeader,
         {QStringLiteral("2012年06月07日 21:15:30"),
          QStringLiteral("我 ：第一条 @{uin:20002,nick:小明,who:1} 你好"),
          QStringLiteral("http://a/1-small.jpg"),
          QStringLiteral("[['2012-06-07 22:00:00', '好', '小明', 20002]]")},
         {QStringLiteral("2014年03月04日 05:06"), QStringLiteral("我 ：只在动态里的一条：'引号'"), QString(),
          QStringLiteral("[['2014-03-04 06:00:00', 'It\\'s 好', '小红', 30003], "
                         "('2014-03-05 07:00:00', \"第二条\\n换行\", '小明', 20002.0)]")},
         {QStringLiteral("2015年01月01日 00:00:01"), QStringLiteral("我 ："),
          QStringLiteral("http://b/1.jpg, http://b/2.jpg"), QStringLiteral("nan")}},
        {}};
    SheetSpec reposts{QStringLiteral("Sheet1"),
                      {kFeedHeader, {QStringLiteral("2013年01月02日 03:04:05"), QStringLiteral("我 ：")}},
                      {}};
    SheetSpec boards{
        QStringLiteral("Sheet1"),
        {{QStringLiteral("时间"), QStringLiteral("内容"), QStringLiteral("图片链接")},
         {QStringLiteral("2016年10月25日 09:46"), QStringLiteral("星星 留言 ：来看看你[em]e105[/em]")},
         {QStringLiteral("2016年10月26日 10:00"), QStringLiteral("海阔天空 留言 ：你好 ：世界"),
          QStringLiteral("http://c/1.jpg")}},
        {}};
    SheetSpec friends{
        QStringLiteral("Sheet1"),
        {{QStringLiteral("昵称"), QStringLiteral("QQ"), QStringLiteral("空间主页")},
         {QStringLiteral("我"), QStringLiteral("10001"), QStringLiteral("https://user.qzone.qq.com/10001")},
         {QStringLiteral("小明"), QStringLiteral("20002"), QStringLiteral("https://user.qzone.qq.com/20002")},
         {QStringLiteral("小红"), QStringLiteral("30003"),
          QStringLiteral("https://user.qzone.qq.com/30003")}},
        {}};
    // The tool's downloaded picture of the first row, named after its 内容 cell.
    QImage picture(4, 3, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    if (!QDir().mkpath(result + QStringLiteral("/pic")) ||
        !picture.save(result + QStringLiteral("/pic/我_第一条__uin_20002_nick_小明_who_1_你好.jpg"), "JPG"))
        return false;
    return writeXlsx(result + QStringLiteral("/10001_说说列表.xlsx"), {posts}) &&
           writeXlsx(result + QStringLiteral("/10001_转发列表.xlsx"), {reposts}) &&
           writeXlsx(result + QStringLiteral("/10001_留言列表.xlsx"), {boards}) &&
           writeXlsx(result + QStringLiteral("/10001_好友列表.xlsx"), {friends});
}

ImportReport runImport(Database &db, const QString &root)
{
    auto importer = makeGetQzoneHistoryImporter();
    LibraryWriter writer(db, root, &searchIndexer());
    QString error;
    if (!writer.begin(&error))
        qWarning("begin: %s", qPrintable(error));
    const QStringList roots = importer->findRoots(root);
    writer.context().addFormat(importer->formatId());
    for (const QString &r : roots)
        importer->importRoot(ImportScope{r, {}}, writer.context(), writer);
    return writer.finish();
}

} // namespace

class TestGetQzoneHistory : public QObject
{
    Q_OBJECT

private slots:
    void pythonLiteral_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty list") << QStringLiteral("[]") << QStringLiteral("[]");
        QTest::newRow("comment list")
            << QStringLiteral("[['2022-09-29 20:50:53', '好看[em]e100[/em]', '老王', 10001]]")
            << QStringLiteral("[['2022-09-29 20:50:53','好看[em]e100[/em]','老王',10001]]");
        QTest::newRow("quotes") << QStringLiteral("[\"it's\", 'say \"hi\"']")
                                << QStringLiteral("['it's','say \"hi\"']");
        QTest::newRow("escapes") << QStringLiteral(
                                        "'a\\nb\\t\\\\ \\'q\\' \\x41 \\u4e2d \\U0001F600 \\101 \\r'")
                                 << QStringLiteral("'a\nb\t\\ 'q' A 中 \U0001F600 A \r'");
        QTest::newRow("unknown escape kept") << QStringLiteral("'\\d\\['") << QStringLiteral("'\\d\\['");
        QTest::newRow("line continuation") << QStringLiteral("'a\\\nb'") << QStringLiteral("'ab'");
        QTest::newRow("raw string") << QStringLiteral("r'\\n\\''") << QStringLiteral("'\\n\\''");
        QTest::newRow("unicode prefix") << QStringLiteral("u'x'") << QStringLiteral("'x'");
        QTest::newRow("negative int") << QStringLiteral("-12") << QStringLiteral("-12");
        QTest::newRow("uin") << QStringLiteral("2581660600") << QStringLiteral("2581660600");
        QTest::newRow("huge int") << QStringLiteral("123456789012345678901234567890")
                                  << QStringLiteral("f:1.2345678901234568e+29");
        QTest::newRow("float") << QStringLiteral("1.5") << QStringLiteral("f:1.5");
        QTest::newRow("exponent") << QStringLiteral("1e3") << QStringLiteral("f:1000");
        QTest::newRow("negative float") << QStringLiteral("-.25") << QStringLiteral("f:-0.25");
        QTest::newRow("float uin") << QStringLiteral("20002.0") << QStringLiteral("f:20002");
        QTest::newRow("inf") << QStringLiteral("-inf") << QStringLiteral("f:-inf");
        QTest::newRow("constants") << QStringLiteral("[nan, None, True, False]")
                                   << QStringLiteral("[nan,None,True,False]");
        QTest::newRow("tuple trailing comma") << QStringLiteral("(1, 'a',)") << QStringLiteral("[1,'a']");
        QTest::newRow("nested") << QStringLiteral("[[], [[1]], ()]") << QStringLiteral("[[],[[1]],[]]");
        QTest::newRow("dict") << QStringLiteral("{'b': [2], 'a': 1}") << QStringLiteral("{a:1,b:[2]}");
        QTest::newRow("whitespace") << QStringLiteral("  [ 1 ,\n 2 ]\t ") << QStringLiteral("[1,2]");
        QTest::newRow("emoji and CJK") << QStringLiteral("['😂🎉 雪']") << QStringLiteral("['😂🎉 雪']");
        QTest::newRow("empty strings") << QStringLiteral("['', \"\"]") << QStringLiteral("['','']");
    }
    void pythonLiteral()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QVariant value;
        QString error;
        QVERIFY2(parsePythonLiteral(input, &value, &error), qPrintable(error));
        QCOMPARE(describe(value), expected);
    }

    void pythonLiteralErrors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("unclosed list") << QStringLiteral("[1, 2");
        QTest::newRow("unclosed string") << QStringLiteral("'abc");
        QTest::newRow("extra bracket") << QStringLiteral("[1,]]");
        QTest::newRow("name") << QStringLiteral("foo");
        QTest::newRow("call") << QStringLiteral("__import__('os').system('rm -rf /')");
        QTest::newRow("missing comma") << QStringLiteral("[1 2]");
        QTest::newRow("short hex escape") << QStringLiteral("'\\x4'");
        QTest::newRow("bad exponent") << QStringLiteral("1e");
        QTest::newRow("int key") << QStringLiteral("{1: 2}");
        QTest::newRow("too deep") << QString(200, QLatin1Char('[')) + QString(200, QLatin1Char(']'));
        QTest::newRow("adjacent strings") << QStringLiteral("'a' 'b'");
        QTest::newRow("None prefix") << QStringLiteral("Nonesuch");
        QTest::newRow("double sign") << QStringLiteral("--1");
        QTest::newRow("underscore digits") << QStringLiteral("1_000");
        QTest::newRow("newline in string") << QStringLiteral("'line\nbreak'");
        QTest::newRow("code point too big") << QStringLiteral("'\\U00110000'");
    }
    void pythonLiteralErrors()
    {
        QFETCH(QString, input);
        QVariant value = QStringLiteral("untouched");
        QString error;
        QVERIFY(!parsePythonLiteral(input, &value, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(value.toString(), QStringLiteral("untouched"));
    }

    void splitContent_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::newRow("post") << QStringLiteral("芷炫 ：今天下雪了") << QStringLiteral("芷炫")
                              << QStringLiteral("今天下雪了");
        QTest::newRow("second separator stays")
            << QStringLiteral("芷炫 ：a ：b") << QStringLiteral("芷炫") << QStringLiteral("a ：b");
        QTest::newRow("empty text") << QStringLiteral("芷炫 ：") << QStringLiteral("芷炫") << QString();
        QTest::newRow("board") << QStringLiteral("星星 留言 ：来看看你") << QStringLiteral("星星 留言")
                               << QStringLiteral("来看看你");
        QTest::newRow("no separator")
            << QStringLiteral("只有正文：冒号") << QString() << QStringLiteral("只有正文：冒号");
        QTest::newRow("newline kept")
            << QStringLiteral("芷炫 ：a\nb") << QStringLiteral("芷炫") << QStringLiteral("a\nb");
    }
    void splitContent()
    {
        QFETCH(QString, content);
        QFETCH(QString, name);
        QFETCH(QString, text);
        const gqh::ContentParts parts = gqh::splitContent(content);
        QCOMPARE(parts.name, name);
        QCOMPARE(parts.text, text);
    }

    void commentsFromCell()
    {
        QList<CommentRecord> comments;
        QString error;
        int skipped = 0;
        QVERIFY(gqh::commentsFromCell(
            QStringLiteral("[['2016-01-16 18:39:13', '我也想去', '糖糖', 2581660600], "
                           "['2016-01-18 04:20:26', None, nan, 2266595673.0], 'not a comment', "
                           "['2016-01-19 07:34:30', '只有两项']]"),
            &comments, &error, &skipped));
        QCOMPARE(skipped, 1);
        QCOMPARE(comments.size(), 3);
        QCOMPARE(comments.at(0).created, chinaTime(2016, 1, 16, 18, 39, 13));
        QCOMPARE(comments.at(0).text, QStringLiteral("我也想去"));
        QCOMPARE(comments.at(0).author.name, QStringLiteral("糖糖"));
        QCOMPARE(comments.at(0).author.uin, QStringLiteral("2581660600"));
        QCOMPARE(QString::fromUtf8(comments.at(0).sourceRecord),
                 QStringLiteral("[\"2016-01-16 18:39:13\",\"我也想去\",\"糖糖\",2581660600]"));
        QCOMPARE(comments.at(1).text, QString());
        QCOMPARE(comments.at(1).author.name, QString());
        QCOMPARE(comments.at(1).author.uin, QStringLiteral("2266595673"));
        QCOMPARE(QString::fromUtf8(comments.at(1).sourceRecord),
                 QStringLiteral("[\"2016-01-18 04:20:26\",null,null,2266595673]"));
        QCOMPARE(comments.at(2).author.uin, QString());

        for (const QString &none :
             {QString(), QStringLiteral("nan"), QStringLiteral("  "), QStringLiteral("[]")}) {
            comments.clear();
            QVERIFY(gqh::commentsFromCell(none, &comments, &error));
            QVERIFY(comments.isEmpty());
        }
        QVERIFY(!gqh::commentsFromCell(QStringLiteral("[['2016-01-16', 'x'"), &comments, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!gqh::commentsFromCell(QStringLiteral("'just a string'"), &comments, &error));
    }

    void uins_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("uin");
        QTest::newRow("int") << QVariant(qlonglong(10001)) << QStringLiteral("10001");
        QTest::newRow("float") << QVariant(2266595673.0) << QStringLiteral("2266595673");
        QTest::newRow("fraction") << QVariant(1.5) << QString();
        QTest::newRow("nan") << QVariant(std::nan("")) << QString();
        QTest::newRow("text") << QVariant(QStringLiteral(" 20002 ")) << QStringLiteral("20002");
        QTest::newRow("text float") << QVariant(QStringLiteral("20002.0")) << QStringLiteral("20002");
        QTest::newRow("name") << QVariant(QStringLiteral("小明")) << QString();
        QTest::newRow("zero") << QVariant(qlonglong(0)) << QString();
        QTest::newRow("none") << QVariant() << QString();
    }
    void uins()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, uin);
        QCOMPARE(gqh::uinFromValue(value), uin);
    }

    void findRoots()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.filePath(QStringLiteral("a/b/GetQzonehistory-main"));
        QVERIFY(writeSmallExport(root));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("a/other/resource/result/notanumber"))));
        auto importer = makeGetQzoneHistoryImporter();
        QVERIFY(importer);
        QCOMPARE(importer->formatId(), QStringLiteral("getqzonehistory"));
        QCOMPARE(importer->findRoots(dir.path()), QStringList{root}); // three levels below
        QCOMPARE(importer->findRoots(root), QStringList{root});
        QCOMPARE(importer->findRoots(root + QStringLiteral("/resource")),
                 QStringList{root + QStringLiteral("/resource")});
        const QString result = root + QStringLiteral("/resource/result/10001");
        QCOMPARE(importer->findRoots(result), QStringList{result});
        QVERIFY(importer->findRoots(dir.filePath(QStringLiteral("a/other"))).isEmpty());

        // Four levels down is too deep; an empty result folder is not an export.
        QTemporaryDir deep;
        QVERIFY(writeSmallExport(deep.filePath(QStringLiteral("1/2/3/4"))));
        QVERIFY(importer->findRoots(deep.path()).isEmpty());
        QTemporaryDir empty;
        QVERIFY(QDir().mkpath(empty.filePath(QStringLiteral("resource/result/10001"))));
        QVERIFY(importer->findRoots(empty.path()).isEmpty());
    }

    void importsAndMerges()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.filePath(QStringLiteral("export"));
        QVERIFY(writeSmallExport(root));
        const auto before = snapshotTree(root);
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("lib")), &error), qPrintable(error));

        ImportReport report = runImport(db, root);
        for (const ImportProblem &p : std::as_const(report.problems))
            qWarning("problem: %s %s %s", qPrintable(p.file), qPrintable(p.kind), qPrintable(p.message));
        QCOMPARE(report.problems.size(), 0);
        QCOMPARE(text(db, QStringLiteral("SELECT nickname FROM accounts")), QStringLiteral("我"));

        // Two fetch-all items, each also an xlsx row, plus two rows only in the xlsx.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post'")), 4);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM memories WHERE key IN ('post:t1', 'post:t2')")),
            2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memory_sources s JOIN memories m ON m.id = "
                                           "s.memory_id WHERE m.key = 'post:t1'")),
                 2);
        // t1: its comment (in both sources) once, plus the reply only the JSON has; the feed row: 2.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM comments c JOIN memories m ON m.id = c.memory_id "
                                      "WHERE m.key = 'post:t1'")),
            2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM comments")), 4);
        QCOMPARE(text(db, QStringLiteral("SELECT body_text FROM comments WHERE created = %1")
                              .arg(chinaTime(2014, 3, 5, 7, 0, 0))),
                 QStringLiteral("第二条\n换行"));
        QCOMPARE(text(db, QStringLiteral("SELECT p.uin FROM comments c JOIN people p ON p.id = c.author_id "
                                         "WHERE c.body_text = 'It''s 好'")),
                 QStringLiteral("30003"));

        // The feed-only row: minute precision, the text after " ：", keyless.
        QCOMPARE(
            scalar(db, QStringLiteral(
                           "SELECT created FROM memories WHERE body_text = '只在动态里的一条：''引号'''")),
            chinaTime(2014, 3, 4, 5, 6, 0));
        QVERIFY(text(db, QStringLiteral("SELECT key FROM memories WHERE created = %1")
                             .arg(chinaTime(2014, 3, 4, 5, 6, 0)))
                    .startsWith(QStringLiteral("post:~")));
        // The repost row found its item by the second although both texts are empty.
        QCOMPARE(text(db, QStringLiteral("SELECT json_extract(extra_json, '$.repost.text') FROM memories "
                                         "WHERE key = 'post:t2'")),
                 QStringLiteral("原文"));
        // Remote pictures are links, not files: the only media row is the downloaded picture,
        // which belongs to the post its name was made from.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memory_media")), 1);
        QCOMPARE(
            text(db, QStringLiteral("SELECT mm.source_path FROM memory_media mm JOIN memories m ON m.id = "
                                    "mm.memory_id WHERE m.key = 'post:t1'")),
            QStringLiteral("resource/result/10001/pic/我_第一条__uin_20002_nick_小明_who_1_你好.jpg"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM media WHERE status = 'ok'")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM media")), 1);
        QCOMPARE(text(db, QStringLiteral("SELECT rel_path FROM source_files")),
                 QStringLiteral("resource/result/10001/pic/我_第一条__uin_20002_nick_小明_who_1_你好.jpg"));
        QCOMPARE(text(db, QStringLiteral("SELECT extra_json FROM memories WHERE created = %1")
                              .arg(chinaTime(2015, 1, 1, 0, 0, 1))),
                 QStringLiteral("{\"remote_images\":[\"http://b/1.jpg\",\"http://b/2.jpg\"]}"));
        QCOMPARE(
            text(db, QStringLiteral("SELECT json_extract(extra_json, '$.remote_images[0]') FROM memories "
                                    "WHERE key = 'post:t1'")),
            QStringLiteral("http://a/1.jpg"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memory_people mp JOIN people p ON p.id = "
                                           "mp.person_id WHERE p.uin = '20002' AND mp.role = 'mention'")),
                 1);

        // 留言: author from the row, text after the first " ：".
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'board'")), 2);
        QCOMPARE(text(db, QStringLiteral("SELECT p.name FROM memories m JOIN people p ON p.id = m.author_id "
                                         "WHERE m.body_text = '你好 ：世界'")),
                 QStringLiteral("海阔天空"));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT created FROM memories WHERE kind = 'board' AND body_text LIKE "
                                      "'来看看你%'")),
            chinaTime(2016, 10, 25, 9, 46, 0));
        QCOMPARE(text(db, QStringLiteral(
                              "SELECT s.record FROM memory_sources s JOIN memories m ON m.id = s.memory_id "
                              "WHERE m.body_text = '你好 ：世界'")),
                 QStringLiteral("{\"内容\":\"海阔天空 留言 ：你好 ：世界\",\"图片链接\":\"http://c/1.jpg\","
                                "\"时间\":\"2016年10月26日 10:00\"}"));

        // Friends without the owner's row.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM people WHERE is_friend = 1")), 2);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM people WHERE uin = '10001' AND is_friend = 1")),
            0);

        // A second run changes nothing; the source is untouched.
        report = runImport(db, root);
        QCOMPARE(report.added, 0);
        QCOMPARE(report.updated, 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM comments")), 4);
        QCOMPARE(snapshotTree(root), before);
    }

    void damagedFilesAreReported()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("export"));
        QVERIFY(writeSmallExport(root));
        const QString result = root + QStringLiteral("/resource/result/10001");
        // A cut 留言 file, broken JSON, and a 评论 cell that is not a list.
        QFile boards(result + QStringLiteral("/10001_留言列表.xlsx"));
        QVERIFY(boards.open(QIODevice::ReadWrite));
        boards.resize(boards.size() / 2);
        boards.close();
        QVERIFY(writeFile(root + QStringLiteral("/resource/fetch-all/10001/qzone_moments_all.json"),
                          QByteArray("{\"msglist\": [")));
        SheetSpec posts{QStringLiteral("Sheet1"),
                        {kFeedHeader,
                         {QStringLiteral("2014年03月04日 05:06"), QStringLiteral("我 ：还在"), QString(),
                          QStringLiteral("[['2014-03-04 06:00:00', 'x', ")}},
                        {}};
        QVERIFY(writeXlsx(result + QStringLiteral("/10001_说说列表.xlsx"), {posts}));

        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("lib")), &error));
        const ImportReport report = runImport(db, root);
        QStringList kinds;
        for (const ImportProblem &p : report.problems)
            kinds << p.kind + QLatin1Char(':') + QFileInfo(p.file).fileName();
        kinds.sort();
        // The picture's row is gone from the rewritten list: kept, and said so.
        QCOMPARE(kinds, (QStringList{QStringLiteral("corrupt:10001_留言列表.xlsx"),
                                     QStringLiteral("malformed:10001_说说列表.xlsx"),
                                     QStringLiteral("malformed:qzone_moments_all.json"),
                                     QStringLiteral("note:pic")}));
        // The rest still arrives: the post (with its raw 评论 kept), the repost row, the friends.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post'")), 2);
        QCOMPARE(
            text(db, QStringLiteral("SELECT json_extract(extra_json, '$.comments_unparsed') FROM memories "
                                    "WHERE body_text = '还在'")),
            QStringLiteral("[['2014-03-04 06:00:00', 'x', "));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM people WHERE is_friend = 1")), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM problems")), 4);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM media WHERE status = 'ok'")), 1);
    }
};

QTEST_GUILESS_MAIN(TestGetQzoneHistory)
#include "tst_getqzonehistory.moc"
