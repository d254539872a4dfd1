// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

namespace ks {

/// Shows one picture: fit to the window or zoomed (wheel, keys), dragged to pan.
class ImageCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit ImageCanvas(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    const QImage &image() const { return m_image; }
    /// Current scale (1.0 = one image pixel per device-independent pixel).
    qreal scale() const;
    bool isFit() const { return m_fit; }
    void fitToWindow();
    void actualSize();
    void zoomBy(qreal factor, const QPointF &anchor = QPointF(-1, -1));

signals:
    /// The wheel or a swipe asks for the next (+1) or previous (-1) picture.
    void stepRequested(int direction);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    qreal fitScale() const;
    QRectF imageRect() const;
    void clampPan();

    QImage m_image;
    bool m_fit = true;
    qreal m_scale = 1.0;
    QPointF m_pan; // offset of the image centre from the widget centre
    QPoint m_dragStart;
    QPointF m_panStart;
    bool m_dragging = false;
    bool m_swiping = false;
    int m_wheel = 0; // wheel units not yet turned into a step
};

} // namespace ks
