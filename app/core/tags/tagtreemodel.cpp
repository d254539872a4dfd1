// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagtreemodel.h"

#include "library/database.h"

#include <QColor>

namespace ks {

TagTreeModel::TagTreeModel(Database &database, QObject *parent)
    : QAbstractItemModel(parent), m_database(database)
{
    reload();
}

void TagTreeModel::reload()
{
    beginResetModel();
    m_tags = m_database.isOpen() ? TagStore(m_database.connection()).list() : QList<TagInfo>();
    m_nodes.clear();
    m_nodeByTag.clear();
    m_nodes.append(Node{});
    for (int i = 0; i < m_tags.size(); ++i) {
        m_nodeByTag.insert(m_tags.at(i).id, int(m_nodes.size()));
        Node node;
        node.tag = i;
        m_nodes.append(node);
    }
    // list() is sorted by path, so children come in name order and parents before children.
    for (int n = 1; n < m_nodes.size(); ++n) {
        const qint64 parentTag = m_tags.at(m_nodes.at(n).tag).parentId;
        const int parentNode = parentTag ? m_nodeByTag.value(parentTag, 0) : 0;
        m_nodes[n].parent = parentNode;
        m_nodes[n].row = int(m_nodes.at(parentNode).children.size());
        m_nodes[parentNode].children.append(n);
    }
    endResetModel();
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const int parentNode = parent.isValid() ? int(parent.internalId()) : 0;
    if (parentNode < 0 || parentNode >= m_nodes.size() || column < 0 || column > CountColumn)
        return QModelIndex();
    const QVector<int> &children = m_nodes.at(parentNode).children;
    if (row < 0 || row >= children.size())
        return QModelIndex();
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex TagTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    const int node = int(child.internalId());
    const int parentNode = m_nodes.value(node).parent;
    if (parentNode <= 0)
        return QModelIndex();
    return createIndex(m_nodes.at(parentNode).row, 0, quintptr(parentNode));
}

int TagTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int node = parent.isValid() ? int(parent.internalId()) : 0;
    return node < m_nodes.size() ? int(m_nodes.at(node).children.size()) : 0;
}

int TagTreeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant TagTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const int node = int(index.internalId());
    if (node <= 0 || node >= m_nodes.size())
        return QVariant();
    const TagInfo &t = m_tags.at(m_nodes.at(node).tag);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(t.name) : QVariant(t.totalCount);
    case Qt::DecorationRole:
        if (index.column() == NameColumn && !t.color.isEmpty())
            return QColor::fromString(t.color);
        return QVariant();
    case Qt::ToolTipRole:
        return QStringLiteral("%1 (%2)").arg(t.path).arg(t.totalCount);
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case TagIdRole:
        return t.id;
    case PathRole:
        return t.path;
    case CountRole:
        return t.totalCount;
    case DirectCountRole:
        return t.directCount;
    case ColorRole:
        return t.color.isEmpty() ? QColor() : QColor::fromString(t.color);
    default:
        return QVariant();
    }
}

QVariant TagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    return section == NameColumn ? tr("Tag") : tr("Memories");
}

QHash<int, QByteArray> TagTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(TagIdRole, "tagId");
    names.insert(PathRole, "path");
    names.insert(CountRole, "count");
    names.insert(DirectCountRole, "directCount");
    names.insert(ColorRole, "color");
    return names;
}

QModelIndex TagTreeModel::indexForTag(qint64 tagId, int column) const
{
    const int node = m_nodeByTag.value(tagId, -1);
    if (node <= 0)
        return QModelIndex();
    return createIndex(m_nodes.at(node).row, column, quintptr(node));
}

QModelIndex TagTreeModel::indexForPath(const QString &path, int column) const
{
    for (const TagInfo &t : m_tags) {
        if (t.path == path)
            return indexForTag(t.id, column);
    }
    return QModelIndex();
}

QStringList TagTreeModel::paths() const
{
    QStringList out;
    for (const TagInfo &t : m_tags)
        out << t.path;
    return out;
}

} // namespace ks
