// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedsearchlist.h"

#include "library/database.h"
#include "library/librarychanges.h"
#include "search/savedsearches.h"

#include <QContextMenuEvent>
#include <QInputDialog>
#include <QMenu>

namespace ks {

SavedSearchList::SavedSearchList(Database &database, QWidget *parent)
    : QListWidget(parent), m_database(database)
{
    setObjectName(QStringLiteral("savedSearches"));
    setFrameShape(QFrame::NoFrame);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit searchActivated(item->data(QueryRole).toString()); });
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit searchActivated(item->data(QueryRole).toString()); });
    reload();
    connect(database.changes(), &LibraryChanges::changed, this, [this](LibraryChanges::Changes what) {
        if (what & LibraryChanges::SavedSearches)
            reload();
    });
}

void SavedSearchList::reload()
{
    clear();
    if (!m_database.isOpen())
        return;
    for (const SavedSearch &s : savedsearches::list(m_database.connection())) {
        auto *item = new QListWidgetItem(QIcon::fromTheme(QStringLiteral("edit-find")), s.name, this);
        item->setData(IdRole, s.id);
        item->setData(QueryRole, s.query);
        item->setToolTip(s.query);
    }
}

bool SavedSearchList::saveSearch(const QString &query, const QString &name)
{
    if (!m_database.isOpen())
        return false;
    const QString shown = name.trimmed().isEmpty() ? query.trimmed() : name.trimmed();
    if (!savedsearches::add(m_database.connection(), shown, query))
        return false;
    reload();
    return true;
}

bool SavedSearchList::renameSearch(qint64 id, const QString &name)
{
    if (!m_database.isOpen() || !savedsearches::rename(m_database.connection(), id, name))
        return false;
    reload();
    return true;
}

bool SavedSearchList::removeSearch(qint64 id)
{
    if (!m_database.isOpen() || !savedsearches::remove(m_database.connection(), id))
        return false;
    reload();
    return true;
}

void SavedSearchList::promptToSave(const QString &query)
{
    if (query.trimmed().isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Search"), tr("Name of the saved search:"),
                                               QLineEdit::Normal, query.trimmed(), &ok);
    if (ok)
        saveSearch(query, name);
}

QMenu *SavedSearchList::createContextMenu(QListWidgetItem *item)
{
    auto *menu = new QMenu(this);
    if (!item)
        return menu;
    const qint64 id = item->data(IdRole).toLongLong();
    const QString query = item->data(QueryRole).toString();
    menu->addAction(tr("Run"), this, [this, query] { emit searchActivated(query); });
    menu->addAction(tr("Rename…"), this, [this, id, item] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Saved Search"), tr("New name:"),
                                                   QLineEdit::Normal, item->text(), &ok);
        if (ok)
            renameSearch(id, name);
    });
    menu->addAction(tr("Remove"), this, [this, id] { removeSearch(id); });
    return menu;
}

void SavedSearchList::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(itemAt(event->pos()));
    if (!menu->isEmpty())
        menu->exec(event->globalPos());
    menu->deleteLater();
}

} // namespace ks
