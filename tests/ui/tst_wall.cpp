// SPDX-License-Identifier: GPL-3.0-or-later
// The wall (offscreen): card sizes, the year scrubber's jumps, keyboard moves, a 100-item
// library painting, filters that persist, and 那年今日 in the window.
#include "import/librarywriter.h"
#include "library/appidentity.h"
#include "library/database.h"
#include "mainwindow.h"
#include "models/wallindex.h"
#include "models/wallmodel.h"
#include "search/searchindex.h"
#include "wall/memorycarddelegate.h"
#include "wall/onthisdaypage.h"
#include "wall/wallview.h"
#include "wall/yearscrubber.h"

#include <QApplication>
#include <QDateTime>
#include <QImage>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ks;

namespace {

qint64 chinaTime(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::OffsetFromUTC, kChinaUtcOffset).toSecsSinceEpoch();
}

} // namespace

class TestWall : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_lib;
    QTemporaryDir m_src;
    Database m_db;
    qint64 m_shortPost = 0;
    qint64 m_ninePhotoPost = 0;

    QString picture(const QString &name, const QColor &colour)
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(colour);
        const QString path = m_src.filePath(name);
        image.save(path, "JPEG");
        return path;
    }

    static QSize hint(MemoryCardDelegate &delegate, const QModelIndex &index, int width = 700)
    {
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, width, 0);
        return delegate.sizeHint(option, index);
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
        QVERIFY(w.setAccount(QStringLiteral("10000"), QStringLiteral("我")));
        // 100 memories over ten years (2010 … 2019), 10 per year, one every month.
        for (int i = 0; i < 100; ++i) {
            MemoryRecord r;
            r.kind = i % 10 == 3 ? MemoryKind::Board : MemoryKind::Post;
            r.key = QStringLiteral("post:%1").arg(i);
            r.created = chinaTime(2010 + i / 10, 1 + i % 10, 5 + i % 20);
            r.author = r.kind == MemoryKind::Board ? PersonRef{QStringLiteral("777"), QStringLiteral("老王")}
                                                   : PersonRef{QStringLiteral("10000"), QStringLiteral("我")};
            r.text = i == 0
                         ? QStringLiteral("短")
                         : QStringLiteral("第 %1 条 [em]e100[/em] @{uin:777,nick:老王,who:1} #回忆#").arg(i);
            if (i == 1) {
                for (int p = 0; p < 9; ++p)
                    r.media << MediaRef{
                        QStringLiteral("image"),
                        picture(QStringLiteral("p%1.jpg").arg(p), QColor::fromHsv(p * 40, 200, 200)),
                        QStringLiteral("p%1.jpg").arg(p), QString(), QString()};
            }
            r.sourceRecord = r.key.toUtf8();
            QCOMPARE(w.upsertMemory(r), UpsertResult::Added);
        }
        w.finish();
        QVERIFY(rebuildWallIndex(m_db.connection()));
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, key FROM memories WHERE key IN ('post:0', 'post:1')")));
        while (q.next())
            (q.value(1).toString() == QLatin1String("post:0") ? m_shortPost : m_ninePhotoPost) =
                q.value(0).toLongLong();
    }

    void delegateSizesAreExactAndDeterministic()
    {
        WallModel model(m_db);
        model.reload();
        QCOMPARE(model.itemCount(), 100);
        MemoryCardDelegate delegate(&m_db, nullptr);
        int shortRow = -1;
        int nineRow = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id = model.index(row).data(WallModel::MemoryIdRole).toLongLong();
            if (id == m_shortPost)
                shortRow = row;
            if (id == m_ninePhotoPost)
                nineRow = row;
        }
        QVERIFY(shortRow > 0 && nineRow > 0);
        const QSize shortSize = hint(delegate, model.index(shortRow));
        const QSize nineSize = hint(delegate, model.index(nineRow));
        const QSize headerSize = hint(delegate, model.index(0));
        QCOMPARE(headerSize.height(), delegate.headerHeight());
        QVERIFY2(headerSize.height() < shortSize.height(), "headers are small");
        // Three rows of three photos make the card far taller than a one-line post.
        QVERIFY2(nineSize.height() > shortSize.height() + 3 * 100,
                 qPrintable(QStringLiteral("%1 vs %2").arg(nineSize.height()).arg(shortSize.height())));
        // Same answer again, and from a fresh delegate (no state in the sizes).
        QCOMPARE(hint(delegate, model.index(nineRow)), nineSize);
        MemoryCardDelegate fresh(&m_db, nullptr);
        QCOMPARE(hint(fresh, model.index(nineRow)), nineSize);
        QCOMPARE(hint(fresh, model.index(shortRow)), shortSize);
        // Narrower rows wrap text, so the width matters and is respected.
        QVERIFY(hint(fresh, model.index(nineRow), 320).height() < nineSize.height());
        QCOMPARE(hint(fresh, model.index(shortRow), 320).width(), 320);
    }

    void scrubberJumpsToTheYear()
    {
        WallModel model(m_db);
        model.reload();
        MemoryCardDelegate delegate(&m_db, nullptr);
        WallView view;
        view.setDelegate(&delegate);
        view.setScrubberEnabled(true);
        view.setModel(&model);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        YearScrubber *scrubber = view.scrubber();
        QVERIFY(scrubber);
        QCOMPARE(scrubber->years().size(), 10);
        for (int year : {2016, 2013, 2018}) {
            const int y = scrubber->yearTickY(year);
            QVERIFY(y >= 0);
            QTest::mouseClick(scrubber, Qt::LeftButton, {}, QPoint(YearScrubber::kWidth / 2, y));
            QCOMPARE(view.topRow(), model.rowForYear(year));
            QCOMPARE(view.topOffset(), 0);
            QCOMPARE(model.index(view.topRow()).data(WallModel::RowTypeRole).toInt(),
                     int(WallModel::HeaderRow));
            QCOMPARE(model.index(view.topRow()).data(WallModel::YearRole).toInt(), year);
        }
        // Dragging shows the month bubble and releases cleanly.
        QTest::mousePress(scrubber, Qt::LeftButton, {}, QPoint(10, scrubber->height() / 2));
        QVERIFY(scrubber->isDragging());
        QVERIFY(!scrubber->bubbleText().isEmpty());
        QTest::mouseRelease(scrubber, Qt::LeftButton, {}, QPoint(10, scrubber->height() / 2));
        QVERIFY(!scrubber->isDragging());
    }

    void keyboardMovesAndOpens()
    {
        WallModel model(m_db);
        model.reload();
        MemoryCardDelegate delegate(&m_db, nullptr);
        WallView view;
        view.setDelegate(&delegate);
        view.setModel(&model);
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        QSignalSpy activated(&view, &WallView::activated);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.currentRow(), 1); // row 0 is the month header
        QTest::keyClick(&view, Qt::Key_Down);
        // Every month holds one memory here, so the next card is past the next header.
        QCOMPARE(view.currentRow(), 3);
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(view.currentRow(), 1);
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toInt(), 1);
        QTest::keyClick(&view, Qt::Key_PageDown);
        QVERIFY(view.topRow() > 0);
        QVERIFY(view.currentRow() > 1);
        QVERIFY(view.rowRect(view.currentRow()).isValid()); // the current card is on screen
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(view.currentRow(), model.rowCount() - 1);
        QVERIFY(view.visibleRows().contains(model.rowCount() - 1));
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.currentRow(), 1);
        QCOMPARE(view.topRow(), 0);
    }

    void aHundredItemLibraryPaints()
    {
        QSettings().clear();
        MainWindow window(m_db);
        window.resize(1100, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WallView *wall = window.wallView();
        QVERIFY(wall && wall->isVisible());
        QCOMPARE(window.wallModel()->itemCount(), 100);
        QCOMPARE(window.wallModel()->rowCount(), 200); // 100 months, one memory each
        QSignalSpy painted(wall, &WallView::framePainted);
        wall->viewport()->repaint();
        QCOMPARE(painted.size(), 1);
        QVERIFY(wall->visibleRows().size() >= 3);
        // Something other than the background was painted where the first card is.
        const QImage shot = wall->viewport()->grab().toImage();
        const QRect card = wall->rowRect(1);
        QVERIFY(card.isValid());
        QCOMPARE(shot.pixelColor(card.center().x(), card.top() + 4), QColor(Qt::white));
        QVERIFY(shot.pixelColor(2, 2) != QColor(Qt::white));
    }

    void fitsSmallScreensAndNeverResizesItself()
    {
        QSettings().clear();
        MainWindow window(m_db);
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.minimumSizeHint().width() <= 800 && window.minimumSizeHint().height() <= 600,
                 qPrintable(QStringLiteral("%1×%2")
                                .arg(window.minimumSizeHint().width())
                                .arg(window.minimumSizeHint().height())));
        QCOMPARE(window.size(), QSize(800, 600));
        // Filter chips, a search restriction and a year change the content, never the window.
        for (const char *kind : {"kindFilter_board", "kindFilter_post", "kindFilter_board"}) {
            window.findChild<QToolButton *>(QString::fromLatin1(kind))->click();
            QCoreApplication::processEvents();
            QCOMPARE(window.size(), QSize(800, 600));
        }
        QSettings().clear();
    }

    void kindFilterAndOrderPersist()
    {
        QSettings().clear();
        {
            MainWindow window(m_db);
            window.show();
            auto *boards = window.findChild<QToolButton *>(QStringLiteral("kindFilter_board"));
            QVERIFY(boards);
            boards->click();
            QCOMPARE(window.wallModel()->itemCount(), 10);
            window.findChild<QToolButton *>(QStringLiteral("orderToggle"))->click();
            QVERIFY(window.wallModel()->filter().oldestFirst);
        }
        {
            MainWindow again(m_db);
            QVERIFY(again.findChild<QToolButton *>(QStringLiteral("kindFilter_board"))->isChecked());
            QCOMPARE(again.wallModel()->itemCount(), 10);
            QVERIFY(again.wallModel()->filter().oldestFirst);
            QCOMPARE(again.wallModel()->index(1).data(WallModel::YearRole).toInt(), 2010);
        }
        // The filters are this library's: a new library starts unfiltered.
        QTemporaryDir otherDir;
        Database other;
        QVERIFY(other.open(otherDir.path()));
        {
            MainWindow fresh(other);
            QVERIFY(!fresh.findChild<QToolButton *>(QStringLiteral("kindFilter_board"))->isChecked());
            QVERIFY(!fresh.wallModel()->filter().oldestFirst);
        }
        other.close();
        QSettings().clear();
    }

    void onThisDayPageAndBanner()
    {
        QSettings().clear();
        MainWindow window(m_db);
        window.resize(1100, 760);
        window.show();
        // Memories 13, 33, 53, 73, 93 are on 18 April of 2011, 2013, 2015, 2017 and 2019.
        window.setToday(QDate(2026, 4, 18));
        auto *banner = window.findChild<QWidget *>(QStringLiteral("onThisDayBanner"));
        QVERIFY(banner && banner->isVisible());
        OnThisDayPage *page = window.onThisDayPage();
        const OnThisDay &day = page->model()->result();
        QCOMPARE(day.windowDays, 0);
        QCOMPARE(day.groups.size(), 5);
        QCOMPARE(day.groups.first().year, 2019);
        QCOMPARE(day.groups.first().yearsAgo, 7);
        QCOMPARE(page->model()->itemCount(), 5);
        QCOMPARE(page->model()->rowCount(), 10);
        QVERIFY(page->model()
                    ->index(0)
                    .data(MemoryCardDelegate::HeaderTextRole)
                    .toString()
                    .contains(QStringLiteral("2019")));
        window.showPage(MainWindow::Page::OnThisDay);
        QCOMPARE(window.currentPage(), MainWindow::Page::OnThisDay);
        QVERIFY(page->view()->isVisible());
        // A day with nothing: the banner goes away.
        window.setToday(QDate(2026, 12, 30));
        QVERIFY(!banner->isVisible());
    }
};

QTEST_MAIN(TestWall)
#include "tst_wall.moc"
