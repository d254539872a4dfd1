// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake date set KEY… DATETIME | shift KEY… --by OFFSET | camera KEY… | undo | show KEY…
#include "clicommon.h"

#include "library/database.h"
#include "service/datecorrection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

namespace ks {

using cli::err;
using cli::out;

namespace {

int usageError(const QString &message)
{
    err() << "keepsake date: " << message << '\n'
          << QCoreApplication::translate(
                 "ks::cli::Date", "usage: keepsake date set KEY… DATETIME   (2012-06-07, \"2012-06-07 "
                                  "21:15\", 2012-06-07T21:15+08:00)\n"
                                  "       keepsake date shift KEY… --by OFFSET   (+1y, -8h, \"+1 year 2 "
                                  "months\", +3天)\n"
                                  "       keepsake date camera KEY…   (the date the photo's camera wrote)\n"
                                  "       keepsake date undo   |   keepsake date show KEY…")
          << Qt::endl;
    return 2;
}

QString shown(const std::optional<qint64> &created, int offset)
{
    if (!created)
        return QCoreApplication::translate("ks::cli::Date", "no date");
    return QDateTime::fromSecsSinceEpoch(*created, QTimeZone(offset)).toString(Qt::ISODate);
}

int report(const DateCorrectionResult &r, const char *what, bool json)
{
    if (json) {
        QJsonObject o{
            {QStringLiteral("ok"), r.ok && r.error.isEmpty()},  {QStringLiteral("changed"), r.changed},
            {QStringLiteral("unchanged"), r.unchanged},         {QStringLiteral("undated"), r.undated},
            {QStringLiteral("no_camera_date"), r.noCameraDate}, {QStringLiteral("batch"), r.batch}};
        if (!r.error.isEmpty())
            o.insert(QStringLiteral("error"), r.error);
        out() << cli::compactJson(o) << Qt::endl;
    }
    if (!r.error.isEmpty())
        err() << "keepsake date " << what << ": " << r.error << Qt::endl;
    if (!r.ok)
        return 1;
    if (!json) {
        const int changed = r.changed;
        out() << (QLatin1String(what) == QLatin1String("undo")
                      ? QCoreApplication::translate("ks::cli::Date", "Put back the date of %n memories.",
                                                    nullptr, changed)
                      : QCoreApplication::translate("ks::cli::Date", "Changed the date of %n memories.",
                                                    nullptr, changed));
        const int unchanged = r.unchanged;
        if (unchanged > 0)
            out() << ' '
                  << QCoreApplication::translate("ks::cli::Date", "%n memories already had that date.",
                                                 nullptr, unchanged);
        out() << Qt::endl;
        const int undated = r.undated;
        if (undated > 0)
            err() << QCoreApplication::translate(
                         "ks::cli::Date",
                         "Not shifted, as they have no date: %n memories. Set a date instead.", nullptr,
                         undated)
                  << Qt::endl;
        const int noCamera = r.noCameraDate;
        if (noCamera > 0)
            err() << QCoreApplication::translate(
                         "ks::cli::Date",
                         "Left as they were, with no photo that carries a camera date: %n memories.", nullptr,
                         noCamera)
                  << Qt::endl;
    }
    return r.error.isEmpty() ? 0 : 1;
}

int showDates(DateCorrection &dates, const QList<qint64> &ids, bool json)
{
    for (qint64 id : ids) {
        const std::optional<MemoryDate> date = dates.dateOf(id);
        if (!date)
            continue;
        const std::optional<OriginalDate> &original = date->original;
        if (json) {
            QJsonObject o{
                {QStringLiteral("key"), date->key},
                {QStringLiteral("created"),
                 date->created ? QJsonValue(shown(date->created, date->utcOffsetSeconds)) : QJsonValue()},
                {QStringLiteral("corrected"), bool(original)}};
            if (original)
                o.insert(QStringLiteral("original_created"),
                         original->created ? QJsonValue(shown(original->created, original->utcOffsetSeconds))
                                           : QJsonValue());
            out() << cli::compactJson(o) << '\n';
        } else {
            out() << date->key << "  " << shown(date->created, date->utcOffsetSeconds);
            if (original)
                out() << "  "
                      << QCoreApplication::translate("ks::cli::Date", "(corrected; originally %1)")
                             .arg(shown(original->created, original->utcOffsetSeconds));
            out() << '\n';
        }
    }
    out().flush();
    return 0;
}

} // namespace

int runDate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("ks::cli::Date", "set, shift, camera, undo or show."));
    parser.addPositionalArgument(
        QStringLiteral("keys"),
        QCoreApplication::translate("ks::cli::Date", "Memory keys, as `keepsake list --json` prints them."),
        QStringLiteral("[KEY…]"));
    const QCommandLineOption by(
        QStringList{QStringLiteral("by")},
        QCoreApplication::translate("ks::cli::Date",
                                    "How far to shift: +1y, -8h, \"+1 year 2 months\", +3天."),
        QStringLiteral("OFFSET"));
    parser.addOption(by);
    if (const int code = cli::parse(
            parser, arguments,
            QCoreApplication::translate("ks::cli::Date", "Put the dates of memories right, with undo."));
        code >= 0)
        return code;
    const bool json = parser.isSet(cli::jsonOption());
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(
            QCoreApplication::translate("ks::cli::Date", "say what to do: set, shift, camera, undo or show"));
    const QString action = args.takeFirst();
    const QStringList known{QStringLiteral("set"), QStringLiteral("shift"), QStringLiteral("camera"),
                            QStringLiteral("undo"), QStringLiteral("show")};
    if (!known.contains(action))
        return usageError(QCoreApplication::translate("ks::cli::Date", "unknown action '%1'").arg(action));

    std::optional<DateSetting> setting;
    std::optional<DateShift> shift;
    if (action == QLatin1String("set")) {
        if (args.size() < 2)
            return usageError(
                QCoreApplication::translate("ks::cli::Date", "give one or more keys and then the date"));
        setting = parseDateSetting(args.takeLast());
        if (!setting)
            return usageError(QCoreApplication::translate(
                "ks::cli::Date",
                "the date is not one Keepsake can read, like 2012-06-07 or \"2012-06-07 21:15\""));
    } else if (action == QLatin1String("shift")) {
        if (!parser.isSet(by))
            return usageError(QCoreApplication::translate(
                "ks::cli::Date", "say how far with --by, like --by +1y or --by -8h"));
        shift = parseDateShift(parser.value(by));
        if (!shift)
            return usageError(QCoreApplication::translate(
                "ks::cli::Date",
                "the offset is not one Keepsake can read, like +1y, -8h or \"+1 year 2 months\""));
    }
    if (action == QLatin1String("undo") ? !args.isEmpty() : args.isEmpty())
        return usageError(action == QLatin1String("undo")
                              ? QCoreApplication::translate("ks::cli::Date", "undo takes no keys")
                              : QCoreApplication::translate("ks::cli::Date", "give one or more keys"));

    Database db;
    if (!cli::openLibrary(db, parser))
        return 1;
    DateCorrection dates(db);
    QStringList unknown;
    const QList<qint64> ids = dates.memoriesWithKeys(args, &unknown);
    if (!unknown.isEmpty()) {
        // Nothing changes when one key is wrong: a typo must not leave half the dates moved.
        err() << "keepsake date " << action << ": "
              << QCoreApplication::translate("ks::cli::Date", "no memory has the key %1; nothing was changed")
                     .arg(unknown.join(QStringLiteral(", ")))
              << Qt::endl;
        return 1;
    }
    if (action == QLatin1String("show"))
        return showDates(dates, ids, json);
    if (!cli::requireWritable(db, QStringLiteral("date")))
        return 1;
    if (action == QLatin1String("set"))
        return report(dates.set(ids, *setting), "set", json);
    if (action == QLatin1String("shift"))
        return report(dates.shift(ids, *shift), "shift", json);
    if (action == QLatin1String("camera"))
        return report(dates.useCameraDate(ids), "camera", json);
    return report(dates.undoLast(), "undo", json);
}

} // namespace ks
