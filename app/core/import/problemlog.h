// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/importreport.h"

namespace ks {

struct WriteSession;

/// The problems table as an import fills it: one row per file, kind and memory (a later import
/// updates it), and the summary that replaces a hundred "missing" rows of a text-only export.
class ProblemLog
{
public:
    explicit ProblemLog(WriteSession &session) : m_session(session) {}

    void record(const ImportProblem &problem, qint64 mediaId);
    /// At the end of an import of @p accountUin that found @p presentSeen media files.
    void summariseMissingMedia(const QString &accountUin, int presentSeen);

private:
    WriteSession &m_session;
};

} // namespace ks
