// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace ks {

class Database;

/// One thing wrong between the database and the vault.
struct VaultIssue
{
    QString kind; ///< missing-file | size-mismatch | hash-mismatch | unreferenced
    QString path; ///< the vault file, relative to the library
    QString detail;
};

struct VaultCheck
{
    int checked = 0;  ///< media rows with a file
    qint64 bytes = 0; ///< bytes read (full check) or expected (quick check)
    QList<VaultIssue> issues;
    bool cancelled = false;
    /// Problems that put the user's bytes at risk (an unreferenced file is only clutter).
    int seriousIssues() const;
};

/// Checks every vault file the database knows: it exists, has the recorded size and (unless
/// @p quick) hashes to its SHA-256. Also lists vault files no row refers to. Read-only.
VaultCheck verifyVault(Database &database, bool quick = false, const std::atomic_bool *cancel = nullptr,
                       const std::function<void(int done, int total)> &progress = {});

} // namespace ks
