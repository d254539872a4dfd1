// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake rebuild — a lost or broken keepsake.db rebuilt from the files in the vault.
#include "clicommon.h"

#include "library/database.h"
#include "library/librarylocation.h"
#include "service/libraryrebuild.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ks {

using cli::err;
using cli::out;

int runRebuild(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(
        QStringLiteral("force"),
        QStringLiteral("Rebuild even though the database opens (its memories, comments and tags are then "
                       "only in the file moved aside).")));
    if (const int code = cli::parse(
            parser, arguments,
            QStringLiteral(
                "Rebuild a lost or broken library database from the files in the vault: the old "
                "keepsake.db is moved aside as keepsake.db.broken-<time> (never deleted) and every "
                "vault file comes back as a loose photo."));
        code >= 0)
        return code;
    const QString dir = resolveLibraryDir(parser.value(QStringLiteral("library")));
    if (Database::libraryIsReadOnly(dir)) {
        err() << "keepsake rebuild: the library at " << dir
              << " is read-only: it cannot be rebuilt in place. Copy the folder to a writable disk and "
                 "rebuild the copy."
              << Qt::endl;
        return 1;
    }
    {
        // Only a database that cannot be opened is rebuilt, unless asked.
        Database probe;
        QString error;
        const bool opens = probe.open(dir, &error);
        if (opens && !parser.isSet(QStringLiteral("force"))) {
            err() << "keepsake rebuild: the library database " << probe.databasePath()
                  << " opens normally: nothing to rebuild. (--force rebuilds it anyway from the vault; "
                     "memories, comments and tags would then be only in the file moved aside.)"
                  << Qt::endl;
            return 1;
        }
        if (!opens && probe.openProblem().kind == Database::OpenProblem::NewerSchema) {
            err() << "keepsake rebuild: " << error << ": open it with that version instead." << Qt::endl;
            return 1;
        }
    }
    Database db;
    const RebuildResult result = rebuildLibraryFromVault(db, dir);
    if (!result.ok) {
        err() << "keepsake rebuild: " << result.error << Qt::endl;
        if (!result.movedAside.isEmpty())
            err() << "  the old database is kept as " << result.movedAside << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray skipped;
        for (const RebuildResult::Skipped &s : result.skipped)
            skipped.append(
                QJsonObject{{QStringLiteral("path"), s.path}, {QStringLiteral("reason"), s.reason}});
        out() << cli::compactJson(QJsonObject{{QStringLiteral("recovered"), result.recovered},
                                              {QStringLiteral("photos"), result.photos},
                                              {QStringLiteral("moved_aside"), result.movedAside},
                                              {QStringLiteral("skipped"), skipped}})
              << Qt::endl;
    } else {
        out() << "Rebuilt the library at " << db.libraryDir() << " from its vault\n";
        if (!result.movedAside.isEmpty())
            out() << "  the old database is kept as " << result.movedAside << "\n";
        out() << "  recovered " << result.recovered << " files (" << result.photos
              << " photos and videos on the wall, " << result.recovered - result.photos
              << " other files kept as media)\n";
        out().flush();
    }
    for (const RebuildResult::Skipped &s : result.skipped)
        err() << "keepsake rebuild: not recovered: " << s.path << ": " << s.reason << Qt::endl;
    return result.skipped.isEmpty() ? 0 : 1;
}

} // namespace ks
