// SPDX-License-Identifier: GPL-3.0-or-later
// The wall on a wide window (offscreen): two columns of cards when two comfortable cards fit,
// one below that; the cards never overlap, a click hits the card under it, the keyboard reaches
// every memory, the year scrubber and Back keep their places; at 800×600 nothing is cut and the
// window never grows.
#include "detail/pagestack.h"
#include "import/librarywriter.h"
#include "library/appidentity.h"
#include "library/database.h"
#include "mainwindow.h"
#include "models/wallindex.h"
#include "models/wallmodel.h"
#include "search/searchindex.h"
#include "wall/memorycarddelegate.h"
#include "wall/wallview.h"
#include "wall/yearscrubber.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ks;

namespace {

constexpr qint64 kStart = 1262304000; // 2010-01-01

} // namespace

class TestWallColumns : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_lib;
    QTemporaryDir m_src;
    Database m_db;

    QString picture(int n)
    {
        const QString path = m_src.filePath(QStringLiteral("p%1.png").arg(n));
        QImage image(160, 120, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((n * 47) % 360, 150, 210));
        image.setPixel(0, 0, qRgb(0, 0, n));
        image.save(path, "PNG");
        return path;
    }

    // Every card's rectangle on screen, by row.
    static QHash<int, QRect> cardRects(WallView *wall)
    {
        QHash<int, QRect> rects;
        for (int row : wall->visibleRows()) {
            if (wall->model()->index(row, 0).data(WallModel::RowTypeRole).toInt() == WallModel::ItemRow)
                rects.insert(row, wall->rowRect(row));
        }
        return rects;
    }

    static void checkNoOverlap(const QHash<int, QRect> &rects)
    {
        for (auto a = rects.cbegin(); a != rects.cend(); ++a)
            for (auto b = std::next(a); b != rects.cend(); ++b)
                QVERIFY2(!a.value().intersects(b.value()),
                         qPrintable(QStringLiteral("rows %1 and %2 overlap").arg(a.key()).arg(b.key())));
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
        // 61 posts over two years (an odd month count leaves a card alone on its line), some
        // long, some with pictures, so the cards of a line differ in height.
        for (int i = 0; i < 61; ++i) {
            MemoryRecord r;
            r.key = QStringLiteral("post:%1").arg(i);
            r.created = kStart + qint64(i) * 86400 * 11;
            r.text = i % 4 == 0 ? QStringLiteral("今天和同学去操场跑步，然后一起吃了晚饭。").repeated(6)
                                : QStringLiteral("第%1条").arg(i);
            if (i % 5 == 1) {
                for (int p = 0; p < 1 + i % 4; ++p)
                    r.media << MediaRef{QStringLiteral("image"), picture(i * 10 + p),
                                        QStringLiteral("p%1.png").arg(i * 10 + p), QString(), QString()};
            }
            r.sourceRecord = r.key.toUtf8();
            QCOMPARE(w.upsertMemory(r), UpsertResult::Added);
        }
        w.finish();
        QVERIFY(rebuildWallIndex(m_db.connection()));
    }

    void wideWindowShowsTwoColumns()
    {
        QSettings().clear();
        MainWindow window(m_db);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WallView *wall = window.wallView();
        QVERIFY(wall->contentWidth() >= WallView::twoColumnWidth());
        QCOMPARE(wall->columnCount(), 2);
        // Cards stay at a comfortable width, side by side.
        QVERIFY(wall->cellWidth() <=
                MemoryCardDelegate::kComfortableWidth + 2 * MemoryCardDelegate::kCardMargin);
        for (int top : {0, 20, 60}) {
            wall->scrollToRow(top);
            const QHash<int, QRect> rects = cardRects(wall);
            QSet<int> xs;
            for (const QRect &r : rects) {
                xs.insert(r.x());
                QVERIFY(r.right() < wall->contentWidth());
                QCOMPARE(r.width(), wall->cellWidth());
            }
            QCOMPARE(xs.size(), 2);
            checkNoOverlap(rects);
            // Month headers lie above their cards, not beside them.
            for (int row : wall->visibleRows()) {
                if (wall->model()->index(row, 0).data(WallModel::RowTypeRole).toInt() != WallModel::HeaderRow)
                    continue;
                const QRect header = wall->rowRect(row);
                for (const QRect &r : rects)
                    QVERIFY(!header.intersects(r));
            }
        }
        // A click hits the card under it, in either column.
        wall->scrollToRow(0);
        const QHash<int, QRect> rects = cardRects(wall);
        for (auto it = rects.cbegin(); it != rects.cend(); ++it) {
            if (!wall->viewport()->rect().contains(it.value().center()))
                continue;
            QCOMPARE(wall->rowAt(it.value().center()), it.key());
            QTest::mouseClick(wall->viewport(), Qt::LeftButton, {}, it.value().center());
            QCOMPARE(wall->currentRow(), it.key());
        }
    }

    void keyboardReachesEveryMemoryInTwoColumns()
    {
        QSettings().clear();
        MainWindow window(m_db);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WallView *wall = window.wallView();
        QCOMPARE(wall->columnCount(), 2);
        wall->setFocus();
        QTest::keyClick(wall, Qt::Key_Home);
        QCOMPARE(wall->currentRow(), 1);
        QSet<int> reached{wall->currentRow()};
        for (int i = 0; i < window.wallModel()->itemCount() + 2; ++i) {
            QTest::keyClick(wall, Qt::Key_Right);
            reached.insert(wall->currentRow());
            QVERIFY(wall->rowRect(wall->currentRow()).isValid()); // scrolled into view
        }
        QCOMPARE(reached.size(), window.wallModel()->itemCount());
        // Down keeps the column (a line with one card takes it on its left); Up comes back.
        QTest::keyClick(wall, Qt::Key_Home);
        const int leftX = wall->rowRect(wall->currentRow()).x();
        QTest::keyClick(wall, Qt::Key_Right); // the right-hand card of the first line
        const int x = wall->rowRect(wall->currentRow()).x();
        QVERIFY(x > leftX);
        int keptColumn = 0;
        for (int i = 0; i < 12; ++i) {
            const int before = wall->currentRow();
            QTest::keyClick(wall, Qt::Key_Down);
            const int now = wall->currentRow();
            QVERIFY(now > before);
            const QRect r = wall->rowRect(now);
            if (r.x() == x) {
                ++keptColumn;
                QTest::keyClick(wall, Qt::Key_Up);
                QCOMPARE(wall->currentRow(), before);
                QTest::keyClick(wall, Qt::Key_Down);
                continue;
            }
            // On the left: its line holds no second card.
            QCOMPARE(r.x(), leftX);
            const QRect next = wall->rowRect(now + 1);
            QVERIFY(!next.isValid() || next.y() != r.y());
            QTest::keyClick(wall, Qt::Key_Right); // back to the right-hand column
            if (wall->rowRect(wall->currentRow()).x() != x)
                QTest::keyClick(wall, Qt::Key_Right);
        }
        QVERIFY(keptColumn > 0);
        // Down alone, from the top, also reaches the last memory; End and PageUp/Down stay on cards.
        QTest::keyClick(wall, Qt::Key_Home);
        for (int i = 0; i < window.wallModel()->rowCount(); ++i)
            QTest::keyClick(wall, Qt::Key_Down);
        const int lastLine = wall->currentRow();
        QTest::keyClick(wall, Qt::Key_End);
        QCOMPARE(wall->currentRow(), window.wallModel()->rowCount() - 1);
        QVERIFY(lastLine >= window.wallModel()->rowCount() - 2);
        QTest::keyClick(wall, Qt::Key_PageUp);
        QVERIFY(wall->currentRow() < window.wallModel()->rowCount() - 1);
        QVERIFY(wall->rowRect(wall->currentRow()).isValid());
        QTest::keyClick(wall, Qt::Key_PageDown);
        QVERIFY(wall->rowRect(wall->currentRow()).isValid());

        // The scrubber still jumps to a year's first month.
        YearScrubber *scrubber = wall->scrubber();
        const int y = scrubber->yearTickY(2010);
        QVERIFY(y >= 0);
        QTest::mouseClick(scrubber, Qt::LeftButton, {}, QPoint(YearScrubber::kWidth / 2, y));
        QCOMPARE(wall->topRow(), window.wallModel()->rowForYear(2010));
        QCOMPARE(wall->topOffset(), 0);

        // Back from a memory: the wall as it was.
        wall->scrollToRow(30);
        wall->scrollByPixels(57);
        int row = -1;
        for (int r : wall->visibleRows().mid(3))
            if (row < 0 &&
                wall->model()->index(r, 0).data(WallModel::RowTypeRole).toInt() == WallModel::ItemRow)
                row = r;
        QVERIFY(row > 0);
        wall->setCurrentRow(row);
        const int top = wall->topRow();
        const int offset = wall->topOffset();
        wall->setFocus();
        QTest::keyClick(wall, Qt::Key_Return);
        QCOMPARE(window.pageStack()->depth(), 1);
        QVERIFY(window.pageStack()->back());
        QTRY_COMPARE(window.pageStack()->depth(), 0);
        QCOMPARE(wall->topRow(), top);
        QCOMPARE(wall->topOffset(), offset);
        QCOMPARE(wall->currentRow(), row);
    }

    void narrowerWindowShowsOneColumn()
    {
        QSettings().clear();
        MainWindow window(m_db);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WallView *wall = window.wallView();
        wall->scrollToRow(40);
        const int top = wall->topRow();
        window.resize(900, 700);
        QTRY_COMPARE(wall->columnCount(), 1);
        // The card that was at the top is still in view.
        QVERIFY(wall->visibleRows().contains(top));
        const QHash<int, QRect> rects = cardRects(wall);
        QSet<int> xs;
        for (const QRect &r : rects)
            xs.insert(r.x());
        QCOMPARE(xs.size(), 1);
        checkNoOverlap(rects);
        // A card is never wider than is comfortable to read.
        const int row = rects.cbegin().key();
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, wall->cellWidth(), 0);
        QVERIFY(wall->delegate()->sizeHint(option, wall->model()->index(row, 0)).height() > 0);
        QVERIFY(wall->cellWidth() - 2 * MemoryCardDelegate::kCardMargin <=
                    MemoryCardDelegate::kComfortableWidth ||
                wall->cellWidth() == wall->contentWidth());
    }

    void nothingIsCutAt800x600()
    {
        QSettings().clear();
        MainWindow window(m_db);
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(800, 600));
        QCOMPARE(window.wallView()->columnCount(), 1);
        auto *toggle = window.findChild<QToolButton *>(QStringLiteral("photoGridToggle"));
        QVERIFY(toggle);
        for (bool grid : {false, true, false}) {
            if (toggle->isChecked() != grid)
                toggle->click();
            QCoreApplication::processEvents();
            QCOMPARE(window.size(), QSize(800, 600));
            QVERIFY(window.minimumSizeHint().width() <= 800 && window.minimumSizeHint().height() <= 600);
            // The filter bar's controls are whole and inside the window.
            for (const char *name : {"yearFilter", "orderToggle", "photoGridToggle", "searchBox"}) {
                auto *w = window.findChild<QWidget *>(QString::fromLatin1(name));
                QVERIFY2(w && w->isVisible(), name);
                const QRect inWindow(w->mapTo(&window, QPoint(0, 0)), w->size());
                QVERIFY2(window.rect().contains(inWindow), name);
                QVERIFY2(w->width() >= w->minimumSizeHint().width(), name);
                const QRect inParent = w->geometry();
                QVERIFY2(w->parentWidget()->rect().contains(inParent), name);
            }
        }
    }
};

QTEST_MAIN(TestWallColumns)
#include "tst_wallcolumns.moc"
