// SPDX-License-Identifier: GPL-3.0-or-later
// The photo grid (offscreen): it shows exactly the library's photos as LibraryCounts counts them
// (videos, a placeholder and a missing picture are not photos, a picture in two memories is one),
// under the wall's filters; a click or Enter opens the viewer as a page that steps through the
// grid's photos; Back returns to the grid at the photo last looked at.
#include "../core/mediafixtures.h"
#include "detail/pagestack.h"
#include "detail/photoviewer.h"
#include "grid/photogridmode.h"
#include "grid/photogridview.h"
#include "import/librarywriter.h"
#include "library/appidentity.h"
#include "library/database.h"
#include "library/librarycounts.h"
#include "mainwindow.h"
#include "media/thumbnails.h"
#include "models/photogridmodel.h"
#include "models/wallindex.h"
#include "models/wallmodel.h"
#include "picturesource.h"
#include "search/searchindex.h"
#include "wall/wallview.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ks;
using ks::test::PictureSource;

namespace {

constexpr qint64 kStart = 1262304000; // 2010-01-01

} // namespace

class TestPhotoGrid : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_lib;
    PictureSource m_src;
    Database m_db;

    qint64 photoCount() { return LibraryCounts::whole(m_db.connection()).photos; }

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
        // 40 album photos over four months.
        QString shared;
        for (int i = 0; i < 40; ++i) {
            MemoryRecord photo;
            photo.kind = MemoryKind::Photo;
            photo.key = QStringLiteral("photo:%1").arg(i);
            photo.created = kStart + i * 86400 * 3;
            photo.albumKey = QStringLiteral("trip");
            photo.albumName = QStringLiteral("鼓浪屿的夏天");
            const QString path = m_src.picture(QStringLiteral("album%1.png").arg(i));
            if (i == 5)
                shared = path;
            photo.media << PictureSource::ref(path);
            photo.sourceRecord = photo.key.toUtf8();
            QCOMPARE(w.upsertMemory(photo), UpsertResult::Added);
        }
        // Posts with two pictures each; one of them also shows album photo 5 (the same file).
        for (int i = 0; i < 6; ++i) {
            MemoryRecord post;
            post.key = QStringLiteral("post:%1").arg(i);
            post.created = kStart + 200 * 86400 + i * 86400 * 60; // into 2011
            post.text = QStringLiteral("第%1条说说").arg(i);
            post.media << PictureSource::ref(m_src.picture(QStringLiteral("post%1a.png").arg(i)))
                       << PictureSource::ref(i == 2 ? shared
                                                    : m_src.picture(QStringLiteral("post%1b.png").arg(i)));
            post.sourceRecord = post.key.toUtf8();
            QCOMPARE(w.upsertMemory(post), UpsertResult::Added);
        }
        // Not photos: a video, QQ's "image missing" placeholder and a picture the export lacks.
        MemoryRecord video;
        video.kind = MemoryKind::Video;
        video.key = QStringLiteral("video:1");
        video.created = kStart + 100 * 86400;
        const QString clip = m_src.filePath(QStringLiteral("clip.mp4"));
        QVERIFY(test::writeFile(clip, test::tinyMp4(600, 7407, 640, 480)));
        video.media << PictureSource::ref(clip, QStringLiteral("video"));
        video.sourceRecord = "video";
        QCOMPARE(w.upsertMemory(video), UpsertResult::Added);
        MemoryRecord broken;
        broken.key = QStringLiteral("post:broken");
        broken.created = kStart + 120 * 86400;
        broken.text = QStringLiteral("图片挂了");
        const QString gif = m_src.filePath(QStringLiteral("04_照片4771_66B3565B.jpeg"));
        QVERIFY(test::writeFile(gif, test::placeholderGif()));
        broken.media << PictureSource::ref(gif)
                     << PictureSource::ref(m_src.filePath(QStringLiteral("not-there.jpg")));
        broken.sourceRecord = "broken";
        QCOMPARE(w.upsertMemory(broken), UpsertResult::Added);
        w.finish();
        QVERIFY(rebuildWallIndex(m_db.connection()));
        QSqlQuery q(m_db.connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT COUNT(*) FROM media WHERE status IN ('placeholder', 'missing')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2); // the fixture holds what it says
    }

    void countsWhatLibraryCountsCounts()
    {
        PhotoGridModel model(m_db);
        model.reload();
        QCOMPARE(photoCount(), qint64(40 + 6 * 2 - 1));
        QCOMPARE(qint64(model.photoCount()), photoCount());
        QCOMPARE(model.rowCount(), model.photoCount() + int(model.months().size()));
        // Every photo once, each a kept image, newest first.
        QSet<qint64> seen;
        qint64 lastTime = std::numeric_limits<qint64>::max();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            if (index.data(PhotoGridModel::RowTypeRole).toInt() == PhotoGridModel::HeaderRow) {
                QCOMPARE(index.data(PhotoGridModel::PhotoIndexRole).toInt(), -1);
                QVERIFY(!index.data(Qt::AccessibleTextRole).toString().isEmpty());
                continue;
            }
            const int photo = index.data(PhotoGridModel::PhotoIndexRole).toInt();
            QCOMPARE(model.rowOfPhoto(photo), row);
            const GridPhoto p = index.data(PhotoGridModel::PhotoRole).value<GridPhoto>();
            QVERIFY(!seen.contains(p.mediaId));
            seen.insert(p.mediaId);
            QCOMPARE(p.status, QStringLiteral("ok"));
            QVERIFY(QFileInfo::exists(p.filePath));
            QVERIFY(!index.data(Qt::AccessibleTextRole).toString().isEmpty());
            QSqlQuery q(m_db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT created FROM memories WHERE id = %1").arg(p.memoryId)));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toLongLong() <= lastTime);
            lastTime = q.value(0).toLongLong();
        }
        QCOMPARE(seen.size(), model.photoCount());

        // Under the wall's filters: only posts, and the posts' photos are what LibraryCounts says.
        WallFilter posts;
        posts.kinds = {QStringLiteral("post")};
        model.setFilter(posts);
        QList<qint64> postIds;
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM memories WHERE kind = 'post'")));
        while (q.next())
            postIds << q.value(0).toLongLong();
        QCOMPARE(qint64(model.photoCount()), LibraryCounts::of(m_db.connection(), postIds).photos);
        QCOMPARE(model.photoCount(), 12);
        WallFilter oldest;
        oldest.oldestFirst = true;
        oldest.year = 2010;
        model.setFilter(oldest);
        QVERIFY(model.photoCount() > 0 && model.photoCount() < int(photoCount()));
        QCOMPARE(model.index(0).data(PhotoGridModel::MonthRole).toInt(), 201001);
    }

    void clickOpensTheViewerAndBackReturnsToTheGrid()
    {
        QSettings().clear();
        MainWindow window(m_db);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PhotoGridMode *mode = window.photoGrid();
        QVERIFY(mode);
        auto *toggle = window.findChild<QToolButton *>(QStringLiteral("photoGridToggle"));
        QVERIFY(toggle && toggle->isVisible());
        toggle->click();
        QVERIFY(mode->isShown());
        QVERIFY(mode->action()->isChecked());
        PhotoGridView *grid = mode->view();
        QVERIFY(grid->isVisible());
        QVERIFY(!window.wallView()->isVisible());
        QCOMPARE(qint64(mode->model()->photoCount()), photoCount());
        QVERIFY(grid->columnCount() >= 5);

        // Click the fourth photo: the viewer opens on it, inside the window.
        PhotoGridModel *model = mode->model();
        const QModelIndex fourth = model->index(model->rowOfPhoto(3));
        const QRect cell = grid->visualRect(fourth);
        QVERIFY(grid->viewport()->rect().contains(cell));
        QCOMPARE(grid->indexAt(cell.center()), fourth);
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, cell.center());
        PageStack *stack = window.pageStack();
        QCOMPARE(stack->depth(), 1);
        auto *viewer = qobject_cast<PhotoViewer *>(stack->currentPage());
        QVERIFY(viewer);
        QCOMPARE(viewer->count(), model->photoCount());
        QCOMPARE(viewer->currentIndex(), 3);
        QCOMPARE(viewer->current().mediaId, model->mediaIdAt(3));
        QVERIFY(!viewer->displayedImage().isNull());
        QVERIFY(!grid->isVisible());

        // Next steps to the grid's following photo, across months too.
        viewer->next();
        QCOMPARE(viewer->current().mediaId, model->mediaIdAt(4));
        viewer->showIndex(model->photoCount() - 1);
        QCOMPARE(viewer->current().mediaId, model->mediaIdAt(model->photoCount() - 1));
        viewer->previous();
        const int last = model->photoCount() - 2;
        QCOMPARE(viewer->current().mediaId, model->mediaIdAt(last));

        // Back: the grid again, at the photo last looked at.
        QVERIFY(stack->back());
        QTRY_COMPARE(stack->depth(), 0);
        QVERIFY(grid->isVisible());
        QCOMPARE(grid->currentPhoto(), last);
        QVERIFY(grid->viewport()->rect().intersects(grid->visualRect(model->index(model->rowOfPhoto(last)))));
        const int scroll = grid->verticalScrollBar()->value();
        QVERIFY(scroll > 0);

        // Enter opens the current photo; Back keeps the scroll position.
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_Return);
        QCOMPARE(stack->depth(), 1);
        QCOMPARE(qobject_cast<PhotoViewer *>(stack->currentPage())->currentIndex(), last);
        QVERIFY(stack->back());
        QTRY_COMPARE(stack->depth(), 0);
        QCOMPARE(grid->verticalScrollBar()->value(), scroll);

        // Back to the cards.
        mode->action()->trigger();
        QVERIFY(!mode->isShown());
        QVERIFY(window.wallView()->isVisible());
        QVERIFY(!grid->isVisible());
    }

    void keyboardReachesEveryPhoto()
    {
        PhotoGridModel model(m_db);
        model.reload();
        PhotoGridView view;
        view.setModel(&model);
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.currentPhoto(), 0);
        QSet<int> reached{0};
        for (int i = 0; i < model.photoCount() + 3; ++i) {
            QTest::keyClick(&view, Qt::Key_Right);
            reached.insert(view.currentPhoto());
            QVERIFY(view.viewport()->rect().intersects(view.visualRect(view.currentIndex())));
        }
        QCOMPARE(reached.size(), model.photoCount());
        QCOMPARE(view.currentPhoto(), model.photoCount() - 1);
        // Down keeps the column inside a month (one with more photos than a line holds).
        const auto month =
            std::find_if(model.months().cbegin(), model.months().cend(),
                         [&](const PhotoGridModel::Month &m) { return m.count > view.columnCount(); });
        QVERIFY(month != model.months().cend());
        view.setCurrentPhoto(month->firstPhoto + 1);
        const int x = view.visualRect(view.currentIndex()).x();
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.currentPhoto(), month->firstPhoto + 1 + view.columnCount());
        QCOMPARE(view.visualRect(view.currentIndex()).x(), x);
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(view.currentPhoto(), month->firstPhoto + 1);
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(view.currentPhoto(), model.photoCount() - 1);
        QTest::keyClick(&view, Qt::Key_PageUp);
        QVERIFY(view.currentPhoto() < model.photoCount() - 1);
        // Month titles are no stops: a click on one selects nothing.
        view.verticalScrollBar()->setValue(0);
        const QModelIndex header = model.index(0);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(header).center());
        QVERIFY(!view.selectionModel()->isSelected(header));
    }

    void aLargerGridIsLaidOutWithoutReadingEveryPhoto()
    {
        PhotoGridModel model(m_db);
        model.reload();
        PhotoGridView view;
        view.setModel(&model);
        view.resize(900, 600);
        // Only the cells on screen are measured and read.
        const QList<int> rows = view.visibleRows();
        QVERIFY(!rows.isEmpty());
        QVERIFY(rows.size() < model.rowCount());
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY(rows.at(i) > rows.at(i - 1));
        // Cells never overlap and are square.
        for (int i = 0; i < rows.size(); ++i) {
            const QRect a = view.visualRect(model.index(rows.at(i)));
            if (model.photoIndexOfRow(rows.at(i)) >= 0)
                QCOMPARE(a.width(), a.height());
            for (int j = i + 1; j < rows.size(); ++j)
                QVERIFY(!a.intersects(view.visualRect(model.index(rows.at(j)))));
        }
    }

    void asksOnlyForTheThumbnailsOnScreenAndALineAhead()
    {
        PhotoGridModel model(m_db);
        model.reload();
        QTemporaryDir cache;
        ThumbnailProvider thumbnails(cache.path());
        QSet<QString> asked;
        connect(&thumbnails, &ThumbnailProvider::ready, this, [&](const QString &key) { asked.insert(key); });
        connect(&thumbnails, &ThumbnailProvider::failed, this,
                [&](const QString &key) { asked.insert(key); });
        PhotoGridView view;
        view.setThumbnailProvider(&thumbnails);
        view.setModel(&model);
        view.resize(500, 260);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        int onScreen = 0;
        for (int row : view.visibleRows())
            onScreen += model.photoIndexOfRow(row) >= 0 ? 1 : 0;
        QVERIFY(onScreen > 0);
        QVERIFY(onScreen + 10 < model.photoCount()); // the fixture has photos below the screen
        // Shown without scrolling: what it asks for arrives without a scroll to trigger it.
        QTRY_VERIFY(!asked.isEmpty() && thumbnails.pendingCount() == 0);
        thumbnails.waitForDone();
        QCoreApplication::processEvents();
        // The screen and at most one line more (5 columns at most at this width), never the rest.
        QVERIFY2(asked.size() >= onScreen, qPrintable(QString::number(asked.size())));
        QVERIFY2(asked.size() <= onScreen + 5,
                 qPrintable(QStringLiteral("%1 asked, %2 on screen").arg(asked.size()).arg(onScreen)));
    }
};

QTEST_MAIN(TestPhotoGrid)
#include "tst_photogrid.moc"
