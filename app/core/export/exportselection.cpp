// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportselection.h"

#include "library/librarycounts.h"
#include "search/searchindex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace ks {

QString ExportSelection::describe() const
{
    QStringList parts;
    if (year > 0)
        parts << QString::number(year);
    if (from.isValid() || to.isValid())
        parts << QStringLiteral("%1 – %2").arg(from.isValid() ? from.toString(Qt::ISODate) : QString(),
                                               to.isValid() ? to.toString(Qt::ISODate) : QString());
    if (!tag.isEmpty())
        parts << QStringLiteral("#") + tag;
    if (!person.isEmpty())
        parts << QStringLiteral("@") + person;
    if (!query.isEmpty())
        parts << QStringLiteral("“%1”").arg(query);
    if (!memoryIds.isEmpty())
        parts << QStringLiteral("%1 ×").arg(memoryIds.size());
    return parts.join(QStringLiteral(" · "));
}

namespace {

// The FTS5 query for free words: every word a quoted phrase of its index tokens, all required.
QString ftsQuery(const QString &query)
{
    QStringList phrases;
    const QStringList words = foldForSearch(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QString tokens = segmentForIndex(word).trimmed();
        if (tokens.isEmpty())
            continue;
        tokens.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        phrases << QLatin1Char('"') + tokens + QLatin1Char('"');
    }
    return phrases.join(QStringLiteral(" AND "));
}

const char *kLocalDay = "date(m.created + m.utc_offset, 'unixepoch')";

} // namespace

QList<qint64> selectMemories(QSqlDatabase db, const ExportSelection &s, QString *error)
{
    QStringList where;
    QVariantList binds;
    if (s.year > 0) {
        where << QStringLiteral("m.created IS NOT NULL AND CAST(strftime('%Y', m.created + m.utc_offset, "
                                "'unixepoch') AS INTEGER) = ?");
        binds << s.year;
    }
    if (s.from.isValid()) {
        where << QStringLiteral("m.created IS NOT NULL AND %1 >= ?").arg(QLatin1String(kLocalDay));
        binds << s.from.toString(Qt::ISODate);
    }
    if (s.to.isValid()) {
        where << QStringLiteral("m.created IS NOT NULL AND %1 <= ?").arg(QLatin1String(kLocalDay));
        binds << s.to.toString(Qt::ISODate);
    }
    if (!s.tag.isEmpty()) {
        // The tag by path or by name, and every tag below it.
        where << QStringLiteral(
            "m.id IN (SELECT mt.memory_id FROM memory_tags mt JOIN tags t ON t.id = mt.tag_id "
            "JOIN tags top ON (top.path = ? OR top.name = ?) WHERE t.path = top.path OR "
            "substr(t.path, 1, length(top.path) + 1) = top.path || '/')");
        binds << s.tag << s.tag;
    }
    if (!s.person.isEmpty()) {
        const QString people =
            QStringLiteral("SELECT p.id FROM people p WHERE p.uin = ? OR p.name = ? OR p.remark = ? "
                           "UNION SELECT pn.person_id FROM person_names pn WHERE pn.name = ?");
        where << QStringLiteral(
                     "(m.author_id IN (%1) OR m.id IN (SELECT mp.memory_id FROM memory_people mp WHERE "
                     "mp.person_id IN (%1) AND mp.role <> 'like') OR m.id IN (SELECT c.memory_id FROM "
                     "comments c WHERE c.author_id IN (%1) OR c.author_name = ?))")
                     .arg(people);
        // Three uses of the people subquery (four marks each) and the comment author name.
        for (int i = 0; i < 13; ++i)
            binds << s.person;
    }
    if (!s.query.isEmpty()) {
        const QString fts = ftsQuery(s.query);
        if (fts.isEmpty()) {
            where << QStringLiteral("0");
        } else {
            where << QStringLiteral("m.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)");
            binds << fts;
        }
    }
    if (!s.memoryIds.isEmpty()) {
        QStringList ids;
        ids.reserve(s.memoryIds.size());
        for (qint64 id : s.memoryIds)
            ids << QString::number(id);
        where << QStringLiteral("m.id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    auto kindList = [&binds](const QSet<QString> &kinds) {
        QStringList marks;
        for (const QString &kind : kinds) {
            marks << QStringLiteral("?");
            binds << kind;
        }
        return marks.join(QLatin1Char(','));
    };
    if (!s.kinds.isEmpty())
        where << QStringLiteral("m.kind IN (%1)").arg(kindList(s.kinds));
    if (!s.excludeKinds.isEmpty())
        where << QStringLiteral("m.kind NOT IN (%1)").arg(kindList(s.excludeKinds));
    if (const QString privacy = privacyCondition(s.privacy); !privacy.isEmpty())
        where << privacy;

    const QString sql = QStringLiteral("SELECT m.id FROM memories m WHERE ") +
                        (where.isEmpty() ? QStringLiteral("1") : where.join(QStringLiteral(" AND "))) +
                        QStringLiteral(" ORDER BY m.created IS NULL, m.created, m.id");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    QList<qint64> ids;
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<QPair<int, int>> memoryYears(QSqlDatabase db)
{
    return LibraryCounts::perYear(db);
}

} // namespace ks
