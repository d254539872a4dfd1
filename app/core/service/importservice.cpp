// SPDX-License-Identifier: GPL-3.0-or-later
#include "importservice.h"

#include "import/archive.h"
#include "import/importcontext.h"
#include "import/importer.h"
#include "import/librarywriter.h"
#include "import/treecheck.h"
#include "library.h"
#include "library/database.h"
#include "library/importlock.h"
#include "library/librarychanges.h"
#include "search/searchindex.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

namespace ks {

namespace {

/// Everything the records and files of one import changed, to tell a root that gave nothing.
int itemsSoFar(const ImportReport &report)
{
    return report.added + report.updated + report.unchanged + report.mediaStored +
           int(report.problems.size());
}

ImportReport importOne(Database &database, const ImporterRegistry &registry, const QString &path,
                       const std::atomic_bool *cancel, const ImportProgress &progress)
{
    ImportContext context(path);
    context.setCancelFlag(cancel);
    if (progress)
        context.setProgressCallback(progress);
    LibraryWriter writer(database, context, &searchIndexer());
    QString error;
    if (!writer.begin(&error)) {
        ImportReport failed = context.report();
        failed.failed = true;
        failed.error = QStringLiteral("%1: the library cannot be written: %2").arg(path, error);
        return failed;
    }
    auto failWith = [&](const QString &message) {
        ImportReport report = writer.finish();
        report.failed = true;
        if (report.error.isEmpty())
            report.error = message;
        return report;
    };
    const QFileInfo info(path);
    if (!info.exists()) {
        context.reportProblem(path, QStringLiteral("unreadable"), QStringLiteral("no such file or folder"));
        return failWith(QStringLiteral("%1: no such file or folder").arg(path));
    }

    // An archive is unpacked into a private folder of the library, read, then removed.
    QString root = info.absoluteFilePath();
    std::unique_ptr<QTemporaryDir> unpacked;
    if (info.isFile()) {
        if (!isArchiveFile(root)) {
            context.reportProblem(root, QStringLiteral("unsupported"),
                                  QStringLiteral("not a folder or an archive Keepsake can read"));
            return failWith(QStringLiteral("%1: not a QQ Space export folder or archive").arg(path));
        }
        QDir().mkpath(database.libraryDir() + QStringLiteral("/tmp"));
        unpacked =
            std::make_unique<QTemporaryDir>(database.libraryDir() + QStringLiteral("/tmp/unpack-XXXXXX"));
        if (!unpacked->isValid() || !extractArchive(root, unpacked->path(), &context))
            return failWith(QStringLiteral("%1: the archive could not be read").arg(path));
        context.setPathAlias(unpacked->path(), root);
        root = unpacked->path();
    }
    context.setReadBoundary(root);
    reportUnreadableEntries(root, context); // folders no importer could open, pipes: never silent

    const std::vector<ImportClaim> claims = registry.claim(root);
    bool anyRead = false;
    for (const ImportClaim &claim : claims) {
        if (context.isCancelled())
            break;
        context.addFormat(claim.importer->formatId());
        const int before = itemsSoFar(context.report());
        const bool read = claim.importer->importRoot(claim.scope, context, writer);
        anyRead = read || anyRead;
        if (itemsSoFar(context.report()) == before && !context.isCancelled()) {
            // Recognised, yet nothing came of it and the importer said nothing: never a silent 0.
            context.reportProblem(
                claim.scope.root, QStringLiteral("unreadable"),
                QStringLiteral("this looks like a %1 export, but no memories could be read from "
                               "it")
                    .arg(claim.importer->formatId()));
        }
    }
    ImportReport report = writer.finish();
    if (report.failed)
        return report; // a library error, named by the writer
    const int kept = report.added + report.updated + report.unchanged + report.mediaStored + report.filesKept;
    if (claims.empty()) {
        report.failed = true;
        report.error = QStringLiteral("%1: no QQ Space export or photos found here").arg(path);
    } else if ((!anyRead || kept == 0) && !report.cancelled) {
        report.failed = true;
        report.error = QStringLiteral("%1: nothing could be imported").arg(path);
    }
    return report;
}

} // namespace

ImportReport importPaths(Database &database, const QStringList &paths, const std::atomic_bool *cancel,
                         const ImportProgress &progress)
{
    const ImporterRegistry registry;
    ImportReport total;
    total.sourcePath = paths.join(QStringLiteral(", "));
    // One import at a time: a second one waits (and says so) instead of failing record by record.
    ImportLock lock(database.libraryDir());
    if (!lock.acquire(cancel, [&](const QString &holder) {
            total.waitingFor = holder;
            if (progress)
                progress(total, QString());
            total.waitingFor.clear();
        })) {
        total.cancelled = cancel && cancel->load();
        total.failed = true;
        total.error =
            total.cancelled
                ? QStringLiteral("%1: cancelled while another import was running").arg(total.sourcePath)
                : QStringLiteral("%1: %2").arg(total.sourcePath, lock.error());
        return total;
    }
    removeInterruptedImportFiles(database.libraryDir(), lock);
    bool allFailed = !paths.isEmpty();
    QStringList errors;
    for (const QString &path : paths) {
        if (cancel && cancel->load())
            break;
        ImportReport part =
            importOne(database, registry, path, cancel, [&](const ImportReport &r, const QString &file) {
                if (!progress)
                    return;
                ImportReport running = total;
                running.merge(r);
                progress(running, file);
            });
        allFailed = allFailed && part.failed;
        if (!part.error.isEmpty())
            errors << part.error;
        total.merge(part);
    }
    total.failed = allFailed;
    total.error = errors.join(QLatin1Char('\n'));
    // A cancel that came before the first path began still makes this a cancelled import.
    total.cancelled = total.cancelled || (cancel && cancel->load());
    // Before the caller hears "finished": the views have re-read the library by then.
    database.changes()->notify(LibraryChanges::Everything);
    return total;
}

ImportJob::ImportJob(Database &database, QStringList paths, QObject *parent)
    : QObject(parent), m_database(database), m_paths(std::move(paths))
{
    qRegisterMetaType<ks::ImportReport>();
    connect(&m_watcher, &QFutureWatcher<ImportReport>::finished, this,
            [this] { emit finished(m_future.result()); });
}

ImportJob::~ImportJob()
{
    // The worker holds a reference to the database: it must be done before anything goes away.
    m_cancel = true;
    m_watcher.disconnect(this);
    m_future.waitForFinished();
}

void ImportJob::start()
{
    m_future = QtConcurrent::run([this] {
        Library library(m_database);
        return library.import(m_paths, &m_cancel,
                              [this](const ImportReport &r, const QString &file) { emit progress(r, file); });
    });
    m_watcher.setFuture(m_future);
}

} // namespace ks
