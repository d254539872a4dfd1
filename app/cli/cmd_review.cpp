// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake review YEAR [--json] [--image OUT.png] [--theme NAME]: 年度回顾.
#include "clicommon.h"

#include "export/exportdata.h"
#include "export/reviewimage.h"
#include "export/themes.h"
#include "library/database.h"
#include "models/yearreview.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace ks {

using cli::err;
using cli::out;

namespace {

void printReview(const YearReview &r)
{
    auto line = [](const QString &text) {
        out() << text << '\n';
    };
    line(QCoreApplication::translate("ks::cli::Review", "Year in review %1").arg(r.year));
    const int memories = r.memories;
    const int photos = r.photos;
    const int words = r.words;
    const int comments = r.comments;
    line(QStringLiteral("  ") +
         QCoreApplication::translate("ks::YearReview", "%n memories", nullptr, memories) +
         QStringLiteral(" · ") + QCoreApplication::translate("ks::YearReview", "%n photos", nullptr, photos) +
         QStringLiteral(" · ") +
         QCoreApplication::translate("ks::YearReview", "%n characters written", nullptr, words) +
         QStringLiteral(" · ") +
         QCoreApplication::translate("ks::YearReview", "%n comments", nullptr, comments));
    auto memory = [&](const char *label, const ReviewMemory &m) {
        if (m.isValid())
            line(QStringLiteral("  %1: %2  %3")
                     .arg(QCoreApplication::translate("ks::cli::Review", label), m.when.left(10), m.excerpt));
    };
    memory(QT_TRANSLATE_NOOP("ks::cli::Review", "First post"), r.first);
    memory(QT_TRANSLATE_NOOP("ks::cli::Review", "Last post"), r.last);
    memory(QT_TRANSLATE_NOOP("ks::cli::Review", "Longest"), r.longest);
    memory(QT_TRANSLATE_NOOP("ks::cli::Review", "Most commented"), r.mostCommented);
    if (r.busiestDay.isValid())
        line(QStringLiteral("  %1: %2 (%3)")
                 .arg(QCoreApplication::translate("ks::cli::Review", "Busiest day"),
                      r.busiestDay.toString(Qt::ISODate))
                 .arg(r.busiestDayCount));
    if (r.busiestMonth)
        line(QStringLiteral("  %1: %2 (%3)")
                 .arg(QCoreApplication::translate("ks::cli::Review", "Busiest month"),
                      QLocale().monthName(r.busiestMonth))
                 .arg(r.busiestMonthCount));
    auto ranking = [&](const char *label, const QList<QPair<QString, int>> &items) {
        if (items.isEmpty())
            return;
        QStringList parts;
        for (const auto &[name, count] : items)
            parts << QStringLiteral("%1 (%2)").arg(name).arg(count);
        line(QStringLiteral("  %1: %2")
                 .arg(QCoreApplication::translate("ks::cli::Review", label),
                      parts.join(QStringLiteral(", "))));
    };
    ranking(QT_TRANSLATE_NOOP("ks::cli::Review", "Commented most"), r.commenters);
    ranking(QT_TRANSLATE_NOOP("ks::cli::Review", "Left the most notes"), r.boardWriters);
    ranking(QT_TRANSLATE_NOOP("ks::cli::Review", "Emoticons"), r.emoticons);
    ranking(QT_TRANSLATE_NOOP("ks::cli::Review", "Places"), r.places);
    out().flush();
}

} // namespace

int runReview(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("year"),
                                 QCoreApplication::translate("ks::cli::Review", "The year."));
    const QCommandLineOption image(
        QStringLiteral("image"),
        QCoreApplication::translate("ks::cli::Review",
                                    "Also write the review as one tall picture (PNG) to share."),
        QStringLiteral("OUT.png"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QCoreApplication::translate("ks::cli::Review", "The picture's look: %1 (default %2).")
            .arg(themeIds().join(QStringLiteral(", ")), defaultThemeId()),
        QStringLiteral("NAME"), defaultThemeId());
    parser.addOptions({image, theme});
    if (const int code =
            cli::parse(parser, arguments,
                       QCoreApplication::translate("ks::cli::Review", "A year in review (年度回顾)."));
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    bool ok = false;
    const int year = args.value(0).toInt(&ok);
    if (args.size() != 1 || !ok || year < 1900 || year > 2200) {
        err() << QCoreApplication::translate(
                     "ks::cli::Review",
                     "usage: keepsake review YEAR [--json] [--image OUT.png] [--theme NAME]")
              << Qt::endl;
        return 2;
    }
    if (!cli::knownTheme(parser.value(theme), QStringLiteral("keepsake review: ")))
        return 2;
    Database db;
    if (!cli::openLibrary(db, parser))
        return 1;
    const YearReview review = readYearReview(db, year);
    if (parser.isSet(cli::jsonOption()))
        out() << cli::compactJson(yearReviewJson(review)) << Qt::endl;
    else
        printReview(review);
    if (parser.isSet(image)) {
        ExportSource source(db);
        const QImage picture = renderYearReview(review, reviewImageOptions(source, parser.value(theme)));
        // Written whole or not at all: a half PNG is never left under the name asked for.
        QSaveFile file(parser.value(image));
        QImageWriter writer(&file, "png");
        if (!file.open(QIODevice::WriteOnly) || !writer.write(picture) || !file.commit()) {
            err() << "keepsake review: "
                  << QCoreApplication::translate("ks::cli::Review", "cannot write %1: %2")
                         .arg(parser.value(image),
                              file.errorString().isEmpty() ? writer.errorString() : file.errorString())
                  << Qt::endl;
            return 1;
        }
        if (!parser.isSet(cli::jsonOption()))
            out() << QCoreApplication::translate("ks::cli::Review", "Wrote %1 (%2×%3)")
                         .arg(QFileInfo(parser.value(image)).absoluteFilePath())
                         .arg(picture.width())
                         .arg(picture.height())
                  << Qt::endl;
    }
    return 0;
}

} // namespace ks
