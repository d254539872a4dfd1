// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "clicommon.h"
#include "util/language.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ks {

namespace {

struct Subcommand
{
    const char *name;
    int (*run)(const QStringList &arguments);
    const char *summary;
};

const Subcommand kSubcommands[] = {
    {"stats", runStats, "stats [--json]                  counts of what the library holds"},
    {"import", runImport, "import PATH… [--json]           import export folders or .zip archives"},
    {"list", runList, "list [--kind K] [--json]        every memory, one JSON object per line"},
    {"problems", runProblems, "problems [--json]               files the imports could not use, and why"},
    {"search", runSearch, "search QUERY [--json]           find memories"},
    {"tag", runTag, "tag add|remove|list …           organise memories with tags"},
    {"export", runExport, "export html|pdf|photos|archive OUT …  a site, a PDF, dated photos or an archive"},
    {"date", runDate, "date set|shift|camera|undo …    put the dates of memories right"},
    {"book", runBook, "book YEAR OUT.pdf …             a printable yearly memory book"},
    {"verify", runVerify, "verify [--json]                 check the vault against the database"},
    {"verify-archive", runVerifyArchive,
     "verify-archive OUT [--json]     check an archive's files against its manifest"},
    {"backup", runBackup, "backup DEST [--json]            a consistent, verified copy of the library"},
    {"rebuild", runRebuild, "rebuild [--force]               a lost database rebuilt from the vault's files"},
};

const Subcommand *findSubcommand(const QString &name)
{
    for (const Subcommand &command : kSubcommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QString usage()
{
    QString text =
        QStringLiteral("Keepsake (时光匣) %1 keeps your QQ Space memories.\n"
                       "Without a subcommand it opens the window.\n\n"
                       "Usage: keepsake SUBCOMMAND [options]   (keepsake SUBCOMMAND --help for more)\n\n"
                       "Subcommands:\n")
            .arg(QCoreApplication::applicationVersion());
    for (const Subcommand &command : kSubcommands)
        text += QStringLiteral("  %1\n").arg(QString::fromUtf8(command.summary));
    text += QStringLiteral(
        "\nCommon options:\n"
        "  -l, --library DIR   library folder (default: $KEEPSAKE_LIBRARY or the app data folder)\n"
        "  --language zh_CN|en the language of messages, books and sites (default: $KEEPSAKE_LANGUAGE\n"
        "                      or the system's)\n"
        "  --json              machine-readable output\n"
        "  -h, --help          this help;  -v, --version  the version\n");
    return text;
}

} // namespace

bool isCliInvocation(const QStringList &arguments)
{
    const QStringList optionsWithValue{QStringLiteral("--library"), QStringLiteral("-l"),
                                       QStringLiteral("--kind"), QStringLiteral("--language")};
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--version") || arg == QLatin1String("-v") ||
            arg == QLatin1String("--help") || arg == QLatin1String("-h") ||
            arg == QLatin1String("--help-all"))
            return true;
        if (optionsWithValue.contains(arg)) {
            ++i;
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        // The window takes folders and archives to import; any other word is a (maybe mistyped) subcommand.
        return findSubcommand(arg) || !QFileInfo::exists(arg);
    }
    return false;
}

int runCli(const QStringList &given)
{
    // --language is global: it is taken out before the subcommand reads its own options.
    QStringList arguments = given;
    QString language = qEnvironmentVariable("KEEPSAKE_LANGUAGE");
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--language") && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
            break;
        }
        if (arguments.at(i).startsWith(QLatin1String("--language="))) {
            language = arguments.at(i).mid(int(sizeof("--language=")) - 1);
            arguments.removeAt(i);
            break;
        }
    }
    installLanguage(language);
    // The subcommand is the first argument; global flags may come before it.
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (const Subcommand *command = findSubcommand(arg)) {
            QStringList rest = arguments;
            rest.removeAt(i);
            rest.insert(1, arg);
            return command->run(rest);
        }
        if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            cli::out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                       << Qt::endl;
            return 0;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h") ||
            arg == QLatin1String("--help-all")) {
            cli::out() << usage() << Qt::flush;
            return 0;
        }
        if (arg == QLatin1String("--library") || arg == QLatin1String("-l")) {
            ++i;
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-'))) {
            cli::err() << "keepsake: unknown subcommand '" << arg << "' (see keepsake --help)" << Qt::endl;
            return 2;
        }
    }
    cli::err() << usage() << Qt::flush;
    return 2;
}

} // namespace ks
