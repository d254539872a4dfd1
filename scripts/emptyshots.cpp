// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the window's empty views offscreen (filters that hide everything, a search without
// results, 那年今日 on a day without memories, the tag chip), to look at them:
//   keepsake-empty-screenshots <library-dir> <out-dir> <zh_CN|en>
#include "languages.h"
#include "library/appidentity.h"
#include "library/database.h"
#include "mainwindow.h"
#include "search/searchbar.h"
#include "tags/tagsidebar.h"
#include "tags/tagstore.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>
#include <QToolButton>

namespace {

bool save(QWidget *window, const QString &path)
{
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(30);
    }
    const bool ok = window->grab().save(path);
    QTextStream(stderr) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the person's settings alone
    ks::setApplicationIdentity();
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        QTextStream(stderr) << "usage: keepsake-empty-screenshots <library-dir> <out-dir> <zh_CN|en>"
                            << Qt::endl;
        return 2;
    }
    QSettings().clear();
    ks::applyLanguage(args.at(3));
    ks::Database db;
    if (!db.open(args.at(1)))
        return 1;
    const QString out = args.at(2) + QLatin1Char('/') + args.at(3) + QLatin1Char('-');
    QDir().mkpath(args.at(2));
    bool ok = true;
    ks::MainWindow window(db);
    window.resize(1100, 760);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    // A kind with no memories in a library without 留言 hides everything; else board + share + visit.
    for (const char *kind : {"kindFilter_favorite", "kindFilter_share"})
        window.findChild<QToolButton *>(QString::fromLatin1(kind))->click();
    ok = save(&window, out + QStringLiteral("filters.png")) && ok;
    window.clearFilters();
    auto *search = window.findChild<ks::SearchBar *>(QStringLiteral("searchBox"));
    search->runQuery(QStringLiteral("长城上看日出的那天早晨"));
    QTest::qWait(800);
    ok = save(&window, out + QStringLiteral("search.png")) && ok;
    search->runQuery(QString());
    QTest::qWait(500);
    const QStringList tags = ks::TagStore(db.connection()).paths();
    if (!tags.isEmpty()) {
        window.showTag(tags.first());
        ok = save(&window, out + QStringLiteral("tagchip.png")) && ok;
        window.clearFilters();
    } else {
        window.showMemories({}, QStringLiteral("Friend: 小红"));
        ok = save(&window, out + QStringLiteral("chip.png")) && ok;
        window.clearFilters();
    }
    window.showPage(ks::MainWindow::Page::OnThisDay);
    window.setToday(
        QDate::fromString(qEnvironmentVariable("EMPTY_DAY", QStringLiteral("2026-03-01")), Qt::ISODate));
    ok = save(&window, out + QStringLiteral("onthisday.png")) && ok;
    window.setToday(
        QDate::fromString(qEnvironmentVariable("WEEK_DAY", QStringLiteral("2026-06-27")), Qt::ISODate));
    ok = save(&window, out + QStringLiteral("onthisday-week.png")) && ok;
    QSettings().clear();
    return ok ? 0 : 1;
}
