// SPDX-License-Identifier: GPL-3.0-or-later
#include "qzonejson.h"

#include "importcontext.h"
#include "importsink.h"
#include "jsontextcapper.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>

namespace ks::qzone {

namespace {

QJsonValue parseJson(const QByteArray &payload, QJsonParseError *error)
{
    QJsonDocument doc = QJsonDocument::fromJson(payload, error);
    if (error->error == QJsonParseError::GarbageAtEnd && error->offset > 0) {
        // `]; backedup` and similar trailers: the value itself is complete.
        doc = QJsonDocument::fromJson(payload.left(error->offset), error);
    }
    if (error->error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    if (doc.isArray())
        return doc.array();
    return doc.object();
}

} // namespace

qsizetype assignmentPrefixLength(const QByteArray &bytes, qsizetype start)
{
    static const QRegularExpression prefix(QStringLiteral(
        R"(^\s*(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*|\s*\[\s*["'][^"'\]]*["']\s*\])*\s*=\s*)"));
    // The prefix is ASCII; look only at the head so a huge one-line file is not copied.
    const QString head = QString::fromLatin1(bytes.mid(start, 512));
    const auto m = prefix.match(head);
    return m.hasMatch() ? m.capturedLength() : 0;
}

DataFileResult parseDataBytes(const QByteArray &input)
{
    DataFileResult result;
    // A view of the input, never a copy: a one-line messages.js is a hundred MB or more, and
    // every copy of it is that much more memory at the import's peak (QJsonDocument keeps none
    // of these bytes: it copies what it parses).
    const qsizetype base = input.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    qsizetype size = input.size() - base;
    const char *data = input.constData() + base;
    while (size > 0 && (data[size - 1] == '\0' || data[size - 1] == '\n' || data[size - 1] == '\r' ||
                        data[size - 1] == ' ' || data[size - 1] == '\t'))
        --size;
    const QByteArray bytes = QByteArray::fromRawData(data, size);
    const auto asciiSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    };
    if (std::all_of(bytes.begin(), bytes.end(), asciiSpace)) {
        result.kind = QStringLiteral("malformed");
        result.message = QStringLiteral("the data file is empty");
        return result;
    }
    qsizetype start = 0;
    while (start < bytes.size() && QChar::isSpace(uchar(bytes.at(start))))
        ++start;
    if (start < bytes.size() && bytes.at(start) != '[' && bytes.at(start) != '{') {
        const qsizetype prefix = assignmentPrefixLength(bytes, start);
        if (prefix == 0) {
            result.kind = QStringLiteral("malformed");
            result.message = QStringLiteral("not JSON and not a JavaScript data assignment");
            return result;
        }
        start += prefix;
    }
    const qsizetype end = std::max(bytes.lastIndexOf(']'), bytes.lastIndexOf('}'));
    if (end < start) {
        result.kind = QStringLiteral("malformed");
        result.message = QStringLiteral("no JSON value in the file");
        return result;
    }
    QByteArray payload = QByteArray::fromRawData(bytes.constData() + start, end - start + 1);

    QJsonParseError error{};
    QJsonValue value = parseJson(payload, &error);
    if (error.error == QJsonParseError::IllegalUTF8String) {
        // Older Chinese tools and rate-limit pages write GBK: decode it rather than give up.
        QStringDecoder gbk("GB18030");
        const QString text = gbk.isValid() ? gbk.decode(payload) : QString();
        if (!gbk.isValid() || gbk.hasError()) {
            result.kind = QStringLiteral("encoding");
            result.message = QStringLiteral("the file is neither UTF-8 nor GBK text");
            return result;
        }
        payload = text.toUtf8();
        value = parseJson(payload, &error);
    }
    if (error.error != QJsonParseError::NoError) {
        result.kind = QStringLiteral("malformed");
        result.message = QStringLiteral("invalid JSON at byte %1: %2")
                             .arg(qint64(start + error.offset))
                             .arg(error.errorString());
        return result;
    }
    result.value = value;
    return result;
}

DataFileResult readDataFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        DataFileResult result;
        result.kind = QStringLiteral("unreadable");
        result.message = QStringLiteral("cannot read the data file: %1").arg(file.errorString());
        return result;
    }
    // Read in blocks through the text cap: memory stays bounded by what is kept, never by what
    // the file holds.
    TextCapper capper(kMaxTextBytes);
    QByteArray bytes;
    // The whole file at once, not grown by doubling (which can hold twice the file at the peak).
    bytes.reserve(qsizetype(std::min<qint64>(file.size(), kMaxParsedBytes) + (1 << 20)));
    QByteArray block(1 << 20, Qt::Uninitialized);
    while (true) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0) {
            DataFileResult result;
            result.kind = QStringLiteral("unreadable");
            result.message = QStringLiteral("reading the data file failed: %1").arg(file.errorString());
            return result;
        }
        if (n == 0)
            break;
        capper.feed(block.constData(), qsizetype(n), bytes);
        if (bytes.size() > kMaxParsedBytes) {
            DataFileResult result;
            result.kind = QStringLiteral("too-large");
            result.message = QStringLiteral("the data file holds more than %1 MB of data; it was not read "
                                            "(the file itself is kept)")
                                 .arg(kMaxParsedBytes >> 20);
            return result;
        }
    }
    DataFileResult result = parseDataBytes(bytes);
    result.cuts = cutMessages(capper.cuts, kMaxTextBytes);
    return result;
}

QStringList cutMessages(const QList<TextCapper::Cut> &cuts, qint64 cap)
{
    QStringList messages;
    for (const TextCapper::Cut &cut : cuts) {
        messages << QStringLiteral("a text of %1 bytes%2 at byte %3 is longer than the %4 MB kept per "
                                   "text: it was cut there (the whole file is kept)")
                        .arg(cut.length)
                        .arg(cut.key.isEmpty() ? QString() : QStringLiteral(" (field \"%1\")").arg(cut.key))
                        .arg(cut.offset)
                        .arg(cap >> 20);
    }
    return messages;
}

QJsonValue readDataFile(const QString &path, ImportContext &context)
{
    context.noteCurrentFile(path);
    if (!context.checkInsideBoundary(path))
        return QJsonValue(QJsonValue::Undefined);
    const DataFileResult result = readDataFile(path);
    if (!result.cuts.isEmpty() || result.kind == QLatin1String("too-large")) {
        // The person's bytes are not lost: the file goes into the vault as it is.
        context.keepSourceFile(path);
        constexpr int kNamed = 20;
        for (int i = 0; i < qMin(kNamed, int(result.cuts.size())); ++i)
            context.reportProblem(path, QStringLiteral("too-large"), result.cuts.at(i),
                                  QStringLiteral("#cut:%1").arg(i));
        if (result.cuts.size() > kNamed)
            context.reportProblem(path, QStringLiteral("too-large"),
                                  QStringLiteral("%1 more texts were cut").arg(result.cuts.size() - kNamed),
                                  QStringLiteral("#cut:more"));
    }
    if (!result.ok()) {
        context.reportProblem(path, result.kind, result.message);
        return QJsonValue(QJsonValue::Undefined);
    }
    const QJsonArray items = itemsOf(result.value);
    if (const int mistyped = mistypedEntries(items); mistyped > 0)
        context.reportProblem(
            path, QStringLiteral("malformed"),
            QStringLiteral("%1 of the %2 entries have fields of the wrong type (a list or object "
                           "where a text or number belongs); what could be read was kept")
                .arg(mistyped)
                .arg(items.size()),
            QStringLiteral("#mistyped"));
    return result.value;
}

bool isMistyped(const QJsonObject &o)
{
    // Fields that are a text or a number in every QQ Space API object.
    static const char *const kScalarKeys[] = {
        "tid",          "cellid",     "uin",     "name",    "nickname", "nick",       "content",  "title",
        "created_time", "createTime", "pubtime", "pubTime", "blogid",   "blogId",     "id",       "time",
        "fuin",         "albumid",    "lloc",    "sloc",    "desc",     "uploadtime", "commentid"};
    for (const char *key : kScalarKeys) {
        const QJsonValue field = o.value(QLatin1String(key));
        if (field.isArray() || field.isObject())
            return true;
    }
    return false;
}

int mistypedEntries(const QJsonArray &items)
{
    return int(std::count_if(items.begin(), items.end(),
                             [](const QJsonValue &v) { return isMistyped(v.toObject()); }));
}

namespace {
const char *const kItemsKeys[] = {"items", "msglist",           "commentList", "photoList", "photos",
                                  "list",  "albumListModeSort", "albumList",   "comments",  "titlelist",
                                  "data"};
} // namespace

bool isItemsKey(const QString &key)
{
    return std::any_of(std::begin(kItemsKeys), std::end(kItemsKeys),
                       [&](const char *k) { return key == QLatin1String(k); });
}

QJsonArray itemsOf(const QJsonValue &payload)
{
    if (payload.isArray())
        return payload.toArray();
    const QJsonObject o = payload.toObject();
    for (const char *key : kItemsKeys) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isArray())
            return v.toArray();
        if (v.isObject() && qstrcmp(key, "data") == 0)
            return itemsOf(v);
    }
    return QJsonArray();
}

} // namespace ks::qzone
