// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchhighlighter.h"

#include "searchindex.h"
#include "searchquery.h"

#include <algorithm>
#include <vector>

namespace ks {

namespace {

// Characters foldForSearch maps to one character without asking Unicode tables: ASCII (only
// A-Z change, to a-z) and the CJK unified ideographs of the BMP, which NFKC and case folding
// leave alone (the compatibility ideographs at U+F900 do change, so they are not here).
bool foldsToItself(char16_t u)
{
    return u < 128 || (u >= 0x3400 && u <= 0x4dbf) || (u >= 0x4e00 && u <= 0x9fff);
}

} // namespace

MatchHighlighter::MatchHighlighter(const QStringList &terms)
{
    for (const QString &term : terms) {
        const QString folded = foldForSearch(term);
        if (folded.isEmpty() || m_folded.contains(folded))
            continue;
        m_terms << term;
        m_folded << folded;
    }
}

MatchHighlighter MatchHighlighter::fromQuery(const QString &queryText)
{
    return MatchHighlighter(SearchQuery::parse(queryText).terms);
}

QList<MatchRange> MatchHighlighter::ranges(const QString &text) const
{
    QList<MatchRange> out;
    if (m_folded.isEmpty() || text.isEmpty())
        return out;
    // Fold one character at a time, remembering where each folded unit came from.
    QString folded;
    folded.reserve(text.size());
    std::vector<int> startOf;
    std::vector<int> endOf;
    startOf.reserve(size_t(text.size()));
    endOf.reserve(size_t(text.size()));
    const int n = int(text.size());
    for (int i = 0; i < n;) {
        const QChar c = text.at(i);
        const int len = (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) ? 2 : 1;
        const char16_t u = c.unicode();
        if (len == 1 && foldsToItself(u)) {
            // Most of a Chinese text: no string made per character.
            startOf.push_back(i);
            endOf.push_back(i + 1);
            folded += (u >= 'A' && u <= 'Z') ? QChar(u - 'A' + 'a') : c;
            ++i;
            continue;
        }
        const QString piece = foldForSearch(text.mid(i, len));
        for (int k = 0; k < piece.size(); ++k) {
            startOf.push_back(i);
            endOf.push_back(i + len);
        }
        folded += piece;
        i += len;
    }
    for (const QString &term : m_folded) {
        qsizetype from = 0;
        while ((from = folded.indexOf(term, from)) >= 0) {
            const qsizetype last = from + term.size() - 1;
            const int start = startOf[size_t(from)];
            out.append(MatchRange{start, endOf[size_t(last)] - start});
            from += 1;
        }
    }
    std::sort(out.begin(), out.end(), [](const MatchRange &a, const MatchRange &b) {
        return a.start < b.start || (a.start == b.start && a.length > b.length);
    });
    QList<MatchRange> merged;
    for (const MatchRange &r : std::as_const(out)) {
        if (!merged.isEmpty() && r.start <= merged.last().start + merged.last().length) {
            MatchRange &m = merged.last();
            m.length = std::max(m.start + m.length, r.start + r.length) - m.start;
        } else {
            merged.append(r);
        }
    }
    return merged;
}

QString MatchHighlighter::snippet(const QString &text, int maxChars, const QString &open,
                                  const QString &close) const
{
    const QList<MatchRange> found = ranges(text);
    const int n = int(text.size());
    int from = 0;
    int to = n;
    if (n > maxChars) {
        const int anchor = found.isEmpty() ? 0 : found.first().start;
        from = std::max(0, anchor - maxChars / 4);
        to = std::min(n, from + maxChars);
        if (to == n)
            from = std::max(0, n - maxChars);
        if (from > 0 && text.at(from).isLowSurrogate())
            --from;
        if (to < n && text.at(to).isLowSurrogate())
            ++to;
    }
    std::vector<int> opens(size_t(n + 1), 0);
    std::vector<int> closes(size_t(n + 1), 0);
    for (const MatchRange &r : found) {
        const int s = std::max(r.start, from);
        const int e = std::min(r.start + r.length, to);
        if (s >= e)
            continue;
        ++opens[size_t(s)];
        ++closes[size_t(e)];
    }
    QString out;
    bool pendingSpace = false;
    for (int i = from; i < to; ++i) {
        for (int k = 0; k < closes[size_t(i)]; ++k)
            out += close;
        const QChar c = text.at(i);
        if (c.isSpace() && opens[size_t(i)] == 0) {
            pendingSpace = pendingSpace || !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        for (int k = 0; k < opens[size_t(i)]; ++k)
            out += open;
        out += c.isSpace() ? QChar(QLatin1Char(' ')) : c;
    }
    for (int k = 0; k < closes[size_t(to)]; ++k)
        out += close;
    if (from > 0)
        out.prepend(QChar(0x2026));
    if (to < n)
        out += QChar(0x2026);
    return out;
}

} // namespace ks
