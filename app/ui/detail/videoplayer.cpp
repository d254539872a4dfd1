// SPDX-License-Identifier: GPL-3.0-or-later
#include "videoplayer.h"

#include <QAudioOutput>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMediaFormat>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSlider>
#include <QStackedWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace ks {

namespace {

QString clock(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, ms / 1000);
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2")
                           .arg(s / 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

VideoPlayer::VideoPlayer(Database &, const DetailMedia &media, QWidget *parent)
    : QWidget(parent), m_media(media)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("videoPlayer"));
    setProperty("keepsakeDarkPage", true); // the page stack gives it a dark header
    m_stack = new QStackedWidget(this);
    m_stack->setAutoFillBackground(true);
    QPalette dark = m_stack->palette();
    dark.setColor(QPalette::Window, Qt::black);
    dark.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
    m_stack->setPalette(dark);
    m_poster = new QLabel(m_stack);
    m_poster->setAlignment(Qt::AlignCenter);
    m_messageLabel = new QLabel(m_stack);
    m_messageLabel->setObjectName(QStringLiteral("message"));
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setMargin(24);
    m_stack->addWidget(m_poster);
    m_stack->addWidget(m_messageLabel);

    m_controls = new QWidget(this);
    auto *controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(8, 6, 8, 6);
    m_play = new QPushButton(m_controls);
    m_seek = new QSlider(Qt::Horizontal, m_controls);
    m_seek->setObjectName(QStringLiteral("seek"));
    m_time = new QLabel(m_controls);
    m_volumeLabel = new QLabel(m_controls);
    m_volume = new QSlider(Qt::Horizontal, m_controls);
    m_volume->setRange(0, 100);
    m_volume->setValue(80);
    m_volume->setFixedWidth(100);
    m_fullScreen = new QPushButton(m_controls);
    controls->addWidget(m_play);
    controls->addWidget(m_seek, 1);
    controls->addWidget(m_time);
    controls->addSpacing(12);
    controls->addWidget(m_volumeLabel);
    controls->addWidget(m_volume);
    controls->addWidget(m_fullScreen);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_controls);
    resize(900, 600);

    connect(m_play, &QPushButton::clicked, this, &VideoPlayer::togglePlay);
    connect(m_fullScreen, &QPushButton::clicked, this, &VideoPlayer::toggleFullScreen);
    connect(m_seek, &QSlider::sliderPressed, this, [this] { m_seeking = true; });
    connect(m_seek, &QSlider::sliderReleased, this, [this] {
        m_seeking = false;
        if (m_player)
            m_player->setPosition(m_seek->value());
    });
    connect(m_volume, &QSlider::valueChanged, this, [this](int value) {
        if (m_audio)
            m_audio->setVolume(value / 100.0f);
    });

    if (!m_media.posterPath.isEmpty())
        m_posterImage = QImage(m_media.posterPath);
    m_seek->setRange(0, int(qMax<qint64>(0, m_media.durationMs)));
    // Not only regular files: a pipe or a device behaves like a disk that stops answering.
    const QFileInfo file(m_media.filePath);
    m_playable = !m_media.isMissing() && file.exists() && !file.isDir();
    m_startWatch = new QTimer(this);
    m_startWatch->setSingleShot(true);
    m_startWatch->setInterval(20000);
    connect(m_startWatch, &QTimer::timeout, this, &VideoPlayer::startTimedOut);
    retranslate();
    updateTime();
}

VideoPlayer::~VideoPlayer()
{
    // The player goes before the video widget: Qt 6.4's GStreamer backend crashed on CI when
    // the widget's window was destroyed while the pipeline still held its sink.
    if (!m_player)
        return;
    m_startWatch->stop();
    m_player->disconnect(this);
    m_player->stop();
    m_player->setVideoOutput(nullptr);
    delete m_player;
    m_player = nullptr;
}

void VideoPlayer::retranslate()
{
    const bool playing =
        m_playWhenLoaded || (m_player && m_player->playbackState() == QMediaPlayer::PlayingState);
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_fullScreen->setText(tr("Full Screen"));
    m_volumeLabel->setText(tr("Volume"));
    const QString name =
        m_media.originalName.isEmpty() ? QFileInfo(m_media.sourcePath).fileName() : m_media.originalName;
    // Titled by what the person wrote with it, or a name they gave it, never an exporter's hash.
    QString title = detaildata::shortTitle(m_media.caption);
    if (title.isEmpty() && !detaildata::isMadeUpName(name))
        title = name;
    if (title.isEmpty() && m_media.uploaded.isValid())
        title = detaildata::formatDate(m_media.uploaded);
    setWindowTitle(title.isEmpty() ? tr("Video") : tr("Video — %1").arg(title));
    if (!m_playable) {
        showMessage(tr("This video is not in the library: the export did not contain the file%1.\n"
                       "Import the export's media folder to add it.")
                        .arg(name.isEmpty() ? QString() : tr(" (%1)").arg(name)));
    } else if (m_message.isEmpty()) {
        updatePoster();
    }
}

void VideoPlayer::updatePoster()
{
    if (m_posterImage.isNull()) {
        m_poster->setText(tr("Press Play to watch this video."));
        return;
    }
    const QSize box = m_stack->size().isValid() ? m_stack->size() : QSize(900, 540);
    m_poster->setPixmap(QPixmap::fromImage(m_posterImage.scaled(
        box.boundedTo(m_posterImage.size() * 2), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void VideoPlayer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_stack->currentWidget() == m_poster && !m_posterImage.isNull())
        updatePoster();
}

void VideoPlayer::showMessage(const QString &text)
{
    m_startWatch->stop();
    m_message = text;
    m_messageLabel->setText(text);
    m_stack->setCurrentWidget(m_messageLabel);
    m_play->setEnabled(false);
    m_seek->setEnabled(false);
}

QString VideoPlayer::message() const
{
    return m_message;
}

QVideoSink *VideoPlayer::videoSink() const
{
    return m_video ? m_video->videoSink() : nullptr;
}

bool VideoPlayer::isShowingPoster() const
{
    return m_stack->currentWidget() == m_poster;
}

void VideoPlayer::ensurePlayer()
{
    if (m_player)
        return;
    // Made on first play: the poster alone costs no decoder.
    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_audio->setVolume(m_volume->value() / 100.0f);
    m_player->setAudioOutput(m_audio);
    m_video = new QVideoWidget(m_stack);
    m_stack->addWidget(m_video);
    m_player->setVideoOutput(m_video);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        m_seek->setRange(0, int(duration));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (position > 0)
            m_startWatch->stop();
        if (!m_seeking)
            m_seek->setValue(int(position));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this] { retranslate(); });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &error) {
        showMessage(
            tr("This video cannot be played: %1").arg(error.isEmpty() ? tr("unknown format") : error));
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &VideoPlayer::mediaStatusChanged);
    connect(m_player, &QMediaPlayer::bufferProgressChanged, this, &VideoPlayer::watchStart);
    m_player->setSource(QUrl::fromLocalFile(m_media.filePath));
}

void VideoPlayer::mediaStatusChanged(QMediaPlayer::MediaStatus status)
{
    watchStart();
    if (status == QMediaPlayer::InvalidMedia) {
        showMessage(tr("This video cannot be played: the file is damaged or in a format this system cannot "
                       "decode."));
        return;
    }
    if (status != QMediaPlayer::LoadedMedia || !m_message.isEmpty())
        return;
    if (!m_player->hasVideo()) {
        // GStreamer found the streams but no decoder for the picture: it would play the sound
        // over a black screen. Say what is missing instead.
        m_playWhenLoaded = false;
        m_player->stop();
        const QVariant codec = m_player->metaData().value(QMediaMetaData::VideoCodec);
        const QString codecName = codec.isValid()
                                      ? QMediaFormat::videoCodecName(codec.value<QMediaFormat::VideoCodec>())
                                      : QString();
        showMessage(tr("The picture of this video cannot be shown: this computer has no decoder for it%1.\n"
                       "Install the package gstreamer1.0-libav, then restart Keepsake.")
                        .arg(codecName.isEmpty() ? QString() : tr(" (%1)").arg(codecName)));
        return;
    }
    if (m_playWhenLoaded) {
        m_playWhenLoaded = false;
        m_player->play();
    }
}

void VideoPlayer::setStartTimeout(int milliseconds)
{
    m_startWatch->setInterval(milliseconds);
}

// Any sign of life while a play waits for its first position gives the file more time.
void VideoPlayer::watchStart()
{
    if (m_startWatch->isActive())
        m_startWatch->start();
}

void VideoPlayer::startTimedOut()
{
    if (!m_player || !m_message.isEmpty() || m_player->position() > 0)
        return;
    // Qt's GStreamer backend can wait for good on a cut-off download or a disk that stopped
    // answering; stopping the pipeline could then block too, so it is only left alone.
    m_playWhenLoaded = false;
    const int seconds = qMax(1, m_startWatch->interval() / 1000);
    showMessage(tr("This video did not start: nothing came from the file for %n second(s). The file may be "
                   "incomplete, or on a disk or network drive that is not answering.",
                   nullptr, seconds));
}

bool VideoPlayer::systemCanDecodeVideo()
{
    return !QMediaFormat().supportedVideoCodecs(QMediaFormat::Decode).isEmpty();
}

void VideoPlayer::play()
{
    if (!m_playable || !m_message.isEmpty())
        return;
    if (!m_player && !systemCanDecodeVideo()) {
        // Qt 6.4's GStreamer backend crashes while making the player when the base plugins
        // (videoconvert, audioconvert) are missing, so no player is made without decoders.
        showMessage(tr("Videos cannot be played on this computer: the GStreamer plugins that decode them "
                       "are not installed.\nInstall the packages gstreamer1.0-plugins-good, "
                       "gstreamer1.0-plugins-bad and gstreamer1.0-libav, then restart Keepsake."));
        return;
    }
    ensurePlayer();
    m_stack->setCurrentWidget(m_video);
    if (m_player->position() == 0)
        m_startWatch->start();
    // Qt 6.4's GStreamer backend can stall for good (no frame, no error) when play() arrives
    // while the pipeline is still prerolling; so the first play waits until the media is loaded.
    if (m_player->mediaStatus() == QMediaPlayer::LoadingMedia) {
        m_playWhenLoaded = true;
        retranslate();
        return;
    }
    m_player->play();
}

void VideoPlayer::pause()
{
    m_startWatch->stop();
    if (m_playWhenLoaded) {
        m_playWhenLoaded = false;
        retranslate();
    }
    if (m_player)
        m_player->pause();
}

void VideoPlayer::togglePlay()
{
    if (m_playWhenLoaded || (m_player && m_player->playbackState() == QMediaPlayer::PlayingState))
        pause();
    else
        play();
}

void VideoPlayer::updateTime()
{
    const qint64 duration = m_player && m_player->duration() > 0 ? m_player->duration() : m_media.durationMs;
    const qint64 position = m_player ? m_player->position() : 0;
    m_time->setText(QStringLiteral("%1 / %2").arg(clock(position), clock(duration)));
}

void VideoPlayer::toggleFullScreen()
{
    // As a page, the whole window goes full screen; Esc (the page stack) brings it back.
    QWidget *w = window();
    const bool full = !w->isFullScreen();
    setProperty("keepsakeFullScreen", full);
    w->setWindowState(full ? (w->windowState() | Qt::WindowFullScreen)
                           : (w->windowState() & ~Qt::WindowFullScreen));
}

void VideoPlayer::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        togglePlay();
        return;
    case Qt::Key_F11:
        toggleFullScreen();
        return;
    case Qt::Key_Escape: // a window of its own; as a page, the page stack takes Esc
        if (isFullScreen())
            toggleFullScreen();
        else
            close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void VideoPlayer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ks
