// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake export html|pdf OUT [--year Y] [--from DATE] [--to DATE] [--tag T] [--person P] [--query Q]
// [--theme classic|paper|dark|contrast] [--force]
#include "cmd_export.h"
#include "clicommon.h"
#include "cliprivacy.h"
#include "cliselection.h"
#include "cmd_archive.h"
#include "cmd_exportphotos.h"
#include "domain/problemtext.h"

#include "export/htmlexporter.h"
#include "export/pdfexporter.h"
#include "export/themes.h"
#include "library/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

namespace ks {

using cli::err;
using cli::out;

namespace cli {

ExportProgress progressLine(const QString &label)
{
    if (!stderrIsTerminal())
        return {};
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer, label](int done, int total, const QString &what) {
        if (timer->elapsed() < 100 && done < total)
            return;
        timer->restart();
        err() << "\r\033[K" << label << ": " << what << ' ' << done << '/' << total << Qt::flush;
    };
}

void endProgressLine()
{
    if (stderrIsTerminal())
        err() << "\r\033[K" << Qt::flush;
}

QJsonObject resultJson(const ExportResult &r, const QString &output)
{
    QJsonObject o;
    o.insert(QStringLiteral("output"), output);
    o.insert(QStringLiteral("ok"), r.ok);
    o.insert(QStringLiteral("memories"), r.memories);
    o.insert(QStringLiteral("pages"), r.pages);
    o.insert(QStringLiteral("photos"), r.photos);
    o.insert(QStringLiteral("unreadable"), r.problems);
    o.insert(QStringLiteral("photo_bytes"), r.photoBytes);
    if (!r.error.isEmpty())
        o.insert(QStringLiteral("error"), r.error);
    return o;
}

int refuseOutput(const QString &command, const QString &output, ExportTarget target, bool force, bool json)
{
    const char *why = nullptr;
    switch (target) {
    case ExportTarget::Free:
    case ExportTarget::EmptyFolder:
        return -1;
    case ExportTarget::NonEmptyFolder:
        if (force)
            return -1;
        why = QT_TRANSLATE_NOOP("ks::cli::Export",
                                "the folder %1 already exists and is not empty; nothing was written. "
                                "Choose an empty or new folder, or add --force to write the site into it "
                                "(files of the same name are overwritten).");
        break;
    case ExportTarget::ExistingFile:
        if (force)
            return -1;
        why = QT_TRANSLATE_NOOP("ks::cli::Export", "the file %1 already exists; nothing was written. "
                                                   "Choose another name, or add --force to overwrite it.");
        break;
    case ExportTarget::WrongKind:
        why = QFileInfo(output).isDir()
                  ? QT_TRANSLATE_NOOP("ks::cli::Export",
                                      "%1 is a folder; give the PDF a file name, like %1/memories.pdf")
                  : QT_TRANSLATE_NOOP("ks::cli::Export", "%1 is a file; the site needs a folder");
        break;
    }
    // The JSON is an open format, in English like the rest of it; the person reads their language.
    if (json)
        out() << compactJson(QJsonObject{{QStringLiteral("output"), output},
                                         {QStringLiteral("ok"), false},
                                         {QStringLiteral("error"), QString::fromUtf8(why).arg(output)}})
              << Qt::endl;
    err() << "keepsake " << command << ": " << QCoreApplication::translate("ks::cli::Export", why).arg(output)
          << Qt::endl;
    return 1;
}

} // namespace cli

int runExport(const QStringList &arguments)
{
    if (cli::isPhotoExport(arguments))
        return cli::runExportPhotos(arguments);
    if (cli::exportFormatOf(arguments) == QLatin1String("archive"))
        return cli::runExportArchive(arguments);
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("format"),
        QCoreApplication::translate("ks::cli::Export", "html (an offline site) or pdf"));
    parser.addPositionalArgument(
        QStringLiteral("out"),
        QCoreApplication::translate("ks::cli::Export", "output folder (html) or .pdf file"));
    const QCommandLineOption title(
        QStringLiteral("title"),
        QCoreApplication::translate("ks::cli::Export", "Title of the site or document."),
        QStringLiteral("TEXT"));
    const QCommandLineOption originals(
        QStringLiteral("originals"),
        QCoreApplication::translate("ks::cli::Export", "html: also copy the original photo files."));
    const QCommandLineOption pageSize(
        QStringLiteral("page-size"),
        QCoreApplication::translate("ks::cli::Export", "pdf: A4 (default), A5 or 16k."),
        QStringLiteral("SIZE"), QStringLiteral("A4"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QCoreApplication::translate("ks::cli::Export", "html: the site's look: %1 (default %2).")
            .arg(themeIds().join(QStringLiteral(", ")), defaultThemeId()),
        QStringLiteral("NAME"), defaultThemeId());
    // Which of the two the help is for is not known yet: one --force, described for both.
    const QCommandLineOption force(
        QStringLiteral("force"),
        QCoreApplication::translate("ks::cli::Export",
                                    "html: write into OUT even when that folder is not empty "
                                    "(files of the same name are replaced, others stay). "
                                    "pdf: replace OUT when that file exists."));
    cli::addSelectionOptions(parser);
    parser.addOptions({title, originals, pageSize, theme, force});
    cli::addPrivacyOptions(parser);
    if (const int code = cli::parse(
            parser, arguments,
            QCoreApplication::translate(
                "ks::cli::Export", "Export memories as an offline HTML site or a PDF.\n"
                                   "OUT must be a new or empty folder (html) or a new file (pdf); without "
                                   "--force an existing one is left alone and the command exits with 1."));
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || (args.at(0) != QLatin1String("html") && args.at(0) != QLatin1String("pdf"))) {
        err() << QCoreApplication::translate("ks::cli::Export",
                                             "usage: keepsake export html|pdf OUT [--year Y] [--from DATE] "
                                             "[--to DATE] [--tag T] [--person P] [--query Q] [--force] "
                                             "[--library DIR]")
              << Qt::endl;
        return 2;
    }
    ExportSelection selection;
    if (!cli::selectionFromOptions(parser, QStringLiteral("keepsake export: "), &selection))
        return 2;
    selection.privacy = cli::privacyOptions(parser);
    BookPaper paper = BookPaper::A4;
    if (!bookPaperFromName(parser.value(pageSize), &paper)) {
        err() << "keepsake export: "
              << QCoreApplication::translate("ks::cli::Export", "--page-size must be A4, A5 or 16k")
              << Qt::endl;
        return 2;
    }
    if (!cli::knownTheme(parser.value(theme), QStringLiteral("keepsake export: ")))
        return 2;

    const QString output = args.at(1);
    const bool site = args.at(0) == QLatin1String("html");
    if (const int code = cli::refuseOutput(QStringLiteral("export"), output,
                                           site ? siteTarget(output) : fileTarget(output),
                                           parser.isSet(force), parser.isSet(QStringLiteral("json")));
        code >= 0)
        return code;

    Database db;
    if (!cli::openLibrary(db, parser))
        return 1;
    ExportResult result;
    const QString heading = parser.value(title).isEmpty() ? selection.describe() : parser.value(title);
    if (args.at(0) == QLatin1String("html")) {
        HtmlExportOptions options;
        options.outputDir = output;
        options.title = parser.value(title);
        options.includeOriginals = parser.isSet(originals);
        options.theme = parser.value(theme).toLower();
        HtmlExporter exporter(db, options);
        exporter.setProgressCallback(
            cli::progressLine(QCoreApplication::translate("ks::cli::Export", "export")));
        result = exporter.exportSelection(selection);
    } else {
        PdfExporter exporter(
            db,
            heading.isEmpty() ? QCoreApplication::translate("ks::cli::Export", "QQ Space memories") : heading,
            paper);
        exporter.setProgressCallback(
            cli::progressLine(QCoreApplication::translate("ks::cli::Export", "export")));
        result = exporter.exportSelection(selection, output);
    }
    cli::endProgressLine();
    if (parser.isSet(QStringLiteral("json")))
        out() << cli::compactJson(cli::resultJson(result, output)) << Qt::endl;
    if (!result.ok) {
        err() << "keepsake export: "
              << (result.error.isEmpty() ? QCoreApplication::translate("ks::cli::Export", "failed")
                                         : problemtext::translated(result.error))
              << Qt::endl;
        return 1;
    }
    if (!parser.isSet(QStringLiteral("json"))) {
        const int memories = result.memories;
        const int photos = result.photos;
        const int pages = result.pages;
        out() << QCoreApplication::translate("ks::cli::Export", "Exported %1, %2, %3 to %4")
                     .arg(QCoreApplication::translate("ks::cli::Export", "%n memories", nullptr, memories),
                          QCoreApplication::translate("ks::cli::Export", "%n photos", nullptr, photos),
                          site ? QCoreApplication::translate("ks::cli::Export", "%n pages", nullptr, pages)
                               : QCoreApplication::translate("ks::cli::Export", "%n PDF pages", nullptr,
                                                             pages),
                          output)
              << Qt::endl;
    }
    for (const QString &w : std::as_const(result.warnings))
        err() << QCoreApplication::translate("ks::cli", "warning: %1").arg(w) << Qt::endl;
    return 0;
}

} // namespace ks
