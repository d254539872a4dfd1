// SPDX-License-Identifier: GPL-3.0-or-later
#include "treecheck.h"

#include "importcontext.h"

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <dirent.h>
#endif

namespace ks {

namespace {

/// Why the folder at @p path cannot be listed, or an empty string when it can.
QString whyUnlistable(const QString &path)
{
#ifdef Q_OS_UNIX
    // Asked of the system itself: a permission check by mode bits is wrong for root, ACLs and
    // network drives, and an I/O error has no mode bits at all.
    DIR *dir = ::opendir(QFile::encodeName(path).constData());
    if (!dir)
        return QString::fromLocal8Bit(std::strerror(errno));
    ::closedir(dir);
    return QString();
#else
    const QFileInfo info(path);
    return info.isReadable() && info.isExecutable() ? QString() : QStringLiteral("permission denied");
#endif
}

} // namespace

int reportUnreadableEntries(const QString &root, ImportContext &context)
{
    constexpr int kMaxFolders = 1000000; // a bound for the walk, far above any export
    int reported = 0;
    int folders = 0;
    QStringList pending{root};
    while (!pending.isEmpty() && ++folders < kMaxFolders) {
        if (context.isCancelled())
            break;
        const QString dir = pending.takeLast();
        const QString why = whyUnlistable(dir);
        if (!why.isEmpty()) {
            context.reportProblem(dir, QStringLiteral("unreadable"),
                                  QStringLiteral("the folder cannot be opened (%1): nothing in it was "
                                                 "imported")
                                      .arg(why));
            ++reported;
            continue;
        }
        const QFileInfoList entries = QDir(dir).entryInfoList(
            QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &entry : entries) {
            const QString path = entry.absoluteFilePath();
            if (entry.isSymLink()) {
                if (!entry.exists()) {
                    context.reportProblem(path, QStringLiteral("unreadable"),
                                          QStringLiteral("a link to something that does not exist (%1)")
                                              .arg(entry.symLinkTarget()));
                    ++reported;
                }
                continue; // links are judged where they are read (they may lead outside)
            }
            if (entry.isDir()) {
                pending << path;
            } else if (!entry.isFile()) {
                context.reportProblem(path, QStringLiteral("skipped"),
                                      QStringLiteral("not a regular file (a pipe, device or socket); "
                                                     "skipped"));
                ++reported;
            }
        }
    }
    return reported;
}

} // namespace ks
