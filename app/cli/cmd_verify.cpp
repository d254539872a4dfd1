// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake verify — is every vault file present and intact?
#include "clicommon.h"

#include "library/database.h"
#include "library/importlock.h"
#include "library/vaultcheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ks {

using cli::err;
using cli::out;

int runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(
        QStringLiteral("quick"),
        QCoreApplication::translate("ks::cli::Verify",
                                    "Check presence and size only, not the SHA-256 of every file.")));
    if (const int code = cli::parse(
            parser, arguments,
            QCoreApplication::translate("ks::cli::Verify",
                                        "Check that every file in the vault is present and unchanged."));
        code >= 0)
        return code;
    Database db;
    if (!cli::openLibrary(db, parser))
        return 1;
    const bool tty = !parser.isSet(QStringLiteral("json")) && cli::stderrIsTerminal();
    // Files an interrupted import left half-written: never part of the library, removed now.
    const int leftovers = removeInterruptedImportFiles(db.libraryDir());
    const VaultCheck check =
        verifyVault(db, parser.isSet(QStringLiteral("quick")), nullptr, [&](int done, int total) {
            if (tty && (done % 100 == 0 || done == total))
                err() << "\r\033[K"
                      << QCoreApplication::translate("ks::cli::Verify", "checked %1 of %n files", nullptr,
                                                     total)
                             .arg(done)
                      << Qt::flush;
        });
    if (tty)
        err() << "\r\033[K" << Qt::flush;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray issues;
        for (const VaultIssue &issue : check.issues)
            issues.append(QJsonObject{{QStringLiteral("kind"), issue.kind},
                                      {QStringLiteral("path"), issue.path},
                                      {QStringLiteral("detail"), issue.detail}});
        out() << cli::compactJson(
                     QJsonObject{{QStringLiteral("checked"), check.checked},
                                 {QStringLiteral("bytes"), check.bytes},
                                 {QStringLiteral("ok"), check.seriousIssues() == 0},
                                 {QStringLiteral("interrupted_import_files_removed"), qMax(0, leftovers)},
                                 {QStringLiteral("issues"), issues}})
              << Qt::endl;
    } else {
        if (leftovers > 0)
            out() << QCoreApplication::translate(
                         "ks::cli::Verify", "Removed %n unfinished files an interrupted import left behind",
                         nullptr, leftovers)
                  << "\n";
        const int checked = check.checked;
        out() << QCoreApplication::translate("ks::cli::Verify", "Checked %n files (%1 bytes): %2", nullptr,
                                             checked)
                     .arg(QString::number(check.bytes),
                          check.seriousIssues() == 0
                              ? QCoreApplication::translate("ks::cli::Verify", "all intact")
                              : QCoreApplication::translate("ks::cli::Verify", "PROBLEMS FOUND"))
              << "\n";
        for (const VaultIssue &issue : check.issues)
            out() << "  [" << issue.kind << "] " << issue.path << ": " << issue.detail << "\n";
        out().flush();
    }
    return check.seriousIssues() == 0 ? 0 : 1;
}

} // namespace ks
