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
        writeBytes(m_root + QStringLiteral("/shuoshuo/shuoshuo_00004-00005.json"),
                   "{\"code\":0,\"msglist\":[{\"tid\":");
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
};

QTEST_GUILESS_MAIN(TestWwwpf)
#include "tst_wwwpf.moc"
