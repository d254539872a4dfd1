// SPDX-License-Identifier: GPL-3.0-or-later
#include "importservice.h"

#include "archive.h"
#include "importer.h"
#include "library/database.h"
#include "models/wallindex.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

namespace ks {

namespace {

bool isInsideAny(const QString &path, const QStringList &roots)
{
    for (const QString &root : roots) {
        if (path == root || path.startsWith(root + QLatin1Char('/')))
            return true;
    }
    return false;
}

void mergeReport(ImportReport &total, const ImportReport &part)
{
    for (const QString &format : part.formats) {
        if (!total.formats.contains(format))
            total.formats << format;
    }
    total.added += part.added;
    total.updated += part.updated;
    total.unchanged += part.unchanged;
    total.filesSeen += part.filesSeen;
    total.mediaStored += part.mediaStored;
    total.mediaMissing += part.mediaMissing;
    total.bytes += part.bytes;
    total.cancelled = total.cancelled || part.cancelled;
    total.problems += part.problems;
}

ImportReport importOne(Database &database, const QString &path, const std::atomic_bool *cancel,
                       const ImportProgress &progress)
{
    LibraryWriter writer(database, path);
    writer.setCancelFlag(cancel);
    if (progress)
        writer.setProgressCallback(progress);
    ImportReport failed;
    failed.sourcePath = path;
    failed.failed = true;
    QString error;
    if (!writer.begin(&error)) {
        failed.error = error;
        return failed;
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        writer.reportProblem(path, QStringLiteral("unreadable"), QStringLiteral("no such file or folder"));
        ImportReport report = writer.finish();
        report.failed = true;
        report.error = QStringLiteral("%1: no such file or folder").arg(path);
        return report;
    }

    // An archive is unpacked into a private folder of the library, read, then removed.
    QString root = info.absoluteFilePath();
    std::unique_ptr<QTemporaryDir> unpacked;
    if (info.isFile()) {
        if (!isArchiveFile(root)) {
            writer.reportProblem(root, QStringLiteral("unsupported"),
                                 QStringLiteral("not a folder or an archive Keepsake can read"));
            ImportReport report = writer.finish();
            report.failed = true;
            report.error = QStringLiteral("%1: not a QQ Space export folder or archive").arg(path);
            return report;
        }
        QDir().mkpath(database.libraryDir() + QStringLiteral("/tmp"));
        unpacked =
            std::make_unique<QTemporaryDir>(database.libraryDir() + QStringLiteral("/tmp/unpack-XXXXXX"));
        if (!unpacked->isValid() || !extractArchive(root, unpacked->path(), &writer)) {
            ImportReport report = writer.finish();
            report.failed = true;
            report.error = QStringLiteral("%1: the archive could not be read").arg(path);
            return report;
        }
        writer.setPathAlias(unpacked->path(), root);
        root = unpacked->path();
    }

    QStringList claimed;
    bool anyRead = false;
    for (const auto &importer : createImporters()) {
        if (writer.isCancelled())
            break;
        for (const QString &candidate : importer->findRoots(root)) {
            const QString clean = QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
            if (isInsideAny(clean, claimed) || writer.isCancelled())
                continue;
            claimed << clean;
            writer.addFormat(importer->formatId());
            anyRead = importer->importRoot(clean, writer) || anyRead;
        }
    }
    ImportReport report = writer.finish();
    if (claimed.isEmpty()) {
        report.failed = true;
        report.error = QStringLiteral("%1: no QQ Space export or photos found here").arg(path);
    } else if (!anyRead && !report.cancelled) {
        report.failed = true;
        report.error = QStringLiteral("%1: nothing could be read").arg(path);
    }
    return report;
}

} // namespace

ImportReport importPaths(Database &database, const QStringList &paths, const std::atomic_bool *cancel,
                         const ImportProgress &progress)
{
    ImportReport total;
    total.sourcePath = paths.join(QStringLiteral(", "));
    bool allFailed = !paths.isEmpty();
    QStringList errors;
    for (const QString &path : paths) {
        if (cancel && cancel->load())
            break;
        ImportReport part =
            importOne(database, path, cancel, [&](const ImportReport &r, const QString &file) {
                if (!progress)
                    return;
                ImportReport running = total;
                mergeReport(running, r);
                progress(running, file);
            });
        allFailed = allFailed && part.failed;
        if (!part.error.isEmpty())
            errors << part.error;
        mergeReport(total, part);
    }
    total.failed = allFailed;
    total.error = errors.join(QLatin1Char('\n'));
    if (total.added > 0 || total.updated > 0 || wallIndexIsStale(database.connection()))
        rebuildWallIndex(database.connection());
    return total;
}

ImportJob::ImportJob(Database &database, QStringList paths, QObject *parent)
    : QObject(parent), m_database(database), m_paths(std::move(paths))
{
    qRegisterMetaType<ks::ImportReport>();
}

void ImportJob::start()
{
    m_running = true;
    auto future = QtConcurrent::run([this] {
        const ImportReport report =
            importPaths(m_database, m_paths, &m_cancel,
                        [this](const ImportReport &r, const QString &file) { emit progress(r, file); });
        m_running = false;
        emit finished(report);
    });
    Q_UNUSED(future);
}

} // namespace ks
