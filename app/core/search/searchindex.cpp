// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "library/storedsearch.h"
#include "text/qzonetext.h"
#include "util/textutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace ks {

namespace {

bool isAsciiWordChar(char16_t u)
{
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

// RAII savepoint: works inside or outside a transaction (the LibraryWriter holds one).
class Savepoint
{
public:
    Savepoint(QSqlDatabase db, const char *name) : m_db(db), m_name(QString::fromLatin1(name))
    {
        QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT ") + m_name);
    }
    ~Savepoint()
    {
        if (!m_done)
            rollback();
    }
    bool release()
    {
        m_done = true;
        return QSqlQuery(m_db).exec(QStringLiteral("RELEASE ") + m_name);
    }
    void rollback()
    {
        m_done = true;
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO ") + m_name);
        QSqlQuery(m_db).exec(QStringLiteral("RELEASE ") + m_name);
    }

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_done = false;
};

} // namespace

QString foldForSearch(const QString &text)
{
    // NFKC is the costly part; plain ASCII only needs the case fold.
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 128) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toCaseFolded();
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QString segmentFolded(const QString &folded)
{
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(folded.size() * 3);
    const int n = int(folded.size());
    const QChar *data = folded.constData();
    for (int i = 0; i < n; ++i) {
        if (i > 0)
            out += QLatin1Char(' ');
        const char16_t u = data[i].unicode();
        if (u < 128) {
            if (isAsciiWordChar(u)) {
                out += data[i];
            } else {
                // The ascii tokenizer drops ASCII punctuation and spaces: spell them as words so
                // that "a b" never matches "ab" and "，" (folded to ",") can be searched.
                out += QLatin1Char('x');
                out += QLatin1Char(hex[u >> 4]);
                out += QLatin1Char(hex[u & 15]);
            }
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && data[i + 1].isLowSurrogate()) {
            out += data[i];
            out += data[++i];
        } else if (QChar::isSurrogate(u)) {
            out += QLatin1String("xsur"); // a lone surrogate: no UTF-8 spelling of its own
        } else {
            out += data[i];
        }
    }
    return out;
}

QString segmentForIndex(const QString &text)
{
    return segmentFolded(foldForSearch(text));
}

QString searchableText(QSqlDatabase db, qint64 memoryId)
{
    StatementCache statements(db);
    return searchableText(statements, memoryId);
}

bool updateSearchDocument(QSqlDatabase db, qint64 memoryId)
{
    // Outside an import's writer, which forgets them at its commits: the stored positions no
    // longer hold for this memory's new text. One savepoint, so none are written in between.
    Savepoint sp(db, "search_update");
    StatementCache statements(db);
    const bool ok = forgetStoredSearch(db) && updateSearchDocument(statements, memoryId);
    statements.finishAll();
    if (!ok) {
        sp.rollback();
        return false;
    }
    return sp.release();
}

QString searchableText(StatementCache &statements, qint64 memoryId)
{
    return searchableText(statements, memoryId, true, true);
}

QString searchableText(StatementCache &statements, qint64 memoryId, bool withComments, bool withPeople)
{
    QStringList parts;
    auto q = statements(
        QStringLiteral("SELECT m.title, m.body_text, m.body_html, m.location, a.name, a.description, p.name, "
                       "m.extra_json FROM memories m LEFT JOIN albums a ON a.id = m.album_id "
                       "LEFT JOIN people p ON p.id = m.author_id WHERE m.id = ?"));
    q.addBindValue(memoryId);
    if (!q.exec() || !q.next())
        return QString();
    // Text as the person reads it: mentions as @nick, emoticon markup dropped.
    parts << q.value(0).toString() << qzonePlainText(q.value(1).toString())
          << htmlToPlainText(q.value(2).toString());
    parts << q.value(3).toString() << q.value(4).toString() << q.value(5).toString() << q.value(6).toString();
    const QString extraJson = q.value(7).toString();
    if (extraJson.contains(QLatin1String("\"repost\""))) {
        const QJsonObject repost =
            QJsonDocument::fromJson(extraJson.toUtf8()).object().value(QStringLiteral("repost")).toObject();
        parts << repost.value(QStringLiteral("name")).toString()
              << qzonePlainText(repost.value(QStringLiteral("text")).toString());
    }
    if (withComments) {
        q = statements(QStringLiteral(
            "SELECT c.author_name, c.body_text FROM comments c WHERE c.memory_id = ? ORDER BY c.id"));
        q.addBindValue(memoryId);
        if (q.exec()) {
            while (q.next())
                parts << q.value(0).toString() << qzonePlainText(q.value(1).toString());
        }
    }
    if (withPeople) {
        q = statements(QStringLiteral(
            "SELECT DISTINCT p.name FROM memory_people mp JOIN people p ON p.id = mp.person_id "
            "WHERE mp.memory_id = ? ORDER BY p.id"));
        q.addBindValue(memoryId);
        if (q.exec()) {
            while (q.next())
                parts << q.value(0).toString();
        }
    }
    QStringList kept;
    kept.reserve(parts.size());
    for (const QString &part : std::as_const(parts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            kept << trimmed;
    }
    // Parts are joined by a newline, which is a token of its own: no phrase spans two parts.
    return kept.join(QLatin1Char('\n'));
}

bool updateSearchDocument(StatementCache &statements, qint64 memoryId)
{
    const QString plain = searchableText(statements, memoryId);
    auto q = statements(QStringLiteral("DELETE FROM search_fts WHERE rowid = ?"));
    q.addBindValue(memoryId);
    if (!q.exec())
        return false;
    q = statements(QStringLiteral("INSERT INTO search_docs (memory_id, plain) VALUES (?, ?) "
                                  "ON CONFLICT(memory_id) DO UPDATE SET plain = excluded.plain"));
    q.addBindValue(memoryId);
    q.addBindValue(plain.isNull() ? QStringLiteral("")
                                  : plain); // NOT NULL: an empty memory has an empty entry
    if (!q.exec())
        return false;
    q = statements(QStringLiteral("INSERT INTO search_fts (rowid, segmented) VALUES (?, ?)"));
    q.addBindValue(memoryId);
    q.addBindValue(segmentForIndex(plain));
    return q.exec();
}

bool searchIndexIsStale(QSqlDatabase db)
{
    QSqlQuery q(db);
    // Before migration 0003 there is no search_meta: the old index is stale by definition.
    if (!q.exec(QStringLiteral("SELECT value FROM search_meta WHERE key = 'index_version'")))
        return true;
    return !q.next() || q.value(0).toInt() != kSearchIndexVersion;
}

bool rebuildSearchIndex(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM memories ORDER BY id")))
        return false;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    Savepoint sp(db, "search_rebuild");
    bool ok = forgetStoredSearch(db) && q.exec(QStringLiteral("DELETE FROM search_fts")) &&
              q.exec(QStringLiteral("DELETE FROM search_docs"));
    StatementCache statements(db);
    for (qint64 id : std::as_const(ids)) {
        if (!ok)
            break;
        ok = updateSearchDocument(statements, id);
    }
    statements.finishAll();
    if (ok) {
        q.prepare(QStringLiteral("INSERT INTO search_meta (key, value) VALUES ('index_version', ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(QString::number(kSearchIndexVersion));
        ok = q.exec();
    }
    if (!ok) {
        sp.rollback();
        return false;
    }
    return sp.release();
}

namespace {

class SearchIndexer final : public MemoryIndexer
{
public:
    bool memoryAdded(StatementCache &statements, qint64 memoryId, bool hasComments, bool hasPeople) override
    {
        // A memory inserted just now has no index entry: plain inserts, no delete of an old one.
        const QString plain = searchableText(statements, memoryId, hasComments, hasPeople);
        StatementCache::Query q(statements);
        q = statements(QStringLiteral(
            "INSERT INTO search_docs (memory_id, plain) VALUES (?, ?) ON CONFLICT(memory_id) DO NOTHING"));
        q.addBindValue(memoryId);
        q.addBindValue(plain.isNull() ? QStringLiteral("")
                                      : plain); // NOT NULL: an empty memory has an empty entry
        if (!q.exec())
            return false;
        if (q.numRowsAffected() != 1)
            return updateSearchDocument(statements, memoryId); // a row left by a deleted memory
        q = statements(QStringLiteral("INSERT INTO search_fts (rowid, segmented) VALUES (?, ?)"));
        q.addBindValue(memoryId);
        q.addBindValue(segmentForIndex(plain));
        return q.exec() || updateSearchDocument(statements, memoryId);
    }

    bool memoryChanged(StatementCache &statements, qint64 memoryId) override
    {
        return updateSearchDocument(statements, memoryId);
    }
};

} // namespace

MemoryIndexer &searchIndexer()
{
    static SearchIndexer indexer;
    return indexer;
}

} // namespace ks
