// SPDX-License-Identifier: GPL-3.0-or-later
#include "photoviewer.h"

#include "pagestack.h"
#include "util/htmlsanitizer.h"
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
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace ks {

// --- PhotoViewer -------------------------------------------------------------------------------

namespace {

const char *kViewerStyle =
    "QToolBar#viewerBar { background: #141416; border: none; border-bottom: 1px solid #26262a; "
    "spacing: 2px; padding: 2px 8px; }"
    "QToolBar#viewerBar QToolButton { color: #e8e8ea; padding: 5px 10px; border-radius: 6px; }"
    "QToolBar#viewerBar QToolButton:hover, QToolBar#viewerBar QToolButton:focus { background: #2c2c31; }"
    "QToolBar#viewerBar QToolButton:checked { background: #3a3a42; }"
    "QToolBar#viewerBar QLabel { color: #b8b8bd; padding: 0 8px; }"
    "QToolBar#viewerBar::separator { background: #3a3a40; width: 1px; margin: 8px 6px; }"
    "QWidget#details { background: #18181b; border-left: 1px solid #26262a; }"
    "QWidget#details QScrollArea, QWidget#details QScrollArea > QWidget > QWidget { background: transparent; "
    "}"
    "QWidget#details QLabel { color: #e8e8ea; }"
    "QToolButton#previousArrow, QToolButton#nextArrow { color: #ffffff; background: rgba(0, 0, 0, 120); "
    "border: none; border-radius: 24px; font-size: 28px; padding-bottom: 4px; }"
    "QToolButton#previousArrow:hover, QToolButton#nextArrow:hover, QToolButton#previousArrow:focus, "
    "QToolButton#nextArrow:focus { background: rgba(255, 255, 255, 70); }"
    "QLabel#caption { color: #f4f4f4; background: rgba(0, 0, 0, 160); padding: 10px 16px; "
    "border-radius: 8px; }"
    "QPushButton#playButton { color: #ffffff; background: rgba(0, 0, 0, 160); border: 1px solid #8a8a90; "
    "border-radius: 6px; padding: 8px 18px; }";

constexpr int kArrow = 48;

} // namespace

PhotoViewer::PhotoViewer(Database &database, const QList<DetailMedia> &media, int start, QWidget *parent)
    : PhotoViewer(
          database, int(media.size()), [media](int index) { return media.at(index); }, start, parent)
{
}

PhotoViewer::PhotoViewer(Database &database, int count, Loader loader, int start, QWidget *parent)
    : QWidget(parent), m_database(database), m_count(qMax(0, count)), m_loader(std::move(loader))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("photoViewer"));
    setProperty("keepsakeDarkPage", true); // the page stack gives it a dark header
    setAutoFillBackground(true);
    QPalette dark = palette();
    dark.setColor(QPalette::Window, QColor(0x0e, 0x0e, 0x10));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xea));
    setPalette(dark);
    setStyleSheet(QLatin1String(kViewerStyle));

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("viewerBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_position = new QLabel(m_toolBar);
    m_position->setObjectName(QStringLiteral("position"));
    m_toolBar->addWidget(m_position);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    createActions();

    m_canvas = new ImageCanvas(this);
    m_canvas->installEventFilter(this);
    connect(m_canvas, &ImageCanvas::stepRequested, this, [this](int direction) {
        if (direction > 0)
            next();
        else
            previous();
    });
    m_message = new QLabel(m_canvas);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #f2f2f2; background: rgba(0, 0, 0, 150); "
                                            "padding: 14px; border-radius: 6px; }"));
    m_caption = new QLabel(m_canvas);
    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setTextFormat(Qt::RichText);
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_play = new QPushButton(m_canvas);
    m_play->setObjectName(QStringLiteral("playButton"));
    connect(m_play, &QPushButton::clicked, this,
            [this] { PageStack::open(this, new VideoPlayer(m_database, current())); });
    auto arrow = [this](const char *name, const QString &glyph, void (PhotoViewer::*step)()) {
        auto *button = new QToolButton(m_canvas);
        button->setObjectName(QLatin1String(name));
        button->setText(glyph);
        button->setFixedSize(kArrow, kArrow);
        button->setFocusPolicy(Qt::NoFocus); // the arrow keys do the same
        button->setCursor(Qt::PointingHandCursor);
        connect(button, &QToolButton::clicked, this, step);
        return button;
    };
    m_previousArrow = arrow("previousArrow", QStringLiteral("‹"), &PhotoViewer::previous);
    m_nextArrow = arrow("nextArrow", QStringLiteral("›"), &PhotoViewer::next);

    m_detailsPanel = new QWidget(this);
    m_detailsPanel->setObjectName(QStringLiteral("details"));
    m_detailsPanel->setAttribute(Qt::WA_StyledBackground);
    m_detailsPanel->setFixedWidth(320);
    auto *panelLayout = new QVBoxLayout(m_detailsPanel);
    auto *scroll = new QScrollArea(m_detailsPanel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_details = new QLabel(scroll);
    m_details->setObjectName(QStringLiteral("detailsText"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setContentsMargins(12, 10, 12, 10);
    scroll->setWidget(m_details);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(scroll);
    m_detailsPanel->hide(); // details on demand: I or the Details button

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
    setFocusProxy(m_canvas);

    retranslate();
    showIndex(qBound(0, start, qMax(0, m_count - 1)));
    m_canvas->setFocus();
}

void PhotoViewer::createActions()
{
    // Shortcuts work while the focus is in the viewer: as a page of the main window its keys
    // never reach the wall underneath.
    auto add = [this](QAction **slot, const QList<QKeySequence> &keys, auto method, bool onBar = true) {
        *slot = new QAction(this);
        (*slot)->setShortcuts(keys);
        (*slot)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(*slot);
        if (onBar)
            m_toolBar->addAction(*slot);
        connect(*slot, &QAction::triggered, this, method);
    };
    add(
        &m_previous, {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)}, [this] { previous(); },
        false);
    add(
        &m_next, {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Space)},
        [this] { next(); }, false);
    // Plain keys only: Ctrl+= / Ctrl+- belong to the window's text size.
    add(&m_zoomOut, {QKeySequence(Qt::Key_Minus)}, [this] { m_canvas->zoomBy(0.8); });
    add(&m_zoomIn, {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)},
        [this] { m_canvas->zoomBy(1.25); });
    add(&m_fit, {QKeySequence(Qt::Key_0), QKeySequence(Qt::Key_F)}, [this] { m_canvas->fitToWindow(); });
    add(&m_actual, {QKeySequence(Qt::Key_1)}, [this] { m_canvas->actualSize(); });
    m_toolBar->addSeparator();
    add(&m_info, {QKeySequence(Qt::Key_I)}, [this] { setDetailsVisible(!detailsVisible()); });
    m_info->setCheckable(true);
    m_info->setChecked(false);
    // F11 is handled in keyPressEvent: inside the main window its own Full Screen (F11) does the same.
    add(&m_fullScreen, {}, [this] { toggleFullScreen(); });
}

void PhotoViewer::retranslate()
{
    m_previous->setText(tr("Previous"));
    m_next->setText(tr("Next"));
    m_previousArrow->setToolTip(tr("Previous (←)"));
    m_previousArrow->setAccessibleName(tr("Previous photo"));
    m_nextArrow->setToolTip(tr("Next (→)"));
    m_nextArrow->setAccessibleName(tr("Next photo"));
    m_zoomOut->setText(tr("Zoom Out"));
    m_zoomIn->setText(tr("Zoom In"));
    m_fit->setText(tr("Fit"));
    m_actual->setText(tr("1:1"));
    m_info->setText(tr("Details"));
    m_info->setToolTip(tr("Show or hide the details (I)"));
    m_fullScreen->setText(tr("Full Screen"));
    m_play->setText(tr("Play video"));
    if (m_count == 0)
        m_message->setText(tr("There is nothing to show."));
    else if (m_loaded)
        showIndex(m_index);
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

void PhotoViewer::setContextTitle(const QString &title)
{
    m_contextTitle = title;
    if (m_count > 0)
        showIndex(m_index);
}

QString PhotoViewer::titleFor(const DetailMedia &m) const
{
    if (!m.albumName.isEmpty())
        return m.albumName;
    if (!m_contextTitle.isEmpty())
        return m_contextTitle;
    const QString words = detaildata::shortTitle(m.caption);
    if (!words.isEmpty())
        return words;
    if (!m.originalName.isEmpty() && !detaildata::isMadeUpName(m.originalName))
        return m.originalName;
    const QString kind = m.isVideo() ? tr("Video") : tr("Photo");
    return m.uploaded.isValid() ? tr("%1 · %2").arg(kind, detaildata::formatDate(m.uploaded)) : kind;
}

QString PhotoViewer::markupHtml(const QString &raw) const
{
    QzoneHtmlOptions options;
    Database &database = m_database;
    // QLabel loads local files itself: the emoticon's vault file, as the post shows it.
    options.emoticonUrl = [&database](const QString &id) {
        const QString path = detaildata::emoticonPath(database, id);
        return path.isEmpty() ? QString() : QUrl::fromLocalFile(path).toString();
    };
    options.mentionColor = QStringLiteral("#8cc4ff");
    options.topicColor = QStringLiteral("#ffc48c");
    return qzoneMarkupToHtml(raw, options);
}

void PhotoViewer::showIndex(int index)
{
    if (index < 0 || index >= m_count)
        return;
    const bool moved = index != m_index;
    if (moved || !m_loaded) {
        m_current = m_loader(index);
        m_loaded = true;
    }
    m_index = index;
    const DetailMedia &m = m_current;
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
    m_caption->setText(m.caption.trimmed().isEmpty() ? QString() : markupHtml(m.caption.trimmed()));
    m_caption->setVisible(!m_caption->text().isEmpty());

    m_position->setText(tr("%1 of %2").arg(index + 1).arg(m_count));
    m_position->setVisible(m_count > 1);
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < m_count);
    m_previousArrow->setVisible(index > 0);
    m_nextArrow->setVisible(index + 1 < m_count);
    setWindowTitle(titleFor(m));
    layoutOverlays();
    updateDetails();
    if (moved)
        emit currentIndexChanged(index);
}

void PhotoViewer::updateDetails()
{
    if (m_count == 0)
        return;
    const DetailMedia &m = m_current;
    QStringList rows;
    auto rowHtml = [&rows](const QString &label, const QString &html) {
        if (!html.isEmpty())
            rows << QStringLiteral("<p><span style=\"color: #9a9aa2\">%1</span><br>%2</p>")
                        .arg(htmlEscape(label), html);
    };
    auto row = [&rowHtml](const QString &label, const QString &value) {
        rowHtml(label, value.isEmpty() ? QString() : htmlEscape(value));
    };
    QString taken;
    if (!m.takenLocal.isEmpty()) {
        const QDateTime t = QDateTime::fromString(m.takenLocal, Qt::ISODate);
        taken =
            t.isValid()
                ? QLocale().toString(t, QCoreApplication::translate("ks::DetailData", "MMM d, yyyy HH:mm"))
                : m.takenLocal;
    }
    rowHtml(tr("Description"), m.caption.trimmed().isEmpty() ? QString() : markupHtml(m.caption.trimmed()));
    row(tr("Album"), m.albumName);
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
    // Where it came from, as the person knows it: the export they dropped and the file in it.
    const QString name = m.originalName.isEmpty() ? QFileInfo(m.sourcePath).fileName() : m.originalName;
    row(tr("In the export"), m.shownSourcePath.isEmpty() ? name : m.shownSourcePath);
    row(tr("Read from"), m.shownSourceFile);
    if (m.status != QLatin1String("ok"))
        row(tr("Status"), m.status == QLatin1String("missing")   ? tr("Missing from the export")
                          : m.status == QLatin1String("damaged") ? tr("Damaged")
                                                                 : tr("Placeholder picture"));
    m_details->setText(rows.join(QString()));
}

void PhotoViewer::layoutOverlays()
{
    const int w = m_canvas->width();
    const int h = m_canvas->height();
    m_message->setFixedWidth(qMin(560, qMax(200, w - 40)));
    m_message->adjustSize();
    const bool banner = !m_canvas->image().isNull();
    m_message->move((w - m_message->width()) / 2, banner ? 16 : (h - m_message->height()) / 2);
    int bottom = h - 20;
    if (!m_caption->isHidden()) {
        const int width = qMin(760, qMax(200, w - 2 * kArrow - 60));
        m_caption->setFixedWidth(width);
        // At most five lines over the picture; the whole text is in the details.
        // The text's own height (the label's padding is 10 px above and below, 16 at the sides).
        QTextDocument text;
        text.setDocumentMargin(0);
        text.setDefaultFont(m_caption->font());
        text.setHtml(m_caption->text());
        text.setTextWidth(width - 32);
        const int lines = m_caption->fontMetrics().lineSpacing() * 5;
        m_caption->setFixedHeight(qMin(lines, int(text.size().height())) + 20);
        m_caption->move((w - width) / 2, bottom - m_caption->height());
        bottom -= m_caption->height() + 12;
    }
    m_play->adjustSize();
    m_play->move((w - m_play->width()) / 2, bottom - m_play->height());
    m_previousArrow->move(16, (h - kArrow) / 2);
    m_nextArrow->move(w - kArrow - 16, (h - kArrow) / 2);
    m_previousArrow->raise();
    m_nextArrow->raise();
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

QString PhotoViewer::captionText() const
{
    return m_caption->isHidden() ? QString() : m_caption->text();
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
    if (m_index + 1 < m_count)
        showIndex(m_index + 1);
}

void PhotoViewer::previous()
{
    if (m_index > 0)
        showIndex(m_index - 1);
}

void PhotoViewer::toggleFullScreen()
{
    // As a page, the whole window goes full screen; Esc (the page stack) brings it back.
    QWidget *w = window();
    const bool full = !w->isFullScreen();
    setProperty("keepsakeFullScreen", full);
    w->setWindowState(full ? (w->windowState() | Qt::WindowFullScreen)
                           : (w->windowState() & ~Qt::WindowFullScreen));
}

void PhotoViewer::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F11) {
        toggleFullScreen();
        return;
    }
    if (event->key() == Qt::Key_Escape && window() == this) {
        if (isFullScreen())
            toggleFullScreen();
        else
            close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ks
