// SPDX-License-Identifier: GPL-3.0-or-later
#include "datafilememo.h"

#include "importcontext.h"
#include "importsink.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <algorithm>

namespace ks {

DataFileMemo::DataFileMemo(ImportContext &context, ImportSink &sink, const QString &root, int version)
    : m_context(context), m_sink(sink), m_root(root), m_version(version)
{
}

void DataFileMemo::setTree(const QStringList &relPaths)
{
    QStringList files = relPaths;
    std::sort(files.begin(), files.end());
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &file : std::as_const(files)) {
        hash.addData(file.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    m_tree = QString::fromLatin1(hash.result().toHex());
}

int DataFileMemo::counted() const
{
    const ImportReport &r = m_context.report();
    return r.added + r.updated + r.unchanged;
}

std::optional<DataFileMemo::Used> DataFileMemo::skip(const QString &file)
{
    if (m_tree.isEmpty())
        return std::nullopt;
    const std::optional<HandledDataFile> handled = m_sink.handledDataFile(file, m_version);
    if (!handled || handled->detail.value(QLatin1String("tree")).toString() != m_tree)
        return std::nullopt;
    Used used;
    used.records = handled->records;
    for (const QJsonValue &rel : handled->detail.value(QLatin1String("referenced")).toArray()) {
        // A picture changed, or its vault copy: the records must link it again.
        if (!m_sink.mediaUnchanged(m_root + QLatin1Char('/') + rel.toString()))
            return std::nullopt;
        used.referenced << rel.toString();
    }
    for (const QJsonValue &key : handled->detail.value(QLatin1String("keys")).toArray())
        used.keys << key.toString();
    m_context.noteCurrentFile(file);
    ImportReport &report = m_context.report();
    report.unchanged += used.records;
    ++report.dataFilesSkipped;
    return used;
}

void DataFileMemo::begin(const QString &file)
{
    m_before = FileStamp::of(file);
    m_countedBefore = counted();
    m_problemsBefore = m_context.report().problems.size();
    m_used = Used();
    m_tracking = true;
}

void DataFileMemo::end(const QString &file, bool complete)
{
    if (!m_tracking)
        return;
    m_tracking = false;
    if (!complete || m_tree.isEmpty() || m_context.isCancelled() ||
        m_context.report().problems.size() != m_problemsBefore)
        return;
    const QJsonObject detail{{QStringLiteral("tree"), m_tree},
                             {QStringLiteral("keys"), QJsonArray::fromStringList(m_used.keys)},
                             {QStringLiteral("referenced"), QJsonArray::fromStringList(m_used.referenced)}};
    m_sink.rememberDataFile(file, m_before, m_version, counted() - m_countedBefore, detail);
}

} // namespace ks
