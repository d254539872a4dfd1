// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"

#include "service/library.h"

#include "library/database.h"
#include "library/librarylocation.h"

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
        QStringLiteral("Library folder (default: $KEEPSAKE_LIBRARY or the app data folder)."),
        QStringLiteral("DIR"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print machine-readable JSON."));
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
        err() << "keepsake: cannot open the library at " << dir << ": " << error << Qt::endl;
        return false;
    }
    return true;
}

bool requireWritable(const Database &db, const QString &subcommand)
{
    if (!db.isReadOnly())
        return true;
    err() << "keepsake " << subcommand << ": the library at " << db.libraryDir()
          << " is read-only (a backup disk, a DVD or a folder without write permission): " << subcommand
          << " needs to write to it. Copy the library to a writable disk first (keepsake backup)."
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
