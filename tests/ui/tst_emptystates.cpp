// SPDX-License-Identifier: GPL-3.0-or-later
// Every empty view says why and offers the way out (offscreen): filters that hide everything,
// a search without results, 那年今日 on a day without memories, and the tag chip.
#include "import/librarywriter.h"
#include "library/appidentity.h"
#include "library/database.h"
#include "mainwindow.h"
#include "models/onthisday.h"
#include "models/wallindex.h"
#include "models/wallmodel.h"
#include "search/searchbar.h"
#include "search/searchindex.h"
#include "tags/tagsidebar.h"
#include "tags/tagstore.h"
#include "wall/onthisdaynavigator.h"
#include "wall/onthisdaypage.h"
#include "wall/wallview.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ks;

namespace {

qint64 noonOf(const QDate &date)
{
    return QDateTime(date, QTime(12, 0)).toSecsSinceEpoch();
}

} // namespace

class TestEmptyStates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.path()));
        {
            LibraryWriter w(m_db, QStringLiteral("/export"), &searchIndexer());
            QVERIFY(w.begin());
            QVERIFY(w.setAccount(QStringLiteral("1"), QStringLiteral("我")));
            const QList<QPair<QDate, QString>> posts{{QDate(2015, 6, 10), QStringLiteral("鼓浪屿的海")},
                                                     {QDate(2016, 6, 20), QStringLiteral("下雪了")},
                                                     {QDate(2017, 1, 5), QStringLiteral("和同桌吃饭")}};
            for (int i = 0; i < posts.size(); ++i) {
                MemoryRecord r;
                r.key = QStringLiteral("post:%1").arg(i);
                r.created = noonOf(posts.at(i).first);
                r.text = posts.at(i).second;
                r.sourceRecord = r.key.toUtf8();
                QCOMPARE(w.upsertMemory(r), UpsertResult::Added);
            }
            w.finish();
        }
        QVERIFY(rebuildWallIndex(m_db.connection()));
        QList<qint64> ids;
        QSqlQuery q(m_db.connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT id FROM memories WHERE key IN ('post:0', 'post:1') ORDER BY id")));
        while (q.next())
            ids << q.value(0).toLongLong();
        QCOMPARE(TagStore(m_db.connection()).addTag(ids, QStringLiteral("旅行/2015 鼓浪屿")), 2);
    }

    void init() { QSettings().clear(); }

    void filtersHidingEverythingOfferToClearThem()
    {
        MainWindow window(m_db);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.wallModel()->itemCount(), 3);
        auto *empty = window.findChild<QWidget *>(QStringLiteral("wallEmptyState"));
        QVERIFY(empty);
        QVERIFY(!empty->isVisible());
        auto *year = window.findChild<QComboBox *>(QStringLiteral("yearFilter"));
        QVERIFY(year);
        year->setCurrentIndex(year->findData(2017));
        QVERIFY(year->currentIndex() > 0);
        // Only 留言 (there are none) in 2017: nothing is left on the wall.
        window.findChild<QToolButton *>(QStringLiteral("kindFilter_board"))->click();
        QCOMPARE(window.wallModel()->itemCount(), 0);
        QVERIFY(empty->isVisible());
        QVERIFY(!window.wallView()->isVisible());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("wallEmptyTitle"))
                    ->text()
                    .contains(QStringLiteral("No memories match")));
        auto *button = window.findChild<QPushButton *>(QStringLiteral("wallEmptyButton"));
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Clear filters"));
        button->click();
        QCOMPARE(window.wallModel()->itemCount(), 3);
        QVERIFY(!window.findChild<QToolButton *>(QStringLiteral("kindFilter_board"))->isChecked());
        QCOMPARE(year->currentIndex(), 0);
        QCOMPARE(window.wallModel()->filter().year, 0);
        QVERIFY(!empty->isVisible());
        QVERIFY(window.wallView()->isVisible());
        QCOMPARE(window.size(), QSize(1000, 700));
    }

    void aSearchWithoutResultsSaysSoAndClears()
    {
        MainWindow window(m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *search = window.findChild<SearchBar *>(QStringLiteral("searchBox"));
        QVERIFY(search);
        search->runQuery(QStringLiteral("长城上的日出"));
        QTRY_COMPARE(window.wallModel()->itemCount(), 0);
        auto *empty = window.findChild<QWidget *>(QStringLiteral("wallEmptyState"));
        QTRY_VERIFY(empty->isVisible());
        const QString title = window.findChild<QLabel *>(QStringLiteral("wallEmptyTitle"))->text();
        QCOMPARE(title, QStringLiteral("No memory contains “长城上的日出”"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("wallEmptyBody"))
                    ->text()
                    .contains(QStringLiteral("fewer words")));
        auto *button = window.findChild<QPushButton *>(QStringLiteral("wallEmptyButton"));
        QCOMPARE(button->text(), QStringLiteral("Clear the search"));
        button->click();
        QTRY_COMPARE(window.wallModel()->itemCount(), 3);
        QVERIFY(search->text().isEmpty());
        QVERIFY(!empty->isVisible());
        // A search that finds something hidden by a kind filter is the filters' doing.
        window.findChild<QToolButton *>(QStringLiteral("kindFilter_board"))->click();
        search->runQuery(QStringLiteral("下雪"));
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Clear filters"));
    }

    void onThisDayOnAnEmptyDayShowsTheWayAround()
    {
        MainWindow window(m_db);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::OnThisDay);
        OnThisDayPage *page = window.onThisDayPage();
        // 13 June: nothing on the day itself; 10 June 2015 is within the week.
        window.setToday(QDate(2026, 6, 13));
        QCOMPARE(page->model()->result().windowDays, 3);
        QCOMPARE(page->model()->itemCount(), 1);
        QVERIFY(page->view()->isVisible());
        QCOMPARE(page->neighbours().before.date, QDate(2026, 6, 10));
        QCOMPARE(page->neighbours().before.count, 1);
        QCOMPARE(page->neighbours().after.date, QDate(2026, 6, 20));
        auto *before = page->findChild<QPushButton *>(QStringLiteral("onThisDayBefore"));
        auto *after = page->findChild<QPushButton *>(QStringLiteral("onThisDayAfter"));
        QVERIFY(before && before->isVisible() && after && after->isVisible());
        QVERIFY2(after->text().contains(QStringLiteral("20")), qPrintable(after->text()));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("onThisDayNote"))
                    ->text()
                    .contains(QStringLiteral("This week in earlier years")));

        // A day with nothing in the whole week: the nearest days, before and after.
        window.setToday(QDate(2026, 3, 1));
        QVERIFY(page->model()->result().isEmpty());
        QVERIFY(!page->view()->isVisible());
        QCOMPARE(page->neighbours().before.date, QDate(2026, 1, 5));
        QCOMPARE(page->neighbours().after.date, QDate(2026, 6, 10));
        QVERIFY(before->isVisible() && after->isVisible());
        after->click();
        QCOMPARE(page->model()->date(), QDate(2026, 6, 10));
        QCOMPARE(page->model()->result().windowDays, 0);
        QCOMPARE(page->model()->itemCount(), 1);
        QVERIFY(page->view()->isVisible());
        QVERIFY(!before->isVisible()); // the day has memories: no need to look around
        auto *back = page->findChild<QPushButton *>(QStringLiteral("onThisDayToday"));
        QVERIFY(back && back->isVisible());

        // The calendar wraps at the year's ends: after 20 June comes 5 January of next year,
        // and before 5 January comes 20 June of last year.
        window.setToday(QDate(2026, 12, 25));
        QCOMPARE(page->neighbours().before.date, QDate(2026, 6, 20));
        QCOMPARE(page->neighbours().after.date, QDate(2027, 1, 5));
        window.setToday(QDate(2026, 1, 2));
        QCOMPARE(page->neighbours().before.date, QDate(2025, 6, 20));
        QCOMPARE(page->neighbours().after.date, QDate(2026, 1, 5));
        window.setToday(QDate(2026, 3, 1));

        // The date picker visits any day.
        auto *picker = page->findChild<QDateEdit *>(QStringLiteral("onThisDayPicker"));
        QVERIFY(picker && picker->isVisible());
        QVERIFY(!picker->accessibleName().isEmpty());
        picker->setDate(QDate(2026, 1, 5));
        QCOMPARE(page->model()->date(), QDate(2026, 1, 5));
        QCOMPARE(page->model()->result().groups.size(), 1);
        QCOMPARE(page->model()->result().groups.first().year, 2017);
        back->click();
        QCOMPARE(page->model()->date(), QDate(2026, 3, 1));
        QVERIFY(!back->isVisible());
    }

    void clickingATagMakesARemovableChip()
    {
        MainWindow window(m_db);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.wallModel()->itemCount(), 3);
        auto *tags = window.findChild<TagSidebar *>(QStringLiteral("tagSidebar"));
        tags->reload();
        tags->selectPath(QStringLiteral("旅行/2015 鼓浪屿"));
        const QModelIndex tagIndex = tags->currentIndex();
        QVERIFY(tagIndex.isValid());
        QTest::mouseClick(tags->viewport(), Qt::LeftButton, {}, tags->visualRect(tagIndex).center());
        QCOMPARE(window.wallModel()->itemCount(), 2);
        auto *search = window.findChild<SearchBar *>(QStringLiteral("searchBox"));
        QVERIFY(search->text().isEmpty());
        auto *chip = window.findChild<QToolButton *>(QStringLiteral("restrictChip"));
        QVERIFY(chip && chip->isVisible());
        QVERIFY2(chip->text().startsWith(QStringLiteral("Tag: 旅行/2015 鼓浪屿")), qPrintable(chip->text()));
        QVERIFY(chip->text().endsWith(QStringLiteral("✕")));
        QVERIFY(chip->accessibleName().contains(QStringLiteral("旅行/2015 鼓浪屿")));
        QCOMPARE(window.size(), QSize(1000, 700));
        // A search within the tag's memories.
        search->runQuery(QStringLiteral("和同桌")); // found, but not among the tag's memories
        QTRY_VERIFY(window.findChild<QWidget *>(QStringLiteral("wallEmptyState"))->isVisible());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("wallEmptyTitle"))->text(),
                 QStringLiteral("No memory contains “和同桌”"));
        search->runQuery(QString());
        QTRY_COMPARE(window.wallModel()->itemCount(), 2);
        chip->click();
        QCOMPARE(window.wallModel()->itemCount(), 3);
        QVERIFY(!chip->isVisible());
        QVERIFY(!tags->currentIndex().isValid() || !tags->selectionModel()->hasSelection());
        QCOMPARE(window.size(), QSize(1000, 700));

        // A person (the people page) makes the same kind of chip; Clear filters removes it.
        window.showMemories({}, QString());
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM memories WHERE key = 'post:2'")) && q.next());
        window.showMemories({q.value(0).toLongLong()}, QStringLiteral("Friend: 小红"));
        QCOMPARE(window.wallModel()->itemCount(), 1);
        QVERIFY(chip->isVisible());
        window.clearFilters();
        QCOMPARE(window.wallModel()->itemCount(), 3);
        QVERIFY(!chip->isVisible());
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_MAIN(TestEmptyStates)
#include "tst_emptystates.moc"
