// SPDX-License-Identifier: GPL-3.0-or-later
// The people page and the statistics page.
#include "barchart.h"
#include "detaildata.h"
#include "detailwindows.h"
#include "library/database.h"
#include "library/librarycounts.h"
#include "libraryfollower.h"
#include "models/peoplemodel.h"
#include "models/statistics.h"
#include "pagestack.h"
#include "yearreviewpage.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ks {

namespace {

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    return label;
}

} // namespace

// --- PeoplePage --------------------------------------------------------------------------------

PeoplePage::PeoplePage(Database &database, QWidget *parent)
    : QWidget(parent), m_database(database), m_model(new PeopleModel(database, this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("peoplePage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PeopleModel::SortRole);
    m_proxy->setFilterRole(PeopleModel::SearchTextRole);
    m_proxy->setFilterKeyColumn(PeopleModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_title = sectionTitle(this);
    m_summary = new QLabel(this);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("peopleFilter"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateSummary();
    });

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setIconSize(QSize(PeopleModel::kAvatarSize, PeopleModel::kAvatarSize));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(PeopleModel::kAvatarSize + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setCursor(Qt::PointingHandCursor);
    connect(m_table, &QTableView::clicked, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });

    m_storyBook = new QPushButton(this);
    m_storyBook->setObjectName(QStringLiteral("storyBookButton"));
    m_storyBook->setEnabled(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_storyBook->setEnabled(!currentPerson().first.isEmpty()); });
    connect(m_storyBook, &QPushButton::clicked, this, [this] {
        const auto [person, shown] = currentPerson();
        if (!person.isEmpty())
            emit storyBookRequested(person, shown);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(m_storyBook);
    top->addWidget(m_filter);
    m_filter->setMinimumWidth(240);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    retranslate();
    reload();
    new LibraryFollower(this, database, LibraryChanges::Memories | LibraryChanges::People,
                        [this] { reload(); });
}

void PeoplePage::reload()
{
    m_model->reload();
    // Only what this library knows: no column of zeros or blanks (no remarks in a MarkDown export).
    for (int column = 0; column < PeopleModel::ColumnCount; ++column)
        m_table->setColumnHidden(column, column != PeopleModel::NameColumn && m_model->isColumnEmpty(column));
    m_table->sortByColumn(PeopleModel::CommentsColumn, Qt::DescendingOrder);
    m_table->resizeColumnsToContents();
    for (int column = 0; column < PeopleModel::NamesColumn; ++column)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column) + 16, 220));
    updateSummary();
}

void PeoplePage::activateRow(int row)
{
    const QModelIndex index = m_proxy->index(row, PeopleModel::NameColumn);
    if (!index.isValid())
        return;
    const qint64 personId = index.data(PeopleModel::PersonIdRole).toLongLong();
    const QString name = index.data(Qt::DisplayRole).toString();
    emit showMemories(PeopleModel::memoriesOf(m_database, personId), tr("Our story: %1").arg(name));
}

QPair<QString, QString> PeoplePage::currentPerson() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    const QModelIndex index = m_proxy->index(current.row(), PeopleModel::NameColumn);
    const qint64 personId = index.data(PeopleModel::PersonIdRole).toLongLong();
    for (const PersonSummary &p : m_model->people()) {
        if (p.id == personId)
            return {p.uin.isEmpty() ? p.name : p.uin, p.remark.isEmpty() ? p.name : p.remark};
    }
    return {};
}

void PeoplePage::updateSummary()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_summary->setText(shown == total ? tr("%n people", nullptr, total)
                                      : tr("%1 of %n people", nullptr, total).arg(shown));
}

void PeoplePage::retranslate()
{
    m_title->setText(tr("People"));
    m_filter->setPlaceholderText(tr("Filter by name, remark, group or QQ number"));
    m_table->setToolTip(tr("Click someone to see every memory they took part in."));
    m_storyBook->setText(tr("Our Story as a Book…"));
    m_storyBook->setToolTip(tr("Every memory the chosen friend took part in, in order, as a printable book"));
    m_filter->setAccessibleName(tr("Filter people"));
    m_table->setAccessibleName(tr("People"));
    updateSummary();
}

void PeoplePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange) // View → Text Size: rows grow with the text
        m_table->verticalHeader()->setDefaultSectionSize(
            qMax(PeopleModel::kAvatarSize + 8, fontMetrics().height() + 12));
    QWidget::changeEvent(event);
}

// --- StatisticsPage ----------------------------------------------------------------------------

StatisticsPage::StatisticsPage(Database &database, QWidget *parent) : QWidget(parent), m_database(database)
{
    setObjectName(QStringLiteral("statisticsPage"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_yearsTitle = sectionTitle(this);
    m_monthsTitle = sectionTitle(this);
    m_friendsTitle = sectionTitle(this);
    m_daysTitle = sectionTitle(this);
    m_years = new BarChart(this);
    m_years->setObjectName(QStringLiteral("yearChart"));
    m_months = new BarChart(this);
    m_months->setObjectName(QStringLiteral("monthChart"));
    m_months->setAccent(QColor(0xd0, 0x7a, 0x3a));
    connect(m_years, &BarChart::barClicked, this, &StatisticsPage::selectYear);
    auto makeList = [this] {
        auto *list = new QTreeWidget(this);
        list->setRootIsDecorated(false);
        list->setUniformRowHeights(true);
        list->setSelectionMode(QAbstractItemView::NoSelection);
        list->setFocusPolicy(Qt::NoFocus);
        list->setColumnCount(3);
        list->header()->setStretchLastSection(false);
        list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
        return list;
    };
    m_friends = makeList();
    m_friends->setObjectName(QStringLiteral("activeFriends"));
    m_days = makeList();
    m_days->setObjectName(QStringLiteral("busiestDays"));
    m_days->setColumnCount(2);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setVerticalSpacing(6);
    m_review = new QPushButton(this);
    m_review->setObjectName(QStringLiteral("yearReviewButton"));
    connect(m_review, &QPushButton::clicked, this, [this] {
        const int year =
            m_year > 0 ? m_year : int(LibraryCounts::perYear(m_database.connection()).value(0).first);
        PageStack::open(this, new YearReviewPage(m_database, year));
    });
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_review, 0, Qt::AlignTop);
    layout->addLayout(summaryRow, 0, 0, 1, 2);
    layout->addWidget(m_yearsTitle, 1, 0, 1, 2);
    layout->addWidget(m_years, 2, 0, 1, 2);
    layout->addWidget(m_monthsTitle, 3, 0, 1, 2);
    layout->addWidget(m_months, 4, 0, 1, 2);
    layout->addWidget(m_friendsTitle, 5, 0);
    layout->addWidget(m_daysTitle, 5, 1);
    layout->addWidget(m_friends, 6, 0);
    layout->addWidget(m_days, 6, 1);
    layout->setRowStretch(2, 3);
    layout->setRowStretch(4, 3);
    layout->setRowStretch(6, 4);
    reload();
    new LibraryFollower(this, database, LibraryChanges::Memories | LibraryChanges::People,
                        [this] { reload(); });
}

void StatisticsPage::reload()
{
    const LibraryTotals totals = statistics::totals(m_database);
    const QList<PeriodCount> years = statistics::perYear(m_database);
    QList<BarChart::Bar> bars;
    for (const PeriodCount &y : years)
        bars.append({QString::number(y.period), tr("%1: %n memories", nullptr, y.count).arg(y.period),
                     y.count, y.period});
    m_years->setBars(bars);
    if (m_year == 0 || std::none_of(years.cbegin(), years.cend(),
                                    [this](const PeriodCount &y) { return y.period == m_year; })) {
        // The busiest year first: the most to look at.
        int best = 0;
        int bestCount = -1;
        for (const PeriodCount &y : years) {
            if (y.count > bestCount) {
                best = y.period;
                bestCount = y.count;
            }
        }
        m_year = best;
    }
    selectYear(m_year);

    m_friends->clear();
    for (const FriendActivity &f : statistics::mostActiveFriends(m_database, 10)) {
        const QString name = f.remark.isEmpty() || f.remark == f.name
                                 ? f.name
                                 : QStringLiteral("%1（%2）").arg(f.name, f.remark);
        auto *item = new QTreeWidgetItem(m_friends, {name, tr("%n comment(s)", nullptr, f.comments),
                                                     tr("%n message(s)", nullptr, f.messages)});
        item->setData(0, Qt::UserRole, f.personId);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_days->clear();
    for (const DayCount &d : statistics::busiestDays(m_database, 10)) {
        auto *item = new QTreeWidgetItem(m_days, {QLocale().toString(d.date, tr("ddd, MMM d, yyyy")),
                                                  tr("%n memories", nullptr, d.count)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_summary->setText(totals.memories == 0 ? tr("The library is empty.")
                                            : tr("%1 memories from %2 to %3 · %4 photos · %5 comments")
                                                  .arg(QLocale().toString(totals.memories))
                                                  .arg(totals.firstYear)
                                                  .arg(totals.lastYear)
                                                  .arg(QLocale().toString(totals.photos))
                                                  .arg(QLocale().toString(totals.comments)));
    retranslate();
}

void StatisticsPage::selectYear(int year)
{
    m_year = year;
    m_years->setSelectedKey(year);
    QList<BarChart::Bar> bars;
    QHash<int, int> counts;
    for (const PeriodCount &m : statistics::perMonth(m_database, year))
        counts.insert(m.period % 100, m.count);
    if (year > 0) {
        for (int month = 1; month <= 12; ++month) {
            const QString name = QLocale().standaloneMonthName(month, QLocale::ShortFormat);
            bars.append({name, tr("%1 %2: %n memories", nullptr, counts.value(month)).arg(name).arg(year),
                         counts.value(month), year * 100 + month});
        }
    }
    m_months->setBars(bars);
    m_monthsTitle->setText(year > 0 ? tr("Memories per month in %1").arg(year) : tr("Memories per month"));
    m_review->setText(year > 0 ? tr("Year in Review %1…").arg(year) : tr("Year in Review…"));
}

void StatisticsPage::retranslate()
{
    m_yearsTitle->setText(tr("Memories per year (click a year to see its months)"));
    m_review->setText(m_year > 0 ? tr("Year in Review %1…").arg(m_year) : tr("Year in Review…"));
    m_monthsTitle->setText(m_year > 0 ? tr("Memories per month in %1").arg(m_year)
                                      : tr("Memories per month"));
    m_friendsTitle->setText(tr("Most active friends"));
    m_daysTitle->setText(tr("Busiest days"));
    m_friends->setHeaderLabels({tr("Friend"), tr("Comments"), tr("Messages")});
    m_days->setHeaderLabels({tr("Day"), tr("Memories")});
    m_friends->setAccessibleName(m_friendsTitle->text());
    m_days->setAccessibleName(m_daysTitle->text());
}

void StatisticsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        reload();
    QWidget::changeEvent(event);
}

} // namespace ks
