// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "util/textutil.h"

#include <QSqlQuery>

namespace ks {

namespace {

bool isWordChar(QChar c)
{
    // ASCII letters and digits form words; everything else that is a letter or number
    // (Han, kana, hangul, emoji…) is indexed one character at a time.
    return c.unicode() < 128 && c.isLetterOrNumber();
}


} // namespace

QString foldForSearch(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QString segmentForIndex(const QString &text)
{
    const QString folded = foldForSearch(text);
    QString out;
    out.reserve(folded.size() * 2);
    bool inWord = false;
    for (int i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (isWordChar(c)) {
            if (!inWord && !out.isEmpty())
                out += QLatin1Char(' ');
            out += c;
            inWord = true;
            continue;
        }
        inWord = false;
        if (c.isSpace() || (c.unicode() < 128 && !c.isLetterOrNumber()))
            continue;
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += c;
        if (c.isHighSurrogate() && i + 1 < folded.size())
            out += folded.at(++i);
    }
    return out;
}

QString searchableText(QSqlDatabase db, qint64 memoryId)
{
    StatementCache statements(db);
    return searchableText(statements, memoryId);
}

bool updateSearchDocument(QSqlDatabase db, qint64 memoryId)
{
    StatementCache statements(db);
    return updateSearchDocument(statements, memoryId);
}

QString searchableText(StatementCache &statements, qint64 memoryId)
{
    QStringList parts;
    auto q = statements(QStringLiteral("SELECT m.title, m.body_text, m.body_html, m.location, a.name, a.description, p.name "
                             "FROM memories m LEFT JOIN albums a ON a.id = m.album_id "
                             "LEFT JOIN people p ON p.id = m.author_id WHERE m.id = ?"));
    q.addBindValue(memoryId);
    if (!q.exec() || !q.next())
        return QString();
    parts << q.value(0).toString() << q.value(1).toString() << htmlToPlainText(q.value(2).toString());
    parts << q.value(3).toString() << q.value(4).toString() << q.value(5).toString() << q.value(6).toString();
    q = statements(QStringLiteral("SELECT c.author_name, c.body_text FROM comments c WHERE c.memory_id = ? ORDER BY c.id"));
    q.addBindValue(memoryId);
    if (q.exec()) {
        while (q.next())
            parts << q.value(0).toString() << q.value(1).toString();
    }
    q = statements(QStringLiteral("SELECT p.name FROM memory_people mp JOIN people p ON p.id = mp.person_id "
                             "WHERE mp.memory_id = ?"));
    q.addBindValue(memoryId);
    if (q.exec()) {
        while (q.next())
            parts << q.value(0).toString();
    }
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}

bool updateSearchDocument(StatementCache &statements, qint64 memoryId)
{
    const QString plain = searchableText(statements, memoryId);
    auto q = statements(QStringLiteral("DELETE FROM search_fts WHERE rowid = ?"));
    q.addBindValue(memoryId);
    if (!q.exec())
        return false;
    q = statements(QStringLiteral("INSERT INTO search_docs (memory_id, plain) VALUES (?, ?) "
                             "ON CONFLICT(memory_id) DO UPDATE SET plain = excluded.plain"));
    q.addBindValue(memoryId);
    q.addBindValue(plain);
    if (!q.exec())
        return false;
    q = statements(QStringLiteral("INSERT INTO search_fts (rowid, segmented) VALUES (?, ?)"));
    q.addBindValue(memoryId);
    q.addBindValue(segmentForIndex(plain));
    return q.exec();
}

bool rebuildSearchIndex(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id FROM memories")))
        return false;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    bool ok = true;
    StatementCache statements(db);
    for (qint64 id : ids)
        ok = updateSearchDocument(statements, id) && ok;
    return ok;
}

} // namespace ks
