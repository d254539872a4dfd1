// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliselection.h"

#include "clicommon.h"

#include <QCoreApplication>

namespace ks::cli {

void addSelectionOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("year"),
         QCoreApplication::translate("ks::cli::Export", "Only this year (local time)."), QStringLiteral("Y")},
        {QStringLiteral("from"),
         QCoreApplication::translate("ks::cli::Export", "From this day on (yyyy-mm-dd)."),
         QStringLiteral("DATE")},
        {QStringLiteral("to"),
         QCoreApplication::translate("ks::cli::Export", "Up to this day, inclusive (yyyy-mm-dd)."),
         QStringLiteral("DATE")},
        {QStringLiteral("tag"),
         QCoreApplication::translate("ks::cli::Export", "Memories with this tag or a tag below it."),
         QStringLiteral("T")},
        {QStringLiteral("person"),
         QCoreApplication::translate("ks::cli::Export",
                                     "Memories by, mentioning or commented by this person (name or QQ)."),
         QStringLiteral("P")},
        {QStringLiteral("query"),
         QCoreApplication::translate("ks::cli::Export", "Memories containing these words."),
         QStringLiteral("Q")},
    });
}

bool selectionFromOptions(const QCommandLineParser &parser, const QString &command,
                          ExportSelection *selection)
{
    const QString year = QStringLiteral("year");
    if (parser.isSet(year)) {
        bool ok = false;
        selection->year = parser.value(year).toInt(&ok);
        if (!ok || selection->year < 1900 || selection->year > 2200) {
            err() << command
                  << QCoreApplication::translate("ks::cli::Export", "--year needs a year, like 2012")
                  << Qt::endl;
            return false;
        }
    }
    for (const auto &[name, date] : {std::pair{QStringLiteral("from"), &selection->from},
                                     std::pair{QStringLiteral("to"), &selection->to}}) {
        if (!parser.isSet(name))
            continue;
        *date = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!date->isValid()) {
            err() << command
                  << QCoreApplication::translate("ks::cli::Export", "--%1 needs a date like 2012-06-07")
                         .arg(name)
                  << Qt::endl;
            return false;
        }
    }
    selection->tag = parser.value(QStringLiteral("tag"));
    selection->person = parser.value(QStringLiteral("person"));
    selection->query = parser.value(QStringLiteral("query"));
    return true;
}

} // namespace ks::cli
