// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorydetailview.h"

#include "commentsview.h"
#include "contentbrowser.h"
#include "library/database.h"
#include "models/commentsmodel.h"
#include "models/detailmedia.h"
#include "photoviewer.h"
#include "util/htmlsanitizer.h"
#include "util/textutil.h"
#include "videoplayer.h"
#include "wall/walltheme.h"

#include <QCoreApplication>
#include <QEvent>
#include <QJsonArray>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace ks {

namespace {

constexpr int kGridColumns = 3;

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
    : QWidget(parent, Qt::Window), m_database(database), m_memoryId(memoryId)
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
    build();
}

QWidget *MemoryDetailView::openMedia(int index)
{
    if (index < 0 || index >= m_media.size())
        return nullptr;
    const DetailMedia &media = m_media.at(index);
    QWidget *window = nullptr;
    if (media.isVideo()) {
        window = new VideoPlayer(m_database, media, this);
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
        window = new PhotoViewer(m_database, pictures, start, this);
    }
    window->show();
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

    const QString kind = m_item.kind;
    const QString when = m_item.hasTime ? detaildata::formatTime(m_item.localTime()) : tr("Unknown time");
    setWindowTitle(tr("%1 — %2").arg(memoryKindLabel(kind), when));

    if (kind == QLatin1String("blog") || kind == QLatin1String("diary")) {
        m_html = blogHtml();
    } else {
        m_html = headerHtml() + bodyHtml();
        if (!(kind == QLatin1String("board") && !m_bodyHtml.isEmpty()))
            m_html += mediaGridHtml();
        m_html += footerHtml();
    }
    m_browser->setHtml(m_html);
}

QString MemoryDetailView::headerHtml() const
{
    QStringList meta;
    meta << htmlEscape(m_item.hasTime ? detaildata::formatTime(m_item.localTime()) : tr("Unknown time"));
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

QString MemoryDetailView::mediaGridHtml() const
{
    if (m_media.isEmpty())
        return QString();
    const int size = ContentBrowser::kThumbSize;
    const int columns =
        m_media.size() == 1 ? 1 : (m_media.size() == 2 || m_media.size() == 4 ? 2 : kGridColumns);
    QString html = QStringLiteral("<table cellspacing=\"4\" cellpadding=\"0\" style=\"margin-top: 8px\">");
    for (int i = 0; i < m_media.size(); ++i) {
        if (i % columns == 0)
            html += QStringLiteral("<tr>");
        const DetailMedia &m = m_media.at(i);
        const QString picture = m.isVideo() && m.posterPath.isEmpty()
                                    ? QStringLiteral("ks-missing:image")
                                    : QStringLiteral("ks-thumb:%1").arg(m.mediaId);
        QString cell =
            QStringLiteral("<a href=\"ks-open:%1\"><img src=\"%2\" width=\"%3\" height=\"%3\"></a>")
                .arg(i)
                .arg(picture)
                .arg(size);
        if (m.isVideo())
            cell +=
                QStringLiteral("<br><a href=\"ks-open:%1\">%2</a>").arg(i).arg(htmlEscape(tr("Play video")));
        html += QStringLiteral("<td valign=\"top\">%1</td>").arg(cell);
        if (i % columns == columns - 1 || i == m_media.size() - 1)
            html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (m_item.mediaTotal > m_media.size())
        html += QStringLiteral("<p>%1</p>")
                    .arg(dim(htmlEscape(
                        tr("%1 more not in this export").arg(m_item.mediaTotal - m_media.size()))));
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
    meta << htmlEscape(m_item.hasTime ? detaildata::formatTime(m_item.localTime()) : tr("Unknown time"));
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
