// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filestamp.h"
#include "media/mediaprobe.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QWaitCondition>
#include <atomic>
#include <deque>
#include <memory>
#include <optional>

class QThread;

namespace ks {

/// One source file read once and hashed, as `cp` + `sha256sum` would: small files stay in memory,
/// larger ones stream into a temporary file in the vault's incoming folder as they are hashed.
struct HashedFile
{
    bool ok = false;
    QString sha256;
    qint64 size = 0;
    QByteArray content; ///< the bytes, when they were small enough to keep
    QString tempPath;   ///< the streamed copy otherwise (the caller renames or removes it)
};
HashedFile readAndHash(QFile &source, qint64 expectedSize, const QString &incomingDir,
                       const std::atomic_bool *stop = nullptr);

class Database;

/// The file work of storing one media file, done ahead of time: read, hash, and (when the
/// library does not have the bytes yet) a copy in vault/.incoming plus the probe.
struct PreparedFile
{
    enum class State
    {
        New,    ///< not in the library when checked: tempPath holds the bytes, info the probe
        Known,  ///< the library already had these bytes: nothing written
        Failed, ///< anything went wrong: the writer redoes the file inline and reports
    };
    State state = State::Failed;
    QString path;
    FileStamp stamp; ///< before the read; equal after it, else the result is Failed
    QString sha256;  ///< lower-case hex
    qint64 size = 0;
    QString tempPath;
    MediaInfo info;
    QString error;
};

/// Prepares media files on a worker thread while the importing thread writes records: the
/// importer names the files it will store soon (prefetch), LibraryWriter::storeFile takes the
/// result when it gets there. Widget-free. Memory stays bounded: one file's bytes at a time in
/// memory, and at most maxReady results (maxReadyBytes of temporary files) waiting to be taken.
/// Temporary files nobody took are removed by cancel() and the destructor.
class FilePreparer
{
public:
    struct Limits
    {
        int maxReady = 4096;
        qint64 maxReadyBytes = qint64(512) << 20;
    };

    FilePreparer(const Database &database, const std::atomic_bool *cancel = nullptr);
    FilePreparer(const Database &database, const std::atomic_bool *cancel, Limits limits);
    ~FilePreparer();
    FilePreparer(const FilePreparer &) = delete;
    FilePreparer &operator=(const FilePreparer &) = delete;

    /// Files the importer will store next, in the order it will. @p soon ones go before the
    /// ones queued for later (a post's pictures before the albums queued at the start).
    void prefetch(const QStringList &absPaths, bool soon = true);
    /// The result for @p absPath, waiting when the worker is on it right now. nullopt when the
    /// file was never queued or not started yet (it is then dropped from the queue: the caller
    /// does the work itself). The caller owns the result's temporary file from here on.
    std::optional<PreparedFile> take(const QString &absPath);
    /// Stops the worker and removes every temporary file not taken. Idempotent.
    void cancel();

    /// Counters for tests and the benchmark.
    int preparedCount() const { return m_prepared.load(); }
    int takenCount() const { return m_taken.load(); }

    /// The work for one file, on any thread. @p db (may be invalid) answers whether the bytes are
    /// known; new bytes are copied to a temporary file in @p incomingDir and probed.
    static PreparedFile prepare(const QString &absPath, QSqlDatabase db, const QString &incomingDir,
                                const std::atomic_bool *stop = nullptr);
    /// A fresh name in @p incomingDir (which is created).
    static QString newTempPath(const QString &incomingDir);
    /// Largest file read into memory whole; bigger ones are streamed through the temporary file.
    static constexpr qint64 kInMemoryLimit = qint64(64) << 20;

private:
    void run();
    void startLocked();
    bool wantsStop() const;

    const Database &m_database;
    const std::atomic_bool *m_cancel = nullptr;
    Limits m_limits;
    QString m_incomingDir;

    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<QString> m_soon;
    std::deque<QString> m_later;
    QSet<QString> m_queued;               ///< in m_soon or m_later
    QString m_working;                    ///< the path the worker is on
    QHash<QString, PreparedFile> m_ready; ///< done, not taken yet
    qint64 m_readyBytes = 0;
    int m_workerWaiting = 0; ///< the worker waits for work or room (woken only then)
    int m_takersWaiting = 0; ///< take() waits for the file the worker is on
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_stop{false};
    std::atomic_int m_prepared{0};
    std::atomic_int m_taken{0};
};

} // namespace ks
