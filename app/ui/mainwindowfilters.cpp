// SPDX-License-Identifier: GPL-3.0-or-later
// The wall page and its filters seen from the window: kinds, year, order, the tag chip,
// clearing every filter, and the empty state that says why nothing is on the wall.
#include "mainwindow.h"

#include "flowlayout.h"
#include "grid/photogridmode.h"
#include "grid/photogridview.h"
#include "grid/photoselectionbar.h"
#include "library/database.h"
#include "media/thumbnails.h"
#include "models/wallmodel.h"
#include "search/searchbar.h"
#include "tags/tagsidebar.h"
#include "tags/tagstore.h"
#include "wall/memorycarddelegate.h"
#include "wall/onthisdaypage.h"
#include "wall/wallemptystate.h"
#include "wall/wallview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSettings>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace ks {

void MainWindow::createWallEmptyState(QWidget *page)
{
    m_wallEmpty = new WallEmptyState(page);
    m_wallEmpty->hide();
    page->layout()->addWidget(m_wallEmpty);
    static_cast<QVBoxLayout *>(page->layout())->setStretchFactor(m_wallEmpty, 1);
    connect(m_wallEmpty, &WallEmptyState::clearFiltersRequested, this, &MainWindow::clearFilters);
    connect(m_wallEmpty, &WallEmptyState::clearSearchRequested, this, [this] {
        m_searchBox->clear();
        m_searchBox->runQuery(QString());
        m_searchBox->setFocus(Qt::OtherFocusReason);
    });
}

void MainWindow::showTag(const QString &path)
{
    if (path.isEmpty()) {
        showMemories({}, QString());
        return;
    }
    TagStore store(m_database.connection());
    const QList<qint64> ids = store.memoriesOf(store.tagId(path));
    showMemories(ids, tr("Tag: %1").arg(path));
    m_tagSidebar->selectPath(path);
}

void MainWindow::clearFilters()
{
    for (QToolButton *button : std::as_const(m_kindButtons)) {
        const QSignalBlocker blocker(button);
        button->setChecked(false);
    }
    QSettings().setValue(librarySetting(QStringLiteral("wall/kinds")), QStringList());
    m_yearCombo->setCurrentIndex(0);
    showMemories({}, QString()); // applies the filter
}

void MainWindow::updateWallEmptyState()
{
    if (!m_wallEmpty)
        return;
    const bool empty = m_totalMemories > 0 && m_wallModel->itemCount() == 0;
    if (empty) {
        if (m_searchActive && m_wallModel->filter().memoryIds.isEmpty())
            m_wallEmpty->setReason(WallEmptyState::Reason::NoResults, m_searchBox->lastQuery());
        else
            m_wallEmpty->setReason(WallEmptyState::Reason::Filters);
    }
    m_wallEmpty->setVisible(empty);
    const bool grid = m_photoGrid && m_photoGrid->isShown();
    m_wall->setVisible(!empty && !grid);
    if (m_photoGrid) {
        m_photoGrid->view()->setVisible(!empty && grid);
        m_photoGrid->selectionBar()->setVisible(!empty && grid &&
                                                m_photoGrid->view()->selectedPhotoCount() > 0);
    }
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

} // namespace ks
