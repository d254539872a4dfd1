// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"

#include "service/library.h"

#include "export/themes.h"
#include "library/database.h"
#include "library/librarylocation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdio>
#include <unistd.h>

namespace ks::cli {

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

QCommandLineOption libraryOption()
{
    return QCommandLineOption(
        QStringList{QStringLiteral("library"), QStringLiteral("l")},
        QCoreApplication::translate("ks::cli",
                                    "Library folder (default: $KEEPSAKE_LIBRARY or the app data folder)."),
        QStringLiteral("DIR"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              QCoreApplication::translate("ks::cli", "Print machine-readable JSON."));
}

int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption(libraryOption());
    parser.addOption(jsonOption());
    // argv[0] is the program; drop the subcommand so positional arguments are its own.
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1);
    if (!parser.parse(args)) {
        err() << "keepsake " << arguments.value(1) << ": " << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return 0;
    }
    return -1;
}

bool openLibrary(Database &db, const QCommandLineParser &parser)
{
    QString error;
    const QString dir = resolveLibraryDir(parser.value(QStringLiteral("library")));
    if (!Library(db).open(dir, &error)) {
        err() << "keepsake: "
              << QCoreApplication::translate("ks::cli", "cannot open the library at %1: %2").arg(dir, error)
              << Qt::endl;
        return false;
    }
    return true;
}

bool knownTheme(const QString &theme, const QString &command)
{
    if (isThemeId(theme))
        return true;
    err() << command
          << QCoreApplication::translate("ks::cli", "--theme must be one of %1")
                 .arg(themeIds().join(QStringLiteral(", ")))
          << Qt::endl;
    return false;
}

bool requireWritable(const Database &db, const QString &subcommand)
{
    if (!db.isReadOnly())
        return true;
    err() << "keepsake " << subcommand << ": "
          << QCoreApplication::translate("ks::cli",
                                         "the library at %1 is read-only (a backup disk, a DVD or a folder "
                                         "without write permission): %2 needs to write to it. Copy the "
                                         "library to a writable disk first (keepsake backup).")
                 .arg(db.libraryDir(), subcommand)
          << Qt::endl;
    return false;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool stderrIsTerminal()
{
    return isatty(fileno(stderr));
}

} // namespace ks::cli
