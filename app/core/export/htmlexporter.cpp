// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlexporter.h"
#include "htmlassets.h"
#include "htmlsitewriter.h"
#include "themes.h"

#include "exportdata.h"
#include "exportimage.h"
#include "library/database.h"
#include "library/librarycounts.h"
#include "library/memorydump.h"
#include "text/qzonetext.h"
#include "util/htmlsanitizer.h"
#include "util/textutil.h"

#include "util/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtConcurrent>

namespace ks {

using namespace htmlsite;

namespace {

QString shaDir(const QString &sha)
{
    return sha.left(2) + QLatin1Char('/');
}

QString extensionFor(const ExportMedia &media)
{
    QString ext = QFileInfo(media.filePath).suffix().toLower();
    if (ext.isEmpty())
        ext = QFileInfo(media.originalName).suffix().toLower();
    if (ext.isEmpty()) {
        if (media.mime.startsWith(QLatin1String("video/")))
            ext = QStringLiteral("mp4");
        else
            ext = QString::fromLatin1(QImageReader::imageFormat(media.filePath));
    }
    static const QRegularExpression safe(QStringLiteral("^[a-z0-9]{1,5}$"));
    return safe.match(ext).hasMatch() ? ext : QStringLiteral("bin");
}

bool writeText(const QString &path, const QString &text, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QString yearTitle(int year)
{
    return year == 0 ? QCoreApplication::translate("ks::HtmlExporter", "Date unknown")
                     : QLocale().toString(QDate(year, 1, 1),
                                          QCoreApplication::translate("ks::HtmlExporter", "yyyy"));
}

QString monthName(int month)
{
    return QLocale().toString(QDate(2000, month, 1), QCoreApplication::translate("ks::HtmlExporter", "MMMM"));
}

QString pageHead(const QString &title, const QString &prefix)
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%4\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">\n"
               "<meta name=\"referrer\" content=\"no-referrer\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<meta name=\"generator\" content=\"Keepsake\">\n"
               "<title>%2</title>\n<link rel=\"stylesheet\" href=\"%3assets/style.css\">\n</head>\n<body>\n")
        .arg(htmlExportCsp(), htmlEscape(title), prefix,
             chineseLoaded() ? QStringLiteral("zh-CN") : QStringLiteral("en"));
}

QString excerpt(const ExportMemory &m, int length)
{
    QString text = m.title;
    QString body = qzonePlainText(m.bodyMarkup(), true);
    if (!text.isEmpty() && body.startsWith(text))
        body = body.mid(text.size()).trimmed();
    if (!body.isEmpty())
        text = text.isEmpty() ? body : text + QStringLiteral(" — ") + body;
    if (text.isEmpty() && m.kind == QLatin1String("photo"))
        text = m.albumName.isEmpty()
                   ? QCoreApplication::translate("ks::HtmlExporter", "Photo")
                   : QCoreApplication::translate("ks::HtmlExporter", "Album 《%1》").arg(m.albumName);
    if (text.size() > length)
        text = text.left(length) + QStringLiteral("…");
    return text;
}

QString searchText(const ExportMemory &m)
{
    QStringList parts{m.title, qzonePlainText(m.bodyMarkup(), true), m.location, m.albumName, m.author};
    std::function<void(const QList<ExportComment> &)> add = [&](const QList<ExportComment> &comments) {
        for (const ExportComment &c : comments) {
            parts << c.author + QStringLiteral("：") + qzonePlainText(c.text, true);
            add(c.replies);
        }
    };
    add(m.comments);
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

} // namespace

HtmlExporter::HtmlExporter(Database &database, const HtmlExportOptions &options)
    : m_database(database), m_options(options)
{
}

ExportResult HtmlExporter::exportSelection(const ExportSelection &selection)
{
    QString error;
    const QList<qint64> ids = selectMemories(m_database.connection(), selection, &error);
    if (!error.isEmpty()) {
        ExportResult r;
        r.error = error;
        return r;
    }
    if (m_options.title.isEmpty() && !selection.isEverything())
        m_options.title = selection.describe();
    m_privacy = selection.privacy;
    if (m_privacy.enabled) {
        // Originals and videos carry the camera's GPS and more: a shared site has web copies only.
        m_options.includeOriginals = false;
        m_options.includeVideos = false;
    }
    return exportMemories(ids);
}

ExportResult HtmlExporter::exportMemories(const QList<qint64> &ids)
{
    ExportResult result;
    const QString out = QDir(m_options.outputDir).absolutePath();
    m_options.outputDir = out;
    if (!QDir().mkpath(out) || !QFileInfo(out).isWritable()) {
        result.error = QStringLiteral("cannot write to %1").arg(out);
        return result;
    }
    ExportSource source(m_database);
    // Steps: loading memories, one per picture, one per page, the index.
    int done = 0;
    int total = int(ids.size()) * 2 + 1;
    auto report = [&](const QString &what) {
        if (m_progress)
            m_progress(done, total, what);
    };

    QList<ExportMemory> memories;
    memories.reserve(ids.size());
    PrivacyFilter privacy(m_database.connection(), m_privacy);
    for (qint64 id : ids) {
        if (cancelled()) {
            result.cancelled = true;
            return result;
        }
        ExportMemory m = source.load(id);
        privacy.apply(m);
        if (m.id != 0)
            memories.append(std::move(m));
        ++done;
        if (done % 200 == 0)
            report(QStringLiteral("reading"));
    }
    result.memories = int(memories.size());

    SiteWriter site(m_options, source);
    // Pictures: one web copy per distinct file, made in parallel.
    QList<WebMedia> jobs;
    QSet<QString> seen;
    for (const ExportMemory &m : std::as_const(memories)) {
        for (const ExportMedia &e : m.media) {
            if (e.sha256.isEmpty() || seen.contains(e.sha256))
                continue;
            seen.insert(e.sha256);
            WebMedia w;
            w.media = e;
            jobs.append(w);
        }
    }
    total += int(jobs.size());
    const bool originals = m_options.includeOriginals;
    const bool videos = m_options.includeVideos;
    const int maxSide = m_options.webMaxSide;
    std::atomic_int failures{0};
    std::atomic<qint64> bytes{0};
    const bool stripMetadata = m_privacy.enabled;
    auto makeCopy = [&](WebMedia &w) {
        const ExportMedia &e = w.media;
        if (!e.usable())
            return;
        bytes += QFileInfo(e.filePath).size();
        const QString ext = extensionFor(e);
        const QString originalRel =
            QStringLiteral("originals/") + shaDir(e.sha256) + e.sha256 + QLatin1Char('.') + ext;
        if (e.role == QLatin1String("video") || e.role == QLatin1String("audio") ||
            e.role == QLatin1String("file")) {
            if ((videos || originals) && copyFile(e.filePath, out + QLatin1Char('/') + originalRel))
                w.originalRel = originalRel;
            return;
        }
        const QString webRel =
            QStringLiteral("media/") + shaDir(e.sha256) + e.sha256 + QStringLiteral(".jpg");
        const QString webPath = out + QLatin1Char('/') + webRel;
        if ((!stripMetadata && QFileInfo::exists(webPath) && QFileInfo(webPath).size() > 0) ||
            writeWebCopy(e.filePath, webPath, maxSide, e.orientation, nullptr, stripMetadata)) {
            w.webRel = webRel;
        } else {
            w.failed = true;
            ++failures;
        }
        if (originals && copyFile(e.filePath, out + QLatin1Char('/') + originalRel))
            w.originalRel = originalRel;
    };
    const int chunk = 32;
    for (int i = 0; i < jobs.size(); i += chunk) {
        if (cancelled()) {
            result.cancelled = true;
            return result;
        }
        auto begin = jobs.begin() + i;
        auto end = jobs.begin() + qMin<qsizetype>(i + chunk, jobs.size());
        QtConcurrent::blockingMap(begin, end, makeCopy);
        done += int(end - begin);
        report(QStringLiteral("pictures"));
    }
    for (const WebMedia &w : std::as_const(jobs)) {
        site.web().insert(w.media.sha256, w);
        // Photos as LibraryCounts counts them (the page's header says so too): video posters
        // are copied but are not photos.
        if (!w.webRel.isEmpty() && w.media.role == QLatin1String("image"))
            ++result.photos;
    }
    result.problems = failures.load();
    result.photoBytes = bytes.load();

    QString error;
    // One page per memory, with the previous and next memory linked.
    QJsonArray searchIndex;
    for (int i = 0; i < memories.size(); ++i) {
        if (cancelled()) {
            result.cancelled = true;
            return result;
        }
        const ExportMemory &m = memories.at(i);
        QString page =
            pageHead(excerpt(m, 40).isEmpty() ? kindLabel(m.kind) : excerpt(m, 40), QStringLiteral("../"));
        page += QStringLiteral("<nav class=\"pager\"><a href=\"../index.html#m%1\">↑ %2</a>")
                    .arg(m.localMonth())
                    .arg(QCoreApplication::translate("ks::HtmlExporter", "Contents"));
        page += i > 0 ? QStringLiteral("<a href=\"%1.html\">← %2</a>")
                            .arg(memories.at(i - 1).id)
                            .arg(QCoreApplication::translate("ks::HtmlExporter", "Previous memory"))
                      : QString();
        page += i + 1 < memories.size()
                    ? QStringLiteral("<a href=\"%1.html\">%2 →</a>")
                          .arg(memories.at(i + 1).id)
                          .arg(QCoreApplication::translate("ks::HtmlExporter", "Next memory"))
                    : QString();
        page += QStringLiteral("</nav>\n");
        page += site.articleHtml(m, QStringLiteral("../"));
        page += QStringLiteral("\n</body>\n</html>\n");
        if (!writeText(out + QStringLiteral("/m/%1.html").arg(m.id), page, &error)) {
            result.error = error;
            return result;
        }
        ++result.pages;
        QJsonObject entry;
        entry.insert(QStringLiteral("u"), QStringLiteral("m/%1.html").arg(m.id));
        entry.insert(QStringLiteral("d"),
                     m.hasTime ? m.localTime().toString(QStringLiteral("yyyy-MM-dd")) : QString());
        entry.insert(QStringLiteral("k"), kindLabel(m.kind));
        entry.insert(QStringLiteral("t"), searchText(m));
        searchIndex.append(entry);
        ++done;
        if (done % 50 == 0)
            report(QStringLiteral("pages"));
    }

    // The index: years, months, entries (photos of one album and day together).
    const QString title =
        m_options.title.isEmpty()
            ? (source.ownerName().isEmpty()
                   ? QCoreApplication::translate("ks::HtmlExporter", "QQ Space memories")
                   : QCoreApplication::translate("ks::HtmlExporter", "%1's QQ Space").arg(source.ownerName()))
            : m_options.title;
    const QList<ExportEntry> entries = groupEntries(memories);
    QMap<int, QMap<int, QList<int>>> byYear; // year → month → entry indexes (0 = unknown)
    for (int i = 0; i < entries.size(); ++i) {
        const int month = entries.at(i).first().localMonth();
        byYear[month / 100][month % 100].append(i);
    }
    // Counted as the app counts them (LibraryCounts), so the index and the dialogs agree.
    QList<qint64> exportedIds;
    exportedIds.reserve(memories.size());
    for (const ExportMemory &m : std::as_const(memories))
        exportedIds << m.id;
    const LibraryCounts::Counts counts = LibraryCounts::of(m_database.connection(), exportedIds);
    result.memories = int(counts.memories);
    QString index = pageHead(title, QString());
    index +=
        QStringLiteral("<header class=\"site-header\"><h1>%1</h1><p>%2 · %3 · %4</p>")
            .arg(
                htmlEscape(title),
                QCoreApplication::translate("ks::HtmlExporter", "%n memories", nullptr, int(counts.memories)),
                QCoreApplication::translate("ks::HtmlExporter", "%n photos", nullptr, int(counts.photos)),
                QCoreApplication::translate("ks::HtmlExporter", "exported on %1")
                    .arg(QLocale().toString(QDate::currentDate(), QCoreApplication::translate(
                                                                      "ks::HtmlExporter", "MMMM d, yyyy"))));
    index +=
        QStringLiteral("<div class=\"search\"><input id=\"q\" type=\"search\" placeholder=\"%1\" "
                       "autocomplete=\"off\"></div><ol id=\"results\" hidden></ol>")
            .arg(htmlEscape(QCoreApplication::translate("ks::HtmlExporter", "Search the exported text…")));
    index += QStringLiteral("<nav class=\"years\">");
    QList<int> years = byYear.keys();
    std::sort(years.begin(), years.end(), [](int a, int b) { return a != 0 && (b == 0 || a < b); });
    for (int year : std::as_const(years))
        index += QStringLiteral("<a href=\"#y%1\">%2</a>")
                     .arg(year)
                     .arg(year == 0 ? QCoreApplication::translate("ks::HtmlExporter", "Date unknown")
                                    : QString::number(year));
    index += QStringLiteral("<a href=\"print.html\">%1</a></nav></header>\n<main>\n")
                 .arg(QCoreApplication::translate("ks::HtmlExporter", "Print all"));
    for (int year : std::as_const(years)) {
        index +=
            QStringLiteral("<section class=\"year\" id=\"y%1\"><h2>%2</h2>\n").arg(year).arg(yearTitle(year));
        const QMap<int, QList<int>> &months = byYear.value(year);
        for (auto mit = months.cbegin(); mit != months.cend(); ++mit) {
            index += QStringLiteral("<section class=\"month\" id=\"m%1\"><h3>%2</h3><ol class=\"entries\">\n")
                         .arg(year * 100 + mit.key())
                         .arg(year == 0 ? QString() : monthName(mit.key()));
            for (int i : mit.value()) {
                const ExportEntry &e = entries.at(i);
                const ExportMemory &m = e.first();
                index += QStringLiteral("<li class=\"entry kind-%1\">").arg(e.kind);
                index +=
                    QStringLiteral("<time>%1</time><span class=\"kind\">%2</span>")
                        .arg(m.hasTime ? formatTime(m.localTime(), false) : QString(), kindLabel(e.kind));
                QString text = excerpt(m, 90);
                if (e.kind == QLatin1String("photos"))
                    text = m.albumName.isEmpty()
                               ? QCoreApplication::translate("ks::HtmlExporter", "Uploaded %n photo(s)",
                                                             nullptr, int(e.memories.size()))
                               : QCoreApplication::translate("ks::HtmlExporter",
                                                             "Uploaded %n photo(s) to 《%1》", nullptr,
                                                             int(e.memories.size()))
                                     .arg(m.albumName);
                index += QStringLiteral("<a class=\"excerpt\" href=\"m/%1.html\">%2</a>")
                             .arg(m.id)
                             .arg(htmlEscape(text));
                QString thumbs;
                int n = 0;
                for (const ExportMemory &pm : e.memories) {
                    for (const ExportMedia &media : pm.media) {
                        const WebMedia w = site.web().value(media.sha256);
                        if (w.webRel.isEmpty() || n >= 12)
                            continue;
                        thumbs += QStringLiteral(
                                      "<a href=\"m/%1.html\"><img src=\"%2\" loading=\"lazy\" alt=\"\"></a>")
                                      .arg(pm.id)
                                      .arg(htmlEscape(w.webRel));
                        ++n;
                    }
                }
                if (!thumbs.isEmpty())
                    index += QStringLiteral("<span class=\"thumbs\">%1</span>").arg(thumbs);
                index += QStringLiteral("</li>\n");
            }
            index += QStringLiteral("</ol></section>\n");
        }
        index += QStringLiteral("</section>\n");
    }
    index +=
        QStringLiteral(
            "</main>\n<footer>%1</footer>\n"
            "<script src=\"assets/search-index.js\"></script>\n<script src=\"assets/search.js\"></script>\n"
            "</body>\n</html>\n")
            .arg(htmlEscape(QCoreApplication::translate(
                "ks::HtmlExporter", "Exported by Keepsake · readable offline, no network needed")));

    // Everything on one page, for printing from a browser.
    QString print = pageHead(title, QString());
    print += QStringLiteral(
                 "<header class=\"site-header\"><h1>%1</h1><p class=\"noprint\"><a href=\"index.html\">← "
                 "%2</a></p></header>\n")
                 .arg(htmlEscape(title), QCoreApplication::translate("ks::HtmlExporter", "Contents"));
    int lastYear = -1;
    for (const ExportMemory &m : std::as_const(memories)) {
        const int year = m.localMonth() / 100;
        if (year != lastYear) {
            if (lastYear != -1)
                print += QStringLiteral("</section>\n");
            print += QStringLiteral("<section class=\"year\"><h2>%1</h2>\n").arg(yearTitle(year));
            lastYear = year;
        }
        print += site.articleHtml(m, QString(), QStringLiteral("m%1").arg(m.id));
        print += QLatin1Char('\n');
    }
    if (lastYear != -1)
        print += QStringLiteral("</section>\n");
    print += QStringLiteral("</body>\n</html>\n");
    // Printing loads every picture up front; lazy loading would leave gaps in a browser's PDF.
    print.replace(QStringLiteral(" loading=\"lazy\""), QString());

    // The search data is a script (not JSON to fetch): browsers do not fetch() from file://.
    QString searchJs = QStringLiteral("window.KEEPSAKE_SEARCH = ") +
                       QString::fromUtf8(QJsonDocument(searchIndex).toJson(QJsonDocument::Compact)) +
                       QStringLiteral(";\n");
    searchJs.replace(QChar(0x2028), QStringLiteral("\\u2028"));
    searchJs.replace(QChar(0x2029), QStringLiteral("\\u2029"));
    searchJs.replace(QStringLiteral("</"), QStringLiteral("<\\/"));

    if (!writeText(out + QStringLiteral("/index.html"), index, &error) ||
        !writeText(out + QStringLiteral("/print.html"), print, &error) ||
        !writeText(out + QStringLiteral("/assets/style.css"),
                   themeCss(themeById(m_options.theme)) + htmlExportStyle(), &error) ||
        !writeText(out + QStringLiteral("/assets/search.js"), htmlExportSearchScript(), &error) ||
        !writeText(out + QStringLiteral("/assets/search-index.js"), searchJs, &error)) {
        result.error = error;
        return result;
    }
    result.pages += 2;
    done = total;
    report(QStringLiteral("done"));
    result.ok = true;
    return result;
}

} // namespace ks
