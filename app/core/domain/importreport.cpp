// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreport.h"

#include <QJsonArray>

namespace ks {

void ImportReport::merge(const ImportReport &part)
{
    for (const QString &format : part.formats) {
        if (!formats.contains(format))
            formats << format;
    }
    added += part.added;
    updated += part.updated;
    unchanged += part.unchanged;
    filesSeen += part.filesSeen;
    mediaStored += part.mediaStored;
    mediaMissing += part.mediaMissing;
    bytes += part.bytes;
    filesKept += part.filesKept;
    filesSkipped += part.filesSkipped;
    dataFilesSkipped += part.dataFilesSkipped;
    cancelled = cancelled || part.cancelled;
    problems += part.problems;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray problemArray;
    for (const ImportProblem &p : problems) {
        QJsonObject o{{QStringLiteral("file"), p.file},
                      {QStringLiteral("kind"), p.kind},
                      {QStringLiteral("message"), p.message}};
        if (!p.memoryKey.isEmpty())
            o.insert(QStringLiteral("memory"), p.memoryKey);
        problemArray.append(o);
    }
    return QJsonObject{{QStringLiteral("source"), sourcePath},
                       {QStringLiteral("formats"), QJsonArray::fromStringList(formats)},
                       {QStringLiteral("added"), added},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("files"), filesSeen},
                       {QStringLiteral("media_stored"), mediaStored},
                       {QStringLiteral("media_missing"), mediaMissing},
                       {QStringLiteral("bytes"), bytes},
                       {QStringLiteral("files_skipped"), filesSkipped},
                       {QStringLiteral("data_files_skipped"), dataFilesSkipped},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("failed"), failed},
                       {QStringLiteral("error"), error},
                       {QStringLiteral("problems"), problemArray}};
}

} // namespace ks
