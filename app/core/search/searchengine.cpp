// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchengine.h"

#include "import/records.h"
#include "matchhighlighter.h"
#include "searchindex.h"

#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
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

int localDate(qint64 created, int offset)
{
    // Floor division: dates before 1970 stay on the right day.
    const qint64 secs = created + offset;
    qint64 days = secs / 86400;
    if (secs % 86400 < 0)
        --days;
    const QDate d = QDate::fromJulianDay(days + 2440588);
    return d.year() * 10000 + d.month() * 100 + d.day();
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
    q.exec(QStringLiteral("PRAGMA mmap_size = 268435456"));
}

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
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, kind, created, utc_offset, COALESCE(author_id, 0), "
                               "location IS NOT NULL AND location <> '' FROM memories "
                               "ORDER BY created IS NULL, created DESC, id DESC"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    std::vector<Meta> meta;
    qint64 maxId = 0;
    while (q.next()) {
        Meta m;
        m.id = q.value(0).toLongLong();
        m.kind = qint8(kindCode(q.value(1).toString()));
        if (!q.value(2).isNull())
            m.localDate = localDate(q.value(2).toLongLong(), q.value(3).toInt());
        m.authorId = q.value(4).toLongLong();
        if (q.value(5).toInt())
            m.flags |= HasLocation;
        if (m.kind == qint8(MemoryKind::Photo))
            m.flags |= HasPhoto;
        if (m.kind == qint8(MemoryKind::Video))
            m.flags |= HasVideo;
        maxId = std::max(maxId, m.id);
        meta.push_back(m);
    }
    std::vector<int> posById(size_t(maxId + 1), -1);
    for (size_t i = 0; i < meta.size(); ++i)
        posById[size_t(meta[i].id)] = int(i);
    auto flag = [&](const char *sql, quint8 bit) {
        QSqlQuery f(m_db);
        f.setForwardOnly(true);
        if (!f.exec(QString::fromLatin1(sql)))
            return;
        while (f.next()) {
            const qint64 id = f.value(0).toLongLong();
            if (id > 0 && id <= maxId && posById[size_t(id)] >= 0)
                meta[size_t(posById[size_t(id)])].flags |= bit;
        }
    };
    flag("SELECT DISTINCT memory_id FROM memory_media WHERE role = 'image'", HasPhoto);
    flag("SELECT DISTINCT memory_id FROM memory_media WHERE role = 'video'", HasVideo);
    flag("SELECT DISTINCT memory_id FROM comments", HasComment);
    m_meta = std::move(meta);
    m_posById = std::move(posById);
    m_stamp = stamp;
    m_cacheLoadMs = timer.elapsed();
    return true;
}

bool SearchEngine::ftsIds(const QString &expression, std::vector<quint8> &marks, quint8 value, QString *error)
{
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
    const qint64 limit = qint64(m_posById.size());
    const int *posById = m_posById.data();
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
    const size_t n = m_meta.size();
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
                bits |= HasPhoto;
            else if (v == QLatin1String("video"))
                bits |= HasVideo;
            else if (v == QLatin1String("comment"))
                bits |= HasComment;
            else if (v == QLatin1String("location"))
                bits |= HasLocation;
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

    const size_t n = m_meta.size();
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
    std::vector<quint8> keep(n, positive.isEmpty() ? 1 : 0);
    if (!positive.isEmpty()) {
        QString expression = positive.join(QStringLiteral(" AND "));
        for (const QString &p : std::as_const(negative))
            expression += QStringLiteral(" NOT ") + p;
        if (!ftsIds(expression, keep, 1, &result.error))
            return result;
    } else if (!negative.isEmpty()) {
        if (!ftsIds(negative.join(QStringLiteral(" OR ")), keep, 0, &result.error))
            return result;
    }
    for (const SearchFilter &f : query.filters) {
        if (!applyFilter(f, keep, &result.error))
            return result;
    }
    result.ids.reserve(qsizetype(std::count(keep.begin(), keep.end(), quint8(1))));
    for (size_t i = 0; i < n; ++i) {
        if (keep[i])
            result.ids.append(m_meta[i].id);
    }
    return result;
}

QString SearchEngine::snippet(qint64 memoryId, const QStringList &terms, int maxChars, const QString &open,
                              const QString &close)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT plain FROM search_docs WHERE memory_id = ?"));
    q.addBindValue(memoryId);
    if (!q.exec() || !q.next())
        return QString();
    return MatchHighlighter(terms).snippet(q.value(0).toString(), maxChars, open, close);
}

} // namespace ks
