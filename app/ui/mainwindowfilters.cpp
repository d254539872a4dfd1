// SPDX-License-Identifier: GPL-3.0-or-later
// The wall's filters seen from the window: the tag chip, clearing every filter, and the empty
// state that says why nothing is on the wall.
#include "mainwindow.h"

#include "grid/photogridmode.h"
#include "grid/photogridview.h"
#include "library/database.h"
#include "models/wallmodel.h"
#include "search/searchbar.h"
#include "tags/tagsidebar.h"
#include "tags/tagstore.h"
#include "wall/wallemptystate.h"
#include "wall/wallview.h"

#include <QComboBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

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
    if (m_photoGrid)
        m_photoGrid->view()->setVisible(!empty && grid);
}

} // namespace ks
