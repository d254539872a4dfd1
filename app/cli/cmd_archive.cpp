// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake export archive OUT …: a BagIt bag (RFC 8493) that outlives the app.
// keepsake verify-archive OUT: is every file of such a bag (any bag) there and unchanged?
#include "cmd_archive.h"

#include "cancelsignals.h"
#include "clicommon.h"
#include "cliselection.h"
#include "cmd_export.h"

#include "export/archiveexporter.h"
#include "export/themes.h"
#include "library/database.h"
#include "util/bagit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace ks {

namespace {

void printJsonError(const QString &output, const QString &why)
{
    cli::out() << cli::compactJson(QJsonObject{{QStringLiteral("output"), output},
                                               {QStringLiteral("ok"), false},
                                               {QStringLiteral("error"), why}})
               << Qt::endl;
}

} // namespace

namespace cli {

int runExportArchive(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("archive"),
                                 QCoreApplication::translate("ks::cli::Archive", "the word archive"));
    parser.addPositionalArgument(
        QStringLiteral("out"),
        QCoreApplication::translate("ks::cli::Archive", "the folder the archive becomes (new or empty)"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QCoreApplication::translate("ks::cli::Archive", "The look of the web site inside: %1 (default %2).")
            .arg(themeIds().join(QStringLiteral(", ")), defaultThemeId()),
        QStringLiteral("NAME"), defaultThemeId());
    const QCommandLineOption force(
        QStringLiteral("force"),
        QCoreApplication::translate(
            "ks::cli::Archive",
            "Replace an earlier archive at OUT (a folder of anything else is never replaced)."));
    cli::addSelectionOptions(parser);
    parser.addOptions({theme, force});
    if (const int code = parse(
            parser, arguments,
            QCoreApplication::translate(
                "ks::cli::Archive",
                "Write an archive that outlives Keepsake: a BagIt bag (RFC 8493) holding an offline web "
                "site, "
                "every memory with its comments and tags as JSON lines, the untouched source records and "
                "every "
                "original file, each with its SHA-256 in the bag's manifest. It opens in a browser with no "
                "program, keepsake verify-archive checks it, and keepsake import reads it back.\n"
                "The archive is written beside OUT and renamed at the end; an existing OUT that is not empty "
                "is "
                "left alone (exit 1) unless --force replaces an earlier archive there."));
        code >= 0)
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    const QStringList args = parser.positionalArguments();
    const QString command = QStringLiteral("keepsake export archive: ");
    if (args.size() != 2 || args.at(0) != QLatin1String("archive")) {
        err() << QCoreApplication::translate(
                     "ks::cli::Archive", "usage: keepsake export archive OUT [--year Y] [--from DATE] [--to "
                                         "DATE] [--tag T] [--person P] [--query Q] [--force] [--json] "
                                         "[--library DIR]")
              << Qt::endl;
        return 2;
    }
    ExportSelection selection;
    if (!cli::selectionFromOptions(parser, command, &selection))
        return 2;
    if (!cli::knownTheme(parser.value(theme), command))
        return 2;

    const QString output = QDir(args.at(1)).absolutePath();
    const QString shown = QDir::toNativeSeparators(args.at(1));
    QString refused;
    switch (archiveTarget(output)) {
    case ExportTarget::Free:
    case ExportTarget::EmptyFolder:
        break;
    case ExportTarget::NonEmptyFolder:
        if (!parser.isSet(force))
            refused =
                QCoreApplication::translate("ks::cli::Archive",
                                            "%1 already holds an archive; nothing was written. Choose a new "
                                            "folder, or add --force to replace that archive.")
                    .arg(shown);
        break;
    default:
        refused =
            QFileInfo(output).isDir()
                ? QCoreApplication::translate(
                      "ks::cli::Archive", "the folder %1 is not empty; nothing was written. Choose an "
                                          "empty or new folder (--force replaces only an earlier archive).")
                      .arg(shown)
                : QCoreApplication::translate("ks::cli::Archive", "%1 is a file; the archive needs a folder")
                      .arg(shown);
        break;
    }
    if (!refused.isEmpty()) {
        if (json)
            printJsonError(output, refused);
        err() << command << refused << Qt::endl;
        return 1;
    }

    Database db;
    if (!openLibrary(db, parser))
        return 1;
    const CancelOnSignals stopSignals; // from here on, Ctrl-C and SIGTERM cancel
    ArchiveExportOptions options;
    options.outputDir = output;
    options.replace = parser.isSet(force);
    options.theme = parser.value(theme).toLower();
    ArchiveExporter exporter(db, options);
    exporter.setProgressCallback(progressLine(QCoreApplication::translate("ks::cli::Archive", "archive")));
    exporter.setCancelFlag(stopSignals.flag());
    const ExportResult result = exporter.exportSelection(selection);
    endProgressLine();

    const bool complete = result.ok && exporter.failures().isEmpty();
    if (json) {
        QJsonObject o{{QStringLiteral("output"), output},
                      {QStringLiteral("ok"), complete},
                      {QStringLiteral("written"), result.ok},
                      {QStringLiteral("cancelled"), result.cancelled},
                      {QStringLiteral("memories"), result.memories},
                      {QStringLiteral("photos"), result.photos},
                      {QStringLiteral("comments"), exporter.comments()},
                      {QStringLiteral("pages"), result.pages},
                      {QStringLiteral("payload_files"), exporter.payloadFiles()},
                      {QStringLiteral("payload_bytes"), exporter.payloadBytes()},
                      {QStringLiteral("failures"), QJsonArray::fromStringList(exporter.failures())}};
        if (!result.error.isEmpty())
            o.insert(QStringLiteral("error"), result.error);
        out() << compactJson(o) << Qt::endl;
    }
    if (result.cancelled) {
        err() << command
              << QCoreApplication::translate("ks::cli::Archive", "stopped; nothing was written to %1.")
                     .arg(shown)
              << Qt::endl;
        return stopSignals.exitCode(1);
    }
    if (!result.ok) {
        err() << command << result.error << Qt::endl;
        err() << command
              << QCoreApplication::translate("ks::cli::Archive", "nothing was written to %1.").arg(shown)
              << Qt::endl;
        return 1;
    }
    for (const QString &failure : exporter.failures())
        err() << QCoreApplication::translate("ks::cli::Archive", "left out: %1").arg(failure) << Qt::endl;
    if (!json) {
        const int memories = result.memories;
        const int files = int(exporter.payloadFiles());
        out() << QCoreApplication::translate("ks::cli::Archive", "%n memories archived to %1", nullptr,
                                             memories)
                     .arg(shown)
              << QCoreApplication::translate("ks::cli::Archive", " (%n files, %1 bytes).", nullptr, files)
                     .arg(exporter.payloadBytes())
              << Qt::endl;
    }
    if (!exporter.failures().isEmpty()) {
        const int failed = int(exporter.failures().size());
        err() << QCoreApplication::translate("ks::cli::Archive",
                                             "%n files could not go into the archive (named above): it is "
                                             "incomplete.",
                                             nullptr, failed)
              << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace cli

int runVerifyArchive(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("archive"),
        QCoreApplication::translate("ks::cli::Archive", "the archive's folder (a BagIt bag)"));
    if (const int code = cli::parse(
            parser, arguments,
            QCoreApplication::translate(
                "ks::cli::Archive",
                "Check an archive (any BagIt bag): bagit.txt, every line of manifest-sha256.txt and "
                "tagmanifest-sha256.txt (the file is there and has that SHA-256), payload files the manifest "
                "does not list, and Payload-Oxum. Prints what changed, by path; exit 0 when the archive is "
                "valid, 1 when not. Only reads."));
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        cli::err() << QCoreApplication::translate("ks::cli::Archive",
                                                  "usage: keepsake verify-archive OUT [--json]")
                   << Qt::endl;
        return 2;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool tty = !json && cli::stderrIsTerminal();
    const QString shown = QDir::toNativeSeparators(args.at(0));
    const cli::CancelOnSignals stopSignals;
    const bagit::Verification v = bagit::verify(
        args.at(0),
        [&](int done, int total) {
            if (tty && (done % 100 == 0 || done == total))
                cli::err() << "\r\033[K"
                           << QCoreApplication::translate("ks::cli::Archive", "checked %1 of %2 files")
                                  .arg(done)
                                  .arg(total)
                           << Qt::flush;
        },
        stopSignals.flag());
    if (tty)
        cli::err() << "\r\033[K" << Qt::flush;
    const QString actualOxum = bagit::payloadOxum(v.payloadBytes, v.payloadFiles);
    if (json) {
        cli::out() << cli::compactJson(
                          QJsonObject{{QStringLiteral("archive"), QFileInfo(args.at(0)).absoluteFilePath()},
                                      {QStringLiteral("valid"), v.valid()},
                                      {QStringLiteral("cancelled"), v.cancelled},
                                      {QStringLiteral("checked"), v.checked},
                                      {QStringLiteral("payload_files"), v.payloadFiles},
                                      {QStringLiteral("payload_bytes"), v.payloadBytes},
                                      {QStringLiteral("payload_oxum"),
                                       QJsonObject{{QStringLiteral("expected"), v.oxumExpected},
                                                   {QStringLiteral("actual"), actualOxum},
                                                   {QStringLiteral("matches"), v.oxumMatches}}},
                                      {QStringLiteral("changed"), QJsonArray::fromStringList(v.changed)},
                                      {QStringLiteral("missing"), QJsonArray::fromStringList(v.missing)},
                                      {QStringLiteral("unlisted"), QJsonArray::fromStringList(v.unlisted)},
                                      {QStringLiteral("errors"), QJsonArray::fromStringList(v.errors)}})
                   << Qt::endl;
    } else {
        QTextStream &o = cli::out();
        if (v.valid()) {
            o << QCoreApplication::translate(
                     "ks::cli::Archive", "%1 is a valid archive: %2 files checked, Payload-Oxum %3 matches.")
                     .arg(shown)
                     .arg(v.checked)
                     .arg(actualOxum)
              << '\n';
        } else if (!v.cancelled) {
            o << QCoreApplication::translate("ks::cli::Archive", "%1 is NOT a valid archive:").arg(shown)
              << '\n';
            for (const QString &e : v.errors)
                o << "  " << e << '\n';
            for (const QString &path : v.changed)
                o << "  " << QCoreApplication::translate("ks::cli::Archive", "changed: %1").arg(path) << '\n';
            for (const QString &path : v.missing)
                o << "  " << QCoreApplication::translate("ks::cli::Archive", "missing: %1").arg(path) << '\n';
            for (const QString &path : v.unlisted)
                o << "  "
                  << QCoreApplication::translate("ks::cli::Archive", "not in the manifest: %1").arg(path)
                  << '\n';
            if (!v.oxumMatches)
                o << "  "
                  << QCoreApplication::translate("ks::cli::Archive",
                                                 "Payload-Oxum says %1 (bytes.files), the payload holds %2")
                         .arg(v.oxumExpected, actualOxum)
                  << '\n';
        }
        o.flush();
    }
    if (v.cancelled) {
        cli::err() << QCoreApplication::translate("ks::cli::Archive", "keepsake verify-archive: stopped.")
                   << Qt::endl;
        return stopSignals.exitCode(1);
    }
    return v.valid() ? 0 : 1;
}

} // namespace ks
