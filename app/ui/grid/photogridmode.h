// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QToolButton;
class QWidget;

namespace ks {

class Database;
class PhotoGridModel;
class PhotoGridView;
class PhotoSelectionBar;
class PhotoViewer;
class ThumbnailProvider;
class WallModel;

/// View → Photo Grid and its toggle in the wall's filter bar: the wall page shows every photo as
/// a grid instead of the cards, under the same filters and search (it follows the wall model's
/// filter). A photo opens in the immersive viewer as a page, stepping through the grid's photos;
/// Back returns to the grid at the photo last looked at.
class PhotoGridMode : public QObject
{
    Q_OBJECT
public:
    /// Puts the grid under the wall in @p wallPage, the toggle before the search box of its filter
    /// bar and the action at the top of @p viewMenu.
    PhotoGridMode(Database &database, ThumbnailProvider *thumbnails, WallModel *wallModel, QWidget *wallPage,
                  QMenu *viewMenu, QObject *parent);

    bool isShown() const { return m_shown; }
    void setShown(bool shown);
    PhotoGridView *view() const { return m_view; }
    PhotoGridModel *model() const { return m_model; }
    QAction *action() const { return m_action; }
    QToolButton *toggle() const { return m_toggle; }
    /// The band above the grid while photos are selected.
    PhotoSelectionBar *selectionBar() const { return m_bar; }
    /// The window's Tags…, Correct the Date… and Export Photos… for the bar's buttons.
    void setSelectionActions(QAction *tags, QAction *date, QAction *exportPhotos);
    /// Opens the @p photoIndex-th photo of the grid in the viewer.
    PhotoViewer *openPhoto(int photoIndex);

signals:
    /// The wall page shows the grid (true) or the cards; the window decides what is visible.
    void shownChanged(bool shown);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void follow();
    void showBar();

    Database &m_database;
    WallModel *m_wallModel;
    PhotoGridModel *m_model = nullptr;
    PhotoGridView *m_view = nullptr;
    PhotoSelectionBar *m_bar = nullptr;
    QAction *m_action = nullptr;
    QToolButton *m_toggle = nullptr;
    bool m_shown = false;
    bool m_stale = true; ///< the wall changed while the grid was not shown
};

} // namespace ks
