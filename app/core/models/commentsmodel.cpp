// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentsmodel.h"

#include "library/database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace ks {

CommentsModel::CommentsModel(QObject *parent) : QAbstractItemModel(parent) {}

CommentsModel::~CommentsModel() = default;

void CommentsModel::clear()
{
    beginResetModel();
    m_root.children.clear();
    m_total = 0;
    m_maxDepth = 0;
    endResetModel();
}

void CommentsModel::load(Database &database, qint64 memoryId)
{
    beginResetModel();
    m_root.children.clear();
    m_total = 0;
    m_maxDepth = 0;

    std::vector<std::unique_ptr<Node>> all;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral(
        "SELECT c.id, c.parent_id, c.author_id, COALESCE(NULLIF(p.name, ''), c.author_name, ''), "
        "p.uin, c.created, c.utc_offset, c.body_text FROM comments c "
        "LEFT JOIN people p ON p.id = c.author_id WHERE c.memory_id = ? "
        "ORDER BY c.created IS NULL, c.created, c.id"));
    q.addBindValue(memoryId);
    if (!q.exec())
        qWarning("keepsake: comments: %s", qPrintable(q.lastError().text()));
    while (q.next()) {
        auto node = std::make_unique<Node>();
        node->id = q.value(0).toLongLong();
        node->parentId = q.value(1).toLongLong();
        node->authorId = q.value(2).toLongLong();
        node->author = q.value(3).toString();
        node->authorUin = q.value(4).toString();
        node->hasTime = !q.value(5).isNull();
        node->created = q.value(5).toLongLong();
        node->utcOffset = q.value(6).toInt();
        node->text = q.value(7).toString();
        all.push_back(std::move(node));
    }
    m_total = int(all.size());

    // Rows come in time order, so appending keeps every level in time order.
    QHash<qint64, Node *> byId;
    for (const auto &node : all)
        byId.insert(node->id, node.get());
    for (auto &node : all) {
        Node *parent = byId.value(node->parentId, nullptr);
        // A reply to itself, to a missing comment, or a cycle: shown at the top level.
        for (Node *up = parent; up; up = byId.value(up->parentId, nullptr)) {
            if (up == node.get()) {
                parent = nullptr;
                break;
            }
        }
        node->parent = parent ? parent : &m_root;
    }
    for (auto &node : all) {
        Node *parent = node->parent;
        parent->children.push_back(std::move(node));
    }
    // Depths and rows, top-down.
    std::vector<Node *> stack{&m_root};
    m_root.depth = -1;
    while (!stack.empty()) {
        Node *n = stack.back();
        stack.pop_back();
        for (size_t i = 0; i < n->children.size(); ++i) {
            Node *child = n->children[i].get();
            child->row = int(i);
            child->depth = n->depth + 1;
            m_maxDepth = std::max(m_maxDepth, child->depth);
            stack.push_back(child);
        }
    }
    endResetModel();
}

const CommentsModel::Node *CommentsModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : &m_root;
}

QModelIndex CommentsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return QModelIndex();
    const Node *p = nodeFor(parent);
    if (row >= int(p->children.size()))
        return QModelIndex();
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex CommentsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    const Node *n = nodeFor(child);
    if (!n->parent || n->parent == &m_root)
        return QModelIndex();
    return createIndex(n->parent->row, 0, n->parent);
}

int CommentsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int CommentsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CommentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Node *n = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return n->author + QStringLiteral(": ") + n->text;
    case CommentIdRole:
        return n->id;
    case AuthorRole:
        return n->author;
    case AuthorUinRole:
        return n->authorUin;
    case AuthorIdRole:
        return n->authorId;
    case TimeRole:
        return n->hasTime ? QDateTime::fromSecsSinceEpoch(n->created, Qt::OffsetFromUTC, n->utcOffset)
                          : QDateTime();
    case TextRole:
        return n->text;
    case DepthRole:
        return n->depth;
    case ReplyCountRole:
        return int(n->children.size());
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> CommentsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(CommentIdRole, "commentId");
    names.insert(AuthorRole, "author");
    names.insert(AuthorUinRole, "authorUin");
    names.insert(AuthorIdRole, "authorId");
    names.insert(TimeRole, "time");
    names.insert(TextRole, "text");
    names.insert(DepthRole, "depth");
    names.insert(ReplyCountRole, "replyCount");
    return names;
}

} // namespace ks
