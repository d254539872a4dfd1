// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "emptystatewidget.h"
#include "import/importservice.h"
#include "importprogresspanel.h"
#include "languages.h"
#include "library/appidentity.h"
#include "library/database.h"
#include "library/librarylocation.h"
#include "library/librarystats.h"
#include "models/timelinemodel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCommandLineParser>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace ks {

MainWindow::MainWindow(Database &database, QWidget *parent) : QMainWindow(parent), m_database(database)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/keepsake.svg")));
    setAcceptDrops(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progressPanel = new ImportProgressPanel(central);
    m_progressPanel->hide();
    layout->addWidget(m_progressPanel);
    m_stack = new QStackedWidget(central);
    m_emptyState = new EmptyStateWidget(m_stack);
    m_timeline = new TimelineModel(m_database, this);
    m_wall = new QListView(m_stack);
    m_wall->setObjectName(QStringLiteral("wall"));
    m_wall->setModel(m_timeline);
    m_wall->setUniformItemSizes(true);
    m_wall->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_wall);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);

    createActions();
    createMenus();
    retranslateUi();

    connect(m_emptyState, &EmptyStateWidget::importFolderRequested, this, &MainWindow::chooseFolder);
    connect(m_emptyState, &EmptyStateWidget::sampleRequested, this, &MainWindow::importSample);
    connect(m_progressPanel, &ImportProgressPanel::cancelRequested, this, [this] {
        if (m_job)
            m_job->cancel();
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 760);
    refreshView();
}

MainWindow::~MainWindow()
{
    if (m_job && m_job->isRunning()) {
        m_job->cancel();
        // The worker holds references into this window's database; let it stop first.
        while (m_job->isRunning())
            QThread::msleep(20);
    }
}

bool MainWindow::isImporting() const
{
    return m_job && m_job->isRunning();
}

void MainWindow::createActions()
{
    m_importFolderAction = new QAction(this);
    m_importFolderAction->setShortcut(QKeySequence::Open);
    connect(m_importFolderAction, &QAction::triggered, this, &MainWindow::chooseFolder);
    m_importArchiveAction = new QAction(this);
    connect(m_importArchiveAction, &QAction::triggered, this, &MainWindow::chooseArchive);
    m_sampleAction = new QAction(this);
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::importSample);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setEnabled(false); // search arrives with the search feature
    m_selectAllAction = new QAction(this);
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    connect(m_selectAllAction, &QAction::triggered, this, [this] { m_wall->selectAll(); });

    m_refreshAction = new QAction(this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshView);
    m_fullScreenAction = new QAction(this);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::toggled, this,
            [this](bool on) { setWindowState(on ? windowState() | Qt::WindowFullScreen
                                                 : windowState() & ~Qt::WindowFullScreen); });

    m_languageGroup = new QActionGroup(this);
    m_languageSystem = new QAction(m_languageGroup);
    m_languageChinese = new QAction(m_languageGroup);
    m_languageEnglish = new QAction(m_languageGroup);
    m_languageSystem->setData(QString());
    m_languageChinese->setData(QStringLiteral("zh_CN"));
    m_languageEnglish->setData(QStringLiteral("en"));
    // The language names are shown in their own language, so anyone can find theirs.
    m_languageChinese->setText(QStringLiteral("简体中文"));
    m_languageEnglish->setText(QStringLiteral("English"));
    const QString current = savedLanguage();
    for (QAction *action : m_languageGroup->actions()) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == current);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setLanguage(action->data().toString()); });

    m_problemsAction = new QAction(this);
    connect(m_problemsAction, &QAction::triggered, this, &MainWindow::showProblems);
    m_openLibraryAction = new QAction(this);
    connect(m_openLibraryAction, &QAction::triggered, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_database.libraryDir())); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_importFolderAction);
    m_fileMenu->addAction(m_importArchiveAction);
    m_fileMenu->addAction(m_sampleAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_findAction);
    m_editMenu->addAction(m_selectAllAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_fullScreenAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_toolsMenu->addAction(m_problemsAction);
    m_toolsMenu->addAction(m_openLibraryAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Keepsake — QQ Space memories"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_languageMenu->setTitle(tr("&Language"));
    m_importFolderAction->setText(tr("Import &Folder…"));
    m_importArchiveAction->setText(tr("Import &Archive (.zip)…"));
    m_sampleAction->setText(tr("Open the &Sample Export"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find…"));
    m_selectAllAction->setText(tr("Select &All"));
    m_refreshAction->setText(tr("&Refresh"));
    m_fullScreenAction->setText(tr("F&ull Screen"));
    m_languageSystem->setText(tr("Follow the System"));
    m_problemsAction->setText(tr("Import &Problems…"));
    m_openLibraryAction->setText(tr("Open Library &Folder"));
    m_aboutAction->setText(tr("&About Keepsake"));
    m_aboutQtAction->setText(tr("About &Qt"));
    refreshView();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString &language)
{
    saveLanguage(language);
    applyLanguage(language);
}

void MainWindow::refreshView()
{
    const QJsonObject stats = libraryStats(m_database.connection());
    qint64 total = 0;
    const QJsonObject memories = stats.value(QStringLiteral("memories")).toObject();
    for (auto it = memories.begin(); it != memories.end(); ++it)
        total += it.value().toInteger();
    if (total == 0) {
        m_stack->setCurrentWidget(m_emptyState);
        m_statusLabel->setText(tr("The library is empty"));
    } else {
        m_timeline->reload();
        m_stack->setCurrentWidget(m_wall);
        m_statusLabel->setText(tr("%n memories", nullptr, int(total)));
    }
}

void MainWindow::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a QQ Space export folder"));
    if (!dir.isEmpty())
        importPaths({dir});
}

void MainWindow::chooseArchive()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a QQ Space export archive"), QString(),
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
        QMessageBox::information(this, tr("Import"), tr("An import is already running. Please wait for it to end."));
        return;
    }
    m_job = std::make_unique<ImportJob>(m_database, paths);
    connect(m_job.get(), &ImportJob::progress, m_progressPanel, &ImportProgressPanel::update, Qt::QueuedConnection);
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
    QString summary = report.cancelled ? tr("The import was cancelled. What was read so far is kept; import the "
                                            "same folder again to finish.")
                                       : (report.failed ? tr("Nothing could be imported.") : tr("Import finished."));
    summary += QStringLiteral("\n\n") + tr("New: %1   Updated: %2   Unchanged: %3")
                                            .arg(report.added)
                                            .arg(report.updated)
                                            .arg(report.unchanged);
    if (!report.problems.isEmpty())
        summary += QStringLiteral("\n") + tr("%n file(s) need attention.", nullptr, int(report.problems.size()));
    QMessageBox box(report.failed ? QMessageBox::Warning : QMessageBox::Information, tr("Import"), summary,
                    QMessageBox::Ok, this);
    if (!report.problems.isEmpty()) {
        QStringList lines;
        for (const ImportProblem &p : report.problems)
            lines << QStringLiteral("[%1] %2 — %3").arg(p.kind, p.file, p.message);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
    }
    if (!report.error.isEmpty())
        box.setInformativeText(report.error);
    box.exec();
}

void MainWindow::showProblems()
{
    QStringList lines;
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT kind, file, message FROM problems ORDER BY id"))) {
        while (q.next())
            lines << QStringLiteral("[%1] %2 — %3").arg(q.value(0).toString(), q.value(1).toString(),
                                                        q.value(2).toString());
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Import problems"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(lines.isEmpty() ? tr("No problems: every file was read.")
                                             : tr("These files could not be used as they are. Everything else was "
                                                  "imported; damaged pictures are still kept in the library."),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *text = new QPlainTextEdit(lines.join(QLatin1Char('\n')), &dialog);
    text->setReadOnly(true);
    layout->addWidget(text);
    dialog.resize(760, 420);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Keepsake"),
                       tr("<h3>Keepsake (时光匣) %1</h3>"
                          "<p>Turns QQ Space export folders into a lasting, living archive of your memories: "
                          "说说, 日志, photos, 留言板 and more, kept safely on your own computer.</p>"
                          "<p>Library: %2</p>")
                           .arg(QCoreApplication::applicationVersion(), m_database.libraryDir().toHtmlEscaped()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
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
    applyLanguage(savedLanguage());

    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption libraryOption(QStringLiteral("library"), QStringLiteral("Library folder."),
                                     QStringLiteral("DIR"));
    QCommandLineOption sampleOption(QStringLiteral("open-sample"),
                                    QStringLiteral("Import the bundled sample when the library is empty."));
    parser.addOption(libraryOption);
    parser.addOption(sampleOption);
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Export folders or archives to import."));
    parser.process(app);

    Database database;
    QString error;
    const QString dir = resolveLibraryDir(parser.value(libraryOption));
    if (!database.open(dir, &error)) {
        QMessageBox::critical(nullptr, QObject::tr("Keepsake"),
                              QObject::tr("The library at %1 cannot be opened:\n%2").arg(dir, error));
        return 1;
    }
    MainWindow window(database);
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        window.importPaths(parser.positionalArguments());
    } else if (parser.isSet(sampleOption)) {
        QSqlQuery q(database.connection());
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM memories")) && q.next() && q.value(0).toInt() == 0)
            QTimer::singleShot(0, &window, &MainWindow::importSample);
    }
    return app.exec();
}

} // namespace ks
