// SPDX-License-Identifier: GPL-3.0-or-later
// Parsers for the MarkDown files QZoneExport v2 writes in its "MarkDown" mode. They turn the
// rendered markup back into the raw Qzone markup the JSON sources carry, so one 说说 read from
// either reads the same. Pure functions of text: the importer supplies paths and files.
#pragma once

#include "domain/records.h"
#include "markdownlines.h"
#include "qzoneapi.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ks::md {

/// Converts one piece of rendered MarkDown text back to raw Qzone markup: emoticon images →
/// [em]eN[/em], [@nick](…/uin) → @{uin:…,nick:…,who:1}, topic links → #话题#, then decodes the
/// HTML escapes. Mentioned people are appended to @p mentions.
QString toQzoneMarkup(const QString &rendered, QList<PersonRef> *mentions = nullptr);

/// A "[name](https://user.qzone.qq.com/uin)" (or a bare name) at the start of @p text, up to
/// @p separator; @p rest receives what follows the separator. Returns an invalid ref when absent.
PersonRef leadingPerson(const QString &text, const QString &separator, QString *rest);

/// Comment lists: "*  [name](…)：text" with replies "\t* …" at any depth, images on own lines.
/// With @p trailingTime, a trailing " *yyyy-MM-dd hh:mm:ss*" is the comment's time (boards).
QList<CommentRecord> parseComments(const QList<Line> &lines, int from, int to,
                                   const qzone::MediaResolver &resolver, bool trailingTime = false);

/// Something in a file that could not be read as an item.
struct BlockError
{
    int line = 0;
    QString message;
    QString block; ///< the block's raw text, so the same block met in two files is told once
};

/// A parsed file: its items and the blocks that were skipped.
struct ParsedItems
{
    QList<MemoryRecord> items;
    QList<BlockError> errors;
};

/// Messages/Messages.md or Messages/<year>.md. Records carry no key, author or sourceFile.
ParsedItems parseMessages(const QString &text, const qzone::MediaResolver &resolver);

/// Blogs/<分类>/NN_<date>_<label>【title】.md (and Diaries): one record, kind Blog unless
/// changed by the caller. @p fileName gives the fallback title/time and the labels.
ParsedItems parseBlog(const QString &text, const QString &fileName, const qzone::MediaResolver &resolver);

/// Boards/Boards.md or Boards/<year>.md: 留言 records (author = the writer) and the 主人寄语.
struct BoardFile : ParsedItems
{
    std::optional<QString> ownerMessage;
};
BoardFile parseBoards(const QString &text, const qzone::MediaResolver &resolver);

/// One album of an Albums/<分类>/<分类>.md list.
struct AlbumInfo
{
    QString name;
    QString description;
    qint64 created = kNoTime;
    int photoCount = -1;
    QString link; ///< the album's own .md, relative to the list file
    QString raw;
};
QList<AlbumInfo> parseAlbumList(const QString &text, QList<BlockError> *errors = nullptr);

/// Albums/<分类>/<相册>/<相册>.md: photo records with title/text/media/comments/created
/// (created only when the block names a time). Media paths go through @p resolver.
ParsedItems parsePhotos(const QString &text, const qzone::MediaResolver &resolver);

/// Friends/QQ好友.md: "###### 分组(n)", "- [name](…/uin)", "\t- 相识时间：…".
QList<PersonRecord> parseFriends(const QString &text);

/// Videos/Videos.md: "> desc", "<video src=…>", "> 评论(N)", comments. Times are the
/// year/month headings only, so created stays unknown; extra["month"] keeps "yyyy-MM".
ParsedItems parseVideos(const QString &text, const qzone::MediaResolver &resolver);

/// index.md: "### 个人信息" then "nickname(uin)", 空间名称, 空间描述.
struct ProfileInfo
{
    QString uin;
    QString nickname;
    QString spaceName;
    QString spaceDescription;
};
ProfileInfo parseIndex(const QString &text);

/// Favorites/Favorites.md or <year>.md (older versions: <year>年.md). One record per block:
/// the header "[owner](…) <类型> [title](…) 【yyyy-MM-dd hh:mm:ss】" gives author, type, title and
/// time; every other line is text (a block of another shape keeps all its text); pictures are
/// media. Records carry no key (MarkDown has no ids).
ParsedItems parseFavorites(const QString &text, const qzone::MediaResolver &resolver);

/// Shares/Shares.md or <year>.md: "[who](…)  分享：desc", "> [title](url)", source text and
/// pictures, "来自： [name](url) 共分享 N 次", "> time", "> 评论(N)" and "- " comments.
ParsedItems parseShares(const QString &text, const qzone::MediaResolver &resolver);

/// Visitors/Visitors.md or <year>.md: "###### time", "[who](…) 访问了主页" or "查看了说说/日志/相册/
/// 分享" with the items seen. A record gets the key "visit:<uin>:<time>" when both are known,
/// the key the JSON visitor list gives the same visit.
ParsedItems parseVisitors(const QString &text, const qzone::MediaResolver &resolver);

/// Minimal, safe HTML for a blog's MarkDown body: headings, paragraphs, tables, images.
QString markdownToHtml(const QString &markdown);

} // namespace ks::md
