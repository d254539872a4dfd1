// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace ks {

/// Copies a writer's committed pages from the WAL into the database on a thread and connection
/// of its own, so a long write (an import) does not stop at every commit for it. While it lives
/// it takes the place of the writer connection's automatic checkpoints (SQLite's WAL hook),
/// which come back when it goes. Passive checkpoints never wait for or hold up the writer. The
/// WAL only starts over when a writer begins after a checkpoint that copied all of it, which a
/// writer that never pauses never does: once the WAL holds restartFrames, the commit that made
/// it so waits for the thread and copies the little left itself.
/// Without SQLite's calls in this process, or when the database cannot be opened in WAL mode,
/// running() is false and nothing changes.
class WalCheckpointer
{
public:
    /// About 32 MB of 4 KB pages: the WAL stays under that plus one commit.
    static constexpr int kRestartFrames = 8000;

    /// For the database at @p databasePath, written through @p writer's connection.
    WalCheckpointer(const QString &databasePath, sqlite3 *writer, int restartFrames = kRestartFrames);
    ~WalCheckpointer(); ///< a last checkpoint, the thread ends, automatic checkpoints are back
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    bool running() const { return m_db != nullptr; }

private:
    static int afterCommit(void *self, sqlite3 *writer, const char *database, int walFrames);
    void committed(int walFrames);
    void run();

    sqlite3 *m_db = nullptr;
    sqlite3 *m_writer = nullptr;
    int m_restartFrames = kRestartFrames;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    bool m_pending = false;
    bool m_busy = false; ///< the thread is checkpointing
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace ks
