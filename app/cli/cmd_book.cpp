// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake book YEAR OUT.pdf [--page-size A4|A5|16k] [--tag T] [--title TEXT] [--margin MM] [--bleed MM]
// [--style paper|classic|plain] [--month-per-page] [--force]
#include "clicommon.h"
#include "cliprivacy.h"
#include "cmd_export.h"
#include "domain/problemtext.h"

#include "export/bookexporter.h"
#include "export/themes.h"
#include "library/database.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ks {

namespace {

ExportSelection withPrivacy(ExportSelection selection, const QCommandLineParser &parser)
{
    selection.privacy = cli::privacyOptions(parser);
    return selection;
}

} // namespace

using cli::err;
using cli::out;

int runBook(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("year"),
                                 QCoreApplication::translate("ks::cli::Book", "the year of the book"));
    parser.addPositionalArgument(QStringLiteral("out"),
                                 QCoreApplication::translate("ks::cli::Book", "the PDF to write"));
    const QCommandLineOption pageSize(
        QStringLiteral("page-size"),
        QCoreApplication::translate("ks::cli::Book", "A4 (default), A5 or 16k (185×260 mm)."),
        QStringLiteral("SIZE"), QStringLiteral("A4"));
    const QCommandLineOption tag(
        QStringLiteral("tag"),
        QCoreApplication::translate("ks::cli::Book", "Only memories with this tag (or below it)."),
        QStringLiteral("T"));
    const QCommandLineOption title(QStringLiteral("title"),
                                   QCoreApplication::translate("ks::cli::Book", "Title on the cover."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption margin(
        QStringLiteral("margin"),
        QCoreApplication::translate("ks::cli::Book", "Margin in millimetres (default 18)."),
        QStringLiteral("MM"), QStringLiteral("18"));
    const QCommandLineOption bleed(
        QStringLiteral("bleed"),
        QCoreApplication::translate("ks::cli::Book",
                                    "Bleed in millimetres around each page, for a print shop (default 0)."),
        QStringLiteral("MM"), QStringLiteral("0"));
    const QCommandLineOption style(
        QStringLiteral("style"),
        QCoreApplication::translate("ks::cli::Book", "The book's look: %1 (default %2).")
            .arg(bookStyleIds().join(QStringLiteral(", ")), bookStyleIds().first()),
        QStringLiteral("NAME"), bookStyleIds().first());
    const QCommandLineOption monthPerPage(
        QStringLiteral("month-per-page"),
        QCoreApplication::translate(
            "ks::cli::Book", "Start every month on a new page (by default short months share a page)."));
    const QCommandLineOption force(
        QStringLiteral("force"),
        QCoreApplication::translate("ks::cli::Book", "Replace OUT.pdf when that file already exists."));
    const QCommandLineOption person(
        QStringLiteral("person"),
        QCoreApplication::translate(
            "ks::cli::Book", "Instead of a year: 我们的故事, every memory this person (name, remark or QQ "
                             "number) took part in: keepsake book --person P OUT.pdf."),
        QStringLiteral("P"));
    const QCommandLineOption noReview(
        QStringLiteral("no-review"),
        QCoreApplication::translate("ks::cli::Book",
                                    "Leave out the year in review at the front of a year's book."));
    parser.addOptions({pageSize, tag, title, margin, bleed, style, monthPerPage, force, person, noReview});
    cli::addPrivacyOptions(parser);
    if (const int code = cli::parse(parser, arguments,
                                    QCoreApplication::translate("ks::cli::Book",
                                                                "Make a printable memory book of one year.\n"
                                                                "Without --force an existing OUT.pdf is left "
                                                                "alone and the command exits with 1."));
        code >= 0)
        return code;
    QStringList args = parser.positionalArguments();
    const QString story = parser.value(person).trimmed();
    if (!story.isEmpty() && args.size() == 1)
        args.prepend(QString()); // no year: OUT.pdf is the only argument
    bool yearOk = story.isEmpty() ? false : args.value(0).isEmpty();
    const int year = story.isEmpty() ? args.value(0).toInt(&yearOk) : 0;
    if (args.size() != 2 || !yearOk || (story.isEmpty() && (year < 1900 || year > 2200))) {
        err() << QCoreApplication::translate(
                     "ks::cli::Book", "usage: keepsake book YEAR OUT.pdf [--page-size A4|A5|16k] [--tag T] "
                                      "[--force] [--library DIR]")
              << "\n       keepsake book --person P OUT.pdf [options]" << Qt::endl;
        return 2;
    }
    BookOptions options;
    if (!bookPaperFromName(parser.value(pageSize), &options.paper)) {
        err() << "keepsake book: "
              << QCoreApplication::translate("ks::cli::Book", "--page-size must be A4, A5 or 16k")
              << Qt::endl;
        return 2;
    }
    bool ok1 = false;
    bool ok2 = false;
    options.marginMm = parser.value(margin).toDouble(&ok1);
    options.bleedMm = parser.value(bleed).toDouble(&ok2);
    if (!ok1 || !ok2 || options.marginMm < 5 || options.marginMm > 60 || options.bleedMm < 0 ||
        options.bleedMm > 10) {
        err() << "keepsake book: "
              << QCoreApplication::translate("ks::cli::Book", "--margin must be 5–60 mm and --bleed 0–10 mm")
              << Qt::endl;
        return 2;
    }
    options.title = parser.value(title);
    options.monthPerPage = parser.isSet(monthPerPage);
    options.yearReview = !parser.isSet(noReview);
    if (!isBookStyleId(parser.value(style))) {
        err() << "keepsake book: "
              << QCoreApplication::translate("ks::cli::Book", "--style must be one of %1")
                     .arg(bookStyleIds().join(QStringLiteral(", ")))
              << Qt::endl;
        return 2;
    }
    options.style = parser.value(style).toLower();
    if (const int code = cli::refuseOutput(QStringLiteral("book"), args.at(1), fileTarget(args.at(1)),
                                           parser.isSet(force), parser.isSet(QStringLiteral("json")));
        code >= 0)
        return code;
    Database db;
    if (!cli::openLibrary(db, parser))
        return 1;
    ExportSelection selection;
    if (story.isEmpty()) {
        BookExporter::defaultTitles(db, year, &options);
        selection = BookExporter::yearSelection(year, parser.value(tag));
    } else {
        BookExporter::personTitles(db, story, &options, cli::privacyOptions(parser));
        selection = BookExporter::personSelection(story);
        selection.tag = parser.value(tag);
    }
    BookExporter exporter(db, options);
    exporter.setProgressCallback(
        cli::progressLine(QCoreApplication::translate("ks::cli::Book", "memory book")));
    const ExportResult result = exporter.exportPdf(withPrivacy(selection, parser), args.at(1));
    cli::endProgressLine();
    if (parser.isSet(QStringLiteral("json")))
        out() << cli::compactJson(cli::resultJson(result, args.at(1))) << Qt::endl;
    if (!result.ok) {
        err() << "keepsake book: "
              << (result.error.isEmpty() ? QCoreApplication::translate("ks::cli::Book", "failed")
                                         : problemtext::translated(result.error))
              << Qt::endl;
        return 1;
    }
    if (!parser.isSet(QStringLiteral("json"))) {
        const int pages = result.pages;
        const int memories = result.memories;
        const int photos = result.photos;
        out() << QCoreApplication::translate("ks::cli::Book", "Wrote %1: %2, %3, %4")
                     .arg(args.at(1),
                          QCoreApplication::translate("ks::cli::Book", "%n pages", nullptr, pages),
                          QCoreApplication::translate("ks::cli::Book", "%n memories", nullptr, memories),
                          QCoreApplication::translate("ks::cli::Book", "%n photos", nullptr, photos))
              << Qt::endl;
    }
    for (const QString &w : std::as_const(result.warnings))
        err() << QCoreApplication::translate("ks::cli", "warning: %1").arg(w) << Qt::endl;
    return 0;
}

} // namespace ks
