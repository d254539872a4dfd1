// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplemodel.h"

#include "library/database.h"
#include "library/looseassets.h"

#include <QDateTime>
#include <QImageReader>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <limits>

namespace ks {

namespace {

void warnOnError(const QSqlQuery &q, const char *what)
{
    if (q.lastError().isValid())
        qWarning("keepsake: people (%s): %s", what, qPrintable(q.lastError().text()));
}

} // namespace

PeopleModel::PeopleModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_database(database)
{
}

void PeopleModel::reload()
{
    beginResetModel();
    m_avatars.clear();
    m_people = m_database.isOpen() ? loadPeople(m_database) : QVector<PersonSummary>();
    endResetModel();
}

QVector<PersonSummary> PeopleModel::loadPeople(Database &database)
{
    QSqlDatabase db = database.connection();
    // Counts by one pass over each table (GROUP BY), never a subquery per person.
    QHash<qint64, int> comments, messages, mentions, likes;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral(
            "SELECT author_id, COUNT(*) FROM comments WHERE author_id IS NOT NULL GROUP BY author_id")))
        while (q.next())
            comments.insert(q.value(0).toLongLong(), q.value(1).toInt());
    warnOnError(q, "comments");
    if (q.exec(QStringLiteral(
            "SELECT author_id, COUNT(*) FROM memories WHERE kind = 'board' AND author_id IS NOT NULL "
            "GROUP BY author_id")))
        while (q.next())
            messages.insert(q.value(0).toLongLong(), q.value(1).toInt());
    warnOnError(q, "messages");
    if (q.exec(QStringLiteral(
            "SELECT person_id, role, COUNT(*) FROM memory_people WHERE role IN ('mention', 'like') "
            "GROUP BY person_id, role")))
        while (q.next())
            (q.value(1).toString() == QLatin1String("mention") ? mentions : likes)
                .insert(q.value(0).toLongLong(), q.value(2).toInt());
    warnOnError(q, "mentions");
    QHash<qint64, QStringList> names;
    QHash<qint64, QPair<qint64, QString>> newestName; // by last_seen: the name they go by now
    if (q.exec(QStringLiteral("SELECT person_id, name, last_seen FROM person_names ORDER BY person_id, "
                              "first_seen IS NULL, first_seen, name")))
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QString name = q.value(1).toString();
            names[id].append(name);
            const qint64 lastSeen =
                q.value(2).isNull() ? std::numeric_limits<qint64>::min() : q.value(2).toLongLong();
            auto it = newestName.find(id);
            if (it == newestName.end() || lastSeen >= it->first)
                newestName.insert(id, {lastSeen, name});
        }
    warnOnError(q, "names");
    const QHash<QString, QString> avatars = LooseAssets(database).allAvatars();

    QVector<PersonSummary> people;
    if (!q.exec(
            QStringLiteral("SELECT p.id, p.uin, p.name, p.remark, p.group_name, p.is_friend, p.friend_since "
                           "FROM people p WHERE p.uin IS NULL OR p.uin NOT IN (SELECT uin FROM accounts) "
                           "ORDER BY p.id"))) {
        warnOnError(q, "people");
        return people;
    }
    while (q.next()) {
        PersonSummary p;
        p.id = q.value(0).toLongLong();
        p.uin = q.value(1).toString();
        p.name = q.value(2).toString();
        p.remark = q.value(3).toString();
        p.groupName = q.value(4).toString();
        p.isFriend = q.value(5).toInt() == 1;
        p.friendSince = q.value(6).toLongLong();
        p.comments = comments.value(p.id);
        p.messages = messages.value(p.id);
        p.mentions = mentions.value(p.id);
        p.likes = likes.value(p.id);
        if (!p.isFriend && p.comments == 0 && p.messages == 0 && p.mentions == 0 && p.likes == 0)
            continue; // e.g. only a visitor, or an author of a shared item
        p.names = names.value(p.id);
        if (newestName.contains(p.id))
            p.name = newestName.value(p.id).second;
        if (p.names.isEmpty() && !p.name.isEmpty())
            p.names << p.name;
        if (p.name.isEmpty())
            p.name = p.names.isEmpty() ? p.uin : p.names.constLast();
        p.avatarPath = avatars.value(p.uin);
        people.append(p);
    }
    return people;
}

QList<qint64> PeopleModel::memoriesOf(Database &database, qint64 personId)
{
    QList<qint64> ids;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT m.id FROM memories m WHERE m.id IN ("
                             "SELECT id FROM memories WHERE author_id = :p "
                             "UNION SELECT memory_id FROM comments WHERE author_id = :p "
                             "UNION SELECT memory_id FROM memory_people WHERE person_id = :p) "
                             "ORDER BY m.created IS NULL, m.created DESC, m.id DESC"));
    q.bindValue(QStringLiteral(":p"), personId);
    if (!q.exec())
        warnOnError(q, "memories");
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

int PeopleModel::rowForPerson(qint64 personId) const
{
    for (int i = 0; i < m_people.size(); ++i) {
        if (m_people.at(i).id == personId)
            return i;
    }
    return -1;
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const PersonSummary &p = m_people.at(index.row());
    const int column = index.column();
    if (role == PersonIdRole)
        return p.id;
    if (role == SearchTextRole)
        return QStringList{p.name, p.remark, p.groupName, p.uin, p.names.join(QLatin1Char(' '))}.join(
            QLatin1Char(' '));
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case NameColumn:
            return p.name;
        case RemarkColumn:
            return p.remark;
        case GroupColumn:
            return p.groupName;
        case FriendSinceColumn:
            if (p.friendSince <= 0)
                return role == SortRole ? QVariant(qint64(0)) : QVariant(QString());
            return role == SortRole
                       ? QVariant(p.friendSince)
                       : QVariant(QLocale().toString(
                             QDateTime::fromSecsSinceEpoch(p.friendSince, Qt::OffsetFromUTC, 8 * 3600).date(),
                             //: Date format of "friends since" (Qt's date format letters).
                             tr("d MMM yyyy")));
        case CommentsColumn:
            return p.comments;
        case MessagesColumn:
            return p.messages;
        case MentionsColumn:
            return p.mentions;
        case LikesColumn:
            return p.likes;
        case NamesColumn:
            return role == SortRole ? QVariant(int(p.names.size()))
                                    : QVariant(p.names.join(QStringLiteral(" → ")));
        default:
            return QVariant();
        }
    }
    if (role == Qt::TextAlignmentRole && column >= CommentsColumn && column <= LikesColumn)
        return int(Qt::AlignCenter);
    if (role == Qt::DecorationRole && column == NameColumn && !p.avatarPath.isEmpty()) {
        auto it = m_avatars.find(p.id);
        if (it == m_avatars.end()) {
            // Read lazily and small: only rows that are painted pay for their avatar.
            QImageReader reader(p.avatarPath);
            reader.setAutoTransform(true);
            QImage image = reader.read();
            if (!image.isNull())
                image = image.scaled(kAvatarSize, kAvatarSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            it = m_avatars.insert(p.id, image);
        }
        return it->isNull() ? QVariant() : QVariant(*it);
    }
    if (role == Qt::ToolTipRole && column == NameColumn) {
        QStringList lines;
        if (!p.uin.isEmpty())
            lines << tr("QQ %1").arg(p.uin);
        if (p.isFriend && p.friendSince > 0)
            lines << tr("Friends since %1")
                         .arg(QDateTime::fromSecsSinceEpoch(p.friendSince, Qt::OffsetFromUTC, 8 * 3600)
                                  .date()
                                  .toString(Qt::ISODate));
        if (p.names.size() > 1)
            lines << tr("Also known as %1").arg(p.names.join(QStringLiteral(", ")));
        return lines.join(QLatin1Char('\n'));
    }
    return QVariant();
}

bool PeopleModel::isColumnEmpty(int column) const
{
    for (int row = 0; row < int(m_people.size()); ++row) {
        const QVariant v = data(index(row, column), Qt::DisplayRole);
        if (v.typeId() == QMetaType::Int ? v.toInt() != 0 : !v.toString().isEmpty())
            return false;
    }
    return true;
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RemarkColumn:
        return tr("Remark");
    case GroupColumn:
        return tr("Group");
    case FriendSinceColumn:
        return tr("Friends since");
    case CommentsColumn:
        return tr("Comments");
    case MessagesColumn:
        return tr("Messages");
    case MentionsColumn:
        return tr("Mentions");
    case LikesColumn:
        return tr("Likes");
    case NamesColumn:
        return tr("Names over time");
    default:
        return QVariant();
    }
}

} // namespace ks
