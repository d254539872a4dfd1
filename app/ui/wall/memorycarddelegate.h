// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/wallmodel.h"
#include "search/matchhighlighter.h"
#include "wallassets.h"

#include <QAbstractItemDelegate>
#include <QHash>
#include <QSet>
#include <QTextLayout>
#include <memory>

namespace ks {

class ThumbnailProvider;

/// Paints the wall's cards and month headers. Geometry of a card depends only on the item and
/// the row width, so sizes are exact before any picture is loaded (nothing jumps when
/// thumbnails arrive); layouts are cached per item and width.
class MemoryCardDelegate : public QAbstractItemDelegate
{
    Q_OBJECT
public:
    /// Header text for models other than WallModel (那年今日 groups); WallModel headers show the month.
    static constexpr int HeaderTextRole = Qt::UserRole + 100;
    /// The widest a card gets (text stays readable on a wide window) and the space at its sides.
    static constexpr int kComfortableWidth = 640;
    static constexpr int kCardMargin = 16;
    /// The narrowest a card may get when the wall shows two columns.
    static constexpr int kNarrowestColumnCard = 500;

    MemoryCardDelegate(Database *database, ThumbnailProvider *thumbnails, QObject *parent = nullptr);
    ~MemoryCardDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Paints a header row (also used by the view for the sticky header).
    void paintHeader(QPainter *painter, const QRect &rect, const QModelIndex &index) const;
    int headerHeight() const;

    /// Asks the thumbnail provider for the pictures of a visible card; returns their keys.
    QStringList requestThumbnails(const QModelIndex &index, int width, int priority) const;
    /// Which picture of the card is under @p pos (relative to the row's top-left), or -1.
    int mediaIndexAt(const QModelIndex &index, int width, const QPoint &pos) const;

    /// The font cards are laid out with (the view's).
    void setFont(const QFont &font);
    QFont font() const { return m_font; }
    /// Forget cached layouts (after a reload: the texts may have changed).
    void clearLayouts();
    /// Marks the words a search matched (and shows the part of a long text around them).
    void setHighlighter(const MatchHighlighter &highlighter);
    const MatchHighlighter &highlighter() const { return m_highlighter; }
    WallAssets &assets() { return m_assets; }

signals:
    /// A thumbnail arrived or failed: the view repaints.
    void thumbnailsChanged();

private:
    struct Cell
    {
        QRect rect;
        int media = -1; ///< index in WallItem::media, -1 = none (placeholder)
        int thumbSize = 160;
        QString overlay; ///< "+12"
    };
    struct TextBlock
    {
        std::shared_ptr<QTextLayout> layout;
        QPoint origin;
        QList<QPair<int, QString>> emoticons; ///< position in the text, emoticon id
        int height = 0;
    };
    struct Layout
    {
        int width = -1;
        int height = 0;
        bool compact = false;
        QRect card;
        QRect avatar;
        QString name;
        QString meta;
        QRect nameRect;
        QRect metaRect;
        QString title;
        QRect titleRect;
        TextBlock text;
        QRect repostBox;
        TextBlock repost;
        QList<Cell> cells;
        bool video = false;
        QString duration;
        QRect footer;
        QString footerLeft;
        QString footerRight;
    };

    const Layout &layoutFor(const WallItem &item, int width, const QFont &font) const;
    Layout computeLayout(const WallItem &item, int width, const QFont &font) const;
    TextBlock layoutText(const QString &raw, const QFont &font, int width, int maxLines,
                         const QColor &link) const;
    QList<Cell> photoGrid(const WallItem &item, int x, int y, int width) const;

    void paintCard(QPainter *p, const QRect &rect, const WallItem &item, const Layout &l, bool current,
                   bool selected) const;
    void paintHeaderLine(QPainter *p, const QPoint &at, const WallItem &item, const Layout &l) const;
    void paintText(QPainter *p, const QPoint &at, const TextBlock &block) const;
    void paintCells(QPainter *p, const QPoint &at, const WallItem &item, const Layout &l) const;
    void paintFooter(QPainter *p, const QPoint &at, const Layout &l) const;
    void paintPlaceholder(QPainter *p, const QRect &r, const QString &label) const;

    QPixmap thumbnail(const WallMedia &media, int size) const;
    QString kindLabel(const QString &kind) const;
    static const WallMedia *shownMedia(const WallItem &item, int index);

    Database *m_database;
    ThumbnailProvider *m_thumbnails;
    mutable WallAssets m_assets;
    MatchHighlighter m_highlighter;
    mutable QHash<qint64, Layout> m_layouts; // by wall id; bounded
    mutable QSet<QString> m_failed;          // thumbnails that could not be made
    QFont m_font;
};

} // namespace ks
