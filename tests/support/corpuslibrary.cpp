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

} // namespace ks::test
