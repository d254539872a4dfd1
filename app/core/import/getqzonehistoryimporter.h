// SPDX-License-Identifier: GPL-3.0-or-later
// LibraHp/GetQzonehistory (main branch): resource/result/<uin>/<uin>_<说说|转发|留言|好友>列表.xlsx
// plus the raw cache resource/fetch-all/<uin>/qzone_moments_all.json. Factory in importer.h.
#pragma once

#include "domain/records.h"

#include <QString>
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

} // namespace ks::gqh
