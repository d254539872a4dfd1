// SPDX-License-Identifier: GPL-3.0-or-later
// A data file read and its entries converted into records on a second thread, while the calling
// thread writes the records before them: reading, parsing and converting were a third of the
// import's one busy thread.
#pragma once

#include "domain/records.h"
#include "jsonstream.h"

#include <QStringList>
#include <functional>

namespace ks::qzone {

/// One entry as the reading thread converted it.
struct ConvertedEntry
{
    bool keep = false; ///< false: nothing to import (not an object, …)
    MemoryRecord record;
    /// Export files the record's media resolved to, for the calling thread's bookkeeping.
    QStringList found;
    /// Files to queue for hashing before this entry is imported (an album's pictures, say).
    QStringList prefetch;
};

/// Runs on the reading thread: it may only read what the calling thread leaves alone while the
/// file streams (the export's file index, say), never the library or the import context.
using EntryConverter = std::function<ConvertedEntry(const QJsonValue &entry)>;
/// Runs on the calling thread with each entry in the file's order; return false to stop.
using ConvertedCallback = std::function<bool(ConvertedEntry &entry)>;

/// Hands an entry to the calling thread: waits while it is kAhead behind; false once it wants
/// no more (the producer should return).
using EntryPut = std::function<bool(ConvertedEntry &&entry)>;
/// Runs on the reading thread, putting its entries in order; the same rules as EntryConverter.
using EntryProducer = std::function<void(const EntryPut &put)>;

/// Runs @p produce on a second thread ("keepsake-read") while the calling thread takes each
/// entry it puts, in order (at most 64 wait besides the 64 taken last). Returns how many entries
/// @p onEntry took; @p stopped (optional) is set when onEntry returned false.
qint64 runAhead(const EntryProducer &produce, const ConvertedCallback &onEntry, bool *stopped = nullptr);

/// streamDataFile() with a context (the same boundary check, problems and kept file), the
/// entries read and converted ahead on a second thread: at most 64 wait, besides the ones the
/// calling thread took last (up to 64) and the one being converted.
StreamResult streamConverted(const QString &path, ImportContext &context, const EntryConverter &convert,
                             const ConvertedCallback &onEntry,
                             const StreamOptions &options = StreamOptions());

} // namespace ks::qzone
