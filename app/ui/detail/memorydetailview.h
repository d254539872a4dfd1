// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detaildata.h"
#include "models/wallmodel.h"

#include <QWidget>

class QLabel;
class QSplitter;

namespace ks {

class CommentsView;
class ContentBrowser;
class Database;

/// A post (说说), blog, diary, board message, share, favorite or visit: the content on the
/// left (text, photos as large as the page allows, repost original, sanitised HTML for blogs,
/// who visited and when), the threaded comments on the right. Photos open the photo viewer,
/// videos the player, as pages of the window's PageStack.
class MemoryDetailView : public QWidget
{
    Q_OBJECT
public:
    MemoryDetailView(Database &database, qint64 memoryId, QWidget *parent = nullptr);

    qint64 memoryId() const { return m_memoryId; }
    const WallItem &item() const { return m_item; }
    ContentBrowser *browser() const { return m_browser; }
    CommentsView *comments() const { return m_comments; }
    /// The HTML given to the browser (tests look at it).
    QString contentHtml() const { return m_html; }
    /// Opens the viewer (or player) on media @p index of this memory; returns the new window.
    QWidget *openMedia(int index);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    QString whenText() const;
    QString headerHtml() const;
    QString bodyHtml();
    QString mediaGridHtml();
    QString moreNotInExportHtml() const;
    QString visitHtml() const;
    int gridWidth() const;
    int gridSide() const;
    int gridColumns() const;
    QString footerHtml() const;
    QString blogHtml();
    void retranslate();

    Database &m_database;
    qint64 m_memoryId;
    WallItem m_item;
    QString m_bodyHtml;
    QList<DetailMedia> m_media;
    QString m_html;
    ContentBrowser *m_browser = nullptr;
    CommentsView *m_comments = nullptr;
    QLabel *m_commentsTitle = nullptr;
    QLabel *m_noComments = nullptr;
    QSplitter *m_splitter = nullptr;
    int m_builtSide = 0; ///< the grid's picture side the HTML was built with
    int m_builtColumns = 0;
};

/// The kind's name as the UI shows it (说说, 日志, …).
QString memoryKindLabel(const QString &kind);

} // namespace ks
