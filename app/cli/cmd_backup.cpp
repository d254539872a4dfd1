// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake backup DEST — a consistent copy of the library that opens as a library.
#include "clicommon.h"

#include "domain/problemtext.h"
#include "library/database.h"
#include "service/librarybackup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ks {

using cli::err;
using cli::out;

int runBackup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("dest"),
        QCoreApplication::translate("ks::cli::Backup", "An empty folder, or an earlier Keepsake backup."),
        QStringLiteral("DEST"));
    if (const int code = cli::parse(
            parser, arguments,
            QCoreApplication::translate(
                "ks::cli::Backup", "Write a consistent copy of the library to DEST: the database as one "
                                   "snapshot (the app may be open), every vault file checked by its "
                                   "SHA-256. A second backup to the same DEST copies only what is new."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << "keepsake backup: "
              << QCoreApplication::translate("ks::cli::Backup", "name one destination folder") << Qt::endl;
        return 2;
    }
    Database db;
    if (!cli::openLibrary(db, parser))
        return 1;
    const QString dest = parser.positionalArguments().constFirst();
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool tty = !json && cli::stderrIsTerminal();
    const BackupResult result = backupLibrary(db, dest, [&](int done, int total, const QString &) {
        if (tty && (done % 50 == 0 || done == total))
            err() << "\r\033[K"
                  << QCoreApplication::translate("ks::cli::Backup", "checked %1 of %n vault files", nullptr,
                                                 total)
                         .arg(done)
                  << Qt::flush;
    });
    if (tty)
        err() << "\r\033[K" << Qt::flush;
    if (json) {
        QJsonArray failures;
        for (const BackupResult::Failure &f : result.failures)
            failures.append(
                QJsonObject{{QStringLiteral("path"), f.path}, {QStringLiteral("reason"), f.reason}});
        out() << cli::compactJson(QJsonObject{{QStringLiteral("ok"), result.ok()},
                                              {QStringLiteral("error"), result.error},
                                              {QStringLiteral("copied"), result.copied},
                                              {QStringLiteral("already_present"), result.alreadyPresent},
                                              {QStringLiteral("bytes_copied"), result.bytesCopied},
                                              {QStringLiteral("database_bytes"), result.databaseBytes},
                                              {QStringLiteral("failures"), failures}})
              << Qt::endl;
    } else if (!result.refused && result.error.isEmpty()) {
        const int copied = result.copied;
        out()
            << QCoreApplication::translate("ks::cli::Backup", "Backed up %1 to %2").arg(db.libraryDir(), dest)
            << "\n  "
            << QCoreApplication::translate("ks::cli::Backup", "database: %1 bytes")
                   .arg(QString::number(result.databaseBytes))
            << "\n  "
            << QCoreApplication::translate("ks::cli::Backup",
                                           "vault: copied %n files (%1 bytes), %2 already in the backup and "
                                           "intact",
                                           nullptr, copied)
                   .arg(QString::number(result.bytesCopied), QString::number(result.alreadyPresent))
            << "\n";
        out().flush();
    }
    for (const BackupResult::Failure &f : result.failures)
        err() << "keepsake backup: "
              << QCoreApplication::translate("ks::cli::Backup", "FAILED %1: %2").arg(f.path, f.reason)
              << Qt::endl;
    if (!result.error.isEmpty())
        err() << "keepsake backup: " << problemtext::translated(result.error) << Qt::endl;
    else if (!result.failures.isEmpty()) {
        const int failed = int(result.failures.size());
        err() << "keepsake backup: "
              << QCoreApplication::translate("ks::cli::Backup", "%n vault files were not backed up", nullptr,
                                             failed)
              << Qt::endl;
    }
    return result.ok() ? 0 : 1;
}

} // namespace ks
