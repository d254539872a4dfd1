// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QString>

namespace ks {

struct WriteSession;

/// What a Keepsake archive carries back beyond a memory's sources, written as the library had
/// it: the date the person put right (with an undo step, as `keepsake date` leaves one), the
/// tags, and the tags' colours. Never writes over what the library already has.
class ArchivedStateWriter
{
public:
    explicit ArchivedStateWriter(WriteSession &session) : m_session(session) {}

    /// Restores @p record's archived date correction and tags on @p memoryId; sets @p changed
    /// when something was new. False on a library error.
    bool apply(qint64 memoryId, const MemoryRecord &record, bool *changed);
    /// The tag at @p path, made with its parents when new; @p color is set when it has none.
    /// 0 on a library error or a path no tag can have.
    qint64 keepTag(const QString &path, const QString &color = QString());

private:
    bool restoreDate(qint64 memoryId, const ArchivedState &state, bool *changed);

    WriteSession &m_session;
    qint64 m_batch = 0; ///< the date_changes batch of this import's restored corrections
};

} // namespace ks
