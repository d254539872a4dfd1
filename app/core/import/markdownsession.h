// SPDX-License-Identifier: GPL-3.0-or-later
// One import of one QZoneExport MarkDown export root: all the state of that run, so the
// importer itself stays stateless.
#pragma once

#include "markdownhistory.h"
#include "markdownlines.h"
#include "markdownparse.h"

#include <QSet>
#include <QString>
#include <functional>
#include <optional>

namespace ks {
class ImportContext;
class ImportSink;
} // namespace ks

namespace ks::md {

class Session
{
public:
    Session(const QString &root, ImportContext &context, ImportSink &sink);
    /// Imports everything; false only when no file could be read.
    bool run();

private:
    using Parser = std::function<ParsedItems(const QString &, const qzone::MediaResolver &)>;

    /// The file decoded, or nothing when it cannot be read (reported) or is empty (@p empty set).
    std::optional<Decoded> read(const QString &path, bool *empty = nullptr);
    /// read() for files read on their own: reports an empty file when @p emptyIsDamage and any
    /// decoding trouble.
    std::optional<QString> readReporting(const QString &path, bool emptyIsDamage);
    void reportEncoding(const QString &path, const Decoded &decoded);
    void reportErrors(const QString &file, const QList<BlockError> &errors);

    MediaRef resolve(const QString &baseDir, const QString &moduleDir, const QString &written,
                     const QString &role);
    qzone::MediaResolver resolverFor(const QString &file, const QString &moduleDir);
    QString resolveNoCase(const QString &relative) const;
    QString relativeToRoot(const QString &absPath) const;
    void upsert(MemoryRecord record, const QString &file);

    /// The items of a module written as <Module>.md plus <year>.md, the two copies united;
    /// damaged copies are reported. @p closedByRules: the module ends every item with "---".
    QList<HistoryItem> readHistory(const QString &moduleName, const QString &summaryName, const Parser &parse,
                                   bool closedByRules);
    void reportGap(const HistoryGap &gap, const QString &otherCopy, const Decoded *decoded);

    void importOwnerItems(const QString &moduleName, const QString &summaryName, const Parser &parse,
                          bool closedByRules);
    void importBlogs(const QString &moduleName, MemoryKind kind);
    void importBoards();
    void importAlbums();
    void importFriends();
    void importSocial(const QString &moduleName, const QString &summaryName, const Parser &parse);
    void keepLooseFiles();
    void reportNothingRead();

    QString m_root;
    ImportContext &m_context;
    ImportSink &m_sink;
    PersonRef m_owner;
    QSet<QString> m_referenced; ///< case-folded root-relative paths of media that memories name
    QStringList m_filesRead;    ///< every file opened, empty ones included
    bool m_readAny = false;     ///< some file held text
    int m_memories = 0;
    int m_friends = 0;
};

} // namespace ks::md
