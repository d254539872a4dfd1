// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagecanvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

namespace ks {

namespace {

constexpr qreal kMinScale = 0.02;
constexpr qreal kMaxScale = 16.0;

} // namespace

ImageCanvas::ImageCanvas(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(200, 150);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0x0e, 0x0e, 0x10));
    setPalette(p);
    setFocusPolicy(Qt::StrongFocus);
}

void ImageCanvas::setImage(const QImage &image)
{
    m_image = image;
    m_fit = true;
    m_pan = QPointF();
    update();
}

qreal ImageCanvas::fitScale() const
{
    if (m_image.isNull())
        return 1.0;
    const qreal sx = qreal(width()) / m_image.width();
    const qreal sy = qreal(height()) / m_image.height();
    // Small pictures (QQ often kept 200×150) fill the window up to four times their size: never
    // smaller than the wall showed them, never a blur of a few pixels.
    return qMin(4.0, qMin(sx, sy));
}

qreal ImageCanvas::scale() const
{
    return m_fit ? fitScale() : m_scale;
}

void ImageCanvas::fitToWindow()
{
    m_fit = true;
    m_pan = QPointF();
    update();
}

void ImageCanvas::actualSize()
{
    m_fit = false;
    m_scale = 1.0;
    m_pan = QPointF();
    update();
}

void ImageCanvas::zoomBy(qreal factor, const QPointF &anchor)
{
    if (m_image.isNull())
        return;
    const qreal old = scale();
    const qreal now = qBound(kMinScale, old * factor, kMaxScale);
    // Keep the point under the anchor (the cursor) where it is.
    const QPointF centre(width() / 2.0, height() / 2.0);
    const QPointF a = anchor.x() < 0 ? centre : anchor;
    const QPointF imagePoint = (a - centre - m_pan) / old;
    m_fit = false;
    m_scale = now;
    m_pan = a - centre - imagePoint * now;
    clampPan();
    update();
}

QRectF ImageCanvas::imageRect() const
{
    const qreal s = scale();
    const QSizeF size(m_image.width() * s, m_image.height() * s);
    const QPointF centre = QPointF(width() / 2.0, height() / 2.0) + (m_fit ? QPointF() : m_pan);
    return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
}

void ImageCanvas::clampPan()
{
    const qreal s = scale();
    const qreal maxX = qMax(0.0, (m_image.width() * s - width()) / 2);
    const qreal maxY = qMax(0.0, (m_image.height() * s - height()) / 2);
    m_pan.setX(qBound(-maxX, m_pan.x(), maxX));
    m_pan.setY(qBound(-maxY, m_pan.y(), maxY));
}

void ImageCanvas::paintEvent(QPaintEvent *)
{
    if (m_image.isNull())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::SmoothPixmapTransform, m_fit || scale() < 2.0);
    p.drawImage(imageRect(), m_image);
}

void ImageCanvas::wheelEvent(QWheelEvent *event)
{
    event->accept();
    const QPoint delta = event->angleDelta();
    // Ctrl+wheel, or the wheel on a zoomed picture, zooms; on a fitted picture the wheel and a
    // touchpad's sideways swipe go to the next or previous one, one notch (120) at a time.
    if ((event->modifiers() & Qt::ControlModifier) || (!m_fit && qAbs(delta.x()) < qAbs(delta.y()))) {
        if (delta.y() != 0)
            zoomBy(delta.y() > 0 ? 1.25 : 0.8, event->position());
        return;
    }
    m_wheel += qAbs(delta.x()) > qAbs(delta.y()) ? delta.x() : delta.y();
    if (qAbs(m_wheel) >= 120) {
        const int direction = m_wheel > 0 ? -1 : 1;
        m_wheel = 0;
        emit stepRequested(direction);
    }
}

void ImageCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore(); // the mouse's back button goes to the page
        return;
    }
    m_dragStart = event->pos();
    m_swiping = m_fit;
    if (!m_fit) {
        m_dragging = true;
        m_panStart = m_pan;
        setCursor(Qt::ClosedHandCursor);
    }
}

void ImageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    m_pan = m_panStart + QPointF(event->pos() - m_dragStart);
    clampPan();
    update();
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    // A sideways drag over a fitted picture is a swipe: to the left for the next one.
    const QPoint moved = event->pos() - m_dragStart;
    if (m_swiping && qAbs(moved.x()) > 60 && qAbs(moved.x()) > 2 * qAbs(moved.y()))
        emit stepRequested(moved.x() < 0 ? 1 : -1);
    m_swiping = false;
    m_dragging = false;
    unsetCursor();
}

void ImageCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_fit)
        zoomBy(1.0 / fitScale(), event->position());
    else
        fitToWindow();
}

void ImageCanvas::resizeEvent(QResizeEvent *)
{
    clampPan();
}

} // namespace ks
