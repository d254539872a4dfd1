// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

class QMenu;

namespace ks {

class Database;
class TagTreeModel;

/// The tag tree of the sidebar: names with colour dots and counts (a tag counts the memories of
/// the tags below it). Clicking a tag emits tagSelected(path); the context menu creates,
/// renames, colours, merges and deletes tags. Each action has a slot that does it without a
/// dialog, for the window and for tests.
class TagSidebar : public QTreeView
{
    Q_OBJECT
public:
    explicit TagSidebar(Database &database, QWidget *parent = nullptr);

    TagTreeModel *tagModel() const { return m_model; }
    /// The path of the selected tag, empty when none.
    QString selectedPath() const;
    /// The menu for @p index (invalid: the empty area), as the context menu shows it.
    QMenu *createContextMenu(const QModelIndex &index);

public slots:
    /// Re-reads tags and counts (after an import or a change made elsewhere).
    void reload();
    /// Selects the tag at @p path (empty clears) without emitting tagSelected.
    void selectPath(const QString &path);
    // The actions, without dialogs. Each reloads the tree and emits tagsChanged on success.
    bool createTag(const QString &path);
    bool renameTag(const QString &path, const QString &newName);
    bool moveTag(const QString &path, const QString &newParentPath);
    bool mergeTag(const QString &path, const QString &intoPath);
    bool deleteTag(const QString &path);
    bool setTagColor(const QString &path, const QString &color);

signals:
    void tagSelected(const QString &path);
    /// The selection was cleared (show everything again).
    void tagCleared();
    /// Tags or their links changed: wall filters and tag editors should reload.
    void tagsChanged();
    /// A change failed; @p message says why.
    void tagError(const QString &message);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    bool finish(bool ok, const QString &selectAfter = QString());
    void promptNew(const QString &parentPath);
    void promptRename(const QString &path);
    void promptColor(const QString &path);
    void promptMerge(const QString &path);
    void promptDelete(const QString &path);

    Database &m_database;
    TagTreeModel *m_model = nullptr;
};

} // namespace ks
