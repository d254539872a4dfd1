// SPDX-License-Identifier: GPL-3.0-or-later
#include "photoviewer.h"

#include "util/textutil.h"
#include "videoplayer.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace ks {

namespace {

constexpr qreal kMinScale = 0.02;
constexpr qreal kMaxScale = 16.0;

} // namespace

// --- ImageCanvas -------------------------------------------------------------------------------

ImageCanvas::ImageCanvas(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(200, 150);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0x1c, 0x1c, 0x1e));
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
    return qMin(1.0, qMin(sx, sy)); // small pictures are not blown up when fitting
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
    p.setRenderHint(QPainter::SmoothPixmapTransform, scale() < 2.0);
    p.drawImage(imageRect(), m_image);
}

void ImageCanvas::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return;
    zoomBy(delta > 0 ? 1.25 : 0.8, event->position());
    event->accept();
}

void ImageCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_fit) {
        m_dragging = true;
        m_dragStart = event->pos();
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

void ImageCanvas::mouseReleaseEvent(QMouseEvent *)
{
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

// --- PhotoViewer -------------------------------------------------------------------------------

PhotoViewer::PhotoViewer(Database &database, const QList<DetailMedia> &media, int start, QWidget *parent)
    : QWidget(parent, Qt::Window), m_database(database), m_media(media)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("photoViewer"));
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createActions();

    m_canvas = new ImageCanvas(this);
    m_canvas->installEventFilter(this);
    m_message = new QLabel(m_canvas);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #f2f2f2; background: rgba(0, 0, 0, 150); "
                                            "padding: 14px; border-radius: 6px; }"));
    m_play = new QPushButton(m_canvas);
    connect(m_play, &QPushButton::clicked, this, [this] {
        auto *player = new VideoPlayer(m_database, current(), this);
        player->show();
    });

    m_detailsPanel = new QWidget(this);
    m_detailsPanel->setObjectName(QStringLiteral("details"));
    m_detailsPanel->setFixedWidth(300);
    auto *panelLayout = new QVBoxLayout(m_detailsPanel);
    auto *scroll = new QScrollArea(m_detailsPanel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_details = new QLabel(scroll);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setContentsMargins(8, 8, 8, 8);
    scroll->setWidget(m_details);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(scroll);

    m_position = new QLabel(this);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_position);

    auto *centre = new QHBoxLayout;
    centre->setContentsMargins(0, 0, 0, 0);
    centre->setSpacing(0);
    centre->addWidget(m_canvas, 1);
    centre->addWidget(m_detailsPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addLayout(centre, 1);
    resize(1100, 760);

    retranslate();
    showIndex(qBound(0, start, qMax(0, int(m_media.size()) - 1)));
    m_canvas->setFocus();
}

void PhotoViewer::createActions()
{
    auto add = [this](QAction **slot, const QList<QKeySequence> &keys, auto method) {
        *slot = m_toolBar->addAction(QString());
        (*slot)->setShortcuts(keys);
        (*slot)->setShortcutContext(Qt::WindowShortcut);
        connect(*slot, &QAction::triggered, this, method);
    };
    add(&m_previous, {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)}, [this] { previous(); });
    add(&m_next, {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Space)},
        [this] { next(); });
    m_toolBar->addSeparator();
    add(&m_zoomOut, {QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut}, [this] { m_canvas->zoomBy(0.8); });
    add(&m_zoomIn, {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn},
        [this] { m_canvas->zoomBy(1.25); });
    add(&m_fit, {QKeySequence(Qt::Key_0), QKeySequence(Qt::Key_F)}, [this] { m_canvas->fitToWindow(); });
    add(&m_actual, {QKeySequence(Qt::Key_1)}, [this] { m_canvas->actualSize(); });
    m_toolBar->addSeparator();
    add(&m_info, {QKeySequence(Qt::Key_I)}, [this] { setDetailsVisible(!detailsVisible()); });
    m_info->setCheckable(true);
    m_info->setChecked(true);
    add(&m_fullScreen, {QKeySequence(Qt::Key_F11)}, [this] { toggleFullScreen(); });
}

void PhotoViewer::retranslate()
{
    m_previous->setText(tr("Previous"));
    m_next->setText(tr("Next"));
    m_zoomOut->setText(tr("Zoom Out"));
    m_zoomIn->setText(tr("Zoom In"));
    m_fit->setText(tr("Fit"));
    m_actual->setText(tr("1:1"));
    m_info->setText(tr("Details"));
    m_fullScreen->setText(tr("Full Screen"));
    m_play->setText(tr("Play video"));
    if (!m_media.isEmpty())
        showIndex(m_index);
    else
        m_message->setText(tr("There is nothing to show."));
}

void PhotoViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QImage PhotoViewer::oriented(const QImage &image, int orientation)
{
    if (image.isNull() || orientation <= 1 || orientation > 8)
        return image;
    QTransform t;
    switch (orientation) {
    case 2:
        return image.mirrored(true, false);
    case 3:
        t.rotate(180);
        break;
    case 4:
        return image.mirrored(false, true);
    case 5:
        t.rotate(90);
        return image.mirrored(true, false).transformed(t);
    case 6:
        t.rotate(90);
        break;
    case 7:
        t.rotate(-90);
        return image.mirrored(true, false).transformed(t);
    case 8:
        t.rotate(-90);
        break;
    default:
        break;
    }
    return image.transformed(t);
}

void PhotoViewer::showIndex(int index)
{
    if (m_media.isEmpty() || index < 0 || index >= m_media.size())
        return;
    m_index = index;
    const DetailMedia &m = m_media.at(index);
    QImage image;
    QString message;
    const bool video = m.isVideo();
    const QString shownName = m.originalName.isEmpty() ? QFileInfo(m.sourcePath).fileName() : m.originalName;
    if (video) {
        if (!m.posterPath.isEmpty())
            image = QImage(m.posterPath);
        if (m.isMissing() || !QFileInfo::exists(m.filePath))
            message = tr("This video is not in the library: the export did not contain it.");
    } else if (m.isMissing() || !QFileInfo::exists(m.filePath)) {
        message = tr("This photo is not in the library: the export did not contain the file%1.")
                      .arg(shownName.isEmpty() ? QString() : tr(" (%1)").arg(shownName));
    } else {
        QImageReader reader(m.filePath);
        // Turned by the orientation the library recorded; the file's own tag only when none was.
        reader.setAutoTransform(m.orientation <= 0);
        image = reader.read();
        if (m.orientation > 0)
            image = oriented(image, m.orientation);
        if (image.isNull())
            message = tr("This file is damaged and cannot be shown: %1").arg(reader.errorString());
        else if (m.status == QLatin1String("damaged"))
            message = tr("This file is damaged; what could be read of it is shown.");
        else if (m.status == QLatin1String("placeholder"))
            message = tr("QQ Space served a placeholder instead of this photo.");
    }
    m_canvas->setImage(image);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_play->setVisible(video && !m.isMissing());
    layoutOverlays();

    m_position->setText(QStringLiteral("  %1 / %2  ").arg(index + 1).arg(m_media.size()));
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < m_media.size());
    const QString title = shownName.isEmpty() ? tr("Photo") : shownName;
    setWindowTitle(m.albumName.isEmpty() ? title : tr("%1 — %2").arg(title, m.albumName));
    updateDetails();
}

void PhotoViewer::updateDetails()
{
    if (m_media.isEmpty())
        return;
    const DetailMedia &m = m_media.at(m_index);
    QStringList rows;
    auto row = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows << QStringLiteral("<p><span style=\"color: #888888\">%1</span><br>%2</p>")
                        .arg(htmlEscape(label), htmlEscape(value));
    };
    QString taken;
    if (!m.takenLocal.isEmpty()) {
        const QDateTime t = QDateTime::fromString(m.takenLocal, Qt::ISODate);
        taken =
            t.isValid()
                ? QLocale().toString(t, QCoreApplication::translate("ks::DetailData", "MMM d, yyyy HH:mm"))
                : m.takenLocal;
    }
    row(tr("Taken"), taken.isEmpty() ? tr("Unknown (no EXIF date)") : taken);
    row(tr("Uploaded"), m.uploaded.isValid() ? detaildata::formatTime(m.uploaded) : QString());
    row(tr("Camera"), QStringList{m.cameraMake, m.cameraModel}.join(QLatin1Char(' ')).trimmed());
    const QImage shown = m_canvas->image();
    QSize pixels = shown.isNull() ? QSize(m.width, m.height) : shown.size();
    if (shown.isNull() && (m.orientation >= 5 && m.orientation <= 8))
        pixels.transpose();
    if (pixels.width() > 0 && pixels.height() > 0)
        row(tr("Dimensions"), tr("%1 × %2 pixels").arg(pixels.width()).arg(pixels.height()));
    if (m.size > 0)
        row(tr("File size"), detaildata::formatBytes(m.size));
    if (m.latitude && m.longitude)
        row(tr("Location (GPS)"),
            QStringLiteral("%1, %2").arg(*m.latitude, 0, 'f', 6).arg(*m.longitude, 0, 'f', 6));
    row(tr("Original file name"),
        m.originalName.isEmpty() ? QFileInfo(m.sourcePath).fileName() : m.originalName);
    row(tr("Album"), m.albumName);
    row(tr("Description"), m.caption);
    row(tr("Path in the export"), m.sourcePath);
    row(tr("Source export file"), m.sourceFile);
    if (m.status != QLatin1String("ok"))
        row(tr("Status"), m.status == QLatin1String("missing")   ? tr("Missing from the export")
                          : m.status == QLatin1String("damaged") ? tr("Damaged")
                                                                 : tr("Placeholder picture"));
    m_details->setText(rows.join(QString()));
}

void PhotoViewer::layoutOverlays()
{
    m_message->setFixedWidth(qMin(560, qMax(200, m_canvas->width() - 40)));
    m_message->adjustSize();
    const bool banner = !m_canvas->image().isNull();
    m_message->move((m_canvas->width() - m_message->width()) / 2,
                    banner ? 16 : (m_canvas->height() - m_message->height()) / 2);
    m_play->adjustSize();
    m_play->move((m_canvas->width() - m_play->width()) / 2, m_canvas->height() - m_play->height() - 24);
}

bool PhotoViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas && event->type() == QEvent::Resize)
        layoutOverlays();
    return QWidget::eventFilter(watched, event);
}

QImage PhotoViewer::displayedImage() const
{
    return m_canvas->image();
}

QString PhotoViewer::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString PhotoViewer::detailsText() const
{
    return m_details->text();
}

bool PhotoViewer::detailsVisible() const
{
    return !m_detailsPanel->isHidden();
}

void PhotoViewer::setDetailsVisible(bool visible)
{
    m_detailsPanel->setVisible(visible);
    m_info->setChecked(visible);
}

void PhotoViewer::next()
{
    if (m_index + 1 < m_media.size())
        showIndex(m_index + 1);
}

void PhotoViewer::previous()
{
    if (m_index > 0)
        showIndex(m_index - 1);
}

void PhotoViewer::toggleFullScreen()
{
    if (isFullScreen()) {
        showNormal();
        m_toolBar->show();
    } else {
        showFullScreen();
    }
}

void PhotoViewer::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        if (isFullScreen())
            toggleFullScreen();
        else
            close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ks
