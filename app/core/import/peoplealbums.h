// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"
#include "journaledhash.h"

#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ks {

struct WriteSession;

/// People (by QQ number, else by name, with every name they were seen under) and albums as the
/// writer finds or creates them. Their id caches follow the writer's per-record savepoint:
/// beginRecord() / endRecord(committed) undo what a rolled-back record cached.
class PeopleAlbums
{
public:
    explicit PeopleAlbums(WriteSession &session) : m_session(session) {}

    /// The person's id, created when new; their name is remembered as seen at @p seenAt and the
    /// newest name becomes the display name. 0 for an invalid reference or a library error.
    qint64 personId(const PersonRef &person, qint64 seenAt);
    /// The album of @p record (created when new, name/category/description filled in), or 0.
    qint64 albumId(const MemoryRecord &record);

    /// Marks the person of @p record a friend (or not) with what the friends list says. False
    /// for an invalid person or a library error.
    bool writeFriend(const PersonRecord &record);
    /// Links each person to their avatar among the account's files: @p fresh (QQ number → media
    /// id, stored by this import) replace older ones; people without one get theirs from any
    /// import. False on a library error.
    bool linkAvatars(const QHash<QString, qint64> &fresh);

    /// A new account is being written: albums are per account.
    void accountChanged() { m_albumByKey.clear(); }
    void beginRecord();
    /// @p kept false: the record's savepoint was rolled back.
    void endRecord(bool kept);

private:
    bool rememberName(qint64 id, const PersonRef &person, qint64 seenAt);

    WriteSession &m_session;
    JournaledHash<QString, qint64> m_personByUin;
    JournaledHash<QString, qint64> m_personByName;
    JournaledHash<QPair<qint64, QString>, QPair<qint64, qint64>> m_nameRanges; ///< seen from…to
    JournaledHash<qint64, QString> m_displayName; ///< people.name as this import last set it
    JournaledHash<QString, qint64> m_albumByKey;
    JournaledHash<qint64, QStringList> m_albumInfo; ///< name, category, description last written
};

} // namespace ks
