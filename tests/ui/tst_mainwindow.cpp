// SPDX-License-Identifier: GPL-3.0-or-later
// Window smoke test (offscreen): menus, empty state, language switch, drop acceptance.
#include "dropoverlay.h"
#include "import/librarywriter.h"
#include "languages.h"
#include "library/appidentity.h"
#include "library/database.h"
#include "mainwindow.h"
#include "models/wallindex.h"
#include "models/wallmodel.h"
#include "search/searchbar.h"
#include "search/searchindex.h"
#include "tags/tagsidebar.h"
#include "tags/tagstore.h"
#include "wall/wallview.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ks;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings().clear();
    }

    void hasTheFiveMenus()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        MainWindow window(db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text().remove(QLatin1Char('&'));
        QCOMPARE(titles, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                                      QStringLiteral("Tools"), QStringLiteral("Help")}));
    }

    void emptyLibraryShowsTheDropHintAndTheSample()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        MainWindow window(db);
        window.show();
        auto *empty = window.findChild<QWidget *>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        bool mentionsDrag = false;
        for (QLabel *label : empty->findChildren<QLabel *>())
            mentionsDrag = mentionsDrag || (label->text().contains(QStringLiteral("Drag")) &&
                                            label->text().contains(QStringLiteral(".zip")));
        QVERIFY(mentionsDrag);
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("openSampleButton")));
        QVERIFY(window.acceptDrops());
    }

    void draggingAFolderHighlightsWhereItLands()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        MainWindow window(db);
        window.resize(900, 640);
        window.show();
        QVERIFY(!window.dropOverlay());
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/QQ空间备份_12345"))});
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        DropOverlay *overlay = window.dropOverlay();
        QVERIFY(overlay);
        QVERIFY(overlay->isVisible());
        QVERIFY(overlay->accepted());
        QVERIFY2(overlay->text().contains(QStringLiteral("QQ空间备份_12345")), qPrintable(overlay->text()));
        QCOMPARE(overlay->geometry(), window.centralWidget()->rect()); // the whole content
        QCOMPARE(window.size(), QSize(900, 640));                      // never resizes the window
        QDragLeaveEvent leave;
        QApplication::sendEvent(&window, &leave);
        QVERIFY(!overlay->isVisible());
    }

    void switchesToChineseAndBack()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        MainWindow window(db);
        window.show();
        applyLanguage(QStringLiteral("zh_CN"));
        QTRY_VERIFY(window.windowTitle().contains(QStringLiteral("时光匣")));
        QCOMPARE(window.menuBar()->actions().first()->text().remove(QLatin1Char('&')).left(2),
                 QStringLiteral("文件"));
        applyLanguage(QStringLiteral("en"));
        QTRY_VERIFY(window.windowTitle().startsWith(QStringLiteral("Keepsake")));
    }

    void searchTagsAndSelectionDriveTheWall()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        QList<qint64> ids;
        {
            LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
            QVERIFY(w.begin());
            QVERIFY(w.setAccount(QStringLiteral("1"), QStringLiteral("我")));
            const QStringList texts{QStringLiteral("今天毕业了"), QStringLiteral("下雪了"),
                                    QStringLiteral("和同桌吃饭")};
            for (int i = 0; i < texts.size(); ++i) {
                MemoryRecord r;
                r.key = QStringLiteral("post:%1").arg(i);
                r.created = 1262304000 + i * 86400 * 40;
                r.text = texts.at(i);
                r.sourceRecord = r.key.toUtf8();
                QCOMPARE(w.upsertMemory(r), UpsertResult::Added);
            }
            w.finish();
        }
        QVERIFY(rebuildWallIndex(db.connection()));
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT id FROM memories WHERE key IN ('post:1', 'post:2') ORDER BY id")));
        while (q.next())
            ids << q.value(0).toLongLong();
        QCOMPARE(TagStore(db.connection()).addTag(ids, QStringLiteral("冬天/2010")), 2);

        MainWindow window(db);
        window.show();
        QTRY_COMPARE(window.wallModel()->itemCount(), 3);
        auto *search = window.findChild<SearchBar *>(QStringLiteral("searchBox"));
        QVERIFY(search);
        search->runQuery(QStringLiteral("毕业"));
        QTRY_COMPARE(window.wallModel()->itemCount(), 1);
        search->runQuery(QString());
        QTRY_COMPARE(window.wallModel()->itemCount(), 3);

        // A tag in the sidebar narrows the wall to its memories (children included).
        auto *tags = window.findChild<TagSidebar *>(QStringLiteral("tagSidebar"));
        QVERIFY(tags);
        tags->reload();
        tags->selectPath(QStringLiteral("冬天"));
        const QModelIndex tagIndex = tags->currentIndex();
        QVERIFY(tagIndex.isValid());
        QTest::mouseClick(tags->viewport(), Qt::LeftButton, {}, tags->visualRect(tagIndex).center());
        QTRY_COMPARE(window.wallModel()->itemCount(), 2);
        QVERIFY(search->text().isEmpty()); // a chip, not tag:"…" in the box
        auto *chip = window.findChild<QToolButton *>(QStringLiteral("restrictChip"));
        QVERIFY(chip && chip->isVisible());
        chip->click();
        QTRY_COMPARE(window.wallModel()->itemCount(), 3);

        // Select All selects every item on the wall.
        window.wallView()->selectAll();
        QCOMPARE(window.wallView()->selectedWallIds().size(), 3);
        window.wallView()->clearSelection();
        QCOMPARE(window.wallView()->selectedWallIds().size(), 0);
    }

    void languageChoicePersists()
    {
        saveLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(savedLanguage(), QStringLiteral("zh_CN"));
        saveLanguage(QString());
        QCOMPARE(savedLanguage(), QString());
    }

    void viewsFollowTheLibraryWithoutBeingTold()
    {
        // What the core writes (an import, a tag edit) reaches the empty state, the wall, the tag
        // tree and the status bar through the one "library changed" signal: nothing here calls
        // a reload.
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        MainWindow window(db);
        window.show();
        auto *empty = window.findChild<QWidget *>(QStringLiteral("emptyState"));
        QVERIFY(empty && empty->isVisible());
        qint64 id = 0;
        {
            LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
            QVERIFY(w.begin());
            QVERIFY(w.setAccount(QStringLiteral("1"), QStringLiteral("我")));
            MemoryRecord r;
            r.key = QStringLiteral("post:1");
            r.created = 1262304000;
            r.text = QStringLiteral("下雪了");
            r.sourceRecord = r.key.toUtf8();
            QCOMPARE(w.upsertMemory(r), UpsertResult::Added);
            w.finish();
        }
        QVERIFY(rebuildWallIndex(db.connection()));
        QTRY_VERIFY(!empty->isVisible());
        QTRY_COMPARE(window.wallModel()->itemCount(), 1);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM memories")) && q.next());
        id = q.value(0).toLongLong();

        auto *tags = window.findChild<TagSidebar *>(QStringLiteral("tagSidebar"));
        QVERIFY(tags);
        QCOMPARE(tags->model()->rowCount(), 0);
        QCOMPARE(TagStore(db.connection()).addTag({id}, QStringLiteral("冬天")), 1);
        QTRY_COMPARE(tags->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
