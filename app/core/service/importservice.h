// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/importreport.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <functional>

namespace ks {

class Database;

using ImportProgress = std::function<void(const ImportReport &, const QString &currentFile)>;

/// Imports every path (folder, archive) into the library: the registry decides which importer
/// reads which part, each importer hands records to the library writer, and one combined report
/// comes back. Blocking; call it from a worker thread. Library::import() also refreshes the
/// wall index afterwards.
ImportReport importPaths(Database &database, const QStringList &paths,
                         const std::atomic_bool *cancel = nullptr,
                         const ImportProgress &progress = ImportProgress());

/// Runs Library::import() on a worker thread for the UI, with progress signals and cancel. Safe
/// to end at any time: the destructor cancels and waits for the worker, which stops at the next
/// record boundary.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(Database &database, QStringList paths, QObject *parent = nullptr);
    ~ImportJob() override;
    void start();
    void cancel() { m_cancel = true; }
    /// False from the moment finished() is emitted.
    bool isRunning() const { return !m_future.isFinished(); }
    /// Blocks until the worker has returned (after cancel(), that is soon).
    void waitForFinished() { m_future.waitForFinished(); }

signals:
    void progress(const ks::ImportReport &report, const QString &currentFile);
    void finished(const ks::ImportReport &report);

private:
    Database &m_database;
    QStringList m_paths;
    std::atomic_bool m_cancel{false};
    QFuture<ImportReport> m_future;
    QFutureWatcher<ImportReport> m_watcher;
};

} // namespace ks

Q_DECLARE_METATYPE(ks::ImportReport)
