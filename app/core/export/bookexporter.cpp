// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookexporter.h"
#include "models/yearreview.h"
#include "reviewimage.h"

#include "bookpacking.h"
#include "library/database.h"
#include "library/librarycounts.h"
#include "pdffinish.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>

namespace ks {

BookExporter::BookExporter(Database &database, const BookOptions &options)
    : m_database(database), m_options(options)
{
}

ExportSelection BookExporter::yearSelection(int year, const QString &tag)
{
    ExportSelection s;
    s.year = year;
    s.tag = tag;
    s.excludeKinds = {QStringLiteral("visit")};
    return s;
}

std::shared_ptr<QTemporaryDir> BookExporter::addYearReview(int year, const ExportSource &source,
                                                           BookOptions *options)
{
    const YearReview review = readYearReview(m_database, year);
    ReviewImageOptions look =
        reviewImageOptions(source, options->style == QLatin1String("classic") ? QStringLiteral("classic")
                                                                              : QStringLiteral("paper"));
    look.title = options->subtitle; // the book's own words, which the person may have changed
    QList<int> cuts;
    const QImage picture = renderYearReview(review, look, &cuts);
    auto scratch = std::make_shared<QTemporaryDir>();
    if (picture.isNull() || !scratch->isValid())
        return nullptr;
    // Pages as tall as the content box allows, cut between the review's blocks.
    const QSizeF paper = bookPaperSizeMm(options->paper);
    const double aspect =
        (paper.height() - 2.2 * options->marginMm) / qMax(1.0, paper.width() - 2 * options->marginMm);
    const int pageHeight = int(picture.width() * aspect);
    int top = 0;
    while (top < picture.height() - 1) {
        int bottom = qMin(top + pageHeight, picture.height());
        for (int cut : std::as_const(cuts)) {
            if (cut > top + pageHeight / 3 && cut <= top + pageHeight)
                bottom = cut; // the last block boundary that fits
        }
        const QString path =
            scratch->filePath(QStringLiteral("review-%1.png").arg(options->frontPictures.size()));
        if (!picture.copy(0, top, picture.width(), bottom - top).save(path, "PNG"))
            return nullptr;
        options->frontPictures << path;
        top = bottom;
    }
    options->frontPicturesTitle = QCoreApplication::translate("ks::YearReview", "Year in review");
    return scratch;
}

ExportSelection BookExporter::personSelection(const QString &person)
{
    ExportSelection s;
    s.person = person;
    s.excludeKinds = {QStringLiteral("visit")};
    return s;
}

void BookExporter::personTitles(Database &database, const QString &person, BookOptions *options,
                                const PrivacyOptions &privacy)
{
    // Shared privately, the title does not name the friend the book is about.
    if (privacy.enabled && !privacy.keepFriends && options->title.isEmpty())
        options->title = QCoreApplication::translate("BookExporter", "Our story");
    // The name the owner knows them by: their remark, else their latest name.
    QString shown = person;
    qint64 since = 0;
    QSqlQuery q(database.connection());
    q.prepare(
        QStringLiteral("SELECT COALESCE(NULLIF(p.remark, ''), NULLIF(p.name, ''), p.uin), p.friend_since "
                       "FROM people p WHERE p.uin = ? OR p.name = ? OR p.remark = ? OR p.id IN (SELECT "
                       "pn.person_id FROM person_names pn WHERE pn.name = ?) ORDER BY p.is_friend DESC, p.id "
                       "LIMIT 1"));
    for (int i = 0; i < 4; ++i)
        q.addBindValue(person);
    if (q.exec() && q.next()) {
        shown = q.value(0).toString();
        since = q.value(1).toLongLong();
    }
    if (options->title.isEmpty())
        options->title = QCoreApplication::translate("BookExporter", "Our story: %1").arg(shown);
    if (options->subtitle.isEmpty() && since > 0)
        options->subtitle =
            QCoreApplication::translate("BookExporter", "Friends since %1")
                .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(since, QTimeZone(8 * 3600)).date(),
                                        QCoreApplication::translate("BookExporter", "MMMM d, yyyy")));
    if (options->subtitle.isEmpty()) {
        BookOptions year;
        defaultTitles(database, 0, &year);
        options->subtitle = year.subtitle;
    }
}

void BookExporter::defaultTitles(Database &database, int year, BookOptions *options)
{
    QString owner;
    QSqlQuery q(database.connection());
    if (q.exec(QStringLiteral("SELECT nickname, uin FROM accounts ORDER BY id LIMIT 1")) && q.next())
        owner = q.value(0).toString().isEmpty() ? q.value(1).toString() : q.value(0).toString();
    if (options->title.isEmpty())
        options->title = QCoreApplication::translate("BookExporter", "Our memories of %1").arg(year);
    if (options->subtitle.isEmpty())
        options->subtitle = owner.isEmpty()
                                ? QCoreApplication::translate("BookExporter", "QQ Space")
                                : QCoreApplication::translate("BookExporter", "%1's QQ Space").arg(owner);
}

QList<BookCoverChoice> BookExporter::coverChoices(Database &database, int year, const QString &person)
{
    QList<BookCoverChoice> out;
    // A person's story: the photos of the memories they took part in.
    QString which =
        QStringLiteral("CAST(strftime('%Y', m.created + m.utc_offset, 'unixepoch') AS INTEGER) = ?");
    if (!person.isEmpty()) {
        QStringList ids;
        for (qint64 id : selectMemories(database.connection(), personSelection(person), nullptr))
            ids << QString::number(id);
        which = QStringLiteral("m.id IN (%1)")
                    .arg(ids.isEmpty() ? QStringLiteral("0") : ids.join(QLatin1Char(',')));
    }
    QSqlQuery q(database.connection());
    q.prepare(
        QStringLiteral("SELECT md.id, md.vault_path, md.orientation, md.width, md.height FROM memories m "
                       "JOIN memory_media "
                       "mm ON mm.memory_id = m.id "
                       "JOIN media md ON md.id = mm.media_id WHERE md.status = 'ok' AND mm.role = "
                       "'image' AND md.vault_path IS NOT NULL "
                       "AND %1 GROUP BY md.id ORDER BY COALESCE(m.like_count, 0) + (SELECT COUNT(*) FROM "
                       "comments c WHERE c.memory_id = m.id) "
                       "DESC, md.width * md.height DESC LIMIT 24")
            .arg(which));
    if (person.isEmpty())
        q.addBindValue(year);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), database.libraryDir() + QLatin1Char('/') + q.value(1).toString(),
                    q.value(2).toInt(),
                    uprightPixels(q.value(3).toInt(), q.value(4).toInt(), q.value(2).toInt())});
    // Sharp pictures first (enough pixels for the largest cover, A4), each group still by likes.
    BookOptions a4;
    std::stable_partition(out.begin(), out.end(),
                          [&a4](const BookCoverChoice &c) { return !coverPrintsSoft(c.pixels, a4); });
    return out;
}

BookDocument BookExporter::prepare(const ExportSelection &selection, QString *error)
{
    QString selectError;
    const QList<qint64> ids = selectMemories(m_database.connection(), selection, &selectError);
    if (!selectError.isEmpty() && error)
        *error = selectError;
    ExportSource source(m_database);
    QList<ExportMemory> memories;
    memories.reserve(ids.size());
    int done = 0;
    PrivacyFilter privacy(m_database.connection(), selection.privacy);
    for (qint64 id : ids) {
        if (cancelled())
            return BookDocument();
        ExportMemory m = source.load(id);
        privacy.apply(m);
        if (m.id != 0)
            memories.append(std::move(m));
        if (++done % 200 == 0 && m_progress)
            m_progress(done, int(ids.size()), QStringLiteral("reading"));
    }
    // Counted as everywhere else in the app (status bar, dialogs, HTML index).
    BookOptions options = m_options;
    const LibraryCounts::Counts counts = LibraryCounts::of(m_database.connection(), ids);
    options.countedMemories = int(counts.memories);
    options.countedPhotos = int(counts.photos);
    // A whole year's book opens with its 年度回顾. Not in privacy mode: the review names friends
    // and may quote what privacy leaves out.
    std::shared_ptr<QTemporaryDir> scratch;
    if (options.yearReview && selection.year > 0 && selection.person.isEmpty() && selection.tag.isEmpty() &&
        !selection.privacy.enabled && !memories.isEmpty())
        scratch = addYearReview(selection.year, source, &options);
    BookDocument document = layoutBook(memories, source, options, m_cancel);
    document.scratch = scratch;
    return document;
}

ExportResult BookExporter::writePdf(const BookDocument &document, const QString &path)
{
    ExportResult result;
    if (document.pages.isEmpty()) {
        result.error = QStringLiteral("nothing to print");
        return result;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString partial = path + QStringLiteral(".part");
    {
        QPdfWriter writer(partial);
        writer.setResolution(int(kUnitsPerInch));
        writer.setPageLayout(
            QPageLayout(document.pdfPageSize(), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(document.options.title);
        writer.setCreator(QStringLiteral("Keepsake"));
        result = paintBook(document, &writer, m_progress, m_cancel);
    }
    if (!result.ok) {
        QFile::remove(partial);
        return result;
    }
    PdfFinishOptions finish;
    for (const BookOutlineEntry &o : document.outline)
        finish.outline.append({o.title, o.level, o.page, o.top / kUnitsPerPoint});
    finish.bleedPoints = document.options.bleedMm * 72.0 / 25.4;
    finish.cjkFamilies = {document.options.serifFamily, document.options.sansFamily};
    QString error;
    if (!finishPdf(partial, finish, &error)) {
        // The PDF itself is fine; only the bookmarks are missing.
        result.warnings << QStringLiteral("bookmarks not added: %1").arg(error);
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        result.ok = false;
        result.error = QStringLiteral("cannot write %1").arg(path);
        QFile::remove(partial);
    }
    return result;
}

ExportResult BookExporter::exportPdf(const ExportSelection &selection, const QString &path)
{
    QString error;
    const BookDocument document = prepare(selection, &error);
    if (cancelled()) {
        ExportResult r;
        r.cancelled = true;
        return r;
    }
    if (!error.isEmpty()) {
        ExportResult r;
        r.error = error;
        return r;
    }
    if (document.memoryCount == 0) {
        ExportResult r;
        r.error = QStringLiteral("the selection holds no memories");
        return r;
    }
    return writePdf(document, path);
}

BookOptions pdfDocumentOptions(const QString &title, BookPaper paper)
{
    BookOptions o;
    o.paper = paper;
    o.title = title;
    o.cover = false;
    o.contents = false;
    o.chapterPerMonth = false;
    o.marginMm = 16;
    return o;
}

} // namespace ks
