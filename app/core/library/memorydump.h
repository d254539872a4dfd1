// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <functional>

namespace ks {

/// "2012-06-07T21:15:00+08:00": the instant as the person saw it on their clock.
QString isoLocalTime(qint64 utcSeconds, int utcOffsetSeconds);

/// Calls @p sink with one JSON object per memory (oldest first), the open-format dump that
/// `keepsake list --json` prints: key, kind, created, title, text, author, people, tags,
/// comments, source and media. @p kind filters when not empty.
void dumpMemories(QSqlDatabase db, const QString &kind, const std::function<void(const QJsonObject &)> &sink);
/// The same object for one memory; empty when there is none with @p memoryId.
QJsonObject dumpMemory(QSqlDatabase db, qint64 memoryId);

/// One JSON object per recorded problem: file, kind, message, memory.
void dumpProblems(QSqlDatabase db, const std::function<void(const QJsonObject &)> &sink);

} // namespace ks
