// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementcache.h"

#include "sqliteraw.h"

#include <QDateTime>
#include <QSqlQuery>
#include <vector>

namespace ks {

struct StatementCache::Entry
{
    std::unique_ptr<QSqlQuery> query; ///< without SQLite's own calls
    sqlite3_stmt *stmt = nullptr;
    QSqlError prepareError;
    int parameters = 0;
    int bound = 0;
    QSqlError bindError;
    std::vector<QByteArray> bytes; ///< what bound text and blobs point at, until the next run
    bool rowWaiting = false;       ///< exec() stepped onto a first row next() has not handed out
    bool onRow = false;
    bool active = false;
    QSqlError error;

    void reset(const SqliteApi *api)
    {
        if (stmt && (onRow || rowWaiting || active))
            api->reset(stmt);
        rowWaiting = onRow = active = false;
    }
};

namespace {

// As the Qt driver decides what binds as NULL (QSqlResultPrivate::isVariantNull).
bool bindsAsNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    default:
        return false;
    }
}

// SQLite's own words and code, which describeLibraryError() puts into a sentence of ours.
QSqlError sqliteError(sqlite3 *handle, QSqlError::ErrorType type, int code)
{
    return QSqlError(QString(), QString::fromUtf8(sqliteApi()->errmsg(handle)), type, QString::number(code));
}

} // namespace

StatementCache::StatementCache(QSqlDatabase db) : m_db(std::move(db)) {}

StatementCache::~StatementCache()
{
    const SqliteApi *api = sqliteApi();
    for (const auto &[sql, entry] : m_entries) {
        if (entry->stmt)
            api->finalize(entry->stmt);
    }
}

StatementCache::Query StatementCache::operator()(const QString &sql)
{
    if (!m_resolved) {
        const SqliteApi *api = sqliteApi();
        m_handle = api && api->hasStatementCalls() ? sqliteHandle(m_db) : nullptr;
        m_resolved = true;
    }
    std::unique_ptr<Entry> &slot = m_entries[sql];
    if (!slot) {
        slot = std::make_unique<Entry>();
        if (m_handle) {
            const SqliteApi *api = sqliteApi();
            const QByteArray text = sql.toUtf8();
            const int rc = api->prepare(m_handle, text.constData(), int(text.size()), &slot->stmt, nullptr);
            if (rc != SQLITE_OK) {
                slot->prepareError = sqliteError(m_handle, QSqlError::StatementError, rc);
                api->finalize(slot->stmt);
                slot->stmt = nullptr;
            } else {
                slot->parameters = api->bindParameterCount(slot->stmt);
            }
        } else {
            slot->query = std::make_unique<QSqlQuery>(m_db);
            slot->query->setForwardOnly(true);
            slot->query->prepare(sql);
        }
    }
    Entry *entry = slot.get();
    if (entry->query) {
        entry->query->finish();
    } else {
        entry->reset(sqliteApi());
        entry->bound = 0;
        entry->bindError = QSqlError();
        entry->bytes.clear();
        entry->error = QSqlError();
    }
    return Query(entry, this);
}

void StatementCache::finishAll()
{
    const SqliteApi *api = sqliteApi();
    for (const auto &[sql, entry] : m_entries) {
        if (entry->query)
            entry->query->finish();
        else
            entry->reset(api);
    }
}

void StatementCache::Query::addBindValue(const QVariant &value)
{
    Entry &e = *m_entry;
    if (e.query) {
        e.query->addBindValue(value);
        return;
    }
    const int index = ++e.bound;
    if (!e.stmt || index > e.parameters)
        return; // exec() reports it
    const SqliteApi *api = sqliteApi();
    int rc = SQLITE_OK;
    const auto bindBytes = [&](QByteArray bytes, bool text) {
        e.bytes.push_back(std::move(bytes));
        const QByteArray &kept = e.bytes.back();
        rc = text ? api->bindText(e.stmt, index, kept.constData(), int(kept.size()), SQLITE_STATIC)
                  : api->bindBlob(e.stmt, index, kept.constData(), int(kept.size()), SQLITE_STATIC);
    };
    if (bindsAsNull(value)) {
        rc = api->bindNull(e.stmt, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
            rc = api->bindInt64(e.stmt, index, value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            rc = api->bindDouble(e.stmt, index, value.toDouble());
            break;
        case QMetaType::QByteArray:
            bindBytes(value.toByteArray(), false);
            break;
        case QMetaType::QDateTime:
            bindBytes(value.toDateTime().toString(Qt::ISODateWithMs).toUtf8(), true);
            break;
        default:
            bindBytes(value.toString().toUtf8(), true);
            break;
        }
    }
    if (rc != SQLITE_OK && !e.bindError.isValid())
        e.bindError = sqliteError(m_cache->m_handle, QSqlError::StatementError, rc);
}

bool StatementCache::Query::exec()
{
    Entry &e = *m_entry;
    if (e.query)
        return e.query->exec();
    const SqliteApi *api = sqliteApi();
    e.reset(api);
    if (!e.stmt) {
        e.error = e.prepareError;
        return false;
    }
    if (e.bindError.isValid()) {
        e.error = e.bindError;
        return false;
    }
    if (e.bound != e.parameters) {
        e.error = QSqlError(QString(), QStringLiteral("bind_parameter_count"), QSqlError::StatementError,
                            QString::number(SQLITE_RANGE));
        return false;
    }
    const int rc = api->step(e.stmt);
    if (rc == SQLITE_ROW) {
        e.rowWaiting = e.active = true;
        e.error = QSqlError();
        return true;
    }
    if (rc == SQLITE_DONE) {
        api->reset(e.stmt);
        e.active = false;
        e.error = QSqlError();
        return true;
    }
    e.error = sqliteError(m_cache->m_handle, QSqlError::ConnectionError, rc);
    api->reset(e.stmt);
    return false;
}

bool StatementCache::Query::exec(const QString &sql)
{
    *this = (*m_cache)(sql);
    return exec();
}

bool StatementCache::Query::next()
{
    Entry &e = *m_entry;
    if (e.query)
        return e.query->next();
    if (e.rowWaiting) {
        e.rowWaiting = false;
        e.onRow = true;
        return true;
    }
    if (!e.onRow)
        return false;
    const SqliteApi *api = sqliteApi();
    const int rc = api->step(e.stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        e.error = sqliteError(m_cache->m_handle, QSqlError::ConnectionError, rc);
    e.reset(api);
    return false;
}

QVariant StatementCache::Query::value(int index) const
{
    const Entry &e = *m_entry;
    if (e.query)
        return e.query->value(index);
    const SqliteApi *api = sqliteApi();
    if (!e.onRow || index < 0 || index >= api->columnCount(e.stmt))
        return QVariant();
    switch (api->columnType(e.stmt, index)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(api->columnInt64(e.stmt, index)));
    case SQLITE_FLOAT:
        return QVariant(api->columnDouble(e.stmt, index));
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(api->columnBlob(e.stmt, index));
        return QVariant(QByteArray(data, api->columnBytes(e.stmt, index)));
    }
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>()); // as the Qt driver reads NULL
    default: {
        const auto *text = reinterpret_cast<const char *>(api->columnText(e.stmt, index));
        return QVariant(QString::fromUtf8(text, api->columnBytes(e.stmt, index)));
    }
    }
}

QVariant StatementCache::Query::lastInsertId() const
{
    if (m_entry->query)
        return m_entry->query->lastInsertId();
    const qint64 id = sqliteApi()->lastInsertRowid(m_cache->m_handle);
    return id ? QVariant(id) : QVariant();
}

int StatementCache::Query::numRowsAffected() const
{
    if (m_entry->query)
        return m_entry->query->numRowsAffected();
    return sqliteApi()->changes(m_cache->m_handle);
}

QSqlError StatementCache::Query::lastError() const
{
    return m_entry->query ? m_entry->query->lastError() : m_entry->error;
}

void StatementCache::Query::finish()
{
    if (m_entry->query)
        m_entry->query->finish();
    else
        m_entry->reset(sqliteApi());
}

} // namespace ks
