// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagstore.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QVector>

namespace ks {

class Database;

/// The tag tree for a sidebar: column 0 the name (with the tag's colour as decoration),
/// column 1 the number of memories carrying the tag or any tag below it.
class TagTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        TagIdRole = Qt::UserRole + 1,
        PathRole,
        CountRole,       ///< memories under the tag, children included
        DirectCountRole, ///< memories with exactly this tag
        ColorRole,       ///< QColor, invalid when the tag has none
    };
    enum Column
    {
        NameColumn = 0,
        CountColumn = 1
    };

    explicit TagTreeModel(Database &database, QObject *parent = nullptr);

    /// Re-reads the tags (after any change through TagStore).
    void reload();

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexForTag(qint64 tagId, int column = NameColumn) const;
    QModelIndex indexForPath(const QString &path, int column = NameColumn) const;
    /// Every tag path, for completion.
    QStringList paths() const;
    const QList<TagInfo> &tags() const { return m_tags; }

private:
    struct Node
    {
        int tag = -1; ///< index in m_tags, -1 for the root
        int parent = -1;
        int row = 0;
        QVector<int> children;
    };

    Database &m_database;
    QList<TagInfo> m_tags;
    QVector<Node> m_nodes; ///< node 0 is the invisible root
    QHash<qint64, int> m_nodeByTag;
};

} // namespace ks
