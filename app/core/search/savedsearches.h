// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ks {

/// A search the user kept in the sidebar.
struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QString query;
};

/// The saved_searches table (migration 0003), in the user's order.
namespace savedsearches {

QList<SavedSearch> list(QSqlDatabase db);
/// Adds at the end; returns the new id, 0 on failure (empty name or query).
qint64 add(QSqlDatabase db, const QString &name, const QString &query);
bool rename(QSqlDatabase db, qint64 id, const QString &name);
bool remove(QSqlDatabase db, qint64 id);
/// Moves @p id to @p position (0-based) among the saved searches.
bool move(QSqlDatabase db, qint64 id, int position);

} // namespace savedsearches

} // namespace ks
