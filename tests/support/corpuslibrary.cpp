// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpuslibrary.h"

#include "library/database.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ks::test {

QJsonObject CorpusLibrary::import(const QString &source)
{
    QByteArray out, err;
    const int rc = runKeepsake(
        {QStringLiteral("import"), source, QStringLiteral("--library"), path(), QStringLiteral("--json")},
        &out, &err);
    if (rc != 0)
        qWarning("import %s exited %d: %s", qPrintable(source), rc, err.constData());
    return QJsonDocument::fromJson(out).object();
}

QJsonObject CorpusLibrary::stats() const
{
    QByteArray out;
    runKeepsake({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--library"), path()},
                &out);
    return QJsonDocument::fromJson(out).object();
}

QList<QJsonObject> CorpusLibrary::lines(const QStringList &args) const
{
    QByteArray out;
    runKeepsake(args + QStringList{QStringLiteral("--json"), QStringLiteral("--library"), path()}, &out);
    QList<QJsonObject> result;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            result << QJsonDocument::fromJson(line).object();
    }
    return result;
}

QList<QJsonObject> CorpusLibrary::list(const QString &kind) const
{
    return lines({QStringLiteral("list"), QStringLiteral("--kind"), kind});
}

QHash<QString, QJsonObject> CorpusLibrary::byKey(const QString &kind) const
{
    QHash<QString, QJsonObject> map;
    for (const QJsonObject &o : list(kind))
        map.insert(o.value(QLatin1String("key")).toString(), o);
    return map;
}

QList<QJsonObject> CorpusLibrary::problems() const
{
    return lines({QStringLiteral("problems")});
}

QVariant CorpusLibrary::scalar(const QString &sql, const QVariantList &binds) const
{
    Database db;
    if (!db.open(path()))
        return QVariant();
    QVariant v;
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (q.exec() && q.next())
            v = q.value(0);
    }
    db.close();
    return v;
}

QStringList CorpusLibrary::column(const QString &sql, const QVariantList &binds) const
{
    Database db;
    QStringList values;
    if (!db.open(path()))
        return values;
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (q.exec()) {
            while (q.next())
                values << q.value(0).toString();
        }
    }
    db.close();
    return values;
}

int mediaCount(const QJsonObject &memory, const QString &role, const QString &status)
{
    int n = 0;
    for (const QJsonValue &v : memory.value(QLatin1String("media")).toArray()) {
        const QJsonObject m = v.toObject();
        if (m.value(QLatin1String("role")).toString() == role &&
            (status.isEmpty() || m.value(QLatin1String("status")).toString() == status))
            ++n;
    }
    return n;
}

int sumMedia(const QList<QJsonObject> &memories, const QString &role, const QString &status)
{
    int n = 0;
    for (const QJsonObject &m : memories)
        n += mediaCount(m, role, status);
    return n;
}

int sumComments(const QList<QJsonObject> &memories)
{
    int n = 0;
    for (const QJsonObject &m : memories)
        n += m.value(QLatin1String("comments")).toInt();
    return n;
}

QString localTime(const QJsonValue &iso)
{
    return iso.toString().left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
}

QJsonObject perYear(const QList<QJsonObject> &memories)
{
    QHash<QString, int> years;
    for (const QJsonObject &m : memories)
        ++years[m.value(QLatin1String("created")).toString().left(4)];
    QJsonObject o;
    for (auto it = years.begin(); it != years.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QStringList totalsMismatches(const CorpusLibrary &lib, const QJsonObject &totals)
{
    const QJsonObject stats = lib.stats();
    const QJsonObject memories = stats.value(QLatin1String("memories")).toObject();
    static const QHash<QString, QString> kindOf = {
        {QStringLiteral("posts"), QStringLiteral("post")},
        {QStringLiteral("blogs"), QStringLiteral("blog")},
        {QStringLiteral("diaries"), QStringLiteral("diary")},
        {QStringLiteral("albums"), QStringLiteral("album")},
        {QStringLiteral("photos"), QStringLiteral("photo")},
        {QStringLiteral("videos"), QStringLiteral("video")},
        {QStringLiteral("board_messages"), QStringLiteral("board")},
        {QStringLiteral("favorites"), QStringLiteral("favorite")},
        {QStringLiteral("shares"), QStringLiteral("share")},
        {QStringLiteral("visitors"), QStringLiteral("visit")},
    };
    QHash<QString, QList<QJsonObject>> listed;
    auto memoriesOf = [&](const QString &kind) -> const QList<QJsonObject> & {
        if (!listed.contains(kind))
            listed.insert(kind, lib.list(kind));
        return listed[kind];
    };
    auto withFile = [&](const QString &kind, const QString &role) {
        int n = 0;
        for (const QJsonObject &m : memoriesOf(kind))
            n += mediaCount(m, role, QStringLiteral("ok")) > 0;
        return n;
    };
    QStringList mismatches;
    for (auto it = totals.begin(); it != totals.end(); ++it) {
        const QString name = it.key();
        if (!it.value().isDouble())
            continue; // nested objects (comments per kind) are compared by their own keys
        int actual = -1;
        if (kindOf.contains(name))
            actual = memories.value(kindOf.value(name)).toInt();
        else if (name == QLatin1String("friends"))
            actual = lib.scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE is_friend = 1")).toInt();
        else if (name == QLatin1String("photos_with_file"))
            actual = withFile(QStringLiteral("photo"), QStringLiteral("image"));
        else if (name == QLatin1String("videos_with_file"))
            actual = withFile(QStringLiteral("video"), QStringLiteral("video"));
        else if (name == QLatin1String("post_images"))
            actual = sumMedia(memoriesOf(QStringLiteral("post")), QStringLiteral("image"));
        else if (name == QLatin1String("post_images_with_file"))
            actual =
                sumMedia(memoriesOf(QStringLiteral("post")), QStringLiteral("image"), QStringLiteral("ok"));
        else if (name == QLatin1String("blog_images"))
            actual = sumMedia(memoriesOf(QStringLiteral("blog")), QStringLiteral("image"));
        else if (name == QLatin1String("blog_images_with_file"))
            actual =
                sumMedia(memoriesOf(QStringLiteral("blog")), QStringLiteral("image"), QStringLiteral("ok"));
        else if (name == QLatin1String("board_replies"))
            actual = sumComments(memoriesOf(QStringLiteral("board")));
        else if (name == QLatin1String("comments_posts"))
            actual = sumComments(memoriesOf(QStringLiteral("post")));
        else if (name == QLatin1String("comments_blogs"))
            actual = sumComments(memoriesOf(QStringLiteral("blog")));
        else if (name == QLatin1String("comments_total"))
            actual = stats.value(QLatin1String("comments")).toInt() -
                     sumComments(memoriesOf(QStringLiteral("board")));
        else {
            mismatches << QStringLiteral("%1: not a figure the tests know how to check").arg(name);
            continue;
        }
        if (actual != it.value().toInt())
            mismatches << QStringLiteral("%1: expected %2, library %3")
                              .arg(name)
                              .arg(it.value().toInt())
                              .arg(actual);
    }
    return mismatches;
}

} // namespace ks::test
