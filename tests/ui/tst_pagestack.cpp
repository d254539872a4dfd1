// SPDX-License-Identifier: GPL-3.0-or-later
// One window, like a photo app: a memory opens as a page inside the main window (never a new
// top-level window), Esc / Alt+Left / the mouse's back button return to the wall as it was; the
// photo viewer's title, description, arrows and source names; the visit page's text; photos in
// a post at least as large as on the wall.
#include "detail/commentsview.h"
#include "detail/contentbrowser.h"
#include "detail/detailwindows.h"
#include "detail/memorydetailview.h"
#include "detail/pagestack.h"
#include "detail/photoviewer.h"
#include "import/librarywriter.h"
#include "library/appidentity.h"
#include "library/database.h"
#include "mainwindow.h"
#include "models/detailmedia.h"
#include "models/wallindex.h"
#include "models/wallmodel.h"
#include "search/searchindex.h"
#include "util/textutil.h"
#include "wall/onthisdaypage.h"
#include "wall/wallview.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>
#include <functional>

using namespace ks;

namespace {

constexpr qint64 kStart = 1262304000; // 2010-01-01

QSet<QWidget *> visibleWindows()
{
    QSet<QWidget *> windows;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible())
            windows.insert(w);
    return windows;
}

} // namespace

class TestPageStack : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_lib;
    QTemporaryDir m_src;
    Database m_db;
    int m_pictures = 0;

    QString picture(const QString &relPath, int width, int height)
    {
        const QString path = m_src.path() + QLatin1Char('/') + relPath;
        QDir().mkpath(QFileInfo(path).path());
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(QColor(40, 120, 200));
        image.setPixel(0, 0, qRgb(0, 0, ++m_pictures)); // no two pictures share a vault file
        image.save(path, "PNG");
        return path;
    }

    MediaRef media(const QString &relPath, int width = 200, int height = 150)
    {
        return MediaRef{QStringLiteral("image"), picture(relPath, width, height), relPath,
                        QFileInfo(relPath).fileName(), QString()};
    }

    qint64 memoryId(const QString &key)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id FROM memories WHERE key = ?"));
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    int wallRowOf(MainWindow &window, const QString &key)
    {
        const qint64 id = memoryId(key);
        WallModel *model = window.wallModel();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row).data(WallModel::MemoryIdRole).toLongLong() == id)
                return row;
        return -1;
    }

    // Opens the memory on wall row @p row as a person does: current row, Enter.
    void openFromWall(MainWindow &window, int row)
    {
        WallView *wall = window.wallView();
        wall->setCurrentRow(row);
        wall->setFocus();
        QTest::keyClick(wall, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings().clear();
        QVERIFY(m_db.open(m_lib.path()));
        LibraryWriter w(m_db, m_src.path(), &searchIndexer());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("1"), QStringLiteral("小满")));
        QVERIFY(w.addLooseFile(picture(QStringLiteral("Common/images/e113.gif"), 24, 24),
                               QStringLiteral("Common/images/e113.gif")));
        // Enough posts that the wall scrolls.
        for (int i = 0; i < 80; ++i) {
            MemoryRecord r;
            r.key = QStringLiteral("post:%1").arg(i);
            r.created = kStart + i * 86400 * 3;
            r.author = PersonRef{QStringLiteral("1"), QStringLiteral("小满")};
            r.text = QStringLiteral("第%1条说说，今天天气不错，和同学去操场跑步").arg(i);
            r.sourceRecord = r.key.toUtf8();
            QCOMPARE(w.upsertMemory(r), UpsertResult::Added);
        }
        // A post with three pictures named as QZoneExport names them (hashes).
        MemoryRecord post;
        post.key = QStringLiteral("post:photos");
        post.created = kStart + 30 * 86400 * 3 + 3600;
        post.author = PersonRef{QStringLiteral("1"), QStringLiteral("小满")};
        post.text = QStringLiteral("春游真开心[em]e113[/em]大家都来了");
        post.media << media(QStringLiteral("Messages/images/3FA9C01B.jpeg"))
                   << media(QStringLiteral("Messages/images/0211670E.jpeg"))
                   << media(QStringLiteral("Messages/images/AE679F02.jpeg"));
        post.sourceRecord = "photos";
        post.sourceFile = m_src.path() + QStringLiteral("/Messages/json/messages.js");
        QCOMPARE(w.upsertMemory(post), UpsertResult::Added);
        // A post with one picture.
        MemoryRecord single;
        single.key = QStringLiteral("post:single");
        single.created = kStart + 20 * 86400 * 3 + 3600;
        single.text = QStringLiteral("一张照片");
        single.media << media(QStringLiteral("Messages/images/D268A29A.jpeg"), 320, 240);
        single.sourceRecord = "single";
        QCOMPARE(w.upsertMemory(single), UpsertResult::Added);
        // Album photos whose description carries an emoticon; recorded from an archive's
        // private unpack folder, as an older import did.
        for (int i = 0; i < 3; ++i) {
            MemoryRecord photo;
            photo.kind = MemoryKind::Photo;
            photo.key = QStringLiteral("photo:%1").arg(i);
            photo.created = kStart + 10 * 86400 * 3 + i * 60;
            photo.albumKey = QStringLiteral("trip");
            photo.albumName = QStringLiteral("鼓浪屿的夏天");
            photo.text = QStringLiteral("海边的日落[em]e113[/em]");
            photo.media << media(QStringLiteral("Albums/旅行/鼓浪屿的夏天/0%1_b79939f1.png").arg(i));
            photo.sourceRecord = photo.key.toUtf8();
            photo.sourceFile =
                m_lib.path() + QStringLiteral("/tmp/unpack-Ab12Cd/QQ空间备份_1/Albums/json/albums.js");
            QCOMPARE(w.upsertMemory(photo), UpsertResult::Added);
        }
        PersonRecord cola;
        cola.person = PersonRef{QStringLiteral("984138065"), QStringLiteral("可乐")};
        cola.remark = QStringLiteral("高中同桌");
        cola.groupName = QStringLiteral("同学");
        cola.sourceRecord = "{}";
        w.upsertFriend(cola);
        // Three visits by the same friend.
        for (int i = 0; i < 3; ++i) {
            MemoryRecord visit;
            visit.kind = MemoryKind::Visit;
            visit.created = kStart + (40 + i) * 86400 * 3;
            visit.author = PersonRef{QStringLiteral("984138065"), QStringLiteral("可乐")};
            visit.key = QStringLiteral("visit:984138065:%1").arg(visit.created);
            visit.sourceRecord = visit.key.toUtf8();
            QCOMPARE(w.upsertMemory(visit), UpsertResult::Added);
        }
        w.finish();
        QVERIFY(rebuildWallIndex(m_db.connection()));
    }

    void openingAMemoryShowsAPageInsideTheWindow()
    {
        MainWindow window(m_db);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.wallModel()->itemCount() > 80);
        WallView *wall = window.wallView();
        PageStack *stack = window.pageStack();
        QVERIFY(stack);

        // Scrolled down, a card chosen: what Back must bring back.
        wall->scrollToRow(40);
        const int top = wall->topRow();
        const int scroll = wall->verticalScrollBar()->value();
        QVERIFY(top > 10);
        QVERIFY(scroll > 0);
        const int row = wallRowOf(window, QStringLiteral("post:photos"));
        QVERIFY(row > 0);
        wall->ensureRowVisible(row);
        const int topBefore = wall->topRow();
        const int offsetBefore = wall->topOffset();
        const int scrollBefore = wall->verticalScrollBar()->value();
        const QSet<QWidget *> windowsBefore = visibleWindows();
        const QString wallTitle = window.windowTitle();

        using BackWay = std::function<void(QWidget * page)>;
        const QList<std::pair<const char *, BackWay>> ways{
            {"Esc",
             [](QWidget *page) {
                 QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : page,
                                 Qt::Key_Escape);
             }},
            {"Alt+Left",
             [](QWidget *page) {
                 QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : page,
                                 Qt::Key_Left, Qt::AltModifier);
             }},
            {"mouse back button",
             [](QWidget *page) {
                 auto *view = qobject_cast<MemoryDetailView *>(page);
                 QWidget *target = view ? view->browser()->viewport() : page;
                 QTest::mousePress(target, Qt::BackButton, {}, QPoint(20, 20));
                 QTest::mouseRelease(target, Qt::BackButton, {}, QPoint(20, 20));
             }},
            {"Back button", [](QWidget *page) {
                 auto *back = page->parentWidget()->findChild<QToolButton *>(QStringLiteral("backButton"));
                 QVERIFY(back);
                 QTest::mouseClick(back, Qt::LeftButton);
             }}};
        for (const auto &[name, goBack] : ways) {
            openFromWall(window, row);
            QVERIFY2(stack->depth() == 1, name);
            auto *page = qobject_cast<MemoryDetailView *>(stack->currentPage());
            QVERIFY2(page, name);
            QCOMPARE(page->memoryId(), memoryId(QStringLiteral("post:photos")));
            // Inside the main window, shown instead of the wall; no new window anywhere.
            QVERIFY(!page->isWindow());
            QCOMPARE(page->window(), &window);
            QVERIFY(page->isVisible());
            QVERIFY(!wall->isVisible());
            QCOMPARE(visibleWindows(), windowsBefore);
            // The window and the page's header say what is open.
            QVERIFY(window.windowTitle() != wallTitle);
            QVERIFY(window.windowTitle().contains(page->windowTitle()));
            auto *heading = page->parentWidget()->findChild<QLabel *>(QStringLiteral("pageTitle"));
            QVERIFY(heading && heading->isVisible());
            QCOMPARE(heading->text(), page->windowTitle());

            goBack(page);
            QTRY_VERIFY2(stack->depth() == 0, name);
            QVERIFY(wall->isVisible());
            QCOMPARE(window.windowTitle(), wallTitle);
            // The wall as it was: scroll position, current card, focus.
            QCOMPARE(wall->topRow(), topBefore);
            QCOMPARE(wall->topOffset(), offsetBefore);
            QCOMPARE(wall->verticalScrollBar()->value(), scrollBefore);
            QCOMPARE(wall->currentRow(), row);
            QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(wall));
        }
        // Esc on the wall with nothing open changes nothing.
        QTest::keyClick(wall, Qt::Key_Escape);
        QCOMPARE(stack->depth(), 0);
        QVERIFY(wall->isVisible());
    }

    void photosOfAPostOpenAsAPageAboveThePost()
    {
        MainWindow window(m_db);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.wallModel()->itemCount() > 80);
        PageStack *stack = window.pageStack();
        const QSet<QWidget *> windowsBefore = visibleWindows();
        const QSize sizeBefore = window.size();
        openFromWall(window, wallRowOf(window, QStringLiteral("post:photos")));
        auto *post = qobject_cast<MemoryDetailView *>(stack->currentPage());
        QVERIFY(post);
        emit post->browser()->mediaActivated(1); // a click on the second picture
        QCOMPARE(stack->depth(), 2);
        auto *viewer = qobject_cast<PhotoViewer *>(stack->currentPage());
        QVERIFY(viewer);
        QVERIFY(!viewer->isWindow());
        QCOMPARE(visibleWindows(), windowsBefore);
        QCOMPARE(window.size(), sizeBefore); // the window never resizes itself for a page
        QCOMPARE(viewer->currentIndex(), 1);

        // Its title is the post's first words, never the file's hash name.
        QVERIFY(!viewer->windowTitle().contains(QStringLiteral("0211670E"), Qt::CaseInsensitive));
        QVERIFY(viewer->windowTitle().startsWith(QStringLiteral("春游真开心")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("春游真开心")));
        // The description shows the emoticon as a picture, never as markup.
        const QString caption = viewer->captionText();
        QVERIFY(caption.contains(QStringLiteral("春游真开心")));
        QVERIFY(!caption.contains(QStringLiteral("[em]")));
        QVERIFY(!caption.contains(QStringLiteral("e113[")));
        QVERIFY(caption.contains(QStringLiteral("<img src=\"file:")));
        QVERIFY(!viewer->detailsText().contains(QStringLiteral("[em]")));

        // Arrow keys step; the on-screen arrows show where there is somewhere to go.
        QTRY_VERIFY(QApplication::focusWidget() && viewer->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(viewer->currentIndex(), 2);
        auto *nextArrow = viewer->findChild<QToolButton *>(QStringLiteral("nextArrow"));
        auto *previousArrow = viewer->findChild<QToolButton *>(QStringLiteral("previousArrow"));
        QVERIFY(nextArrow && previousArrow);
        QVERIFY(!nextArrow->isVisible()); // the last one
        QVERIFY(previousArrow->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QCOMPARE(viewer->currentIndex(), 0);
        QTest::mouseClick(nextArrow, Qt::LeftButton);
        QCOMPARE(viewer->currentIndex(), 1);
        // Left and Right belong to the viewer: the wall underneath did not move.
        QCOMPARE(window.wallView()->currentRow(), wallRowOf(window, QStringLiteral("post:photos")));

        // Esc: back to the post, then to the wall.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE(stack->depth(), 1);
        QCOMPARE(stack->currentPage(), static_cast<QWidget *>(post));
        QVERIFY(post->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE(stack->depth(), 0);

        // Another page of the window (the wall's menu, search) closes what is open.
        openFromWall(window, wallRowOf(window, QStringLiteral("post:photos")));
        QCOMPARE(stack->depth(), 1);
        window.showPage(MainWindow::Page::OnThisDay);
        QCOMPARE(stack->depth(), 0);
    }

    void onThisDayOpensPagesTheSameWay()
    {
        MainWindow window(m_db);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::OnThisDay);
        QVERIFY(window.onThisDayPage()->isVisible());
        const QSet<QWidget *> windowsBefore = visibleWindows();
        emit window.onThisDayPage()->openMemory(memoryId(QStringLiteral("post:photos")), 0);
        QCOMPARE(window.pageStack()->depth(), 1);
        QVERIFY(qobject_cast<MemoryDetailView *>(window.pageStack()->currentPage()));
        QVERIFY(!window.onThisDayPage()->isVisible());
        QCOMPARE(visibleWindows(), windowsBefore);
        QTRY_VERIFY(QApplication::focusWidget() &&
                    window.pageStack()->currentPage()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE(window.pageStack()->depth(), 0);
        // Back where it was opened from: 那年今日, not the wall.
        QCOMPARE(window.currentPage(), MainWindow::Page::OnThisDay);
        QVERIFY(window.onThisDayPage()->isVisible());
    }

    void viewerTitleIsTheAlbumAndItsSourceTheExport()
    {
        std::unique_ptr<QWidget> opened(
            createMemoryDetail(m_db, memoryId(QStringLiteral("photo:1")), nullptr));
        auto *viewer = qobject_cast<PhotoViewer *>(opened.get());
        QVERIFY(viewer);
        QCOMPARE(viewer->count(), 3);
        QCOMPARE(viewer->windowTitle(), QStringLiteral("鼓浪屿的夏天"));
        QVERIFY(!viewer->captionText().contains(QStringLiteral("[em]")));
        QVERIFY(viewer->captionText().contains(QStringLiteral("海边的日落")));
        // Details on demand: hidden at first, I shows them.
        viewer->show();
        QVERIFY(QTest::qWaitForWindowActive(viewer));
        QVERIFY(!viewer->detailsVisible());
        QTest::keyClick(viewer, Qt::Key_I);
        QVERIFY(viewer->detailsVisible());
        const QString details = htmlToPlainText(viewer->detailsText()); // what a person reads
        // The source is the export and file a person knows, never the library's unpack folder.
        QVERIFY2(!details.contains(QStringLiteral("unpack-")), qPrintable(details));
        QVERIFY2(!details.contains(m_lib.path()), qPrintable(details));
        const QString dropped = QFileInfo(m_src.path()).fileName();
        QVERIFY2(details.contains(dropped + QStringLiteral("/QQ空间备份_1/Albums/json/albums.js")),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("/Albums/旅行/鼓浪屿的夏天/0")), qPrintable(details));
        // The wheel over a fitted picture steps too: down for the next one, up for the one before.
        viewer->showIndex(0);
        auto wheel = [viewer](int delta) {
            const QPointF at(viewer->canvas()->width() / 2.0, viewer->canvas()->height() / 2.0);
            QWheelEvent event(at, viewer->canvas()->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(viewer->canvas(), &event);
        };
        wheel(-120);
        QCOMPARE(viewer->currentIndex(), 1);
        QVERIFY(viewer->canvas()->isFit());
        wheel(120);
        QCOMPARE(viewer->currentIndex(), 0);
        QTest::keyClick(viewer, Qt::Key_Right);
        QCOMPARE(viewer->currentIndex(), 1);
        // A sideways drag is a swipe: to the left for the next one, to the right for the one before.
        const QPoint middle(viewer->canvas()->width() / 2, viewer->canvas()->height() / 2);
        QTest::mousePress(viewer->canvas(), Qt::LeftButton, {}, middle);
        QTest::mouseRelease(viewer->canvas(), Qt::LeftButton, {}, middle - QPoint(120, 4));
        QCOMPARE(viewer->currentIndex(), 2);
        QTest::mousePress(viewer->canvas(), Qt::LeftButton, {}, middle);
        QTest::mouseRelease(viewer->canvas(), Qt::LeftButton, {}, middle + QPoint(120, 4));
        QCOMPARE(viewer->currentIndex(), 1);
    }

    void sourceNamesLeaveNoUnpackFolder()
    {
        const QString lib = QStringLiteral("/home/u/Keepsake");
        QCOMPARE(detailmedia::shownExportPath(
                     lib + QStringLiteral("/tmp/unpack-x1Y2z3/QQ空间备份_9/Messages/json/messages.js"),
                     QStringLiteral("/home/u/下载/QQ空间备份_9.zip"), lib),
                 QStringLiteral("QQ空间备份_9.zip/QQ空间备份_9/Messages/json/messages.js"));
        QCOMPARE(detailmedia::shownExportPath(
                     QStringLiteral("/home/u/下载/QQ空间备份_9.zip/QQ空间备份_9/Messages/json/messages.js"),
                     QStringLiteral("/home/u/下载/QQ空间备份_9.zip"), lib),
                 QStringLiteral("QQ空间备份_9.zip/QQ空间备份_9/Messages/json/messages.js"));
        QCOMPARE(detailmedia::shownMediaPath(
                     QStringLiteral("Messages/images/3FA9C01B.jpeg"),
                     QStringLiteral("/home/u/下载/QQ空间备份_9.zip/QQ空间备份_9/Messages/json/messages.js"),
                     QStringLiteral("/home/u/下载/QQ空间备份_9.zip"), lib),
                 QStringLiteral("QQ空间备份_9.zip/QQ空间备份_9/Messages/images/3FA9C01B.jpeg"));
        QCOMPARE(detailmedia::shownMediaPath(
                     QStringLiteral("Messages/images/3FA9C01B.jpeg"),
                     QStringLiteral("/home/u/下载/QQ空间备份_9/Common/json/助手备份数据_9.json"),
                     QStringLiteral("/home/u/下载/QQ空间备份_9"), lib),
                 QStringLiteral("QQ空间备份_9/Messages/images/3FA9C01B.jpeg"));
        QVERIFY(detaildata::isMadeUpName(QStringLiteral("3FA9C01B.jpeg")));
        QVERIFY(detaildata::isMadeUpName(QStringLiteral("b5dee3e04dd1ae5b.jpg")));
        QVERIFY(!detaildata::isMadeUpName(QStringLiteral("IMG_2013.jpg")));
        QVERIFY(!detaildata::isMadeUpName(QStringLiteral("毕业照.png")));
    }

    void visitPageSaysWhoCameAndWhen()
    {
        MainWindow window(m_db);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.wallModel()->itemCount() > 80);
        QSqlQuery q(m_db.connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT key FROM memories WHERE kind = 'visit' ORDER BY created DESC")));
        QVERIFY(q.next());
        openFromWall(window, wallRowOf(window, q.value(0).toString()));
        auto *page = qobject_cast<MemoryDetailView *>(window.pageStack()->currentPage());
        QVERIFY(page);
        const QString text = page->browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("可乐 visited your QQ Space on")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("came 3 time")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("your note: 高中同桌")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("group: 同学")), qPrintable(text));
        // A visit has no comments: no empty comments column beside it.
        QVERIFY(!page->comments()->isVisible());
        // The page has more to read than the header: a visible paragraph of words.
        QVERIFY(page->browser()->document()->size().height() > 120);
    }

    void photosInAPostAreNotSmallerThanOnTheWall()
    {
        MainWindow window(m_db);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.wallModel()->itemCount() > 80);
        const QRegularExpression width(
            QStringLiteral("<img src=\"ks-(?:media|thumb):[^\"]*\" width=\"(\\d+)\""));

        openFromWall(window, wallRowOf(window, QStringLiteral("post:single")));
        auto *single = qobject_cast<MemoryDetailView *>(window.pageStack()->currentPage());
        QVERIFY(single);
        QTRY_VERIFY(width.match(single->contentHtml()).hasMatch());
        // One picture: the wall shows it 400 px wide; the page at least as wide.
        QTRY_VERIFY2(width.match(single->contentHtml()).captured(1).toInt() >= 400,
                     qPrintable(single->contentHtml()));
        window.pageStack()->back();

        openFromWall(window, wallRowOf(window, QStringLiteral("post:photos")));
        auto *grid = qobject_cast<MemoryDetailView *>(window.pageStack()->currentPage());
        QVERIFY(grid);
        // Three pictures: 150 px cells on the wall; here never smaller.
        auto it = width.globalMatch(grid->contentHtml());
        int cells = 0;
        while (it.hasNext()) {
            QVERIFY(it.next().captured(1).toInt() >= 150);
            ++cells;
        }
        QCOMPARE(cells, 3);
        QTRY_VERIFY(!grid->browser()->horizontalScrollBar()->isVisible());
        // At 800×600 the grid takes fewer columns rather than a sideways scroll bar.
        window.resize(800, 600);
        QTRY_VERIFY(grid->browser()->viewport()->width() < 520);
        QTRY_VERIFY(!grid->browser()->horizontalScrollBar()->isVisible());
        QTRY_VERIFY(grid->browser()->document()->size().width() <= grid->browser()->viewport()->width());
    }
};

QTEST_MAIN(TestPageStack)
#include "tst_pagestack.moc"
