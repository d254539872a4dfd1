// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <memory>

namespace ks {

/// Prepared statements of one connection, prepared once and reused: an import runs the same
/// few dozen statements hundreds of thousands of times, and parsing SQL was most of its cost.
class StatementCache
{
public:
    /// A handle on one cached statement (cheap to copy; QSqlQuery itself must not be copied).
    class Query
    {
    public:
        /// An empty handle; it gets a statement by assignment or exec(sql).
        explicit Query(StatementCache &cache) : m_cache(&cache) {}
        void addBindValue(const QVariant &value) { m_query->addBindValue(value); }
        bool exec() { return m_query->exec(); }
        /// Runs other SQL through the same cache (and makes this handle point at it).
        bool exec(const QString &sql)
        {
            *this = (*m_cache)(sql);
            return m_query->exec();
        }
        bool next() { return m_query->next(); }
        QVariant value(int index) const { return m_query->value(index); }
        QVariant lastInsertId() const { return m_query->lastInsertId(); }
        int numRowsAffected() const { return m_query->numRowsAffected(); }
        QSqlError lastError() const { return m_query->lastError(); }
        void finish() { m_query->finish(); }
        void setForwardOnly(bool) {} // cached statements are always forward-only

    private:
        friend class StatementCache;
        Query(QSqlQuery *query, StatementCache *cache) : m_query(query), m_cache(cache) {}
        QSqlQuery *m_query = nullptr;
        StatementCache *m_cache = nullptr;
    };

    explicit StatementCache(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The prepared statement for @p sql, finished and ready for new bind values. Don't re-run
    /// the same SQL while still iterating its rows.
    Query operator()(const QString &sql)
    {
        std::shared_ptr<QSqlQuery> &slot = m_queries[sql];
        if (!slot) {
            slot = std::make_shared<QSqlQuery>(m_db);
            slot->setForwardOnly(true);
            slot->prepare(sql);
        }
        slot->finish();
        return Query(slot.get(), this);
    }

    /// Ends every statement's pending result (before COMMIT or ROLLBACK).
    void finishAll()
    {
        for (const auto &query : std::as_const(m_queries))
            query->finish();
    }

    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

} // namespace ks
