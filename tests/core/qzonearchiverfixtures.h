// SPDX-License-Identifier: GPL-3.0-or-later
// Small qzone-archiver SPA exports written by the tests: the data-file wrappers, one export with
// every module, and a library fixture that runs the importer over them.
#pragma once

#include "import/importer.h"
#include "import/librarywriter.h"
#include "search/searchindex.h"
#include "library/database.h"
#include "mediafixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace ks::test::spa {

enum class Wrap
{
    Plain,     ///< what the archiver writes: one line, no ';'
    Semicolon, ///< `…;` and a newline
    BomCrlf    ///< a BOM in front, `;` and CRLF after (an editor touched it)
};

inline QByteArray js(const char *key, const QJsonValue &value, Wrap wrap = Wrap::Plain)
{
    const QByteArray json = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    QByteArray bytes = QByteArray("window.") + key + " = " + json;
    if (wrap == Wrap::Semicolon)
        bytes += ";\n";
    if (wrap == Wrap::BomCrlf)
        bytes = "\xEF\xBB\xBF" + bytes + ";\r\n";
    return bytes;
}

inline void put(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QVERIFY2(test::writeFile(path, bytes), qPrintable(path));
}

inline QByteArray jpeg(int seed)
{
    return test::encodeImage(test::testPicture(40, 30, seed), "JPEG");
}

inline QJsonObject post(const QString &tid, const QString &text, qint64 time,
                        const QJsonObject &more = QJsonObject())
{
    QJsonObject o{{QStringLiteral("tid"), tid},
                  {QStringLiteral("uin"), 10001},
                  {QStringLiteral("name"), QStringLiteral("小满")},
                  {QStringLiteral("content"), text},
                  {QStringLiteral("created_time"), time}};
    for (auto it = more.begin(); it != more.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

inline QJsonObject pic(const QString &path)
{
    return QJsonObject{{QStringLiteral("url2"), QStringLiteral("http://a1.qpic.cn/") + path},
                       {QStringLiteral("custom_filepath"), path}};
}

inline QJsonObject comment(qint64 uin, const QString &name, const QString &text, qint64 time)
{
    return QJsonObject{{QStringLiteral("uin"), uin},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("content"), text},
                       {QStringLiteral("create_time"), time}};
}

inline QByteArray base64Html(const char *html)
{
    return QByteArray(html).toBase64();
}

/// A small export with every module, in the archiver's SPA layout.
inline void writeFullExport(const QString &root)
{
    put(root + QStringLiteral("/Common/json/user.js"),
        js("userInfo", QJsonObject{{QStringLiteral("uin"), 10001},
                                   {QStringLiteral("nickname"), QStringLiteral("小满")}}));
    const QJsonArray friends{QJsonObject{{QStringLiteral("uin"), 10001},
                                         {QStringLiteral("name"), QStringLiteral("小满")},
                                         {QStringLiteral("isMe"), true}},
                             QJsonObject{{QStringLiteral("uin"), 20002},
                                         {QStringLiteral("name"), QStringLiteral("阿花")},
                                         {QStringLiteral("remark"), QStringLiteral("同桌")},
                                         {QStringLiteral("addFriendTime"), 1340407649}}};
    put(root + QStringLiteral("/Friends/data/friends-group.js"),
        js("friendsGroup", QJsonArray{QJsonObject{{QStringLiteral("groupName"), QStringLiteral("同学")},
                                                  {QStringLiteral("count"), 2},
                                                  {QStringLiteral("friends"), friends}}}));
    put(root + QStringLiteral("/Friends/data/friends-index.js"),
        js("friendsIndex", QJsonArray{friends.at(0), friends.at(1),
                                      QJsonObject{{QStringLiteral("uin"), 30003},
                                                  {QStringLiteral("name"), QStringLiteral("胖虎")}}}));

    QJsonObject withPictures{
        {QStringLiteral("custom_images"), QJsonArray{pic(QStringLiteral("images/1a2b3c4d.jpeg")),
                                                     pic(QStringLiteral("images/deadbeef.jpeg"))}},
        {QStringLiteral("custom_comments"),
         QJsonArray{QJsonObject{
             {QStringLiteral("uin"), 20002},
             {QStringLiteral("name"), QStringLiteral("阿花")},
             {QStringLiteral("content"), QStringLiteral("好看")},
             {QStringLiteral("create_time"), 1565950000},
             {QStringLiteral("list_3"),
              QJsonArray{comment(10001, QStringLiteral("小满"), QStringLiteral("谢谢"), 1565951000)}}}}}};
    put(root + QStringLiteral("/Messages/data/messages-2019.js"),
        js("messages_2019",
           QJsonArray{post(QStringLiteral("t1"), QStringLiteral("西湖边走了一圈"), 1565948160, withPictures),
                      post(QStringLiteral("t2"), QStringLiteral("转发"), 1565000000,
                           QJsonObject{{QStringLiteral("rt_tid"), QStringLiteral("r2")},
                                       {QStringLiteral("rt_uin"), 20002},
                                       {QStringLiteral("rt_con"), QStringLiteral("终于考完了！！！")}})}));
    put(root + QStringLiteral("/Messages/data/messages-2020.js"),
        js("messages_2020",
           QJsonArray{post(
               QStringLiteral("t3"), QStringLiteral("转发"), 1590000000,
               QJsonObject{{QStringLiteral("rt_tid"), QStringLiteral("r3")},
                           {QStringLiteral("rt_uin"), 20002},
                           {QStringLiteral("rt_con"),
                            QJsonObject{{QStringLiteral("content"), QStringLiteral("饺子还是最好吃")}}}})},
           Wrap::BomCrlf));
    put(root + QStringLiteral("/Messages/data/messages-deleted.js"),
        js("messagesDeleted",
           QJsonArray{QJsonObject{
               {QStringLiteral("tid"), QStringLiteral("deleted_1479639835_今天终于拿到驾照了")},
               {QStringLiteral("isDeleted"), true},
               {QStringLiteral("created_time"), 1479639835},
               {QStringLiteral("content"), QStringLiteral("今天 终于拿到驾照了")},
               {QStringLiteral("custom_comments"),
                QJsonArray{comment(20002, QStringLiteral("阿花"), QStringLiteral("恭喜"), 1479639835)}}}}));
    // The index repeats every item of the year files: none of it may count twice.
    QJsonArray messageRows;
    for (const char *tid : {"t1", "t2", "t3"})
        messageRows.append(QJsonObject{{QStringLiteral("tid"), QLatin1String(tid)},
                                       {QStringLiteral("title"), QStringLiteral("短")},
                                       {QStringLiteral("time"), QStringLiteral("2019-08-16 17:36:00")}});
    put(root + QStringLiteral("/Messages/data/messages-index.js"), js("messagesIndex", messageRows));
    put(root + QStringLiteral("/Messages/images/1a2b3c4d.jpeg"), jpeg(1));

    const QJsonObject blog{
        {QStringLiteral("blogId"), 1441886397},
        {QStringLiteral("blogid"), 1441886397},
        {QStringLiteral("title"), QStringLiteral("高考后的那个夏天")},
        {QStringLiteral("pubTime"), QStringLiteral("2015-09-10 19:59")},
        {QStringLiteral("pubtime"), 1441886397},
        {QStringLiteral("custom_html"),
         QString::fromLatin1(
             base64Html("<p>\xe7\x81\xab\xe8\xbd\xa6<a class=\"lightgallery\" href=\"images/72d676d5.jpeg\">"
                        "<img src=\"images/72d676d5.jpeg\" data-idx=\"0\"></a></p>"))},
        {QStringLiteral("comments"),
         QJsonArray{QJsonObject{
             {QStringLiteral("poster"),
              QJsonObject{{QStringLiteral("id"), 20002}, {QStringLiteral("name"), QStringLiteral("阿花")}}},
             {QStringLiteral("content"), QStringLiteral("加油")},
             {QStringLiteral("postTime"), 1441933007}}}}};
    put(root + QStringLiteral("/Blogs/data/blogs-2015.js"),
        js("blogs_2015", QJsonArray{blog}, Wrap::Semicolon));
    put(root + QStringLiteral("/Blogs/data/blogs-index.js"),
        js("blogsIndex",
           QJsonArray{QJsonObject{{QStringLiteral("blogId"), 1441886397},
                                  {QStringLiteral("title"), QStringLiteral("高考后的那个夏天")},
                                  {QStringLiteral("pubTime"), QStringLiteral("2015-09-10 19:59")}}}));
    put(root + QStringLiteral("/Blogs/images/72d676d5.jpeg"), jpeg(2));
    put(root + QStringLiteral("/Diaries/data/diaries-2018.js"),
        js("diaries_2018", QJsonArray{QJsonObject{{QStringLiteral("blogid"), 1536452801},
                                                  {QStringLiteral("title"), QStringLiteral("夏夜")},
                                                  {QStringLiteral("pubtime"), 1536452801},
                                                  {QStringLiteral("custom_html"),
                                                   QString::fromLatin1(base64Html("<p>night</p>"))}}}));

    auto photo = [](const char *key, const QString &file, const char *uploaded) {
        return QJsonObject{
            {QStringLiteral("picKey"), QLatin1String(key)},
            {QStringLiteral("albumId"), QStringLiteral("A1")},
            {QStringLiteral("name"), QLatin1String(key)},
            {QStringLiteral("uploadtime"), QLatin1String(uploaded)},
            {QStringLiteral("cmtTotal"), 2},
            {QStringLiteral("comments"), QJsonArray()},
            {QStringLiteral("custom_filepath"), QStringLiteral("Albums/游记/春游_2014/") + file}};
    };
    put(root + QStringLiteral("/Albums/data/photos-album-A1.js"),
        js("photos_album_A1",
           QJsonObject{
               {QStringLiteral("id"), QStringLiteral("A1")},
               {QStringLiteral("name"), QStringLiteral("春游 2014")},
               {QStringLiteral("className"), QStringLiteral("游记")},
               {QStringLiteral("createtime"), 1383726336},
               {QStringLiteral("custom_filepath"), QStringLiteral("images/c0e0c0e0.jpeg")},
               {QStringLiteral("photoList"),
                QJsonArray{photo("P1", QStringLiteral("1_a_11111111.jpeg"), "2013-12-14 09:35:01"),
                           photo("P2", QStringLiteral("2_b_22222222.jpeg"), "2013-12-14 09:36:01"),
                           photo("P3", QStringLiteral("3_c_33333333.jpeg"), "2014-01-02 10:00:00")}}}));
    put(root + QStringLiteral("/Albums/data/photos-index.js"),
        js("photosIndex", QJsonArray{QJsonObject{{QStringLiteral("albumId"), QStringLiteral("A1")},
                                                 {QStringLiteral("name"), QStringLiteral("春游 2014")}}}));
    put(root + QStringLiteral("/Albums/images/c0e0c0e0.jpeg"), jpeg(3));
    put(root + QStringLiteral("/Albums/游记/春游_2014/1_a_11111111.jpeg"), jpeg(4));
    put(root + QStringLiteral("/Albums/游记/春游_2014/3_c_33333333.jpeg"), test::placeholderGif());

    auto video = [](const char *vid, const char *file, const char *poster) {
        return QJsonObject{{QStringLiteral("vid"), QLatin1String(vid)},
                           {QStringLiteral("title"), QLatin1String(vid)},
                           {QStringLiteral("uploadTime"), QStringLiteral("2017-12-12 21:46:39")},
                           {QStringLiteral("custom_filepath"), QLatin1String(file)},
                           {QStringLiteral("custom_pre_filepath"), QLatin1String(poster)}};
    };
    put(root + QStringLiteral("/Videos/data/videos-2017.js"),
        js("videos_2017", QJsonArray{video("v1", "1_v1.mp4", "images/f69d4f5d.jpeg"),
                                     video("v2", "2_v2.mp4", "images/1e2197f6.jpeg")}));
    put(root + QStringLiteral("/Videos/1_v1.mp4"), test::tinyMp4(1000, 1500, 64, 48));
    put(root + QStringLiteral("/Videos/images/f69d4f5d.jpeg"), jpeg(5));
    put(root + QStringLiteral("/Videos/images/1e2197f6.jpeg"), jpeg(6));

    put(root + QStringLiteral("/Boards/data/boards-author.js"),
        js("boardsAuthor", QJsonObject{{QStringLiteral("message"), QStringLiteral("<div>欢迎</div>")},
                                       {QStringLiteral("sign"), QStringLiteral("时光不老")}}));
    put(root + QStringLiteral("/Boards/data/boards-2013.js"),
        js("boards_2013",
           QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("5")},
                                  {QStringLiteral("uin"), 30003},
                                  {QStringLiteral("nickname"), QStringLiteral("胖虎")},
                                  {QStringLiteral("pubtime"), 1382752434},
                                  {QStringLiteral("htmlContent"), QStringLiteral("1 &lt; 2 &amp; 3")},
                                  {QStringLiteral("ubbContent"), QStringLiteral("1 < 2 & 3")},
                                  {QStringLiteral("replyList"),
                                   QJsonArray{QJsonObject{{QStringLiteral("uin"), 10001},
                                                          {QStringLiteral("nick"), QStringLiteral("小满")},
                                                          {QStringLiteral("content"), QStringLiteral("嗯")},
                                                          {QStringLiteral("time"), 1382752500}}}}}}));
    // Board index rows carry no id: matched to the full item by author and time.
    put(root + QStringLiteral("/Boards/data/boards-index.js"),
        js("boardsIndex",
           QJsonArray{QJsonObject{{QStringLiteral("uin"), 30003},
                                  {QStringLiteral("nickname"), QStringLiteral("胖虎")},
                                  {QStringLiteral("pubtime"), 1382752434},
                                  {QStringLiteral("abstract"), QStringLiteral("1 < 2 & 3")}}}));

    put(root + QStringLiteral("/Favorites/data/favorites-2021.js"),
        js("favorites_2021",
           QJsonArray{QJsonObject{
               {QStringLiteral("id"), QStringLiteral("f1")},
               {QStringLiteral("type"), 5},
               {QStringLiteral("title"), QString()},
               {QStringLiteral("abstract"), QString()},
               {QStringLiteral("custom_abstract"), QString()},
               {QStringLiteral("create_time"), 1630761228},
               {QStringLiteral("custom_uin"), 10001},
               {QStringLiteral("shuoshuo_info"),
                QJsonObject{{QStringLiteral("owner_uin"), 20002},
                            {QStringLiteral("owner_name"), QStringLiteral("阿花")},
                            {QStringLiteral("detail_shuoshuo_info"),
                             QJsonObject{{QStringLiteral("content"),
                                          QStringLiteral("毕业十年，我们约好在老地方")}}}}},
               {QStringLiteral("custom_images"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("url"), QStringLiteral("http://a1.qpic.cn/f")},
                    {QStringLiteral("custom_filepath"), QStringLiteral("images/01940ca6.jpeg")}}}},
               {QStringLiteral("custom_audios"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("name"), QStringLiteral("那些年")},
                    {QStringLiteral("preview_img"), QStringLiteral("http://y.qq.com/cover")},
                    {QStringLiteral("custom_filepath"), QStringLiteral("images/0a0b0c0d.jpeg")}}}}}}));
    put(root + QStringLiteral("/Favorites/images/01940ca6.jpeg"), jpeg(7));
    put(root + QStringLiteral("/Favorites/images/0a0b0c0d.jpeg"), jpeg(8));
    put(root + QStringLiteral("/Shares/data/shares-1970.js"),
        js("shares_1970",
           QJsonArray{QJsonObject{
               {QStringLiteral("id"), QStringLiteral("s1")},
               {QStringLiteral("uin"), 10001},
               {QStringLiteral("desc"), QStringLiteral("大学开学第一天")},
               {QStringLiteral("source"), QJsonObject{{QStringLiteral("title"), QStringLiteral("小习惯")},
                                                      {QStringLiteral("url"), QStringLiteral("http://x/1")}}},
               {QStringLiteral("shareTime"), 0},
               {QStringLiteral("comments"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("poster"), QJsonObject{{QStringLiteral("id"), 20002},
                                                           {QStringLiteral("name"), QStringLiteral("阿花")}}},
                    {QStringLiteral("content"), QStringLiteral("同桌是谁")},
                    {QStringLiteral("postTime"), 1677724135}}}}}}));
    put(root + QStringLiteral("/Visitors/data/visitors-2025.js"),
        js("visitors_2025", QJsonArray{QJsonObject{{QStringLiteral("uin"), 20002},
                                                   {QStringLiteral("name"), QStringLiteral("阿花")},
                                                   {QStringLiteral("time"), 1766642475}}}));
    put(root + QStringLiteral("/Common/images/20002"), jpeg(9)); // an avatar: no extension, no record
}

class Fixture
{
public:
    Fixture() { QVERIFY(m_db.open(m_lib.path())); }
    ~Fixture() { m_db.close(); }

    /// Through this importer alone, as the registry would call it.
    ImportReport import(const QString &path, QStringList *roots = nullptr, bool *ok = nullptr)
    {
        auto importer = makeQZoneArchiverImporter();
        LibraryWriter writer(m_db, path, &searchIndexer());
        if (!writer.begin())
            return ImportReport();
        const QStringList found = importer->findRoots(path);
        bool any = false;
        for (const QString &root : found)
            any = importer->importRoot(ImportScope{root, {}}, writer.context(), writer) || any;
        if (roots)
            *roots = found;
        if (ok)
            *ok = any;
        return writer.finish();
    }
    Database &db() { return m_db; }

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
    qint64 kind(const char *kind) const
    {
        return count(
            QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = '%1'").arg(QLatin1String(kind)));
    }
    /// Media of one memory with the given status ('ok', 'missing', 'placeholder', …).
    qint64 media(const QString &key, const char *status) const
    {
        return count(
            QStringLiteral("SELECT COUNT(*) FROM memory_media mm JOIN media m ON m.id = mm.media_id "
                           "JOIN memories x ON x.id = mm.memory_id WHERE x.key = '%1' AND m.status = '%2'")
                .arg(key, QLatin1String(status)));
    }

private:
    QTemporaryDir m_lib;
    Database m_db;
};

inline bool hasProblem(const ImportReport &report, const QString &fileEnd, const QString &kind,
                       const QString &memoryKey = QString())
{
    return std::any_of(report.problems.begin(), report.problems.end(), [&](const ImportProblem &p) {
        return p.file.endsWith(fileEnd) && p.kind == kind &&
               (memoryKey.isEmpty() || p.memoryKey == memoryKey);
    });
}

inline QString problemList(const ImportReport &report)
{
    QStringList lines;
    for (const ImportProblem &p : report.problems)
        lines << p.kind + QLatin1Char(' ') + p.file + QLatin1Char(' ') + p.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace ks::test::spa
