// SPDX-License-Identifier: GPL-3.0-or-later
// The search box's small query language, parsed into text terms and filters.
#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ks {

/// One filter of a query. Values of one filter are alternatives (kind:post,blog); separate
/// filters must all hold. A negated filter (-tag:旅行) must not hold.
struct SearchFilter
{
    enum Type
    {
        Kind,   ///< values: memory kind names
        Year,   ///< from..to (local years)
        After,  ///< local date on or after `date`
        Before, ///< local date before `date`
        Tag,    ///< values: tag paths or names; a tag includes its children
        From,   ///< values: author names, remarks or QQ numbers
        With,   ///< values: author, commenter or mentioned person
        Has,    ///< values: photo, video, comment, location
    };
    Type type = Kind;
    QStringList values;
    int yearFrom = 0;
    int yearTo = 0;
    QDate date;
    bool negated = false;
    bool operator==(const SearchFilter &o) const
    {
        return type == o.type && values == o.values && yearFrom == o.yearFrom && yearTo == o.yearTo &&
               date == o.date && negated == o.negated;
    }
};

/// A parsed query: every term must occur in a memory's searchable text (as a substring of the
/// folded text), no excluded term may, and every filter must hold.
///
/// Syntax: words are terms; "exact phrase" keeps its spaces; -word excludes; tag:旅行 (a tag of
/// that path or name, else any tag whose name holds it, with its children), year:2009 or year:2008-2010,
/// from:老王 (author), with:老王 (author, commenter or mentioned), kind:post (or 说说, blog/日志, photo/照片
/// …; several with commas), has:photo (video, comment, location), after:2009-06 and before:2010-01-01 (yyyy,
/// yyyy-mm or yyyy-mm-dd, local time; after is inclusive, before exclusive). A filter takes -, as in
/// -tag:旅行. Values with spaces are quoted: tag:"旅行/2009 北京". Keys are case-insensitive
/// and a full-width colon works too. An unknown key (12:30, http://…) is plain text.
struct SearchQuery
{
    QStringList terms;
    QStringList excluded;
    QList<SearchFilter> filters;
    QString error; ///< set when the query is malformed (unknown kind, bad date…)

    bool isValid() const { return error.isEmpty(); }
    /// Nothing to search for: no terms, exclusions or filters.
    bool isEmpty() const { return terms.isEmpty() && excluded.isEmpty() && filters.isEmpty(); }

    static SearchQuery parse(const QString &text);
    /// Only plain text: @p text must occur as is (no syntax), for callers that search literally.
    static SearchQuery literal(const QString &text);

    /// Canonical kind name for "post", "posts", "说说" …; empty when unknown.
    static QString kindFromAlias(const QString &alias);
};

} // namespace ks
