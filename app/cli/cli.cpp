// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "clicommon.h"
#include "util/language.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstddef>

namespace ks {

namespace {

struct Subcommand
{
    const char *name;
    int (*run)(const QStringList &arguments);
    const char *synopsis; ///< command syntax: the same in every language
    const char *summary;  ///< translated when printed
};

const Subcommand kSubcommands[] = {
    {"stats", runStats, "stats [--json]", QT_TRANSLATE_NOOP("ks::cli", "counts of what the library holds")},
    {"import", runImport, "import PATH… [--json]",
     QT_TRANSLATE_NOOP("ks::cli", "import export folders or .zip archives")},
    {"list", runList, "list [--kind K] [--json]",
     QT_TRANSLATE_NOOP("ks::cli", "every memory, one JSON object per line")},
    {"problems", runProblems, "problems [--json]",
     QT_TRANSLATE_NOOP("ks::cli", "files the imports could not use, and why")},
    {"search", runSearch, "search QUERY [--json]", QT_TRANSLATE_NOOP("ks::cli", "find memories")},
    {"tag", runTag, "tag add|remove|list …", QT_TRANSLATE_NOOP("ks::cli", "organise memories with tags")},
    {"export", runExport, "export html|pdf|photos|archive OUT …",
     QT_TRANSLATE_NOOP("ks::cli", "an offline site, a PDF, dated photos or an archive")},
    {"date", runDate, "date set|shift|camera|undo …",
     QT_TRANSLATE_NOOP("ks::cli", "put the dates of memories right")},
    {"review", runReview, "review YEAR [--json] [--image P]",
     QT_TRANSLATE_NOOP("ks::cli", "a year in review (年度回顾)")},
    {"book", runBook, "book YEAR|--person P OUT.pdf …",
     QT_TRANSLATE_NOOP("ks::cli", "a printable memory book of a year, or of a friend")},
    {"verify", runVerify, "verify [--json]",
     QT_TRANSLATE_NOOP("ks::cli", "check the vault against the database")},
    {"verify-archive", runVerifyArchive, "verify-archive OUT [--json]",
     QT_TRANSLATE_NOOP("ks::cli", "check an archive's files against its manifest")},
    {"backup", runBackup, "backup DEST [--json]",
     QT_TRANSLATE_NOOP("ks::cli", "a consistent, verified copy of the library")},
    {"rebuild", runRebuild, "rebuild [--force]",
     QT_TRANSLATE_NOOP("ks::cli", "a lost database rebuilt from the vault's files")},
};

struct CommonOption
{
    const char *names; ///< the same in every language
    const char *description;
};

const CommonOption kCommonOptions[] = {
    {"-l, --library DIR",
     QT_TRANSLATE_NOOP("ks::cli", "library folder (default: $KEEPSAKE_LIBRARY or the app data folder)")},
    {"--language zh_CN|en", QT_TRANSLATE_NOOP("ks::cli", "the language of messages, books and sites "
                                                         "(default: $KEEPSAKE_LANGUAGE\nor the system's)")},
    {"--json", QT_TRANSLATE_NOOP("ks::cli", "machine-readable output")},
    {"-h, --help", QT_TRANSLATE_NOOP("ks::cli", "this help")},
    {"-v, --version", QT_TRANSLATE_NOOP("ks::cli", "the version")},
};

/// "  NAMES   description", the descriptions of all rows starting in one column; a description's
/// further lines start there too.
template <typename Row, std::size_t N>
QString columns(const Row (&rows)[N], const char *Row::*left, const char *Row::*right, int gap)
{
    qsizetype width = 0;
    for (const Row &row : rows)
        width = qMax(width, QString::fromUtf8(row.*left).size());
    const QString indent = QString(2 + width + gap, QLatin1Char(' '));
    QString text;
    for (const Row &row : rows) {
        QString description = QCoreApplication::translate("ks::cli", row.*right);
        description.replace(QLatin1Char('\n'), QLatin1Char('\n') + indent);
        text += QStringLiteral("  ") + QString::fromUtf8(row.*left).leftJustified(width + gap) + description +
                QLatin1Char('\n');
    }
    return text;
}

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
    return QCoreApplication::translate("ks::cli", "Keepsake (时光匣) %1 keeps your QQ Space memories.\n"
                                                  "Without a subcommand it opens the window.")
               .arg(QCoreApplication::applicationVersion()) +
           QStringLiteral("\n\n") +
           QCoreApplication::translate("ks::cli", "Usage: keepsake SUBCOMMAND [options]   "
                                                  "(keepsake SUBCOMMAND --help for more)") +
           QStringLiteral("\n\n") + QCoreApplication::translate("ks::cli", "Subcommands:") +
           QLatin1Char('\n') + columns(kSubcommands, &Subcommand::synopsis, &Subcommand::summary, 4) +
           QLatin1Char('\n') + QCoreApplication::translate("ks::cli", "Common options:") + QLatin1Char('\n') +
           columns(kCommonOptions, &CommonOption::names, &CommonOption::description, 1);
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
            cli::err() << "keepsake: "
                       << QCoreApplication::translate("ks::cli",
                                                      "unknown subcommand '%1' (see keepsake --help)")
                              .arg(arg)
                       << Qt::endl;
            return 2;
        }
    }
    cli::err() << usage() << Qt::flush;
    return 2;
}

} // namespace ks
