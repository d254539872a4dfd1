// SPDX-License-Identifier: GPL-3.0-or-later
// SearchEngine::warmUp: what the first searches after opening would read, read while the
// search thread is idle. The first read of a common character's positions is most of what a
// search costs (FTS5 walks a doclist of up to 100,000 rows), and common characters are the
// ones people type most.
#include "fts5postings.h"
#include "library/sqliteraw.h"
#include "searchengine.h"

#include <QSqlQuery>
#include <algorithm>
#include <unordered_map>
#include <utility>

namespace ks {

namespace {

// How much of the newest text is counted to rank the tokens: enough to rank the few hundred
// common characters, small enough to count in a few milliseconds at any library size.
constexpr int kSampleMemories = 2000;

// The tokens of a sample of the memories spread evenly over the years (@p orderIds is newest
// first), most frequent first. Only tokens with a character outside ASCII (Chinese, mostly):
// the ASCII ones are punctuation (spelled xNN), which nobody searches alone, and Latin words,
// each too rare to be worth it. A token seen only once in the sample is rare enough to read
// when it is asked for.
std::vector<std::string> commonTokens(const QSqlDatabase &db, const std::vector<qint64> &orderIds)
{
    std::unordered_map<std::string, int> counts;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT segmented FROM search_fts WHERE rowid = ?"));
    const size_t step = std::max<size_t>(1, orderIds.size() / kSampleMemories);
    for (size_t i = 0; i < orderIds.size(); i += step) {
        q.addBindValue(orderIds[i]);
        if (!q.exec())
            break;
        if (q.next()) {
            for (std::string &t : fts5AsciiTokens(q.value(0).toString().toUtf8()))
                ++counts[std::move(t)];
        }
    }
    q.finish();
    std::vector<std::pair<int, std::string>> ranked;
    ranked.reserve(counts.size());
    for (auto &[token, count] : counts) {
        const bool ascii = std::all_of(token.begin(), token.end(), [](char c) { return (c & 0x80) == 0; });
        if (count > 1 && !ascii)
            ranked.emplace_back(count, token);
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::vector<std::string> tokens;
    tokens.reserve(ranked.size());
    for (auto &r : ranked)
        tokens.push_back(std::move(r.second));
    return tokens;
}

} // namespace

int SearchEngine::warmUp(const std::function<bool()> &stop)
{
    QString error;
    if (stop() || !ensureCache(&error))
        return 0;
    if (!m_warmedStamp.isEmpty() && m_warmedStamp == m_stamp)
        return 0; // nothing changed since the last warm-up
    if (stop() || !ensureFilterFields(DatesKindsAuthors | Flags, &error))
        return 0;
    if (stop() || !postingsReaderReady())
        return 0;
    prepareBuffers();
    // Three quarters of the cache at most (72 MB by default): what the person searches next
    // must find room without emptying it.
    const size_t budget = m_maxPostingBytes / 4 * 3;
    int read = 0;
    bool packed = false;
    for (const std::string &token : commonTokens(m_db, m_orderIds)) {
        if (m_postingBytes >= budget && !packed) {
            // A large library: pack what is plain, so the rest of the common tokens fit too.
            packPlainPostings();
            packed = true;
        }
        if (m_postingBytes >= budget)
            break;
        if (stop())
            return read;
        if (m_postings.count(token))
            continue;
        if (!postings(token, &error))
            return read; // the search that meets it reports the error
        ++read;
    }
    m_warmedStamp = m_stamp;
    return read;
}

} // namespace ks
