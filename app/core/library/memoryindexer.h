// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statementcache.h"

namespace ks {

/// Keeps a derived index (the search index) in step with the memories an import writes, inside
/// the writer's transaction so that both commit together. Implemented above the library layer
/// and handed to the writer by whoever runs the import.
class MemoryIndexer
{
public:
    virtual ~MemoryIndexer() = default;
    /// A memory inserted just now; @p hasComments / @p hasPeople say whether it got any.
    virtual bool memoryAdded(StatementCache &statements, qint64 memoryId, bool hasComments,
                             bool hasPeople) = 0;
    /// A memory whose content changed.
    virtual bool memoryChanged(StatementCache &statements, qint64 memoryId) = 0;
};

} // namespace ks
