// SPDX-License-Identifier: GPL-3.0-or-later
// Hierarchical tags ("旅行/2009 北京"): create, rename, move, merge, delete, colour, and
// tagging many memories at once. Each change is one transaction (a savepoint, so it also nests
// inside a caller's transaction).
#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlError;

namespace ks {

struct TagInfo
{
    qint64 id = 0;
    qint64 parentId = 0; ///< 0 for a top-level tag
    QString name;
    QString path;
    QString color;       ///< "#rrggbb", empty when none
    int directCount = 0; ///< memories tagged with exactly this tag
    int totalCount = 0;  ///< distinct memories tagged with it or any tag below it
};

/// A tag worth offering for a memory, accepted with one click.
struct TagSuggestion
{
    enum Reason
    {
        Album,
        Topic,
        Place,
        Person
    };
    QString path; ///< an existing tag's path when one has that name, else the bare name
    Reason reason = Topic;
    bool exists = false; ///< path is an existing tag
};

/// One line of the tag editor: put the tag @p path on the memories, or take it off.
struct TagEdit
{
    QString path;
    bool add = true;
};

class TagStore
{
public:
    explicit TagStore(QSqlDatabase db);

    /// "旅行 / 2009 北京/" → "旅行/2009 北京": segments trimmed, empty ones dropped. Empty when
    /// nothing is left.
    static QString normalizePath(const QString &path);

    QString lastError() const { return m_error; }

    qint64 tagId(const QString &path) const;
    TagInfo tag(qint64 id) const;
    /// The tag at @p path, created with its missing parents. 0 on failure.
    qint64 ensureTag(const QString &path);
    /// Renames the last segment; every tag below follows. Fails when a sibling has the name.
    bool rename(qint64 tagId, const QString &newName);
    /// Re-parents (0 = top level). Fails on a cycle or when the new parent has a child of that name.
    bool move(qint64 tagId, qint64 newParentId);
    /// Moves @p fromId's memories and children into @p intoId (children of the same name merge
    /// too), then removes @p fromId.
    bool merge(qint64 fromId, qint64 intoId);
    /// Removes the tag and every tag below it (the memories stay).
    bool remove(qint64 tagId);
    /// "#rrggbb" or any name QColor knows; empty clears.
    bool setColor(qint64 tagId, const QString &color);

    /// Tags every memory in @p memoryIds with @p path (created when needed), in one
    /// transaction. Returns how many links were new, -1 on failure.
    int addTag(const QList<qint64> &memoryIds, const QString &path);
    /// Removes the tag @p path from every memory in @p memoryIds. Returns how many links went.
    int removeTag(const QList<qint64> &memoryIds, const QString &path);

    /// Applies @p edits in order to every memory in @p memoryIds in one savepoint: all of them
    /// land, or none (stops at the first failure; lastError() says why). Returns how many links
    /// were added or removed, -1 on failure.
    int apply(const QList<qint64> &memoryIds, const QList<TagEdit> &edits);

    /// Every tag's path, sorted (no counts: cheap enough for a combo box).
    QStringList paths() const;
    /// Every tag, sorted by path, with counts.
    QList<TagInfo> list() const;
    /// Memories tagged with @p tagId (and, when @p withChildren, any tag below it), newest first.
    QList<qint64> memoriesOf(qint64 tagId, bool withChildren = true) const;
    /// Paths of the tags of one memory, sorted.
    QStringList tagsOf(qint64 memoryId) const;
    /// How many of @p memoryIds (each counted once) carry each tag (path → count), in a few
    /// queries however many ids there are (a whole grid selected).
    QHash<QString, int> tagCounts(const QList<qint64> &memoryIds) const;
    /// Suggestions for the given memories (album names, #话题#, places, people mentioned or
    /// commenting), without the tags all of them already have.
    QList<TagSuggestion> suggestionsFor(const QList<qint64> &memoryIds, int max = 12) const;

private:
    bool fail(const QString &message) const;
    bool fail(const QSqlError &error) const;
    bool exec(const QString &sql, const QVariantList &binds = {}) const;
    qint64 childId(qint64 parentId, const QString &name) const;
    bool mergeInto(qint64 fromId, qint64 intoId);
    bool repath(qint64 tagId, const QString &newPath, qint64 newParentId, const QString &newName);

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace ks
