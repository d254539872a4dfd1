// SPDX-License-Identifier: GPL-3.0-or-later
// SearchEngine's compact copy of every memory's newest-first place, date, kind, author and
// flags. The order is loaded on the first search after opening (and after the library
// changed), the rest on the first filter, so both must be quick: stored as blobs by
// writeSearchOrder (searchorder.cpp), or else from narrow indexes (0009) and straight through
// SQLite, no QVariant per value (searchfields.cpp).
#include "library/sqliteraw.h"
#include "searchengine.h"
#include "searchorder.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <algorithm>

namespace ks {

bool SearchEngine::ensureCache(QString *error)
{
    // data_version moves when another connection commits, total_changes() when this one writes.
    QSqlQuery q(m_db);
    QString stamp;
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        stamp = q.value(0).toString();
    if (q.exec(QStringLiteral("SELECT total_changes()")) && q.next())
        stamp += QLatin1Char('/') + q.value(0).toString();
    if (!stamp.isEmpty() && stamp == m_stamp)
        return true;

    QElapsedTimer timer;
    timer.start();
    m_stamp.clear(); // until the whole order is read
    // Only the newest-first order here: a plain search needs no more, and filters load the
    // rest when they first need it (ensureFilterFields). Stored as one blob (searchorder) when
    // the memories have not changed since it was written, else a row each from the narrow
    // index memories_created. Filled in place: memory this engine already has costs no page
    // faults, and on this hardware those were a sixth of the first search.
    qint64 maxId = 0;
    bool stored = readSearchOrder(m_db, m_orderIds, &m_orderGeneration);
    for (const qint64 id : m_orderIds) {
        if (id <= 0) {
            stored = false;
            break;
        }
        maxId = std::max(maxId, id);
    }
    if (stored) {
        m_posById.assign(size_t(maxId + 1), -1);
        for (size_t i = 0; i < m_orderIds.size() && stored; ++i) {
            int &pos = m_posById[size_t(m_orderIds[i])];
            stored = pos < 0; // an id twice is no order: read the rows
            pos = int(i);
        }
    }
    if (!stored) {
        m_orderGeneration = 0;
        forEachInt(
            m_db, "SELECT COALESCE(max(id), 0) FROM memories", [&](qint64 id) { maxId = id; }, nullptr);
        m_orderIds.clear();
        m_orderIds.reserve(size_t(maxId)); // a hint only: the ids are read again below
        maxId = 0;
        if (!forEachInt(
                m_db, "SELECT id FROM memories ORDER BY created DESC, id DESC",
                [&](qint64 id) {
                    maxId = std::max(maxId, id);
                    m_orderIds.push_back(id);
                },
                error))
            return false;
        m_posById.assign(size_t(maxId + 1), -1);
        for (size_t i = 0; i < m_orderIds.size(); ++i)
            m_posById[size_t(m_orderIds[i])] = int(i);
    }
    m_meta.clear();     // filled by the first filter
    m_postings.clear(); // the index may have changed with the memories
    m_postingBytes = 0;
    m_stamp = stamp;
    m_loadedFields = 0;
    m_cacheLoadMs = timer.elapsed();
    return true;
}

bool SearchEngine::ensureFilterFields(quint8 wanted, QString *error)
{
    if (wanted & Flags)
        wanted |= DatesKindsAuthors; // a photo or video memory has a photo or a video
    wanted &= quint8(~m_loadedFields);
    if (!wanted)
        return true;
    // All of them at once when stored with the order this engine read (the same generation).
    if (!m_loadedFields && m_orderGeneration &&
        readSearchFields(m_db, m_orderGeneration, m_orderIds.size(), m_meta)) {
        m_loadedFields = DatesKindsAuthors | Flags;
        return true;
    }
    if (!m_loadedFields)
        m_meta.assign(m_orderIds.size(), Meta());
    if (!loadSearchFields(m_db, m_posById, m_meta, wanted, error)) {
        m_stamp.clear(); // half-set fields: load everything again next time
        return false;
    }
    m_loadedFields |= wanted;
    return true;
}

} // namespace ks
