// SPDX-License-Identifier: GPL-3.0-or-later
// The wwwpf/QzoneExporter importer on a small generated <uin>/ folder of raw API pages.
#include "import/importer.h"
#include "import/librarywriter.h"
#include "library/database.h"
#include "search/searchindex.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;

namespace {

void writeJson(const QString &path, const QJsonObject &o)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson(QJsonDocument::Indented)); // json.dump(indent=4) style
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QJsonObject msg(const QString &tid, const QString &text, qint64 created, const QJsonArray &comments = {})
{
    return QJsonObject{{QStringLiteral("tid"), tid},
                       {QStringLiteral("uin"), 10001},
                       {QStringLiteral("name"), QStringLiteral("主人")},
                       {QStringLiteral("content"), text},
                       {QStringLiteral("created_time"), double(created)},
                       {QStringLiteral("commentlist"), comments},
                       {QStringLiteral("pic"),
                        QJsonArray{QJsonObject{{QStringLiteral("url1"), QStringLiteral("http://p/s")},
                                               {QStringLiteral("url3"), QStringLiteral("http://p/b")}}}}};
}

QJsonObject photo(const QString &key, const QString &name)
{
    return QJsonObject{{QStringLiteral("picKey"), key},
                       {QStringLiteral("lloc"), key},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("albumId"), QStringLiteral("V1")},
                       {QStringLiteral("uploadtime"), QStringLiteral("2014-05-11 18:23:45")},
                       {QStringLiteral("url"), QStringLiteral("http://p/") + key}};
}

/// A 说说 with @p shown pictures in pic[] (saved as shuoshuo/downloaded/<pic_id>.jpeg when
/// downloaded) of @p total.
QJsonObject manyPictures(const QString &tid, int shown, int total)
{
    QJsonArray pics;
    for (int i = 0; i < shown; ++i)
        pics << QJsonObject{{QStringLiteral("pic_id"), QStringLiteral("%1P%2").arg(tid).arg(i)},
                            {QStringLiteral("url1"), QStringLiteral("http://p/%1/%2/m").arg(tid).arg(i)},
                            {QStringLiteral("url2"), QStringLiteral("http://p/%1/%2/b").arg(tid).arg(i)},
                            {QStringLiteral("url3"), QStringLiteral("http://p/%1/%2/b").arg(tid).arg(i)},
                            {QStringLiteral("is_video"), 0}};
    return QJsonObject{{QStringLiteral("tid"), tid},
                       {QStringLiteral("uin"), 10001},
                       {QStringLiteral("name"), QStringLiteral("主人")},
                       {QStringLiteral("content"), QStringLiteral("好多图 ") + tid},
                       {QStringLiteral("created_time"), 1500000000.0},
                       {QStringLiteral("pictotal"), total},
                       {QStringLiteral("pic"), pics}};
}

/// The raw cgi_floatview_photo_list_v2 answer: every picture of the 说说, from the first.
QJsonObject floatview(const QString &tid, int total)
{
    QJsonArray photos;
    for (int i = 0; i < total; ++i)
        photos << QJsonObject{{QStringLiteral("picKey"), QStringLiteral("%1,http://f/%2").arg(tid).arg(i)},
                              {QStringLiteral("name"), QString()},
                              {QStringLiteral("url"), QStringLiteral("http://f/%1/b").arg(i)},
                              {QStringLiteral("raw"), QStringLiteral("http://f/%1/r").arg(i)},
                              {QStringLiteral("raw_upload"), 1},
                              {QStringLiteral("is_video"), false}};
    return QJsonObject{{QStringLiteral("code"), 0},
                       {QStringLiteral("message"), QString()},
                       {QStringLiteral("data"), QJsonObject{{QStringLiteral("photos"), photos}}}};
}

QJsonObject withFloatview(QJsonObject msg, const QJsonValue &answer)
{
    msg.insert(QStringLiteral("QzoneExporter"), QJsonObject{{QStringLiteral("shuoshuo_floatview"), answer}});
    return msg;
}

QJsonObject photoComment(const QString &who, const QString &text, qint64 time, const QJsonValue &target)
{
    QJsonObject c{
        {QStringLiteral("poster"), QJsonObject{{QStringLiteral("id"), who.toInt()},
                                               {QStringLiteral("name"), QStringLiteral("访客") + who}}},
        {QStringLiteral("content"), text},
        {QStringLiteral("postTime"), double(time)},
        {QStringLiteral("replies"), QJsonArray()}};
    if (!target.isUndefined())
        c.insert(QStringLiteral("targetImage"), target);
    return c;
}

/// A memory's media by position: "<status> <source path>".
QStringList mediaOf(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT md.status, COALESCE(mm.source_path, '-') FROM memory_media mm JOIN media md "
                       "ON md.id = mm.media_id JOIN memories m ON m.id = mm.memory_id WHERE m.key = ? "
                       "ORDER BY mm.position"));
    q.addBindValue(key);
    q.exec();
    QStringList out;
    while (q.next())
        out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
    return out;
}

class Fixture
{
public:
    Fixture() { QVERIFY(m_db.open(m_lib.path())); }
    ~Fixture() { m_db.close(); }

    ImportReport import(const QString &path, QStringList *roots = nullptr)
    {
        auto importer = makeWwwpfImporter();
        LibraryWriter writer(m_db, path, &searchIndexer());
        writer.begin();
        const QStringList found = importer->findRoots(path);
        if (roots)
            *roots = found;
        for (const QString &root : found)
            importer->importRoot(ImportScope{root, {}}, writer.context(), writer);
        return writer.finish();
    }

    qint64 count(const QString &sql) const
    {
        QSqlQuery q(m_db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    QString text(const QString &sql) const
    {
        QSqlQuery q(m_db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }
    QSqlDatabase db() const { return m_db.connection(); }

private:
    QTemporaryDir m_lib;
    Database m_db;
};

} // namespace

class TestWwwpf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;

private slots:
    void initTestCase()
    {
        m_root = m_dir.path() + QStringLiteral("/backup/10001");
        writeJson(m_root + QStringLiteral("/main_page.json"),
                  QJsonObject{{QStringLiteral("code"), 0},
                              {QStringLiteral("data"),
                               QJsonObject{{QStringLiteral("uin"), 10001},
                                           {QStringLiteral("nickname"), QStringLiteral("主人")}}}});
        const QJsonArray comments{
            QJsonObject{{QStringLiteral("uin"), 2},
                        {QStringLiteral("name"), QStringLiteral("朋友")},
                        {QStringLiteral("content"), QStringLiteral("沙发")},
                        {QStringLiteral("create_time"), 1400000100},
                        {QStringLiteral("list_3"),
                         QJsonArray{QJsonObject{{QStringLiteral("uin"), 10001},
                                                {QStringLiteral("name"), QStringLiteral("主人")},
                                                {QStringLiteral("content"), QStringLiteral("谢谢")},
                                                {QStringLiteral("create_time"), 1400000200}}}}}};
        // Two pages that overlap by one item (the list shifted while paging).
        writeJson(
            m_root + QStringLiteral("/shuoshuo/shuoshuo_00000-00001.json"),
            QJsonObject{{QStringLiteral("code"), 0},
                        {QStringLiteral("msglist"),
                         QJsonArray{msg(QStringLiteral("t1"), QStringLiteral("一"), 1400000000, comments),
                                    msg(QStringLiteral("t2"), QStringLiteral("二"), 1300000000)}}});
        writeJson(m_root + QStringLiteral("/shuoshuo/shuoshuo_00002-00003.json"),
                  QJsonObject{{QStringLiteral("code"), 0},
                              {QStringLiteral("msglist"),
                               QJsonArray{msg(QStringLiteral("t2"), QStringLiteral("二"), 1300000000),
                                          msg(QStringLiteral("t3"), QStringLiteral("三"), 1200000000)}}});
        // Cut inside the floatview answer wwwpf keeps in a 说说 with more than 9 pictures.
        writeBytes(m_root + QStringLiteral("/shuoshuo/shuoshuo_00004-00005.json"),
                   "{\"code\":0,\"msglist\":[{\"tid\":\"t8\",\"pictotal\":12,\"QzoneExporter\":"
                   "{\"shuoshuo_floatview\":{\"code\":0,\"data\":{\"photos\":[{\"picKey\":\"t8,");
        writeJson(
            m_root + QStringLiteral("/msg_board/msg_board_00000-00019.json"),
            QJsonObject{
                {QStringLiteral("code"), 0},
                {QStringLiteral("data"),
                 QJsonObject{{QStringLiteral("total"), 1},
                             {QStringLiteral("commentList"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("id"), QStringLiteral("5")},
                                  {QStringLiteral("uin"), 3},
                                  {QStringLiteral("nickname"), QStringLiteral("访客")},
                                  {QStringLiteral("pubtime"), 1300000000},
                                  {QStringLiteral("ubbContent"), QStringLiteral("路过")},
                                  {QStringLiteral("replyList"),
                                   QJsonArray{QJsonObject{{QStringLiteral("uin"), 10001},
                                                          {QStringLiteral("nick"), QStringLiteral("主人")},
                                                          {QStringLiteral("content"), QStringLiteral("欢迎")},
                                                          {QStringLiteral("time"), 1300000100}}}}}}}}}});
        writeJson(m_root + QStringLiteral("/photo/album_info.json"),
                  QJsonObject{
                      {QStringLiteral("code"), 0},
                      {QStringLiteral("data"),
                       QJsonObject{
                           {QStringLiteral("albumListModeSort"),
                            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("V1")},
                                                   {QStringLiteral("name"), QStringLiteral("我家的猫")},
                                                   {QStringLiteral("className"), QStringLiteral("动物")},
                                                   {QStringLiteral("createtime"), 1300000000}},
                                       QJsonObject{{QStringLiteral("id"), QStringLiteral("V2")},
                                                   {QStringLiteral("name"), QStringLiteral("空相册")}}}}}}});
        const QString album = m_root + QStringLiteral("/photo/我家的猫_V1");
        writeJson(
            album + QStringLiteral("/photo_00000-00001.json"),
            QJsonObject{{QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("photoList"),
                                      QJsonArray{photo(QStringLiteral("NRa"), QStringLiteral("a")),
                                                 photo(QStringLiteral("NRb"), QStringLiteral("b"))}}}}});
        writeJson(
            album + QStringLiteral("/floatview_photo_00000-00000.json"),
            QJsonObject{{QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("photos"),
                                      QJsonArray{photo(QStringLiteral("NRa"), QStringLiteral("a"))}}}}});
        writeBytes(album + QStringLiteral("/downloaded/NRa.jpeg"), "photo a bytes");
    }

    void findsTheUinFolder()
    {
        auto importer = makeWwwpfImporter();
        QCOMPARE(importer->findRoots(m_dir.path()), QStringList{m_root});
        QCOMPARE(importer->findRoots(m_root), QStringList{m_root});
        QVERIFY(importer->findRoots(m_root + QStringLiteral("/photo/我家的猫_V1")).isEmpty());
        QCOMPARE(importer->formatId(), QStringLiteral("wwwpf"));
    }

    void importsPagesOnce()
    {
        Fixture fx;
        const ImportReport report = fx.import(m_dir.path());
        QCOMPARE(fx.text(QStringLiteral("SELECT nickname FROM accounts WHERE uin = '10001'")),
                 QStringLiteral("主人"));
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post'")), 3);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'board'")), 1);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'album'")), 2);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'photo'")), 2);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM comments")), 3);
        // The downloaded photo is linked by its picKey name; the other one is a link only.
        QCOMPARE(
            fx.text(QStringLiteral("SELECT mm.source_path FROM memory_media mm JOIN memories m ON m.id = "
                                   "mm.memory_id WHERE m.key = 'photo:NRa'")),
            QStringLiteral("photo/我家的猫_V1/downloaded/NRa.jpeg"));
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM media WHERE sha256 IS NOT NULL")), 1);
        QCOMPARE(
            fx.text(QStringLiteral("SELECT a.name FROM memories m JOIN albums a ON a.id = m.album_id WHERE "
                                   "m.key = 'photo:NRb'")),
            QStringLiteral("我家的猫"));
        // Only the broken page is a problem; post pictures that were never downloaded are not.
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.at(0).file.endsWith(QStringLiteral("shuoshuo_00004-00005.json")));
        QCOMPARE(report.problems.at(0).kind, QStringLiteral("malformed"));

        const ImportReport again = fx.import(m_root);
        QCOMPARE(again.added, 0);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM memories")), 8);
    }

    void keepsEveryPictureOfALongPost()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/10001");
        const QString shuoshuo = root + QStringLiteral("/shuoshuo");
        // t9: 12 pictures, the first 9 in pic[] and all 12 in the saved floatview answer.
        // t10: 9 of 11 shown and the answer an error; t11: 9 of 10 and no answer at all;
        // t12: the answer's photo list is not a list. t13: 2 pictures, one saved under its pic_id.
        writeJson(shuoshuo + QStringLiteral("/shuoshuo_00000-00004.json"),
                  QJsonObject{{QStringLiteral("code"), 0},
                              {QStringLiteral("msglist"),
                               QJsonArray{withFloatview(manyPictures(QStringLiteral("t9"), 9, 12),
                                                        floatview(QStringLiteral("t9"), 12)),
                                          withFloatview(manyPictures(QStringLiteral("t10"), 9, 11),
                                                        QJsonObject{{QStringLiteral("code"), -3000},
                                                                    {QStringLiteral("message"),
                                                                     QStringLiteral("请先登录")}}),
                                          manyPictures(QStringLiteral("t11"), 9, 10),
                                          withFloatview(manyPictures(QStringLiteral("t12"), 9, 10),
                                                        QJsonObject{{QStringLiteral("data"),
                                                                     QJsonObject{{QStringLiteral("photos"),
                                                                                  QStringLiteral("[]")}}}}),
                                          manyPictures(QStringLiteral("t13"), 2, 2)}}});
        // What wwwpf downloaded: the floatview pictures under purge_file_name(picKey).
        writeBytes(shuoshuo + QStringLiteral("/downloaded/t9,http%3A%2F%2Ff%2F0.jpeg"), "bytes of picture 0");
        writeBytes(shuoshuo + QStringLiteral("/downloaded/t9,http%3A%2F%2Ff%2F9.jpeg"), "bytes of picture 9");
        writeBytes(shuoshuo + QStringLiteral("/downloaded/t9,http%3A%2F%2Ff%2F11.png"), "bytes of picture 11");
        writeBytes(shuoshuo + QStringLiteral("/downloaded/t13P1.jpeg"), "picture of t13");

        Fixture fx;
        const ImportReport report = fx.import(root);
        QStringList t9 = mediaOf(fx.db(), QStringLiteral("post:t9"));
        QCOMPARE(t9.size(), 12);
        QCOMPARE(t9.at(0), QStringLiteral("ok shuoshuo/downloaded/t9,http%3A%2F%2Ff%2F0.jpeg"));
        QCOMPARE(t9.at(9), QStringLiteral("ok shuoshuo/downloaded/t9,http%3A%2F%2Ff%2F9.jpeg"));
        QCOMPARE(t9.at(10), QStringLiteral("missing -"));
        QCOMPARE(t9.at(11), QStringLiteral("ok shuoshuo/downloaded/t9,http%3A%2F%2Ff%2F11.png"));
        QCOMPARE(t9.count(QStringLiteral("missing -")), 9);
        for (const char *tid : {"post:t10", "post:t11", "post:t12"})
            QCOMPARE(mediaOf(fx.db(), QLatin1String(tid)).size(), 9);
        QCOMPARE(
            mediaOf(fx.db(), QStringLiteral("post:t13")),
            (QStringList{QStringLiteral("missing -"), QStringLiteral("ok shuoshuo/downloaded/t13P1.jpeg")}));

        QStringList problems;
        for (const ImportProblem &p : report.problems)
            problems << p.kind + QLatin1Char(' ') + p.message;
        problems.sort();
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).startsWith(QStringLiteral("malformed the pictures past the 9th of 2 说说")),
                 qPrintable(problems.at(0)));
        QVERIFY2(problems.at(0).contains(
                     QStringLiteral("t10: the saved picture list has no data (code -3000: 请先登录)")),
                 qPrintable(problems.at(0)));
        QVERIFY2(problems.at(0).contains(QStringLiteral("t12: data.photos")), qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).startsWith(QStringLiteral("note 1 说说 have more than 9 pictures")),
                 qPrintable(problems.at(1)));
        QVERIFY2(problems.at(1).endsWith(QStringLiteral(": t11")), qPrintable(problems.at(1)));

        const ImportReport again = fx.import(root);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(mediaOf(fx.db(), QStringLiteral("post:t9")), t9);
    }

    void photoCommentPages()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/10001");
        writeJson(
            root + QStringLiteral("/photo/album_info.json"),
            QJsonObject{
                {QStringLiteral("code"), 0},
                {QStringLiteral("data"),
                 QJsonObject{{QStringLiteral("albumListModeSort"),
                              QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("V1")},
                                                     {QStringLiteral("name"), QStringLiteral("猫")}}}}}}});
        const QString album = root + QStringLiteral("/photo/猫_V1");
        QJsonObject a = photo(QStringLiteral("NRa"), QStringLiteral("a"));
        // The photo list already holds one of the comments the comment page holds too.
        a.insert(QStringLiteral("comments"),
                 QJsonArray{photoComment(QStringLiteral("20002"), QStringLiteral("好看"), 1400000100,
                                         QJsonValue())});
        writeJson(
            album + QStringLiteral("/photo_00000-00001.json"),
            QJsonObject{{QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("photoList"),
                                      QJsonArray{a, photo(QStringLiteral("NRb"), QStringLiteral("b"))}}}}});
        QJsonObject withPicture = photoComment(QStringLiteral("30003"), QStringLiteral("看这张"), 1400000300,
                                               QJsonObject{{QStringLiteral("lloc"), QStringLiteral("NRb")}});
        withPicture.insert(QStringLiteral("pic"),
                           QJsonArray{QJsonObject{{QStringLiteral("o_url"), QStringLiteral("http://c/o?x=1")},
                                                  {QStringLiteral("s_url"), QStringLiteral("http://c/s")}}});
        const QJsonObject target{{QStringLiteral("lloc"), QStringLiteral("NRa")},
                                 {QStringLiteral("albumId"), QStringLiteral("V1")}};
        writeJson(
            album + QStringLiteral("/comment_00000-00004.json"),
            QJsonObject{
                {QStringLiteral("code"), 0},
                {QStringLiteral("data"),
                 QJsonObject{
                     {QStringLiteral("comments"),
                      QJsonArray{
                          photoComment(QStringLiteral("20002"), QStringLiteral("好看"), 1400000100, target),
                          photoComment(QStringLiteral("20002"), QStringLiteral("再看"), 1400000200, target),
                          withPicture,
                          photoComment(QStringLiteral("40004"), QStringLiteral("删了"), 1400000400,
                                       QJsonObject{{QStringLiteral("lloc"), QStringLiteral("NRgone")}}),
                          photoComment(QStringLiteral("50005"), QStringLiteral("相册真好"), 1400000500,
                                       QJsonValue()),
                          QStringLiteral("not a comment"), 42}}}}});
        // Wrong types: comments is an object.
        writeJson(
            album + QStringLiteral("/comment_00005-00005.json"),
            QJsonObject{{QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("comments"), QJsonObject{{QStringLiteral("a"), 1}}}}}});
        writeBytes(album + QStringLiteral("/downloaded/http%3A%2F%2Fc%2Fo%3Fx=1.jpeg"), "comment picture");
        // An album known from its folder only, whose page holds a comment on the album.
        writeJson(
            root + QStringLiteral("/photo/旅行%20日记_V9/comment_00000-00000.json"),
            QJsonObject{{QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("comments"),
                                      QJsonArray{photoComment(QStringLiteral("20002"), QStringLiteral("羡慕"),
                                                              1400000600, QJsonValue())}}}}});

        Fixture fx;
        const ImportReport report = fx.import(root);
        auto commentsOf = [&](const char *key) {
            return fx.count(
                QStringLiteral("SELECT COUNT(*) FROM comments c JOIN memories m ON m.id = c.memory_id "
                               "WHERE m.key = '%1'")
                    .arg(QLatin1String(key)));
        };
        QCOMPARE(commentsOf("photo:NRa"), 2); // 好看 once, 再看
        QCOMPARE(commentsOf("photo:NRb"), 1);
        QCOMPARE(commentsOf("album:V1"), 2); // on a photo the pages do not list, and on the album
        QCOMPARE(commentsOf("album:V9"), 1);
        QCOMPARE(fx.text(QStringLiteral("SELECT title FROM memories WHERE key = 'album:V9'")),
                 QStringLiteral("旅行 日记"));
        QCOMPARE(fx.text(QStringLiteral("SELECT p.uin FROM comments c JOIN people p ON p.id = c.author_id "
                                        "WHERE c.body_text = '看这张'")),
                 QStringLiteral("30003"));
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM media WHERE status = 'ok'")), 1);

        QStringList problems;
        for (const ImportProblem &p : report.problems)
            problems << p.kind + QLatin1Char(' ') + QFileInfo(p.file).fileName() + QLatin1Char(' ') +
                            p.message;
        problems.sort();
        QCOMPARE(problems,
                 (QStringList{
                     QStringLiteral("malformed comment_00000-00004.json 2 of the comments in the file are "
                                    "not comment objects; they were skipped"),
                     QStringLiteral("malformed comment_00005-00005.json data.comments is not a list of "
                                    "comments")}));
        const ImportReport again = fx.import(root);
        QCOMPARE(again.added, 0);
        QCOMPARE(commentsOf("photo:NRa"), 2);
    }
};

QTEST_GUILESS_MAIN(TestWwwpf)
#include "tst_wwwpf.moc"
