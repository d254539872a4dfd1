// SPDX-License-Identifier: GPL-3.0-or-later
// Window smoke test (offscreen): menus, empty state, language switch, drop acceptance.
#include "languages.h"
#include "library/appidentity.h"
#include "library/database.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

    void switchesToChineseAndBack()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        MainWindow window(db);
        window.show();
        applyLanguage(QStringLiteral("zh_CN"));
        QTRY_VERIFY(window.windowTitle().contains(QStringLiteral("时光匣")));
        QCOMPARE(window.menuBar()->actions().first()->text().remove(QLatin1Char('&')).left(2), QStringLiteral("文件"));
        applyLanguage(QStringLiteral("en"));
        QTRY_VERIFY(window.windowTitle().startsWith(QStringLiteral("Keepsake")));
    }

    void languageChoicePersists()
    {
        saveLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(savedLanguage(), QStringLiteral("zh_CN"));
        saveLanguage(QString());
        QCOMPARE(savedLanguage(), QString());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
