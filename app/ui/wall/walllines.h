// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

class QAbstractItemModel;

namespace ks {

/// How the wall's rows (month headers and cards) fall into the lines the view scrolls by: a
/// header is a line of its own, the cards of a month fill lines of @p columns side by side.
/// With one column a line is a row. Built from the month table (WallModel) in O(months), so
/// a wall of a million memories costs no more than one of a hundred; every mapping is a
/// binary search.
class WallLines
{
public:
    struct Line
    {
        int firstRow = -1;
        int count = 0; ///< rows in the line (1 for a header)
        bool header = false;
    };

    void rebuild(const QAbstractItemModel *model, int columns);
    int columns() const { return m_columns; }
    int lineCount() const { return m_lineCount; }
    /// The line holding @p row, -1 when there is none.
    int lineOfRow(int row) const;
    /// Which column of its line @p row is in.
    int columnOfRow(int row) const;
    Line line(int index) const;

private:
    struct Section
    {
        int headerRow = -1; ///< -1: rows before the first header
        int firstItemRow = 0;
        int itemCount = 0;
        int firstLine = 0;
        int startRow() const { return headerRow >= 0 ? headerRow : firstItemRow; }
        int lines(int columns) const
        {
            return (headerRow >= 0 ? 1 : 0) + (itemCount + columns - 1) / columns;
        }
    };
    int sectionOfRow(int row) const;
    int sectionOfLine(int line) const;

    QVector<Section> m_sections;
    int m_columns = 1;
    int m_lineCount = 0;
};

} // namespace ks
