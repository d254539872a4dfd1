// SPDX-License-Identifier: GPL-3.0-or-later
// The window's actions and menus, and their words in the person's language.
#include "mainwindow.h"
#include "service/datecorrection.h"

#include "appearance.h"
#include "detail/pagestack.h"
#include "export/bookdialog.h"
#include "export/exportselection.h"
#include "export/photoexportdialog.h"
#include "grid/photogridmode.h"
#include "grid/photogridview.h"
#include "languages.h"
#include "library/database.h"
#include "library/librarychanges.h"
#include "models/wallmodel.h"
#include "search/savedsearchlist.h"
#include "search/searchbar.h"
#include "tags/tagsidebar.h"
#include "wall/wallview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QToolButton>
#include <QUrl>

namespace ks {

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
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);
    m_selectAllAction = new QAction(this);
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    connect(m_selectAllAction, &QAction::triggered, this, [this] {
        showPage(Page::Wall);
        if (gridShown())
            m_photoGrid->view()->selectAll();
        else
            m_wall->selectAll();
    });
    m_tagsAction = new QAction(this);
    m_tagsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_tagsAction, &QAction::triggered, this, &MainWindow::editTags);
    m_correctDateAction = new QAction(this);
    m_correctDateAction->setObjectName(QStringLiteral("correctDateAction"));
    m_correctDateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_correctDateAction, &QAction::triggered, this, &MainWindow::correctDates);
    m_undoDateAction = new QAction(this);
    m_undoDateAction->setObjectName(QStringLiteral("undoDateAction"));
    m_undoDateAction->setShortcut(QKeySequence::Undo);
    connect(m_undoDateAction, &QAction::triggered, this, &MainWindow::undoDateChange);
    m_saveSearchAction = new QAction(this);
    connect(m_saveSearchAction, &QAction::triggered, this,
            [this] { m_savedSearches->promptToSave(m_searchBox->text()); });
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportSelection);
    m_exportPhotosAction = new QAction(this);
    m_exportPhotosAction->setObjectName(QStringLiteral("exportPhotosAction"));
    connect(m_exportPhotosAction, &QAction::triggered, this, &MainWindow::exportPhotos);
    m_exportArchiveAction = new QAction(this);
    m_exportArchiveAction->setObjectName(QStringLiteral("exportArchiveAction"));
    connect(m_exportArchiveAction, &QAction::triggered, this, &MainWindow::exportArchive);
    m_bookAction = new QAction(this);
    m_bookAction->setShortcut(QKeySequence::Print);
    connect(m_bookAction, &QAction::triggered, this, [this] {
        BookDialog dialog(m_database, this);
        const int year = m_wallModel->filter().year;
        if (year > 0)
            dialog.setYear(year);
        dialog.exec();
    });

    m_refreshAction = new QAction(this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    // F5 re-reads everything: every view follows the library's "changed" signal.
    connect(m_refreshAction, &QAction::triggered, this,
            [this] { m_database.changes()->notify(LibraryChanges::Everything); });
    m_fullScreenAction = new QAction(this);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

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

void MainWindow::exportPhotos()
{
    ExportSelection current;
    current.year = m_wallModel->filter().year;
    PhotoExportDialog dialog(m_database, current, this);
    // The photos selected in the grid, and only those (not the other photos of their posts).
    if (gridShown() && m_photoGrid->view()->selectedPhotoCount() > 0)
        dialog.setSelectedPhotos(m_photoGrid->view()->selectedMemoryIds(),
                                 m_photoGrid->view()->selectedMediaIds());
    dialog.exec();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_importFolderAction);
    m_fileMenu->addAction(m_importArchiveAction);
    m_fileMenu->addAction(m_sampleAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_exportPhotosAction);
    m_fileMenu->addAction(m_exportArchiveAction);
    m_fileMenu->addAction(m_bookAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_findAction);
    m_editMenu->addAction(m_saveSearchAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_selectAllAction);
    m_editMenu->addAction(m_tagsAction);
    m_editMenu->addAction(m_correctDateAction);
    m_editMenu->addAction(m_undoDateAction);
    // Undo is offered only when there is a date change to undo.
    connect(m_editMenu, &QMenu::aboutToShow, this,
            [this] { m_undoDateAction->setEnabled(DateCorrection(m_database).canUndo()); });

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_fullScreenAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_appearance = new Appearance(this, librarySetting(QStringLiteral("appearance/theme")));
    m_appearance->populate(m_viewMenu);

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
    m_pageStack->setBaseTitle(m_database.isReadOnly() ? tr("Keepsake — QQ Space memories (read-only)")
                                                      : tr("Keepsake — QQ Space memories"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_languageMenu->setTitle(tr("&Language"));
    m_appearance->retranslate();
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
    const QStringList pages{tr("Memory wall"), tr("On this day"), tr("People"), tr("Statistics")};
    for (int i = 0; i < pages.size() && i < m_nav->count(); ++i)
        m_nav->item(i)->setText(pages.at(i));
    const QHash<QString, QString> kinds{
        {QStringLiteral("post"), tr("Posts")},         {QStringLiteral("blog"), tr("Blogs")},
        {QStringLiteral("diary"), tr("Diaries")},      {QStringLiteral("photo"), tr("Photos")},
        {QStringLiteral("video"), tr("Videos")},       {QStringLiteral("board"), tr("Messages")},
        {QStringLiteral("favorite"), tr("Favorites")}, {QStringLiteral("share"), tr("Shares")},
        {QStringLiteral("visit"), tr("Visitors")}};
    for (auto it = m_kindButtons.begin(); it != m_kindButtons.end(); ++it)
        it.value()->setText(kinds.value(it.key()));
    m_yearCombo->setItemText(0, tr("All years"));
    m_orderButton->setText(m_orderButton->isChecked() ? tr("Oldest first") : tr("Newest first"));
    m_orderButton->setToolTip(tr("Change the order of the wall"));
    m_tagsAction->setText(tr("&Tags…"));
    m_correctDateAction->setText(tr("Correct the &Date…"));
    m_undoDateAction->setText(tr("&Undo Date Change"));
    m_saveSearchAction->setText(tr("&Save This Search…"));
    m_exportAction->setText(tr("&Export…"));
    m_exportPhotosAction->setText(tr("Export &Photos…"));
    m_exportArchiveAction->setText(tr("Export Ar&chive…"));
    m_bookAction->setText(tr("Memory &Book…"));
    m_tagsTitle->setText(tr("Tags"));
    m_savedTitle->setText(tr("Saved searches"));
    // Screen readers name every control (the buttons are named by their text).
    m_nav->setAccessibleName(tr("Pages"));
    m_tagSidebar->setAccessibleName(tr("Tags"));
    m_savedSearches->setAccessibleName(tr("Saved searches"));
    m_yearCombo->setAccessibleName(tr("Year"));
    m_searchBox->setAccessibleName(tr("Search"));
    m_wall->setAccessibleName(tr("Memory wall"));
    m_restrictChip->setToolTip(tr("Show the whole wall again"));
    if (m_database.isReadOnly()) {
        // Say why the writing commands are greyed out instead of letting them fail.
        const QString why =
            tr("This library is read-only: it can be viewed, searched and exported, not changed.");
        for (QAction *action : {m_importFolderAction, m_importArchiveAction, m_sampleAction, m_tagsAction,
                                m_saveSearchAction}) {
            action->setEnabled(false);
            action->setStatusTip(why);
            action->setToolTip(why);
        }
    }
    if (!m_restrictTitle.isEmpty())
        m_restrictChip->setText(QStringLiteral("%1  ✕").arg(m_restrictTitle));
    refreshView();
}

} // namespace ks
