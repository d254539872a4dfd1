// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "import/importservice.h"
#include "library/database.h"
#include "library/librarylocation.h"
#include "library/librarystats.h"
#include "library/memorydump.h"
#include "import/records.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace ks {

namespace {

const QStringList kSubcommands{QStringLiteral("stats"),  QStringLiteral("import"), QStringLiteral("list"),
                               QStringLiteral("problems"), QStringLiteral("search"), QStringLiteral("tag"),
                               QStringLiteral("export"), QStringLiteral("book"),   QStringLiteral("verify")};

// Subcommands reserved for features that are not in this build yet.
const QStringList kReserved{QStringLiteral("search"), QStringLiteral("tag"), QStringLiteral("export"),
                            QStringLiteral("book"), QStringLiteral("verify")};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compactValue(const QJsonValue &v)
{
    if (v.isObject())
        return compact(v.toObject());
    QJsonArray wrapper{v};
    const QString text = QString::fromUtf8(QJsonDocument(wrapper).toJson(QJsonDocument::Compact));
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
    return QStringLiteral("{\"memories\":{%1},\"comments\":%2,\"people\":%3,"
                          "\"media\":{\"files\":%4,\"missing\":%5,\"bytes\":%6},\"tags\":%7,\"years\":%8,"
                          "\"problems\":%9}")
        .arg(memories.join(QLatin1Char(',')), compactValue(stats.value(QStringLiteral("comments"))),
             compactValue(stats.value(QStringLiteral("people"))), compactValue(media.value(QStringLiteral("files"))),
             compactValue(media.value(QStringLiteral("missing"))), compactValue(media.value(QStringLiteral("bytes"))),
             compactValue(stats.value(QStringLiteral("tags"))), compactValue(stats.value(QStringLiteral("years"))),
             compactValue(stats.value(QStringLiteral("problems"))));
}

QCommandLineOption libraryOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("library"), QStringLiteral("l")},
                              QStringLiteral("Library folder (default: $KEEPSAKE_LIBRARY or the app data folder)."),
                              QStringLiteral("DIR"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print machine-readable JSON."));
}

bool openLibrary(Database &db, const QCommandLineParser &parser)
{
    QString error;
    const QString dir = resolveLibraryDir(parser.value(QStringLiteral("library")));
    if (!db.open(dir, &error)) {
        err() << "keepsake: cannot open the library at " << dir << ": " << error << Qt::endl;
        return false;
    }
    return true;
}

int cmdStats(QCommandLineParser &parser)
{
    Database db;
    if (!openLibrary(db, parser))
        return ExitFailure;
    const QJsonObject stats = libraryStats(db.connection());
    if (parser.isSet(QStringLiteral("json"))) {
        out() << orderedStatsJson(stats) << Qt::endl;
        return ExitOk;
    }
    out() << "Library: " << db.libraryDir() << "\n";
    const QJsonObject memories = stats.value(QStringLiteral("memories")).toObject();
    for (MemoryKind kind : allMemoryKinds())
        out() << "  " << memoryKindName(kind) << ": " << memories.value(memoryKindName(kind)).toInteger() << "\n";
    const QJsonObject media = stats.value(QStringLiteral("media")).toObject();
    out() << "Comments: " << stats.value(QStringLiteral("comments")).toInteger() << "\n"
          << "People: " << stats.value(QStringLiteral("people")).toInteger() << "\n"
          << "Media files: " << media.value(QStringLiteral("files")).toInteger() << " ("
          << media.value(QStringLiteral("bytes")).toInteger() << " bytes), missing "
          << media.value(QStringLiteral("missing")).toInteger() << "\n"
          << "Problems: " << stats.value(QStringLiteral("problems")).toInteger() << Qt::endl;
    return ExitOk;
}

int cmdImport(QCommandLineParser &parser)
{
    const QStringList paths = parser.positionalArguments().mid(1);
    if (paths.isEmpty()) {
        err() << "keepsake import: name at least one folder or archive to import" << Qt::endl;
        return ExitUsage;
    }
    Database db;
    if (!openLibrary(db, parser))
        return ExitFailure;
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool tty = !json && isatty(fileno(stderr));
    const ImportReport report = importPaths(db, paths, nullptr, [&](const ImportReport &r, const QString &file) {
        if (!tty)
            return;
        err() << "\r\033[K" << r.added << " added, " << r.updated << " updated, " << r.unchanged
              << " unchanged — " << file.right(60) << Qt::flush;
    });
    if (tty)
        err() << "\r\033[K" << Qt::flush;
    if (json) {
        out() << compact(report.toJson()) << Qt::endl;
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
    return report.failed ? ExitFailure : ExitOk;
}

int cmdList(QCommandLineParser &parser)
{
    Database db;
    if (!openLibrary(db, parser))
        return ExitFailure;
    const QString kind = parser.value(QStringLiteral("kind"));
    if (!kind.isEmpty() && !memoryKindFromName(kind)) {
        err() << "keepsake list: unknown kind " << kind << Qt::endl;
        return ExitUsage;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    dumpMemories(db.connection(), kind, [&](const QJsonObject &o) {
        if (json)
            out() << compact(o) << '\n';
        else
            out() << o.value(QStringLiteral("created")).toString() << "  " << o.value(QStringLiteral("key")).toString()
                  << "  " << o.value(QStringLiteral("text")).toString().left(60).replace(QLatin1Char('\n'), QLatin1Char(' '))
                  << '\n';
    });
    out().flush();
    return ExitOk;
}

int cmdProblems(QCommandLineParser &parser)
{
    Database db;
    if (!openLibrary(db, parser))
        return ExitFailure;
    const bool json = parser.isSet(QStringLiteral("json"));
    dumpProblems(db.connection(), [&](const QJsonObject &o) {
        if (json)
            out() << compact(o) << '\n';
        else
            out() << '[' << o.value(QStringLiteral("kind")).toString() << "] "
                  << o.value(QStringLiteral("file")).toString() << ": " << o.value(QStringLiteral("message")).toString()
                  << '\n';
    });
    out().flush();
    return ExitOk;
}

} // namespace

bool isCliInvocation(const QStringList &arguments)
{
    const QStringList optionsWithValue{QStringLiteral("--library"), QStringLiteral("-l"), QStringLiteral("--kind")};
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--version") || arg == QLatin1String("-v") || arg == QLatin1String("--help") ||
            arg == QLatin1String("-h") || arg == QLatin1String("--help-all"))
            return true;
        if (optionsWithValue.contains(arg)) {
            ++i;
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        // The window takes folders and archives to import; any other word is a (maybe mistyped) subcommand.
        return kSubcommands.contains(arg) || !QFileInfo::exists(arg);
    }
    return false;
}

int runCli(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Keepsake (时光匣) keeps your QQ Space memories.\n"
        "Without a subcommand it opens the window.\n\n"
        "Subcommands:\n"
        "  stats [--json]                 counts of what the library holds\n"
        "  import PATH… [--json]          import export folders or .zip archives\n"
        "  list [--kind K] [--json]       every memory, one JSON object per line\n"
        "  problems [--json]              files the imports could not use, and why\n"
        "  search, tag, export, book, verify   reserved for coming versions"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("subcommand"), QStringLiteral("What to do (see above)."));
    parser.addOption(libraryOption());
    parser.addOption(jsonOption());
    parser.addOption(QCommandLineOption(QStringLiteral("kind"), QStringLiteral("Only memories of this kind."),
                                        QStringLiteral("KIND")));
    if (!parser.parse(arguments)) {
        err() << "keepsake: " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == QLatin1String("stats"))
        return cmdStats(parser);
    if (command == QLatin1String("import"))
        return cmdImport(parser);
    if (command == QLatin1String("list"))
        return cmdList(parser);
    if (command == QLatin1String("problems"))
        return cmdProblems(parser);
    if (kReserved.contains(command)) {
        err() << "keepsake " << command << ": not available in this version yet" << Qt::endl;
        return ExitUnavailable;
    }
    err() << "keepsake: unknown subcommand '" << command << "' (see keepsake --help)" << Qt::endl;
    return ExitUsage;
}

} // namespace ks
