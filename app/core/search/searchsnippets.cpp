// SPDX-License-Identifier: GPL-3.0-or-later
// SearchEngine's snippets: a line of each result's text around its first match, for the screen
// of results a search shows first.
#include "library/sqliteraw.h"
#include "matchhighlighter.h"
#include "searchengine.h"

namespace ks {

QString SearchEngine::snippet(qint64 memoryId, const QStringList &terms, int maxChars, const QString &open,
                              const QString &close)
{
    // Prepared once: a hundred snippets follow every keystroke, and parsing the SQL each time
    // was a third of their cost.
    StatementCache::Query q =
        m_statements(QStringLiteral("SELECT plain FROM search_docs WHERE memory_id = ?"));
    q.addBindValue(memoryId);
    const bool found = q.exec() && q.next();
    const QString plain = found ? q.value(0).toString() : QString();
    q.finish(); // no read transaction left open between keystrokes
    if (!found)
        return QString();
    return MatchHighlighter(terms).snippet(plain, maxChars, open, close);
}

QStringList SearchEngine::snippets(const QList<qint64> &memoryIds, const QStringList &terms, int maxChars,
                                   const QString &open, const QString &close)
{
    QStringList out;
    out.reserve(memoryIds.size());
    const SqliteApi *api = sqliteApi();
    sqlite3 *handle = api && api->bindInt64 && api->reset && api->columnBytes ? sqliteHandle(m_db) : nullptr;
    sqlite3_stmt *stmt = nullptr;
    // Prepared here and finalized before returning: no statement outlives the call, so none
    // holds a read transaction or keeps the connection from closing.
    if (handle && api->prepare(handle, "SELECT plain FROM search_docs WHERE memory_id = ?1", -1, &stmt,
                               nullptr) != SQLITE_OK) {
        api->finalize(stmt);
        stmt = nullptr;
    }
    if (!stmt) {
        for (qint64 id : memoryIds)
            out << snippet(id, terms, maxChars, open, close);
        return out;
    }
    const MatchHighlighter highlighter(terms);
    for (qint64 id : memoryIds) {
        QString plain;
        if (api->bindInt64(stmt, 1, id) == SQLITE_OK && api->step(stmt) == SQLITE_ROW) {
            // The UTF-8 SQLite holds, converted once by Qt rather than to UTF-16 by SQLite.
            const char *text = reinterpret_cast<const char *>(api->columnText(stmt, 0));
            plain = QString::fromUtf8(text, api->columnBytes(stmt, 0));
        }
        api->reset(stmt);
        out << (plain.isEmpty() ? QString() : highlighter.snippet(plain, maxChars, open, close));
    }
    api->finalize(stmt);
    return out;
}

} // namespace ks
