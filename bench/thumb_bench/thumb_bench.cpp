// SPDX-License-Identifier: GPL-3.0-or-later
// thumb_bench CACHE_DIR SIZE < list of JPEG paths: makes every thumbnail through the wall's
// ThumbnailProvider (its own thread pool, a cold disk cache in CACHE_DIR) and prints the time.
#include "media/thumbnails.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>

using namespace ks;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: thumb_bench CACHE_DIR SIZE < paths\n");
        return 2;
    }
    const int size = args.at(2).toInt();
    QStringList paths;
    QTextStream in(stdin);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (!line.isEmpty())
            paths << line;
    }
    ThumbnailProvider provider(args.at(1));
    int ready = 0;
    int failed = 0;
    QObject::connect(&provider, &ThumbnailProvider::ready, &app, [&] { ++ready; });
    QObject::connect(&provider, &ThumbnailProvider::failed, &app, [&] { ++failed; });
    QElapsedTimer timer;
    timer.start();
    for (const QString &path : paths) {
        // The library keys by content hash; the path's hash stands in for it (same cost either way:
        // the provider never hashes).
        const QString key =
            QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex());
        provider.request(key, path, size);
    }
    while (ready + failed < paths.size())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    provider.waitForDone();
    std::printf("thumbnails=%d\nfailed=%d\nseconds=%.3f\n", ready, failed,
                double(timer.nsecsElapsed()) / 1e9);
    return failed == 0 ? 0 : 1;
}
