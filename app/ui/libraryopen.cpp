// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryopen.h"

#include "domain/problemtext.h"

#include "library/database.h"
#include "service/library.h"
#include "service/libraryrebuild.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace ks {

namespace {

bool rebuild(Database &database, const QString &dir, QWidget *parent)
{
    // Hashing a whole vault takes minutes on an old laptop: off the GUI thread, with a window
    // that says what is happening and stays responsive.
    QProgressDialog progress(
        QCoreApplication::translate("LibraryOpen", "Rebuilding the library from the vault…"), QString(), 0, 0,
        parent);
    progress.setWindowTitle(QCoreApplication::translate("LibraryOpen", "Keepsake"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(0);
    QFutureWatcher<RebuildResult> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<RebuildResult>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&database, dir] { return rebuildLibraryFromVault(database, dir); }));
    if (!watcher.isFinished()) {
        if (!qEnvironmentVariableIsSet("KEEPSAKE_NO_DIALOGS"))
            progress.show();
        loop.exec();
    }
    progress.hide();
    const RebuildResult result = watcher.result();
    if (!result.ok) {
        QMessageBox::critical(
            parent, QCoreApplication::translate("LibraryOpen", "Keepsake"),
            QCoreApplication::translate("LibraryOpen", "The library could not be rebuilt:\n%1")
                .arg(problemtext::translated(result.error)));
        return false;
    }
    QString text = QCoreApplication::translate("LibraryOpen", "Recovered %n file(s) from the vault.", nullptr,
                                               result.recovered);
    if (!result.skipped.isEmpty())
        text +=
            QLatin1Char('\n') + QCoreApplication::translate("LibraryOpen",
                                                            "%n file(s) did not match their names and were "
                                                            "left in the vault untouched.",
                                                            nullptr, int(result.skipped.size()));
    if (!result.movedAside.isEmpty())
        text += QLatin1Char('\n') +
                QCoreApplication::translate("LibraryOpen", "The damaged database is kept as %1.")
                    .arg(result.movedAside);
    if (!qEnvironmentVariableIsSet("KEEPSAKE_NO_DIALOGS"))
        QMessageBox::information(parent, QCoreApplication::translate("LibraryOpen", "Library rebuilt"), text);
    return true;
}

} // namespace

QString lostDatabaseText(const QString &databasePath, bool missing, int vaultFiles)
{
    return (missing
                ? QCoreApplication::translate("LibraryOpen",
                                              "The library database %1 is missing, but the vault beside it "
                                              "still holds %n file(s).",
                                              nullptr, vaultFiles)
                : QCoreApplication::translate("LibraryOpen",
                                              "The library database %1 is empty (0 bytes), but the vault "
                                              "beside it still holds %n file(s).",
                                              nullptr, vaultFiles))
        .arg(databasePath);
}

bool openLibraryForWindow(Database &database, const QString &libraryDir, QWidget *parent)
{
    QString dir = libraryDir;
    while (true) {
        QString error;
        // The window shows first: its search thread writes what the first searches read, if missing.
        if (Library(database).open(dir, &error, Library::StoreSearchLater))
            return true;
        const Database::OpenProblem problem = database.openProblem();
        if (problem.kind != Database::OpenProblem::DatabaseLost) {
            const QString text =
                problem.kind == Database::OpenProblem::ReadOnlyNeedsMigration
                    ? QCoreApplication::translate(
                          "LibraryOpen", "The library at %1 is read-only and was made by an older "
                                         "version of Keepsake, which must update it before it can be "
                                         "shown. Copy the library folder to a writable disk and open "
                                         "the copy.")
                          .arg(dir)
                    : QCoreApplication::translate("LibraryOpen", "The library at %1 cannot be opened:\n%2")
                          .arg(dir, error);
            QMessageBox::critical(parent, QCoreApplication::translate("LibraryOpen", "Keepsake"), text);
            return false;
        }
        QMessageBox box(QMessageBox::Warning,
                        QCoreApplication::translate("LibraryOpen", "The library database is lost"),
                        lostDatabaseText(dir + QStringLiteral("/keepsake.db"), problem.databaseMissing,
                                         problem.vaultFiles),
                        QMessageBox::NoButton, parent);
        box.setInformativeText(QCoreApplication::translate(
            "LibraryOpen",
            "Nothing has been changed. If you have a backup of your library, open it. Or rebuild the "
            "library from the vault: every photo and video in it comes back, as loose photos; posts, "
            "blogs, comments and tags were kept only in the database and cannot be recovered from the "
            "vault. The damaged database file is kept beside the new one, never deleted."));
        QPushButton *rebuildButton = box.addButton(
            QCoreApplication::translate("LibraryOpen", "&Rebuild from the Vault"), QMessageBox::AcceptRole);
        QPushButton *backupButton = box.addButton(
            QCoreApplication::translate("LibraryOpen", "Open a &Backup…"), QMessageBox::ActionRole);
        box.addButton(QCoreApplication::translate("LibraryOpen", "&Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(backupButton);
        box.exec();
        if (box.clickedButton() == backupButton) {
            const QString chosen = QFileDialog::getExistingDirectory(
                parent, QCoreApplication::translate("LibraryOpen", "Open a Library Backup"), dir);
            if (!chosen.isEmpty())
                dir = chosen;
            continue;
        }
        if (box.clickedButton() != rebuildButton)
            return false;
        return rebuild(database, dir, parent);
    }
}

} // namespace ks
