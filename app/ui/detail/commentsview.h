// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>
#include <QTreeView>

#include <memory>

class QTextDocument;

namespace ks {

class CommentsModel;
class Database;

/// Paints one comment: the name and time on a line, the text (emoticons as pictures) below.
/// Documents are cached per comment, so long threads only lay out what is shown.
class CommentDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    CommentDelegate(Database &database, QTreeView *view);
    ~CommentDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void clearCache();

private:
    QTextDocument *documentFor(const QModelIndex &index, int width) const;
    int textWidth(const QModelIndex &index) const;

    Database &m_database;
    QTreeView *m_view;
    mutable QHash<qint64, std::shared_ptr<QTextDocument>> m_documents;
};

/// The threaded comments of a memory: every level expanded, indented by depth.
class CommentsView : public QTreeView
{
    Q_OBJECT
public:
    explicit CommentsView(Database &database, QWidget *parent = nullptr);
    ~CommentsView() override;

    void load(qint64 memoryId);
    CommentsModel *commentsModel() const { return m_model; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    Database &m_database;
    CommentsModel *m_model;
    CommentDelegate *m_delegate;
    int m_lastWidth = 0;
};

} // namespace ks
