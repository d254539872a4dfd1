// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake search QUERY: memories whose text holds every term, newest first.
#include "clicommon.h"

#include "domain/problemtext.h"
#include "library/database.h"
#include "library/memorydump.h"
#include "search/searchengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ks {

using cli::err;
using cli::out;

namespace {

QString jsonString(const QString &text)
{
    const QString array = QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
    return array.mid(1, array.size() - 2);
}

} // namespace

int runSearch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("query"),
        QCoreApplication::translate("ks::cli::Search",
                                    "Words to find (all of them), \"an exact phrase\", -excluded, tag:旅行, "
                                    "year:2009, from:老王, with:老王, kind:post, has:photo, after:2009-06, "
                                    "before:2010."),
        QStringLiteral("QUERY…"));
    if (const int code =
            cli::parse(parser, arguments,
                       QCoreApplication::translate(
                           "ks::cli::Search", "Find memories, newest first: one per line, with a snippet."));
        code >= 0)
        return code;
    const QString text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty()) {
        err() << "keepsake search: "
              << QCoreApplication::translate("ks::cli::Search", "give something to search for") << Qt::endl;
        return 2;
    }
    const SearchQuery query = SearchQuery::parse(text);
    if (!query.isValid()) {
        err() << "keepsake search: " << problemtext::translated(query.error) << Qt::endl;
        return 2;
    }
    Database db;
    if (!cli::openLibrary(db, parser))
        return 1;
    SearchEngine engine(db.connection());
    const SearchResult result = engine.search(query);
    if (!result.ok()) {
        err() << "keepsake search: " << result.error << Qt::endl;
        return 1;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT kind, key, created, utc_offset FROM memories WHERE id = ?"));
    // Snippets a page at a time, through one statement per page.
    constexpr qsizetype kPage = 200;
    QStringList snippets;
    for (qsizetype i = 0; i < result.ids.size(); ++i) {
        if (i % kPage == 0)
            snippets = engine.snippets(result.ids.mid(i, kPage), result.terms);
        const qint64 id = result.ids.at(i);
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            continue;
        const QString kind = q.value(0).toString();
        const QString key = q.value(1).toString();
        const QString created =
            q.value(2).isNull() ? QString() : isoLocalTime(q.value(2).toLongLong(), q.value(3).toInt());
        const QString &snippet = snippets.at(i % kPage);
        if (json) {
            // Written by hand to keep the documented key order.
            out() << "{\"kind\":" << jsonString(kind) << ",\"key\":" << jsonString(key)
                  << ",\"created\":" << (created.isEmpty() ? QStringLiteral("null") : jsonString(created))
                  << ",\"snippet\":" << jsonString(snippet) << "}\n";
        } else {
            out() << (created.isEmpty() ? QCoreApplication::translate("ks::cli::Search", "(no date)")
                                        : created)
                  << "  " << key << "  " << snippet << '\n';
        }
    }
    if (!json) {
        const int found = int(result.ids.size());
        err() << QCoreApplication::translate("ks::cli::Search", "%n memories", nullptr, found) << Qt::endl;
    }
    out().flush();
    return 0;
}

} // namespace ks
