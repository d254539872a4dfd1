// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detaildata.h"

#include <QImage>
#include <QWidget>

class QLabel;
class QPushButton;
class QToolBar;
class QAction;

namespace ks {

class Database;

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
};

/// The photo viewer: steps through the pictures of a post, an album or an upload group, turns
/// them upright by their EXIF orientation, and shows where each came from.
class PhotoViewer : public QWidget
{
    Q_OBJECT
public:
    PhotoViewer(Database &database, const QList<DetailMedia> &media, int start, QWidget *parent = nullptr);

    int currentIndex() const { return m_index; }
    int count() const { return int(m_media.size()); }
    const DetailMedia &current() const { return m_media.at(m_index); }
    /// The picture as shown (after EXIF rotation); null when it could not be read.
    QImage displayedImage() const;
    ImageCanvas *canvas() const { return m_canvas; }
    /// The message shown instead of (or over) the picture, empty when none.
    QString message() const;
    QString detailsText() const;
    bool detailsVisible() const;

    void showIndex(int index);
    void next();
    void previous();
    void toggleFullScreen();
    void setDetailsVisible(bool visible);

    /// @p image turned upright for EXIF @p orientation (1…8).
    static QImage oriented(const QImage &image, int orientation);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void layoutOverlays();
    void retranslate();
    void updateDetails();

    Database &m_database;
    QList<DetailMedia> m_media;
    int m_index = 0;
    ImageCanvas *m_canvas = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_details = nullptr;
    QWidget *m_detailsPanel = nullptr;
    QLabel *m_position = nullptr;
    QPushButton *m_play = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_actual = nullptr;
    QAction *m_info = nullptr;
    QAction *m_fullScreen = nullptr;
};

} // namespace ks
