// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake tag add|remove TAG --key KEY…, tag list, and tag rename|move|merge|delete|color.
#include "clicommon.h"

#include "domain/problemtext.h"
#include "library/database.h"
#include "tags/tagstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace ks {

using cli::err;
using cli::out;

namespace {

int usageError(const QString &message)
{
    err() << "keepsake tag: " << message << "\n"
          << QCoreApplication::translate(
                 "ks::cli::Tag",
                 "usage: keepsake tag add|remove TAG --key KEY…   |   keepsake tag list [--json]\n"
                 "       keepsake tag rename TAG NEWNAME | move TAG NEWPARENT|/ | merge TAG INTOTAG | "
                 "delete TAG\n"
                 "       keepsake tag color TAG COLOR|none")
          << Qt::endl;
    return 2;
}

int listTags(TagStore &store, bool json)
{
    for (const TagInfo &t : store.list()) {
        if (json) {
            QJsonObject o{{QStringLiteral("path"), t.path},
                          {QStringLiteral("count"), t.totalCount},
                          {QStringLiteral("direct"), t.directCount},
                          {QStringLiteral("color"), t.color.isEmpty() ? QJsonValue() : QJsonValue(t.color)}};
            out() << cli::compactJson(o) << '\n';
        } else {
            out() << t.path << "  " << t.totalCount
                  << (t.color.isEmpty() ? QString() : QStringLiteral("  ") + t.color) << '\n';
        }
    }
    out().flush();
    return 0;
}

} // namespace

int runTag(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("ks::cli::Tag",
                                    "add, remove, list, rename, move, merge, delete or color."));
    parser.addPositionalArgument(
        QStringLiteral("tag"),
        QCoreApplication::translate("ks::cli::Tag", "A tag path, like 旅行/2009 北京."),
        QStringLiteral("[TAG]"));
    parser.addOption(
        QCommandLineOption(QStringList{QStringLiteral("key"), QStringLiteral("k")},
                           QCoreApplication::translate(
                               "ks::cli::Tag", "A memory key (post:<tid>, photo:<picKey>…); repeatable."),
                           QStringLiteral("KEY")));
    if (const int code = cli::parse(
            parser, arguments, QCoreApplication::translate("ks::cli::Tag", "Organise memories with tags."));
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QStringList actions{QStringLiteral("add"),    QStringLiteral("remove"), QStringLiteral("list"),
                              QStringLiteral("rename"), QStringLiteral("move"),   QStringLiteral("merge"),
                              QStringLiteral("delete"), QStringLiteral("color")};
    if (!actions.contains(action))
        return usageError(action.isEmpty()
                              ? QCoreApplication::translate("ks::cli::Tag", "say what to do")
                              : QCoreApplication::translate("ks::cli::Tag", "unknown action %1").arg(action));
    if (action != QLatin1String("list") && TagStore::normalizePath(args.value(1)).isEmpty())
        return usageError(QCoreApplication::translate("ks::cli::Tag", "name a tag"));

    Database db;
    if (!cli::openLibrary(db, parser))
        return 1;
    TagStore store(db.connection());
    const bool json = parser.isSet(QStringLiteral("json"));
    if (action == QLatin1String("list"))
        return listTags(store, json);
    if (!cli::requireWritable(db, QStringLiteral("tag ") + action))
        return 1;

    const QString path = TagStore::normalizePath(args.value(1));
    if (action == QLatin1String("add") || action == QLatin1String("remove")) {
        QStringList keys = parser.values(QStringLiteral("key"));
        keys += args.mid(2); // --key a b c: the rest are keys too
        if (keys.isEmpty())
            return usageError(
                QCoreApplication::translate("ks::cli::Tag", "name the memories with --key KEY"));
        QList<qint64> ids;
        QStringList unknown;
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id FROM memories WHERE key = ?"));
        for (const QString &key : std::as_const(keys)) {
            q.addBindValue(key);
            bool found = false;
            if (q.exec()) {
                while (q.next()) {
                    ids << q.value(0).toLongLong();
                    found = true;
                }
            }
            if (!found)
                unknown << key;
        }
        if (!unknown.isEmpty()) {
            err() << "keepsake tag: "
                  << QCoreApplication::translate("ks::cli::Tag", "no memory with the key %1")
                         .arg(unknown.join(QStringLiteral(", ")))
                  << Qt::endl;
            return 2;
        }
        const bool add = action == QLatin1String("add");
        if (!add && !store.tagId(path)) {
            err() << "keepsake tag: " << QCoreApplication::translate("ks::cli::Tag", "no tag %1").arg(path)
                  << Qt::endl;
            return 2;
        }
        const int changed = add ? store.addTag(ids, path) : store.removeTag(ids, path);
        if (changed < 0) {
            err() << "keepsake tag: " << problemtext::translated(store.lastError()) << Qt::endl;
            return 1;
        }
        if (json)
            out() << cli::compactJson({{QStringLiteral("tag"), path},
                                       {add ? QStringLiteral("added") : QStringLiteral("removed"), changed}})
                  << Qt::endl;
        else
            out() << (add ? QCoreApplication::translate("ks::cli::Tag", "tagged %n memories with %1", nullptr,
                                                        changed)
                          : QCoreApplication::translate("ks::cli::Tag", "untagged %n memories from %1",
                                                        nullptr, changed))
                         .arg(path)
                  << Qt::endl;
        return 0;
    }

    const qint64 id = store.tagId(path);
    if (!id) {
        err() << "keepsake tag: " << QCoreApplication::translate("ks::cli::Tag", "no tag %1").arg(path)
              << Qt::endl;
        return 2;
    }
    const QString other = args.value(2);
    bool ok = false;
    if (action == QLatin1String("delete")) {
        ok = store.remove(id);
    } else if (action == QLatin1String("color")) {
        if (other.isEmpty())
            return usageError(
                QCoreApplication::translate("ks::cli::Tag", "give a colour (#e06c75, red, none)"));
        ok = store.setColor(id, other == QLatin1String("none") ? QString() : other);
    } else if (other.isEmpty()) {
        return usageError(
            QCoreApplication::translate("ks::cli::Tag", "%1 needs a second argument").arg(action));
    } else if (action == QLatin1String("rename")) {
        ok = store.rename(id, other);
    } else if (action == QLatin1String("move")) {
        const QString parentPath = TagStore::normalizePath(other);
        const qint64 parent = parentPath.isEmpty() ? 0 : store.ensureTag(parentPath);
        ok = (parentPath.isEmpty() || parent) && store.move(id, parent);
    } else if (action == QLatin1String("merge")) {
        const qint64 into = store.tagId(other);
        if (!into) {
            err() << "keepsake tag: " << QCoreApplication::translate("ks::cli::Tag", "no tag %1").arg(other)
                  << Qt::endl;
            return 2;
        }
        ok = store.merge(id, into);
    }
    if (!ok) {
        err() << "keepsake tag: " << problemtext::translated(store.lastError()) << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace ks
