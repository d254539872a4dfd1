// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detaildata.h"

#include <QMediaPlayer>
#include <QWidget>

class QAudioOutput;
class QLabel;
class QPushButton;
class QSlider;
class QStackedWidget;
class QTimer;
class QVideoSink;
class QVideoWidget;

namespace ks {

class Database;

/// Plays one video of the library (Qt Multimedia): the poster first, then play/pause, seek,
/// time, volume and full screen; a clear message when the file is missing or cannot be played.
class VideoPlayer : public QWidget
{
    Q_OBJECT
public:
    VideoPlayer(Database &database, const DetailMedia &media, QWidget *parent = nullptr);
    ~VideoPlayer() override;

    /// The message shown instead of the video, empty when none.
    QString message() const;
    bool canPlay() const { return m_playable; }
    QMediaPlayer *player() const { return m_player; }
    /// Where decoded frames arrive (the video widget's sink), null before the first play.
    QVideoSink *videoSink() const;
    bool isShowingPoster() const;

    /// False when the multimedia backend can decode no video codec at all (the GStreamer
    /// plugins are not installed): then no player is made and the message says what to install.
    static bool systemCanDecodeVideo();

    /// How long a requested play may go without any sign of life from the file (no status
    /// change, no position) before the player says it did not start. 20 s by default.
    void setStartTimeout(int milliseconds);

    void play();
    void pause();
    void togglePlay();
    void toggleFullScreen();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void ensurePlayer();
    void mediaStatusChanged(QMediaPlayer::MediaStatus status);
    void watchStart();
    void startTimedOut();
    void showMessage(const QString &text);
    void updateTime();
    void updatePoster();
    void retranslate();

    DetailMedia m_media;
    bool m_playable = false;
    QString m_message;
    QImage m_posterImage;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_poster = nullptr;
    QVideoWidget *m_video = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_play = nullptr;
    QSlider *m_seek = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_volumeLabel = nullptr;
    QSlider *m_volume = nullptr;
    QPushButton *m_fullScreen = nullptr;
    QWidget *m_controls = nullptr;
    bool m_seeking = false;
    bool m_playWhenLoaded = false;
    QTimer *m_startWatch = nullptr;
};

} // namespace ks
