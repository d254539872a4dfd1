// SPDX-License-Identifier: GPL-3.0-or-later
// The search box (offscreen): debounced, results computed on another connection and delivered
// newest first, cleared and error signals, extra filters, Escape; the saved-search list.
#include "import/librarywriter.h"
#include "library/database.h"
#include "libraryopen.h"
#include "search/savedsearchlist.h"
#include "search/searchbar.h"
#include "search/searchindex.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFocusEvent>
#include <QFrame>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

namespace {

struct Library
{
    QTemporaryDir dir;
    Database db;
    QHash<QString, qint64> ids;

    bool build()
    {
        if (!db.open(dir.path()))
            return false;
        LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
        if (!w.begin() || !w.setAccount(QStringLiteral("1")))
            return false;
        const char *const texts[] = {"毕业快乐", "今天下雪了", "毕业旅行去北京", "雪地里打滚"};
        for (int i = 0; i < 4; ++i) {
            MemoryRecord r;
            r.kind = i == 3 ? MemoryKind::Blog : MemoryKind::Post;
            r.key = QStringLiteral("post:%1").arg(i);
            r.created = 1262304000 + i * 86400;
            r.text = QString::fromUtf8(texts[i]);
            r.sourceRecord = r.key.toUtf8();
            r.sourceFile = QStringLiteral("/x.js");
            if (w.upsertMemory(r) != UpsertResult::Added)
                return false;
        }
        w.finish();
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT key, id FROM memories"));
        while (q.next())
            ids.insert(q.value(0).toString(), q.value(1).toLongLong());
        return true;
    }
};

} // namespace

class TestSearchBar : public QObject
{
    Q_OBJECT

private slots:
    void storedSearchDataIsWrittenOnTheSearchThread()
    {
        Library lib;
        QVERIFY(lib.build());
        const QString dir = lib.dir.path();
        const auto storedRows = [](Database &db) {
            QSqlQuery q(db.connection());
            return q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM search_postings) + "
                                         "(SELECT COUNT(*) FROM search_order)")) &&
                           q.next()
                       ? q.value(0).toInt()
                       : -1;
        };
        const auto forget = [&] {
            QSqlQuery q(lib.db.connection());
            return q.exec(QStringLiteral("DELETE FROM search_postings")) &&
                   q.exec(QStringLiteral("DELETE FROM search_order"));
        };
        QVERIFY(forget()); // as a date correction or a killed import leaves it

        // The window's opening leaves it unwritten (seconds at a million memories)...
        Database window;
        QVERIFY(openLibraryForWindow(window, dir));
        QCOMPARE(storedRows(window), 0);
        {
            // ...and its search thread writes it.
            SearchBar bar(window);
            QTRY_VERIFY_WITH_TIMEOUT(storedRows(window) > 0, 10000);
            QSignalSpy results(&bar, &SearchBar::resultsReady);
            bar.setText(QStringLiteral("毕业"));
            QVERIFY(results.wait(5000));
            QCOMPARE(results.last().at(0).value<QList<qint64>>().size(), 2);
        }
        window.close();

        // The command line writes it while opening, as before.
        QVERIFY(forget());
        QCOMPARE(test::runKeepsake({QStringLiteral("stats"), QStringLiteral("--library"), dir}), 0);
        QVERIFY(storedRows(lib.db) > 0);
    }

    void syntaxLivesInAPopoverNotThePlaceholder()
    {
        Library lib;
        QVERIFY(lib.build());
        SearchBar bar(lib.db);
        bar.show();
        // A plain hint where a person reads; no query syntax.
        QVERIFY(!bar.placeholderText().isEmpty());
        for (const char *syntax : {"tag:", "from:", "year:", "\"", "-word"})
            QVERIFY2(!bar.placeholderText().contains(QLatin1String(syntax)), syntax);
        QVERIFY(bar.isClearButtonEnabled());
        auto *help = bar.findChild<QAction *>(QStringLiteral("searchHelp"));
        QVERIFY(help);
        help->trigger();
        QFrame *popover = nullptr;
        QTRY_VERIFY((popover = bar.findChild<QFrame *>(QStringLiteral("searchHelpPopover"))) &&
                    popover->isVisible());
        const QLabel *text = popover->findChild<QLabel *>();
        QVERIFY(text && text->text().contains(QStringLiteral("tag:")) &&
                text->text().contains(QStringLiteral("from:")));
        popover->close();
    }

    void debouncesAndDeliversNewestFirst()
    {
        Library lib;
        QVERIFY(lib.build());
        SearchBar bar(lib.db);
        QSignalSpy results(&bar, &SearchBar::resultsReady);
        QElapsedTimer typed;
        typed.start();
        // Typing: three edits in a row make one search, for the last text.
        bar.setText(QStringLiteral("毕"));
        bar.setText(QStringLiteral("毕业"));
        bar.setText(QStringLiteral("雪"));
        QCOMPARE(results.count(), 0); // never synchronous
        QVERIFY(results.wait(5000));
        QVERIFY(typed.elapsed() >= SearchBar::kDebounceMs - 5);
        QCOMPARE(results.count(), 1);
        QCOMPARE(results.at(0).at(0).value<QList<qint64>>(),
                 (QList<qint64>{lib.ids.value(QStringLiteral("post:3")),
                                lib.ids.value(QStringLiteral("post:1"))}));
        QCOMPARE(results.at(0).at(1).toString(), QStringLiteral("雪"));
        QCOMPARE(bar.highlighter().terms(), QStringList{QStringLiteral("雪")});
        QCOMPARE(bar.lastQuery(), QStringLiteral("雪"));
        QTest::qWait(SearchBar::kDebounceMs * 2); // nothing else is on its way
        QCOMPARE(results.count(), 1);

        // The search ran on its own connection (another thread), not the window's.
        int connections = 0;
        const QString mine = lib.db.connection().connectionName();
        const QString prefix = mine.left(mine.lastIndexOf(QLatin1Char('-')));
        for (const QString &name : QSqlDatabase::connectionNames())
            connections += name.startsWith(prefix) ? 1 : 0;
        QCOMPARE(connections, 2);
    }

    void searchesRightAfterTakingTheFocus()
    {
        // The focus starts the warm-up on the search thread; a search typed at once waits for it
        // at most a token and finds the same.
        Library lib;
        QVERIFY(lib.build());
        SearchBar bar(lib.db);
        QSignalSpy results(&bar, &SearchBar::resultsReady);
        QFocusEvent focus(QEvent::FocusIn, Qt::MouseFocusReason);
        QApplication::sendEvent(&bar, &focus);
        bar.setText(QStringLiteral("毕业"));
        QVERIFY(results.wait(5000));
        QCOMPARE(results.last().at(0).value<QList<qint64>>(),
                 (QList<qint64>{lib.ids.value(QStringLiteral("post:2")),
                                lib.ids.value(QStringLiteral("post:0"))}));
        // Again after the warm-up has surely finished, and with focus taken a second time.
        QApplication::sendEvent(&bar, &focus);
        QTest::qWait(50);
        bar.setText(QStringLiteral("雪"));
        QVERIFY(results.wait(5000));
        QCOMPARE(results.last().at(0).value<QList<qint64>>(),
                 (QList<qint64>{lib.ids.value(QStringLiteral("post:3")),
                                lib.ids.value(QStringLiteral("post:1"))}));
    }

    void clearsAndReportsErrors()
    {
        Library lib;
        QVERIFY(lib.build());
        SearchBar bar(lib.db);
        QSignalSpy results(&bar, &SearchBar::resultsReady);
        QSignalSpy cleared(&bar, &SearchBar::cleared);
        QSignalSpy errors(&bar, &SearchBar::queryError);
        bar.setText(QStringLiteral("kind:tweet"));
        QVERIFY(errors.wait(5000));
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("tweet")));
        QVERIFY(bar.property("queryError").toBool());
        bar.runQuery(QStringLiteral("毕业 kind:post"));
        QVERIFY(results.wait(5000));
        QCOMPARE(results.last().at(0).value<QList<qint64>>().size(), 2);
        bar.clear();
        QVERIFY(cleared.wait(5000));
        // Escape empties the box and clears at once.
        bar.runQuery(QStringLiteral("雪"));
        QVERIFY(results.wait(5000));
        QTest::keyClick(&bar, Qt::Key_Escape);
        QCOMPARE(bar.text(), QString());
        QCOMPARE(cleared.count(), 2);
    }

    void combinesExtraFilters()
    {
        Library lib;
        QVERIFY(lib.build());
        SearchBar bar(lib.db);
        QSignalSpy results(&bar, &SearchBar::resultsReady);
        SearchFilter blogs;
        blogs.type = SearchFilter::Kind;
        blogs.values << QStringLiteral("blog");
        bar.setExtraFilters({blogs});
        bar.runQuery(QStringLiteral("雪"));
        QVERIFY(results.wait(5000));
        QCOMPARE(results.last().at(0).value<QList<qint64>>(),
                 QList<qint64>{lib.ids.value(QStringLiteral("post:3"))});
        // A new import (through another connection) shows after refresh().
        {
            LibraryWriter w(lib.db, QStringLiteral("/more"), &searchIndexer());
            QVERIFY(w.begin());
            QVERIFY(w.setAccount(QStringLiteral("1")));
            MemoryRecord r;
            r.kind = MemoryKind::Blog;
            r.key = QStringLiteral("blog:9");
            r.created = 1400000000;
            r.text = QStringLiteral("又下雪");
            r.sourceRecord = "b";
            r.sourceFile = QStringLiteral("/y.js");
            QCOMPARE(w.upsertMemory(r), UpsertResult::Added);
            w.finish();
        }
        bar.refresh();
        QVERIFY(results.wait(5000));
        QCOMPARE(results.last().at(0).value<QList<qint64>>().size(), 2);
    }

    void savedSearchesRunOnClick()
    {
        Library lib;
        QVERIFY(lib.build());
        SavedSearchList list(lib.db);
        list.resize(300, 200);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QVERIFY(list.saveSearch(QStringLiteral("毕业 year:2010"), QStringLiteral("毕业那年")));
        QVERIFY(list.saveSearch(QStringLiteral("雪")));
        QVERIFY(!list.saveSearch(QStringLiteral("  ")));
        QCOMPARE(list.count(), 2);
        QCOMPARE(list.item(0)->text(), QStringLiteral("毕业那年"));
        QCOMPARE(list.item(1)->text(), QStringLiteral("雪")); // named after the query
        QSignalSpy activated(&list, &SavedSearchList::searchActivated);
        QTest::mouseClick(list.viewport(), Qt::LeftButton, {}, list.visualItemRect(list.item(0)).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("毕业 year:2010"));
        QMenu *menu = list.createContextMenu(list.item(0));
        QCOMPARE(menu->actions().size(), 3);
        delete menu;
        QVERIFY(list.renameSearch(list.item(1)->data(SavedSearchList::IdRole).toLongLong(),
                                  QStringLiteral("下雪")));
        QCOMPARE(list.item(1)->text(), QStringLiteral("下雪"));
        QVERIFY(list.removeSearch(list.item(0)->data(SavedSearchList::IdRole).toLongLong()));
        QCOMPARE(list.count(), 1);
        // Kept in the library.
        SavedSearchList again(lib.db);
        QCOMPARE(again.count(), 1);
    }
};

QTEST_MAIN(TestSearchBar)
#include "tst_searchbar.moc"
