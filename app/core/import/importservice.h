// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarywriter.h"

#include <QObject>
#include <QStringList>
#include <atomic>
#include <functional>

namespace ks {

class Database;

using ImportProgress = std::function<void(const ImportReport &, const QString &currentFile)>;

/// Imports every path (folder, archive) into the library: detects the formats, runs the
/// importers, returns one combined report. Blocking; call it from a worker thread.
ImportReport importPaths(Database &database, const QStringList &paths,
                         const std::atomic_bool *cancel = nullptr,
                         const ImportProgress &progress = ImportProgress());

/// Runs importPaths() on a worker thread for the UI, with progress signals and cancel.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(Database &database, QStringList paths, QObject *parent = nullptr);
    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_running; }

signals:
    void progress(const ks::ImportReport &report, const QString &currentFile);
    void finished(const ks::ImportReport &report);

private:
    Database &m_database;
    QStringList m_paths;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
};

} // namespace ks

Q_DECLARE_METATYPE(ks::ImportReport)
