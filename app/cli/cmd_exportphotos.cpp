// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake export photos OUT [--year Y] [--from DATE] [--to DATE] [--tag T] [--person P]
// [--query Q] [--layout album|month|flat]: copies of the photos with their dates and words.
#include "cmd_exportphotos.h"

#include "cancelsignals.h"
#include "clicommon.h"
#include "cliprivacy.h"
#include "cliselection.h"
#include "cmd_export.h"
#include "domain/problemtext.h"

#include "export/photoexport.h"
#include "library/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace ks::cli {

namespace {

QString isoDate(const PhotoExportItem &item)
{
    if (!item.meta.date.isValid())
        return QString();
    // A camera's clock is in no known zone: as `keepsake list` shows it ("taken"), without one.
    return item.meta.zoneKnown ? item.meta.date.toString(Qt::ISODate)
                               : item.meta.date.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QJsonObject fileJson(const PhotoExportFile &file, const QString &output)
{
    const PhotoExportItem &item = *file.item;
    const QDir root(output);
    QJsonObject o{{QStringLiteral("path"), root.relativeFilePath(file.path)},
                  {QStringLiteral("sha256"), item.sha256},
                  {QStringLiteral("memory"), item.memoryKey},
                  {QStringLiteral("date_source"), photoDateSourceName(item.dateSource)}};
    o.insert(QStringLiteral("date"), item.meta.date.isValid() ? QJsonValue(isoDate(item)) : QJsonValue());
    o.insert(QStringLiteral("sidecar"),
             file.sidecar.isEmpty() ? QJsonValue() : QJsonValue(root.relativeFilePath(file.sidecar)));
    return o;
}

} // namespace

bool isPhotoExport(const QStringList &arguments)
{
    return exportFormatOf(arguments) == QLatin1String("photos");
}

QString exportFormatOf(const QStringList &arguments)
{
    // The options of `keepsake export` that take a value, so their values are not the format.
    static const QStringList withValue{
        QStringLiteral("--library"),   QStringLiteral("-l"),      QStringLiteral("--year"),
        QStringLiteral("--from"),      QStringLiteral("--to"),    QStringLiteral("--tag"),
        QStringLiteral("--person"),    QStringLiteral("--query"), QStringLiteral("--title"),
        QStringLiteral("--page-size"), QStringLiteral("--theme"), QStringLiteral("--layout")};
    for (int i = 2; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (withValue.contains(arg)) {
            ++i;
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-')))
            return arg;
    }
    return QString();
}

int runExportPhotos(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("photos"),
                                 QCoreApplication::translate("ks::cli::ExportPhotos", "the word photos"));
    parser.addPositionalArgument(
        QStringLiteral("out"), QCoreApplication::translate("ks::cli::ExportPhotos",
                                                           "the folder the copies go to (made when needed)"));
    const QCommandLineOption layout(
        QStringLiteral("layout"),
        QCoreApplication::translate(
            "ks::cli::ExportPhotos",
            "album: a folder per album (else per year); month: a folder per month; flat: one folder."),
        QStringLiteral("album|month|flat"), QStringLiteral("album"));
    cli::addSelectionOptions(parser);
    parser.addOptions({layout});
    cli::addPrivacyOptions(parser);
    if (const int code = parse(
            parser, arguments,
            QCoreApplication::translate(
                "ks::cli::ExportPhotos",
                "Copy the photos out of the library as files that carry their date and words.\n"
                "JPEGs get the date (EXIF DateTimeOriginal, unless the camera wrote one), the text of the "
                "post or photo and the album in their EXIF; PNG, GIF and other pictures are copied unchanged "
                "with an .xmp file beside them. Each file's modification time is its date. Existing files "
                "are never replaced, and the library is only read."));
        code >= 0)
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    const QStringList args = parser.positionalArguments();
    const QString usage = QCoreApplication::translate(
        "ks::cli::ExportPhotos",
        "usage: keepsake export photos OUT [--year Y] [--from DATE] [--to DATE] [--tag T] "
        "[--person P] [--query Q] [--layout album|month|flat] [--library DIR]");
    if (args.size() != 2 || args.at(0) != QLatin1String("photos")) {
        err() << usage << Qt::endl;
        return 2;
    }
    ExportSelection selection;
    if (!cli::selectionFromOptions(parser, QStringLiteral("keepsake export photos: "), &selection))
        return 2;
    selection.privacy = cli::privacyOptions(parser);
    PhotoExportOptions options;
    options.outputDir = QDir(args.at(1)).absolutePath();
    if (!photoLayoutFromName(parser.value(layout), &options.layout)) {
        err() << "keepsake export photos: "
              << QCoreApplication::translate("ks::cli::ExportPhotos", "--layout must be album, month or flat")
              << Qt::endl;
        return 2;
    }
    if (QFileInfo(options.outputDir).exists() && !QFileInfo(options.outputDir).isDir()) {
        err() << "keepsake export photos: "
              << QCoreApplication::translate("ks::cli::ExportPhotos",
                                             "%1 is a file; the photos need a folder")
                     .arg(QDir::toNativeSeparators(args.at(1)))
              << Qt::endl;
        return 1;
    }

    Database db;
    if (!openLibrary(db, parser))
        return 1;
    const CancelOnSignals stopSignals; // from here on, Ctrl-C and SIGTERM cancel
    PhotoExporter exporter(db, options);
    exporter.setProgressCallback(
        progressLine(QCoreApplication::translate("ks::cli::ExportPhotos", "export photos")));
    exporter.setCancelFlag(stopSignals.flag());
    const ExportResult result = exporter.exportSelection(selection);
    endProgressLine();

    if (json) {
        QJsonObject o{{QStringLiteral("output"), options.outputDir},
                      {QStringLiteral("ok"), result.ok && !result.cancelled && exporter.failures().isEmpty()},
                      {QStringLiteral("cancelled"), result.cancelled},
                      {QStringLiteral("memories"), result.memories},
                      {QStringLiteral("photos"), result.photos},
                      {QStringLiteral("failed"), result.problems},
                      {QStringLiteral("skipped"), int(exporter.skipped().size())}};
        QJsonArray files;
        for (const PhotoExportFile &file : exporter.files())
            files.append(fileJson(file, options.outputDir));
        o.insert(QStringLiteral("files"), files);
        o.insert(QStringLiteral("failures"), QJsonArray::fromStringList(exporter.failures()));
        o.insert(QStringLiteral("skipped_photos"), QJsonArray::fromStringList(exporter.skipped()));
        if (!result.error.isEmpty())
            o.insert(QStringLiteral("error"), result.error);
        out() << compactJson(o) << Qt::endl;
    }
    if (!result.ok) {
        err() << "keepsake export photos: " << problemtext::translated(result.error) << Qt::endl;
        return 1;
    }
    for (const QString &failure : exporter.failures())
        err() << QCoreApplication::translate("ks::cli::ExportPhotos", "not exported: %1").arg(failure)
              << Qt::endl;
    for (const QString &skipped : exporter.skipped())
        err() << QCoreApplication::translate("ks::cli::ExportPhotos", "skipped: %1").arg(skipped) << Qt::endl;
    if (!json) {
        out() << QCoreApplication::translate("ks::cli::ExportPhotos", "%n photos exported to %1.", nullptr,
                                             result.photos)
                     .arg(QDir::toNativeSeparators(options.outputDir))
              << Qt::endl;
    }
    if (!exporter.failures().isEmpty())
        err() << QCoreApplication::translate("ks::cli::ExportPhotos",
                                             "%n photos could not be exported (named above).", nullptr,
                                             int(exporter.failures().size()))
              << Qt::endl;
    if (!exporter.skipped().isEmpty())
        err() << QCoreApplication::translate(
                     "ks::cli::ExportPhotos",
                     "%n photos skipped: never in the library (see keepsake problems).", nullptr,
                     int(exporter.skipped().size()))
              << Qt::endl;
    if (result.cancelled) {
        err() << QCoreApplication::translate("ks::cli::ExportPhotos",
                                             "Stopped: the photos written so far are complete.")
              << Qt::endl;
        return stopSignals.exitCode(1);
    }
    return exporter.failures().isEmpty() ? 0 : 1;
}

} // namespace ks::cli
