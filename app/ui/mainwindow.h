// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/librarywriter.h"

#include <QMainWindow>
#include <memory>

class QActionGroup;
class QLabel;
class QListView;
class QMenu;
class QStackedWidget;

namespace ks {

class Database;
class EmptyStateWidget;
class ImportJob;
class ImportProgressPanel;
class TimelineModel;

/// The Keepsake window: menus, the empty state or the wall, drag-and-drop import.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts importing @p paths off the UI thread (folders or archives).
    void importPaths(const QStringList &paths);
    /// Imports the sample export bundled with the app.
    void importSample();
    bool isImporting() const;

    /// Path of the bundled sample archive, unpacked from resources into the library's tmp.
    static QString sampleArchivePath(const QString &libraryDir);

signals:
    void importFinished(const ks::ImportReport &report);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void refreshView();
    void chooseFolder();
    void chooseArchive();
    void showProblems();
    void showAbout();
    void setLanguage(const QString &language);
    void onImportFinished(const ImportReport &report);

    Database &m_database;
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QListView *m_wall = nullptr;
    TimelineModel *m_timeline = nullptr;
    ImportProgressPanel *m_progressPanel = nullptr;
    QLabel *m_statusLabel = nullptr;
    std::unique_ptr<ImportJob> m_job;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_importArchiveAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_languageSystem = nullptr;
    QAction *m_languageChinese = nullptr;
    QAction *m_languageEnglish = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_problemsAction = nullptr;
    QAction *m_openLibraryAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

/// Starts the GUI: translations, settings, the window; returns the exit code.
int runGui(int argc, char **argv);

} // namespace ks
