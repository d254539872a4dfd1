// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportselection.h"
#include "import/librarywriter.h"
#include "library/librarychanges.h"

#include <QDate>
#include <QHash>
#include <QMainWindow>
#include <memory>

class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolButton;

namespace ks {

class Appearance;
class Database;
class DropOverlay;
class EmptyStateWidget;
class ImportJob;
class ImportProgressPanel;
class MemoryCardDelegate;
class OnThisDayBanner;
class OnThisDayPage;
class PageStack;
class PeoplePage;
class PhotoGridMode;
class SavedSearchList;
class SearchBar;
class TagSidebar;
class StatisticsPage;
class ThumbnailProvider;
class WallEmptyState;
class WallModel;
class WallView;

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

    enum class Page
    {
        Wall,
        OnThisDay,
        People,
        Statistics
    };
    void showPage(Page page);
    Page currentPage() const;
    /// The day 那年今日 looks back from (today unless set, e.g. for screenshots or tests).
    void setToday(const QDate &today);
    /// Restricts the wall to these memories (a person's, a search's); empty title = show all again.
    void showMemories(const QList<qint64> &memoryIds, const QString &title);
    /// Restricts the wall to the memories tagged @p path (and its children), shown as a chip.
    void showTag(const QString &path);
    /// Unchecks the kind filters, shows all years and removes a tag/person restriction.
    void clearFilters();

    WallView *wallView() const { return m_wall; }
    WallModel *wallModel() const { return m_wallModel; }
    OnThisDayPage *onThisDayPage() const { return m_onThisDayPage; }
    /// View → Photo Grid: the wall page's grid of every photo.
    PhotoGridMode *photoGrid() const { return m_photoGrid; }
    Appearance *appearance() const { return m_appearance; }
    /// Posts, blogs, 留言, visits, the viewer and the player open here, over the content.
    PageStack *pageStack() const { return m_pageStack; }
    /// The highlight shown while something is dragged over the window (null before the first drag).
    DropOverlay *dropOverlay() const { return m_dropOverlay; }

    /// Path of the bundled sample archive, unpacked from resources into the library's tmp.
    static QString sampleArchivePath(const QString &libraryDir);

signals:
    void importFinished(const ks::ImportReport &report);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
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
    QWidget *createWallPage();
    void applyWallFilter();
    void rebuildYears();
    void updateOnThisDay();
    void openRow(int row, int mediaIndex);
    void focusSearch();
    void connectSearchAndTags();
    QList<qint64> selectedMemoryIds() const;
    /// The photo grid is what the wall page shows (its selection is the one Edit acts on).
    bool gridShown() const;
    QString nothingSelectedMessage() const;
    void exportPhotos();
    void editTags();
    void correctDates();
    void undoDateChange();
    void exportSelection();
    /// File → Export Archive…: the export dialog with the archive chosen.
    void exportArchive();
    /// What the wall shows now (picked memories, a filter, the year), for the export dialog.
    ExportSelection currentExportSelection() const;
    void showWallMenu(int row, const QPoint &globalPos);
    void updateStatus();
    /// Shows why the wall is empty (filters, a search without results) instead of the wall.
    void updateWallEmptyState();
    void createWallEmptyState(QWidget *page);
    void reloadVisiblePage();
    void onLibraryChanged(LibraryChanges::Changes what);
    /// Empty state or pages, the year list, the 那年今日 banner and the status bar.
    void showLibraryState();

    /// A QSettings key of this library's own (its filters, its order).
    QString librarySetting(const QString &name) const;
    Database &m_database;
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QWidget *m_content = nullptr;
    PageStack *m_pageStack = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_wallPage = nullptr;
    WallView *m_wall = nullptr;
    WallEmptyState *m_wallEmpty = nullptr;
    WallModel *m_wallModel = nullptr;
    PhotoGridMode *m_photoGrid = nullptr;
    MemoryCardDelegate *m_wallDelegate = nullptr;
    ThumbnailProvider *m_thumbnails = nullptr;
    OnThisDayBanner *m_banner = nullptr;
    OnThisDayPage *m_onThisDayPage = nullptr;
    QWidget *m_peopleHolder = nullptr;
    QWidget *m_statsHolder = nullptr;
    PeoplePage *m_peoplePage = nullptr;
    StatisticsPage *m_statsPage = nullptr;
    QHash<QString, QToolButton *> m_kindButtons;
    QStringList m_kindOrder;
    QComboBox *m_yearCombo = nullptr;
    QToolButton *m_orderButton = nullptr;
    QToolButton *m_restrictChip = nullptr;
    SearchBar *m_searchBox = nullptr;
    TagSidebar *m_tagSidebar = nullptr;
    SavedSearchList *m_savedSearches = nullptr;
    QLabel *m_tagsTitle = nullptr;
    QLabel *m_savedTitle = nullptr;
    QAction *m_tagsAction = nullptr;
    QAction *m_saveSearchAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportPhotosAction = nullptr;
    QAction *m_exportArchiveAction = nullptr;
    QAction *m_correctDateAction = nullptr;
    QAction *m_undoDateAction = nullptr;
    QAction *m_bookAction = nullptr;
    bool m_searchActive = false;
    QList<qint64> m_searchIds;
    QList<qint64> m_restrictIds;
    QString m_restrictTitle;
    QDate m_today;
    qint64 m_totalMemories = 0;
    ImportProgressPanel *m_progressPanel = nullptr;
    DropOverlay *m_dropOverlay = nullptr; ///< made on the first drag
    QLabel *m_statusLabel = nullptr;
    std::unique_ptr<ImportJob> m_job;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    Appearance *m_appearance = nullptr;
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
