// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/statementcache.h"
#include "searchfields.h"
#include "searchquery.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace ks {

class PostingList;

struct SearchResult
{
    QList<qint64> ids; ///< memory ids, newest first (memories without a date last)
    QStringList terms; ///< the text terms, for MatchHighlighter
    QString error;     ///< a malformed query or a database error; ids is then empty
    bool ok() const { return error.isEmpty(); }
};

/// Runs queries against one connection (so one engine per thread). The text goes through the
/// FTS5 index (one token per character, see segmentFolded), which is exact: a memory is found
/// when, and only when, its folded searchable text contains every term. Filters and the
/// newest-first order come from a compact copy of each memory's date, kind, author and flags,
/// the order loaded on the first search and the rest on the first filter that reads them, all
/// reloaded when the database changed.
class SearchEngine
{
public:
    explicit SearchEngine(QSqlDatabase db);

    SearchResult search(const SearchQuery &query);
    SearchResult search(const QString &queryText) { return search(SearchQuery::parse(queryText)); }

    /// A one-line excerpt of the memory's searchable text around the first match, matched runs
    /// wrapped in @p open / @p close, at most about @p maxChars characters plus ellipses.
    QString snippet(qint64 memoryId, const QStringList &terms, int maxChars = 80,
                    const QString &open = QStringLiteral("«"), const QString &close = QStringLiteral("»"));
    /// snippet() for each of @p memoryIds, in order, through one statement (a screen of results
    /// at a time); a memory without indexed text gets an empty string.
    QStringList snippets(const QList<qint64> &memoryIds, const QStringList &terms, int maxChars = 80,
                         const QString &open = QStringLiteral("«"),
                         const QString &close = QStringLiteral("»"));

    /// Reads ahead for the searches to come, meant for an idle search thread: the newest-first
    /// order, the filter fields, and the positions of the tokens most common in a sample of
    /// the text, until three quarters of the posting cache are full. @p stop is asked between
    /// steps (a search queued behind waits one token at most). Returns the tokens read; a
    /// second call with no change to the library in between reads nothing.
    int warmUp(const std::function<bool()> &stop);

    /// How many bytes of token positions the engine keeps cached (default 96 MB: 12 million
    /// positions plain, or 50 million and more packed at one to two bytes each). Lists stay
    /// plain while the cache is less than half full; past that new lists are packed, and room
    /// is made by packing the plain lists used longest ago, then by dropping the lists used
    /// longest ago. Small limits are for tests.
    void setPostingCacheBytes(size_t bytes) { m_maxPostingBytes = bytes; }
    /// Forget the cached memory data (the engine notices database changes by itself; this is for
    /// writes made through this same connection outside a transaction it can see).
    void invalidate()
    {
        m_stamp.clear();
        m_postings.clear();
        m_postingBytes = 0;
    }
    /// Milliseconds the last cache load took (start-up cost, reported by the benchmark).
    qint64 lastCacheLoadMs() const { return m_cacheLoadMs; }

private:
    /// What filters read of a memory; its id is m_orderIds at the same place.
    using Meta = SearchFields;
    /// What ensureFilterFields loads, in two groups that each filter asks for.
    enum FilterFields : quint8
    {
        DatesKindsAuthors = SearchFields::DatesKindsAuthors,
        Flags = SearchFields::Flags ///< needs DatesKindsAuthors, which ensureFilterFields then loads too
    };
    bool ensureCache(QString *error);
    /// Fills the @p wanted groups of each Meta (FilterFields), which only filters read.
    bool ensureFilterFields(quint8 wanted, QString *error);
    /// Installs the postings reader (or the vocab table) once; false when neither works here.
    bool postingsReaderReady();
    bool ftsIds(const QString &expression, std::vector<quint8> &marks, quint8 value, QString *error);
    /// Sets @p hits (by position in m_orderIds) to 1 for the memories holding @p term, phrase-matched
    /// in C++ against cached token positions. *available is false when that cannot be done here
    /// (no SQLite API, no fts5vocab): then use ftsIds.
    bool phraseHits(const QString &term, std::vector<quint8> &hits, QString *error, bool *available);
    /// Shared, so lists in use stay alive when the cache is emptied to make room for a new one.
    std::shared_ptr<const PostingList> postings(const std::string &token, QString *error);
    /// Packs every cached list that is plain (to make room for more lists).
    void packPlainPostings();
    /// The slower way to a token's positions, a row each through fts5vocab.
    bool vocabPostings(const std::string &token, std::vector<quint64> &keys, QString *error);
    /// Sizes and writes the per-search buffers for a search that matches everything, so the
    /// searches after a warm-up meet no fresh memory (a page fault each 4 kB: at 1,000,000
    /// memories, tens of milliseconds on the first large result).
    void prepareBuffers();
    bool markIds(const QString &sql, const QVariantList &binds, std::vector<quint8> &marks, QString *error);
    bool applyFilter(const SearchFilter &filter, std::vector<quint8> &keep, QString *error);
    QList<qint64> tagIdsFor(const QString &value);
    QList<qint64> personIdsFor(const QString &value);

    QSqlDatabase m_db;
    StatementCache m_statements{m_db};
    QString m_stamp;
    QString m_warmedStamp;           ///< m_stamp when warmUp last finished
    std::vector<qint64> m_orderIds;  ///< every memory id, newest first
    std::vector<Meta> m_meta;        ///< the same places as m_orderIds, filled by ensureFilterFields
    qint64 m_orderGeneration = 0;    ///< of the stored order m_orderIds came from, 0 when read from rows
    std::vector<int> m_posById;      ///< memory id → index in m_orderIds and m_meta, -1 when absent
    std::vector<quint8> m_keep;      ///< per search, reused
    std::vector<quint8> m_hits;      ///< per term, reused
    std::vector<quint64> m_starts;   ///< phrase starts, per term, reused
    std::vector<quint64> m_readKeys; ///< a token's positions as read, before packing, reused
    /// The result lists handed out; one no longer held elsewhere is filled again, so a search
    /// at 1,000,000 memories does not fault in 8 MB of fresh memory for its ids.
    QList<qint64> m_idBuffers[2];
    int m_nextIdBuffer = 0;
    qint64 m_cacheLoadMs = 0;
    quint8 m_loadedFields = 0; ///< the FilterFields of m_meta that are filled
    /// Token → its (rowid << 32 | token offset), ascending; read on first use.
    struct CachedPostings
    {
        std::shared_ptr<const PostingList> list;
        quint64 lastUse = 0;
    };
    /// The least recently used lists go first when a new one needs room.
    std::unordered_map<std::string, CachedPostings> m_postings;
    quint64 m_postingUses = 0;
    size_t m_postingBytes = 0;
    size_t m_maxPostingBytes = size_t(96) << 20;
    /// 0 not tried, 2 the FTS5 postings reader, 1 the temp vocab table, -1 neither
    int m_vocab = 0;
};

} // namespace ks
