// SPDX-License-Identifier: GPL-3.0-or-later
// SearchEngine's cache of token positions: read once, from the stored positions of the common
// tokens (storedpostings) or from FTS5 (through the postings reader, or fts5vocab where that
// cannot be installed), kept plain or packed (PostingList), dropped least recently used first.
#include "fts5postings.h"
#include "library/sqliteraw.h"
#include "postinglist.h"
#include "searchengine.h"
#include "storedpostings.h"

#include <QSqlQuery>
#include <algorithm>

namespace ks {

bool SearchEngine::vocabPostings(const std::string &token, std::vector<quint64> &keys, QString *error)
{
    const SqliteApi *api = sqliteApi();
    sqlite3 *handle = sqliteHandle(m_db);
    sqlite3_stmt *stmt = nullptr;
    if (api->prepare(handle, "SELECT doc, offset FROM temp.ks_search_vocab WHERE term = ?", -1, &stmt,
                     nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(api->errmsg(handle));
        api->finalize(stmt);
        return false;
    }
    api->bindText(stmt, 1, token.data(), int(token.size()), SQLITE_STATIC);
    int rc;
    while ((rc = api->step(stmt)) == SQLITE_ROW)
        keys.push_back((quint64(api->columnInt64(stmt, 0)) << 32) | quint32(api->columnInt64(stmt, 1)));
    if (rc != SQLITE_DONE && error)
        *error = QString::fromUtf8(api->errmsg(handle));
    api->finalize(stmt);
    return rc == SQLITE_DONE;
}

std::shared_ptr<const PostingList> SearchEngine::postings(const std::string &token, QString *error)
{
    const auto found = m_postings.find(token);
    if (found != m_postings.end()) {
        found->second.lastUse = ++m_postingUses;
        return found->second.list;
    }
    // Stored packed for the common tokens (storedpostings), else read from FTS5 into a buffer
    // kept between reads (a list of a million keys grown afresh each time was mostly page
    // faults), then copied or packed to its exact size. Plain while the cache has room.
    std::vector<quint64> &keys = m_readKeys;
    keys.clear();
    auto roomy = [&](size_t count) {
        return m_postingBytes + count * sizeof(quint64) <= m_maxPostingBytes / 2;
    };
    bool absent = false;
    std::shared_ptr<const PostingList> list = readStoredPostings(m_db, token, &absent);
    if (absent) {
        list = PostingList::plain(keys); // no memory holds it: nothing to ask FTS5
    } else if (list && roomy(list->size())) {
        list->appendTo(keys);
        list = PostingList::plain(keys);
    } else if (!list) {
        if (!(m_vocab == 2 ? readPostings(sqliteHandle(m_db), "search_fts", token, keys, error)
                           : vocabPostings(token, keys, error)))
            return nullptr;
        if (!std::is_sorted(keys.begin(), keys.end()))
            std::sort(keys.begin(), keys.end());
        list = roomy(keys.size()) ? PostingList::plain(keys) : PostingList::packed(keys);
    }
    // Room is made by packing the plain lists used longest ago, then by dropping the lists used
    // longest ago (a few thousand lists at most, so a scan each).
    while (!m_postings.empty() && m_postingBytes + list->bytes() > m_maxPostingBytes) {
        auto oldest = m_postings.end();
        auto oldestPlain = m_postings.end();
        for (auto it = m_postings.begin(); it != m_postings.end(); ++it) {
            const quint64 use = it->second.lastUse;
            if (oldest == m_postings.end() || use < oldest->second.lastUse)
                oldest = it;
            if (!it->second.list->isPacked() &&
                (oldestPlain == m_postings.end() || use < oldestPlain->second.lastUse))
                oldestPlain = it;
        }
        m_postingBytes -= (oldestPlain != m_postings.end() ? oldestPlain : oldest)->second.list->bytes();
        if (oldestPlain != m_postings.end()) {
            // A phrase holding the plain list keeps it alive until it is done with it.
            oldestPlain->second.list = oldestPlain->second.list->packedCopy();
            m_postingBytes += oldestPlain->second.list->bytes();
        } else {
            m_postings.erase(oldest);
        }
    }
    m_postingBytes += list->bytes();
    m_postings.emplace(token, CachedPostings{list, ++m_postingUses});
    return list;
}

void SearchEngine::packPlainPostings()
{
    for (auto &[token, cached] : m_postings) {
        if (cached.list->isPacked())
            continue;
        m_postingBytes -= cached.list->bytes();
        cached.list = cached.list->packedCopy();
        m_postingBytes += cached.list->bytes();
    }
}

bool SearchEngine::postingsReaderReady()
{
    if (m_vocab == 0) {
        m_vocab = -1;
        if (installPostingsReader(sqliteHandle(m_db))) {
            m_vocab = 2;
        } else if (sqliteApi() && sqliteHandle(m_db)) {
            // A temp table: this connection's own view of the index, nothing is written to the file.
            QSqlQuery q(m_db);
            if (q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.ks_search_vocab USING "
                                      "fts5vocab(main, 'search_fts', 'instance')")))
                m_vocab = 1;
        }
    }
    return m_vocab >= 1;
}

} // namespace ks
