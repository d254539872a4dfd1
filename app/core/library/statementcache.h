// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>
#include <memory>
#include <unordered_map>

struct sqlite3;

namespace ks {

/// Prepared statements of one connection, prepared once and reused: an import runs the same
/// few dozen statements hundreds of thousands of times. They run on SQLite's own calls when the
/// driver's SQLite is this process's (QSqlQuery spent more on naming and hashing each bound
/// value than SQLite on the statement), else through QSqlQuery; values bind and read as the Qt
/// driver binds and reads them (a null QString binds NULL, NULL reads as a null QString).
/// The cache must go before its connection closes.
class StatementCache
{
    struct Entry;

public:
    /// A handle on one cached statement (cheap to copy).
    class Query
    {
    public:
        /// An empty handle; it gets a statement by assignment or exec(sql).
        explicit Query(StatementCache &cache) : m_cache(&cache) {}
        void addBindValue(const QVariant &value);
        bool exec();
        /// Runs other SQL through the same cache (and makes this handle point at it).
        bool exec(const QString &sql);
        bool next();
        QVariant value(int index) const;
        QVariant lastInsertId() const;
        int numRowsAffected() const;
        QSqlError lastError() const;
        void finish();
        void setForwardOnly(bool) {} // cached statements are always forward-only

    private:
        friend class StatementCache;
        Query(Entry *entry, StatementCache *cache) : m_entry(entry), m_cache(cache) {}
        Entry *m_entry = nullptr;
        StatementCache *m_cache = nullptr;
    };

    explicit StatementCache(QSqlDatabase db);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    /// The prepared statement for @p sql, finished and ready for new bind values. Don't re-run
    /// the same SQL while still iterating its rows.
    Query operator()(const QString &sql);

    /// Ends every statement's pending result (before COMMIT or ROLLBACK).
    void finishAll();

    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
    bool m_resolved = false;
    sqlite3 *m_handle = nullptr; ///< null: through QSqlQuery
    std::unordered_map<QString, std::unique_ptr<Entry>> m_entries;
};

} // namespace ks
