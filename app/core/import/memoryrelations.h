// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

namespace ks {

class PeopleAlbums;
struct WriteSession;

/// What hangs off a memory once it is written: its comments (with replies, each kept once by
/// author, time and text) and the people it mentions or who liked it.
class MemoryRelations
{
public:
    MemoryRelations(WriteSession &session, PeopleAlbums &people) : m_session(session), m_people(people) {}

    /// Adds the comments of @p memoryId not there yet; @p freshMemory: it was inserted just now,
    /// so none can be. Sets @p added when one was. False on a library error.
    bool addComments(qint64 memoryId, const QList<CommentRecord> &comments, qint64 parentId,
                     const QString &parentKey, bool freshMemory, bool *added);
    /// Links @p people to @p memoryId in @p role ("mention", "like").
    bool linkPeople(qint64 memoryId, const QList<PersonRef> &people, const QString &role, qint64 seenAt,
                    bool *added);

private:
    WriteSession &m_session;
    PeopleAlbums &m_people;
};

} // namespace ks
