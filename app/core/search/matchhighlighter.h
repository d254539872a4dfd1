// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ks {

/// A matched run in a displayed text, in that text's own UTF-16 indices.
struct MatchRange
{
    int start = 0;
    int length = 0;
    bool operator==(const MatchRange &o) const { return start == o.start && length == o.length; }
};

/// Finds the runs of a text that search terms matched, comparing folded forms the way the index
/// does (full-width = half-width, case-folded) but returning ranges in the original text, so a
/// card can paint them (QTextLayout::FormatRange) and a snippet can mark them.
class MatchHighlighter
{
public:
    MatchHighlighter() = default;
    explicit MatchHighlighter(const QStringList &terms);
    /// The text terms of a search-box query (filters and exclusions are not highlighted).
    static MatchHighlighter fromQuery(const QString &queryText);

    bool isEmpty() const { return m_folded.isEmpty(); }
    QStringList terms() const { return m_terms; }

    /// Sorted, non-overlapping ranges of every occurrence of every term.
    QList<MatchRange> ranges(const QString &text) const;

    /// One line of @p text (whitespace runs collapsed) of about @p maxChars characters around
    /// the first match, "…" where it was cut, matches wrapped in @p open and @p close.
    QString snippet(const QString &text, int maxChars, const QString &open, const QString &close) const;

private:
    QStringList m_terms;
    QStringList m_folded;
};

} // namespace ks
