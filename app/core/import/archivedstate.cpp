// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivedstate.h"

#include "writesession.h"

#include <QDateTime>

namespace ks {

bool ArchivedStateWriter::apply(qint64 memoryId, const MemoryRecord &record, bool *changed)
{
    const ArchivedState &state = record.archived;
    if (!state.present)
        return true;
    if (state.dateCorrected && !restoreDate(memoryId, state, changed))
        return false;
    for (const QString &path : state.tags) {
        const qint64 tag = keepTag(path);
        if (!m_session.context.libraryError().isEmpty())
            return false;
        if (!tag)
            continue;
        StatementCache::Query q(m_session.stmt);
        q = m_session.stmt(QStringLiteral(
            "INSERT INTO memory_tags (memory_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        q.addBindValue(memoryId);
        q.addBindValue(tag);
        if (!m_session.run(q))
            return false;
        *changed = q.numRowsAffected() > 0 || *changed;
    }
    return true;
}

bool ArchivedStateWriter::restoreDate(qint64 memoryId, const ArchivedState &state, bool *changed)
{
    // A date the library has put right already stays as it is: the person's latest word wins.
    StatementCache::Query q(m_session.stmt);
    q = m_session.stmt(QStringLiteral(
        "SELECT m.created, m.utc_offset, EXISTS (SELECT 1 FROM date_corrections c WHERE c.memory_id = m.id) "
        "FROM memories m WHERE m.id = ?"));
    q.addBindValue(memoryId);
    if (!m_session.run(q) || !q.next())
        return false;
    const QVariant before = q.value(0);
    const int beforeOffset = q.value(1).toInt();
    const bool corrected = q.value(2).toBool();
    q.finish();
    if (corrected || state.correctedCreated == kNoTime)
        return true;
    if (!m_batch) {
        // One undo step for every date this import restored, as `keepsake date` leaves one.
        q = m_session.stmt(QStringLiteral("SELECT COALESCE(MAX(batch), 0) + 1 FROM date_changes"));
        if (!m_session.run(q) || !q.next())
            return false;
        m_batch = q.value(0).toLongLong();
        q.finish();
    }
    q = m_session.stmt(
        QStringLiteral("INSERT INTO date_changes (batch, memory_id, before_created, before_utc_offset, "
                       "after_created, after_utc_offset, how) VALUES (?, ?, ?, ?, ?, ?, 'set')"));
    q.addBindValue(m_batch);
    q.addBindValue(memoryId);
    q.addBindValue(before);
    q.addBindValue(beforeOffset);
    q.addBindValue(state.correctedCreated);
    q.addBindValue(state.correctedUtcOffset);
    if (!m_session.run(q))
        return false;
    q = m_session.stmt(QStringLiteral("INSERT INTO date_corrections (memory_id, original_created, "
                                      "original_utc_offset, corrected_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(memoryId);
    q.addBindValue(before);
    q.addBindValue(beforeOffset);
    q.addBindValue(state.correctedAt != kNoTime ? state.correctedAt : QDateTime::currentSecsSinceEpoch());
    if (!m_session.run(q))
        return false;
    q = m_session.stmt(QStringLiteral("UPDATE memories SET created = ?, utc_offset = ? WHERE id = ?"));
    q.addBindValue(state.correctedCreated);
    q.addBindValue(state.correctedUtcOffset);
    q.addBindValue(memoryId);
    if (!m_session.run(q))
        return false;
    *changed = true;
    return true;
}

qint64 ArchivedStateWriter::keepTag(const QString &path, const QString &color)
{
    QStringList segments;
    for (const QString &part : path.split(QLatin1Char('/'))) {
        if (!part.trimmed().isEmpty())
            segments << part.trimmed();
    }
    qint64 parent = 0;
    QString prefix;
    StatementCache::Query q(m_session.stmt);
    for (const QString &name : std::as_const(segments)) {
        prefix = prefix.isEmpty() ? name : prefix + QLatin1Char('/') + name;
        q = m_session.stmt(QStringLiteral("INSERT INTO tags (parent_id, name, path) VALUES (?, ?, ?) "
                                          "ON CONFLICT(path) DO NOTHING"));
        q.addBindValue(nullableId(parent));
        q.addBindValue(name);
        q.addBindValue(prefix);
        if (!m_session.run(q))
            return 0;
        q = m_session.stmt(QStringLiteral("SELECT id FROM tags WHERE path = ?"));
        q.addBindValue(prefix);
        if (!m_session.run(q) || !q.next())
            return 0;
        parent = q.value(0).toLongLong();
        q.finish();
    }
    if (parent && !color.isEmpty()) {
        q = m_session.stmt(QStringLiteral("UPDATE tags SET color = ? WHERE id = ? AND color IS NULL"));
        q.addBindValue(color);
        q.addBindValue(parent);
        if (!m_session.run(q))
            return 0;
    }
    return parent;
}

} // namespace ks
