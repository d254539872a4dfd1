// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the list of a data file one entry at a time: a one-line messages.js of a million posts
// is read in blocks, each entry parsed alone, so memory holds one entry and a block, never the file.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <functional>

namespace ks {
class ImportContext;
} // namespace ks

namespace ks::qzone {

/// One entry is parsed in memory only up to 32 MB (a post is a few KB, an album with its photo
/// list a few MB; every text in it is already cut at kMaxTextBytes). A larger one is skipped.
constexpr qint64 kMaxEntryBytes = qint64(32) << 20;

struct StreamOptions
{
    qsizetype blockBytes = 1 << 20;        ///< how much of the file is read at once
    qint64 maxEntryBytes = kMaxEntryBytes; ///< an entry (or a top-level member) larger is skipped
    qint64 maxTextBytes = qint64(4) << 20; ///< = kMaxTextBytes; smaller in tests
};

/// How streaming a data file went.
struct StreamResult
{
    qint64 entries = 0;    ///< entries handed to the callback
    bool complete = false; ///< the list was read to its end (single entries may have been skipped)
    bool stopped = false;  ///< the callback asked to stop
    bool isList = false;   ///< the file is a list, or an object holding one (items, data…)
    /// The damage that ended the read early: a problem kind ("unreadable", "malformed") and message.
    QString kind;
    QString message;
    /// Entries skipped one by one (the rest was read): malformed / encoding / too large, each with a
    /// count and the first one's offset and reason.
    qint64 badEntries = 0;
    QString badEntryKind;
    QString badEntryMessage;
    qint64 largeEntries = 0;
    qint64 firstLargeOffset = -1;
    QStringList cuts; ///< one message per text longer than the text cap, cut there
    /// When the file is an object: its other members (each parsed alone), e.g. boards' authorInfo.
    QJsonObject rest;
};

/// Called with each entry and its index; return false to stop reading.
using EntryCallback = std::function<bool(const QJsonValue &entry, qint64 index)>;

/// Reads @p path entry by entry: the top-level array (after a BOM and a JS assignment
/// `window.x =` / `var x =`), or the first array under a known list key of a top-level object
/// (items, msglist, data… as itemsOf() reads them; an object without one gives the entries
/// itemsOf() finds in it). Junk after the value is ignored, GBK entries are decoded. Reports nothing.
StreamResult streamDataFile(const QString &path, const EntryCallback &onEntry,
                            const StreamOptions &options = StreamOptions());

/// streamDataFile() that notes the file, checks the read boundary and reports to @p context what
/// went wrong (same kinds as readDataFile(): unreadable, encoding, malformed, too-large), naming
/// the file; a file with cut texts or skipped entries is kept in the vault as it is.
StreamResult streamDataFile(const QString &path, ImportContext &context, const EntryCallback &onEntry,
                            const StreamOptions &options = StreamOptions());

/// The two halves of streamDataFile() with a context, for readers that stream another way
/// (jsonstreamahead): notes the file and checks the read boundary (false: outside, @p outside
/// says so); then reports what went wrong and keeps the file when texts were cut.
bool beginStream(const QString &path, ImportContext &context, StreamResult *outside);
void reportStream(const QString &path, ImportContext &context, const StreamResult &result, qint64 mistyped,
                  const StreamOptions &options);

} // namespace ks::qzone
