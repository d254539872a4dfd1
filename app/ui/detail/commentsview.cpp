// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentsview.h"

#include "detaildata.h"
#include "models/commentsmodel.h"
#include "util/htmlsanitizer.h"
#include "util/textutil.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QResizeEvent>
#include <QTextDocument>

namespace ks {

namespace {

constexpr int kPadding = 8;

} // namespace

CommentDelegate::CommentDelegate(Database &database, QTreeView *view)
    : QStyledItemDelegate(view), m_database(database), m_view(view)
{
}

CommentDelegate::~CommentDelegate() = default;

void CommentDelegate::clearCache()
{
    m_documents.clear();
}

int CommentDelegate::textWidth(const QModelIndex &index) const
{
    const int depth = index.data(CommentsModel::DepthRole).toInt();
    return qMax(120, m_view->viewport()->width() - m_view->indentation() * depth - 2 * kPadding);
}

QTextDocument *CommentDelegate::documentFor(const QModelIndex &index, int width) const
{
    const qint64 id = index.data(CommentsModel::CommentIdRole).toLongLong();
    std::shared_ptr<QTextDocument> &doc = m_documents[id];
    if (!doc) {
        doc = std::make_shared<QTextDocument>();
        doc->setDocumentMargin(0);
        doc->setDefaultFont(m_view->font());
        QzoneHtmlOptions options;
        options.emoticonSize = 20;
        QTextDocument *raw = doc.get();
        Database &database = m_database;
        options.emoticonUrl = [raw, &database](const QString &emoticon) {
            const QImage image(detaildata::emoticonPath(database, emoticon));
            if (image.isNull())
                return QString();
            const QString url = QStringLiteral("ks-emoticon:") + emoticon;
            raw->addResource(QTextDocument::ImageResource, QUrl(url), image);
            return url;
        };
        const QString name = index.data(CommentsModel::AuthorRole).toString();
        const QString time = detaildata::formatTime(index.data(CommentsModel::TimeRole).toDateTime());
        const QColor dim = m_view->palette().color(QPalette::PlaceholderText);
        doc->setHtml(
            QStringLiteral("<p style=\"margin-bottom: 3px\"><b>%1</b>&nbsp;&nbsp;<span style=\"color: %2; "
                           "font-size: small\">%3</span></p><div>%4</div>")
                .arg(htmlEscape(name.isEmpty() ? tr("Someone") : name), dim.name(), htmlEscape(time),
                     qzoneMarkupToHtml(index.data(CommentsModel::TextRole).toString(), options)));
    }
    if (!qFuzzyCompare(doc->textWidth(), qreal(width)))
        doc->setTextWidth(width);
    return doc.get();
}

void CommentDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    QTextDocument *doc = documentFor(index, textWidth(index));
    painter->save();
    painter->translate(option.rect.left() + kPadding, option.rect.top() + kPadding);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    context.clip = QRectF(0, 0, option.rect.width(), option.rect.height());
    doc->documentLayout()->draw(painter, context);
    painter->restore();
    // A hairline between top-level threads.
    if (index.data(CommentsModel::DepthRole).toInt() == 0 && index.row() > 0) {
        painter->save();
        painter->setPen(option.palette.color(QPalette::Midlight));
        painter->drawLine(option.rect.topLeft(), option.rect.topRight());
        painter->restore();
    }
}

QSize CommentDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const int width = textWidth(index);
    QTextDocument *doc = documentFor(index, width);
    return QSize(width + 2 * kPadding, int(doc->size().height()) + 2 * kPadding);
}

CommentsView::CommentsView(Database &database, QWidget *parent)
    : QTreeView(parent), m_database(database), m_model(new CommentsModel(this)),
      m_delegate(new CommentDelegate(database, this))
{
    setModel(m_model);
    setItemDelegate(m_delegate);
    header()->hide();
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(false);
    setIndentation(28);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setWordWrap(true);
}

CommentsView::~CommentsView() = default;

void CommentsView::load(qint64 memoryId)
{
    m_delegate->clearCache();
    m_model->load(m_database, memoryId);
    expandAll();
}

void CommentsView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    if (viewport()->width() != m_lastWidth) {
        m_lastWidth = viewport()->width();
        // Row heights depend on the width: lay the rows out again.
        scheduleDelayedItemsLayout();
    }
}

} // namespace ks
