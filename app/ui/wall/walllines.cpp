// SPDX-License-Identifier: GPL-3.0-or-later
#include "walllines.h"

#include "models/wallmodel.h"

#include <algorithm>

namespace ks {

void WallLines::rebuild(const QAbstractItemModel *model, int columns)
{
    m_columns = qMax(1, columns);
    m_sections.clear();
    m_lineCount = 0;
    if (!model)
        return;
    if (auto *wall = qobject_cast<const WallModel *>(model)) {
        m_sections.reserve(wall->months().size());
        for (const WallModel::MonthAnchor &month : wall->months())
            m_sections.append(Section{month.row, month.row + 1, month.count, 0});
    } else {
        // Other models (那年今日) are short: one walk finds their headers.
        const int count = model->rowCount();
        for (int row = 0; row < count; ++row) {
            const bool header =
                model->index(row, 0).data(WallModel::RowTypeRole).toInt() == WallModel::HeaderRow;
            if (header || m_sections.isEmpty())
                m_sections.append(Section{header ? row : -1, header ? row + 1 : row, 0, 0});
            if (!header)
                ++m_sections.last().itemCount;
        }
    }
    for (Section &s : m_sections) {
        s.firstLine = m_lineCount;
        m_lineCount += s.lines(m_columns);
    }
}

int WallLines::sectionOfRow(int row) const
{
    auto it = std::upper_bound(m_sections.cbegin(), m_sections.cend(), row,
                               [](int r, const Section &s) { return r < s.startRow(); });
    return int(it - m_sections.cbegin()) - 1;
}

int WallLines::sectionOfLine(int line) const
{
    auto it = std::upper_bound(m_sections.cbegin(), m_sections.cend(), line,
                               [](int l, const Section &s) { return l < s.firstLine; });
    return int(it - m_sections.cbegin()) - 1;
}

int WallLines::lineOfRow(int row) const
{
    const int index = sectionOfRow(row);
    if (index < 0)
        return -1;
    const Section &s = m_sections.at(index);
    if (row == s.headerRow)
        return s.firstLine;
    const int item = row - s.firstItemRow;
    if (item < 0 || item >= s.itemCount)
        return -1;
    return s.firstLine + (s.headerRow >= 0 ? 1 : 0) + item / m_columns;
}

int WallLines::columnOfRow(int row) const
{
    const int index = sectionOfRow(row);
    if (index < 0 || row == m_sections.at(index).headerRow)
        return 0;
    return qMax(0, row - m_sections.at(index).firstItemRow) % m_columns;
}

WallLines::Line WallLines::line(int index) const
{
    const int si = sectionOfLine(index);
    if (si < 0 || index >= m_lineCount)
        return Line();
    const Section &s = m_sections.at(si);
    int k = index - s.firstLine;
    if (s.headerRow >= 0) {
        if (k == 0)
            return Line{s.headerRow, 1, true};
        --k;
    }
    const int first = k * m_columns;
    return Line{s.firstItemRow + first, qMin(m_columns, s.itemCount - first), false};
}

} // namespace ks
