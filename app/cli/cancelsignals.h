// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

namespace ks::cli {

/// Ctrl-C (SIGINT) and SIGTERM as a cancel for long commands: the first one sets the flag (the
/// import stops at the next record boundary and commits what is complete); a second one ends
/// the process at once. Restores the previous handlers when it goes away.
class CancelOnSignals
{
public:
    CancelOnSignals();
    ~CancelOnSignals();
    CancelOnSignals(const CancelOnSignals &) = delete;
    CancelOnSignals &operator=(const CancelOnSignals &) = delete;

    const std::atomic_bool *flag() const;
    /// The signal that arrived, or 0.
    int signal() const;
    /// 128 + the signal (130 for SIGINT, 143 for SIGTERM), or @p otherwise when none arrived.
    int exitCode(int otherwise) const;
};

} // namespace ks::cli
