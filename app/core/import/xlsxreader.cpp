// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader.h"

#include "domain/records.h"
#include "importcontext.h"
#include "importsink.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace ks {

namespace {

constexpr int kMaxRows = 1048576; // Excel's own limits: anything beyond is not a sheet
constexpr int kMaxColumns = 16384;
constexpr int kMaxEntries = 100000;

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

ArchivePtr newZipReader()
{
    ArchivePtr a(archive_read_new());
    if (a)
        archive_read_support_format_zip(a.get());
    return a;
}

/// True when @p tail (the last bytes of a zip file) holds the end-of-central-directory record.
bool hasZipDirectoryEnd(const QByteArray &tail)
{
    const qsizetype at = tail.lastIndexOf(QByteArrayLiteral("PK\x05\x06"));
    return at >= 0 && at + 22 <= tail.size(); // the record itself is 22 bytes
}

/// The zip directory end sits in the last 22 bytes plus a comment of at most 64 KB.
constexpr qint64 kZipTailBytes = 22 + 0xFFFF;

QString archiveError(archive *a)
{
    const char *message = archive_error_string(a);
    return message ? QString::fromLocal8Bit(message) : QStringLiteral("unknown archive error");
}

/// Part names are case-insensitive in OPC; '/'-separated, no leading slash.
QString normalisePartName(QString name)
{
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    return QDir::cleanPath(name).toLower();
}

QString partDir(const QString &part)
{
    const int slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

QString xmlError(const QString &part, const QXmlStreamReader &xml)
{
    return QStringLiteral("%1: %2 (line %3)").arg(part, xml.errorString()).arg(xml.lineNumber());
}

/// The relationship id attribute (r:id), whichever namespace URI (transitional or strict) it uses.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
            return a.value().toString();
    }
    return QString();
}

/// Text of the <t> runs of the current <si> or <is>, leaving out phonetic hints (<rPh>).
QString readRichText(QXmlStreamReader &xml)
{
    const QString end = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t")) {
                const QString t = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!phonetic)
                    text += t;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

void setCell(QList<QStringList> &rows, int row, int column, const QString &value)
{
    while (rows.size() <= row)
        rows.append(QStringList());
    QStringList &cells = rows[row];
    while (cells.size() <= column)
        cells.append(QString());
    cells[column] = value;
}

} // namespace

QString XlsxSheet::cell(int row, int column) const
{
    if (row < 0 || row >= rows.size())
        return QString();
    return rows.at(row).value(column);
}

bool XlsxReader::parseCellRef(QStringView ref, int *row, int *column)
{
    int i = 0;
    qint64 col = 0;
    while (i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 128) {
        col = col * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
        if (col > kMaxColumns)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    qint64 r = 0;
    for (; i < ref.size(); ++i) {
        const QChar c = ref.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        r = r * 10 + (c.unicode() - '0');
        if (r > kMaxRows)
            return false;
    }
    if (r < 1)
        return false;
    *row = int(r - 1);
    *column = int(col - 1);
    return true;
}

bool XlsxReader::open(const QString &path, QString *error)
{
    m_truncated = false;
    m_parts.clear();
    m_sheets.clear();
    m_sharedStrings.clear();
    const QFileInfo info(path);
    if (!info.isFile()) {
        if (error)
            *error = QStringLiteral("no such file");
        return false;
    }
    if (info.size() == 0) {
        if (error)
            *error = QStringLiteral("the file is empty");
        return false;
    }
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.seek(qMax<qint64>(0, file.size() - kZipTailBytes)))
            m_truncated = !hasZipDirectoryEnd(file.read(kZipTailBytes));
    }
    ArchivePtr a = newZipReader();
    if (!a ||
        archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK) {
        if (error)
            *error = QStringLiteral("not a zip package: %1").arg(a ? archiveError(a.get()) : QString());
        return false;
    }
    return finishOpen(load(a.get(), error) && parseWorkbook(error));
}

bool XlsxReader::openData(const QByteArray &data, QString *error)
{
    m_parts.clear();
    m_sheets.clear();
    m_sharedStrings.clear();
    if (data.isEmpty()) {
        if (error)
            *error = QStringLiteral("the file is empty");
        return false;
    }
    m_truncated = !hasZipDirectoryEnd(data.right(kZipTailBytes));
    ArchivePtr a = newZipReader();
    if (!a || archive_read_open_memory(a.get(), data.constData(), size_t(data.size())) != ARCHIVE_OK) {
        if (error)
            *error = QStringLiteral("not a zip package: %1").arg(a ? archiveError(a.get()) : QString());
        return false;
    }
    return finishOpen(load(a.get(), error) && parseWorkbook(error));
}

bool XlsxReader::finishOpen(bool ok)
{
    // A half-read package offers nothing: no sheets from a workbook whose strings are damaged.
    if (!ok) {
        m_parts.clear();
        m_sheets.clear();
        m_sharedStrings.clear();
    }
    return ok;
}

bool XlsxReader::load(archive *a, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        m_parts.clear();
        return false;
    };
    qint64 total = 0;
    int entries = 0;
    archive_entry *entry = nullptr;
    while (true) {
        const int r = archive_read_next_header(a, &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN) // RETRY, FAILED, FATAL: a damaged package is not half-read
            return fail(QStringLiteral("damaged zip package: %1").arg(archiveError(a)));
        if (++entries > kMaxEntries)
            return fail(QStringLiteral("too many entries for a spreadsheet"));
        const char *utf8 = archive_entry_pathname_utf8(entry);
        const char *raw = archive_entry_pathname(entry);
        const QString name = utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(raw ? raw : "");
        const QString lower = name.toLower();
        // Only the XML parts matter; images and the like are skipped unread.
        if (archive_entry_filetype(entry) != AE_IFREG ||
            !(lower.endsWith(QLatin1String(".xml")) || lower.endsWith(QLatin1String(".rels")))) {
            archive_read_data_skip(a);
            continue;
        }
        if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > m_entryLimit)
            return fail(QStringLiteral("%1 expands beyond %2 MB").arg(name).arg(m_entryLimit >> 20));
        QByteArray data;
        char buffer[64 * 1024];
        while (true) {
            const la_ssize_t n = archive_read_data(a, buffer, sizeof buffer);
            if (n == 0)
                break;
            if (n < 0)
                return fail(QStringLiteral("damaged entry %1: %2").arg(name, archiveError(a)));
            if (data.size() + n > m_entryLimit)
                return fail(QStringLiteral("%1 expands beyond %2 MB").arg(name).arg(m_entryLimit >> 20));
            total += n;
            if (total > kMaxTotalBytes)
                return fail(QStringLiteral("the package expands beyond %1 MB").arg(kMaxTotalBytes >> 20));
            data.append(buffer, qsizetype(n));
        }
        m_parts.insert(normalisePartName(name), data);
    }
    if (m_parts.isEmpty())
        return fail(QStringLiteral("not a spreadsheet: the package has no XML parts"));
    return true;
}

QHash<QString, XlsxReader::Relationship> XlsxReader::relationships(const QString &partName,
                                                                   QString *error) const
{
    QHash<QString, Relationship> rels;
    const QString base = partDir(partName);
    const int slash = partName.lastIndexOf(QLatin1Char('/'));
    const QString relsName = (base.isEmpty() ? QString() : base + QLatin1Char('/')) +
                             QStringLiteral("_rels/") + partName.mid(slash + 1) + QStringLiteral(".rels");
    if (!hasPart(relsName))
        return rels;
    QXmlStreamReader xml(part(relsName));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes at = xml.attributes();
        Relationship rel;
        rel.type = at.value(QLatin1String("Type")).toString();
        rel.external =
            at.value(QLatin1String("TargetMode")).compare(QLatin1String("External"), Qt::CaseInsensitive) ==
            0;
        const QString target = at.value(QLatin1String("Target")).toString();
        if (rel.external)
            rel.target = target;
        else if (target.startsWith(QLatin1Char('/')))
            rel.target = normalisePartName(target);
        else
            rel.target = normalisePartName(base.isEmpty() ? target : base + QLatin1Char('/') + target);
        rels.insert(at.value(QLatin1String("Id")).toString(), rel);
    }
    if (xml.hasError() && error)
        *error = xmlError(relsName, xml);
    return rels;
}

bool XlsxReader::parseWorkbook(QString *error)
{
    // The workbook is where the package's root relationships say, usually xl/workbook.xml.
    QString workbook = QStringLiteral("xl/workbook.xml");
    QString relError;
    const auto rootRels = relationships(QString(), &relError);
    for (const Relationship &rel : rootRels) {
        if (rel.type.endsWith(QLatin1String("/officeDocument")) && hasPart(rel.target)) {
            workbook = rel.target;
            break;
        }
    }
    if (!hasPart(workbook)) {
        if (error)
            *error = QStringLiteral("not a spreadsheet: %1 is missing").arg(workbook);
        m_parts.clear();
        return false;
    }
    const auto rels = relationships(workbook, &relError);
    if (!relError.isEmpty()) {
        if (error)
            *error = relError;
        return false;
    }

    QXmlStreamReader xml(part(workbook));
    int position = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("sheet"))
            continue;
        ++position;
        SheetInfo info;
        info.name = xml.attributes().value(QLatin1String("name")).toString();
        const QString id = relationshipId(xml.attributes());
        if (rels.contains(id) && !rels.value(id).external)
            info.part = rels.value(id).target;
        else // no relationship: the conventional name
            info.part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(position);
        m_sheets.append(info);
    }
    if (xml.hasError()) {
        if (error)
            *error = xmlError(workbook, xml);
        m_sheets.clear();
        return false;
    }

    QString shared;
    for (const Relationship &rel : rels) {
        if (rel.type.endsWith(QLatin1String("/sharedStrings")))
            shared = rel.target;
    }
    if (shared.isEmpty() && hasPart(QStringLiteral("xl/sharedStrings.xml")))
        shared = QStringLiteral("xl/sharedStrings.xml");
    if (!shared.isEmpty() && hasPart(shared))
        return parseSharedStrings(shared, error);
    return true;
}

bool XlsxReader::parseSharedStrings(const QString &partName, QString *error)
{
    QXmlStreamReader xml(part(partName));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            m_sharedStrings.append(readRichText(xml));
    }
    if (xml.hasError()) {
        if (error)
            *error = xmlError(partName, xml);
        m_sharedStrings.clear();
        return false;
    }
    return true;
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const SheetInfo &s : m_sheets)
        names << s.name;
    return names;
}

bool XlsxReader::readSheet(const QString &name, XlsxSheet *sheet, QString *error) const
{
    const int index = sheetNames().indexOf(name);
    if (index < 0) {
        if (error)
            *error = QStringLiteral("no sheet named %1").arg(name);
        return false;
    }
    return readSheet(index, sheet, error);
}

bool XlsxReader::readSheet(int index, XlsxSheet *sheet, QString *error) const
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (index < 0 || index >= m_sheets.size())
        return fail(QStringLiteral("no sheet %1").arg(index + 1));
    const SheetInfo &info = m_sheets.at(index);
    if (!hasPart(info.part))
        return fail(QStringLiteral("%1 is missing").arg(info.part));
    *sheet = XlsxSheet();
    sheet->name = info.name;

    QHash<QString, QString> linkRefs; // cell ref → relationship id or #location
    QXmlStreamReader xml(part(info.part));
    int row = -1;
    int column = -1;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("row")) {
            const auto r = xml.attributes().value(QLatin1String("r"));
            bool ok = false;
            const int n = r.isEmpty() ? row + 2 : r.toInt(&ok);
            if ((!r.isEmpty() && !ok) || n < 1 || n > kMaxRows)
                return fail(QStringLiteral("%1: bad row number %2 (line %3)")
                                .arg(info.part, r.toString())
                                .arg(xml.lineNumber()));
            row = n - 1;
            column = -1;
            while (sheet->rows.size() <= row)
                sheet->rows.append(QStringList());
        } else if (name == QLatin1String("c")) {
            if (row < 0)
                row = 0;
            const QXmlStreamAttributes at = xml.attributes();
            const auto ref = at.value(QLatin1String("r"));
            int refRow = row;
            int refColumn = column + 1;
            if (!ref.isEmpty() && !parseCellRef(ref, &refRow, &refColumn))
                return fail(QStringLiteral("%1: bad cell reference %2 (line %3)")
                                .arg(info.part, ref.toString())
                                .arg(xml.lineNumber()));
            if (refColumn >= kMaxColumns)
                return fail(
                    QStringLiteral("%1: too many columns (line %2)").arg(info.part).arg(xml.lineNumber()));
            row = refRow;
            column = refColumn;
            const QString type = at.value(QLatin1String("t")).toString();
            QString value;
            QString inlineText;
            bool hasInline = false;
            // Children: <v> value, <is> inline string, <f> formula (its cached <v> is what counts).
            while (!xml.atEnd()) {
                const auto token = xml.readNext();
                if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("c"))
                    break;
                if (token != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == QLatin1String("v"))
                    value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                else if (xml.name() == QLatin1String("is")) {
                    inlineText = readRichText(xml);
                    hasInline = true;
                } else
                    xml.skipCurrentElement();
            }
            QString text;
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int i = value.trimmed().toInt(&ok);
                if (!ok || i < 0 || i >= m_sharedStrings.size())
                    return fail(QStringLiteral("%1: cell %2 names shared string %3, which does not exist")
                                    .arg(info.part, ref.toString(), value));
                text = m_sharedStrings.at(i);
            } else if (type == QLatin1String("inlineStr") || hasInline) {
                text = hasInline ? inlineText : value;
            } else if (type == QLatin1String("b")) {
                text =
                    value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else { // n, str, e, d: the value as written
                text = value;
            }
            if (!text.isEmpty())
                setCell(sheet->rows, row, column, text);
        } else if (name == QLatin1String("hyperlink")) {
            const QXmlStreamAttributes at = xml.attributes();
            const QString ref = at.value(QLatin1String("ref")).toString().section(QLatin1Char(':'), 0, 0);
            const QString id = relationshipId(at);
            const QString location = at.value(QLatin1String("location")).toString();
            if (!id.isEmpty())
                linkRefs.insert(ref, id);
            else if (!location.isEmpty())
                linkRefs.insert(ref, QLatin1Char('#') + location);
        }
    }
    if (xml.hasError())
        return fail(xmlError(info.part, xml));

    if (!linkRefs.isEmpty()) {
        QString relError;
        const auto rels = relationships(info.part, &relError);
        for (auto it = linkRefs.cbegin(); it != linkRefs.cend(); ++it) {
            int r = 0;
            int c = 0;
            if (!parseCellRef(it.key(), &r, &c))
                continue;
            const QString target =
                it.value().startsWith(QLatin1Char('#')) ? it.value() : rels.value(it.value()).target;
            if (!target.isEmpty())
                sheet->links.insert(qMakePair(r, c), target);
        }
    }
    return true;
}

QList<QStringList> XlsxReader::rows(int index, QString *error) const
{
    XlsxSheet sheet;
    return readSheet(index, &sheet, error) ? sheet.rows : QList<QStringList>();
}

QList<QStringList> XlsxReader::rows(const QString &name, QString *error) const
{
    XlsxSheet sheet;
    return readSheet(name, &sheet, error) ? sheet.rows : QList<QStringList>();
}

int readQQFriendsXlsx(const QString &path, ImportContext &context, ImportSink &sink)
{
    context.noteCurrentFile(path);
    XlsxReader reader;
    QString error;
    XlsxSheet sheet;
    if (!reader.open(path, &error)) {
        context.reportProblem(path, QStringLiteral("corrupt"), error);
        return -1;
    }
    const int index = std::max(0, int(reader.sheetNames().indexOf(QStringLiteral("QQ好友"))));
    if (!reader.readSheet(index, &sheet, &error)) {
        context.reportProblem(path, QStringLiteral("corrupt"), error);
        return -1;
    }
    if (reader.isTruncated())
        context.reportProblem(path, QStringLiteral("corrupt"),
                              QStringLiteral("the spreadsheet is cut short (its zip directory is "
                                             "missing): the rows before the cut were imported"));
    if (sheet.rows.isEmpty())
        return 0;
    const QStringList header = sheet.rows.first();
    const int qq = header.indexOf(QStringLiteral("QQ"));
    if (qq < 0) {
        context.reportProblem(path, QStringLiteral("malformed"),
                              QStringLiteral("no QQ column in sheet %1").arg(sheet.name));
        return -1;
    }
    auto column = [&](const char *name) {
        return header.indexOf(QString::fromUtf8(name));
    };
    const int nick = column("QQ昵称");
    const int remark = column("QQ备注");
    const int group = column("QQ分组");
    const int since = column("相识时间");
    const int relation = column("好友关系");
    const QString me = QStringLiteral("本人");

    int count = 0;
    for (int r = 1; r < sheet.rows.size(); ++r) {
        const QStringList &cells = sheet.rows.at(r);
        QString uin = cells.value(qq).trimmed();
        if (uin.endsWith(QLatin1String(".0"))) // a number cell written as float
            uin.chop(2);
        if (uin.isEmpty())
            continue;
        if (cells.contains(me) || uin == sink.accountUin())
            continue; // the owner's own row
        PersonRecord p;
        p.person.uin = uin;
        p.person.name = cells.value(nick).trimmed();
        p.remark = cells.value(remark).trimmed();
        p.groupName = cells.value(group).trimmed();
        const QDateTime known =
            QDateTime::fromString(cells.value(since).trimmed(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (known.isValid())
            p.friendSince =
                QDateTime(known.date(), known.time(), Qt::OffsetFromUTC, kChinaUtcOffset).toSecsSinceEpoch();
        p.isFriend = cells.value(relation).trimmed() != QStringLiteral("已删");
        QJsonObject source;
        for (int c = 0; c < header.size(); ++c) {
            if (header.at(c).isEmpty())
                continue;
            const QString link = sheet.hyperlink(r, c);
            source.insert(header.at(c), link.isEmpty() ? cells.value(c) : link);
        }
        p.sourceRecord = QJsonDocument(source).toJson(QJsonDocument::Compact);
        sink.upsertFriend(p);
        ++count;
    }
    return count;
}

} // namespace ks
