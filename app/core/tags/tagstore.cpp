// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagstore.h"

#include "library/librarychanges.h"
#include "search/searchindex.h"
#include "text/qzonetext.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ks {

namespace {

// A savepoint that rolls back unless released: one transaction per operation, nestable.
class Savepoint
{
public:
    explicit Savepoint(QSqlDatabase db) : m_db(db) { QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT tags")); }
    ~Savepoint()
    {
        if (m_open) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO tags"));
            QSqlQuery(m_db).exec(QStringLiteral("RELEASE tags"));
        }
    }
    bool release()
    {
        m_open = false;
        return QSqlQuery(m_db).exec(QStringLiteral("RELEASE tags"));
    }

private:
    QSqlDatabase m_db;
    bool m_open = true;
};

// The tag at a path and those below it ("a/b", "a/b/…"; bind the path three times), without
// LIKE so that % and _ in names stay literal. (Qt's driver does not take numbered ?1 binds.)
const char kSubtree[] = "(path = ? OR substr(path, 1, length(?) + 1) = ? || '/')";

QString cleanName(QString name)
{
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    return name.simplified();
}

} // namespace

TagStore::TagStore(QSqlDatabase db) : m_db(db) {}

QString TagStore::normalizePath(const QString &path)
{
    QStringList parts;
    for (const QString &part : path.split(QLatin1Char('/'))) {
        const QString name = part.simplified();
        if (!name.isEmpty())
            parts << name;
    }
    return parts.join(QLatin1Char('/'));
}

bool TagStore::fail(const QString &message) const
{
    m_error = message;
    return false;
}

bool TagStore::fail(const QSqlError &error) const
{
    // SQLITE_READONLY: a library on a backup disk or DVD; say so instead of SQLite's words.
    if (error.nativeErrorCode().toInt() == 8)
        return fail(QCoreApplication::translate("ks::TagStore",
                                                "This library is read-only (a backup disk, a DVD or a folder "
                                                "you cannot write to): tags cannot be changed here."));
    return fail(error.text());
}

bool TagStore::exec(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return fail(q.lastError());
    return true;
}

qint64 TagStore::tagId(const QString &path) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM tags WHERE path = ?"));
    q.addBindValue(normalizePath(path));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

TagInfo TagStore::tag(qint64 id) const
{
    TagInfo t;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, COALESCE(parent_id, 0), name, path, COALESCE(color, '') FROM tags WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        t.id = q.value(0).toLongLong();
        t.parentId = q.value(1).toLongLong();
        t.name = q.value(2).toString();
        t.path = q.value(3).toString();
        t.color = q.value(4).toString();
    }
    return t;
}

qint64 TagStore::childId(qint64 parentId, const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(parentId ? QStringLiteral("SELECT id FROM tags WHERE parent_id = ? AND name = ?")
                       : QStringLiteral("SELECT id FROM tags WHERE parent_id IS NULL AND name = ?"));
    if (parentId)
        q.addBindValue(parentId);
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 TagStore::ensureTag(const QString &path)
{
    const ChangeNote note(m_db, LibraryChanges::Tags);
    const QString clean = normalizePath(path);
    if (clean.isEmpty()) {
        fail(QStringLiteral("a tag needs a name"));
        return 0;
    }
    if (const qint64 existing = tagId(clean))
        return existing;
    Savepoint sp(m_db);
    qint64 parent = 0;
    QString soFar;
    for (const QString &name : clean.split(QLatin1Char('/'))) {
        soFar = soFar.isEmpty() ? name : soFar + QLatin1Char('/') + name;
        qint64 id = tagId(soFar);
        if (!id) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("INSERT INTO tags (parent_id, name, path) VALUES (?, ?, ?)"));
            q.addBindValue(parent ? QVariant(parent) : QVariant(QMetaType::fromType<qint64>()));
            q.addBindValue(name);
            q.addBindValue(soFar);
            if (!q.exec()) {
                fail(q.lastError());
                return 0;
            }
            id = q.lastInsertId().toLongLong();
        }
        parent = id;
    }
    sp.release();
    return parent;
}

bool TagStore::repath(qint64 tagId, const QString &newPath, qint64 newParentId, const QString &newName)
{
    const TagInfo t = tag(tagId);
    if (!t.id)
        return fail(QStringLiteral("no such tag"));
    // Descendants first take the new prefix, then the tag itself its new name and parent.
    return exec(QStringLiteral("UPDATE tags SET path = ? || substr(path, length(?) + 1) "
                               "WHERE substr(path, 1, length(?) + 1) = ? || '/'"),
                {newPath, t.path, t.path, t.path}) &&
           exec(QStringLiteral("UPDATE tags SET path = ?, name = ?, parent_id = ? WHERE id = ?"),
                {newPath, newName,
                 newParentId ? QVariant(newParentId) : QVariant(QMetaType::fromType<qint64>()), tagId});
}

bool TagStore::rename(qint64 tagId, const QString &newName)
{
    const ChangeNote note(m_db, LibraryChanges::Tags);
    const QString name = cleanName(newName);
    const TagInfo t = tag(tagId);
    if (!t.id)
        return fail(QStringLiteral("no such tag"));
    if (name.isEmpty())
        return fail(QStringLiteral("a tag needs a name"));
    if (name == t.name)
        return true;
    const qint64 clash = childId(t.parentId, name);
    if (clash && clash != tagId)
        return fail(QStringLiteral("there is already a tag \"%1\" there").arg(name));
    const TagInfo parent = tag(t.parentId);
    const QString newPath = parent.id ? parent.path + QLatin1Char('/') + name : name;
    Savepoint sp(m_db);
    if (!repath(tagId, newPath, t.parentId, name))
        return false;
    return sp.release();
}

bool TagStore::move(qint64 tagId, qint64 newParentId)
{
    const ChangeNote note(m_db, LibraryChanges::Tags);
    const TagInfo t = tag(tagId);
    if (!t.id)
        return fail(QStringLiteral("no such tag"));
    QString newPath = t.name;
    if (newParentId) {
        const TagInfo parent = tag(newParentId);
        if (!parent.id)
            return fail(QStringLiteral("no such tag"));
        if (parent.id == t.id || parent.path.startsWith(t.path + QLatin1Char('/')))
            return fail(QStringLiteral("a tag cannot go inside itself"));
        newPath = parent.path + QLatin1Char('/') + t.name;
    }
    if (newParentId == t.parentId)
        return true;
    if (childId(newParentId, t.name))
        return fail(QStringLiteral("there is already a tag \"%1\" there").arg(t.name));
    Savepoint sp(m_db);
    if (!repath(tagId, newPath, newParentId, t.name))
        return false;
    return sp.release();
}

bool TagStore::mergeInto(qint64 fromId, qint64 intoId)
{
    if (!exec(QStringLiteral("INSERT OR IGNORE INTO memory_tags (memory_id, tag_id) "
                             "SELECT memory_id, ? FROM memory_tags WHERE tag_id = ?"),
              {intoId, fromId}))
        return false;
    // Children: merge into a namesake below the target, else move there.
    QList<QPair<qint64, QString>> children;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name FROM tags WHERE parent_id = ? ORDER BY id"));
    q.addBindValue(fromId);
    if (!q.exec())
        return fail(q.lastError());
    while (q.next())
        children.append({q.value(0).toLongLong(), q.value(1).toString()});
    const TagInfo into = tag(intoId);
    for (const auto &[childIdValue, name] : std::as_const(children)) {
        if (const qint64 namesake = childId(intoId, name)) {
            if (!mergeInto(childIdValue, namesake))
                return false;
        } else if (!repath(childIdValue, into.path + QLatin1Char('/') + name, intoId, name)) {
            return false;
        }
    }
    return exec(QStringLiteral("DELETE FROM tags WHERE id = ?"), {fromId});
}

bool TagStore::merge(qint64 fromId, qint64 intoId)
{
    const ChangeNote note(m_db, LibraryChanges::Tags);
    const TagInfo from = tag(fromId);
    const TagInfo into = tag(intoId);
    if (!from.id || !into.id)
        return fail(QStringLiteral("no such tag"));
    if (fromId == intoId)
        return true;
    if (into.path.startsWith(from.path + QLatin1Char('/')))
        return fail(QStringLiteral("a tag cannot be merged into a tag below it"));
    Savepoint sp(m_db);
    if (!mergeInto(fromId, intoId))
        return false;
    return sp.release();
}

bool TagStore::remove(qint64 tagId)
{
    const ChangeNote note(m_db, LibraryChanges::Tags);
    const TagInfo t = tag(tagId);
    if (!t.id)
        return fail(QStringLiteral("no such tag"));
    Savepoint sp(m_db);
    // Explicitly, not through ON DELETE CASCADE: it holds even with foreign keys off.
    const QString subtree = QString::fromLatin1(kSubtree);
    const QVariantList binds{t.path, t.path, t.path};
    if (!exec(QStringLiteral("DELETE FROM memory_tags WHERE tag_id IN (SELECT id FROM tags WHERE %1)")
                  .arg(subtree),
              binds) ||
        !exec(QStringLiteral("DELETE FROM tags WHERE %1").arg(subtree), binds))
        return false;
    return sp.release();
}

bool TagStore::setColor(qint64 tagId, const QString &color)
{
    const ChangeNote note(m_db, LibraryChanges::Tags);
    QVariant value(QMetaType::fromType<QString>());
    if (!color.trimmed().isEmpty()) {
        const QColor c = QColor::fromString(color.trimmed());
        if (!c.isValid())
            return fail(QStringLiteral("not a colour: %1").arg(color));
        value = c.name();
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE tags SET color = ? WHERE id = ?"));
    q.addBindValue(value);
    q.addBindValue(tagId);
    if (!q.exec())
        return fail(q.lastError());
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("no such tag"));
    return true;
}

int TagStore::addTag(const QList<qint64> &memoryIds, const QString &path)
{
    const ChangeNote note(m_db, LibraryChanges::Tags);
    Savepoint sp(m_db);
    const qint64 id = ensureTag(path);
    if (!id)
        return -1;
    int added = 0;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO memory_tags (memory_id, tag_id) VALUES (?, ?)"));
    for (qint64 memoryId : memoryIds) {
        q.addBindValue(memoryId);
        q.addBindValue(id);
        if (!q.exec()) {
            fail(q.lastError());
            return -1;
        }
        added += q.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!sp.release()) {
        fail(m_db.lastError());
        return -1;
    }
    return added;
}

int TagStore::removeTag(const QList<qint64> &memoryIds, const QString &path)
{
    const ChangeNote note(m_db, LibraryChanges::Tags);
    const qint64 id = tagId(path);
    if (!id) {
        fail(QStringLiteral("no such tag: %1").arg(path));
        return -1;
    }
    Savepoint sp(m_db);
    int removed = 0;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM memory_tags WHERE memory_id = ? AND tag_id = ?"));
    for (qint64 memoryId : memoryIds) {
        q.addBindValue(memoryId);
        q.addBindValue(id);
        if (!q.exec()) {
            fail(q.lastError());
            return -1;
        }
        removed += q.numRowsAffected() > 0 ? 1 : 0;
    }
    sp.release();
    return removed;
}

int TagStore::apply(const QList<qint64> &memoryIds, const QList<TagEdit> &edits)
{
    const ChangeNote note(m_db, LibraryChanges::Tags);
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SAVEPOINT tag_editor"));
    int changed = 0;
    for (const TagEdit &edit : edits) {
        const int n = edit.add ? addTag(memoryIds, edit.path) : removeTag(memoryIds, edit.path);
        if (n < 0) {
            q.exec(QStringLiteral("ROLLBACK TO tag_editor"));
            q.exec(QStringLiteral("RELEASE tag_editor"));
            return -1;
        }
        changed += n;
    }
    q.exec(QStringLiteral("RELEASE tag_editor"));
    return changed;
}

QStringList TagStore::paths() const
{
    QStringList out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT path FROM tags ORDER BY path"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QList<TagInfo> TagStore::list() const
{
    QList<TagInfo> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, COALESCE(parent_id, 0), name, path, COALESCE(color, '') FROM tags "
                               "ORDER BY path")))
        return out;
    QHash<qint64, int> at;
    while (q.next()) {
        TagInfo t;
        t.id = q.value(0).toLongLong();
        t.parentId = q.value(1).toLongLong();
        t.name = q.value(2).toString();
        t.path = q.value(3).toString();
        t.color = q.value(4).toString();
        at.insert(t.id, int(out.size()));
        out.append(t);
    }
    if (out.isEmpty())
        return out;
    // Each memory counts once for its tag and once for every ancestor, however many of that
    // ancestor's descendants it carries.
    QHash<qint64, QSet<qint64>> subtreeMemories;
    if (q.exec(QStringLiteral("SELECT tag_id, memory_id FROM memory_tags"))) {
        while (q.next()) {
            const qint64 tagIdValue = q.value(0).toLongLong();
            const qint64 memoryId = q.value(1).toLongLong();
            const auto it = at.constFind(tagIdValue);
            if (it == at.constEnd())
                continue;
            ++out[it.value()].directCount;
            for (qint64 t = tagIdValue; t;) {
                subtreeMemories[t].insert(memoryId);
                const auto up = at.constFind(t);
                t = up == at.constEnd() ? 0 : out.at(up.value()).parentId;
            }
        }
    }
    for (TagInfo &t : out)
        t.totalCount = int(subtreeMemories.value(t.id).size());
    return out;
}

QList<qint64> TagStore::memoriesOf(qint64 tagIdValue, bool withChildren) const
{
    QList<qint64> out;
    const TagInfo t = tag(tagIdValue);
    if (!t.id)
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (withChildren) {
        q.prepare(
            QStringLiteral("SELECT m.id FROM memories m WHERE m.id IN (SELECT memory_id FROM memory_tags "
                           "WHERE tag_id IN (SELECT id FROM tags WHERE %1)) "
                           "ORDER BY m.created IS NULL, m.created DESC, m.id DESC")
                .arg(QString::fromLatin1(kSubtree)));
        for (int i = 0; i < 3; ++i)
            q.addBindValue(t.path);
    } else {
        q.prepare(
            QStringLiteral("SELECT m.id FROM memories m JOIN memory_tags mt ON mt.memory_id = m.id "
                           "WHERE mt.tag_id = ? ORDER BY m.created IS NULL, m.created DESC, m.id DESC"));
        q.addBindValue(t.id);
    }
    if (!q.exec())
        return out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

QStringList TagStore::tagsOf(qint64 memoryId) const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.path FROM memory_tags mt JOIN tags t ON t.id = mt.tag_id "
                             "WHERE mt.memory_id = ? ORDER BY t.path"));
    q.addBindValue(memoryId);
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QHash<QString, int> TagStore::tagCounts(const QList<qint64> &memoryIds) const
{
    QHash<QString, int> counts;
    const QSet<qint64> unique(memoryIds.begin(), memoryIds.end());
    const QList<qint64> ids(unique.begin(), unique.end()); // each memory counted once
    constexpr qsizetype kChunk = 500;                      // well under SQLite's bound-parameter limit
    QSqlQuery q(m_db);
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const qsizetype n = qMin(kChunk, ids.size() - from);
        QStringList marks(n, QStringLiteral("?"));
        q.prepare(
            QStringLiteral("SELECT t.path, COUNT(DISTINCT mt.memory_id) FROM memory_tags mt JOIN tags t ON "
                           "t.id = mt.tag_id WHERE mt.memory_id IN (%1) GROUP BY t.path")
                .arg(marks.join(QLatin1Char(','))));
        for (qsizetype i = 0; i < n; ++i)
            q.addBindValue(ids.at(from + i));
        if (!q.exec())
            continue;
        while (q.next())
            counts[q.value(0).toString()] += q.value(1).toInt();
    }
    return counts;
}

QList<TagSuggestion> TagStore::suggestionsFor(const QList<qint64> &memoryIds, int max) const
{
    QList<TagSuggestion> out;
    if (memoryIds.isEmpty())
        return out;
    // Existing tags by folded name, so "北京" suggests the user's own "旅行/北京".
    QHash<QString, QString> pathByName;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT name, path FROM tags ORDER BY length(path)"))) {
        while (q.next()) {
            const QString key = foldForSearch(q.value(0).toString());
            if (!pathByName.contains(key))
                pathByName.insert(key, q.value(1).toString());
        }
    }
    // Tags every one of the memories already has are not suggested.
    QSet<QString> common;
    const QHash<QString, int> counts = tagCounts(memoryIds);
    const int distinct = int(QSet<qint64>(memoryIds.begin(), memoryIds.end()).size());
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value() == distinct)
            common.insert(it.key());
    }
    QString ownerUin;
    if (q.exec(QStringLiteral("SELECT uin FROM accounts ORDER BY id LIMIT 1")) && q.next())
        ownerUin = q.value(0).toString();

    QSet<QString> seen;
    auto offer = [&](const QString &raw, TagSuggestion::Reason reason) {
        const QString name = cleanName(raw).left(40);
        if (name.isEmpty())
            return;
        TagSuggestion s;
        s.reason = reason;
        const auto it = pathByName.constFind(foldForSearch(name));
        s.exists = it != pathByName.constEnd();
        s.path = s.exists ? it.value() : name;
        if (common.contains(s.path) || seen.contains(foldForSearch(s.path)))
            return;
        seen.insert(foldForSearch(s.path));
        out.append(s);
    };
    for (qint64 memoryId : memoryIds) {
        if (out.size() >= max)
            break;
        q.prepare(QStringLiteral("SELECT a.name, m.body_text, m.location FROM memories m "
                                 "LEFT JOIN albums a ON a.id = m.album_id WHERE m.id = ?"));
        q.addBindValue(memoryId);
        if (!q.exec() || !q.next())
            continue;
        const QString album = q.value(0).toString();
        const QString text = q.value(1).toString();
        const QString location = q.value(2).toString();
        offer(album, TagSuggestion::Album);
        for (const QzoneSpan &span : qzoneDisplayText(text).spans) {
            if (span.kind == QzoneSpan::Topic)
                offer(span.value, TagSuggestion::Topic);
        }
        offer(location, TagSuggestion::Place);
        q.prepare(QStringLiteral("SELECT p.name FROM memory_people mp JOIN people p ON p.id = mp.person_id "
                                 "WHERE mp.memory_id = ? AND mp.role IN ('mention', 'recipient') "
                                 "AND COALESCE(p.uin, '') <> ? "
                                 "UNION ALL SELECT COALESCE(p.name, c.author_name) FROM comments c "
                                 "LEFT JOIN people p ON p.id = c.author_id WHERE c.memory_id = ? "
                                 "AND COALESCE(p.uin, '') <> ?"));
        q.addBindValue(memoryId);
        q.addBindValue(ownerUin);
        q.addBindValue(memoryId);
        q.addBindValue(ownerUin);
        if (q.exec()) {
            while (q.next())
                offer(q.value(0).toString(), TagSuggestion::Person);
        }
    }
    if (out.size() > max)
        out.resize(max);
    return out;
}

} // namespace ks
