// SPDX-License-Identifier: GPL-3.0-or-later
// Entry points of the detail views, so the wall can open them without knowing their insides.
#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace ks {

class BarChart;
class Database;
class PeopleModel;

/// Opens the right detail view for a memory: a post with its photos and threaded comments, a
/// blog rendered from its sanitised HTML, the photo viewer (for photos and upload groups, at
/// @p mediaIndex), the video player, a board message with its replies, a visit. It opens as a
/// page of the PageStack that holds @p origin (the main window), else as a window of its own.
void openMemoryDetail(Database &database, qint64 memoryId, QWidget *origin, int mediaIndex = 0);

/// The view openMemoryDetail() would show, not yet shown (tests, screenshots). Null when the
/// memory does not exist.
QWidget *createMemoryDetail(Database &database, qint64 memoryId, QWidget *parent, int mediaIndex = 0);

/// The people page: everyone who commented, left a 留言, was @-mentioned or is a friend, with
/// counts. Emits showMemories() when one is clicked.
class PeoplePage : public QWidget
{
    Q_OBJECT
public:
    explicit PeoplePage(Database &database, QWidget *parent = nullptr);
    void reload();

    QTableView *table() const { return m_table; }
    PeopleModel *peopleModel() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    /// Emits showMemories() for the person in row @p row of the table (as sorted and filtered).
    void activateRow(int row);

    /// The chosen person's QQ number (or name) and shown name; empty when none is chosen.
    QPair<QString, QString> currentPerson() const;

signals:
    void showMemories(const QList<qint64> &memoryIds, const QString &title);
    /// "我们的故事": the person's memories as a printable book.
    void storyBookRequested(const QString &person, const QString &shownName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();
    QPushButton *m_storyBook = nullptr;

    Database &m_database;
    PeopleModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
};

/// Memories per year and month as a chart, most active friends, busiest days.
class StatisticsPage : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsPage(Database &database, QWidget *parent = nullptr);
    void reload();

    BarChart *yearChart() const { return m_years; }
    BarChart *monthChart() const { return m_months; }
    QTreeWidget *friendsList() const { return m_friends; }
    QTreeWidget *daysList() const { return m_days; }
    /// Shows the months of @p year in the month chart.
    void selectYear(int year);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Database &m_database;
    BarChart *m_years = nullptr;
    BarChart *m_months = nullptr;
    QTreeWidget *m_friends = nullptr;
    QTreeWidget *m_days = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_review = nullptr;
    QLabel *m_yearsTitle = nullptr;
    QLabel *m_monthsTitle = nullptr;
    QLabel *m_friendsTitle = nullptr;
    QLabel *m_daysTitle = nullptr;
    int m_year = 0;
};

} // namespace ks
