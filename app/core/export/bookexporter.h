// SPDX-License-Identifier: GPL-3.0-or-later
// The yearly memory book, and any selection as a PDF: select, read, lay out, paint on a
// QPdfWriter (or a QPrinter for printing: the same layout and painting), then add bookmarks.
#pragma once

#include "booklayout.h"
#include "exportselection.h"

namespace ks {

class Database;

/// A photo offered as the book's cover.
struct BookCoverChoice
{
    qint64 mediaId = 0;
    QString filePath; ///< absolute path in the vault
    int orientation = 0;
    QSize pixels; ///< as shown (upright); empty when unknown
};

class BookExporter
{
public:
    BookExporter(Database &database, const BookOptions &options);

    void setProgressCallback(ExportProgress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// The book's selection for @p year (+ tag): everything but visitor records.
    static ExportSelection yearSelection(int year, const QString &tag = QString());
    /// "我们的故事": every memory @p person (QQ number, name, former name or remark) took part
    /// in, as author, commenter or named in it, in order; visits left out.
    static ExportSelection personSelection(const QString &person);
    /// Title and subtitle of a person's book ("Our story: 老王", "Friends since June 7, 2009");
    /// under @p privacy (friends as labels) the title names nobody: "Our story".
    static void personTitles(Database &database, const QString &person, BookOptions *options,
                             const PrivacyOptions &privacy = {});
    /// Default title and subtitle for a year's book in the UI language ("Our memories of 2012",
    /// "芷炫's QQ Space"; "2012年的回忆", "芷炫的QQ空间" under zh_CN).
    static void defaultTitles(Database &database, int year, BookOptions *options);
    /// The year's photos the most people liked and talked about (at most 24), to pick a cover
    /// from: those sharp enough for an A4 cover first.
    static QList<BookCoverChoice> coverChoices(Database &database, int year,
                                               const QString &person = QString());

    /// Selects, reads and lays out. Runs on any thread (needs a QGuiApplication for fonts).
    BookDocument prepare(const ExportSelection &selection, QString *error = nullptr);

    /// Paints @p document into a PDF at @p path and adds bookmarks and print boxes.
    ExportResult writePdf(const BookDocument &document, const QString &path);

    /// prepare() + writePdf().
    ExportResult exportPdf(const ExportSelection &selection, const QString &path);

private:
    /// The year's review as whole-page pictures in @p options; the files live in the result.
    std::shared_ptr<QTemporaryDir> addYearReview(int year, const ExportSource &source, BookOptions *options);

    bool cancelled() const { return m_cancel && m_cancel->load(); }

    Database &m_database;
    BookOptions m_options;
    ExportProgress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

/// Options for a plain PDF of any selection: no cover photo or contents page, months flow on.
BookOptions pdfDocumentOptions(const QString &title, BookPaper paper = BookPaper::A4);

} // namespace ks
