// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QVector>
#include <QWidget>
#include <functional>

class QAbstractItemModel;
class QPainter;

namespace ks {

class PhotoGridModel;
class WallModel;

/// The year bar at the right edge of the wall and of the photo grid, like a photo app's: years
/// as ticks placed by how much of the view lies before them; click a year or drag anywhere to
/// jump, with a bubble naming the month under the finger. It reads only the view's month table
/// (a header row per month): O(months), whatever the number of rows.
class YearScrubber : public QWidget
{
    Q_OBJECT
public:
    explicit YearScrubber(QWidget *parent = nullptr);

    /// A month of the view: its header row and yyyymm (0 = unknown date).
    struct Month
    {
        int month = 0;
        int row = 0;
    };
    /// Follows the month table of @p model, read again when it is reset.
    void setModel(WallModel *model);
    void setModel(PhotoGridModel *model);
    /// The month table itself, in display order, and the view's row count.
    void setMonths(const QVector<Month> &months, int rowCount);
    /// The view's top row, for the position marker.
    void setTopRow(int row);
    int topRow() const { return m_topRow; }
    /// Where the tick of @p year is drawn (widget coordinates), -1 when the year is not on the wall.
    int yearTickY(int year) const;
    /// The years with a tick, in display order.
    QList<int> years() const;
    bool isDragging() const { return m_dragging; }
    /// While dragging: where, and the month there ("2012年11月"), for the bubble the wall paints.
    int dragY() const { return m_dragY; }
    QString bubbleText() const { return m_bubble; }
    /// Header row for a click or drag at @p y: a year when on its label, else the month there.
    int rowForY(int y, QString *bubble = nullptr) const;
    /// The bubble beside the finger while dragging, drawn by the view on its viewport, whose
    /// right edge (minus the scrubber) is @p right.
    void paintBubble(QPainter *painter, int right) const;

    static constexpr int kWidth = 64;

signals:
    void jumpToRow(int row);
    void bubbleChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Tick
    {
        int year;
        int row;
        int y;
        bool labelled;
    };
    void follow(QAbstractItemModel *model, const std::function<void()> &read);
    void rebuild();
    void retranslate();
    int yForRow(int row) const;
    /// The month (index into m_months) that @p row lies in, -1 before the first.
    int monthAt(int row) const;
    void jumpAt(int y);

    QPointer<QAbstractItemModel> m_model;
    QVector<Month> m_months;
    int m_rowCount = 0;
    QList<Tick> m_ticks;
    int m_topRow = 0;
    bool m_dragging = false;
    bool m_hover = false;
    int m_dragY = -1;
    QString m_bubble;
};

} // namespace ks
