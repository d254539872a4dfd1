// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detaildata.h"
#include "imagecanvas.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QToolBar;
class QToolButton;
class QAction;

namespace ks {

class Database;

/// The photo viewer, immersive: the picture on a dark backdrop, on-screen arrows, the arrow keys,
/// the wheel and a swipe for the next and previous one, the description (QQ emoticons as
/// pictures) under it, and the details (EXIF, where it came from) on demand (I or Details).
/// Steps through the pictures of a post, an album or an upload group, turned upright by their
/// EXIF orientation. Its title is the album or the post, never a file name. A long sequence (the
/// photo grid's whole library) is read one picture at a time through a loader.
class PhotoViewer : public QWidget
{
    Q_OBJECT
public:
    PhotoViewer(Database &database, const QList<DetailMedia> &media, int start, QWidget *parent = nullptr);
    /// Reads the picture at an index (0 … count-1) when it is shown.
    using Loader = std::function<DetailMedia(int index)>;
    PhotoViewer(Database &database, int count, Loader loader, int start, QWidget *parent = nullptr);

    int currentIndex() const { return m_index; }
    int count() const { return m_count; }
    const DetailMedia &current() const { return m_current; }
    /// The picture as shown (after EXIF rotation); null when it could not be read.
    QImage displayedImage() const;
    ImageCanvas *canvas() const { return m_canvas; }
    /// The message shown instead of (or over) the picture, empty when none.
    QString message() const;
    /// The details panel as rich text.
    QString detailsText() const;
    /// The description under the picture as rich text, empty when it has none.
    QString captionText() const;
    bool detailsVisible() const;
    /// What the viewer shows when a picture has no album: the post's first words (set by the post).
    void setContextTitle(const QString &title);

    void showIndex(int index);
    void next();
    void previous();
    void toggleFullScreen();
    void setDetailsVisible(bool visible);

    /// @p image turned upright for EXIF @p orientation (1…8).
    static QImage oriented(const QImage &image, int orientation);

signals:
    /// Another picture is shown (the grid under the viewer follows it).
    void currentIndexChanged(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void layoutOverlays();
    void retranslate();
    void updateDetails();
    QString titleFor(const DetailMedia &media) const;
    QString markupHtml(const QString &raw) const;

    Database &m_database;
    int m_count = 0;
    Loader m_loader;
    DetailMedia m_current;
    bool m_loaded = false;
    int m_index = 0;
    QString m_contextTitle;
    ImageCanvas *m_canvas = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_details = nullptr;
    QWidget *m_detailsPanel = nullptr;
    QLabel *m_position = nullptr;
    QPushButton *m_play = nullptr;
    QToolButton *m_previousArrow = nullptr;
    QToolButton *m_nextArrow = nullptr;
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
