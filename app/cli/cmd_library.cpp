// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake stats | import | list | problems
#include "cancelsignals.h"
#include "clicommon.h"

#include "domain/records.h"
#include "library/database.h"
#include "library/librarystats.h"
#include "library/memorydump.h"
#include "service/library.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ks {

using cli::err;
using cli::out;

namespace {

QString compactValue(const QJsonValue &v)
{
    if (v.isObject())
        return cli::compactJson(v.toObject());
    const QString text = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

// QJsonObject sorts keys; the documented stats shape has its own order, so write it by hand.
QString orderedStatsJson(const QJsonObject &stats)
{
    QStringList memories;
    const QJsonObject m = stats.value(QStringLiteral("memories")).toObject();
    for (MemoryKind kind : allMemoryKinds()) {
        const QString name = memoryKindName(kind);
        memories << QStringLiteral("\"%1\":%2").arg(name, compactValue(m.value(name)));
    }
    const QJsonObject media = stats.value(QStringLiteral("media")).toObject();
    const QString counts = QString::fromUtf8(
        QJsonDocument(stats.value(QStringLiteral("counts")).toObject()).toJson(QJsonDocument::Compact));
    return QStringLiteral("{\"memories\":{%1},\"comments\":%2,\"people\":%3,"
                          "\"media\":{\"files\":%4,\"missing\":%5,\"bytes\":%6},\"tags\":%7,\"years\":%8,"
                          "\"problems\":%9,\"counts\":%10}")
        .arg(memories.join(QLatin1Char(',')), compactValue(stats.value(QStringLiteral("comments"))),
             compactValue(stats.value(QStringLiteral("people"))),
             compactValue(media.value(QStringLiteral("files"))),
             compactValue(media.value(QStringLiteral("missing"))),
             compactValue(media.value(QStringLiteral("bytes"))),
             compactValue(stats.value(QStringLiteral("tags"))),
             compactValue(stats.value(QStringLiteral("years"))),
             compactValue(stats.value(QStringLiteral("problems"))), counts);
}

} // namespace

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const int code = cli::parse(parser, arguments, QStringLiteral("Counts of what the library holds."));
        code >= 0)
        return code;
    Database db;
    if (!cli::openLibrary(db, parser))
        return 1;
    const QJsonObject stats = libraryStats(db.connection());
    if (parser.isSet(QStringLiteral("json"))) {
        out() << orderedStatsJson(stats) << Qt::endl;
        return 0;
    }
    out() << "Library: " << db.libraryDir() << "\n";
    const QJsonObject memories = stats.value(QStringLiteral("memories")).toObject();
    for (MemoryKind kind : allMemoryKinds())
        out() << "  " << memoryKindName(kind) << ": " << memories.value(memoryKindName(kind)).toInteger()
              << "\n";
    const QJsonObject media = stats.value(QStringLiteral("media")).toObject();
    out() << "Comments: " << stats.value(QStringLiteral("comments")).toInteger() << "\n"
          << "People: " << stats.value(QStringLiteral("people")).toInteger() << "\n"
          << "Media files: " << media.value(QStringLiteral("files")).toInteger() << " ("
          << media.value(QStringLiteral("bytes")).toInteger() << " bytes), missing "
          << media.value(QStringLiteral("missing")).toInteger() << "\n"
          << "Tags: " << stats.value(QStringLiteral("tags")).toInteger() << "\n"
          << "Problems: " << stats.value(QStringLiteral("problems")).toInteger() << "\n";
    const QJsonObject counts = stats.value(QStringLiteral("counts")).toObject();
    out() << "Memories: " << counts.value(QStringLiteral("memories")).toInteger() << ", photos "
          << counts.value(QStringLiteral("photos")).toInteger() << ", videos "
          << counts.value(QStringLiteral("videos")).toInteger() << " (as the app counts them)" << Qt::endl;
    return 0;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Export folders or archives."),
                                 QStringLiteral("PATH…"));
    if (const int code =
            cli::parse(parser, arguments, QStringLiteral("Import QQ Space exports into the library."));
        code >= 0)
        return code;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err() << "keepsake import: name at least one folder or archive to import" << Qt::endl;
        return 2;
    }
    const cli::CancelOnSignals stopSignals; // from here on, Ctrl-C and SIGTERM cancel
    Database db;
    if (!cli::openLibrary(db, parser))
        return 1;
    if (!cli::requireWritable(db, QStringLiteral("import")))
        return 1;
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool tty = !json && cli::stderrIsTerminal();
    const ImportReport report =
        Library(db).import(paths, stopSignals.flag(), [&](const ImportReport &r, const QString &file) {
            if (!r.waitingFor.isEmpty()) {
                err() << "keepsake import: another import into this library is running (" << r.waitingFor
                      << "); waiting for it to finish. Ctrl-C stops waiting." << Qt::endl;
                return;
            }
            if (!tty)
                return;
            err() << "\r\033[K" << r.added << " added, " << r.updated << " updated, " << r.unchanged
                  << " unchanged — " << file.right(60) << Qt::flush;
        });
    if (tty)
        err() << "\r\033[K" << Qt::flush;
    if (json) {
        out() << cli::compactJson(report.toJson()) << Qt::endl;
    } else {
        out() << "Imported " << paths.join(QStringLiteral(", ")) << "\n"
              << "  formats: " << report.formats.join(QStringLiteral(", ")) << "\n"
              << "  added " << report.added << ", updated " << report.updated << ", unchanged "
              << report.unchanged << "\n"
              << "  media files stored " << report.mediaStored << ", missing " << report.mediaMissing << "\n"
              << "  problems: " << report.problems.size() << "\n";
        int shown = 0;
        for (const ImportProblem &p : report.problems) {
            if (++shown > 50) {
                out() << "    … and " << report.problems.size() - 50 << " more (keepsake problems)\n";
                break;
            }
            out() << "    [" << p.kind << "] " << p.file << ": " << p.message << "\n";
        }
        out().flush();
    }
    if (!report.error.isEmpty())
        err() << report.error << Qt::endl;
    // A signal that came after the import had finished changed nothing: the report says so.
    if (!report.cancelled || !stopSignals.signal())
        return report.failed ? 1 : 0;
    err() << "keepsake import: stopped by a signal; what was complete is kept. Import again to finish."
          << Qt::endl;
    return stopSignals.exitCode(1);
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("kind"), QStringLiteral("Only memories of this kind."),
                                        QStringLiteral("KIND")));
    if (const int code =
            cli::parse(parser, arguments, QStringLiteral("Every memory, one JSON object per line."));
        code >= 0)
        return code;
    Database db;
    if (!cli::openLibrary(db, parser))
        return 1;
    const QString kind = parser.value(QStringLiteral("kind"));
    if (!kind.isEmpty() && !memoryKindFromName(kind)) {
        err() << "keepsake list: unknown kind " << kind << Qt::endl;
        return 2;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    dumpMemories(db.connection(), kind, [&](const QJsonObject &o) {
        if (json)
            out() << cli::compactJson(o) << '\n';
        else
            out() << o.value(QStringLiteral("created")).toString() << "  "
                  << o.value(QStringLiteral("key")).toString() << "  "
                  << o.value(QStringLiteral("text"))
                         .toString()
                         .left(60)
                         .replace(QLatin1Char('\n'), QLatin1Char(' '))
                  << '\n';
    });
    out().flush();
    return 0;
}

int runProblems(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const int code =
            cli::parse(parser, arguments, QStringLiteral("Files the imports could not use, and why."));
        code >= 0)
        return code;
    Database db;
    if (!cli::openLibrary(db, parser))
        return 1;
    const bool json = parser.isSet(QStringLiteral("json"));
    dumpProblems(db.connection(), [&](const QJsonObject &o) {
        if (json)
            out() << cli::compactJson(o) << '\n';
        else
            out() << '[' << o.value(QStringLiteral("kind")).toString() << "] "
                  << o.value(QStringLiteral("file")).toString() << ": "
                  << o.value(QStringLiteral("message")).toString() << '\n';
    });
    out().flush();
    return 0;
}

} // namespace ks
