// SPDX-License-Identifier: GPL-3.0-or-later
// Opens a library's main window offscreen and measures the wall: time to the first painted
// frame, the cost of each frame while scrolling through all of it, and peak memory. Also
// renders screenshots (--screenshot) for docs/screenshots. --page grid does the same for View →
// Photo Grid (its first paint comes after the switch; scrolling pages through every photo).
#include "appearance.h"
#include "grid/photogridmode.h"
#include "grid/photogridview.h"
#include "languages.h"
#include "library/database.h"
#include "libraryopen.h"
#include "mainwindow.h"
#include "media/thumbnails.h"
#include "wall/onthisdaypage.h"
#include "wall/wallview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace ks;

namespace {

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t i = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[i];
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    // Own settings, so a benchmark never changes the user's filters or window size.
    QCoreApplication::setOrganizationName(QStringLiteral("keepsake-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("wall_bench"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"), QStringLiteral("Library folder."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption startedOption(
        QStringLiteral("started-ms"), QStringLiteral("Epoch ms at which the caller started this process."),
        QStringLiteral("MS"));
    const QCommandLineOption scrollOption(QStringLiteral("scroll"),
                                          QStringLiteral("Scroll through the whole wall."));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"), QStringLiteral("Write a PNG and quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("wall | onthisday | grid"),
                                        QStringLiteral("PAGE"), QStringLiteral("wall"));
    const QCommandLineOption todayOption(
        QStringLiteral("today"), QStringLiteral("Date for 那年今日 (yyyy-MM-dd)."), QStringLiteral("DATE"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("zh_CN or en."),
                                            QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    const QCommandLineOption scrollToOption(QStringLiteral("scroll-to"),
                                            QStringLiteral("Pixels to scroll before the screenshot."),
                                            QStringLiteral("PX"), QStringLiteral("0"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"), QStringLiteral("View → Theme (classic, paper, …)."), QStringLiteral("NAME"));
    const QCommandLineOption textSizeOption(QStringLiteral("text-size"),
                                            QStringLiteral("View → Text Size steps from the default."),
                                            QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption focusOption(
        QStringLiteral("focus"), QStringLiteral("Give the keyboard focus to the widget of this name."),
        QStringLiteral("NAME"));
    const QCommandLineOption thumbsOption(
        QStringLiteral("thumbs"),
        QStringLiteral("With --page grid: wait for the grid's first screen of thumbnails."));
    parser.addOptions({libraryOption, startedOption, scrollOption, shotOption, pageOption, todayOption,
                       languageOption, scrollToOption, themeOption, textSizeOption, focusOption,
                       thumbsOption});
    parser.process(app);
    applyLanguage(parser.value(languageOption));

    // Opened as the app opens it (derived indexes brought up to date, stored search data left to
    // the search thread).
    Database database;
    if (!openLibraryForWindow(database, parser.value(libraryOption))) {
        std::fprintf(stderr, "cannot open library %s\n", qPrintable(parser.value(libraryOption)));
        return 1;
    }
    if (parser.isSet(todayOption))
        qputenv("KEEPSAKE_TODAY", parser.value(todayOption).toUtf8());
    MainWindow window(database);
    // Every thumbnail delivered (or failed): the first screen is ready when some were asked for
    // and none is pending any more.
    auto *thumbnails = window.findChild<ThumbnailProvider *>();
    int thumbsDelivered = 0;
    if (thumbnails) {
        QObject::connect(thumbnails, &ThumbnailProvider::ready, &app, [&] { ++thumbsDelivered; });
        QObject::connect(thumbnails, &ThumbnailProvider::failed, &app, [&] { ++thumbsDelivered; });
    }
    // Waits (up to 10 s) until a screen's thumbnails have all arrived and are painted; false when
    // none was asked for.
    const auto waitForThumbnails = [&](QWidget *viewport) {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 10000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (thumbsDelivered > 0 && thumbnails->pendingCount() == 0) {
                QCoreApplication::processEvents(); // the delegate's pixmaps, then one frame with them
                viewport->repaint();
                return true;
            }
        }
        return false;
    };
    if (parser.isSet(themeOption))
        window.appearance()->setTheme(parser.value(themeOption));
    window.appearance()->setTextSize(parser.value(textSizeOption).toInt());
    // KEEPSAKE_WINDOW_SIZE=800x600 looks at a small screen.
    const QStringList size =
        qEnvironmentVariable("KEEPSAKE_WINDOW_SIZE", QStringLiteral("1100x760")).split(QLatin1Char('x'));
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    WallView *view = window.wallView();
    bool painted = false;
    qint64 firstPaintEpoch = 0;
    qint64 firstPaintSinceMain = 0;
    QObject::connect(view, &WallView::framePainted, &app, [&] {
        if (!painted && view->model() && view->model()->rowCount() > 0) {
            painted = true;
            firstPaintEpoch = QDateTime::currentMSecsSinceEpoch();
            firstPaintSinceMain = sinceMain.elapsed();
        }
    });
    window.show();
    QElapsedTimer wait;
    wait.start();
    while (!painted && wait.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (!painted) {
        std::fprintf(stderr, "the wall was never painted\n");
        return 1;
    }
    const qint64 started = parser.value(startedOption).toLongLong();
    std::printf("rows=%d\n", view->model()->rowCount());
    std::printf("first_paint_since_main_ms=%lld\n", firstPaintSinceMain);
    if (started > 0)
        std::printf("first_paint_since_start_ms=%lld\n", firstPaintEpoch - started);

    const bool grid = parser.value(pageOption) == QLatin1String("grid");
    const bool thumbs = parser.isSet(thumbsOption) && thumbnails;
    if (grid) {
        QElapsedTimer opening;
        opening.start();
        thumbsDelivered = 0; // only what the grid asks for
        window.photoGrid()->setShown(true);
        window.photoGrid()->view()->viewport()->repaint();
        std::printf("grid_photos=%d\n", window.photoGrid()->model()->photoCount());
        std::printf("grid_open_ms=%lld\n", opening.elapsed());
        if (thumbs) {
            const int madeBefore = thumbnails->generated();
            const bool any = waitForThumbnails(window.photoGrid()->view()->viewport());
            std::printf("grid_thumbs=%d\n", any ? thumbsDelivered : 0);
            if (any)
                std::printf("grid_thumbs_ms=%lld\n", opening.elapsed());
            std::printf("grid_thumbs_made=%d\n", thumbnails->generated() - madeBefore);
        }
    }
    if (parser.isSet(shotOption)) {
        if (parser.value(pageOption) == QLatin1String("onthisday"))
            window.showPage(MainWindow::Page::OnThisDay);
        if (grid)
            window.photoGrid()->view()->verticalScrollBar()->setValue(parser.value(scrollToOption).toInt());
        else
            view->scrollByPixels(parser.value(scrollToOption).toInt());
        if (parser.isSet(focusOption)) {
            window.activateWindow();
            if (auto *w = window.findChild<QWidget *>(parser.value(focusOption)))
                w->setFocus(Qt::TabFocusReason);
            if (parser.value(focusOption) == QLatin1String("wall"))
                view->setCurrentRow(1);
        }
        // Let the thumbnails arrive (they are made off the GUI thread) before grabbing.
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 2500)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!window.grab().save(parser.value(shotOption))) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(shotOption)));
            return 1;
        }
        return 0;
    }

    if (parser.isSet(scrollOption) && grid) {
        // Page by page through every photo; each frame painted synchronously and timed.
        PhotoGridView *gridView = window.photoGrid()->view();
        std::vector<double> frames;
        QElapsedTimer frame;
        QScrollBar *bar = gridView->verticalScrollBar();
        while (true) {
            const int before = bar->value();
            bar->setValue(before + gridView->viewport()->height());
            frame.start();
            gridView->viewport()->repaint();
            frames.push_back(double(frame.nsecsElapsed()) / 1e6);
            if (bar->value() == before)
                break;
            if (frames.size() % 500 == 0)
                QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        }
        std::printf("grid_scroll_frames=%zu\n", frames.size());
        std::printf("grid_frame_p50_ms=%.2f\n", percentile(frames, 0.50));
        std::printf("grid_frame_p99_ms=%.2f\n", percentile(frames, 0.99));
        std::printf("grid_frame_max_ms=%.2f\n", percentile(frames, 1.0));
    } else if (parser.isSet(scrollOption)) {
        // Page by page through the whole wall; each frame is painted synchronously and timed.
        std::vector<double> frames;
        QElapsedTimer frame;
        QElapsedTimer total;
        total.start();
        const int step = view->viewport()->height();
        int lastTop = -1;
        int lastOffset = -1;
        while (true) {
            view->scrollByPixels(step);
            frame.start();
            view->viewport()->repaint();
            frames.push_back(double(frame.nsecsElapsed()) / 1e6);
            if (view->topRow() == lastTop && view->topOffset() == lastOffset)
                break;
            lastTop = view->topRow();
            lastOffset = view->topOffset();
            if (frames.size() % 500 == 0)
                QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents); // keep the window alive
        }
        std::printf("scroll_frames=%zu\n", frames.size());
        std::printf("scroll_total_s=%.1f\n", double(total.elapsed()) / 1000);
        std::printf("frame_p50_ms=%.2f\n", percentile(frames, 0.50));
        std::printf("frame_p99_ms=%.2f\n", percentile(frames, 0.99));
        std::printf("frame_max_ms=%.2f\n", percentile(frames, 1.0));
    }
    std::printf("peak_rss_mb=%.1f\n", double(peakRssKb()) / 1024);
    return 0;
}
