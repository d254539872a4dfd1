// SPDX-License-Identifier: GPL-3.0-or-later
// The photo grid as a photo app (offscreen): Ctrl+click, Shift+click, Shift+arrows, a band,
// Ctrl+A and Esc select the photos they should (as ranges, a month each for Ctrl+A); while
// photos are selected a click toggles and a double-click opens; the bar above the grid counts
// them and tags their memories in the library, opens the date correction on them and exports
// only them; the year scrubber jumps to a month's title and follows the scrolling.
#include "dates/datecorrectiondialog.h"
#include "detail/pagestack.h"
#include "export/photoexport.h"
#include "export/photoexportdialog.h"
#include "grid/photogridmode.h"
#include "grid/photogridview.h"
#include "grid/photoselectionbar.h"
#include "import/librarywriter.h"
#include "library/appidentity.h"
#include "library/database.h"
#include "mainwindow.h"
#include "models/photogridmodel.h"
#include "models/wallindex.h"
#include "picturesource.h"
#include "search/searchindex.h"
#include "tags/tageditordialog.h"
#include "tags/tagstore.h"
#include "wall/walltheme.h"
#include "wall/yearscrubber.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <functional>

using namespace ks;
using ks::test::PictureSource;

namespace {

constexpr qint64 kStart = 1262304000; // 2010-01-01

QSet<int> asSet(const QList<int> &list)
{
    return QSet<int>(list.cbegin(), list.cend());
}

/// Runs @p handle on the next modal dialog of type T once it is shown (inside its exec()).
template <typename T> void whenModal(std::function<void(T *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
        }
    });
    timer->start();
}

} // namespace

class TestPhotoGridSelect : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_lib;
    PictureSource m_src;
    Database m_db;

    QPoint centreOf(PhotoGridView &view, int photo)
    {
        return view.visualRect(view.gridModel()->index(view.gridModel()->rowOfPhoto(photo))).center();
    }

    void click(PhotoGridView &view, int photo, Qt::KeyboardModifiers mods = {})
    {
        const QPoint at = centreOf(view, photo);
        QVERIFY(view.viewport()->rect().contains(at));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, mods, at);
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
        // 40 album photos over four months of 2010, then posts of two pictures each into 2011.
        for (int i = 0; i < 40; ++i) {
            MemoryRecord photo;
            photo.kind = MemoryKind::Photo;
            photo.key = QStringLiteral("photo:%1").arg(i);
            photo.created = kStart + i * 86400 * 3;
            photo.albumKey = QStringLiteral("trip");
            photo.albumName = QStringLiteral("鼓浪屿的夏天");
            photo.media << PictureSource::ref(m_src.picture(QStringLiteral("album%1.png").arg(i)));
            photo.sourceRecord = photo.key.toUtf8();
            QCOMPARE(w.upsertMemory(photo), UpsertResult::Added);
        }
        for (int i = 0; i < 8; ++i) {
            MemoryRecord post;
            post.key = QStringLiteral("post:%1").arg(i);
            post.created = kStart + 200 * 86400 + i * 86400 * 45;
            post.text = QStringLiteral("第%1条说说").arg(i);
            post.media << PictureSource::ref(m_src.picture(QStringLiteral("post%1a.png").arg(i)))
                       << PictureSource::ref(m_src.picture(QStringLiteral("post%1b.png").arg(i)));
            post.sourceRecord = post.key.toUtf8();
            QCOMPARE(w.upsertMemory(post), UpsertResult::Added);
        }
        w.finish();
        QVERIFY(rebuildWallIndex(m_db.connection()));
    }

    void clicksKeysAndABandSelectLikeAPhotoApp()
    {
        PhotoGridModel model(m_db);
        WallFilter oldest; // the album's months first: ten photos and more each
        oldest.oldestFirst = true;
        model.setFilter(oldest);
        QCOMPARE(model.photoCount(), 56);
        PhotoGridView view;
        view.setModel(&model);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.selectionMode(), QAbstractItemView::ExtendedSelection);
        QSignalSpy opened(&view, &PhotoGridView::photoActivated);
        QSignalSpy counted(&view, &PhotoGridView::selectedCountChanged);

        // Nothing selected: a click opens and selects nothing.
        click(view, 1);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.takeFirst().at(0).toInt(), 1);
        QCOMPARE(view.selectedPhotoCount(), 0);

        // Ctrl+click toggles, without opening.
        click(view, 0, Qt::ControlModifier);
        click(view, 2, Qt::ControlModifier);
        QCOMPARE(view.selectedPhotos(), (QList<int>{0, 2}));
        click(view, 2, Qt::ControlModifier);
        QCOMPARE(view.selectedPhotos(), QList<int>{0});
        // Shift+click extends from the last photo clicked, in reading order.
        click(view, 2, Qt::ControlModifier);
        click(view, 6, Qt::ShiftModifier);
        QCOMPARE(view.selectedPhotos(), (QList<int>{0, 2, 3, 4, 5, 6}));
        QCOMPARE(view.selectedPhotoCount(), 6);
        QCOMPARE(counted.last().at(0).toInt(), 6);
        // The memories of the selection: each photo's own here.
        QCOMPARE(view.selectedMemoryIds(),
                 (QList<qint64>{model.memoryIdAt(0), model.memoryIdAt(2), model.memoryIdAt(3),
                                model.memoryIdAt(4), model.memoryIdAt(5), model.memoryIdAt(6)}));
        QCOMPARE(view.selectedMediaIds().size(), 6);
        // While selecting, a plain click toggles too and opens nothing.
        click(view, 8);
        QCOMPARE(view.selectedPhotoCount(), 7);
        click(view, 8);
        QCOMPARE(view.selectedPhotoCount(), 6);
        QCOMPARE(opened.size(), 0);
        // A double-click opens the photo and leaves the selection as it was.
        const QPoint eight = centreOf(view, 8);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, eight);
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, eight);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.takeFirst().at(0).toInt(), 8);
        QVERIFY(!view.selectedPhotos().contains(8));
        QCOMPARE(view.selectedPhotoCount(), 6);

        // Esc lets go of them all; Ctrl+A takes every photo, as one range per month.
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Escape);
        QCOMPARE(view.selectedPhotoCount(), 0);
        QCOMPARE(counted.last().at(0).toInt(), 0);
        QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(view.selectedPhotoCount(), model.photoCount());
        QCOMPARE(view.selectionModel()->selection().size(), model.months().size());
        QCOMPARE(view.selectedMemoryIds().size(), 40 + 8); // a post's two photos: one memory
        for (const PhotoGridModel::Month &m : model.months())
            QVERIFY(!view.selectionModel()->isSelected(model.index(m.row))); // titles are no photos
        QTest::keyClick(&view, Qt::Key_Escape);
        QCOMPARE(view.selectedPhotoCount(), 0);

        // Shift+arrows extend from where the keyboard is; arrows alone select nothing.
        QTest::keyClick(&view, Qt::Key_Home);
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.selectedPhotoCount(), 0);
        QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(view.selectedPhotos(), (QList<int>{1, 2, 3}));
        QTest::keyClick(&view, Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(view.selectedPhotos(), (QList<int>{1, 2}));
        // Space toggles the photo the keyboard is on.
        QTest::keyClick(&view, Qt::Key_End);
        QTest::keyClick(&view, Qt::Key_Space);
        QCOMPARE(view.selectedPhotos(), (QList<int>{1, 2, model.photoCount() - 1}));
        QTest::keyClick(&view, Qt::Key_Escape);

        // Shift across a month's title: every photo between, no title.
        view.verticalScrollBar()->setValue(0);
        const PhotoGridModel::Month second = model.months().at(1);
        const int from = second.firstPhoto - 1;
        const int to = second.firstPhoto + 1;
        click(view, from, Qt::ControlModifier);
        click(view, to, Qt::ShiftModifier);
        QCOMPARE(view.selectedPhotos(), (QList<int>{from, from + 1, to}));
        QTest::keyClick(&view, Qt::Key_Escape);

        // A band from the first photo to the second line's second: a two by two square.
        const int columns = view.columnCount();
        QVERIFY(columns >= 4);
        const PhotoGridModel::Month first = model.months().at(0);
        QVERIFY(first.count > columns + 2);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, centreOf(view, 0));
        QTest::mouseMove(view.viewport(), centreOf(view, columns + 1));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, centreOf(view, columns + 1));
        QCOMPARE(view.selectedPhotos(), (QList<int>{0, 1, columns, columns + 1}));
        QCOMPARE(opened.size(), 0); // a drag is no click
        // A second band with Ctrl adds to the first.
        QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::ControlModifier, centreOf(view, 3));
        QTest::mouseMove(view.viewport(), centreOf(view, 3) + QPoint(10, 10));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::ControlModifier,
                            centreOf(view, 3) + QPoint(10, 10));
        QCOMPARE(asSet(view.selectedPhotos()), (QSet<int>{0, 1, 3, columns, columns + 1}));

        // Selected cells look selected in every theme: a frame and a tick in the theme's colour,
        // which an unselected cell (its empty circle shown while selecting) does not have.
        for (const Theme &theme : allThemes()) {
            WallTheme::setCurrent(theme.id);
            const QImage shot = view.viewport()->grab().toImage();
            const auto accentPixels = [&](int photo) {
                const QRect cell = view.visualRect(model.index(model.rowOfPhoto(photo)));
                int n = 0;
                for (int y = cell.top(); y <= cell.bottom(); ++y)
                    for (int x = cell.left(); x <= cell.right(); ++x)
                        n += QColor(shot.pixel(x, y)) == theme.accent ? 1 : 0;
                return n;
            };
            QVERIFY2(accentPixels(0) > 4 * view.cellSide(), qPrintable(theme.id));
            QVERIFY2(accentPixels(2) == 0, qPrintable(theme.id));
        }
        WallTheme::setCurrent(defaultThemeId());
    }

    void aHundredThousandAreRangesNotItems()
    {
        // Select All over the grid's months costs a range per month, and the count reads ranges.
        PhotoGridModel model(m_db);
        model.reload();
        PhotoGridView view;
        view.setModel(&model);
        view.resize(600, 400);
        const QItemSelection all = view.photoRange(model.photoCount() - 1, 0);
        QCOMPARE(all.size(), model.months().size());
        int rows = 0;
        for (const QItemSelectionRange &range : all)
            rows += range.height();
        QCOMPARE(rows, model.photoCount());
        QCOMPARE(view.photoRange(3, 3).size(), 1);
    }

    void scrubberJumpsToAMonthAndFollows()
    {
        PhotoGridModel model(m_db);
        model.reload();
        PhotoGridView view;
        view.setModel(&model);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        YearScrubber *scrubber = view.scrubber();
        QVERIFY(scrubber && scrubber->isVisible());
        QVERIFY(!scrubber->accessibleName().isEmpty());
        QVERIFY(scrubber->focusPolicy() & Qt::TabFocus);
        QCOMPARE(scrubber->years(), (QList<int>{2011, 2010}));
        // The cells leave room for it.
        const QModelIndex last = model.index(model.rowOfPhoto(view.columnCount() - 1));
        QVERIFY(view.visualRect(last).right() < scrubber->geometry().left());

        // A click on 2010: that year's newest month's title becomes the first row on screen.
        const int y = scrubber->yearTickY(2010);
        QVERIFY(y > 0);
        QTest::mouseClick(scrubber, Qt::LeftButton, {}, QPoint(YearScrubber::kWidth / 2, y));
        int header = -1;
        for (const PhotoGridModel::Month &m : model.months()) {
            if (m.month / 100 == 2010) {
                header = m.row;
                break;
            }
        }
        QVERIFY(header > 0);
        QVERIFY(view.verticalScrollBar()->value() < view.verticalScrollBar()->maximum());
        QCOMPARE(view.visibleRows().first(), header);
        QCOMPARE(view.topRow(), header);
        QCOMPARE(scrubber->topRow(), header); // the marker follows

        // From the keyboard: Home to the newest year, Down to the next.
        scrubber->setFocus();
        QTest::keyClick(scrubber, Qt::Key_Home);
        QCOMPARE(view.topRow(), 0);
        QCOMPARE(view.verticalScrollBar()->value(), 0);
        QTest::keyClick(scrubber, Qt::Key_Down);
        QCOMPARE(view.topRow(), header);

        // A drag lands on month titles only, and the bubble names the month.
        QTest::mousePress(scrubber, Qt::LeftButton, {}, QPoint(20, scrubber->height() * 3 / 4));
        QVERIFY(scrubber->isDragging());
        QVERIFY(!scrubber->bubbleText().isEmpty());
        QCOMPARE(model.photoIndexOfRow(view.visibleRows().first()), -1);
        QTest::mouseRelease(scrubber, Qt::LeftButton, {}, QPoint(20, scrubber->height() * 3 / 4));

        // Scrolling the grid moves the marker.
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 3);
        QCOMPARE(scrubber->topRow(), view.topRow());
        QVERIFY(view.topRow() > 0);
    }

    void theBarTagsDatesAndExportsTheSelection()
    {
        QSettings().clear();
        MainWindow window(m_db);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PhotoGridMode *mode = window.photoGrid();
        mode->setShown(true);
        PhotoGridView *view = mode->view();
        QVERIFY(view->isVisible());
        PhotoSelectionBar *bar = mode->selectionBar();
        QVERIFY(bar && !bar->isVisible());

        // One album photo and one of the two photos of a post.
        PhotoGridModel *model = mode->model();
        int postPhoto = -1;
        for (int i = 0; i < model->photoCount() && postPhoto < 0; ++i) {
            if (model->memoryIdAt(i) == model->memoryIdAt(i + 1))
                postPhoto = i;
        }
        QVERIFY(postPhoto >= 0);
        view->setCurrentPhoto(postPhoto);
        QVERIFY(view->selectedPhotoCount() == 0); // the keyboard's place is no selection
        click(*view, postPhoto, Qt::ControlModifier);
        const int albumPhoto = model->photoCount() - 1;
        view->scrollTo(model->index(model->rowOfPhoto(albumPhoto)));
        click(*view, albumPhoto, Qt::ControlModifier);
        QCOMPARE(view->selectedPhotoCount(), 2);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->countLabel()->text().contains(QLatin1Char('2')));
        const QList<qint64> memories{model->memoryIdAt(postPhoto), model->memoryIdAt(albumPhoto)};
        QCOMPARE(view->selectedMemoryIds(), memories);

        // Tag…: the tag editor on their memories; OK writes the tag into the library.
        bool tagged = false;
        whenModal<TagEditorDialog>([&tagged](TagEditorDialog *dialog) {
            tagged = dialog->addPath(QStringLiteral("精选/厦门"));
            dialog->accept();
        });
        bar->tagButton()->click();
        QVERIFY(tagged);
        TagStore store(m_db.connection());
        const qint64 tag = store.tagId(QStringLiteral("精选/厦门"));
        QVERIFY(tag > 0);
        QList<qint64> have = store.memoriesOf(tag);
        std::sort(have.begin(), have.end());
        QList<qint64> want = memories;
        std::sort(want.begin(), want.end());
        QCOMPARE(have, want);
        // The grid is read again after the change: the same two photos stay selected.
        QTRY_COMPARE(view->selectedMemoryIds(), memories);
        QVERIFY(bar->isVisible());

        // Correct the Date…: the dialog, on the same memories (Cancel changes nothing).
        bool dated = false;
        whenModal<DateCorrectionDialog>([&dated](DateCorrectionDialog *dialog) {
            for (QLabel *label : dialog->findChildren<QLabel *>())
                dated = dated || label->text().contains(QStringLiteral("2 memories"));
            dialog->reject();
        });
        bar->dateButton()->click();
        QVERIFY(dated);

        // Export Photos…: the selected photos, and only them (not the post's other photo).
        QSet<qint64> media;
        QList<qint64> picked;
        whenModal<PhotoExportDialog>([&](PhotoExportDialog *dialog) {
            auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("photoScope"));
            media.insert(scope->currentText().contains(QLatin1Char('2')) ? 1 : 0);
            picked = dialog->selection().memoryIds;
            dialog->reject();
        });
        bar->exportButton()->click();
        QCOMPARE(media, QSet<qint64>{1});
        QCOMPARE(picked, memories);
        ExportSelection selection;
        selection.memoryIds = memories;
        const PhotoExportPlan all = planPhotoExport(m_db, selection, PhotoLayout::Flat);
        QCOMPARE(all.items.size(), 3);
        const PhotoExportPlan only =
            planPhotoExport(m_db, selection, PhotoLayout::Flat, view->selectedMediaIds());
        QCOMPARE(only.items.size(), 2);
        for (const PhotoExportItem &item : only.items)
            QVERIFY(view->selectedMediaIds().contains(item.mediaId));

        // Another filter (only posts) is another set of photos: nothing stays selected.
        WallFilter posts;
        posts.kinds = {QStringLiteral("post")};
        model->setFilter(posts);
        QCOMPARE(view->selectedPhotoCount(), 0);
        model->setFilter(WallFilter());

        // Edit → Select All works on the grid while it is shown; the bar's ✕ lets go.
        QAction *selectAll = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(QKeySequence::SelectAll))
                selectAll = a;
        QVERIFY(selectAll);
        selectAll->trigger();
        QCOMPARE(view->selectedPhotoCount(), model->photoCount());
        bar->clearButton()->click();
        QCOMPARE(view->selectedPhotoCount(), 0);
        QVERIFY(!bar->isVisible());
        // Hidden with the grid.
        click(*view, 0, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        mode->setShown(false);
        QVERIFY(!bar->isVisible());
    }
};

QTEST_MAIN(TestPhotoGridSelect)
#include "tst_photogridselect.moc"
