// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

namespace ks {

/// A bar chart painted with QPainter: one bar per value, labels under the bars, the count of
/// the bar under the mouse shown above it. Clicking a bar emits barClicked().
class BarChart : public QWidget
{
    Q_OBJECT
public:
    struct Bar
    {
        QString label;   ///< under the bar ("2012", "6")
        QString tooltip; ///< shown on hover ("2012年：123 条")
        int value = 0;
        int key = 0; ///< what barClicked() reports (a year, a month)
    };

    explicit BarChart(QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }
    void setSelectedKey(int key);
    int selectedKey() const { return m_selectedKey; }
    void setAccent(const QColor &color)
    {
        m_accent = color;
        update();
    }
    /// The bar at @p pos, -1 when none (tests hover with it).
    int barAt(const QPoint &pos) const;
    QRect barRect(int index) const;
    int hoveredBar() const { return m_hovered; }

    QSize sizeHint() const override { return QSize(600, 220); }
    QSize minimumSizeHint() const override { return QSize(200, 140); }

signals:
    void barClicked(int key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRect plotRect() const;

    QList<Bar> m_bars;
    int m_hovered = -1;
    int m_selectedKey = 0;
    QColor m_accent = QColor(0x3d, 0x7e, 0xc8);
};

} // namespace ks
