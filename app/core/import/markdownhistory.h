// SPDX-License-Identifier: GPL-3.0-or-later
// A MarkDown module's whole history is written twice: <Module>.md holds every year, and each
// <year>.md holds one. Either copy may be damaged (cut off, re-saved in another encoding,
// overwritten with garbage), so the importer reads both and unites them here. Pure logic on
// parsed items, no files.
#pragma once

#include "markdownparse.h"

#include <QList>
#include <QString>
#include <optional>

namespace ks::md {

/// One parsed module file.
struct HistoryFile
{
    QString path;
    ParsedItems parsed;
    bool truncated = false;   ///< does not end with the exporter's closing "---"
    bool undecodable = false; ///< some bytes did not decode (U+FFFD stands for them)
};

/// An item of the united history and the file it was taken from.
struct HistoryItem
{
    MemoryRecord record;
    QString file;
};

/// How one file disagrees with the other copy of the history, or is damaged in itself.
struct HistoryGap
{
    QString file;
    int missing = 0;      ///< items the other copy holds that this file lacks
    int damaged = 0;      ///< cut-off or undecodable items of its own, dropped for intact copies
    int unreadBlocks = 0; ///< blocks that could not be read as items
    bool truncated = false;
    bool undecodable = false;
};

struct HistoryUnion
{
    QList<HistoryItem> items;
    /// Files found damaged; their block errors are counted here, not listed in errors.
    QList<HistoryGap> gaps;
    /// Block errors of undamaged files, a block met in both copies told once (by the summary).
    QList<std::pair<QString, BlockError>> errors;
};

/// Unites the whole-history file @p summary with the per-year files @p years. Items match by
/// historyKey(); an item both copies hold is taken once (from the copy that wrote more of it),
/// and an item one copy holds twice stays twice, so two identical 说说 of one day survive.
/// A cut-off or undecodable item without an exact match is dropped when the other copy has an
/// item of the same time (its intact version), and kept otherwise: nothing only one damaged
/// copy holds is lost.
HistoryUnion uniteHistory(const std::optional<HistoryFile> &summary, const QList<HistoryFile> &years);

/// An item's identity across the two copies: its key when the parser gave one (visits), else
/// kind, time, author, title, text and media paths. Comments are left out: a copy cut off
/// inside the comment list still names the same item.
QString historyKey(const MemoryRecord &record);

} // namespace ks::md
