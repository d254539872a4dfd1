// SPDX-License-Identifier: GPL-3.0-or-later
// The one definition of "how many memories and photos": the status bar, statistics, the export
// and book dialogs and the exported HTML index all count through here, so they always agree.
#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace ks::LibraryCounts {

struct Counts
{
    qint64 memories = 0; ///< every memory except album containers (an album's photos are memories)
    qint64 photos = 0; ///< distinct picture files those memories show (not video posters), kept in the vault;
                       ///< a placeholder "image missing" picture is not a photo
    qint64 videos = 0; ///< distinct video files, likewise
};

/// The SQL condition that makes a photo, over memories m JOIN memory_media mm JOIN media md: the
/// photo grid lists the distinct md.id it holds for, so it shows exactly Counts::photos.
QString photoCondition();
/// How many memories the whole library holds (one indexed count, cheap enough for the GUI
/// thread); nullopt when it cannot be read.
std::optional<qint64> memories(QSqlDatabase db);
/// The whole library; zeros when it cannot be read.
Counts whole(QSqlDatabase db);
/// Only @p memoryIds (a selection, a year); album containers among them are not counted.
Counts of(QSqlDatabase db, const QList<qint64> &memoryIds);
/// Memories per local year, newest year first (undated memories have no year).
QList<QPair<int, int>> perYear(QSqlDatabase db);

} // namespace ks::LibraryCounts
