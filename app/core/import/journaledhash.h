// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <optional>
#include <utility>

namespace ks {

/// A cache of database ids that can be rolled back with the savepoint it was filled under:
/// after ROLLBACK TO, an id inserted inside the savepoint no longer exists (and SQLite may hand
/// the same INTEGER PRIMARY KEY to someone else), so every change made since mark() is undone.
template <typename Key, typename Value> class JournaledHash
{
public:
    Value value(const Key &key, const Value &fallback = Value()) const
    {
        return m_items.value(key, fallback);
    }
    bool contains(const Key &key) const { return m_items.contains(key); }
    const Value *find(const Key &key) const
    {
        const auto it = m_items.constFind(key);
        return it == m_items.cend() ? nullptr : &*it;
    }

    void insert(const Key &key, const Value &value)
    {
        journal(key);
        m_items.insert(key, value);
    }
    void remove(const Key &key)
    {
        if (!m_items.contains(key))
            return;
        journal(key);
        m_items.remove(key);
    }
    void clear()
    {
        m_items.clear();
        m_journal.clear();
    }

    /// Starts a savepoint: changes from here on can be undone.
    void mark()
    {
        m_journal.clear();
        m_marked = true;
    }
    /// The savepoint was released: its changes stay.
    void release()
    {
        m_journal.clear();
        m_marked = false;
    }
    /// The savepoint was rolled back: every change since mark() is undone, newest first.
    void rollback()
    {
        for (auto it = m_journal.crbegin(); it != m_journal.crend(); ++it) {
            if (it->second)
                m_items.insert(it->first, *it->second);
            else
                m_items.remove(it->first);
        }
        m_journal.clear();
        m_marked = false;
    }

private:
    void journal(const Key &key)
    {
        if (!m_marked)
            return;
        const auto it = m_items.constFind(key);
        m_journal.append({key, it == m_items.cend() ? std::nullopt : std::optional<Value>(*it)});
    }

    QHash<Key, Value> m_items;
    QList<std::pair<Key, std::optional<Value>>> m_journal;
    bool m_marked = false;
};

} // namespace ks
