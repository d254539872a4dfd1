// SPDX-License-Identifier: GPL-3.0-or-later
#include "qzonejson.h"

#include "importcontext.h"
#include "importsink.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

namespace ks::qzone {

namespace {

/// Byte length of a JS assignment prefix at the start of @p bytes, 0 when there is none.
qsizetype assignmentPrefixLength(const QByteArray &bytes, qsizetype start)
{
    static const QRegularExpression prefix(QStringLiteral(
        R"(^\s*(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*|\s*\[\s*["'][^"'\]]*["']\s*\])*\s*=\s*)"));
    // The prefix is ASCII; look only at the head so a huge one-line file is not copied.
    const QString head = QString::fromLatin1(bytes.mid(start, 512));
    const auto m = prefix.match(head);
    return m.hasMatch() ? m.capturedLength() : 0;
}

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

DataFileResult parseDataBytes(const QByteArray &input)
{
    DataFileResult result;
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    while (!bytes.isEmpty() && (bytes.endsWith('\0') || bytes.endsWith('\n') || bytes.endsWith('\r') ||
                                bytes.endsWith(' ') || bytes.endsWith('\t')))
        bytes.chop(1);
    if (bytes.trimmed().isEmpty()) {
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
    QByteArray payload = bytes.mid(start, end - start + 1);

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
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        DataFileResult result;
        result.kind = QStringLiteral("unreadable");
        result.message = QStringLiteral("reading the data file failed: %1").arg(file.errorString());
        return result;
    }
    return parseDataBytes(bytes);
}

QJsonValue readDataFile(const QString &path, ImportContext &context)
{
    context.noteCurrentFile(path);
    if (!context.checkInsideBoundary(path))
        return QJsonValue(QJsonValue::Undefined);
    const DataFileResult result = readDataFile(path);
    if (!result.ok()) {
        context.reportProblem(path, result.kind, result.message);
        return QJsonValue(QJsonValue::Undefined);
    }
    return result.value;
}

QJsonArray itemsOf(const QJsonValue &payload)
{
    if (payload.isArray())
        return payload.toArray();
    const QJsonObject o = payload.toObject();
    for (const char *key : {"items", "msglist", "commentList", "photoList", "photos", "list",
                            "albumListModeSort", "albumList", "comments", "titlelist", "data"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isArray())
            return v.toArray();
        if (v.isObject() && qstrcmp(key, "data") == 0)
            return itemsOf(v);
    }
    return QJsonArray();
}

} // namespace ks::qzone
