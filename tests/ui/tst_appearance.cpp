// SPDX-License-Identifier: GPL-3.0-or-later
// 装扮 and readability in the window (offscreen): a theme dresses the palette and the painted
// cards and is kept per library; View → Text Size scales the wall, its rows and the side column,
// also from the search box; every control has an accessible name and Tab reaches them all.
#include "appearance.h"
#include "export/themes.h"
#include "grid/photogridmode.h"
#include "grid/photogridview.h"
#include "import/librarywriter.h"
#include "library/appidentity.h"
#include "library/database.h"
#include "mainwindow.h"
#include "models/wallindex.h"
#include "models/wallmodel.h"
#include "search/searchbar.h"
#include "search/searchindex.h"
#include "tags/tagstore.h"
#include "wall/memorycarddelegate.h"
#include "wall/wallview.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace ks;

namespace {

/// A small library: a few posts over two years, two of them tagged, two with a photo.
bool fillLibrary(Database &db, const QString &pictures = QString())
{
    QList<qint64> ids;
    {
        LibraryWriter w(db, pictures.isEmpty() ? QStringLiteral("/export") : pictures, &searchIndexer());
        if (!w.begin() || !w.setAccount(QStringLiteral("1"), QStringLiteral("我")))
            return false;
        const QStringList texts{QStringLiteral("今天毕业了，和同学们拍了很多照片"), QStringLiteral("下雪了"),
                                QStringLiteral("和同桌吃饭"), QStringLiteral("春天来了，去公园放风筝"),
                                QStringLiteral("新年快乐！")};
        for (int i = 0; i < texts.size(); ++i) {
            MemoryRecord r;
            r.key = QStringLiteral("post:%1").arg(i);
            r.created = 1262304000 + i * 86400 * 97;
            r.text = texts.at(i);
            if (i < 2 && !pictures.isEmpty()) {
                QImage image(80, 60, QImage::Format_RGB32);
                image.fill(i == 0 ? Qt::darkCyan : Qt::darkMagenta);
                const QString path = pictures + QStringLiteral("/p%1.png").arg(i);
                if (!image.save(path))
                    return false;
                r.media << MediaRef{QStringLiteral("image"), path, QStringLiteral("p%1.png").arg(i),
                                    QString(), QString()};
            }
            r.sourceRecord = r.key.toUtf8();
            if (w.upsertMemory(r) != UpsertResult::Added)
                return false;
        }
        w.finish();
    }
    if (!rebuildWallIndex(db.connection()))
        return false;
    QList<qint64> memories;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM memories WHERE key IN ('post:1', 'post:2')")))
        return false;
    while (q.next())
        memories << q.value(0).toLongLong();
    return TagStore(db.connection()).addTag(memories, QStringLiteral("冬天/2010")) == 2;
}

int countColour(const QImage &image, const QColor &colour)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    const QRgb wanted = colour.rgb();
    int n = 0;
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            n += (line[x] | 0xff000000) == (wanted | 0xff000000) ? 1 : 0;
    }
    return n;
}

bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::List:
    case QAccessible::ListItem:
    case QAccessible::Tree:
    case QAccessible::TreeItem:
    case QAccessible::Table:
    case QAccessible::Slider:
    case QAccessible::SpinBox:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

/// Every visible interactive element (by role, or any widget that takes the keyboard focus)
/// without an accessible name, described for the failure message.
void findUnnamed(QAccessibleInterface *iface, QStringList *unnamed, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40)
        return;
    if (iface->state().invisible || iface->state().offscreen)
        return;
    QWidget *widget = qobject_cast<QWidget *>(iface->object());
    const bool focusable = widget && (widget->focusPolicy() & Qt::TabFocus) && widget->isEnabled();
    if ((interactive(iface->role()) || focusable) && iface->text(QAccessible::Name).trimmed().isEmpty()) {
        QString what = QStringLiteral("role %1").arg(int(iface->role()));
        for (QObject *o = iface->object(); o; o = o->parent()) {
            if (!o->objectName().isEmpty()) {
                what += QStringLiteral(" in ") + QString::fromLatin1(o->metaObject()->className()) +
                        QLatin1Char('#') + o->objectName();
                break;
            }
        }
        unnamed->append(what);
    }
    for (int i = 0; i < iface->childCount(); ++i)
        findUnnamed(iface->child(i), unnamed, depth + 1);
}

QStringList namesUpTheTree(QWidget *w)
{
    QStringList names;
    for (; w; w = w->parentWidget())
        if (!w->objectName().isEmpty())
            names << w->objectName();
    return names;
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings().clear();
    }

    void cleanup() { QSettings().remove(QStringLiteral("appearance/textSize")); }

    void themeDressesPaletteAndCards()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        QVERIFY(fillLibrary(db));
        MainWindow window(db);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.appearance()->themeId(), defaultThemeId());
        QTRY_VERIFY(window.wallModel()->rowCount() > 3);
        // The first window of the process already has the text size's font (not only later ones).
        QVERIFY2(QFontInfo(window.wallView()->font()).pixelSize() >= 14,
                 qPrintable(QString::number(QFontInfo(window.wallView()->font()).pixelSize())));
        QCOMPARE(window.findChild<MemoryCardDelegate *>()->font().pointSizeF(),
                 Appearance::fontForStep(0).pointSizeF());

        for (const Theme &theme : allThemes()) {
            QAction *action = nullptr;
            for (QAction *a : window.appearance()->themeActions())
                if (a->data().toString() == theme.id)
                    action = a;
            QVERIFY(action);
            QVERIFY(!action->text().isEmpty());
            action->trigger();
            QCOMPARE(window.appearance()->themeId(), theme.id);
            QVERIFY(action->isChecked());
            QCOMPARE(window.palette().color(QPalette::Window), theme.window);
            QCOMPARE(window.palette().color(QPalette::Text), theme.text);
            QCOMPARE(window.wallView()->palette().color(QPalette::Base), theme.surface);
            QVERIFY(window.styleSheet().contains(theme.side.name()));
            // The painted wall: cards in the theme's surface colour on its window colour.
            const QImage wall = window.wallView()->grab().toImage();
            QVERIFY2(countColour(wall, theme.surface) > 5000, qPrintable(theme.id));
            QVERIFY2(countColour(wall, theme.window) > 5000, qPrintable(theme.id));
            for (const Theme &other : allThemes()) {
                if (other.window != theme.window && other.window != theme.surface)
                    QVERIFY2(countColour(wall, other.window) == 0,
                             qPrintable(theme.id + QLatin1Char('/') + other.id));
            }
        }
    }

    void themeIsKeptPerLibrary()
    {
        QTemporaryDir libA;
        QTemporaryDir libB;
        {
            Database a;
            Database b;
            QVERIFY(a.open(libA.path()));
            QVERIFY(b.open(libB.path()));
            MainWindow wa(a);
            MainWindow wb(b);
            wa.appearance()->setTheme(QStringLiteral("dark"));
            wb.appearance()->setTheme(QStringLiteral("paper"));
        }
        Database a;
        Database b;
        QVERIFY(a.open(libA.path()));
        QVERIFY(b.open(libB.path()));
        MainWindow wa(a);
        QCOMPARE(wa.appearance()->themeId(), QStringLiteral("dark"));
        QCOMPARE(wa.palette().color(QPalette::Window), themeById(QStringLiteral("dark")).window);
        MainWindow wb(b);
        QCOMPARE(wb.appearance()->themeId(), QStringLiteral("paper"));
        QCOMPARE(wb.palette().color(QPalette::Window), themeById(QStringLiteral("paper")).window);
        // A new library starts in the default theme.
        QTemporaryDir libC;
        Database c;
        QVERIFY(c.open(libC.path()));
        MainWindow wc(c);
        QCOMPARE(wc.appearance()->themeId(), defaultThemeId());
    }

    void eachWindowKeepsItsOwnLook()
    {
        // Two libraries in two windows: each window, a dialog it opens and the widgets in that
        // dialog wear its theme and its text size; the application's palette is never changed.
        const QPalette appPalette = QApplication::palette();
        const QFont appFont = QApplication::font();
        QTemporaryDir libA;
        QTemporaryDir libB;
        Database a;
        Database b;
        QVERIFY(a.open(libA.path()));
        QVERIFY(b.open(libB.path()));
        QVERIFY(fillLibrary(a));
        QVERIFY(fillLibrary(b));
        MainWindow wa(a);
        MainWindow wb(b);
        wa.resize(1000, 700);
        wb.resize(1000, 700);
        wa.show();
        wb.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wb));
        QTRY_VERIFY(wb.wallModel()->rowCount() > 3);
        wa.appearance()->setTheme(QStringLiteral("dark"));
        wb.appearance()->setTheme(QStringLiteral("paper"));
        wb.appearance()->setTextSize(3);
        const Theme &dark = themeById(QStringLiteral("dark"));
        const Theme &paper = themeById(QStringLiteral("paper"));
        QVERIFY(dark.window != paper.window);
        QCOMPARE(QApplication::palette().color(QPalette::Window), appPalette.color(QPalette::Window));
        QCOMPARE(QApplication::font().pointSizeF(), appFont.pointSizeF());

        const auto check = [](MainWindow &window, const Theme &theme, double points) {
            QCOMPARE(window.palette().color(QPalette::Window), theme.window);
            QCOMPARE(window.wallView()->palette().color(QPalette::Base), theme.surface);
            QCOMPARE(window.font().pointSizeF(), points);
            QDialog dialog(&window);
            auto *label = new QLabel(QStringLiteral("你好"), &dialog);
            auto *edit = new QLineEdit(&dialog);
            auto *layout = new QVBoxLayout(&dialog);
            layout->addWidget(label);
            layout->addWidget(edit);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QCOMPARE(dialog.palette().color(QPalette::Window), theme.window);
            QCOMPARE(dialog.palette().color(QPalette::WindowText), theme.text);
            QCOMPARE(label->palette().color(QPalette::WindowText), theme.text);
            QCOMPARE(dialog.font().pointSizeF(), points);
            QCOMPARE(label->font().pointSizeF(), points);
            // A widget made in the window later (a page opened) takes its text size too.
            auto *late = new QLabel(QStringLiteral("后来"), window.wallView()->parentWidget());
            late->ensurePolished();
            QCOMPARE(late->font().pointSizeF(), points);
            QCOMPARE(late->palette().color(QPalette::WindowText), theme.text);
            delete late;
            // Painted in it: the dialog's own background is the window's colour.
            const QImage shot = dialog.grab().toImage();
            QCOMPARE(QColor(shot.pixel(2, shot.height() - 3)), theme.window);
        };
        check(wa, dark, Appearance::fontForStep(0).pointSizeF());
        check(wb, paper, Appearance::fontForStep(3).pointSizeF());
        // Changing one window's theme later reaches its open dialog, not the other window's.
        QDialog open(&wa);
        open.show();
        QVERIFY(QTest::qWaitForWindowExposed(&open));
        wa.appearance()->setTheme(QStringLiteral("contrast"));
        QCOMPARE(open.palette().color(QPalette::Window), themeById(QStringLiteral("contrast")).window);
        QCOMPARE(wb.palette().color(QPalette::Window), paper.window);
        QCOMPARE(QApplication::palette().color(QPalette::Window), appPalette.color(QPalette::Window));
        // The painted wall of each window paints in its own theme, whichever is active.
        wa.activateWindow();
        const QImage wall = wb.wallView()->grab().toImage();
        QVERIFY(countColour(wall, paper.window) > 1000);
        QCOMPARE(countColour(wall, themeById(QStringLiteral("contrast")).window), 0);
    }

    void textSizeScalesTheWallFromTheSearchBox()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        QVERIFY(fillLibrary(db));
        MainWindow window(db);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(window.wallModel()->rowCount() > 3);
        auto *delegate = window.findChild<MemoryCardDelegate *>();
        QVERIFY(delegate);
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        int card = -1;
        for (int row = 0; row < window.wallModel()->rowCount() && card < 0; ++row)
            if (window.wallModel()->index(row).data(WallModel::RowTypeRole).toInt() != WallModel::HeaderRow)
                card = row;
        QVERIFY(card >= 0);
        const auto rowHeight = [&] {
            QStyleOptionViewItem option;
            option.rect = QRect(0, 0, 700, 0);
            return delegate->sizeHint(option, window.wallModel()->index(card)).height();
        };

        // Body text of at least 14 pixels at the default size.
        QVERIFY2(QFontInfo(window.wallView()->font()).pixelSize() >= 14,
                 qPrintable(QString::number(QFontInfo(window.wallView()->font()).pixelSize())));
        QVERIFY(QFontInfo(nav->font()).pixelSize() >= 14);
        const double points = delegate->font().pointSizeF();
        const int height = rowHeight();
        const int header = delegate->headerHeight();
        const int navHeight = nav->height();
        const int navWidth = nav->width();

        auto *search = window.findChild<SearchBar *>(QStringLiteral("searchBox"));
        QVERIFY(search);
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClick(search, Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(search, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(window.appearance()->textSize(), 2);
        QVERIFY(search->text().isEmpty()); // the shortcut, not typed text
        QVERIFY(delegate->font().pointSizeF() > points * 1.25);
        QVERIFY(rowHeight() > height);
        QVERIFY(delegate->headerHeight() >= header);
        QVERIFY(nav->height() > navHeight);
        QVERIFY(nav->width() >= navWidth);
        QCOMPARE(QSettings().value(QStringLiteral("appearance/textSize")).toInt(), 2);
        QTest::keyClick(search, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(window.appearance()->textSize(), 1);
        QTest::keyClick(search, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.appearance()->textSize(), 0);
        QCOMPARE(delegate->font().pointSizeF(), points);
        QCOMPARE(rowHeight(), height);
        // Ctrl++ (shift and = on most keyboards) works too.
        QTest::keyClick(search, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(window.appearance()->textSize(), 1);
        // Smaller stops at the smallest step.
        for (int i = 0; i < 12; ++i)
            QTest::keyClick(search, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(window.appearance()->textSize(), Appearance::kSmallest);
        QVERIFY(!window.appearance()->smallerAction()->isEnabled());
        window.appearance()->setTextSize(0);
    }

    void everyControlHasAnAccessibleName()
    {
        QTemporaryDir lib;
        QTemporaryDir pictures;
        Database db;
        QVERIFY(db.open(lib.path()));
        QVERIFY(fillLibrary(db, pictures.path()));
        MainWindow window(db);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.wallModel()->rowCount() > 3);
        for (const auto page : {MainWindow::Page::Wall, MainWindow::Page::OnThisDay, MainWindow::Page::People,
                                MainWindow::Page::Statistics}) {
            window.showPage(page);
            QCoreApplication::processEvents();
            QStringList unnamed;
            QAccessibleInterface *root = QAccessible::queryAccessibleInterface(&window);
            QVERIFY(root);
            findUnnamed(root, &unnamed);
            QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("page %1: ").arg(int(page)) +
                                                   unnamed.join(QStringLiteral("; "))));
        }
        // The photo grid and its cells too.
        window.showPage(MainWindow::Page::Wall);
        window.photoGrid()->setShown(true);
        QCoreApplication::processEvents();
        QVERIFY(window.photoGrid()->view()->isVisible());
        QCOMPARE(window.photoGrid()->model()->photoCount(), 2);
        {
            QStringList unnamed;
            findUnnamed(QAccessible::queryAccessibleInterface(&window), &unnamed);
            QVERIFY2(unnamed.isEmpty(),
                     qPrintable(QStringLiteral("photo grid: ") + unnamed.join(QStringLiteral("; "))));
        }
        window.photoGrid()->setShown(false);
        // The checker finds an unnamed control when there is one.
        auto *probe = new QLineEdit(window.wallView()->parentWidget());
        probe->show();
        QStringList unnamed;
        window.showPage(MainWindow::Page::Wall);
        findUnnamed(QAccessible::queryAccessibleInterface(&window), &unnamed);
        QCOMPARE(unnamed.size(), 1);
        delete probe;
    }

    void tabReachesFiltersWallAndSideColumn()
    {
        QTemporaryDir lib;
        QTemporaryDir pictures;
        Database db;
        QVERIFY(db.open(lib.path()));
        QVERIFY(fillLibrary(db, pictures.path()));
        MainWindow window(db);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(window.wallModel()->rowCount() > 3);
        auto *search = window.findChild<SearchBar *>(QStringLiteral("searchBox"));
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QSet<QString> reached;
        for (int i = 0; i < 80; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            for (const QString &name : namesUpTheTree(focus))
                reached.insert(name);
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        for (const char *needed : {"kindFilter_post", "kindFilter_photo", "kindFilter_visit", "yearFilter",
                                   "orderToggle", "photoGridToggle", "searchBox", "wall", "yearScrubber",
                                   "navigation", "tagSidebar", "savedSearches"})
            QVERIFY2(reached.contains(QLatin1String(needed)),
                     qPrintable(QLatin1String(needed) + QStringLiteral(" not reached; reached: ") +
                                QStringList(reached.begin(), reached.end()).join(QLatin1Char(' '))));
        // With the photo grid shown, Tab reaches the grid in the wall's place.
        window.photoGrid()->setShown(true);
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        reached.clear();
        for (int i = 0; i < 80; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            for (const QString &name : namesUpTheTree(focus))
                reached.insert(name);
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        QVERIFY(reached.contains(QStringLiteral("photoGrid")));
        QVERIFY(!reached.contains(QStringLiteral("wall")));
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
