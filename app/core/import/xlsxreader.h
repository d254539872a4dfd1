// SPDX-License-Identifier: GPL-3.0-or-later
// A small, strict .xlsx reader: enough of SpreadsheetML to read the tables QQ export tools
// write (pandas/openpyxl, ExcelJS), with limits so a damaged or hostile file fails cleanly.
#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

struct archive;

namespace ks {

class ImportContext;
class ImportSink;

/// One worksheet as text: rows[r][c] is the cell at row r, column c (0-based). Rows and
/// cells the XML skips are empty strings, so positions match the sheet.
struct XlsxSheet
{
    QString name;
    QList<QStringList> rows;
    /// External hyperlink targets by (row, column), 0-based.
    QHash<QPair<int, int>, QString> links;

    QString cell(int row, int column) const;
    QString hyperlink(int row, int column) const { return links.value(qMakePair(row, column)); }
};

class XlsxReader
{
public:
    /// An entry that expands beyond this is refused (a zip bomb or not a spreadsheet).
    static constexpr qint64 kMaxEntryBytes = qint64(512) << 20;
    /// All XML parts together.
    static constexpr qint64 kMaxTotalBytes = qint64(1) << 30;

    /// Lowers the per-entry limit (tests; the default is kMaxEntryBytes).
    void setEntryLimit(qint64 bytes) { m_entryLimit = bytes; }

    /// Reads the package and its workbook. On failure returns false and fills @p error.
    bool open(const QString &path, QString *error = nullptr);
    bool openData(const QByteArray &data, QString *error = nullptr);
    /// True when the package opened but its end is cut off (no zip directory at the end of the
    /// file): the parts were read from their local headers, and what follows the cut is lost.
    bool isTruncated() const { return m_truncated; }

    QStringList sheetNames() const;
    /// Reads one sheet; an empty sheet with no error is valid. Returns false on damage.
    bool readSheet(int index, XlsxSheet *sheet, QString *error = nullptr) const;
    bool readSheet(const QString &name, XlsxSheet *sheet, QString *error = nullptr) const;
    /// Convenience: the rows of a sheet, or an empty list when it cannot be read.
    QList<QStringList> rows(int index, QString *error = nullptr) const;
    QList<QStringList> rows(const QString &name, QString *error = nullptr) const;

    /// "C12" → (11, 2). False for anything that is not a cell reference inside Excel's limits.
    static bool parseCellRef(QStringView ref, int *row, int *column);

private:
    struct SheetInfo
    {
        QString name;
        QString part; ///< lower-case part name inside the package, e.g. xl/worksheets/sheet1.xml
    };

    struct Relationship
    {
        QString target; ///< resolved part name (lower case), or the URL when external
        QString type;
        bool external = false;
    };

    bool load(::archive *a, QString *error);
    bool finishOpen(bool ok);
    bool parseWorkbook(QString *error);
    bool parseSharedStrings(const QString &part, QString *error);
    QByteArray part(const QString &name) const { return m_parts.value(name.toLower()); }
    bool hasPart(const QString &name) const { return m_parts.contains(name.toLower()); }
    QHash<QString, Relationship> relationships(const QString &partName, QString *error) const;

    qint64 m_entryLimit = kMaxEntryBytes;
    bool m_truncated = false;
    QHash<QString, QByteArray> m_parts;
    QList<SheetInfo> m_sheets;
    QStringList m_sharedStrings;
};

/// Reads QZoneExport's Friends/QQ好友.xlsx (sheet "QQ好友": QQ | QQ昵称 | QQ备注 | QQ分组 |
/// 特别关心 | 相识时间 | 空间权限 | 好友关系 | …) into sink.upsertFriend(); the owner's own row
/// (本人) is skipped. A damaged file is reported through the writer. Returns the number of
/// friends read, or -1 when the file could not be read.
int readQQFriendsXlsx(const QString &path, ImportContext &context, ImportSink &sink);

} // namespace ks
