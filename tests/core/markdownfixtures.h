// SPDX-License-Identifier: GPL-3.0-or-later
// A small QZoneExport MarkDown-mode export written byte by byte, shared by the MarkDown tests.
#pragma once

#include "import/importer.h"
#include "import/librarywriter.h"
#include "search/searchindex.h"
#include "library/database.h"
#include "mediafixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QStringList>

namespace ks::test::markdown {

inline QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

// The exporter joins lines with "\r\n"; a newline inside a 说说 is "\r\r\r\n".
inline QByteArray crlf(const QByteArray &lines)
{
    QByteArray out = lines;
    out.replace("\n", "\r\n");
    out.replace("<NL>", "\r\r\r\n");
    return out;
}

inline bool put(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    return test::writeFile(path, bytes);
}

inline const QByteArray kPosts2019 = crlf(utf8(
    "# 2019年\n"
    "## 8月\n"
    "> 2019-08-16 "
    "17:36:00【[广州塔](https://apis.map.qq.com/uri/v1/marker?marker=coord:23.11,113.32;title:广州塔;"
    "addr:广东省广州市海珠区)】\n"
    "\n"
    "\n"
    "晚风终于凉了![](../Common/images/e100.gif) [@老王](https://user.qzone.qq.com/10002)<NL>"
    "第二行 &lt;b&gt;粗&lt;/b&gt; &amp;amp; [#话题#](http://rc.qzone.qq.com/qzonesoso/?search=%E8%AF%9D)\n"
    "<div>\n"
    "<img src=\"Images/3FA9C01B.png\" width=\"600px\"  align=\"center\" />\n"
    "</div>\n"
    "> 评论(2)\n"
    "\n"
    "\n"
    "*  [老王](https://user.qzone.qq.com/10002)：好看\n"
    "\t* [芷炫](https://user.qzone.qq.com/10001)：谢谢\n"
    "\t\t* [老王](https://user.qzone.qq.com/10002)：不客气\n"
    "*  [小北](https://user.qzone.qq.com/10003)：赞![](../Common/images/e100.gif)\n"
    "\n"
    "\n"
    "---\n"
    "> 2019-08-01 08:00:00【转发】\n"
    "\n"
    "\n"
    "转给大家看\n"
    "> 原文:\n"
    "\n"
    "\n"
    "[糖糖](https://user.qzone.qq.com/10004)：原来的话\n"
    "> 评论(0)\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "---\n"
    "这一块坏了，没有时间\n"
    "> 评论(0)\n"
    "---"));

inline const QByteArray kPosts2018 = crlf(utf8("# 2018年\n"
                                               "## 1月\n"
                                               "> 2018-01-02 03:04:05\n"
                                               "\n"
                                               "\n"
                                               "旧的一条\n"
                                               "> 评论(0)\n"
                                               "\n"
                                               "\n"
                                               "\n"
                                               "\n"
                                               "---"));

inline const QByteArray kBlog = crlf(utf8("# 春天\n"
                                          "> 2018-05-06 12:30:45\n"
                                          "\n"
                                          "\n"
                                          "春天来了，花开了。\n"
                                          "\n"
                                          "![](../images/AB12CD34.png)\n"
                                          "\n"
                                          "> 评论(1)\n"
                                          "\n"
                                          "\n"
                                          "*  [老王](https://user.qzone.qq.com/10002)：写得好\n"
                                          "\t* [芷炫](https://user.qzone.qq.com/10001)：谢谢"));

inline const QByteArray kBoards =
    crlf(utf8("> 主人寄语  \n"
              "<div>欢迎光临</div>\n"
              "---  \n"
              "> 留言(2)  \n"
              "# 2019年\n"
              "## 3月 \n"
              "#### 第2楼\n"
              "> [老王](https://user.qzone.qq.com/10002) *2019-03-01 10:00:00*\n"
              "> 正文：\n"
              "- [老王](https://user.qzone.qq.com/10002)：来踩踩![](../Common/images/e100.gif)\n"
              "> 回复：\n"
              "- [芷炫](https://user.qzone.qq.com/10001)：谢谢 *2019-03-02 08:00:00*\n"
              "- [老王](https://user.qzone.qq.com/10002)：不客气 *2019-03-02 09:00:00*\n"
              "---\n"
              "# 2015年\n"
              "## 6月 \n"
              "#### 第1楼\n"
              "> [小北](https://user.qzone.qq.com/10003) *2015-06-01 12:00:00*\n"
              "> 正文：\n"
              "- [小北](https://user.qzone.qq.com/10003)：好久不见\n"
              "---"));

inline const QByteArray kAlbumList = crlf(utf8("# 旅行\n"
                                               "\n"
                                               "## 广州之旅\n"
                                               "> 第一次去广州\n"
                                               "> 创建时间：2019-08-10 09:00:00  \n"
                                               "> 照片数：2  \n"
                                               "[广州之旅](广州之旅/广州之旅.md)\n"
                                               "---"));

inline const QByteArray kPhotos = crlf(utf8("> 塔\n"
                                            "\n"
                                            "\n"
                                            "![塔](../../../Albums/旅行/广州之旅/01_塔_AAAA1111.png)\n"
                                            "\n"
                                            "\n"
                                            "> 夜景 &amp; 灯\n"
                                            "\n"
                                            "\n"
                                            "> 评论(1)\n"
                                            "\n"
                                            "\n"
                                            "*  [老王](https://user.qzone.qq.com/10002)：好看\n"
                                            "---\n"
                                            "> 江\n"
                                            "\n"
                                            "\n"
                                            "![江](../../../Albums/旅行/广州之旅/02_江_BBBB2222.png)\n"
                                            "\n"
                                            "\n"
                                            "> 评论(0)\n"
                                            "\n"
                                            "\n"
                                            "---"));

/// A MarkDown-mode export of account 10001 under @p parent; returns its root.
inline QString writeExport(const QString &parent, bool withAllMessages = true)
{
    const QString root = parent + QStringLiteral("/QQ空间备份_10001");
    put(root + QStringLiteral("/index.md"),
        crlf(utf8("### 个人信息\n芷炫(10001)\n### 空间名称\n芷炫的空间\n### 空间描述\n晚风")));
    if (withAllMessages)
        put(root + QStringLiteral("/Messages/Messages.md"), kPosts2019 + "\r\n" + kPosts2018);
    put(root + QStringLiteral("/Messages/2019.md"), kPosts2019);
    put(root + QStringLiteral("/Messages/2018.md"), kPosts2018);
    put(root + QStringLiteral("/Messages/images/3FA9C01B.png"),
        test::encodeImage(test::testPicture(32, 24, 1), "PNG"));

    QStringEncoder gbk("GB18030");
    put(root + QStringLiteral("/Blogs/个人日志/01_2018-05-0612_30_原创【春天】.md"),
        gbk(QString::fromUtf8(kBlog)));
    put(root + QStringLiteral("/Blogs/images/AB12CD34.png"),
        test::encodeImage(test::testPicture(20, 20, 2), "PNG"));

    put(root + QStringLiteral("/Boards/Boards.md"), kBoards);
    put(root + QStringLiteral("/Albums/旅行/旅行.md"), kAlbumList);
    put(root + QStringLiteral("/Albums/旅行/广州之旅/广州之旅.md"), kPhotos);
    put(root + QStringLiteral("/Albums/旅行/广州之旅/01_塔_AAAA1111.png"),
        test::encodeImage(test::testPicture(40, 30, 3), "PNG"));
    // 02_江_BBBB2222.png was never downloaded.
    put(root + QStringLiteral("/Common/images/e100.gif"), test::placeholderGif());
    put(root + QStringLiteral("/Common/images/10002"),
        test::encodeImage(test::testPicture(10, 10, 4), "JPEG"));
    // Not media: never stored, never reported.
    put(root + QStringLiteral("/QQ空间备份_10001_迅雷下载链接.txt"), "http://example.invalid/a.jpeg");
    put(root + QStringLiteral("/Common/js/app.js"), "var x;");
    return root;
}

inline ImportReport importInto(Database &db, const QString &root)
{
    LibraryWriter writer(db, root, &searchIndexer());
    if (!writer.begin())
        return ImportReport{};
    writer.context().addFormat(QStringLiteral("markdown"));
    makeQZoneMarkdownImporter()->importRoot(ImportScope{root, {}}, writer.context(), writer);
    return writer.finish();
}

inline QVariant scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return QVariant();
    return q.value(0);
}

/// "kind path" of every problem reported under @p root whose path starts with @p prefix, sorted.
inline QStringList problemsUnder(Database &db, const QString &root, const QString &prefix = QString())
{
    QSqlQuery q(db.connection());
    QStringList problems;
    if (!q.exec(QStringLiteral("SELECT file, kind FROM problems ORDER BY kind, file")))
        return problems;
    while (q.next()) {
        const QString rel = QDir(root).relativeFilePath(q.value(0).toString());
        if (rel.startsWith(prefix))
            problems << q.value(1).toString() + QLatin1Char(' ') + rel;
    }
    return problems;
}

} // namespace ks::test::markdown
