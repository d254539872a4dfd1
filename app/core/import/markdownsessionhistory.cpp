// SPDX-License-Identifier: GPL-3.0-or-later
// The modules QZoneExport writes twice, as <Module>.md and as <year>.md: 说说, 视频, 留言板,
// 收藏夹, 分享 and 访客. Both copies are read and united, so a damaged copy hides nothing.
#include "importcontext.h"
#include "importsink.h"
#include "markdownexportfiles.h"
#include "markdownsession.h"

#include <QFileInfo>
#include <QHash>

namespace ks::md {

QList<HistoryItem> Session::readHistory(const QString &moduleName, const QString &summaryName,
                                        const Parser &parse, bool closedByRules)
{
    const QString dir = childNoCase(m_root, moduleName);
    if (dir.isEmpty())
        return {};
    const QString summaryPath = childNoCase(dir, summaryName);
    QStringList yearPaths;
    for (const QString &file : filesIn(dir, QStringLiteral("*.md"))) {
        if (isYearFileName(QFileInfo(file).fileName()))
            yearPaths << file;
    }

    QHash<QString, Decoded> decodings;
    QStringList emptyFiles;
    auto load = [&](const QString &path) -> std::optional<HistoryFile> {
        bool empty = false;
        std::optional<Decoded> decoded = read(path, &empty);
        if (empty)
            emptyFiles << path;
        if (!decoded)
            return std::nullopt;
        HistoryFile file;
        file.path = path;
        file.parsed = parse(decoded->text, resolverFor(path, dir));
        file.truncated = closedByRules && !endsWithRule(splitLines(decoded->text));
        file.undecodable = !decoded->clean;
        decoded->text.clear(); // only the encoding facts are kept for the report
        decodings.insert(path, *decoded);
        return file;
    };
    std::optional<HistoryFile> summary;
    if (!summaryPath.isEmpty() && QFileInfo(summaryPath).isFile())
        summary = load(summaryPath);
    QList<HistoryFile> years;
    for (const QString &path : std::as_const(yearPaths)) {
        if (m_context.isCancelled())
            return {};
        if (auto file = load(path))
            years << std::move(*file);
    }

    HistoryUnion united = uniteHistory(summary, years);
    const QString summaryShown = QFileInfo(summaryPath).fileName();
    QSet<QString> reported;
    for (const HistoryGap &gap : std::as_const(united.gaps)) {
        const bool isSummary = gap.file == summaryPath;
        const auto decoded = decodings.constFind(gap.file);
        reportGap(gap, isSummary ? QStringLiteral("the year files") : summaryShown,
                  decoded == decodings.constEnd() ? nullptr : &*decoded);
        reported.insert(gap.file);
    }
    for (const auto &[file, error] : std::as_const(united.errors))
        reportErrors(file, {error});
    // A file re-saved as UTF-16 that still agrees with its other copy: worth telling.
    for (auto it = decodings.constBegin(); it != decodings.constEnd(); ++it) {
        if (!reported.contains(it.key()))
            reportEncoding(it.key(), it.value());
    }
    // An empty year file, or an empty summary while the year files hold items, was damaged;
    // an empty summary alone is what the exporter writes for a module with nothing in it.
    for (const QString &path : std::as_const(emptyFiles)) {
        const bool isSummary = path == summaryPath;
        if (isSummary && united.items.isEmpty())
            continue;
        m_context.reportProblem(
            path, QStringLiteral("zero-byte"),
            isSummary ? QStringLiteral("the file is empty (0 bytes); its items were read from the year files")
                      : QStringLiteral("the file is empty (0 bytes); its items were read from %1")
                            .arg(summaryShown.isEmpty() ? QStringLiteral("the other files") : summaryShown));
    }
    return united.items;
}

void Session::reportGap(const HistoryGap &gap, const QString &otherCopy, const Decoded *decoded)
{
    QStringList what;
    if (gap.undecodable && decoded)
        what << QStringLiteral("some bytes are not valid %1 text and were replaced").arg(decoded->encoding);
    else if (decoded && decoded->foreign)
        what << QStringLiteral("it is %1 text, saved again by another program").arg(decoded->encoding);
    if (gap.truncated)
        what << QStringLiteral("it ends in the middle of an item (cut off)");
    if (gap.missing > 0)
        what << QStringLiteral("%1 item(s) found in %2 are missing from it; they were read from there")
                    .arg(gap.missing)
                    .arg(otherCopy);
    if (gap.damaged > 0)
        what << QStringLiteral("%1 damaged item(s) in it were replaced by their intact copies in %2")
                    .arg(gap.damaged)
                    .arg(otherCopy);
    if (gap.unreadBlocks > 0)
        what << QStringLiteral("%1 block(s) could not be read").arg(gap.unreadBlocks);
    const bool encoding = gap.undecodable || (decoded && decoded->foreign);
    m_context.reportProblem(gap.file, encoding ? QStringLiteral("encoding") : QStringLiteral("corrupt"),
                            QStringLiteral("the file is damaged: %1").arg(what.join(QStringLiteral("; "))));
}

void Session::importOwnerItems(const QString &moduleName, const QString &summaryName, const Parser &parse,
                               bool closedByRules)
{
    // 说说 and videos: the owner's own items.
    for (HistoryItem &item : readHistory(moduleName, summaryName, parse, closedByRules)) {
        if (m_context.isCancelled())
            return;
        item.record.author = m_owner;
        upsert(std::move(item.record), item.file);
    }
}

void Session::importBoards()
{
    std::optional<QString> ownerMessage;
    const Parser parse = [&ownerMessage](const QString &text, const qzone::MediaResolver &resolver) {
        BoardFile parsed = parseBoards(text, resolver);
        if (parsed.ownerMessage && !ownerMessage)
            ownerMessage = parsed.ownerMessage; // the summary's, read first
        return static_cast<ParsedItems>(parsed);
    };
    const QList<HistoryItem> items =
        readHistory(QStringLiteral("Boards"), QStringLiteral("Boards.md"), parse, true);
    if (ownerMessage)
        m_sink.setAccountProfile(QStringLiteral("board_message"), *ownerMessage);
    for (const HistoryItem &item : items) {
        if (m_context.isCancelled())
            return;
        upsert(item.record, item.file); // authored by the friend who wrote it
    }
}

void Session::importSocial(const QString &moduleName, const QString &summaryName, const Parser &parse)
{
    for (HistoryItem &item : readHistory(moduleName, summaryName, parse, true)) {
        if (m_context.isCancelled())
            return;
        // A favourite keeps the owner of what was saved, a visit its visitor; a share whose
        // line names nobody is the account's own.
        if (item.record.kind == MemoryKind::Share && !item.record.author.isValid())
            item.record.author = m_owner;
        upsert(std::move(item.record), item.file);
    }
}

} // namespace ks::md
