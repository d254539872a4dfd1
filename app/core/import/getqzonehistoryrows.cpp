// SPDX-License-Identifier: GPL-3.0-or-later
// The cells of GetQzonehistory's xlsx rows, and the names its pic/ files get from them.
#include "getqzonehistoryimporter.h"

#include "pyliteral.h"
#include "qzoneapi.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace ks::gqh {

ContentParts splitContent(const QString &content)
{
    static const QString separator = QStringLiteral(" ：");
    const int at = content.indexOf(separator);
    if (at < 0)
        return ContentParts{QString(), content};
    return ContentParts{content.left(at).trimmed(), content.mid(at + separator.size())};
}

QString uinFromValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
        return value.toLongLong() > 0 ? QString::number(value.toLongLong()) : QString();
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d > 0 && d < 1e15 && std::floor(d) == d)
            return QString::number(qint64(d));
        return QString();
    }
    case QMetaType::QString: {
        QString s = value.toString().trimmed();
        if (s.endsWith(QLatin1String(".0")))
            s.chop(2);
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));
        return digits.match(s).hasMatch() && s != QLatin1String("0") ? s : QString();
    }
    default:
        return QString();
    }
}

namespace {

/// A literal value as JSON for a comment's source record (NaN has no JSON form: null).
QJsonValue toJson(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QVariantList: {
        QJsonArray a;
        for (const QVariant &item : v.toList())
            a.append(toJson(item));
        return a;
    }
    case QMetaType::QVariantMap: {
        QJsonObject o;
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            o.insert(it.key(), toJson(it.value()));
        return o;
    }
    case QMetaType::Double:
        return std::isfinite(v.toDouble()) ? QJsonValue(v.toDouble()) : QJsonValue();
    case QMetaType::LongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::QString:
        return v.toString();
    default:
        return QJsonValue();
    }
}

QString textOf(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString)
        return v.toString();
    if (v.typeId() == QMetaType::Double && !std::isfinite(v.toDouble()))
        return QString();
    return v.isNull() ? QString() : v.toString();
}

} // namespace

bool commentsFromCell(const QString &cell, QList<CommentRecord> *comments, QString *error, int *skipped)
{
    const QString trimmed = cell.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("nan"), Qt::CaseInsensitive) == 0 ||
        trimmed == QLatin1String("None") || trimmed == QLatin1String("[]"))
        return true;
    QVariant parsed;
    if (!parsePythonLiteral(trimmed, &parsed, error))
        return false;
    if (parsed.typeId() != QMetaType::QVariantList) {
        if (error)
            *error = QStringLiteral("not a list of comments");
        return false;
    }
    for (const QVariant &item : parsed.toList()) {
        const QVariantList fields = item.toList();
        if (item.typeId() != QMetaType::QVariantList || fields.size() < 2) {
            if (skipped)
                ++*skipped;
            continue;
        }
        CommentRecord c;
        const QVariant when = fields.value(0);
        if (when.typeId() == QMetaType::QString)
            c.created = qzone::parseTimeText(when.toString());
        else if (when.typeId() == QMetaType::LongLong || when.typeId() == QMetaType::Double)
            c.created = qzone::parseTime(QJsonValue(when.toDouble()));
        c.text = textOf(fields.value(1));
        c.author.name = textOf(fields.value(2)).trimmed();
        c.author.uin = uinFromValue(fields.value(3));
        c.sourceRecord = QJsonDocument(toJson(item).toArray()).toJson(QJsonDocument::Compact);
        comments->append(c);
    }
    return true;
}

// --- pic/ file names -------------------------------------------------------------------------

namespace {

using Points = QList<uint>; // what QString::toUcs4() gives

/// Python's str.isspace(), which is what `\s` matches in the tool's pattern.
bool isPythonSpace(uint c)
{
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

/// Python's `\w` on str: letters and numbers of any script, and the underscore.
bool isPythonWord(uint c)
{
    return c == '_' || QChar::isLetterOrNumber(char32_t(c));
}

bool isRunChar(uint c)
{
    return c == '\\' || c == '/' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' ||
           c == '|' || c == '\r' || c == '\n';
}

bool startsWithAt(const Points &text, qsizetype at, const char *ascii)
{
    for (qsizetype i = 0; ascii[i]; ++i) {
        if (at + i >= text.size() || text.at(at + i) != uint(uchar(ascii[i])))
            return false;
    }
    return true;
}

/// re.sub(r'\[em\].*?\[/em\]|[^\w\s]|[\\/:*?"<>|\r\n]+', '_', text).replace(' ', ''), in code points.
Points sanitised(const QString &content)
{
    const Points in = content.toUcs4();
    Points out;
    out.reserve(in.size());
    qsizetype i = 0;
    while (i < in.size()) {
        const uint c = in.at(i);
        if (startsWithAt(in, i, "[em]")) {
            // `.` stops at a newline: the closing tag must come before one.
            qsizetype j = i + 4;
            while (j < in.size() && in.at(j) != uint('\n') && !startsWithAt(in, j, "[/em]"))
                ++j;
            if (j < in.size() && startsWithAt(in, j, "[/em]")) {
                out << uint('_');
                i = j + 5;
                continue;
            }
        }
        if (!isPythonWord(c) && !isPythonSpace(c)) {
            out << uint('_');
            ++i;
            continue;
        }
        if (isRunChar(c)) { // only \r and \n get here; the run goes on over the other characters
            while (i < in.size() && isRunChar(in.at(i)))
                ++i;
            out << uint('_');
            continue;
        }
        if (c != uint(' '))
            out << c;
        ++i;
    }
    return out;
}

QString fromUcs4(const Points &points)
{
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), points.size());
}

/// The file name of the first picture of a row whose prefix is @p prefix (see picturePrefix).
QString nameForPrefix(const QString &prefix)
{
    const Points points = prefix.toUcs4();
    Points name = points;
    for (const char c : {'.', 'j', 'p', 'g'})
        name << uint(uchar(c));
    if (name.size() > 40) {
        name = name.mid(0, 40);
        for (const char c : {'.', 'j', 'p', 'g'})
            name << uint(uchar(c));
    }
    return fromUcs4(name);
}

QString matchForm(const QString &s)
{
    return s.normalized(QString::NormalizationForm_C);
}

} // namespace

QString picturePrefix(const QString &content)
{
    return fromUcs4(sanitised(content).mid(0, 40));
}

QString pictureFileName(const QString &content)
{
    return nameForPrefix(picturePrefix(content));
}

PictureAssignment assignPictures(const QList<PictureRow> &rows, const QStringList &fileNames)
{
    PictureAssignment result;
    result.filesOfRow.resize(rows.size());
    // Rows that had picture links, by prefix as written and case-folded (Windows and macOS
    // file systems treat names that differ in case as one, so the tool saw a duplicate).
    QHash<QString, QList<int>> exact;
    QHash<QString, QList<int>> folded;
    for (int r = 0; r < rows.size(); ++r) {
        if (rows.at(r).links <= 0)
            continue;
        const QString prefix = matchForm(picturePrefix(rows.at(r).content));
        exact[prefix] << r;
        folded[prefix.toCaseFolded()] << r;
    }
    auto ownersOf = [&](const QString &prefix) -> std::pair<QString, QList<int>> {
        if (const auto it = exact.constFind(prefix); it != exact.constEnd())
            return {prefix, it.value()};
        const QString key = prefix.toCaseFolded();
        if (const auto it = folded.constFind(key); it != folded.constEnd())
            return {QStringLiteral("~") + key, it.value()};
        return {QString(), QList<int>()};
    };

    struct Found
    {
        qint64 order = 0; ///< 0 for the first picture, else the unix time of the duplicate
        QString name;
    };
    QHash<QString, QList<Found>> filesByGroup;
    QHash<QString, QList<int>> ownersByGroup;
    QStringList groupOrder;
    static const QRegularExpression duplicate(QStringLiteral("^(.*)_(\\d{1,12})\\.jpg$"),
                                              QRegularExpression::CaseInsensitiveOption);
    for (const QString &fileName : fileNames) {
        const QString name = matchForm(fileName);
        if (!name.endsWith(QLatin1String(".jpg"), Qt::CaseInsensitive)) {
            result.unmatched << fileName;
            continue;
        }
        // The first picture of a row is named by its prefix alone; later ones, and the first
        // one of a row whose name was taken, get "_<unix time>" after the prefix.
        const QString first = name.chopped(4).section(QLatin1Char('.'), 0, 0);
        std::pair<QString, QList<int>> owners;
        qint64 order = 0;
        if (nameForPrefix(first).compare(name, Qt::CaseInsensitive) == 0)
            owners = ownersOf(first);
        if (owners.second.isEmpty()) {
            if (const auto m = duplicate.match(name); m.hasMatch()) {
                owners = ownersOf(m.captured(1));
                order = m.captured(2).toLongLong();
            }
        }
        if (owners.second.isEmpty()) {
            result.unmatched << fileName;
            continue;
        }
        if (!filesByGroup.contains(owners.first))
            groupOrder << owners.first;
        filesByGroup[owners.first] << Found{order, fileName};
        ownersByGroup[owners.first] = owners.second;
    }

    for (const QString &group : std::as_const(groupOrder)) {
        QList<Found> files = filesByGroup.value(group);
        std::sort(files.begin(), files.end(), [](const Found &a, const Found &b) {
            return a.order != b.order ? a.order < b.order : a.name < b.name;
        });
        const QList<int> owners = ownersByGroup.value(group);
        if (owners.size() > 1) {
            PictureAssignment::Ambiguous a;
            for (const Found &f : std::as_const(files))
                a.files << f.name;
            a.rows = owners;
            result.ambiguous << a;
            continue;
        }
        const int row = owners.first();
        for (const Found &f : std::as_const(files)) {
            // More files than links: a second run of the tool saved them all again.
            if (result.filesOfRow[row].size() < rows.at(row).links)
                result.filesOfRow[row] << f.name;
            else
                result.unmatched << f.name;
        }
    }
    return result;
}

} // namespace ks::gqh
