// SPDX-License-Identifier: GPL-3.0-or-later
// The plan of a photo export: which photos, their best date, their words and their names.
#include "photoexport.h"

#include "domain/records.h"
#include "library/database.h"
#include "text/qzonetext.h"
#include "util/textutil.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace ks {

bool photoLayoutFromName(const QString &name, PhotoLayout *layout)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("album"))
        *layout = PhotoLayout::Album;
    else if (n == QLatin1String("month"))
        *layout = PhotoLayout::Month;
    else if (n == QLatin1String("flat"))
        *layout = PhotoLayout::Flat;
    else
        return false;
    return true;
}

QString photoDateSourceName(PhotoDateSource source)
{
    switch (source) {
    case PhotoDateSource::Corrected:
        return QStringLiteral("corrected");
    case PhotoDateSource::Camera:
        return QStringLiteral("camera");
    case PhotoDateSource::Shot:
        return QStringLiteral("shot");
    case PhotoDateSource::Upload:
        return QStringLiteral("upload");
    case PhotoDateSource::Post:
        return QStringLiteral("post");
    case PhotoDateSource::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString fileNamePart(const QString &text, int maxLength)
{
    QString clean;
    clean.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        const bool forbidden = c.unicode() < 0x20 || c.unicode() == 0x7F ||
                               QStringView(u"/\\:*?\"<>|").contains(c) || c.category() == QChar::Other_Format;
        if (forbidden || c.isSpace()) {
            space = !clean.isEmpty();
            continue;
        }
        if (space)
            clean += QLatin1Char(' ');
        space = false;
        clean += c;
    }
    if (clean.size() > maxLength) {
        qsizetype cut = maxLength;
        if (clean.at(cut - 1).isHighSurrogate())
            --cut;
        // Cut after a word or a punctuation mark when one is in the last third.
        for (qsizetype i = cut; i > maxLength * 2 / 3; --i) {
            const QChar c = clean.at(i);
            if (c.isSpace() || c.isPunct()) {
                cut = i;
                break;
            }
        }
        clean.truncate(cut);
    }
    // Windows drops trailing dots and spaces; a leading dot hides a file elsewhere.
    static const QRegularExpression edges(QStringLiteral("^[\\s.]+|[\\s.]+$"));
    clean.remove(edges);
    // Sentence punctuation at the end of a name ("大家都很开心！", a cut "我们，") says nothing.
    while (!clean.isEmpty() && QStringView(u"，。、；：！？,.;:!?…~～ ").contains(clean.back()))
        clean.chop(1);
    static const QRegularExpression reserved(QStringLiteral("^(con|prn|aux|nul|com\\d|lpt\\d)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(clean).hasMatch())
        clean.prepend(QLatin1Char('_'));
    return clean;
}

namespace {

/// One memory a photo belongs to, as far as its date and words go.
struct Holder
{
    QString kind;
    QString key;
    bool hasTime = false;
    bool corrected = false; ///< the person put its date right
    QDateTime created;
    QDateTime shot; ///< QQ's recorded shooting time (album photos), invalid when none
    QString words;
    QString title;
    QString album;
    std::optional<double> latitude;
    std::optional<double> longitude;
};

struct Found
{
    PhotoExportItem item;
    QString takenLocal;
    int offset = kChinaUtcOffset;
    QList<Holder> holders;
};

QString plainWords(const QString &kind, const QString &title, const QString &text, const QString &html)
{
    QString body = text.trimmed().isEmpty() && !html.trimmed().isEmpty() ? htmlToPlainText(html) : text;
    // A picture QQ linked into the text ([img]http://…[/img]) is no word of it.
    static const QRegularExpression linkedImage(QStringLiteral("\\[img\\][^\\[]*\\[/img\\]"),
                                                QRegularExpression::CaseInsensitiveOption);
    body = qzonePlainText(body.remove(linkedImage)).trimmed();
    const bool titled = kind == QLatin1String("blog") || kind == QLatin1String("diary");
    const QString heading = title.trimmed();
    if (titled && !heading.isEmpty() && !body.startsWith(heading))
        body = body.isEmpty() ? heading : heading + QLatin1Char('\n') + body;
    // The words go into the file several times and into a 64 KiB segment: a long blog is cut.
    constexpr int kMaxWords = 2000;
    if (body.size() > kMaxWords)
        body = body.left(kMaxWords - 1).trimmed() + QChar(0x2026);
    return body;
}

/// A photo name that is only the camera's file name ("IMG_1234", "DSC01234.JPG") says nothing.
bool isFileLikeName(const QString &name)
{
    static const QRegularExpression fileLike(
        QStringLiteral(
            "^[A-Za-z]{0,8}[_-]?\\d+([_-]\\d+)*(\\.[A-Za-z0-9]{2,4})?$|\\.(jpe?g|png|gif|heic|webp|bmp)$"),
        QRegularExpression::CaseInsensitiveOption);
    return fileLike.match(name.trimmed()).hasMatch();
}

QString extensionFor(const QString &mime, const QString &vaultPath, const QString &sourceName)
{
    if (mime == QLatin1String("image/jpeg"))
        return QStringLiteral("jpg");
    if (mime == QLatin1String("image/png"))
        return QStringLiteral("png");
    if (mime == QLatin1String("image/gif"))
        return QStringLiteral("gif");
    QString suffix = QFileInfo(vaultPath).suffix().toLower();
    if (suffix.isEmpty())
        suffix = QFileInfo(sourceName).suffix().toLower();
    return fileNamePart(suffix, 8).isEmpty() ? QStringLiteral("bin") : fileNamePart(suffix, 8);
}

QString undatedWord()
{
    return QCoreApplication::translate("ks::PhotoExport", "Undated");
}

/// Decides the date, the words and the name stem of @p found from its holders.
void resolve(Found &found)
{
    PhotoExportItem &item = found.item;
    // The album photo is the photo's own record (upload time, its description, its album);
    // the post that shows it comes next.
    const Holder *primary = &found.holders.first();
    for (const Holder &h : std::as_const(found.holders)) {
        if (h.kind == QLatin1String("photo")) {
            primary = &h;
            break;
        }
    }
    item.memoryKey = primary->key;
    const QDateTime taken = QDateTime::fromString(found.takenLocal, Qt::ISODate);
    // The person's correction wins (the camera's clock may be the one that was wrong): the
    // photo's own record first, else a post that shows it.
    const Holder *corrected = primary->corrected && primary->hasTime ? primary : nullptr;
    for (const Holder &h : std::as_const(found.holders)) {
        if (!corrected && h.corrected && h.hasTime)
            corrected = &h;
    }
    if (corrected) {
        item.meta.date = corrected->created;
        item.dateSource = PhotoDateSource::Corrected;
    } else if (taken.isValid()) {
        // The camera's clock, in no known zone: its wall-clock time is kept as it is.
        item.meta.date = QDateTime(taken.date(), taken.time(), Qt::OffsetFromUTC, found.offset);
        item.meta.zoneKnown = false;
        item.dateSource = PhotoDateSource::Camera;
    } else if (primary->shot.isValid()) {
        item.meta.date = primary->shot;
        item.meta.zoneKnown = false;
        item.dateSource = PhotoDateSource::Shot;
    } else if (primary->hasTime) {
        item.meta.date = primary->created;
        item.dateSource =
            primary->kind == QLatin1String("photo") ? PhotoDateSource::Upload : PhotoDateSource::Post;
    } else {
        for (const Holder &h : std::as_const(found.holders)) {
            if (h.hasTime) {
                item.meta.date = h.created;
                item.dateSource =
                    h.kind == QLatin1String("photo") ? PhotoDateSource::Upload : PhotoDateSource::Post;
                break;
            }
        }
    }
    item.meta.description = primary->words;
    for (const Holder &h : std::as_const(found.holders)) {
        if (item.meta.description.isEmpty())
            item.meta.description = h.words;
        if (item.meta.album.isEmpty())
            item.meta.album = h.album;
        if (!item.meta.latitude && h.latitude && h.longitude) {
            item.meta.latitude = h.latitude;
            item.meta.longitude = h.longitude;
        }
    }
    if (item.meta.description.isEmpty() && !isFileLikeName(primary->title))
        item.meta.description = primary->title.trimmed();
}

} // namespace

PhotoExportPlan planPhotoExport(Database &database, const ExportSelection &selection, PhotoLayout layout,
                                const QSet<qint64> &onlyMedia)
{
    PhotoExportPlan plan;
    QSqlDatabase db = database.connection();
    const QList<qint64> ids = selectMemories(db, selection, &plan.error);
    if (!plan.error.isEmpty())
        return plan;
    plan.memories = int(ids.size());

    QSqlQuery memory(db);
    memory.setForwardOnly(true);
    memory.prepare(QStringLiteral(
        "SELECT m.kind, m.key, m.created, m.utc_offset, m.title, m.body_text, m.body_html, m.latitude, "
        "m.longitude, m.extra_json, a.name, EXISTS (SELECT 1 FROM date_corrections c WHERE c.memory_id = "
        "m.id) "
        "FROM memories m LEFT JOIN albums a ON a.id = m.album_id WHERE m.id = ?"));
    QSqlQuery media(db);
    media.setForwardOnly(true);
    media.prepare(QStringLiteral(
        "SELECT md.id, md.sha256, md.vault_path, md.mime, md.status, md.taken_local, mm.original_name, "
        "mm.source_path FROM memory_media mm JOIN media md ON md.id = mm.media_id WHERE mm.memory_id = ? AND "
        "mm.role = 'image' ORDER BY mm.position"));
    QList<Found> found;
    QHash<qint64, qsizetype> byMedia;
    for (const qint64 id : ids) {
        memory.addBindValue(id);
        if (!memory.exec() || !memory.next()) {
            plan.error = QStringLiteral("a memory could not be read");
            return plan;
        }
        Holder h;
        h.kind = memory.value(0).toString();
        h.key = memory.value(1).toString();
        const int offset = memory.value(3).toInt();
        h.hasTime = !memory.value(2).isNull();
        if (h.hasTime)
            h.created =
                QDateTime::fromSecsSinceEpoch(memory.value(2).toLongLong(), Qt::OffsetFromUTC, offset);
        h.title = memory.value(4).toString();
        h.words = plainWords(h.kind, h.title, memory.value(5).toString(), memory.value(6).toString());
        if (!memory.value(7).isNull() && !memory.value(8).isNull()) {
            h.latitude = memory.value(7).toDouble();
            h.longitude = memory.value(8).toDouble();
        }
        const QJsonObject extra = QJsonDocument::fromJson(memory.value(9).toByteArray()).object();
        const qint64 shot = qint64(extra.value(QLatin1String("shootTime")).toDouble());
        constexpr qint64 k1990 = 631152000; // before it, a shooting time is a placeholder (0, 1970)
        if (shot > k1990)
            h.shot = QDateTime::fromSecsSinceEpoch(shot, Qt::OffsetFromUTC, offset);
        h.album = memory.value(10).toString().trimmed();
        h.corrected = memory.value(11).toBool();
        memory.finish();

        media.addBindValue(id);
        if (!media.exec()) {
            plan.error = QStringLiteral("the photos of a memory could not be read");
            return plan;
        }
        while (media.next()) {
            const qint64 mediaId = media.value(0).toLongLong();
            qsizetype at = byMedia.value(mediaId, -1);
            if (at < 0) {
                Found f;
                f.item.mediaId = mediaId;
                f.item.sha256 = media.value(1).toString();
                const QString vault = media.value(2).toString();
                f.item.vaultFile =
                    vault.isEmpty() ? QString() : database.libraryDir() + QLatin1Char('/') + vault;
                f.item.mime = media.value(3).toString();
                f.item.status = media.value(4).toString();
                f.takenLocal = media.value(5).toString();
                f.offset = offset;
                f.item.sourceName = media.value(7).toString().isEmpty() ? media.value(6).toString()
                                                                        : media.value(7).toString();
                f.item.extension = extensionFor(f.item.mime, vault, f.item.sourceName);
                at = found.size();
                byMedia.insert(mediaId, at);
                found.append(f);
            }
            found[at].holders.append(h);
        }
        media.finish();
    }

    // Names: "yyyy-MM-dd HH-mm <album or first words> NN.ext", numbered per name in order.
    QHash<QString, int> counters;
    PrivacyFilter privacy(db, selection.privacy);
    for (Found &f : found) {
        if (!onlyMedia.isEmpty() && !onlyMedia.contains(f.item.mediaId))
            continue; // photos picked one by one: not the other photos of their posts
        resolve(f);
        PhotoExportItem &item = f.item;
        if (privacy.enabled()) {
            item.meta.description = privacy.scrub(item.meta.description);
            item.meta.album = privacy.scrub(item.meta.album);
            item.sourceName = privacy.scrub(item.sourceName);
            item.meta.latitude.reset();
            item.meta.longitude.reset();
            item.meta.stripGps = true;
        }
        const QDateTime &date = item.meta.date;
        QString label =
            item.meta.album.isEmpty() ? fileNamePart(item.meta.description) : fileNamePart(item.meta.album);
        if (label.isEmpty())
            label = fileNamePart(QFileInfo(item.sourceName).completeBaseName());
        QString folder;
        switch (layout) {
        case PhotoLayout::Album:
            folder = fileNamePart(item.meta.album);
            if (folder.isEmpty())
                folder = date.isValid() ? QString::number(date.date().year()) : undatedWord();
            break;
        case PhotoLayout::Month:
            folder = date.isValid() ? date.toString(QStringLiteral("yyyy-MM")) : undatedWord();
            break;
        case PhotoLayout::Flat:
            break;
        }
        QStringList parts;
        parts << (date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd HH-mm")) : undatedWord());
        if (!label.isEmpty())
            parts << label;
        const QString stem =
            (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + parts.join(QLatin1Char(' '));
        const int number = ++counters[stem.toCaseFolded()];
        item.relativePath =
            stem + QStringLiteral(" %1.").arg(number, 2, 10, QLatin1Char('0')) + item.extension;
        plan.items.append(item);
    }
    return plan;
}

} // namespace ks
