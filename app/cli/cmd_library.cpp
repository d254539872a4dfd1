// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake stats | import | list | problems
#include "cancelsignals.h"
#include "clicommon.h"

#include "domain/problemtext.h"
#include "domain/records.h"
#include "library/database.h"
#include "library/librarystats.h"
#include "library/memorydump.h"
#include "service/library.h"

#include <QCoreApplication>
#include <QHash>
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

/// The kind's name as `keepsake stats` shows it: the JSON name in English ("post: 3").
QString kindWord(MemoryKind kind)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("post"), QT_TRANSLATE_NOOP("ks::cli::Stats", "post")},
        {QStringLiteral("blog"), QT_TRANSLATE_NOOP("ks::cli::Stats", "blog")},
        {QStringLiteral("diary"), QT_TRANSLATE_NOOP("ks::cli::Stats", "diary")},
        {QStringLiteral("photo"), QT_TRANSLATE_NOOP("ks::cli::Stats", "photo")},
        {QStringLiteral("album"), QT_TRANSLATE_NOOP("ks::cli::Stats", "album")},
        {QStringLiteral("video"), QT_TRANSLATE_NOOP("ks::cli::Stats", "video")},
        {QStringLiteral("board"), QT_TRANSLATE_NOOP("ks::cli::Stats", "board")},
        {QStringLiteral("favorite"), QT_TRANSLATE_NOOP("ks::cli::Stats", "favorite")},
        {QStringLiteral("share"), QT_TRANSLATE_NOOP("ks::cli::Stats", "share")},
        {QStringLiteral("visit"), QT_TRANSLATE_NOOP("ks::cli::Stats", "visit")},
    };
    const QString name = memoryKindName(kind);
    const char *word = words.value(name);
    return word ? QCoreApplication::translate("ks::cli::Stats", word) : name;
}

} // namespace

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const int code =
            cli::parse(parser, arguments,
                       QCoreApplication::translate("ks::cli::Stats", "Counts of what the library holds."));
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
    const auto count = [](const QJsonObject &o, const char *key) {
        return QString::number(o.value(QLatin1String(key)).toInteger());
    };
    out() << QCoreApplication::translate("ks::cli::Stats", "Library: %1").arg(db.libraryDir()) << "\n";
    const QJsonObject memories = stats.value(QStringLiteral("memories")).toObject();
    for (MemoryKind kind : allMemoryKinds())
        out() << "  "
              << QCoreApplication::translate("ks::cli::Stats", "%1: %2")
                     .arg(kindWord(kind), QString::number(memories.value(memoryKindName(kind)).toInteger()))
              << "\n";
    const QJsonObject media = stats.value(QStringLiteral("media")).toObject();
    out() << QCoreApplication::translate("ks::cli::Stats", "Comments: %1").arg(count(stats, "comments"))
          << "\n"
          << QCoreApplication::translate("ks::cli::Stats", "People: %1").arg(count(stats, "people")) << "\n"
          << QCoreApplication::translate("ks::cli::Stats", "Media files: %1 (%2 bytes), missing %3")
                 .arg(count(media, "files"), count(media, "bytes"), count(media, "missing"))
          << "\n"
          << QCoreApplication::translate("ks::cli::Stats", "Tags: %1").arg(count(stats, "tags")) << "\n"
          << QCoreApplication::translate("ks::cli::Stats", "Problems: %1").arg(count(stats, "problems"))
          << "\n";
    const QJsonObject counts = stats.value(QStringLiteral("counts")).toObject();
    out() << QCoreApplication::translate("ks::cli::Stats",
                                         "Memories: %1, photos %2, videos %3 (as the app counts them)")
                 .arg(count(counts, "memories"), count(counts, "photos"), count(counts, "videos"))
          << Qt::endl;
    return 0;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("paths"),
        QCoreApplication::translate("ks::cli::Import", "Export folders or archives."),
        QStringLiteral("PATH…"));
    if (const int code = cli::parse(
            parser, arguments,
            QCoreApplication::translate("ks::cli::Import", "Import QQ Space exports into the library."));
        code >= 0)
        return code;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err() << "keepsake import: "
              << QCoreApplication::translate("ks::cli::Import",
                                             "name at least one folder or archive to import")
              << Qt::endl;
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
                err() << "keepsake import: "
                      << QCoreApplication::translate("ks::cli::Import",
                                                     "another import into this library is running (%1); "
                                                     "waiting for it to finish. Ctrl-C stops waiting.")
                             .arg(r.waitingFor)
                      << Qt::endl;
                return;
            }
            if (!tty)
                return;
            err() << "\r\033[K"
                  << QCoreApplication::translate("ks::cli::Import", "%1 added, %2 updated, %3 unchanged — %4")
                         .arg(QString::number(r.added), QString::number(r.updated),
                              QString::number(r.unchanged), file.right(60))
                  << Qt::flush;
        });
    if (tty)
        err() << "\r\033[K" << Qt::flush;
    if (json) {
        out() << cli::compactJson(report.toJson()) << Qt::endl;
    } else {
        out() << QCoreApplication::translate("ks::cli::Import", "Imported %1")
                     .arg(paths.join(QStringLiteral(", ")))
              << "\n  "
              << QCoreApplication::translate("ks::cli::Import", "formats: %1")
                     .arg(report.formats.join(QStringLiteral(", ")))
              << "\n  "
              << QCoreApplication::translate("ks::cli::Import", "added %1, updated %2, unchanged %3")
                     .arg(QString::number(report.added), QString::number(report.updated),
                          QString::number(report.unchanged))
              << "\n  "
              << QCoreApplication::translate("ks::cli::Import", "media files stored %1, missing %2")
                     .arg(QString::number(report.mediaStored), QString::number(report.mediaMissing))
              << "\n  "
              << QCoreApplication::translate("ks::cli::Import", "problems: %1").arg(report.problems.size())
              << "\n";
        int shown = 0;
        for (const ImportProblem &p : report.problems) {
            if (++shown > 50) {
                const qsizetype more = report.problems.size() - 50;
                out() << "    "
                      << QCoreApplication::translate("ks::cli::Import", "… and %1 more (keepsake problems)")
                             .arg(more)
                      << "\n";
                break;
            }
            out() << "    [" << p.kind << "] " << p.file << ": " << problemtext::translated(p.message)
                  << "\n";
        }
        out().flush();
    }
    if (!report.error.isEmpty())
        err() << problemtext::translated(report.error) << Qt::endl;
    // A signal that came after the import had finished changed nothing: the report says so.
    if (!report.cancelled || !stopSignals.signal())
        return report.failed ? 1 : 0;
    err() << "keepsake import: "
          << QCoreApplication::translate("ks::cli::Import",
                                         "stopped by a signal; what was complete is kept. Import again to "
                                         "finish.")
          << Qt::endl;
    return stopSignals.exitCode(1);
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(
        QStringLiteral("kind"), QCoreApplication::translate("ks::cli::List", "Only memories of this kind."),
        QStringLiteral("KIND")));
    if (const int code = cli::parse(
            parser, arguments,
            QCoreApplication::translate("ks::cli::List", "Every memory, one JSON object per line."));
        code >= 0)
        return code;
    Database db;
    if (!cli::openLibrary(db, parser))
        return 1;
    const QString kind = parser.value(QStringLiteral("kind"));
    if (!kind.isEmpty() && !memoryKindFromName(kind)) {
        err() << "keepsake list: "
              << QCoreApplication::translate("ks::cli::List", "unknown kind %1").arg(kind) << Qt::endl;
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
    if (const int code = cli::parse(
            parser, arguments,
            QCoreApplication::translate("ks::cli::Problems", "Files the imports could not use, and why."));
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
                  << problemtext::translated(o.value(QStringLiteral("message")).toString()) << '\n';
    });
    out().flush();
    return 0;
}

} // namespace ks
