// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appearance.h"
#include "detail/detailwindows.h"
#include "detail/pagestack.h"
#include "dropoverlay.h"
#include "emojifont.h"
#include "emptystatewidget.h"
#include "export/bookdialog.h"
#include "export/exportdialog.h"
#include "export/exportselection.h"
#include "export/photoexportdialog.h"
#include "flowlayout.h"
#include "importprogresspanel.h"
#include "languages.h"
#include "library/appidentity.h"
#include "library/database.h"
#include "library/libraryfacts.h"
#include "library/librarylocation.h"
#include "libraryopen.h"
#include "media/thumbnails.h"
#include "models/onthisday.h"
#include "models/wallmodel.h"
#include "problems/problemsview.h"
#include "search/savedsearchlist.h"
#include "search/searchbar.h"
#include "service/importservice.h"
#include "service/library.h"
#include "tags/tageditordialog.h"
#include "tags/tagsidebar.h"
#include "text/qzonetext.h"
#include "wall/memorycarddelegate.h"
#include "wall/onthisdaypage.h"
#include "wall/walltheme.h"
#include "wall/wallview.h"
#include "wall/yearscrubber.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace ks {

MainWindow::MainWindow(Database &database, QWidget *parent) : QMainWindow(parent), m_database(database)
{
    setObjectName(QStringLiteral("mainWindow"));
    Appearance::applySavedTextSize(); // View → Text Size, before the widgets are made
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
    retranslateUi();

    connect(m_emptyState, &EmptyStateWidget::importFolderRequested, this, &MainWindow::chooseFolder);
    connect(m_emptyState, &EmptyStateWidget::sampleRequested, this, &MainWindow::importSample);
    connect(m_progressPanel, &ImportProgressPanel::cancelRequested, this, [this] {
        if (m_job)
            m_job->cancel();
    });

    connectSearchAndTags();

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
        m_wall->selectAll();
    });
    m_tagsAction = new QAction(this);
    m_tagsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_tagsAction, &QAction::triggered, this, &MainWindow::editTags);
    m_saveSearchAction = new QAction(this);
    connect(m_saveSearchAction, &QAction::triggered, this,
            [this] { m_savedSearches->promptToSave(m_searchBox->text()); });
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportSelection);
    m_exportPhotosAction = new QAction(this);
    m_exportPhotosAction->setObjectName(QStringLiteral("exportPhotosAction"));
    connect(m_exportPhotosAction, &QAction::triggered, this, [this] {
        ExportSelection current;
        current.year = m_wallModel->filter().year;
        PhotoExportDialog dialog(m_database, current, this);
        dialog.exec();
    });
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
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshView);
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
    m_saveSearchAction->setText(tr("&Save This Search…"));
    m_exportAction->setText(tr("&Export…"));
    m_exportPhotosAction->setText(tr("Export &Photos…"));
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

QString MainWindow::librarySetting(const QString &name) const
{
    // Filters belong to the library they filter: another (or a new) library starts unfiltered.
    const QByteArray id = QCryptographicHash::hash(QDir(m_database.libraryDir()).absolutePath().toUtf8(),
                                                   QCryptographicHash::Sha1)
                              .toHex()
                              .left(16);
    return QStringLiteral("library-%1/%2").arg(QString::fromLatin1(id), name);
}

QWidget *MainWindow::createWallPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("wallPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Filter bar: kinds (none checked = all), year, order, and the search box to come.
    auto *bar = new QWidget(page);
    bar->setObjectName(QStringLiteral("wallFilterBar"));
    bar->setAttribute(Qt::WA_StyledBackground);
    auto *outerBarLayout = new QHBoxLayout(bar);
    outerBarLayout->setContentsMargins(12, 8, 12, 8);
    outerBarLayout->setSpacing(8);
    // The chips wrap to a second row on a narrow window instead of widening it.
    auto *chips = new QWidget(bar);
    QSizePolicy chipsPolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    chipsPolicy.setHeightForWidth(true);
    chips->setSizePolicy(chipsPolicy);
    auto *barLayout = new FlowLayout(chips, 2);
    barLayout->setContentsMargins(0, 0, 0, 0);
    outerBarLayout->addWidget(chips, 1);
    m_kindOrder = {QStringLiteral("post"),     QStringLiteral("blog"),  QStringLiteral("diary"),
                   QStringLiteral("photo"),    QStringLiteral("video"), QStringLiteral("board"),
                   QStringLiteral("favorite"), QStringLiteral("share"), QStringLiteral("visit")};
    const QStringList saved = QSettings().value(librarySetting(QStringLiteral("wall/kinds"))).toStringList();
    for (const QString &kind : std::as_const(m_kindOrder)) {
        auto *button = new QToolButton(bar);
        button->setObjectName(QStringLiteral("kindFilter_") + kind);
        button->setCheckable(true);
        button->setChecked(saved.contains(kind));
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QToolButton::toggled, this, [this] {
            QStringList kinds;
            for (const QString &k : std::as_const(m_kindOrder)) {
                if (m_kindButtons.value(k)->isChecked())
                    kinds << k;
            }
            QSettings().setValue(librarySetting(QStringLiteral("wall/kinds")), kinds);
            applyWallFilter();
        });
        m_kindButtons.insert(kind, button);
        barLayout->addWidget(button);
    }
    m_yearCombo = new QComboBox(bar);
    m_yearCombo->setObjectName(QStringLiteral("yearFilter"));
    m_yearCombo->addItem(QString(), 0);
    m_yearCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_yearCombo->setMinimumContentsLength(5);
    connect(m_yearCombo, qOverload<int>(&QComboBox::activated), this, [this] { applyWallFilter(); });
    barLayout->addWidget(m_yearCombo);
    m_orderButton = new QToolButton(bar);
    m_orderButton->setObjectName(QStringLiteral("orderToggle"));
    m_orderButton->setCheckable(true);
    m_orderButton->setChecked(
        QSettings().value(librarySetting(QStringLiteral("wall/oldestFirst")), false).toBool());
    connect(m_orderButton, &QToolButton::toggled, this, [this](bool oldest) {
        QSettings().setValue(librarySetting(QStringLiteral("wall/oldestFirst")), oldest);
        m_orderButton->setText(oldest ? tr("Oldest first") : tr("Newest first"));
        applyWallFilter();
    });
    barLayout->addWidget(m_orderButton);
    m_restrictChip = new QToolButton(bar);
    m_restrictChip->setObjectName(QStringLiteral("restrictChip"));
    m_restrictChip->hide();
    connect(m_restrictChip, &QToolButton::clicked, this, [this] { showMemories({}, QString()); });
    barLayout->addWidget(m_restrictChip);
    m_searchBox = new SearchBar(m_database, bar);
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setMinimumWidth(160);
    m_searchBox->setMaximumWidth(300);
    outerBarLayout->addWidget(m_searchBox, 0, Qt::AlignTop);
    layout->addWidget(bar);

    m_banner = new OnThisDayBanner(page);
    connect(m_banner, &OnThisDayBanner::openRequested, this, [this] { showPage(Page::OnThisDay); });
    layout->addWidget(m_banner);

    m_wallModel = new WallModel(m_database, this);
    m_wall = new WallView(page);
    m_wall->setObjectName(QStringLiteral("wall"));
    m_wallDelegate = new MemoryCardDelegate(&m_database, m_thumbnails, this);
    m_wall->setThumbnailProvider(m_thumbnails);
    m_wall->setDelegate(m_wallDelegate);
    m_wall->setScrubberEnabled(true);
    m_wall->setModel(m_wallModel);
    connect(m_wall, &WallView::activated, this, &MainWindow::openRow);
    connect(m_wall, &WallView::contextMenuRequested, this, &MainWindow::showWallMenu);
    connect(m_wall, &WallView::selectionChanged, this, [this] { updateStatus(); });
    layout->addWidget(m_wall, 1);
    createWallEmptyState(page);
    return page;
}

void MainWindow::applyWallFilter()
{
    WallFilter filter;
    for (const QString &kind : std::as_const(m_kindOrder)) {
        if (m_kindButtons.value(kind)->isChecked()) {
            filter.kinds.insert(kind);
            if (kind == QLatin1String("photo"))
                filter.kinds.insert(QStringLiteral("album"));
        }
    }
    filter.year = m_yearCombo->currentData().toInt();
    filter.oldestFirst = m_orderButton->isChecked();
    if (m_searchActive) {
        filter.restrictToMemories = true;
        filter.memoryIds = m_searchIds;
        if (!m_restrictTitle.isEmpty()) // a search within a tag's or a person's memories
            filter.memoryIds.removeIf([this](qint64 id) { return !m_restrictIds.contains(id); });
    } else {
        filter.restrictToMemories = !m_restrictTitle.isEmpty();
        filter.memoryIds = m_restrictIds;
    }
    m_wallModel->setFilter(filter);
    updateStatus();
}

void MainWindow::rebuildYears()
{
    // The wall's own month list has every year when no year is chosen: no extra query.
    if (m_wallModel->filter().year != 0)
        return;
    while (m_yearCombo->count() > 1)
        m_yearCombo->removeItem(1);
    int last = -1;
    QList<int> years;
    for (const WallModel::MonthAnchor &anchor : m_wallModel->months()) {
        const int year = anchor.month / 100;
        if (year > 0 && year != last && !years.contains(year))
            years << year;
        last = year;
    }
    std::sort(years.begin(), years.end(), std::greater<int>());
    for (int year : std::as_const(years))
        m_yearCombo->addItem(QString::number(year), year);
    m_yearCombo->setCurrentIndex(0);
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
    if (m_pages->currentWidget() == m_peopleHolder && (m_peopleStale || !m_peoplePage)) {
        if (!m_peoplePage) {
            m_peoplePage = new PeoplePage(m_database, m_peopleHolder); // reads the library itself
            m_peoplePage->setObjectName(QStringLiteral("peoplePage"));
            m_peopleHolder->layout()->addWidget(m_peoplePage);
            connect(m_peoplePage, &PeoplePage::showMemories, this, &MainWindow::showMemories);
        } else {
            m_peoplePage->reload();
        }
        m_peopleStale = false;
    } else if (m_pages->currentWidget() == m_statsHolder && (m_statsStale || !m_statsPage)) {
        if (!m_statsPage) {
            m_statsPage = new StatisticsPage(m_database, m_statsHolder);
            m_statsPage->setObjectName(QStringLiteral("statisticsPage"));
            m_statsHolder->layout()->addWidget(m_statsPage);
        } else {
            m_statsPage->reload();
        }
        m_statsStale = false;
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
        applyWallFilter();
    });
    connect(m_searchBox, &SearchBar::queryError, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_tagSidebar, &TagSidebar::tagSelected, this, &MainWindow::showTag);
    connect(m_tagSidebar, &TagSidebar::tagCleared, this, [this] { showMemories({}, QString()); });
    connect(m_tagSidebar, &TagSidebar::tagsChanged, this, [this] {
        m_wallModel->reload();
        m_searchBox->refresh();
    });
    connect(m_tagSidebar, &TagSidebar::tagError, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_savedSearches, &SavedSearchList::searchActivated, this,
            [this](const QString &query) { m_searchBox->runQuery(query); });
}

QList<qint64> MainWindow::selectedMemoryIds() const
{
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
        statusBar()->showMessage(tr("Select memories on the wall first (click, Ctrl+click, Shift+click)."),
                                 5000);
        return;
    }
    TagEditorDialog dialog(m_database, ids, this);
    connect(&dialog, &TagEditorDialog::tagsChanged, this, [this] {
        m_tagSidebar->reload();
        m_searchBox->refresh();
    });
    dialog.exec();
}

void MainWindow::exportSelection()
{
    ExportSelection current;
    const QList<qint64> picked = WallModel::memoryIdsForWallIds(m_database, m_wall->selectedWallIds());
    if (!picked.isEmpty())
        current.memoryIds = picked;
    else if (m_wallModel->filter().restrictToMemories)
        current.memoryIds = m_wallModel->filter().memoryIds;
    current.year = m_wallModel->filter().year;
    ExportDialog dialog(m_database, current, this);
    dialog.exec();
}

void MainWindow::showWallMenu(int row, const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, row] { openRow(row, 0); });
    menu.addSeparator();
    const int selected = qMax(1, int(m_wall->selectedWallIds().size()));
    menu.addAction(tr("Tags for %n memories…", nullptr, selected), this, &MainWindow::editTags);
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
    // One indexed count: the full statistics would scan every memory, and opening must stay
    // as quick with 100,000 memories as with 100.
    const qint64 total = LibraryFacts::memoryCount(m_database).value_or(0);
    m_totalMemories = total;
    if (total == 0) {
        m_stack->setCurrentWidget(m_emptyState);
    } else {
        const WallFilter before = m_wallModel->filter();
        applyWallFilter();
        if (m_wallModel->filter() == before)
            m_wallModel->reload(); // same filter, new contents
        rebuildYears();

        updateOnThisDay();
        // People and statistics read the whole library: only when they are looked at.
        m_peopleStale = true;
        m_statsStale = true;
        reloadVisiblePage();
        m_stack->setCurrentWidget(m_pageStack);
    }
    updateStatus();
}

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
