// SPDX-License-Identifier: GPL-3.0-or-later
#include "photogridmode.h"

#include "detail/pagestack.h"
#include "detail/photoviewer.h"
#include "models/detailmedia.h"
#include "models/photogridmodel.h"
#include "models/wallmodel.h"
#include "photogridview.h"
#include "photoselectionbar.h"

#include <QAction>
#include <QBoxLayout>
#include <QEvent>
#include <QMenu>
#include <QPointer>
#include <QToolButton>

namespace ks {

PhotoGridMode::PhotoGridMode(Database &database, ThumbnailProvider *thumbnails, WallModel *wallModel,
                             QWidget *wallPage, QMenu *viewMenu, QObject *parent)
    : QObject(parent), m_database(database), m_wallModel(wallModel)
{
    m_model = new PhotoGridModel(database, this);
    m_view = new PhotoGridView(wallPage);
    m_view->setObjectName(QStringLiteral("photoGrid"));
    m_view->setThumbnailProvider(thumbnails);
    m_view->setModel(m_model);
    m_view->hide();
    m_bar = new PhotoSelectionBar(wallPage);
    m_bar->hide();
    // Under the wall, taking the same room; the selection's bar right above it.
    if (auto *layout = qobject_cast<QBoxLayout *>(wallPage->layout())) {
        QWidget *wall = wallPage->findChild<QWidget *>(QStringLiteral("wall"), Qt::FindDirectChildrenOnly);
        const int at = wall ? layout->indexOf(wall) : -1;
        layout->insertWidget(at < 0 ? layout->count() : at + 1, m_bar);
        layout->insertWidget(layout->indexOf(m_bar) + 1, m_view, 1);
    }
    connect(m_view, &PhotoGridView::photoActivated, this, [this](int photo) { openPhoto(photo); });
    connect(m_view, &PhotoGridView::selectedCountChanged, this, &PhotoGridMode::showBar);
    connect(m_bar, &PhotoSelectionBar::clearRequested, this, [this] {
        m_view->clearSelection();
        m_view->setFocus(Qt::OtherFocusReason);
    });

    m_action = new QAction(this);
    m_action->setObjectName(QStringLiteral("photoGridAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_action, &QAction::toggled, this, &PhotoGridMode::setShown);
    if (viewMenu) {
        QAction *first = viewMenu->actions().value(0);
        viewMenu->insertAction(first, m_action);
        viewMenu->insertSeparator(first);
    }
    m_toggle = new QToolButton(wallPage);
    m_toggle->setObjectName(QStringLiteral("photoGridToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setFocusPolicy(Qt::TabFocus);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_toggle, &QToolButton::toggled, m_action, &QAction::setChecked);
    // Before the search box of the filter bar.
    if (QWidget *bar = wallPage->findChild<QWidget *>(QStringLiteral("wallFilterBar"))) {
        if (auto *barLayout = qobject_cast<QBoxLayout *>(bar->layout())) {
            m_toggle->setParent(bar);
            QWidget *search = bar->findChild<QWidget *>(QStringLiteral("searchBox"));
            const int at = search ? barLayout->indexOf(search) : -1;
            barLayout->insertWidget(at < 0 ? barLayout->count() : at, m_toggle, 0, Qt::AlignTop);
        }
    }
    m_toggle->installEventFilter(this);
    connect(m_wallModel, &QAbstractItemModel::modelReset, this, [this] {
        m_stale = true;
        if (m_shown)
            follow();
    });
    retranslate();
}

void PhotoGridMode::setSelectionActions(QAction *tags, QAction *date, QAction *exportPhotos)
{
    m_bar->setActions(tags, date, exportPhotos);
}

void PhotoGridMode::showBar()
{
    m_bar->setCount(m_view->selectedPhotoCount());
    m_bar->setVisible(m_shown && m_view->selectedPhotoCount() > 0);
}

bool PhotoGridMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_toggle && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void PhotoGridMode::retranslate()
{
    m_action->setText(tr("&Photo Grid"));
    m_action->setToolTip(tr("Show every photo as a grid instead of the memory cards"));
    m_toggle->setText(tr("▦ Photo grid"));
    m_toggle->setToolTip(tr("Show every photo as a grid (Ctrl+G)"));
    m_toggle->setAccessibleName(tr("Photo grid"));
}

void PhotoGridMode::follow()
{
    // The grid shows the photos of what the wall shows: its filter, reread after an import.
    const WallFilter filter = m_wallModel->filter();
    if (filter == m_model->filter() && m_model->rowCount() > 0)
        m_model->reload();
    else
        m_model->setFilter(filter);
    m_stale = false;
}

void PhotoGridMode::setShown(bool shown)
{
    if (m_toggle->isChecked() != shown)
        m_toggle->setChecked(shown);
    if (m_action->isChecked() != shown)
        m_action->setChecked(shown);
    if (shown == m_shown)
        return;
    m_shown = shown;
    if (shown && m_stale)
        follow();
    showBar();
    emit shownChanged(shown);
    if (shown)
        m_view->setFocus(Qt::OtherFocusReason); // its pictures are asked for once it is laid out
}

PhotoViewer *PhotoGridMode::openPhoto(int photoIndex)
{
    const int count = m_model->photoCount();
    if (photoIndex < 0 || photoIndex >= count)
        return nullptr;
    // The viewer keeps its own list of ids: the grid may be reread (an import ends) while it is open.
    QVector<QPair<qint64, qint64>> ids;
    ids.reserve(count);
    for (int i = 0; i < count; ++i)
        ids.append({m_model->memoryIdAt(i), m_model->mediaIdAt(i)});
    Database &database = m_database;
    auto *viewer = new PhotoViewer(
        database, count,
        [&database, ids](int index) {
            const auto [memoryId, mediaId] = ids.at(index);
            if (auto media = detailmedia::mediaInMemory(database, memoryId, mediaId))
                return *media;
            DetailMedia gone; // removed from the library since the grid was read
            gone.mediaId = mediaId;
            gone.memoryId = memoryId;
            gone.role = QStringLiteral("image");
            gone.status = QStringLiteral("missing");
            return gone;
        },
        photoIndex);
    // The grid follows the viewer, so Back lands on the photo last looked at.
    QPointer<PhotoGridView> view = m_view;
    QPointer<PhotoGridModel> model = m_model;
    connect(viewer, &PhotoViewer::currentIndexChanged, this, [view, model, ids](int index) {
        if (view && model && model->mediaIdAt(index) == ids.at(index).second)
            view->setCurrentPhoto(index);
    });
    m_view->setCurrentPhoto(photoIndex);
    PageStack::open(m_view, viewer);
    return viewer;
}

} // namespace ks
