// SPDX-License-Identifier: GPL-3.0-or-later
// Parsers for the MarkDown files QZoneExport v2 writes in its "MarkDown" mode. They turn the
// rendered markup back into the raw Qzone markup the JSON sources carry, so one 说说 read from
// either reads the same. Pure functions of text: the importer supplies paths and files.
#pragma once

#include "domain/records.h"
#include "qzoneapi.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ks::md {

/// One line of a MarkDown file: @c text without its line end (CR runs removed), @c raw as written.
struct Line
{
    QString text;
    QString raw;
    int number = 0; ///< 1-based line number in the file
};

/// Decodes a .md file: UTF-8 (BOM dropped), else GB18030. @p encoding receives the encoding
/// used; @p ok is false when neither decodes cleanly (the text is then a lossy GB18030 reading).
QString decodeText(const QByteArray &bytes, bool *ok = nullptr, QString *encoding = nullptr);

/// Splits at '\n'. QZoneExport ends lines with "\r\n" and writes a newline inside a 说说 as
/// "\r\r\r\n": every run of CRs before '\n' belongs to the line end.
QList<Line> splitLines(const QString &text);

/// "2019-08-16 17:36:00" or "2019-08-16 17:36" read as UTC+8 wall clock → UTC epoch seconds.
qint64 parseLocalTime(const QString &text, bool *minutePrecision = nullptr);

/// QQ number from a link to https://user.qzone.qq.com/<uin>, or empty.
QString uinFromUrl(const QString &url);

/// Converts one piece of rendered MarkDown text back to raw Qzone markup: emoticon images →
/// [em]eN[/em], [@nick](…/uin) → @{uin:…,nick:…,who:1}, topic links → #话题#, then decodes the
/// HTML escapes. Mentioned people are appended to @p mentions.
QString toQzoneMarkup(const QString &rendered, QList<PersonRef> *mentions = nullptr);

/// A "[name](https://user.qzone.qq.com/uin)" (or a bare name) at the start of @p text, up to
/// @p separator; @p rest receives what follows the separator. Returns an invalid ref when absent.
PersonRef leadingPerson(const QString &text, const QString &separator, QString *rest);

/// Image/video paths named in a line: ![](p), <img src="p">, <video src="p">, <source src="p">.
/// Emoticons (e123.gif) are not media and are skipped.
QStringList mediaPathsIn(const QString &line, QStringList *roles = nullptr);
bool isEmoticonPath(const QString &path);

/// Comment lists: "*  [name](…)：text" with replies "\t* …" at any depth, images on own lines.
/// With @p trailingTime, a trailing " *yyyy-MM-dd hh:mm:ss*" is the comment's time (boards).
QList<CommentRecord> parseComments(const QList<Line> &lines, int from, int to,
                                   const qzone::MediaResolver &resolver, bool trailingTime = false);

/// Something in a file that could not be read as an item.
struct BlockError
{
    int line = 0;
    QString message;
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

/// Minimal, safe HTML for a blog's MarkDown body: headings, paragraphs, tables, images.
QString markdownToHtml(const QString &markdown);

} // namespace ks::md
