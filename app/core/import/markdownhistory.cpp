// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownhistory.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace ks::md {

namespace {

struct Entry
{
    const MemoryRecord *record = nullptr;
    int file = -1; ///< index into the year files; -1 for the summary
    QString key;
    bool suspect = false;
    bool damagedFile = false; ///< its file was cut off or held undecodable bytes
    bool matched = false;
    bool dropped = false;
    bool replaced = false; ///< undecodable here, taken from the other copy
};

bool hasUndecodedText(const MemoryRecord &r)
{
    return r.text.contains(QChar::ReplacementCharacter) || r.title.contains(QChar::ReplacementCharacter);
}

// A favourite, share or visit block that matched none of the module's shapes: in a damaged
// file, most likely a piece of garbage rather than an item.
bool isShapeless(const MemoryRecord &r)
{
    const bool keepsAnyShape =
        r.kind == MemoryKind::Favorite || r.kind == MemoryKind::Share || r.kind == MemoryKind::Visit;
    return keepsAnyShape && r.created == kNoTime && !r.author.isValid();
}

void addEntries(QList<Entry> &entries, const HistoryFile &file, int index)
{
    const QList<MemoryRecord> &items = file.parsed.items;
    for (int i = 0; i < items.size(); ++i) {
        Entry e;
        e.record = &items.at(i);
        e.file = index;
        e.key = historyKey(items.at(i));
        e.damagedFile = file.truncated || file.undecodable;
        // The last item of a cut-off file may be cut off itself.
        e.suspect = hasUndecodedText(items.at(i)) || (file.truncated && i == items.size() - 1) ||
                    (isShapeless(items.at(i)) && (file.truncated || file.undecodable));
        entries << e;
    }
}

/// Whether the other copy holds an intact version of the damaged @p e: an unmatched item of
/// the same kind and time (any item at all when @p e has no time).
bool otherCopyCovers(const Entry &e, const QList<Entry> &other)
{
    if (other.isEmpty())
        return false;
    if (e.record->created == kNoTime)
        return true;
    for (const Entry &o : other) {
        if (!o.matched && !o.suspect && o.record->kind == e.record->kind &&
            o.record->created == e.record->created)
            return true;
    }
    return false;
}

void dropCoveredSuspects(QList<Entry> &mine, const QList<Entry> &other)
{
    for (Entry &e : mine) {
        if (!e.matched && e.suspect && otherCopyCovers(e, other))
            e.dropped = true;
    }
}

/// Of two copies of one item, whether @p a is the better one: a copy without undecoded
/// characters (in its comments too), then one from an undamaged file, then the one that wrote
/// more of the item (the other may be cut off in its comments).
bool hasUndecoded(const Entry &e)
{
    return QString::fromUtf8(e.record->sourceRecord).contains(QChar::ReplacementCharacter);
}

bool preferred(const Entry &a, const Entry &b)
{
    auto score = [](const Entry &e) {
        return (hasUndecoded(e) ? 0 : 2) + (e.damagedFile ? 0 : 1);
    };
    if (score(a) != score(b))
        return score(a) > score(b);
    return a.record->sourceRecord.size() > b.record->sourceRecord.size();
}

int localYear(const MemoryRecord &r)
{
    if (r.created == kNoTime)
        return 0;
    return QDateTime::fromSecsSinceEpoch(r.created, Qt::OffsetFromUTC, r.utcOffset).date().year();
}

int yearOfFile(const QString &path)
{
    static const QRegularExpression year(QStringLiteral("^(\\d{4})"));
    const auto m = year.match(QFileInfo(path).fileName());
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString errorIdentity(const BlockError &e)
{
    return e.message + QChar(0x1f) + e.block;
}

} // namespace

QString historyKey(const MemoryRecord &record)
{
    if (!record.key.isEmpty())
        return record.key;
    QStringList parts{memoryKindName(record.kind),
                      record.created == kNoTime ? QString() : QString::number(record.created),
                      record.author.uin.isEmpty() ? record.author.name : record.author.uin,
                      record.title,
                      record.text,
                      record.extra.value(QLatin1String("month")).toString()};
    for (const MediaRef &m : record.media)
        parts << (m.relPath.isEmpty() ? m.remoteUrl : m.relPath.toCaseFolded());
    return parts.join(QChar(0x1f));
}

HistoryUnion uniteHistory(const std::optional<HistoryFile> &summary, const QList<HistoryFile> &years)
{
    HistoryUnion result;
    QList<Entry> inSummary;
    QList<Entry> inYears;
    if (summary)
        addEntries(inSummary, *summary, -1);
    for (int i = 0; i < years.size(); ++i)
        addEntries(inYears, years.at(i), i);

    // Pair equal items in order: the k-th copy in one with the k-th copy in the other.
    QHash<QString, QList<int>> yearsByKey;
    for (int i = 0; i < inYears.size(); ++i)
        yearsByKey[inYears.at(i).key] << i;
    QList<int> partner(inSummary.size(), -1);
    for (int i = 0; i < inSummary.size(); ++i) {
        QList<int> &candidates = yearsByKey[inSummary.at(i).key];
        if (candidates.isEmpty())
            continue;
        partner[i] = candidates.takeFirst();
        inSummary[i].matched = true;
        inYears[partner[i]].matched = true;
    }
    dropCoveredSuspects(inSummary, inYears);
    dropCoveredSuspects(inYears, inSummary);

    for (int i = 0; i < inSummary.size(); ++i) {
        const Entry e = inSummary.at(i);
        if (e.dropped)
            continue;
        if (partner[i] >= 0) {
            Entry &y = inYears[partner[i]];
            if (preferred(y, e)) {
                inSummary[i].replaced = hasUndecoded(e);
                result.items << HistoryItem{*y.record, years.at(y.file).path};
                continue;
            }
            y.replaced = hasUndecoded(y);
        }
        result.items << HistoryItem{*e.record, summary->path};
    }
    for (const Entry &y : std::as_const(inYears)) {
        if (!y.matched && !y.dropped)
            result.items << HistoryItem{*y.record, years.at(y.file).path};
    }

    // What each file lacks or lost.
    const bool compare = summary.has_value() && !years.isEmpty();
    auto gapOf = [](const HistoryFile &file) {
        HistoryGap gap;
        gap.file = file.path;
        gap.truncated = file.truncated;
        gap.undecodable = file.undecodable;
        return gap;
    };
    auto isGap = [](const HistoryGap &g) {
        return g.missing > 0 || g.damaged > 0 || g.truncated || g.undecodable;
    };
    bool summaryDamaged = false;
    if (summary) {
        HistoryGap gap = gapOf(*summary);
        for (const Entry &e : std::as_const(inSummary))
            gap.damaged += e.dropped || e.replaced;
        if (compare) {
            for (const Entry &y : std::as_const(inYears))
                gap.missing += !y.matched && !y.dropped;
        }
        if (isGap(gap)) {
            gap.unreadBlocks = int(summary->parsed.errors.size());
            result.gaps << gap;
            summaryDamaged = true;
        } else {
            for (const BlockError &err : summary->parsed.errors)
                result.errors.append({summary->path, err});
        }
    }
    QHash<QString, int> toldBySummary;
    if (summary && !summaryDamaged) {
        for (const BlockError &err : summary->parsed.errors)
            ++toldBySummary[errorIdentity(err)];
    }
    for (int i = 0; i < years.size(); ++i) {
        const HistoryFile &file = years.at(i);
        HistoryGap gap = gapOf(file);
        for (const Entry &y : std::as_const(inYears))
            gap.damaged += y.file == i && (y.dropped || y.replaced);
        if (compare) {
            const int year = yearOfFile(file.path);
            for (const Entry &e : std::as_const(inSummary))
                gap.missing += !e.matched && !e.dropped && year != 0 && localYear(*e.record) == year;
        }
        if (isGap(gap)) {
            gap.unreadBlocks = int(file.parsed.errors.size());
            result.gaps << gap;
            continue;
        }
        for (const BlockError &err : file.parsed.errors) {
            int &told = toldBySummary[errorIdentity(err)];
            if (told > 0) {
                --told;
                continue;
            }
            result.errors.append({file.path, err});
        }
    }
    return result;
}

} // namespace ks::md
