// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "library/database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace ks {

TimelineModel::TimelineModel(Database &database, QObject *parent) : QAbstractListModel(parent), m_database(database)
{
}

void TimelineModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = !m_database.isOpen();
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_database.isOpen();
}

QVector<TimelineModel::Row> TimelineModel::fetchPage() const
{
    QVector<Row> page;
    QSqlQuery q(m_database.connection());
    // Newest first; rows without a time go last. The (created, id) pair is the keyset cursor.
    QString where;
    if (!m_rows.isEmpty()) {
        const Row &last = m_rows.constLast();
        where = last.hasCreated ? QStringLiteral("WHERE (m.created < %1 OR (m.created = %1 AND m.id < %2) OR "
                                                 "m.created IS NULL)")
                                      .arg(last.created)
                                      .arg(last.id)
                                : QStringLiteral("WHERE m.created IS NULL AND m.id < %1").arg(last.id);
    }
    q.prepare(QStringLiteral("SELECT m.id, m.key, m.kind, m.created, m.utc_offset, m.title, m.body_text, p.name, "
                             "(SELECT COUNT(*) FROM memory_media mm WHERE mm.memory_id = m.id), "
                             "(SELECT COUNT(*) FROM comments c WHERE c.memory_id = m.id) "
                             "FROM memories m LEFT JOIN people p ON p.id = m.author_id %1 "
                             "ORDER BY m.created IS NULL, m.created DESC, m.id DESC LIMIT %2")
                  .arg(where)
                  .arg(kPageSize));
    if (!q.exec())
        return page;
    while (q.next()) {
        Row row;
        row.id = q.value(0).toLongLong();
        row.key = q.value(1).toString();
        row.kind = q.value(2).toString();
        row.hasCreated = !q.value(3).isNull();
        row.created = q.value(3).toLongLong();
        row.utcOffset = q.value(4).toInt();
        row.title = q.value(5).toString();
        row.text = q.value(6).toString();
        row.author = q.value(7).toString();
        row.mediaCount = q.value(8).toInt();
        row.commentCount = q.value(9).toInt();
        page.append(row);
    }
    return page;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QVector<Row> page = fetchPage();
    if (page.size() < kPageSize)
        m_atEnd = true;
    if (page.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.title.isEmpty() ? row.text : row.title;
    case IdRole:
        return row.id;
    case KeyRole:
        return row.key;
    case KindRole:
        return row.kind;
    case CreatedRole:
        return row.hasCreated ? QVariant(row.created) : QVariant();
    case LocalTimeRole:
        return row.hasCreated ? QVariant(QDateTime::fromSecsSinceEpoch(row.created, Qt::OffsetFromUTC,
                                                                              row.utcOffset))
                              : QVariant();
    case TitleRole:
        return row.title;
    case TextRole:
        return row.text;
    case AuthorRole:
        return row.author;
    case MediaCountRole:
        return row.mediaCount;
    case CommentCountRole:
        return row.commentCount;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(KeyRole, "key");
    names.insert(KindRole, "kind");
    names.insert(CreatedRole, "created");
    names.insert(LocalTimeRole, "localTime");
    names.insert(TitleRole, "title");
    names.insert(TextRole, "text");
    names.insert(AuthorRole, "author");
    names.insert(MediaCountRole, "mediaCount");
    names.insert(CommentCountRole, "commentCount");
    return names;
}

} // namespace ks
