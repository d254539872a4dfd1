// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake rebuild — a lost or broken keepsake.db rebuilt from the files in the vault.
#include "clicommon.h"

#include "domain/problemtext.h"
#include "library/database.h"
#include "library/librarylocation.h"
#include "service/libraryrebuild.h"

#include <QCoreApplication>
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
        QCoreApplication::translate("ks::cli::Rebuild",
                                    "Rebuild even though the database opens (its memories, comments and tags "
                                    "are then only in the file moved aside).")));
    if (const int code = cli::parse(
            parser, arguments,
            QCoreApplication::translate(
                "ks::cli::Rebuild",
                "Rebuild a lost or broken library database from the files in the vault: the old "
                "keepsake.db is moved aside as keepsake.db.broken-<time> (never deleted) and every "
                "vault file comes back as a loose photo."));
        code >= 0)
        return code;
    const QString dir = resolveLibraryDir(parser.value(QStringLiteral("library")));
    if (Database::libraryIsReadOnly(dir)) {
        err() << "keepsake rebuild: "
              << QCoreApplication::translate("ks::cli::Rebuild",
                                             "the library at %1 is read-only: it cannot be rebuilt in place. "
                                             "Copy the folder to a writable disk and rebuild the copy.")
                     .arg(dir)
              << Qt::endl;
        return 1;
    }
    {
        // Only a database that cannot be opened is rebuilt, unless asked.
        Database probe;
        QString error;
        const bool opens = probe.open(dir, &error);
        if (opens && !parser.isSet(QStringLiteral("force"))) {
            err() << "keepsake rebuild: "
                  << QCoreApplication::translate(
                         "ks::cli::Rebuild",
                         "the library database %1 opens normally: nothing to rebuild. (--force rebuilds it "
                         "anyway from the vault; memories, comments and tags would then be only in the file "
                         "moved aside.)")
                         .arg(probe.databasePath())
                  << Qt::endl;
            return 1;
        }
        if (!opens && probe.openProblem().kind == Database::OpenProblem::NewerSchema) {
            err() << "keepsake rebuild: "
                  << QCoreApplication::translate("ks::cli::Rebuild", "%1: open it with that version instead.")
                         .arg(error)
                  << Qt::endl;
            return 1;
        }
    }
    Database db;
    const RebuildResult result = rebuildLibraryFromVault(db, dir);
    if (!result.ok) {
        err() << "keepsake rebuild: " << problemtext::translated(result.error) << Qt::endl;
        if (!result.movedAside.isEmpty())
            err() << "  "
                  << QCoreApplication::translate("ks::cli::Rebuild", "the old database is kept as %1")
                         .arg(result.movedAside)
                  << Qt::endl;
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
        out() << QCoreApplication::translate("ks::cli::Rebuild", "Rebuilt the library at %1 from its vault")
                     .arg(db.libraryDir())
              << "\n";
        if (!result.movedAside.isEmpty())
            out() << "  "
                  << QCoreApplication::translate("ks::cli::Rebuild", "the old database is kept as %1")
                         .arg(result.movedAside)
                  << "\n";
        const int recovered = result.recovered;
        const int others = result.recovered - result.photos;
        out() << "  "
              << QCoreApplication::translate("ks::cli::Rebuild",
                                             "recovered %n files (%1 photos and videos on the wall, %2 other "
                                             "files kept as media)",
                                             nullptr, recovered)
                     .arg(QString::number(result.photos), QString::number(others))
              << "\n";
        out().flush();
    }
    for (const RebuildResult::Skipped &s : result.skipped)
        err()
            << "keepsake rebuild: "
            << QCoreApplication::translate("ks::cli::Rebuild", "not recovered: %1: %2").arg(s.path, s.reason)
            << Qt::endl;
    return result.skipped.isEmpty() ? 0 : 1;
}

} // namespace ks
