// SPDX-License-Identifier: GPL-3.0-or-later
// Bringing exports in: the file dialogs, the sample, drag and drop, the import job and its
// report; and the window's start (runGui) and end (closeEvent).
#include "mainwindow.h"

#include "dropoverlay.h"
#include "emojifont.h"
#include "importprogresspanel.h"
#include "languages.h"
#include "library/appidentity.h"
#include "library/database.h"
#include "library/libraryfacts.h"
#include "library/librarylocation.h"
#include "libraryopen.h"
#include "problems/problemsview.h"
#include "service/importservice.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCommandLineParser>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QTimer>
#include <QUrl>

namespace ks {

void MainWindow::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a QQ Space export folder"));
    if (!dir.isEmpty())
        importPaths({dir});
}

void MainWindow::chooseArchive()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Choose a QQ Space export archive"), QString(),
                                     tr("Archives (*.zip *.7z *.tar *.tar.gz *.tgz);;All files (*)"));
    if (!file.isEmpty())
        importPaths({file});
}

QString MainWindow::sampleArchivePath(const QString &libraryDir)
{
    const QString target = libraryDir + QStringLiteral("/tmp/keepsake-sample.zip");
    QDir().mkpath(libraryDir + QStringLiteral("/tmp"));
    QFile::remove(target);
    if (!QFile::copy(QStringLiteral(":/sample/keepsake-sample.zip"), target))
        return QString();
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

void MainWindow::importSample()
{
    const QString path = sampleArchivePath(m_database.libraryDir());
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Sample"), tr("The sample export is missing from this build."));
        return;
    }
    importPaths({path});
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (isImporting()) {
        QMessageBox::information(this, tr("Import"),
                                 tr("An import is already running. Please wait for it to end."));
        return;
    }
    if (m_database.isReadOnly()) {
        QMessageBox::information(
            this, tr("Import"),
            tr("The library at %1 is read-only (a backup disk, a DVD or a folder you cannot "
               "write to). You can look through it, search it and export from it, but "
               "nothing can be imported into it.")
                .arg(m_database.libraryDir()));
        return;
    }
    m_job = std::make_unique<ImportJob>(m_database, paths);
    connect(m_job.get(), &ImportJob::progress, m_progressPanel, &ImportProgressPanel::update,
            Qt::QueuedConnection);
    connect(m_job.get(), &ImportJob::finished, this, &MainWindow::onImportFinished, Qt::QueuedConnection);
    m_progressPanel->start(paths);
    m_progressPanel->show();
    m_importFolderAction->setEnabled(false);
    m_importArchiveAction->setEnabled(false);
    m_sampleAction->setEnabled(false);
    m_job->start();
}

void MainWindow::onImportFinished(const ImportReport &report)
{
    m_progressPanel->hide();
    m_importFolderAction->setEnabled(true);
    m_importArchiveAction->setEnabled(true);
    m_sampleAction->setEnabled(true);
    refreshView();
    emit importFinished(report);
    if (qEnvironmentVariableIsSet("KEEPSAKE_NO_DIALOGS"))
        return;
    showImportReport(this, report);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    QStringList names;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            names << QFileInfo(url.toLocalFile()).fileName();
    if (names.isEmpty())
        return;
    event->acceptProposedAction();
    if (!m_dropOverlay)
        m_dropOverlay = new DropOverlay(centralWidget());
    const QString what =
        names.size() == 1 ? names.first() : tr("%n folder(s) and file(s)", nullptr, int(names.size()));
    if (m_database.isReadOnly())
        m_dropOverlay->showFor(tr("This library is read-only: %1 cannot be imported here.").arg(what), false);
    else if (isImporting())
        m_dropOverlay->showFor(tr("An import is running: drop %1 when it has finished.").arg(what), false);
    else
        m_dropOverlay->showFor(
            tr("Drop to import %1 into this library.\nThe original files are never changed.").arg(what),
            true);
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent *event)
{
    if (m_dropOverlay)
        m_dropOverlay->hide();
    QMainWindow::dragLeaveEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (m_dropOverlay)
        m_dropOverlay->hide();
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importPaths(paths);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isImporting()) {
        const auto answer = QMessageBox::question(
            this, tr("Import running"),
            tr("An import is still running. Stop it and quit? What was imported so far is kept."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keepsake.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.keepsake.Keepsake"));
    addColourEmojiFallback();
    applyLanguage(savedLanguage());

    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption libraryOption(QStringLiteral("library"), QStringLiteral("Library folder."),
                                     QStringLiteral("DIR"));
    QCommandLineOption sampleOption(QStringLiteral("open-sample"),
                                    QStringLiteral("Import the bundled sample when the library is empty."));
    parser.addOption(libraryOption);
    parser.addOption(sampleOption);
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QStringLiteral("Export folders or archives to import."));
    parser.process(app);

    Database database;
    if (!openLibraryForWindow(database, resolveLibraryDir(parser.value(libraryOption))))
        return 1;
    MainWindow window(database);
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        window.importPaths(parser.positionalArguments());
    } else if (parser.isSet(sampleOption)) {
        if (LibraryFacts::memoryCount(database) == 0) // not when the count cannot be read
            QTimer::singleShot(0, &window, &MainWindow::importSample);
    }
    return app.exec();
}

} // namespace ks
