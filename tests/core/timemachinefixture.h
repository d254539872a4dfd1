// SPDX-License-Identifier: GPL-3.0-or-later
// Small QZone-Time-Machine backups for tests: a user folder writer and one backup that has a bit
// of every module (pictures with thumbnails, failed downloads, failures.jsonl, an avatar…).
#pragma once

#include "mediafixtures.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace ks::test {

/// A Time-Machine user folder being written.
class Backup
{
public:
    explicit Backup(const QString &parent, const QString &folder = QStringLiteral("520001_小满"))
        : m_root(parent + QLatin1Char('/') + folder)
    {
        QDir().mkpath(m_root);
    }
    QString root() const { return m_root; }

    void file(const QString &rel, const QByteArray &bytes) const
    {
        const QString path = m_root + QLatin1Char('/') + rel;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QVERIFY(writeFile(path, bytes));
    }
    void json(const QString &rel, const QJsonValue &value) const
    {
        const QJsonDocument doc =
            value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        file(rel, doc.toJson(QJsonDocument::Indented));
    }
    void meta(const QString &source = QStringLiteral("backup")) const
    {
        json(QStringLiteral("meta.json"),
             QJsonObject{{QStringLiteral("source"), source},
                         {QStringLiteral("uin"), 520001},
                         {QStringLiteral("nickname"), QStringLiteral("520001")},
                         {QStringLiteral("backedUpAt"), QStringLiteral("2026-09-20T06:41:09.512Z")}});
    }

private:
    QString m_root;
};

inline QByteArray jpeg(int seed, int width = 64)
{
    return encodeImage(testPicture(width, width * 3 / 4, seed), "JPEG");
}

inline QString sha(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

inline QString base64(const QString &html)
{
    return QString::fromLatin1(html.toUtf8().toBase64());
}

inline qint64 utcOf(const QString &wallClockChina)
{
    QDateTime t = QDateTime::fromString(wallClockChina, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    t.setOffsetFromUtc(8 * 3600);
    return t.toSecsSinceEpoch();
}

inline QJsonObject picture(const QString &url, const QString &file = QString(),
                           const QString &thumb = QString())
{
    QJsonObject o{{QStringLiteral("url1"), url + QStringLiteral("/m")},
                  {QStringLiteral("url2"), url + QStringLiteral("/b")},
                  {QStringLiteral("url3"), url + QStringLiteral("/b")},
                  {QStringLiteral("smallurl"), url + QStringLiteral("/a")},
                  {QStringLiteral("is_video"), 0}};
    if (!file.isEmpty())
        o.insert(QStringLiteral("custom_filepath"), file);
    if (!thumb.isEmpty())
        o.insert(QStringLiteral("custom_pre_filepath"), thumb);
    return o;
}

/// Everything one default `backup` writes, small.
inline void writeFullBackup(const Backup &b)
{
    b.meta();
    b.json(QStringLiteral("data/user.json"), QJsonObject{{QStringLiteral("uin"), 520001},
                                                         {QStringLiteral("nickname"), QStringLiteral("小满")},
                                                         {QStringLiteral("messages"), 2}});
    const QJsonObject comment{
        {QStringLiteral("uin"), 2},
        {QStringLiteral("name"), QStringLiteral("乙")},
        {QStringLiteral("content"), QStringLiteral("好看")},
        {QStringLiteral("create_time"), 1600000100},
        {QStringLiteral("list_3"), QJsonArray{QJsonObject{{QStringLiteral("uin"), 520001},
                                                          {QStringLiteral("name"), QStringLiteral("小满")},
                                                          {QStringLiteral("content"), QStringLiteral("谢谢")},
                                                          {QStringLiteral("create_time"), 1600000200}}}}};
    const QJsonArray pics{picture(QStringLiteral("http://a1.qpic.cn/psb?/1")),
                          picture(QStringLiteral("http://a1.qpic.cn/psb?/2")),
                          picture(QStringLiteral("http://a1.qpic.cn/psb?/3"))};
    const QJsonArray images{picture(QStringLiteral("http://a1.qpic.cn/psb?/1"),
                                    QStringLiteral("media/messages/images/aaaa000000000001.jpg"),
                                    QStringLiteral("media/messages/images/aaaa00000000000t.jpg")),
                            picture(QStringLiteral("http://a1.qpic.cn/psb?/2")), // download failed
                            picture(QStringLiteral("http://a1.qpic.cn/psb?/3"),
                                    QStringLiteral("media/messages/images/cccc000000000001.jpg"),
                                    QStringLiteral("media/messages/images/cccc00000000000t.jpg"))};
    const QJsonObject withPictures{
        {QStringLiteral("tid"), QStringLiteral("t1")},
        {QStringLiteral("uin"), 520001},
        {QStringLiteral("name"), QStringLiteral("小满")},
        {QStringLiteral("content"), QStringLiteral("春天来了[em]e100[/em]")},
        {QStringLiteral("created_time"), 1600000000},
        {QStringLiteral("custom_create_time"), QStringLiteral("2020-09-13 20:26:40")},
        {QStringLiteral("cmtnum"), 1},
        {QStringLiteral("commentlist"), QJsonArray{comment}},
        {QStringLiteral("comments"), QJsonArray{comment}},
        {QStringLiteral("custom_comments"), QJsonArray{comment}},
        {QStringLiteral("pic"), pics},
        {QStringLiteral("custom_images"), images}};
    const QJsonObject repost{{QStringLiteral("tid"), QStringLiteral("t2")},
                             {QStringLiteral("uin"), 520001},
                             {QStringLiteral("content"), QStringLiteral("转发")},
                             {QStringLiteral("created_time"), 1300000000},
                             {QStringLiteral("rt_tid"), QStringLiteral("r1")},
                             {QStringLiteral("rt_uin"), 3},
                             {QStringLiteral("rt_uinname"), QStringLiteral("丙")},
                             {QStringLiteral("rt_con"), QStringLiteral("终于考完了")},
                             {QStringLiteral("commentlist"), QJsonValue()},
                             {QStringLiteral("custom_comments"), QJsonArray()},
                             {QStringLiteral("custom_images"), QJsonArray()}};
    b.json(QStringLiteral("data/messages.json"), QJsonArray{withPictures, repost});
    b.file(QStringLiteral("media/messages/images/aaaa000000000001.jpg"), jpeg(1, 96));
    b.file(QStringLiteral("media/messages/images/aaaa00000000000t.jpg"), jpeg(1, 32));
    // PNG bytes under .jpg, as Time-Machine names QQ pictures without an extension in the URL.
    b.file(QStringLiteral("media/messages/images/cccc000000000001.jpg"),
           encodeImage(testPicture(80, 60, 3), "PNG"));
    b.file(QStringLiteral("media/messages/images/cccc00000000000t.jpg"), jpeg(3, 32));

    const QString body = QStringLiteral("<p>火车开过田野</p><p><img src=\"media/blogs/images/b1.jpg\"></p>"
                                        "<p><img src=\"http://a2.qpic.cn/psb?/b2/b\"></p>");
    const QJsonObject blogComment{
        {QStringLiteral("poster"),
         QJsonObject{{QStringLiteral("id"), 2}, {QStringLiteral("name"), QStringLiteral("乙")}}},
        {QStringLiteral("content"), QStringLiteral("加油")},
        {QStringLiteral("postTime"), 1441933007},
        {QStringLiteral("replies"),
         QJsonArray{QJsonObject{
             {QStringLiteral("poster"),
              QJsonObject{{QStringLiteral("id"), 520001}, {QStringLiteral("name"), QStringLiteral("小满")}}},
             {QStringLiteral("content"), QStringLiteral("谢谢")},
             {QStringLiteral("postTime"), 1441992951}}}}};
    b.json(
        QStringLiteral("data/blogs.json"),
        QJsonArray{QJsonObject{
            {QStringLiteral("blogId"), 11},
            {QStringLiteral("blogid"), 11},
            {QStringLiteral("title"), QStringLiteral("夏天")},
            {QStringLiteral("pubTime"), QStringLiteral("2015-09-10 19:59")},
            {QStringLiteral("pubtime"), QStringLiteral("2015-09-10 19:59")},
            {QStringLiteral("custom_html"), base64(body)},
            {QStringLiteral("custom_images"),
             QJsonArray{QJsonObject{
                            {QStringLiteral("url"), QStringLiteral("http://a2.qpic.cn/psb?/b1/b")},
                            {QStringLiteral("custom_filepath"), QStringLiteral("media/blogs/images/b1.jpg")}},
                        QJsonObject{{QStringLiteral("url"), QStringLiteral("http://a2.qpic.cn/psb?/b2/b")}}}},
            {QStringLiteral("comments"), QJsonArray{blogComment}},
            {QStringLiteral("custom_comments"), QJsonArray()}}});
    b.file(QStringLiteral("media/blogs/images/b1.jpg"), jpeg(4));
    b.json(QStringLiteral("data/diaries.json"),
           QJsonArray{QJsonObject{{QStringLiteral("blogid"), 12},
                                  {QStringLiteral("title"), QStringLiteral("夏夜")},
                                  {QStringLiteral("pubtime"), 1536452801},
                                  {QStringLiteral("category"), QStringLiteral("私密日记")},
                                  {QStringLiteral("custom_images"), QJsonArray()},
                                  {QStringLiteral("custom_videos"), QJsonArray()}}});

    const QString folder = QStringLiteral("media/albums/photos/游记/春游 2014/");
    b.json(QStringLiteral("data/photos/albums.json"),
           QJsonArray{
               QJsonObject{{QStringLiteral("id"), QStringLiteral("A1")},
                           {QStringLiteral("name"), QStringLiteral("春游 2014")},
                           {QStringLiteral("className"), QStringLiteral("游记")},
                           {QStringLiteral("createtime"), 1383726336},
                           {QStringLiteral("custom_filepath"), QStringLiteral("media/albums/covers/C1.jpeg")},
                           {QStringLiteral("cover_url"), QStringLiteral("media/albums/covers/C1.jpeg")}}});
    auto photo = [&](const char *key, const QString &name, const char *uploaded) {
        return QJsonObject{
            {QStringLiteral("picKey"), QLatin1String(key)},
            {QStringLiteral("lloc"), QLatin1String(key)},
            {QStringLiteral("name"), name.section(QLatin1Char('_'), 1, 2)},
            {QStringLiteral("uploadtime"), QLatin1String(uploaded)},
            {QStringLiteral("url"), QStringLiteral("http://a3.qpic.cn/psb?/") + QLatin1String(key)},
            {QStringLiteral("albumId"), QStringLiteral("A1")},
            {QStringLiteral("custom_filename"), name},
            {QStringLiteral("custom_filepath"), folder + name},
            {QStringLiteral("custom_pre_filepath"), folder + name},
            {QStringLiteral("comments"), QJsonArray()}};
    };
    b.json(QStringLiteral("data/photos/A1.json"),
           QJsonArray{photo("P1", QStringLiteral("01_DSC_1_AAAA0001.jpeg"), "2014-04-01 10:00:00"),
                      photo("P2", QStringLiteral("02_DSC_2_AAAA0002.png"), "2014-04-01 10:00:05")});
    b.file(QStringLiteral("media/albums/covers/C1.jpeg"), jpeg(5));
    b.file(folder + QStringLiteral("01_DSC_1_AAAA0001.jpeg"), jpeg(6));
    b.file(QStringLiteral("failures.jsonl"),
           QStringLiteral(
               "{\"tag\":\"album-photo\",\"url\":\"http://a3.qpic.cn/psb?/"
               "P2\",\"destAbs\":\"C:\\\\Users\\\\x\\\\"
               "520001_小满\\\\media\\\\albums\\\\photos\\\\游记\\\\春游 2014\\\\02_DSC_2_AAAA0002.png\","
               "\"error\":\"HTTP 404\",\"meta\":{\"albumId\":\"A1\",\"picKey\":\"P2\"},\"ts\":\"x\"}\n"
               "{\"tag\":\"album-photo\",\"url\":\"http://a3.qpic.cn/psb?/"
               "P9\",\"destAbs\":\"C:\\\\Users\\\\x\\\\"
               "520001_小满\\\\media\\\\albums\\\\photos\\\\游记\\\\春游 2014\\\\09_DSC_9_AAAA0009.jpeg\","
               "\"error\":\"HTTP 500\",\"meta\":{\"albumId\":\"A1\",\"picKey\":\"P9\"},\"ts\":\"x\"}\n"
               "not a record\n")
               .toUtf8());

    b.json(QStringLiteral("data/videos.json"),
           QJsonArray{
               QJsonObject{
                   {QStringLiteral("vid"), QStringLiteral("V1")},
                   {QStringLiteral("title"), QStringLiteral("毕业典礼")},
                   {QStringLiteral("uploadTime"), QStringLiteral("2017-05-27 19:26:13")},
                   {QStringLiteral("url3"), QStringLiteral("http://v.qq.com/1.mp4")},
                   {QStringLiteral("custom_url"), QStringLiteral("http://v.qq.com/1.mp4")},
                   {QStringLiteral("custom_pre_url"), QStringLiteral("http://a4.qpic.cn/v1")},
                   {QStringLiteral("custom_filepath"), QStringLiteral("media/videos/videos/v1.mp4")},
                   {QStringLiteral("custom_pre_filepath"), QStringLiteral("media/videos/posters/v1.jpg")}},
               QJsonObject{
                   {QStringLiteral("vid"), QStringLiteral("V2")},
                   {QStringLiteral("title"), QStringLiteral("生日蛋糕")},
                   {QStringLiteral("uploadTime"), QStringLiteral("2017-12-12 21:46:39")},
                   {QStringLiteral("url3"), QStringLiteral("http://v.qq.com/2.mp4")},
                   {QStringLiteral("custom_url"), QStringLiteral("http://v.qq.com/2.mp4")},
                   {QStringLiteral("custom_pre_url"), QStringLiteral("http://a4.qpic.cn/v2")},
                   {QStringLiteral("custom_pre_filepath"), QStringLiteral("media/videos/posters/v2.jpg")}}});
    b.file(QStringLiteral("media/videos/videos/v1.mp4"), tinyMp4(1000, 5000, 320, 240));
    b.file(QStringLiteral("media/videos/posters/v1.jpg"), jpeg(7));
    b.file(QStringLiteral("media/videos/posters/v2.jpg"), jpeg(8));

    b.json(QStringLiteral("data/boards.json"),
           QJsonObject{
               {QStringLiteral("items"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("id"), QStringLiteral("7")},
                    {QStringLiteral("uin"), 2},
                    {QStringLiteral("nickname"), QStringLiteral("乙")},
                    {QStringLiteral("pubtime"), 1432354379},
                    {QStringLiteral("htmlContent"),
                     QStringLiteral(
                         "路过<br><img src=\"media/boards/images/g1.jpg\"><img src=\"/qzone/em/e100.gif\">")},
                    {QStringLiteral("ubbContent"), QStringLiteral("路过[em]e100[/em]")},
                    {QStringLiteral("replyList"),
                     QJsonArray{QJsonObject{{QStringLiteral("uin"), 520001},
                                            {QStringLiteral("nick"), QStringLiteral("小满")},
                                            {QStringLiteral("content"), QStringLiteral("下次一起")},
                                            {QStringLiteral("time"), 1432414419}}}}}}},
               {QStringLiteral("total"), 1}});
    b.file(QStringLiteral("media/boards/images/g1.jpg"), jpeg(9));

    b.json(
        QStringLiteral("data/favorites.json"),
        QJsonArray{QJsonObject{
            {QStringLiteral("id"), QStringLiteral("F1")},
            {QStringLiteral("type"), 5},
            {QStringLiteral("title"), QString()},
            {QStringLiteral("abstract"), QString()},
            {QStringLiteral("custom_abstract"), QString()},
            {QStringLiteral("create_time"), 1630761228},
            {QStringLiteral("shuoshuo_info"),
             QJsonObject{{QStringLiteral("owner_uin"), 3},
                         {QStringLiteral("owner_name"), QStringLiteral("丙")},
                         {QStringLiteral("detail_shuoshuo_info"),
                          QJsonObject{{QStringLiteral("content"), QStringLiteral("毕业十年，我们约好")}}}}},
            {QStringLiteral("img_list"), QJsonArray{QStringLiteral("http://a1.qpic.cn/f1")}},
            {QStringLiteral("custom_images"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("url"), QStringLiteral("http://a1.qpic.cn/f1")},
                 {QStringLiteral("custom_filepath"), QStringLiteral("media/favorites/images/f1.jpg")}}}}}});
    b.file(QStringLiteral("media/favorites/images/f1.jpg"), jpeg(10));
    b.json(QStringLiteral("data/shares.json"),
           QJsonArray{QJsonObject{
               {QStringLiteral("id"), QStringLiteral("S1")},
               {QStringLiteral("type"), 5},
               {QStringLiteral("memo"), QStringLiteral("大学开学第一天")},
               {QStringLiteral("poster"), QJsonObject{{QStringLiteral("uin"), 520001},
                                                      {QStringLiteral("nickname"), QStringLiteral("小满")}}},
               {QStringLiteral("custom_images"), QJsonArray()}}});
    b.json(QStringLiteral("data/visitors.json"),
           QJsonObject{{QStringLiteral("items"),
                        QJsonArray{QJsonObject{{QStringLiteral("uin"), 2},
                                               {QStringLiteral("name"), QStringLiteral("乙")},
                                               {QStringLiteral("time"), 1789827004}}}},
                       {QStringLiteral("total"), 1},
                       {QStringLiteral("totalPage"), 1}});
    b.json(QStringLiteral("data/friends.json"),
           QJsonArray{QJsonObject{{QStringLiteral("uin"), 2},
                                  {QStringLiteral("name"), QStringLiteral("乙")},
                                  {QStringLiteral("remark"), QStringLiteral("同学")},
                                  {QStringLiteral("gpname"), QStringLiteral("我的好友")},
                                  {QStringLiteral("intimacyScore"), 28}}});
    b.file(QStringLiteral("media/avatars/520001.jpg"), jpeg(11, 40));
    b.file(QStringLiteral("index.html"),
           "<html><head><script>window.__QZONE_DATA__={\"messages\":[]};</script></head></html>");
}

} // namespace ks::test
