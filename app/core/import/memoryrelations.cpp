// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryrelations.h"

#include "peoplealbums.h"
#include "writesession.h"

#include <QCryptographicHash>
#include <QHash>

namespace ks {

bool MemoryRelations::addComments(qint64 memoryId, const QList<CommentRecord> &comments, qint64 parentId,
                                  const QString &parentKey, bool freshMemory, bool *added)
{
    // Comments without a time (MarkDown, xlsx) that say the same thing from the same person are
    // still two comments ("哈哈" twice): the n-th copy under one parent gets its own key.
    QHash<QString, int> seenUntimed;
    for (const CommentRecord &c : comments) {
        const QString who = c.author.uin.isEmpty() ? QStringLiteral("name:") + c.author.name : c.author.uin;
        QString basis = QStringLiteral("%1|%2|%3|%4")
                            .arg(parentKey, who)
                            .arg(c.created == kNoTime ? QStringLiteral("?") : QString::number(c.created))
                            .arg(normaliseForMatch(c.text));
        if (c.created == kNoTime) {
            const int copy = seenUntimed[basis]++;
            if (copy > 0)
                basis += QStringLiteral("|#%1").arg(copy);
        }
        // A Keepsake archive carries the key the library gave the comment: the same comment again.
        const QString key = c.key.isEmpty() ? sha1Hex(basis) : c.key;
        StatementCache::Query q(m_session.stmt);
        qint64 id = 0;
        auto findExisting = [&] {
            q = m_session.stmt(QStringLiteral("SELECT id FROM comments WHERE memory_id = ? AND key = ?"));
            q.addBindValue(memoryId);
            q.addBindValue(key);
            if (!m_session.run(q))
                return false;
            if (q.next())
                id = q.value(0).toLongLong();
            q.finish();
            return true;
        };
        // A memory added just now has no comments yet: skip the lookup (a duplicate in the same
        // record still lands on the first copy through the refused insert below).
        if (!freshMemory && !findExisting())
            return false;
        if (!id) {
            const qint64 author = m_people.personId(c.author, c.created);
            if (!m_session.context.libraryError().isEmpty())
                return false;
            q = m_session.stmt(QStringLiteral(
                "INSERT INTO comments (memory_id, parent_id, key, author_id, author_name, "
                "created, utc_offset, body_text, source_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(memoryId);
            q.addBindValue(nullableId(parentId));
            q.addBindValue(key);
            q.addBindValue(nullableId(author));
            q.addBindValue(nullableText(c.author.name));
            q.addBindValue(nullableTime(c.created));
            q.addBindValue(c.utcOffset);
            q.addBindValue(textOrEmpty(c.text));
            q.addBindValue(c.sourceRecord.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(QString::fromUtf8(c.sourceRecord)));
            bool conflict = false;
            if (m_session.runAllowingConflict(q, &conflict)) {
                id = q.lastInsertId().toLongLong();
                *added = true;
            } else if (!conflict || !findExisting()) {
                return false;
            }
            if (!id)
                continue;
        }
        if (!addComments(memoryId, c.replies, id, key, freshMemory, added))
            return false;
    }
    return true;
}

bool MemoryRelations::linkPeople(qint64 memoryId, const QList<PersonRef> &people, const QString &role,
                                 qint64 seenAt, bool *added)
{
    for (const PersonRef &p : people) {
        const qint64 id = m_people.personId(p, seenAt);
        if (!m_session.context.libraryError().isEmpty())
            return false;
        if (!id)
            continue;
        StatementCache::Query q(m_session.stmt);
        q = m_session.stmt(
            QStringLiteral("INSERT INTO memory_people (memory_id, person_id, role) VALUES (?, ?, ?) "
                           "ON CONFLICT DO NOTHING"));
        q.addBindValue(memoryId);
        q.addBindValue(id);
        q.addBindValue(role);
        if (!m_session.run(q))
            return false;
        *added = q.numRowsAffected() > 0 || *added;
    }
    return true;
}

} // namespace ks
