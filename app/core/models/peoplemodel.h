// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QImage>
#include <QList>
#include <QStringList>
#include <QVector>

namespace ks {

class Database;

/// One person of the people page.
struct PersonSummary
{
    qint64 id = 0;
    QString uin;
    QString name;
    QString remark;
    QString groupName;
    bool isFriend = false;
    qint64 friendSince = 0; ///< epoch seconds, 0 when unknown
    int comments = 0;       ///< comments and replies they wrote
    int messages = 0;       ///< 留言 they left on the board
    int mentions = 0;       ///< memories that @-mention them
    int likes = 0;          ///< memories they liked
    QStringList names;      ///< every name seen, oldest first
    QString avatarPath;     ///< absolute vault path of their avatar, when the export had it
    int total() const { return comments + messages + mentions; }
};

/// Everyone who commented, left a 留言, was @-mentioned, liked something or is a friend
/// (the account owner excepted), with counts.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        RemarkColumn,
        GroupColumn,
        FriendSinceColumn,
        CommentsColumn,
        MessagesColumn,
        MentionsColumn,
        LikesColumn,
        NamesColumn,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1,
        SortRole,
        SearchTextRole
    };

    explicit PeopleModel(Database &database, QObject *parent = nullptr);

    void reload();
    const QVector<PersonSummary> &people() const { return m_people; }
    /// True when no row has anything in @p column (no remark anywhere, every count 0): the
    /// people page hides such a column instead of showing a wall of zeros.
    bool isColumnEmpty(int column) const;
    /// Avatars are painted at this size (device-independent pixels).
    static constexpr int kAvatarSize = 40;
    /// Row of a person, -1 when absent.
    int rowForPerson(qint64 personId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reads the people of the library (the owner excepted).
    static QVector<PersonSummary> loadPeople(Database &database);
    /// Every memory @p personId took part in: as author, commenter, or named in it (mention,
    /// like, visit), newest first.
    static QList<qint64> memoriesOf(Database &database, qint64 personId);

private:
    Database &m_database;
    QVector<PersonSummary> m_people;
    mutable QHash<qint64, QImage> m_avatars;
};

} // namespace ks
