// SPDX-License-Identifier: GPL-3.0-or-later
// The yearly memory book: year, tag, page size, margins, bleed, cover photo (and whether it is
// sharp enough), title and month breaks; print
// preview (QPrintPreviewDialog), printing (QPrintDialog) and saving a PDF, all from one layout.
#pragma once

#include "export/booklayout.h"
#include "export/exportselection.h"

#include <QDialog>
#include <atomic>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;

namespace ks {

class PrivacyBox;

class Database;

class BookDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BookDialog(Database &database, QWidget *parent = nullptr);

    void setYear(int year);
    /// "我们的故事": a book of every memory @p person (QQ number or name) took part in, instead
    /// of a year; @p shownName titles it.
    void setPerson(const QString &person, const QString &shownName);
    /// The book's style (export/themes.h bookStyleIds()).
    void setStyleId(const QString &id);
    BookOptions options() const;
    ExportSelection selection() const;

    /// Lays out the book (cached while the options stay the same) and paints it on @p printer,
    /// setting the printer to the book's page size. The preview and printing both use this.
    ExportResult paintOn(QPrinter *printer);
    /// Writes the PDF on a worker thread with a progress dialog; returns when done.
    ExportResult savePdf(const QString &path);

public slots:
    void preview();
    void print();
    void saveAs();

private:
    void yearChanged();
    void loadCoverChoices();
    /// Says when the chosen cover lacks the pixels for the cover at 300 dpi.
    void updateCoverNote();
    const BookDocument &document();

    Database &m_database;
    QComboBox *m_year = nullptr;
    QString m_person; ///< set: the book of this person instead of a year
    QString m_personName;
    QString m_defaultTitle; ///< the title the dialog filled in (the person has not typed over it)
    QComboBox *m_tag = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_style = nullptr;
    QDoubleSpinBox *m_margin = nullptr;
    QDoubleSpinBox *m_bleed = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
    QListWidget *m_covers = nullptr;
    QString m_coverFile;
    QCheckBox *m_monthPerPage = nullptr;
    QCheckBox *m_yearReview = nullptr;
    QLabel *m_coverNote = nullptr;
    QLabel *m_summary = nullptr;
    BookDocument m_document;
    QString m_documentKey;
    PrivacyBox *m_privacy = nullptr;

    /// Fills the title of a person's book for the privacy box's choice; returns the defaults.
    BookOptions fillPersonTitle();
};

} // namespace ks
