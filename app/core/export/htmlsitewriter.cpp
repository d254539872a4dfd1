// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlsitewriter.h"

#include "exportimage.h"
#include "library/memorydump.h"
#include "text/qzonetext.h"
#include "util/htmlsanitizer.h"
#include "util/textutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>

namespace ks::htmlsite {

namespace {

// Links in blog bodies may name web pages; they stay readable but are never followed or loaded.
QString unlinkRemote(const QString &html)
{
    static const QRegularExpression remoteHref(QStringLiteral("\\shref=\"(?:https?:|ftp:|//)[^\"]*\""),
                                               QRegularExpression::CaseInsensitiveOption);
    QString out = html;
    out.remove(remoteHref);
    return out;
}

} // namespace

bool copyFile(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    if (QFileInfo(to).exists() && QFileInfo(to).size() == QFileInfo(from).size())
        return true;
    QFile::remove(to);
    return QFile::copy(from, to);
}

QString formatTime(const QDateTime &t, bool withYear)
{
    if (!t.isValid())
        return QCoreApplication::translate("ks::HtmlExporter", "Date unknown");
    return QLocale().toString(t, withYear
                                     ? QCoreApplication::translate("ks::HtmlExporter", "MMMM d, yyyy HH:mm")
                                     : QCoreApplication::translate("ks::HtmlExporter", "MMMM d HH:mm"));
}

QString SiteWriter::emoticonUrl(const QString &id, const QString &prefix)
{
    const QString path = m_source.emoticonPath(id);
    if (path.isEmpty())
        return QString();
    const QString rel = QStringLiteral("emoticons/e%1.gif").arg(id);
    if (!m_copied.contains(rel)) {
        copyFile(path, m_options.outputDir + QLatin1Char('/') + rel);
        m_copied.insert(rel);
    }
    return prefix + rel;
}

QString SiteWriter::avatarUrl(const QString &uin, const QString &prefix)
{
    const QString path = m_source.avatarPath(uin);
    if (path.isEmpty())
        return QString();
    QString rel = m_avatarRel.value(uin);
    if (rel.isEmpty()) {
        const QImage image = loadImageScaled(path, 96, 0);
        rel = QStringLiteral("avatars/%1.jpg").arg(uin);
        if (image.isNull() || !(QDir().mkpath(m_options.outputDir + QStringLiteral("/avatars")),
                                image.save(m_options.outputDir + QLatin1Char('/') + rel, "jpeg", 88)))
            rel = QStringLiteral("-");
        m_avatarRel.insert(uin, rel);
    }
    return rel == QLatin1String("-") ? QString() : prefix + rel;
}

QString SiteWriter::markup(const QString &raw, const QString &prefix)
{
    QzoneHtmlOptions o;
    o.emoticonUrl = [this, &prefix](const QString &id) {
        return emoticonUrl(id, prefix);
    };
    QString html = qzoneMarkupToHtml(raw, o);
    // Emoticons look right by CSS; the inline sizes are only the fallback.
    html.replace(QStringLiteral("<img src="),
                 QStringLiteral("<img class=\"em\" alt=\"%1\" src=")
                     .arg(QCoreApplication::translate("ks::HtmlExporter", "[emoticon]")));
    return html;
}

QString SiteWriter::blogBody(const ExportMemory &m, const QString &prefix)
{
    QList<HtmlImageCandidate> candidates;
    for (const ExportMedia &media : m.media)
        candidates.append({media.mediaId, media.originalName, media.sourcePath});
    SanitizeOptions o;
    o.resolveImage = [&](const QString &src) -> QString {
        const QString em = emoticonIdFromUrl(src);
        if (!em.isEmpty())
            return emoticonUrl(em, prefix);
        const qint64 id = matchImageSource(src, candidates);
        for (const ExportMedia &media : m.media) {
            if (media.mediaId == id && id != 0) {
                const WebMedia w = m_web.value(media.sha256);
                if (!w.webRel.isEmpty())
                    return prefix + w.webRel;
            }
        }
        return QString();
    };
    return unlinkRemote(sanitizeHtml(m.html, o).html);
}

QString SiteWriter::mediaHtml(const QList<ExportMedia> &media, const QString &prefix)
{
    QString out;
    int shown = 0;
    for (const ExportMedia &e : media) {
        if (e.role == QLatin1String("poster") && media.size() > 1)
            continue;
        ++shown;
    }
    if (shown == 0)
        return out;
    out += QStringLiteral("<div class=\"photos n%1\">").arg(qMin(shown, 9));
    for (const ExportMedia &e : media) {
        if (e.role == QLatin1String("poster") && media.size() > 1)
            continue;
        const WebMedia w = m_web.value(e.sha256);
        if (e.role == QLatin1String("video")) {
            if (!w.originalRel.isEmpty())
                out += QStringLiteral("<video controls preload=\"none\" src=\"%1\"></video>")
                           .arg(htmlEscape(prefix + w.originalRel));
            else
                out += QStringLiteral("<div class=\"missing\">%1</div>")
                           .arg(QCoreApplication::translate("ks::HtmlExporter", "Video not exported"));
            continue;
        }
        if (w.webRel.isEmpty()) {
            out +=
                QStringLiteral("<div class=\"missing\">%1</div>")
                    .arg(e.usable() ? QCoreApplication::translate("ks::HtmlExporter", "Photo cannot be read")
                                    : QCoreApplication::translate("ks::HtmlExporter", "Photo missing"));
            continue;
        }
        const QString img = QStringLiteral("<img src=\"%1\" loading=\"lazy\" alt=\"%2\">")
                                .arg(htmlEscape(prefix + w.webRel), htmlEscape(e.originalName));
        const QString target = w.originalRel.isEmpty() ? w.webRel : w.originalRel;
        out += QStringLiteral("<a href=\"%1\">%2</a>").arg(htmlEscape(prefix + target), img);
    }
    out += QStringLiteral("</div>");
    return out;
}

QString SiteWriter::commentsHtml(const QList<ExportComment> &comments, const QString &prefix)
{
    QString out = QStringLiteral("<ul>");
    for (const ExportComment &c : comments) {
        out += QStringLiteral("<li>");
        const QString avatar = c.authorUin.isEmpty() ? QString() : avatarUrl(c.authorUin, prefix);
        if (!avatar.isEmpty())
            out +=
                QStringLiteral("<img class=\"avatar\" style=\"width:22px;height:22px;vertical-align:middle\" "
                               "src=\"%1\" alt=\"\"> ")
                    .arg(htmlEscape(avatar));
        out += QStringLiteral("<span class=\"who\">%1</span>")
                   .arg(htmlEscape(c.author.isEmpty()
                                       ? QCoreApplication::translate("ks::HtmlExporter", "Anonymous")
                                       : c.author));
        if (c.hasTime)
            out += QStringLiteral("<time datetime=\"%1\">%2</time>")
                       .arg(isoLocalTime(c.created, c.utcOffset), formatTime(c.localTime()));
        out += QStringLiteral("<div class=\"body\">%1</div>").arg(markup(c.text, prefix));
        if (!c.replies.isEmpty())
            out += commentsHtml(c.replies, prefix);
        out += QStringLiteral("</li>");
    }
    out += QStringLiteral("</ul>");
    return out;
}

QString SiteWriter::articleHtml(const ExportMemory &m, const QString &prefix, const QString &anchor)
{
    QString out = QStringLiteral("<article class=\"memory kind-%1\"%2>")
                      .arg(m.kind, anchor.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(anchor));
    out += QStringLiteral("<header>");
    const QString avatar = m.authorUin.isEmpty() ? QString() : avatarUrl(m.authorUin, prefix);
    if (!avatar.isEmpty())
        out += QStringLiteral("<img class=\"avatar\" src=\"%1\" alt=\"\">").arg(htmlEscape(avatar));
    if (!m.author.isEmpty())
        out += QStringLiteral("<span class=\"author\">%1</span>").arg(htmlEscape(m.author));
    out += QStringLiteral("<span class=\"kind\">%1</span>").arg(kindLabel(m.kind));
    if (m.hasTime)
        out += QStringLiteral("<time datetime=\"%1\">%2</time>")
                   .arg(isoLocalTime(m.created, m.utcOffset), formatTime(m.localTime()));
    else
        out += QStringLiteral("<time>%1</time>").arg(formatTime(QDateTime()));
    out += QStringLiteral("</header>");
    const bool hasHtml = !m.html.trimmed().isEmpty();
    // Blog bodies usually open with their own title heading: do not print it twice.
    const bool titleInBody = hasHtml && htmlToPlainText(m.html).trimmed().startsWith(m.title);
    if (!m.title.isEmpty() && m.kind != QLatin1String("photo") && !titleInBody)
        out += QStringLiteral("<h2>%1</h2>").arg(htmlEscape(m.title));
    if (hasHtml)
        out += QStringLiteral("<div class=\"blog\">%1</div>").arg(blogBody(m, prefix));
    else if (!m.text.trimmed().isEmpty())
        out += QStringLiteral("<div class=\"text\">%1</div>").arg(markup(m.text.trimmed(), prefix));
    if (m.kind == QLatin1String("photo") && !m.title.isEmpty())
        out += QStringLiteral("<p class=\"text\">%1</p>").arg(htmlEscape(m.title));
    // Blog pictures are inside the body already; other kinds show theirs as a grid.
    if (!hasHtml || m.kind != QLatin1String("blog"))
        out += mediaHtml(hasHtml ? QList<ExportMedia>() : m.media, prefix);
    QStringList meta;
    if (!m.location.isEmpty())
        meta << QCoreApplication::translate("ks::HtmlExporter", "Place: %1").arg(htmlEscape(m.location));
    if (!m.albumName.isEmpty())
        meta << QCoreApplication::translate("ks::HtmlExporter", "Album 《%1》").arg(htmlEscape(m.albumName));
    if (m.likeCount > 0)
        meta << QCoreApplication::translate("ks::HtmlExporter", "%n like(s)", nullptr, m.likeCount);
    if (!meta.isEmpty())
        out += QStringLiteral("<p class=\"meta\">%1</p>").arg(meta.join(QStringLiteral(" · ")));
    if (!m.comments.isEmpty()) {
        out += QStringLiteral("<section class=\"comments\"><h3>%1</h3>")
                   .arg(QCoreApplication::translate("ks::HtmlExporter", "Comments (%n)", nullptr,
                                                    m.commentCount()));
        out += commentsHtml(m.comments, prefix);
        out += QStringLiteral("</section>");
    }
    out += QStringLiteral("</article>");
    return out;
}

} // namespace ks::htmlsite
