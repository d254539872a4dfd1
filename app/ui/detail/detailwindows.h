// SPDX-License-Identifier: GPL-3.0-or-later
// Entry points of the detail views, so the wall can open them without knowing their insides.
#pragma once

#include <QList>
#include <QWidget>

namespace ks {

class Database;

/// Opens the right detail view for a memory: a post with its photos and threaded comments, a
/// blog rendered from its sanitised HTML, the photo viewer (for photos and upload groups, at
/// @p mediaIndex), the video player, a board message with its replies.
void openMemoryDetail(Database &database, qint64 memoryId, QWidget *parent, int mediaIndex = 0);

/// The people page: everyone who commented, left a 留言, was @-mentioned or is a friend, with
/// counts. Emits showMemories() when one is clicked.
class PeoplePage : public QWidget
{
    Q_OBJECT
public:
    explicit PeoplePage(Database &database, QWidget *parent = nullptr);
    void reload();

signals:
    void showMemories(const QList<qint64> &memoryIds, const QString &title);

private:
    Database &m_database;
};

/// Memories per year and month as a chart, most active friends, busiest days.
class StatisticsPage : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsPage(Database &database, QWidget *parent = nullptr);
    void reload();

private:
    Database &m_database;
};

} // namespace ks
