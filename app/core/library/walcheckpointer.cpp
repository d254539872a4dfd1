// SPDX-License-Identifier: GPL-3.0-or-later
#include "walcheckpointer.h"

#include "sqliteraw.h"

#include <QFile>
#include <pthread.h>

namespace ks {

namespace {

constexpr int kSqliteDefaultAutocheckpoint = 1000;

bool walModeOpened(const SqliteApi *api, sqlite3 *db)
{
    // A connection only knows the database is in WAL mode once it has read it.
    sqlite3_stmt *read = nullptr;
    const bool wal = api->prepare(db, "PRAGMA journal_mode", -1, &read, nullptr) == SQLITE_OK &&
                     api->step(read) == SQLITE_ROW &&
                     qstrcmp(reinterpret_cast<const char *>(api->columnText(read, 0)), "wal") == 0;
    api->finalize(read);
    return wal;
}

} // namespace

WalCheckpointer::WalCheckpointer(const QString &databasePath, sqlite3 *writer, int restartFrames)
    : m_writer(writer), m_restartFrames(restartFrames)
{
    const SqliteApi *api = sqliteApi();
    if (!writer || !api || !api->openV2 || !api->close || !api->walCheckpoint || !api->walHook ||
        !api->walAutocheckpoint)
        return;
    sqlite3 *db = nullptr;
    if (api->openV2(QFile::encodeName(databasePath).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
            SQLITE_OK ||
        !walModeOpened(api, db)) {
        api->close(db);
        return;
    }
    m_db = db;
    m_thread = std::thread([this] { run(); });
    api->walHook(m_writer, &WalCheckpointer::afterCommit, this);
}

WalCheckpointer::~WalCheckpointer()
{
    if (!m_db)
        return;
    const SqliteApi *api = sqliteApi();
    api->walAutocheckpoint(m_writer, kSqliteDefaultAutocheckpoint); // the hook goes back to SQLite's
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    api->close(m_db);
}

int WalCheckpointer::afterCommit(void *self, sqlite3 *, const char *, int walFrames)
{
    static_cast<WalCheckpointer *>(self)->committed(walFrames);
    return SQLITE_OK; // a checkpoint that did not happen is not the commit's error
}

void WalCheckpointer::committed(int walFrames)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    if (walFrames >= m_restartFrames) {
        // The thread's checkpoint first (it holds the WAL while it runs); then the rest, with it
        // kept waiting, so the writer's next transaction finds all of it copied and starts over.
        m_idle.wait(lock, [this] { return !m_busy; });
        m_pending = false;
        int frames = 0;
        int copied = 0;
        sqliteApi()->walCheckpoint(m_writer, "main", SQLITE_CHECKPOINT_PASSIVE, &frames, &copied);
        return;
    }
    m_pending = true;
    lock.unlock();
    m_wake.notify_one();
}

void WalCheckpointer::run()
{
    pthread_setname_np(pthread_self(), "keepsake-ckpt");
    const SqliteApi *api = sqliteApi();
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_pending || m_stop; });
        const bool stopping = m_stop;
        m_pending = false;
        m_busy = true;
        lock.unlock();
        // Busy (a reader on an old snapshot) only means less was copied; the next one, or the
        // writer's own once this ends, copies the rest.
        int frames = 0;
        int copied = 0;
        api->walCheckpoint(m_db, "main", SQLITE_CHECKPOINT_PASSIVE, &frames, &copied);
        lock.lock();
        m_busy = false;
        m_idle.notify_all();
        if (stopping)
            return;
    }
}

} // namespace ks
