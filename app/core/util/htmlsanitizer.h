// SPDX-License-Identifier: GPL-3.0-or-later
// Blog, diary and board HTML made safe to show: an allow-list of tags and attributes, nothing
// that runs, nothing that loads from the network, pictures pointed at the vault.
#pragma once

#include <QList>
#include <QString>
#include <functional>

namespace ks {

struct SanitizeOptions
{
    /// Maps an <img src> as written in the export to the URL to show it from (a vault file),
    /// or returns an empty string when the picture is not in the library.
    std::function<QString(const QString &src)> resolveImage;
    /// Shown instead of a picture that is not in the library (remote or lost). Empty drops it.
    QString missingImageUrl;
};

struct SanitizeResult
{
    QString html;
    int droppedElements = 0; ///< script, style, iframe, object, embed, form, svg … (elements only)
    int droppedAttributes = 0;
    int localImages = 0;   ///< pictures served from the vault
    int missingImages = 0; ///< pictures replaced by the placeholder (or dropped)
};

/// Re-writes @p html keeping only safe formatting. Text is re-escaped, unknown tags vanish but
/// keep their text; event handlers, style url() and javascript: links are removed. Dangerous
/// elements vanish, keeping what a person wrote in them (fallback content, title, textarea, xmp,
/// option labels) but never script or style bodies nor what browsers do not show either (iframe,
/// template, media fallbacks). An element that is never closed does not hide the rest: what follows
/// it is read as ordinary markup. The output is well-formed (every tag closed).
SanitizeResult sanitizeHtml(const QString &html, const SanitizeOptions &options = SanitizeOptions());

/// True for URLs that would go to the network (http:, https:, ftp:, //host…).
bool isRemoteUrl(const QString &url);

/// A picture of a memory, as memory_media names it.
struct HtmlImageCandidate
{
    qint64 mediaId = 0;
    QString originalName; ///< memory_media.original_name, e.g. 29D5407A.jpeg
    QString sourcePath;   ///< memory_media.source_path, e.g. Blogs/images/29D5407A.jpeg
};

/// The candidate an <img src> refers to: same source path (after ../ and case folding), else the
/// same file name; 0 when none matches.
qint64 matchImageSource(const QString &src, const QList<HtmlImageCandidate> &candidates);

/// "100" for any QQ emoticon URL or path (…/qzone/em/e100.gif, ../Common/images/e100.gif), else "".
QString emoticonIdFromUrl(const QString &url);

struct QzoneHtmlOptions
{
    /// URL of the emoticon picture for an id, or "" when the library does not have it.
    std::function<QString(const QString &id)> emoticonUrl;
    QString mentionColor = QStringLiteral("#1d6fb8");
    QString topicColor = QStringLiteral("#b8621d");
    int emoticonSize = 22;
};

/// Raw QQ markup (text, [em]e100[/em], @{uin:…,nick:…}, #话题#, newlines) as safe HTML: the text
/// escaped, emoticons as pictures, mentions as "@nick" and topics highlighted.
QString qzoneMarkupToHtml(const QString &raw, const QzoneHtmlOptions &options = QzoneHtmlOptions());

} // namespace ks
