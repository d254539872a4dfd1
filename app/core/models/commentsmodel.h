// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QDateTime>
#include <QVector>
#include <memory>

namespace ks {

class Database;

/// The comments of one memory as a tree: top-level comments in time order, each with its
/// replies (and their replies, at any depth) in time order under it.
class CommentsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        CommentIdRole = Qt::UserRole + 1,
        AuthorRole, ///< display name (latest known name, else the name written on the comment)
        AuthorUinRole,
        AuthorIdRole,   ///< people.id, 0 when unknown
        TimeRole,       ///< QDateTime in the comment's own local offset (invalid when unknown)
        TextRole,       ///< raw QQ markup
        DepthRole,      ///< 0 for top-level comments
        ReplyCountRole, ///< direct replies
    };

    explicit CommentsModel(QObject *parent = nullptr);
    ~CommentsModel() override;

    /// Reads the comments of @p memoryId. Replies whose parent is gone become top-level.
    void load(Database &database, qint64 memoryId);
    void clear();

    /// Every comment and reply.
    int totalCount() const { return m_total; }
    /// Deepest level present (0 = no replies).
    int maxDepth() const { return m_maxDepth; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    struct Node
    {
        qint64 id = 0;
        qint64 parentId = 0;
        qint64 authorId = 0;
        QString author;
        QString authorUin;
        qint64 created = 0;
        bool hasTime = false;
        int utcOffset = 28800;
        QString text;
        int depth = 0;
        int row = 0;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };

private:
    const Node *nodeFor(const QModelIndex &index) const;

    Node m_root;
    int m_total = 0;
    int m_maxDepth = 0;
};

} // namespace ks
