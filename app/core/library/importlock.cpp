// SPDX-License-Identifier: GPL-3.0-or-later
#include "importlock.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace ks {

namespace {

QString lockPathOf(const QString &libraryDir)
{
    return libraryDir + QStringLiteral("/import.lock");
}

} // namespace

ImportLock::ImportLock(const QString &libraryDir) : m_path(lockPathOf(libraryDir)), m_lock(m_path)
{
    m_lock.setStaleLockTime(0); // only a dead holder makes it stale, however long an import takes
}

QString ImportLock::holder() const
{
    qint64 pid = 0;
    QString host, app;
    if (!m_lock.getLockInfo(&pid, &host, &app))
        return QString();
    return QStringLiteral("%1 (process %2 on %3)")
        .arg(app.isEmpty() ? QStringLiteral("keepsake") : app)
        .arg(pid)
        .arg(host);
}

bool ImportLock::acquire(const std::atomic_bool *cancel,
                         const std::function<void(const QString &holder)> &waiting)
{
    bool told = false;
    while (!m_lock.tryLock(200)) {
        if (m_lock.error() != QLockFile::LockFailedError) {
            m_error = m_lock.error() == QLockFile::PermissionError
                          ? QStringLiteral("the library folder %1 cannot be written (read-only?)")
                                .arg(QFileInfo(m_path).absolutePath())
                          : QStringLiteral("the import lock %1 cannot be made").arg(m_path);
            return false;
        }
        if (!told && waiting) {
            waiting(holder());
            told = true;
        }
        if (cancel && cancel->load())
            return false;
    }
    return true;
}

int removeInterruptedImportFiles(const QString &libraryDir)
{
    ImportLock lock(libraryDir);
    std::atomic_bool noWait{true};
    if (!lock.acquire(&noWait, {}))
        return -1;
    return removeInterruptedImportFiles(libraryDir, lock);
}

int removeInterruptedImportFiles(const QString &libraryDir, const ImportLock &held)
{
    if (!held.isHeld())
        return -1;
    int removed = 0;
    const QString incoming = libraryDir + QStringLiteral("/vault/.incoming");
    for (const QFileInfo &file : QDir(incoming).entryInfoList(QDir::Files | QDir::Hidden | QDir::System))
        removed += QFile::remove(file.absoluteFilePath());
    return removed;
}

} // namespace ks
