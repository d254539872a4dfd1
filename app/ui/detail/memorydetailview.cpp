// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorydetailview.h"

#include "service/datecorrection.h"

#include "commentsview.h"
#include "contentbrowser.h"
#include "library/database.h"
#include "models/commentsmodel.h"
#include "models/detailmedia.h"
#include "pagestack.h"
#include "photoviewer.h"
#include "util/htmlsanitizer.h"
#include "util/textutil.h"
#include "videoplayer.h"
#include "wall/walltheme.h"

#include <QCoreApplication>
#include <QEvent>
#include <QJsonArray>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTextDocument>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ks {

namespace {

constexpr int kGridColumns = 3;
constexpr int kCellGap = 6;
constexpr int kSingleWidth = 640; // one picture: as wide as the page allows, up to this
constexpr int kSingleHeight = 560;

QString dim(const QString &html)
{
    return QStringLiteral("<span style=\"color: %1\">%2</span>").arg(WallTheme::secondary().name(), html);
}

} // namespace

QString memoryKindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("post"), QT_TRANSLATE_NOOP("ks::MemoryDetailView", "Post")},
        {QStringLiteral("blog"), QT_TRANSLATE_NOOP("ks::MemoryDetailView", "Blog")},
        {QStringLiteral("diary"), QT_TRANSLATE_NOOP("ks::MemoryDetailView", "Diary")},
        {QStringLiteral("photo"), QT_TRANSLATE_NOOP("ks::MemoryDetailView", "Photo")},
        {QStringLiteral("photos"), QT_TRANSLATE_NOOP("ks::MemoryDetailView", "Photos")},
        {QStringLiteral("album"), QT_TRANSLATE_NOOP("ks::MemoryDetailView", "Album")},
        {QStringLiteral("video"), QT_TRANSLATE_NOOP("ks::MemoryDetailView", "Video")},
        {QStringLiteral("board"), QT_TRANSLATE_NOOP("ks::MemoryDetailView", "Message board")},
        {QStringLiteral("favorite"), QT_TRANSLATE_NOOP("ks::MemoryDetailView", "Favorite")},
        {QStringLiteral("share"), QT_TRANSLATE_NOOP("ks::MemoryDetailView", "Share")},
        {QStringLiteral("visit"), QT_TRANSLATE_NOOP("ks::MemoryDetailView", "Visit")},
    };
    const char *label = labels.value(kind, nullptr);
    return label ? QCoreApplication::translate("ks::MemoryDetailView", label) : kind;
}

MemoryDetailView::MemoryDetailView(Database &database, qint64 memoryId, QWidget *parent)
    : QWidget(parent), m_database(database), m_memoryId(memoryId)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("memoryDetail"));
    m_item = WallModel::loadMemory(database, memoryId);
    m_media = detailmedia::mediaOfMemory(database, memoryId);
    m_bodyHtml = detailmedia::bodyHtml(database, memoryId);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_browser = new ContentBrowser(database, m_splitter);
    m_browser->setObjectName(QStringLiteral("content"));
    connect(m_browser, &ContentBrowser::mediaActivated, this, [this](int index) { openMedia(index); });

    auto *side = new QWidget(m_splitter);
    side->setBackgroundRole(QPalette::Base);
    side->setAutoFillBackground(true);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 8, 0, 0);
    m_commentsTitle = new QLabel(side);
    m_commentsTitle->setContentsMargins(12, 4, 12, 4);
    QFont titleFont = m_commentsTitle->font();
    titleFont.setBold(true);
    m_commentsTitle->setFont(titleFont);
    m_comments = new CommentsView(database, side);
    m_comments->setObjectName(QStringLiteral("comments"));
    m_noComments = new QLabel(side);
    m_noComments->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_noComments->setContentsMargins(12, 24, 12, 12);
    m_noComments->setForegroundRole(QPalette::PlaceholderText);
    sideLayout->addWidget(m_commentsTitle);
    sideLayout->addWidget(m_comments, 1);
    sideLayout->addWidget(m_noComments, 1);
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    resize(1040, 720);
    m_splitter->setSizes({600, 420});

    m_comments->load(memoryId);
    setFocusProxy(m_browser);
    // The photo grid is laid out for the page's width: built again when that changes its size.
    m_browser->viewport()->installEventFilter(this);
    build();
}

bool MemoryDetailView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize && !m_media.isEmpty() &&
        (gridSide() != m_builtSide || gridColumns() != m_builtColumns)) {
        const int scroll = m_browser->verticalScrollBar()->value();
        build();
        m_browser->verticalScrollBar()->setValue(scroll);
    }
    return QWidget::eventFilter(watched, event);
}

int MemoryDetailView::gridWidth() const
{
    // Before the page is shown its width is unknown: laid out for a usual one, built again later.
    const int viewport = m_browser->isVisible() ? m_browser->viewport()->width() : 640;
    return qMax(240, viewport - 2 * int(m_browser->document()->documentMargin()) - 24);
}

int MemoryDetailView::gridColumns() const
{
    const int pictures = int(m_media.size());
    int columns = pictures <= 1 ? 1 : (pictures == 2 || pictures == 4 ? 2 : kGridColumns);
    // A narrow page takes fewer columns rather than pictures smaller than the wall's (or a
    // sideways scroll bar).
    const int width = gridWidth();
    while (columns > 1 && columns * 150 + (columns + 1) * kCellGap > width)
        --columns;
    return columns;
}

int MemoryDetailView::gridSide() const
{
    const int width = gridWidth();
    const int columns = gridColumns();
    if (m_media.size() <= 1)
        return qMin(width, kSingleWidth);
    // Never smaller than the wall's cells (170 px in two columns, 150 in three) when they fit.
    const int fits = (width - (columns + 1) * kCellGap) / columns; // cellspacing also lines the edges
    if (columns == 1)
        return qMin(fits, kSingleWidth);
    return columns == 2 ? qBound(qMin(170, fits), fits, 300) : qBound(150, fits, 240);
}

QWidget *MemoryDetailView::openMedia(int index)
{
    if (index < 0 || index >= m_media.size())
        return nullptr;
    const DetailMedia &media = m_media.at(index);
    QWidget *window = nullptr;
    if (media.isVideo()) {
        window = new VideoPlayer(m_database, media);
    } else {
        // The viewer steps through the pictures only; find this one's place among them.
        QList<DetailMedia> pictures;
        int start = 0;
        for (int i = 0; i < m_media.size(); ++i) {
            if (m_media.at(i).isVideo())
                continue;
            if (i == index)
                start = int(pictures.size());
            pictures << m_media.at(i);
        }
        auto *viewer = new PhotoViewer(m_database, pictures, start);
        viewer->setContextTitle(detaildata::shortTitle(m_item.title.isEmpty() ? m_item.text : m_item.title));
        window = viewer;
    }
    PageStack::open(this, window);
    return window;
}

void MemoryDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MemoryDetailView::retranslate()
{
    build();
}

void MemoryDetailView::build()
{
    const int total = m_comments->commentsModel()->totalCount();
    m_commentsTitle->setText(tr("Comments (%1)").arg(total));
    m_noComments->setText(tr("No comments"));
    m_comments->setVisible(total > 0);
    m_noComments->setVisible(total == 0);
    // A visit has nobody to comment on it: its words take the whole page.
    m_splitter->widget(1)->setVisible(total > 0 || m_item.kind != QLatin1String("visit"));

    const QString kind = m_item.kind;
    const QString when = m_item.hasTime ? detaildata::formatTime(m_item.localTime()) : tr("Unknown time");
    setWindowTitle(tr("%1 — %2").arg(memoryKindLabel(kind), when));

    if (kind == QLatin1String("blog") || kind == QLatin1String("diary")) {
        m_html = blogHtml();
    } else if (kind == QLatin1String("visit")) {
        m_html = headerHtml() + visitHtml() + bodyHtml() + footerHtml();
    } else {
        m_html = headerHtml() + bodyHtml();
        if (!(kind == QLatin1String("board") && !m_bodyHtml.isEmpty()))
            m_html += mediaGridHtml();
        m_html += footerHtml();
    }
    m_browser->setHtml(m_html);
}

QString MemoryDetailView::whenText() const
{
    QString when = m_item.hasTime ? detaildata::formatTime(m_item.localTime()) : tr("Unknown time");
    // A date the person put right says so, with the date the backup had.
    if (const std::optional<OriginalDate> original = DateCorrection(m_database).original(m_memoryId)) {
        const QString was = original->created
                                ? detaildata::formatTime(QDateTime::fromSecsSinceEpoch(
                                      *original->created, QTimeZone(original->utcOffsetSeconds)))
                                : tr("no date");
        when += QLatin1Char(' ') + tr("(corrected; originally %1)").arg(was);
    }
    return when;
}

QString MemoryDetailView::headerHtml() const
{
    QStringList meta;
    meta << htmlEscape(whenText());
    if (!m_item.device.isEmpty())
        meta << htmlEscape(tr("from %1").arg(m_item.device));
    QString name = m_item.author.isEmpty() ? tr("Someone") : m_item.author;
    if (m_item.kind == QLatin1String("board"))
        name = tr("%1 left a message").arg(name);
    const QString avatar =
        detaildata::avatarPath(m_database, m_item.authorUin).isEmpty()
            ? QString()
            : QStringLiteral("<td width=\"48\" valign=\"middle\"><img src=\"ks-avatar:%1\" "
                             "width=\"40\" height=\"40\"></td>")
                  .arg(htmlEscape(m_item.authorUin));
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\"><tr>%1<td valign=\"middle\">"
                          "<b style=\"font-size: large\">%2</b><br>%3</td></tr></table>")
        .arg(avatar, htmlEscape(name), dim(meta.join(QStringLiteral(" · "))));
}

QString MemoryDetailView::bodyHtml()
{
    QzoneHtmlOptions options;
    Database &database = m_database;
    options.emoticonUrl = [&database](const QString &id) {
        return detaildata::emoticonPath(database, id).isEmpty() ? QString()
                                                                : QStringLiteral("ks-emoticon:") + id;
    };
    QString html;
    if (!m_item.title.isEmpty() && m_item.title != m_item.text)
        html += QStringLiteral("<h3>%1</h3>").arg(htmlEscape(m_item.title));
    if (m_item.kind == QLatin1String("board") && !m_bodyHtml.isEmpty()) {
        // Board messages carry their own HTML (emoticons, pictures): sanitised like a blog.
        SanitizeOptions sanitize;
        QList<HtmlImageCandidate> candidates;
        for (const DetailMedia &m : m_media)
            candidates.append({m.mediaId, m.originalName, m.sourcePath});
        sanitize.resolveImage = [&database, candidates](const QString &src) {
            const QString emoticon = emoticonIdFromUrl(src);
            if (!emoticon.isEmpty() && !detaildata::emoticonPath(database, emoticon).isEmpty())
                return QStringLiteral("ks-emoticon:") + emoticon;
            const qint64 id = matchImageSource(src, candidates);
            return id ? QStringLiteral("ks-media:%1").arg(id) : QString();
        };
        sanitize.missingImageUrl = QStringLiteral("ks-missing:image");
        html += QStringLiteral("<div style=\"font-size: large\">%1</div>")
                    .arg(sanitizeHtml(m_bodyHtml, sanitize).html);
    } else if (!m_item.text.isEmpty()) {
        html += QStringLiteral("<p style=\"font-size: large; line-height: 150%\">%1</p>")
                    .arg(qzoneMarkupToHtml(m_item.text, options));
    }
    const QJsonObject repost = m_item.extra.value(QStringLiteral("repost")).toObject();
    if (!repost.isEmpty()) {
        const QString who = repost.value(QStringLiteral("name")).toString();
        const QString text = repost.value(QStringLiteral("text")).toString();
        const QString time = repost.value(QStringLiteral("createTime")).toString();
        QString inner =
            QStringLiteral("<b>%1</b>")
                .arg(htmlEscape(
                    tr("Reposted from %1").arg(who.isEmpty() ? tr("someone") : QStringLiteral("@") + who)));
        if (!text.isEmpty())
            inner += QStringLiteral("<br>") + qzoneMarkupToHtml(text, options);
        if (!time.isEmpty())
            inner += QStringLiteral("<br>") + dim(htmlEscape(time));
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"10\" cellspacing=\"0\" bgcolor=\"%1\" "
                               "style=\"margin-top: 6px; margin-bottom: 6px\"><tr><td>%2</td></tr></table>")
                    .arg(WallTheme::tint().name(), inner);
    }
    return html;
}

QString MemoryDetailView::mediaGridHtml()
{
    m_builtSide = gridSide();
    m_builtColumns = gridColumns();
    if (m_media.isEmpty())
        return QString();
    const int count = int(m_media.size());
    auto playLink = [this](int i) {
        return QStringLiteral("<br><a href=\"ks-open:%1\">%2</a>").arg(i).arg(htmlEscape(tr("Play video")));
    };
    if (count == 1) {
        // One picture as large as the page allows, in its own shape (the wall shows it up to 400 px).
        const DetailMedia &m = m_media.first();
        int w = m.width;
        int h = m.height;
        if (m.orientation >= 5 && m.orientation <= 8)
            std::swap(w, h);
        const qreal ratio = (w > 0 && h > 0) ? qBound(0.3, qreal(w) / h, 4.0) : 4.0 / 3.0;
        int width = m_builtSide;
        int height = int(width / ratio);
        if (height > kSingleHeight) {
            height = kSingleHeight;
            width = int(height * ratio);
        }
        const QString picture =
            m.isVideo()
                ? (m.posterPath.isEmpty()
                       ? QStringLiteral("ks-missing:image")
                       : QStringLiteral("ks-thumb:%1?size=%2").arg(m.mediaId).arg(qMax(width, height)))
                : QStringLiteral("ks-media:%1").arg(m.mediaId);
        if (m.isVideo())
            height = width * 9 / 16;
        QString html = QStringLiteral("<p style=\"margin-top: 8px\"><a href=\"ks-open:0\"><img src=\"%1\" "
                                      "width=\"%2\" height=\"%3\"></a>%4</p>")
                           .arg(picture)
                           .arg(width)
                           .arg(height)
                           .arg(m.isVideo() ? playLink(0) : QString());
        return html + moreNotInExportHtml();
    }
    const int side = m_builtSide;
    const int columns = gridColumns();
    QString html = QStringLiteral("<table cellspacing=\"%1\" cellpadding=\"0\" style=\"margin-top: 8px\">")
                       .arg(kCellGap);
    for (int i = 0; i < count; ++i) {
        if (i % columns == 0)
            html += QStringLiteral("<tr>");
        const DetailMedia &m = m_media.at(i);
        const QString picture = m.isVideo() && m.posterPath.isEmpty()
                                    ? QStringLiteral("ks-missing:image")
                                    : QStringLiteral("ks-thumb:%1?size=%2").arg(m.mediaId).arg(side);
        QString cell =
            QStringLiteral("<a href=\"ks-open:%1\"><img src=\"%2\" width=\"%3\" height=\"%3\"></a>")
                .arg(i)
                .arg(picture)
                .arg(side);
        if (m.isVideo())
            cell += playLink(i);
        html += QStringLiteral("<td valign=\"top\">%1</td>").arg(cell);
        if (i % columns == columns - 1 || i == count - 1)
            html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html + moreNotInExportHtml();
}

QString MemoryDetailView::moreNotInExportHtml() const
{
    if (m_item.mediaTotal <= m_media.size())
        return QString();
    return QStringLiteral("<p>%1</p>")
        .arg(dim(htmlEscape(
            tr("%n more picture(s) not in this export", nullptr, m_item.mediaTotal - int(m_media.size())))));
}

QString MemoryDetailView::visitHtml() const
{
    // A visit holds who came and when, sometimes what they looked at: said in words.
    const QString who = m_item.author.isEmpty() ? tr("Someone") : m_item.author;
    QString html =
        QStringLiteral("<p style=\"font-size: large; line-height: 150%\">%1</p>")
            .arg(htmlEscape(m_item.hasTime ? tr("%1 visited your QQ Space on %2.")
                                                 .arg(who, detaildata::formatTime(m_item.localTime()))
                                           : tr("%1 visited your QQ Space.").arg(who)));
    static const QList<std::pair<const char *, const char *>> seen{
        {"shuoshuoes", QT_TR_NOOP("Posts they looked at")},
        {"blogs", QT_TR_NOOP("Blogs they read")},
        {"photoes", QT_TR_NOOP("Photos they looked at")},
        {"shares", QT_TR_NOOP("Shares they looked at")},
    };
    for (const auto &[key, label] : seen) {
        QStringList items;
        for (const QJsonValue &v : m_item.extra.value(QLatin1String(key)).toArray()) {
            const QJsonObject o = v.toObject();
            QString text = v.isString() ? v.toString() : QString();
            for (const char *field : {"title", "content", "name", "desc", "summary"})
                if (text.isEmpty())
                    text = o.value(QLatin1String(field)).toString();
            if (!text.isEmpty())
                items << QStringLiteral("<li>%1</li>").arg(htmlEscape(detaildata::shortTitle(text, 60)));
        }
        if (!items.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                        .arg(htmlEscape(tr(label)), items.join(QString()));
    }
    const detailmedia::VisitorFacts facts = detailmedia::visitorFacts(m_database, m_item.authorUin, 8);
    QStringList friendship;
    if (facts.isFriend)
        friendship << tr("A friend");
    if (!facts.remark.isEmpty())
        friendship << tr("your note: %1").arg(facts.remark);
    if (!facts.groupName.isEmpty())
        friendship << tr("group: %1").arg(facts.groupName);
    if (facts.friendSince > 0)
        friendship << tr("friends since %1")
                          .arg(detaildata::formatDate(QDateTime::fromSecsSinceEpoch(
                              facts.friendSince, Qt::OffsetFromUTC, m_item.utcOffset)));
    if (!friendship.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(dim(htmlEscape(friendship.join(QStringLiteral(" · ")))));
    if (facts.visits > 1) {
        QStringList when;
        for (const QDateTime &t : facts.latest)
            when << QStringLiteral("<li>%1</li>").arg(htmlEscape(detaildata::formatTime(t)));
        if (facts.visits > facts.latest.size())
            when << QStringLiteral("<li>%1</li>")
                        .arg(htmlEscape(
                            tr("and %n earlier visit(s)", nullptr, facts.visits - int(facts.latest.size()))));
        html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                    .arg(htmlEscape(tr("%1 came %n time(s)", nullptr, facts.visits).arg(who)),
                         when.join(QString()));
    }
    return html;
}

QString MemoryDetailView::footerHtml() const
{
    QStringList parts;
    if (!m_item.location.isEmpty())
        parts << htmlEscape(tr("At %1").arg(m_item.location));
    if (!m_item.albumName.isEmpty())
        parts << htmlEscape(tr("Album: %1").arg(m_item.albumName));
    if (m_item.likeCount > 0)
        parts << htmlEscape(tr("%n like(s)", nullptr, m_item.likeCount));
    const int comments = m_comments->commentsModel()->totalCount();
    if (comments > 0)
        parts << htmlEscape(tr("%n comment(s)", nullptr, comments));
    if (parts.isEmpty())
        return QString();
    return QStringLiteral("<p style=\"margin-top: 12px\">%1</p>").arg(dim(parts.join(QStringLiteral(" · "))));
}

QString MemoryDetailView::blogHtml()
{
    Database &database = m_database;
    SanitizeOptions sanitize;
    QList<HtmlImageCandidate> candidates;
    for (const DetailMedia &m : m_media)
        candidates.append({m.mediaId, m.originalName, m.sourcePath});
    sanitize.resolveImage = [&database, candidates](const QString &src) {
        const QString emoticon = emoticonIdFromUrl(src);
        if (!emoticon.isEmpty() && !detaildata::emoticonPath(database, emoticon).isEmpty())
            return QStringLiteral("ks-emoticon:") + emoticon;
        const qint64 id = matchImageSource(src, candidates);
        return id ? QStringLiteral("ks-media:%1").arg(id) : QString();
    };
    sanitize.missingImageUrl = QStringLiteral("ks-missing:image");

    QString body;
    if (!m_bodyHtml.isEmpty()) {
        QString source = m_bodyHtml;
        // The export repeats the title inside the body; the header already shows it.
        const QString heading = QStringLiteral("<h2>%1</h2>").arg(htmlEscape(m_item.title));
        if (!m_item.title.isEmpty() && source.contains(heading))
            source.remove(source.indexOf(heading), heading.size());
        body = sanitizeHtml(source, sanitize).html;
    } else {
        QzoneHtmlOptions options;
        options.emoticonUrl = [&database](const QString &id) {
            return detaildata::emoticonPath(database, id).isEmpty() ? QString()
                                                                    : QStringLiteral("ks-emoticon:") + id;
        };
        body = QStringLiteral("<p>%1</p>").arg(qzoneMarkupToHtml(m_item.text, options));
    }
    QStringList meta;
    meta << htmlEscape(whenText());
    const QString category = m_item.extra.value(QStringLiteral("category")).toString();
    if (!category.isEmpty())
        meta << htmlEscape(tr("Category: %1").arg(category));
    const int reads = m_item.extra.value(QStringLiteral("readnum")).toInt();
    if (reads > 0)
        meta << htmlEscape(tr("%n read(s)", nullptr, reads));
    const QString title = m_item.title.isEmpty() ? tr("Untitled") : m_item.title;
    return QStringLiteral("<h1 style=\"margin-bottom: 4px\">%1</h1><p>%2</p><div style=\"font-size: large; "
                          "line-height: 160%\">%3</div>%4")
        .arg(htmlEscape(title), dim(meta.join(QStringLiteral(" · "))), body, footerHtml());
}

} // namespace ks
