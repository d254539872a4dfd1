// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/onthisday.h"
#include "models/wallmodel.h"

#include <QAbstractListModel>
#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ks {

class Database;
class MemoryCardDelegate;
class OnThisDayNavigator;
class ThumbnailProvider;
class WallView;

/// 那年今日 as rows for the wall view: a header per "N 年前的今天" group, then its memories.
class OnThisDayModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit OnThisDayModel(Database &database, QObject *parent = nullptr);
    void setDate(const QDate &today);
    QDate date() const { return m_result.today; }
    void reload();
    const OnThisDay &result() const { return m_result; }
    int itemCount() const { return m_itemCount; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int group = 0;
        int item = -1; // -1 = header
        qint64 wallId = 0;
    };
    const WallItem *itemAt(int row) const;

    Database &m_database;
    QDate m_today;
    OnThisDay m_result;
    QList<Row> m_rows;
    // Items are read when shown, a chunk at a time: a busy day of a big library has hundreds.
    mutable QHash<qint64, WallItem> m_items;
    int m_itemCount = 0;
};

/// The 那年今日 page: the groups, the ±window note, and hiding a person, date or tag.
class OnThisDayPage : public QWidget
{
    Q_OBJECT
public:
    OnThisDayPage(Database &database, ThumbnailProvider *thumbnails, QWidget *parent = nullptr);
    /// Looks back from @p today (the real today: "Back to today" returns here).
    void setDate(const QDate &today);
    /// Looks back from another day (the date picker, a nearest day), keeping today.
    void visitDate(const QDate &date);
    void reload();
    OnThisDayModel *model() const { return m_model; }
    WallView *view() const { return m_view; }
    OnThisDayNavigator *navigator() const { return m_navigator; }
    /// The nearest days with memories, as last shown (filled when the exact day is empty).
    const OnThisDayNeighbours &neighbours() const { return m_neighbours; }

signals:
    void openMemory(qint64 memoryId, int mediaIndex);
    void hiddenChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showMenu(int row, const QPoint &globalPos);

    Database &m_database;
    OnThisDayModel *m_model = nullptr;
    MemoryCardDelegate *m_delegate = nullptr;
    WallView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_empty = nullptr;
    OnThisDayNavigator *m_navigator = nullptr;
    OnThisDayNeighbours m_neighbours;
    QDate m_today;
};

/// The 那年今日 card at the top of the wall on a day that has memories.
class OnThisDayBanner : public QWidget
{
    Q_OBJECT
public:
    explicit OnThisDayBanner(QWidget *parent = nullptr);
    /// Shows a summary of @p day and becomes visible, or hides when it is empty.
    void setSummary(const OnThisDay &day, const QString &firstText);
    QSize sizeHint() const override;

signals:
    void openRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    OnThisDay m_day;
    QString m_firstText;
    QString m_headline;
    QString m_detail;
};

} // namespace ks
