// SPDX-License-Identifier: GPL-3.0-or-later
#include "filepreparer.h"

#include "library/database.h"
#include "util/sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ks {

HashedFile readAndHash(QFile &source, qint64 expectedSize, const QString &incomingDir,
                       const std::atomic_bool *stop)
{
    HashedFile result;
    Sha256 hash;
    bool ok = true;
    if (expectedSize <= FilePreparer::kInMemoryLimit) {
        result.content = source.readAll();
        ok = source.error() == QFileDevice::NoError && result.content.size() == expectedSize;
        hash.addData(result.content);
        result.size = result.content.size();
    } else {
        result.tempPath = FilePreparer::newTempPath(incomingDir);
        QFile temp(result.tempPath);
        ok = temp.open(QIODevice::WriteOnly);
        while (ok) {
            if (stop && stop->load()) {
                ok = false;
                break;
            }
            const QByteArray buffer = source.read(4 << 20);
            if (buffer.isEmpty()) {
                ok = source.error() == QFileDevice::NoError;
                break;
            }
            hash.addData(buffer);
            result.size += buffer.size();
            ok = temp.write(buffer) == buffer.size();
        }
        ok = ok && temp.flush();
    }
    if (!ok) {
        if (!result.tempPath.isEmpty())
            QFile::remove(result.tempPath);
        result.tempPath.clear();
        return result;
    }
    result.ok = true;
    result.sha256 = QString::fromLatin1(hash.result().toHex());
    return result;
}

namespace {

/// Temporary copies written between two syncs of the file system by the worker.
constexpr qint64 kSyncEveryBytes = qint64(32) << 20;

/// Flushes the file system @p dir is on to the disk (syncfs: one call for every file written).
void syncFileSystemOf(const QString &dir)
{
#ifdef Q_OS_LINUX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::syncfs(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

const QString &knownSql()
{
    static const QString sql = QStringLiteral("SELECT vault_path FROM media WHERE sha256 = ?");
    return sql;
}

PreparedFile failed(PreparedFile r, const QString &error)
{
    if (!r.tempPath.isEmpty())
        QFile::remove(r.tempPath);
    r.tempPath.clear();
    r.state = PreparedFile::State::Failed;
    r.error = error;
    return r;
}

bool writeWhole(const QString &path, const QByteArray &bytes)
{
    QFile temp(path);
    return temp.open(QIODevice::WriteOnly) && temp.write(bytes) == bytes.size() && temp.flush();
}

/// The work of FilePreparer::prepare with an already prepared "is it known" query.
PreparedFile prepareWith(const QString &absPath, QSqlQuery *known, const QString &libraryDir,
                         const QString &incomingDir, const std::atomic_bool *stop)
{
    PreparedFile r;
    r.path = absPath;
    r.stamp = FileStamp::of(absPath);
    if (!r.stamp.valid())
        return failed(r, QStringLiteral("vanished"));
    if (r.stamp.size == 0)
        return failed(r, QStringLiteral("zero-byte"));
    QFile source(absPath);
    if (!source.open(QIODevice::ReadOnly))
        return failed(r, QStringLiteral("unreadable"));
    HashedFile hashed = readAndHash(source, r.stamp.size, incomingDir, stop);
    r.tempPath = hashed.tempPath;
    QByteArray content = std::move(hashed.content);
    source.close();
    if (!hashed.ok)
        return failed(r, QStringLiteral("read failed"));
    r.sha256 = hashed.sha256;
    r.size = hashed.size;

    if (known) {
        known->addBindValue(r.sha256);
        const bool found = known->exec() && known->next();
        const QString vaultPath = found ? known->value(0).toString() : QString();
        known->finish();
        // A known row whose vault file was lost needs the bytes to heal it: keep them then.
        if (found && !vaultPath.isEmpty() && QFileInfo::exists(libraryDir + QLatin1Char('/') + vaultPath)) {
            if (!r.tempPath.isEmpty())
                QFile::remove(r.tempPath);
            r.tempPath.clear();
            if (FileStamp::of(absPath) != r.stamp)
                return failed(r, QStringLiteral("changed while read"));
            r.state = PreparedFile::State::Known;
            return r;
        }
    }
    if (r.tempPath.isEmpty()) {
        r.tempPath = FilePreparer::newTempPath(incomingDir);
        if (!writeWhole(r.tempPath, content))
            return failed(r, QStringLiteral("cannot write into the vault"));
    }
    // Probed from the bytes just hashed when they are in memory: no second open and read.
    r.info = content.isEmpty() ? probeMedia(absPath) : probeMediaBytes(absPath, content);
    content = QByteArray(); // the bytes are in the temporary file now
    // Stat again after the probe: the hash, the copy and the probe must all be of the same bytes.
    if (FileStamp::of(absPath) != r.stamp)
        return failed(r, QStringLiteral("changed while read"));
    r.state = PreparedFile::State::New;
    return r;
}

} // namespace

FileStamp FileStamp::of(const QString &path)
{
    FileStamp s;
#ifdef Q_OS_LINUX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return s;
    s.size = qint64(st.st_size);
    s.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    s.ctimeNs = qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    s.inode = quint64(st.st_ino);
#else
    const QFileInfo fi(path);
    if (!fi.isFile())
        return s;
    s.size = fi.size();
    s.mtimeNs = fi.lastModified().toMSecsSinceEpoch() * 1000000;
    s.ctimeNs = fi.metadataChangeTime().toMSecsSinceEpoch() * 1000000;
#endif
    return s;
}

FilePreparer::FilePreparer(const Database &database, const std::atomic_bool *cancel)
    : FilePreparer(database, cancel, Limits())
{
}

FilePreparer::FilePreparer(const Database &database, const std::atomic_bool *cancel, Limits limits)
    : m_database(database), m_cancel(cancel), m_limits(limits),
      m_incomingDir(database.vaultDir() + QStringLiteral("/.incoming"))
{
}

FilePreparer::~FilePreparer()
{
    cancel();
}

QString FilePreparer::newTempPath(const QString &incomingDir)
{
    QDir().mkpath(incomingDir);
    return incomingDir + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::Id128);
}

PreparedFile FilePreparer::prepare(const QString &absPath, QSqlDatabase db, const QString &incomingDir,
                                   const std::atomic_bool *stop)
{
    // The library folder is the vault's parent: incomingDir is <library>/vault/.incoming.
    const QString libraryDir = QFileInfo(QFileInfo(incomingDir).absolutePath()).absolutePath();
    if (!db.isOpen())
        return prepareWith(absPath, nullptr, libraryDir, incomingDir, stop);
    QSqlQuery known(db);
    known.setForwardOnly(true);
    if (!known.prepare(knownSql()))
        return prepareWith(absPath, nullptr, libraryDir, incomingDir, stop);
    return prepareWith(absPath, &known, libraryDir, incomingDir, stop);
}

void FilePreparer::prefetch(const QStringList &absPaths, bool soon)
{
    QMutexLocker lock(&m_mutex);
    if (m_stopping)
        return;
    bool added = false;
    for (const QString &path : absPaths) {
        if (path.isEmpty() || m_queued.contains(path) || m_ready.contains(path) || path == m_working)
            continue;
        m_queued.insert(path);
        (soon ? m_soon : m_later).push_back(path);
        added = true;
    }
    if (!added)
        return;
    startLocked();
    if (m_workerWaiting)
        m_changed.wakeAll();
}

void FilePreparer::startLocked()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("keepsake-file-preparer"));
    m_thread->start();
}

bool FilePreparer::wantsStop() const
{
    return m_stopping || m_stop.load() || (m_cancel && m_cancel->load());
}

void FilePreparer::run()
{
#ifdef Q_OS_LINUX
    // The lowest priority (on Linux a thread's own): the thread that reads the data files and the
    // one writing the library come first on a busy machine; this one has time until the writer
    // reaches the files, and when it is behind the writer does a file itself. Six interleaved
    // imports of the 25k bench tree: 2.10 s against 2.19 s at the normal priority.
    ::setpriority(PRIO_PROCESS, 0, 19);
#endif
    // Its own connection (connections are per thread); WAL lets it read beside the writer.
    QSqlDatabase db = m_database.connection();
    const QString connectionName = db.connectionName();
    const QString libraryDir = m_database.libraryDir();
    {
        QSqlQuery known(db);
        known.setForwardOnly(true);
        const bool canAsk = db.isOpen() && known.prepare(knownSql());
        qint64 unsyncedBytes = 0;
        QMutexLocker lock(&m_mutex);
        for (;;) {
            const auto idle = [this] {
                return (m_soon.empty() && m_later.empty()) || m_ready.size() >= m_limits.maxReady ||
                       m_readyBytes >= m_limits.maxReadyBytes;
            };
            // The copies go to the disk from here, while the writer works: the batch that names
            // them syncs the file system before it commits, and then finds them written already
            // instead of waiting for all of them at once.
            if (unsyncedBytes > 0 && (unsyncedBytes >= kSyncEveryBytes || idle())) {
                lock.unlock();
                syncFileSystemOf(m_incomingDir);
                unsyncedBytes = 0;
                lock.relock();
                continue;
            }
            while (!wantsStop() && idle()) {
                ++m_workerWaiting;
                m_changed.wait(&m_mutex);
                --m_workerWaiting;
            }
            if (wantsStop())
                break;
            std::deque<QString> &queue = m_soon.empty() ? m_later : m_soon;
            const QString path = queue.front();
            queue.pop_front();
            if (!m_queued.remove(path))
                continue; // taken over by the writer meanwhile, or a duplicate entry
            m_working = path;
            lock.unlock();
            PreparedFile result =
                prepareWith(path, canAsk ? &known : nullptr, libraryDir, m_incomingDir, &m_stop);
            lock.relock();
            m_working.clear();
            if (wantsStop()) {
                if (!result.tempPath.isEmpty())
                    QFile::remove(result.tempPath);
                m_changed.wakeAll();
                break;
            }
            if (!result.tempPath.isEmpty()) {
                m_readyBytes += result.size;
                unsyncedBytes += result.size;
            }
            m_ready.insert(path, std::move(result));
            ++m_prepared;
            if (m_takersWaiting)
                m_changed.wakeAll();
        }
        m_changed.wakeAll();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName);
}

std::optional<PreparedFile> FilePreparer::take(const QString &absPath)
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        const auto it = m_ready.find(absPath);
        if (it != m_ready.end()) {
            PreparedFile result = std::move(it.value());
            m_ready.erase(it);
            if (!result.tempPath.isEmpty())
                m_readyBytes -= result.size;
            ++m_taken;
            if (m_workerWaiting) // room for the worker again (a wake-up nobody waits for is a system call)
                m_changed.wakeAll();
            return result;
        }
        if (!m_working.isEmpty() && m_working == absPath && !m_stopping) {
            ++m_takersWaiting;
            m_changed.wait(&m_mutex);
            --m_takersWaiting;
            continue;
        }
        // Queued but not started (or never queued): the caller is faster doing it now.
        m_queued.remove(absPath);
        return std::nullopt;
    }
}

void FilePreparer::cancel()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_stop = true;
        m_changed.wakeAll();
    }
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
    QMutexLocker lock(&m_mutex);
    for (const PreparedFile &r : std::as_const(m_ready)) {
        if (!r.tempPath.isEmpty())
            QFile::remove(r.tempPath);
    }
    m_ready.clear();
    m_readyBytes = 0;
    m_soon.clear();
    m_later.clear();
    m_queued.clear();
}

} // namespace ks
