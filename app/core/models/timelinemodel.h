// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QVector>

namespace ks {

class Database;

/// Every memory, newest first, read from SQLite in pages as the view scrolls (keyset paging:
/// each page continues after the last (created, id) seen, so page 1000 costs what page 1 does).
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KeyRole,
        KindRole,
        CreatedRole,   ///< epoch seconds UTC
        LocalTimeRole, ///< QDateTime in the memory's own offset
        TitleRole,
        TextRole,
        AuthorRole,
        MediaCountRole,
        CommentCountRole,
    };

    explicit TimelineModel(Database &database, QObject *parent = nullptr);

    /// Re-reads from the start (after an import).
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int kPageSize = 200;

private:
    struct Row
    {
        qint64 id = 0;
        QString key;
        QString kind;
        qint64 created = 0;
        bool hasCreated = false;
        int utcOffset = 0;
        QString title;
        QString text;
        QString author;
        int mediaCount = 0;
        int commentCount = 0;
    };
    QVector<Row> fetchPage() const;

    Database &m_database;
    QVector<Row> m_rows;
    bool m_atEnd = false;
};

} // namespace ks
