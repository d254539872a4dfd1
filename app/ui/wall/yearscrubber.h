// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace ks {

class WallModel;

/// The year bar at the wall's right edge, like a photo app's: years as ticks placed by how much
/// of the wall lies before them; click a year or drag anywhere to jump, with a bubble naming the
/// month under the finger.
class YearScrubber : public QWidget
{
    Q_OBJECT
public:
    explicit YearScrubber(QWidget *parent = nullptr);

    void setModel(WallModel *model);
    /// The wall's top row, for the position marker.
    void setTopRow(int row);
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
    void rebuild();
    void retranslate();
    int yForRow(int row) const;
    void jumpAt(int y);

    WallModel *m_model = nullptr;
    QList<Tick> m_ticks;
    int m_topRow = 0;
    bool m_dragging = false;
    bool m_hover = false;
    int m_dragY = -1;
    QString m_bubble;
};

} // namespace ks
