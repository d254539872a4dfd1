// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: writes small .xlsx packages with libarchive, so fixtures are made in the test.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <archive.h>
#include <archive_entry.h>

namespace ks::test {

using ZipEntries = QList<QPair<QString, QByteArray>>;

/// A zip with @p entries (deflated), as bytes.
inline QByteArray writeZip(const ZipEntries &entries)
{
    QByteArray out(16 << 20, '\0');
    size_t used = 0;
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_open_memory(a, out.data(), size_t(out.size()), &used);
    for (const auto &e : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname_utf8(entry, e.first.toUtf8().constData());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, e.second.size());
        archive_write_header(a, entry);
        archive_write_data(a, e.second.constData(), size_t(e.second.size()));
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    out.truncate(qsizetype(used));
    return out;
}

inline QByteArray xmlEscape(const QString &s)
{
    return s.toHtmlEscaped().toUtf8();
}

/// Column letters of a 0-based index: 0 → A, 26 → AA.
inline QByteArray columnName(int c)
{
    QByteArray name;
    for (++c; c > 0; c = (c - 1) / 26)
        name.prepend(char('A' + (c - 1) % 26));
    return name;
}

struct SheetSpec
{
    QString name;
    QList<QStringList> rows;               ///< empty cells are left out of the XML, as Excel does
    QHash<QPair<int, int>, QString> links; ///< (row, column) → external URL
};

/// A workbook the way pandas/openpyxl write it: shared strings, digits as numbers.
inline ZipEntries xlsxEntries(const QList<SheetSpec> &sheets)
{
    ZipEntries entries;
    QStringList shared;
    QByteArray workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (int i = 0; i < sheets.size(); ++i) {
        const SheetSpec &spec = sheets.at(i);
        const QByteArray n = QByteArray::number(i + 1);
        workbook +=
            "<sheet name=\"" + xmlEscape(spec.name) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/sheet" +
                n + ".xml\"/>";
        QByteArray xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet "
            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheetData>";
        for (int r = 0; r < spec.rows.size(); ++r) {
            xml += "<row r=\"" + QByteArray::number(r + 1) + "\">";
            const QStringList &cells = spec.rows.at(r);
            for (int c = 0; c < cells.size(); ++c) {
                const QString v = cells.at(c);
                if (v.isEmpty())
                    continue;
                const QByteArray ref = columnName(c) + QByteArray::number(r + 1);
                bool number = false;
                v.toLongLong(&number);
                if (number) {
                    xml += "<c r=\"" + ref + "\"><v>" + v.toUtf8() + "</v></c>";
                } else {
                    int index = int(shared.indexOf(v));
                    if (index < 0) {
                        index = int(shared.size());
                        shared << v;
                    }
                    xml += "<c r=\"" + ref + "\" t=\"s\"><v>" + QByteArray::number(index) + "</v></c>";
                }
            }
            xml += "</row>";
        }
        xml += "</sheetData>";
        if (!spec.links.isEmpty()) {
            QByteArray sheetRels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
                                   "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
            xml += "<hyperlinks>";
            int id = 0;
            for (auto it = spec.links.cbegin(); it != spec.links.cend(); ++it) {
                const QByteArray rid = "rId" + QByteArray::number(++id);
                xml += "<hyperlink ref=\"" + columnName(it.key().second) +
                       QByteArray::number(it.key().first + 1) + "\" r:id=\"" + rid + "\"/>";
                sheetRels += "<Relationship Id=\"" + rid +
                             "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                             "hyperlink\" Target=\"" +
                             xmlEscape(it.value()) + "\" TargetMode=\"External\"/>";
            }
            xml += "</hyperlinks>";
            entries << qMakePair(QStringLiteral("xl/worksheets/_rels/sheet%1.xml.rels").arg(i + 1),
                                 sheetRels + "</Relationships>");
        }
        xml += "</worksheet>";
        entries << qMakePair(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), xml);
    }
    workbook += "</sheets></workbook>";
    rels += "<Relationship Id=\"rIdS\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
            "Target=\"sharedStrings.xml\"/></Relationships>";
    QByteArray sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst "
                     "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const QString &s : shared)
        sst += "<si><t xml:space=\"preserve\">" + xmlEscape(s) + "</t></si>";
    sst += "</sst>";
    entries.prepend(qMakePair(QStringLiteral("xl/sharedStrings.xml"), sst));
    entries.prepend(qMakePair(QStringLiteral("xl/_rels/workbook.xml.rels"), rels));
    entries.prepend(qMakePair(QStringLiteral("xl/workbook.xml"), workbook));
    entries.prepend(qMakePair(
        QStringLiteral("_rels/.rels"),
        QByteArray(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
            "Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            "Target=\"xl/workbook.xml\"/></Relationships>")));
    entries.prepend(
        qMakePair(QStringLiteral("[Content_Types].xml"),
                  QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Types "
                             "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")));
    return entries;
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

inline bool writeXlsx(const QString &path, const QList<SheetSpec> &sheets)
{
    return writeFile(path, writeZip(xlsxEntries(sheets)));
}

} // namespace ks::test
