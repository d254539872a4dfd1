// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchengine.h"

#include "domain/records.h"
#include "fts5postings.h"
#include "library/sqliteraw.h"
#include "postinglist.h"
#include "searchindex.h"

#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace ks {

namespace {

int kindCode(const QString &name)
{
    const std::optional<MemoryKind> kind = memoryKindFromName(name);
    return kind ? int(*kind) : -1;
}

int dateKey(const QDate &d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

QString phrase(const QString &term)
{
    // Tokens never contain '"' (ASCII punctuation is spelled xNN), so no escaping is needed.
    return QLatin1Char('"') + segmentForIndex(term) + QLatin1Char('"');
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

} // namespace

SearchEngine::SearchEngine(QSqlDatabase db) : m_db(db)
{
    // The doclists of common characters are hundreds of KB: keep them in this connection's
    // cache (and mapped) instead of copying pages from the OS on every keystroke.
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    q.exec(QStringLiteral("PRAGMA mmap_size = 2147418112"));
}

bool SearchEngine::ftsIds(const QString &expression, std::vector<quint8> &marks, quint8 value, QString *error)
{
    const qint64 limit = qint64(m_posById.size());
    const int *posById = m_posById.data();
    // Straight through the SQLite API: a step and an integer per match, no aggregate, no
    // text conversion, no QVariant (a third of the time for queries matching most memories).
    const SqliteApi *api = sqliteApi();
    sqlite3 *handle = api ? sqliteHandle(m_db) : nullptr;
    if (handle) {
        sqlite3_stmt *stmt = nullptr;
        if (api->prepare(handle, "SELECT rowid FROM search_fts WHERE search_fts MATCH ?", -1, &stmt,
                         nullptr) != SQLITE_OK) {
            if (error)
                *error = QString::fromUtf8(api->errmsg(handle));
            api->finalize(stmt);
            return false;
        }
        const QByteArray utf8 = expression.toUtf8();
        api->bindText(stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        int rc;
        while ((rc = api->step(stmt)) == SQLITE_ROW) {
            const qint64 id = api->columnInt64(stmt, 0);
            if (id > 0 && id < limit) {
                const int pos = posById[id];
                if (pos >= 0)
                    marks[size_t(pos)] = value;
            }
        }
        if (rc != SQLITE_DONE && error)
            *error = QString::fromUtf8(api->errmsg(handle));
        api->finalize(stmt);
        return rc == SQLITE_DONE;
    }

    // One row with every id, as bytes: far cheaper than stepping a row per match through the
    // driver, and no UTF-16 conversion of a string that is only digits and commas.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT CAST(group_concat(rowid) AS BLOB) FROM search_fts WHERE search_fts MATCH ?"));
    q.addBindValue(expression);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    const QByteArray list = q.value(0).toByteArray();
    const char *p = list.constData();
    const char *end = p + list.size();
    while (p < end) {
        qint64 id = 0;
        while (p < end && *p >= '0' && *p <= '9')
            id = id * 10 + (*p++ - '0');
        ++p; // the comma
        if (id > 0 && id < limit) {
            const int pos = posById[id];
            if (pos >= 0)
                marks[size_t(pos)] = value;
        }
    }
    return true;
}

bool SearchEngine::phraseHits(const QString &term, std::vector<quint8> &hits, QString *error, bool *available)
{
    *available = false;
    if (!postingsReaderReady())
        return true; // not an error: the caller goes through FTS5 queries instead
    *available = true;

    const std::vector<std::string> tokens = fts5AsciiTokens(segmentForIndex(term).toUtf8());
    std::fill(hits.begin(), hits.end(), quint8(0));
    if (tokens.empty())
        return true;
    // Held here, not only in the cache: a later token's list may empty the cache to fit.
    std::vector<std::shared_ptr<const PostingList>> lists;
    for (const std::string &t : tokens) {
        std::shared_ptr<const PostingList> list = postings(t, error);
        if (!list)
            return false;
        lists.push_back(list);
    }
    const qint64 limit = qint64(m_posById.size());
    const int *posById = m_posById.data();
    auto markRow = [&](quint64 row) {
        if (row > 0 && qint64(row) < limit) {
            const int pos = posById[row];
            if (pos >= 0)
                hits[size_t(pos)] = 1;
        }
    };
    if (lists.size() == 1) {
        lists.front()->forEachKeyRow(markRow); // one token: its rows are the hits
        return true;
    }
    // Start with the rarest token, as phrase starts (its position minus its place in the
    // phrase), then keep the starts every other token continues, rarest first.
    std::vector<size_t> order(lists.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return lists[a]->size() < lists[b]->size(); });
    // Kept between searches: a fresh buffer per keystroke was page faults.
    std::vector<quint64> &starts = m_starts;
    starts.clear();
    for (PostingList::Cursor c(*lists[order[0]]); !c.atEnd(); c.next()) {
        if ((c.key() & 0xffffffffu) >= order[0])
            starts.push_back(c.key() - order[0]);
    }
    for (size_t k = 1; k < order.size() && !starts.empty(); ++k) {
        const size_t place = order[k];
        PostingList::Cursor c(*lists[place]);
        // Few starts against a long list: skip blocks; as many: walk it key by key.
        const bool skip = lists[place]->size() > 16 * starts.size();
        size_t kept = 0;
        for (size_t i = 0; i < starts.size(); ++i) {
            // Positions are per document, so a start near 2^32 cannot carry into the rowid.
            const quint64 want = starts[i] + place;
            if (skip)
                c.seek(want);
            else
                while (!c.atEnd() && c.key() < want)
                    c.next();
            if (c.atEnd())
                break;
            if (c.key() == want)
                starts[kept++] = starts[i];
        }
        starts.resize(kept);
    }
    quint64 lastRow = 0;
    for (const quint64 start : starts) {
        if ((start >> 32) != lastRow) {
            lastRow = start >> 32;
            markRow(lastRow);
        }
    }
    return true;
}

void SearchEngine::prepareBuffers()
{
    const size_t n = m_orderIds.size();
    m_keep.resize(n);
    m_hits.resize(n);
    m_starts.resize(n); // written, so its pages are in memory before the first phrase needs them
    m_starts.clear();
    for (QList<qint64> &buffer : m_idBuffers) {
        if (buffer.isDetached() || buffer.isEmpty()) {
            buffer.resize(qsizetype(n) + 1);
            buffer.resize(0); // keeps the memory
        }
    }
}

bool SearchEngine::markIds(const QString &sql, const QVariantList &binds, std::vector<quint8> &marks,
                           QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    const qint64 limit = qint64(m_posById.size());
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id > 0 && id < limit && m_posById[size_t(id)] >= 0)
            marks[size_t(m_posById[size_t(id)])] = 1;
    }
    return true;
}

QList<qint64> SearchEngine::tagIdsFor(const QString &value)
{
    // Tags are few: match in C++ with the same folding as the text.
    struct Tag
    {
        qint64 id, parent;
        QString name, path;
    };
    QList<Tag> tags;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, COALESCE(parent_id, 0), name, path FROM tags"))) {
        while (q.next())
            tags.append(Tag{q.value(0).toLongLong(), q.value(1).toLongLong(),
                            foldForSearch(q.value(2).toString()), foldForSearch(q.value(3).toString())});
    }
    QString wanted = foldForSearch(value).trimmed();
    while (wanted.endsWith(QLatin1Char('/')))
        wanted.chop(1);
    QSet<qint64> chosen;
    for (const Tag &t : std::as_const(tags)) {
        if (t.path == wanted || t.name == wanted)
            chosen.insert(t.id);
    }
    // No tag of that name: any tag whose name holds it (tag:北京 finds 旅行/2009 北京).
    if (chosen.isEmpty() && !wanted.isEmpty()) {
        for (const Tag &t : std::as_const(tags)) {
            if (t.name.contains(wanted))
                chosen.insert(t.id);
        }
    }
    // …and every descendant.
    bool grew = !chosen.isEmpty();
    while (grew) {
        grew = false;
        for (const Tag &t : std::as_const(tags)) {
            if (t.parent && chosen.contains(t.parent) && !chosen.contains(t.id)) {
                chosen.insert(t.id);
                grew = true;
            }
        }
    }
    return QList<qint64>(chosen.begin(), chosen.end());
}

QList<qint64> SearchEngine::personIdsFor(const QString &value)
{
    const QString wanted = foldForSearch(value).trimmed();
    QSet<qint64> exact;
    QSet<qint64> partial;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, COALESCE(uin, ''), name, COALESCE(remark, '') FROM people "
                              "UNION ALL SELECT person_id, '', name, '' FROM person_names"))) {
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QString uin = q.value(1).toString();
            const QString name = foldForSearch(q.value(2).toString());
            const QString remark = foldForSearch(q.value(3).toString());
            if ((!uin.isEmpty() && uin == wanted) || name == wanted ||
                (!remark.isEmpty() && remark == wanted))
                exact.insert(id);
            else if (name.contains(wanted) || remark.contains(wanted))
                partial.insert(id);
        }
    }
    // A whole name wins; otherwise a part of one (from:王 finds 老王 and 王小明).
    const QSet<qint64> &chosen = exact.isEmpty() ? partial : exact;
    return QList<qint64>(chosen.begin(), chosen.end());
}

bool SearchEngine::applyFilter(const SearchFilter &filter, std::vector<quint8> &keep, QString *error)
{
    quint8 fields = 0;
    switch (filter.type) {
    case SearchFilter::Has:
        fields = Flags;
        break;
    case SearchFilter::Kind:
    case SearchFilter::Year:
    case SearchFilter::After:
    case SearchFilter::Before:
    case SearchFilter::From:
    case SearchFilter::With:
        fields = DatesKindsAuthors;
        break;
    case SearchFilter::Tag:
        break;
    }
    if (!ensureFilterFields(fields, error))
        return false;
    const size_t n = m_orderIds.size();
    std::vector<quint8> hit(n, 0);
    switch (filter.type) {
    case SearchFilter::Kind: {
        QSet<int> kinds;
        for (const QString &k : filter.values)
            kinds.insert(kindCode(k));
        for (size_t i = 0; i < n; ++i)
            hit[i] = kinds.contains(m_meta[i].kind);
        break;
    }
    case SearchFilter::Year:
        for (size_t i = 0; i < n; ++i) {
            const int year = m_meta[i].localDate / 10000;
            hit[i] = m_meta[i].localDate && year >= filter.yearFrom && year <= filter.yearTo;
        }
        break;
    case SearchFilter::After:
    case SearchFilter::Before: {
        const int key = dateKey(filter.date);
        const bool after = filter.type == SearchFilter::After;
        for (size_t i = 0; i < n; ++i) {
            const int d = m_meta[i].localDate;
            hit[i] = d && (after ? d >= key : d < key);
        }
        break;
    }
    case SearchFilter::Has: {
        quint8 bits = 0;
        for (const QString &v : filter.values) {
            if (v == QLatin1String("photo"))
                bits |= Meta::HasPhoto;
            else if (v == QLatin1String("video"))
                bits |= Meta::HasVideo;
            else if (v == QLatin1String("comment"))
                bits |= Meta::HasComment;
            else if (v == QLatin1String("location"))
                bits |= Meta::HasLocation;
        }
        for (size_t i = 0; i < n; ++i)
            hit[i] = (m_meta[i].flags & bits) != 0;
        break;
    }
    case SearchFilter::Tag: {
        QList<qint64> tagIds;
        for (const QString &v : filter.values)
            tagIds += tagIdsFor(v);
        if (!tagIds.isEmpty()) {
            QVariantList binds;
            for (qint64 id : std::as_const(tagIds))
                binds << id;
            if (!markIds(QStringLiteral("SELECT DISTINCT memory_id FROM memory_tags WHERE tag_id IN (%1)")
                             .arg(placeholders(binds.size())),
                         binds, hit, error))
                return false;
        }
        break;
    }
    case SearchFilter::From:
    case SearchFilter::With: {
        QSet<qint64> people;
        for (const QString &v : filter.values) {
            const QList<qint64> ids = personIdsFor(v);
            people.unite(QSet<qint64>(ids.begin(), ids.end()));
        }
        for (size_t i = 0; i < n; ++i)
            hit[i] = m_meta[i].authorId && people.contains(m_meta[i].authorId);
        if (filter.type == SearchFilter::With) {
            QVariantList binds;
            for (qint64 id : std::as_const(people))
                binds << id;
            if (!binds.isEmpty()) {
                const QString in = placeholders(binds.size());
                if (!markIds(QStringLiteral("SELECT memory_id FROM memory_people WHERE role IN ('mention', "
                                            "'recipient', 'visitor') AND person_id IN (%1) "
                                            "UNION SELECT memory_id FROM comments WHERE author_id IN (%1)")
                                 .arg(in),
                             binds + binds, hit, error))
                    return false;
            }
            // Commenters known only by name.
            QVariantList names;
            for (const QString &v : filter.values)
                names << v.trimmed();
            if (!markIds(QStringLiteral(
                             "SELECT memory_id FROM comments WHERE author_id IS NULL AND author_name IN (%1)")
                             .arg(placeholders(names.size())),
                         names, hit, error))
                return false;
        }
        break;
    }
    }
    for (size_t i = 0; i < n; ++i) {
        if (bool(hit[i]) == filter.negated)
            keep[i] = 0;
    }
    return true;
}

SearchResult SearchEngine::search(const SearchQuery &query)
{
    SearchResult result;
    result.terms = query.terms;
    if (!query.isValid()) {
        result.error = query.error;
        return result;
    }
    if (query.isEmpty())
        return result;
    if (!ensureCache(&result.error))
        return result;

    const size_t n = m_orderIds.size();
    QStringList positive;
    for (const QString &t : query.terms) {
        if (!foldForSearch(t).isEmpty())
            positive << phrase(t);
    }
    QStringList negative;
    for (const QString &t : query.excluded) {
        if (!foldForSearch(t).isEmpty())
            negative << phrase(t);
    }
    // Each term on its own against cached token positions, when this connection allows it.
    bool available = true;
    // Kept between searches: two fresh 100 kB buffers per keystroke were page faults.
    std::vector<quint8> &keep = m_keep;
    std::vector<quint8> &hits = m_hits;
    keep.assign(n, 1);
    hits.resize(n);
    auto combine = [&](const QString &term, bool wanted) {
        if (foldForSearch(term).isEmpty())
            return true;
        if (!phraseHits(term, hits, &result.error, &available)) {
            if (result.error.isEmpty())
                result.error = QStringLiteral("search index unreadable");
            return false;
        }
        if (!available)
            return false;
        for (size_t i = 0; i < n; ++i)
            keep[i] &= quint8(bool(hits[i]) == wanted);
        return true;
    };
    for (const QString &t : query.terms) {
        if (!combine(t, true))
            break;
    }
    for (const QString &t : query.excluded) {
        if (!available || !result.error.isEmpty() || !combine(t, false))
            break;
    }
    if (!result.error.isEmpty())
        return result;
    if (available) {
        // keep holds the text matches already
    } else if (!positive.isEmpty()) {
        std::fill(keep.begin(), keep.end(), quint8(0));
        QString expression = positive.join(QStringLiteral(" AND "));
        for (const QString &p : std::as_const(negative))
            expression += QStringLiteral(" NOT ") + p;
        if (!ftsIds(expression, keep, 1, &result.error))
            return result;
    } else if (!negative.isEmpty()) {
        std::fill(keep.begin(), keep.end(), quint8(1));
        if (!ftsIds(negative.join(QStringLiteral(" OR ")), keep, 0, &result.error))
            return result;
    }
    for (const SearchFilter &f : query.filters) {
        if (!applyFilter(f, keep, &result.error))
            return result;
    }
    // keep holds only 0 and 1: a sum counts, and the copy needs no branch per memory (the
    // branch on a scattered keep was mispredicted on most memories).
    size_t found = 0;
    for (size_t i = 0; i < n; ++i)
        found += keep[i];
    QList<qint64> *ids = nullptr;
    for (QList<qint64> &buffer : m_idBuffers) {
        if (buffer.isDetached()) { // allocated, and no result holds it any more
            ids = &buffer;
            break;
        }
    }
    if (!ids) { // both still held by whoever got them (or never filled): a fresh list
        ids = &m_idBuffers[m_nextIdBuffer];
        m_nextIdBuffer ^= 1;
        *ids = QList<qint64>();
    }
    if (ids->capacity() < qsizetype(found) + 1)
        ids->reserve(qsizetype(n) + 1); // room for any result, once, not a step per larger one
    ids->resize(qsizetype(found) + 1);  // one spare slot: the copy always writes
    qint64 *out = ids->data();
    size_t k = 0;
    for (size_t i = 0; i < n; ++i) {
        out[k] = m_orderIds[i];
        k += keep[i];
    }
    ids->resize(qsizetype(found));
    result.ids = *ids;
    return result;
}

} // namespace ks
