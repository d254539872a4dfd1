// SPDX-License-Identifier: GPL-3.0-or-later
// LibraHp/GetQzonehistory (main branch): resource/result/<uin>/<uin>_<说说|转发|留言|好友>列表.xlsx
// and the pictures in result/<uin>/pic/, plus the raw cache resource/fetch-all/<uin>/qzone_moments_all.json.
// Factory in importer.h; the cell and file-name helpers below are in getqzonehistoryrows.cpp.
#pragma once

#include "domain/records.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace ks::gqh {

/// The parts of a 内容 cell "<昵称> ：<正文>": the name before the first " ：" and the text after
/// it. A cell without the separator is all text.
struct ContentParts
{
    QString name;
    QString text;
};
ContentParts splitContent(const QString &content);

/// The comments of a 评论 cell: a Python literal list of [createTime2, content, nickname, uin].
/// An empty or "nan" cell has none. Returns false (with @p error) when the cell is not such a
/// list; items that are not lists are skipped and counted in @p skipped.
bool commentsFromCell(const QString &cell, QList<CommentRecord> *comments, QString *error = nullptr,
                      int *skipped = nullptr);

/// A QQ number from a cell or literal value: "10001", 10001, 10001.0 → "10001"; else empty.
QString uinFromValue(const QVariant &value);

/// What the tool keeps of a 内容 cell to name its pictures: `[em]…[/em]` and every character
/// that is neither a letter, a digit, `_` nor white space become `_`, a run of line breaks
/// (with any of \/:*?"<>| after them) one `_`, spaces are dropped; the first 40 characters.
QString picturePrefix(const QString &content);
/// The name of the first picture of a row: the prefix + ".jpg", cut the way the tool cuts it
/// (a 37-character prefix gives "<prefix>.jp.jpg"). A name that is taken (the row's next
/// pictures, or another row with the same prefix) becomes "<prefix>_<unix time>.jpg".
QString pictureFileName(const QString &content);

/// One xlsx row a picture can belong to: its 内容 cell and how many picture links it has.
struct PictureRow
{
    QString content;
    int links = 0;
};

/// Which pic/ files belong to which row.
struct PictureAssignment
{
    QList<QStringList> filesOfRow; ///< per row (same index), in the order they were downloaded
    QStringList unmatched;         ///< no row has their name, or more files than the row has links
    struct Ambiguous
    {
        QStringList files;
        QList<int> rows; ///< two or more rows with the same prefix: the name cannot tell which
    };
    QList<Ambiguous> ambiguous;
};

/// Matches file names (not paths) in pic/ to @p rows by the naming rule above; a row's
/// duplicates are ordered by their unix time, after the un-suffixed one.
PictureAssignment assignPictures(const QList<PictureRow> &rows, const QStringList &fileNames);

} // namespace ks::gqh
