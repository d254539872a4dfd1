// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "dates/datecorrectiondialog.h"

#include "appearance.h"
#include "detail/detailwindows.h"
#include "detail/pagestack.h"
#include "emptystatewidget.h"
#include "export/bookdialog.h"
#include "export/exportdialog.h"
#include "export/exportselection.h"
#include "grid/photogridmode.h"
#include "grid/photogridview.h"
#include "importprogresspanel.h"
#include "languages.h"
#include "library/database.h"
#include "library/librarychanges.h"
#include "library/libraryfacts.h"
#include "media/thumbnails.h"
#include "models/onthisday.h"
#include "models/photogridmodel.h"
#include "models/wallmodel.h"
#include "problems/problemsview.h"
#include "search/savedsearchlist.h"
#include "search/searchbar.h"
#include "service/importservice.h"
#include "tags/tageditordialog.h"
#include "tags/tagsidebar.h"
#include "text/qzonetext.h"
#include "wall/memorycarddelegate.h"
#include "wall/onthisdaypage.h"
#include "wall/wallview.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFutureWatcher>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ks {

MainWindow::MainWindow(Database &database, QWidget *parent) : QMainWindow(parent), m_database(database)
{
    setObjectName(QStringLiteral("mainWindow"));
    Appearance::applySavedTextSize(this); // View → Text Size, before the widgets are made
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
    m_thumbnails = new ThumbnailProvider(m_database.thumbsDir(), this);
    const QString todayOverride = qEnvironmentVariable("KEEPSAKE_TODAY");
    m_today = todayOverride.isEmpty() ? QDate::currentDate() : QDate::fromString(todayOverride, Qt::ISODate);
    if (!m_today.isValid())
        m_today = QDate::currentDate();

    // Content: a slim navigation column and the pages.
    m_content = new QWidget(m_stack);
    auto *contentLayout = new QHBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    m_nav = new QListWidget(m_content);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(132);
    m_nav->setFrameShape(QFrame::NoFrame);
    for (int i = 0; i < 4; ++i)
        m_nav->addItem(QString());
    m_nav->setFixedHeight(4 * 40 + 20);
    // The side column: pages, then the tag tree and the saved searches, which filter the wall.
    auto *side = new QWidget(m_content);
    side->setObjectName(QStringLiteral("sideColumn"));
    side->setAttribute(Qt::WA_StyledBackground);
    side->setFixedWidth(196);
    m_nav->setFixedWidth(196);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(0);
    sideLayout->addWidget(m_nav);
    m_tagsTitle = new QLabel(side);
    m_tagsTitle->setProperty("class", QStringLiteral("sideTitle"));
    sideLayout->addWidget(m_tagsTitle);
    m_tagSidebar = new TagSidebar(m_database, side);
    m_tagSidebar->setObjectName(QStringLiteral("tagSidebar"));
    sideLayout->addWidget(m_tagSidebar, 3);
    m_savedTitle = new QLabel(side);
    m_savedTitle->setProperty("class", QStringLiteral("sideTitle"));
    sideLayout->addWidget(m_savedTitle);
    m_savedSearches = new SavedSearchList(m_database, side);
    m_savedSearches->setObjectName(QStringLiteral("savedSearches"));
    sideLayout->addWidget(m_savedSearches, 1);
    contentLayout->addWidget(side);
    m_pages = new QStackedWidget(m_content);
    m_wallPage = createWallPage();
    m_onThisDayPage = new OnThisDayPage(m_database, m_thumbnails, m_pages); // filled by refreshView()
    // People and statistics read the whole library: they are made when first looked at, so
    // opening stays as quick with 100,000 memories as with 100.
    m_peopleHolder = new QWidget(m_pages);
    m_statsHolder = new QWidget(m_pages);
    for (QWidget *holder : {m_peopleHolder, m_statsHolder}) {
        auto *holderLayout = new QVBoxLayout(holder);
        holderLayout->setContentsMargins(0, 0, 0, 0);
    }
    m_pages->addWidget(m_wallPage);
    m_pages->addWidget(m_onThisDayPage);
    m_pages->addWidget(m_peopleHolder);
    m_pages->addWidget(m_statsHolder);
    contentLayout->addWidget(m_pages, 1);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        reloadVisiblePage();
    });
    m_nav->setCurrentRow(0);
    connect(m_onThisDayPage, &OnThisDayPage::openMemory, this,
            [this](qint64 id, int media) { openMemoryDetail(m_database, id, m_onThisDayPage, media); });
    connect(m_onThisDayPage, &OnThisDayPage::hiddenChanged, this, &MainWindow::updateOnThisDay);

    m_stack->addWidget(m_emptyState);
    m_pageStack = new PageStack(m_content, m_stack); // what is opened shows over the content
    m_stack->addWidget(m_pageStack);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);

    createActions();
    createMenus();
    m_photoGrid = new PhotoGridMode(m_database, m_thumbnails, m_wallModel, m_wallPage, m_viewMenu, this);
    connect(m_photoGrid, &PhotoGridMode::shownChanged, this, [this] { updateWallEmptyState(); });
    // The bar over the grid's selection offers the window's own actions, which follow the grid.
    m_photoGrid->setSelectionActions(m_tagsAction, m_correctDateAction, m_exportPhotosAction);
    retranslateUi();

    connect(m_emptyState, &EmptyStateWidget::importFolderRequested, this, &MainWindow::chooseFolder);
    connect(m_emptyState, &EmptyStateWidget::sampleRequested, this, &MainWindow::importSample);
    connect(m_progressPanel, &ImportProgressPanel::cancelRequested, this, [this] {
        if (m_job)
            m_job->cancel();
    });

    connectSearchAndTags();
    connect(m_database.changes(), &LibraryChanges::changed, this, &MainWindow::onLibraryChanged);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 760);
    // retranslateUi() above has already filled the view.
}

MainWindow::~MainWindow()
{
    // The job's destructor cancels the import and waits for it: the worker holds references into
    // this window's database, and it stops at the next record boundary.
    m_job.reset();
}

bool MainWindow::isImporting() const
{
    return m_job && m_job->isRunning();
}

QString MainWindow::librarySetting(const QString &name) const
{
    // Filters belong to the library they filter: another (or a new) library starts unfiltered.
    const QByteArray id = QCryptographicHash::hash(QDir(m_database.libraryDir()).absolutePath().toUtf8(),
                                                   QCryptographicHash::Sha1)
                              .toHex()
                              .left(16);
    return QStringLiteral("library-%1/%2").arg(QString::fromLatin1(id), name);
}

void MainWindow::updateOnThisDay()
{
    m_onThisDayPage->setDate(m_today);
    const OnThisDay &day = m_onThisDayPage->model()->result();
    QString first;
    if (!day.isEmpty()) {
        const QList<WallItem> items = WallModel::loadItems(m_database, {day.groups.first().wallIds.first()});
        if (!items.isEmpty())
            first = qzonePlainText(items.first().title.isEmpty() ? items.first().text : items.first().title,
                                   true);
    }
    m_banner->setSummary(day, first);
}

void MainWindow::reloadVisiblePage()
{
    // Made when first looked at; from then on they follow the library's changes themselves.
    if (m_pages->currentWidget() == m_peopleHolder && !m_peoplePage) {
        m_peoplePage = new PeoplePage(m_database, m_peopleHolder); // reads the library itself
        m_peoplePage->setObjectName(QStringLiteral("peoplePage"));
        m_peopleHolder->layout()->addWidget(m_peoplePage);
        connect(m_peoplePage, &PeoplePage::showMemories, this, &MainWindow::showMemories);
        connect(m_peoplePage, &PeoplePage::storyBookRequested, this,
                [this](const QString &person, const QString &shown) {
                    BookDialog dialog(m_database, this);
                    dialog.setPerson(person, shown);
                    dialog.exec();
                });
    } else if (m_pages->currentWidget() == m_statsHolder && !m_statsPage) {
        m_statsPage = new StatisticsPage(m_database, m_statsHolder);
        m_statsPage->setObjectName(QStringLiteral("statisticsPage"));
        m_statsHolder->layout()->addWidget(m_statsPage);
    }
}

void MainWindow::setToday(const QDate &today)
{
    m_today = today;
    updateOnThisDay();
}

void MainWindow::showPage(Page page)
{
    m_pageStack->closeAll();
    m_nav->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::showMemories(const QList<qint64> &memoryIds, const QString &title)
{
    m_restrictIds = memoryIds;
    m_restrictTitle = title;
    m_restrictChip->setVisible(!title.isEmpty());
    m_restrictChip->setText(QStringLiteral("%1  ✕").arg(title));
    m_restrictChip->setAccessibleName(tr("Remove the filter %1").arg(title));
    if (title.isEmpty())
        m_tagSidebar->selectPath(QString());
    applyWallFilter();
    showPage(Page::Wall);
}

void MainWindow::openRow(int row, int mediaIndex)
{
    const qint64 id = m_wallModel->index(row).data(WallModel::MemoryIdRole).toLongLong();
    if (id > 0)
        openMemoryDetail(m_database, id, m_wall, mediaIndex);
}

void MainWindow::focusSearch()
{
    showPage(Page::Wall);
    m_searchBox->setFocus(Qt::ShortcutFocusReason);
    m_searchBox->selectAll();
}

void MainWindow::connectSearchAndTags()
{
    connect(
        m_searchBox, &SearchBar::resultsReady, this, [this](const QList<qint64> &ids, const QString &query) {
            m_searchActive = true;
            m_searchIds = ids;
            m_wallDelegate->setHighlighter(m_searchBox->highlighter());
            showPage(Page::Wall);
            applyWallFilter();
            statusBar()->showMessage(tr("%n memories match “%1”", nullptr, int(ids.size())).arg(query), 5000);
        });
    connect(m_searchBox, &SearchBar::cleared, this, [this] {
        m_searchActive = false;
        m_searchIds.clear();
        m_wallDelegate->setHighlighter(MatchHighlighter());
        statusBar()->clearMessage(); // "0 memories match" is no longer true
        applyWallFilter();
    });
    connect(m_searchBox, &SearchBar::queryError, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_tagSidebar, &TagSidebar::tagSelected, this, &MainWindow::showTag);
    connect(m_tagSidebar, &TagSidebar::tagCleared, this, [this] { showMemories({}, QString()); });
    connect(m_tagSidebar, &TagSidebar::tagError, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_savedSearches, &SavedSearchList::searchActivated, this,
            [this](const QString &query) { m_searchBox->runQuery(query); });
}

bool MainWindow::gridShown() const
{
    return m_photoGrid && m_photoGrid->isShown() && m_pages->currentWidget() == m_wallPage;
}

QList<qint64> MainWindow::selectedMemoryIds() const
{
    if (gridShown()) {
        // The memories of the selected photos, else of the photo the keyboard is on.
        PhotoGridView *grid = m_photoGrid->view();
        QList<qint64> ids = grid->selectedMemoryIds();
        if (ids.isEmpty() && grid->currentPhoto() >= 0)
            ids << m_photoGrid->model()->memoryIdAt(grid->currentPhoto());
        return ids;
    }
    QList<qint64> wallIds = m_wall->selectedWallIds();
    if (wallIds.isEmpty() && m_wall->currentRow() >= 0) {
        const WallItem item =
            m_wallModel->index(m_wall->currentRow()).data(WallModel::ItemRole).value<WallItem>();
        if (item.wallId > 0)
            wallIds << item.wallId;
    }
    return WallModel::memoryIdsForWallIds(m_database, wallIds);
}

void MainWindow::editTags()
{
    const QList<qint64> ids = selectedMemoryIds();
    if (ids.isEmpty()) {
        statusBar()->showMessage(nothingSelectedMessage(), 5000);
        return;
    }
    TagEditorDialog dialog(m_database, ids, this); // the views follow its edits themselves
    dialog.exec();
}

void MainWindow::correctDates()
{
    const QList<qint64> ids = selectedMemoryIds();
    if (ids.isEmpty()) {
        statusBar()->showMessage(nothingSelectedMessage(), 5000);
        return;
    }
    DateCorrectionDialog dialog(m_database, ids, this); // the wall follows the change itself
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(DateCorrectionDialog::describe(dialog.result()), 8000);
}

QString MainWindow::nothingSelectedMessage() const
{
    return gridShown() ? tr("Select photos in the grid first (Ctrl+click, Shift+click, Ctrl+A).")
                       : tr("Select memories on the wall first (click, Ctrl+click, Shift+click).");
}

void MainWindow::undoDateChange()
{
    // The wall index is rebuilt with it: off the UI thread, one undo at a time.
    m_undoDateAction->setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto *watcher = new QFutureWatcher<DateCorrectionResult>(this);
    connect(watcher, &QFutureWatcher<DateCorrectionResult>::finished, this, [this, watcher] {
        QApplication::restoreOverrideCursor();
        m_undoDateAction->setEnabled(true);
        statusBar()->showMessage(DateCorrectionDialog::describe(watcher->result(), true), 8000);
        watcher->deleteLater();
    });
    Database *database = &m_database;
    watcher->setFuture(QtConcurrent::run([database] { return DateCorrection(*database).undoLast(); }));
}

ExportSelection MainWindow::currentExportSelection() const
{
    ExportSelection current;
    const QList<qint64> picked = WallModel::memoryIdsForWallIds(m_database, m_wall->selectedWallIds());
    if (!picked.isEmpty())
        current.memoryIds = picked;
    else if (m_wallModel->filter().restrictToMemories)
        current.memoryIds = m_wallModel->filter().memoryIds;
    current.year = m_wallModel->filter().year;
    return current;
}

void MainWindow::exportSelection()
{
    ExportDialog dialog(m_database, currentExportSelection(), this);
    dialog.exec();
}

void MainWindow::exportArchive()
{
    // An archive is the whole record by default: the wall's selection stays one of the choices.
    ExportDialog dialog(m_database, currentExportSelection(), this);
    dialog.setFormat(ExportDialog::Archive);
    dialog.setScopeEverything();
    dialog.exec();
}

void MainWindow::showWallMenu(int row, const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, row] { openRow(row, 0); });
    menu.addSeparator();
    const int selected = qMax(1, int(m_wall->selectedWallIds().size()));
    menu.addAction(tr("Tags for %n memories…", nullptr, selected), this, &MainWindow::editTags);
    menu.addAction(tr("Correct the date of %n memories…", nullptr, selected), this,
                   &MainWindow::correctDates);
    menu.addAction(tr("Export %n memories…", nullptr, selected), this, &MainWindow::exportSelection);
    menu.addSeparator();
    menu.addAction(m_selectAllAction);
    menu.exec(globalPos);
}

void MainWindow::updateStatus()
{
    if (m_totalMemories == 0)
        m_statusLabel->setText(tr("The library is empty"));
    else {
        QString text = tr("%n memories", nullptr, int(m_totalMemories)) + QStringLiteral(" · ") +
                       tr("%n on the wall", nullptr, m_wallModel->itemCount());
        const int selected = int(m_wall->selectedWallIds().size());
        if (selected > 0)
            text += QStringLiteral(" · ") + tr("%n selected", nullptr, selected);
        m_statusLabel->setText(text);
    }
    updateWallEmptyState();
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
    const WallFilter before = m_wallModel->filter();
    applyWallFilter();
    if (m_wallModel->filter() == before)
        m_wallModel->reload(); // same filter: the dates and words in the new language
    showLibraryState();
}

void MainWindow::onLibraryChanged(LibraryChanges::Changes what)
{
    // The wall, the tags, the search, people and statistics follow the change themselves; the
    // window keeps what is its own: the empty state, the year list, the banner, the status bar.
    if (what & LibraryChanges::Memories)
        showLibraryState();
}

void MainWindow::showLibraryState()
{
    // One indexed count: the full statistics would scan every memory, and opening must stay
    // as quick with 100,000 memories as with 100.
    m_totalMemories = LibraryFacts::memoryCount(m_database).value_or(0);
    if (m_totalMemories == 0) {
        m_stack->setCurrentWidget(m_emptyState);
    } else {
        applyWallFilter(); // the library's saved filters, once it has memories to filter
        rebuildYears();
        updateOnThisDay();
        m_stack->setCurrentWidget(m_pageStack);
    }
    updateStatus();
}

void MainWindow::showProblems()
{
    showLibraryProblems(this, LibraryFacts::problems(m_database));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Keepsake"),
        tr("<h3>Keepsake (时光匣) %1</h3>"
           "<p>Turns QQ Space export folders into a lasting, living archive of your memories: "
           "说说, 日志, photos, 留言板 and more, kept safely on your own computer.</p>"
           "<p>Library: %2</p>")
            .arg(QCoreApplication::applicationVersion(), m_database.libraryDir().toHtmlEscaped()));
}

} // namespace ks
