// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

class QMenu;

namespace ks {

class Database;

/// The saved searches in the sidebar (table saved_searches): click one to run it; the context
/// menu renames or removes it. The window saves the current search through saveSearch().
class SavedSearchList : public QListWidget
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        QueryRole
    };

    explicit SavedSearchList(Database &database, QWidget *parent = nullptr);

    /// The menu for @p item (nullptr: the empty area), as the context menu shows it.
    QMenu *createContextMenu(QListWidgetItem *item);

public slots:
    void reload();
    /// Saves @p query under @p name (the query itself when empty). Returns false on failure.
    bool saveSearch(const QString &query, const QString &name = QString());
    bool renameSearch(qint64 id, const QString &name);
    bool removeSearch(qint64 id);
    /// Asks for a name, then saves @p query.
    void promptToSave(const QString &query);

signals:
    /// Run this query (put it in the search box).
    void searchActivated(const QString &query);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    Database &m_database;
};

} // namespace ks
