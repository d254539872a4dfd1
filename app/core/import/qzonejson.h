// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the data files QQ Space export tools write: plain JSON or a JS assignment
// (`window.x = …`), UTF-8 or GBK, sometimes with junk after the value.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace ks {
class ImportContext;
class ImportSink;
} // namespace ks

namespace ks::qzone {

/// How reading a data file went. kind is empty on success, else an import problem
/// kind ("unreadable", "encoding", "malformed").
struct DataFileResult
{
    QJsonValue value;
    QString kind;
    QString message;
    QStringList cuts; ///< one message per text that was longer than kMaxTextBytes and was cut
    bool ok() const { return kind.isEmpty(); }
};

/// Any one text (JSON string) of a data file is kept up to 4 MB of UTF-8: a post text is a few KB,
/// a long blog body with its HTML a few hundred KB. A longer one is cut there (the whole file is
/// kept in the vault) so a hostile page cannot make the import hold gigabytes.
constexpr qint64 kMaxTextBytes = qint64(4) << 20;
/// A data file read whole (readDataFile) is parsed in memory only when, with its texts cut, it is at
/// most 96 MB (the parse needs about three times this). The lists that can be long (说说, blogs…)
/// are not read whole but entry by entry (jsonstream.h), whatever their size.
constexpr qint64 kMaxParsedBytes = qint64(96) << 20;

/// Byte length of a JS assignment prefix (`window.x =`, `var x =`…) at @p start, 0 when none.
qsizetype assignmentPrefixLength(const QByteArray &bytes, qsizetype start);

/// Parses file bytes: strips a BOM, trailing NULs, a JS assignment prefix (`window.x =`,
/// `window["x"]=`, `var x =`), a trailing `;` and anything after the last `]`/`}`; decodes
/// GB18030 when the bytes are not UTF-8.
DataFileResult parseDataBytes(const QByteArray &bytes);

/// Reads @p path and parses it like parseDataBytes().
DataFileResult readDataFile(const QString &path);

/// readDataFile() that notes the file and reports a failure to @p writer. Returns an
/// undefined value when the file cannot be used.
QJsonValue readDataFile(const QString &path, ImportContext &context);

/// True when @p item holds a list or object where every QQ Space object has a text or number.
bool isMistyped(const QJsonObject &item);

/// How many of @p items hold a list or object where every QQ Space object has a text or number.
int mistypedEntries(const QJsonArray &items);

/// The item list of a payload: the array itself, or the first array under items / msglist /
/// commentList / photoList / list / data….
QJsonArray itemsOf(const QJsonValue &payload);

/// True when itemsOf() looks for the list under @p key in an object.
bool isItemsKey(const QString &key);

} // namespace ks::qzone
