// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QString>

#include <atomic>
#include <functional>

namespace ks {

/// One import at a time per library, across windows and processes (the app and the CLI): a lock
/// file in the library folder, held for the whole import. A lock left by a killed process is
/// taken over (QLockFile checks that its holder still runs).
class ImportLock
{
public:
    explicit ImportLock(const QString &libraryDir);

    /// Takes the lock. While another import holds it, calls @p waiting once with who holds it and
    /// waits; returns false when @p cancel is set meanwhile or the lock cannot be made at all
    /// (then error() says why: a read-only library, for one).
    bool acquire(const std::atomic_bool *cancel, const std::function<void(const QString &holder)> &waiting);
    bool isHeld() const { return m_lock.isLocked(); }
    QString error() const { return m_error; }

    /// "keepsake (process 1234 on host)": who holds the lock now, or an empty string.
    QString holder() const;

private:
    QString m_path;
    QLockFile m_lock;
    QString m_error;
};

/// Files an interrupted import left in vault/.incoming (kill -9, power loss): removed when no
/// import runs. Returns how many were removed, or -1 when an import is running.
int removeInterruptedImportFiles(const QString &libraryDir);
/// The same while @p held (this process's lock) is held.
int removeInterruptedImportFiles(const QString &libraryDir, const ImportLock &held);

} // namespace ks
