// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookdialog.h"
#include "domain/problemtext.h"
#include "privacybox.h"

#include "appearance.h"
#include "wall/walltheme.h"

#include "export/bookexporter.h"
#include "export/bookpacking.h"
#include "export/exportimage.h"
#include "exportdialog.h"
#include "library/database.h"
#include "tags/tagstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ks {

BookDialog::BookDialog(Database &database, QWidget *parent) : QDialog(parent), m_database(database)
{
    setWindowTitle(tr("Memory Book"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_year = new QComboBox(this);
    for (const auto &year : memoryYears(database.connection()))
        m_year->addItem(tr("%1 (%n memories)", nullptr, year.second).arg(year.first), year.first);
    form->addRow(tr("Year:"), m_year);
    m_tag = new QComboBox(this);
    m_tag->addItem(tr("All memories of the year"), QString());
    for (const QString &path : TagStore(database.connection()).paths())
        m_tag->addItem(path, path);
    form->addRow(tr("Only the tag:"), m_tag);
    m_paper = new QComboBox(this);
    m_paper->addItem(QStringLiteral("A4 (210 × 297 mm)"), int(BookPaper::A4));
    m_paper->addItem(QStringLiteral("A5 (148 × 210 mm)"), int(BookPaper::A5));
    m_paper->addItem(tr("16K (185 × 260 mm)"), int(BookPaper::K16));
    form->addRow(tr("Page size:"), m_paper);
    m_style = new QComboBox(this);
    m_style->setObjectName(QStringLiteral("bookStyle"));
    for (const QString &id : bookStyleIds())
        m_style->addItem(Appearance::bookStyleName(id), id);
    // The window dressed in the classic look suggests the classic book; else warm paper.
    m_style->setCurrentIndex(qMax(0, m_style->findData(WallTheme::current().id == QLatin1String("classic")
                                                           ? QStringLiteral("classic")
                                                           : QStringLiteral("paper"))));
    form->addRow(tr("Style:"), m_style);
    m_margin = new QDoubleSpinBox(this);
    m_margin->setRange(5, 60);
    m_margin->setValue(18);
    m_margin->setSuffix(tr(" mm"));
    form->addRow(tr("Margins:"), m_margin);
    m_bleed = new QDoubleSpinBox(this);
    m_bleed->setRange(0, 10);
    m_bleed->setValue(0);
    m_bleed->setSuffix(tr(" mm"));
    m_bleed->setToolTip(tr("Extra picture around each page that a print shop trims off (usually 3 mm)."));
    form->addRow(tr("Bleed:"), m_bleed);
    m_title = new QLineEdit(this);
    form->addRow(tr("Title:"), m_title);
    m_subtitle = new QLineEdit(this);
    form->addRow(tr("Subtitle:"), m_subtitle);
    m_covers = new QListWidget(this);
    m_covers->setViewMode(QListView::IconMode);
    m_covers->setIconSize(QSize(96, 96));
    m_covers->setResizeMode(QListView::Adjust);
    m_covers->setMinimumHeight(130);
    m_covers->setMovement(QListView::Static);
    auto *coverFile = new QPushButton(tr("Another picture…"), this);
    auto *coverBox = new QVBoxLayout;
    coverBox->addWidget(m_covers);
    coverBox->addWidget(coverFile, 0, Qt::AlignLeft);
    m_coverNote = new QLabel(this);
    m_coverNote->setObjectName(QStringLiteral("coverNote"));
    m_coverNote->setWordWrap(true);
    m_coverNote->hide();
    coverBox->addWidget(m_coverNote);
    form->addRow(tr("Cover photo:"), coverBox);
    m_monthPerPage = new QCheckBox(tr("Start every month on a new page"), this);
    m_monthPerPage->setObjectName(QStringLiteral("monthPerPage"));
    m_monthPerPage->setToolTip(tr("Otherwise a short month follows the one before it on the same page."));
    form->addRow(tr("Months:"), m_monthPerPage);
    m_yearReview = new QCheckBox(tr("Open the book with the year in review"), this);
    m_yearReview->setObjectName(QStringLiteral("bookYearReview"));
    m_yearReview->setChecked(true);
    form->addRow(QString(), m_yearReview);
    m_privacy = new PrivacyBox(this);
    form->addRow(m_privacy);
    connect(m_privacy, &PrivacyBox::changed, this, [this] {
        if (!m_person.isEmpty())
            fillPersonTitle();
    });
    layout->addLayout(form);
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *previewButton = buttons->addButton(tr("Preview…"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    QPushButton *saveButton = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, &BookDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &BookDialog::print);
    connect(saveButton, &QPushButton::clicked, this, &BookDialog::saveAs);
    connect(m_year, qOverload<int>(&QComboBox::currentIndexChanged), this, &BookDialog::yearChanged);
    connect(coverFile, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Cover photo"), QString(), tr("Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)"));
        if (file.isEmpty())
            return;
        m_coverFile = file;
        m_covers->clearSelection();
        m_summary->setText(tr("Cover: %1").arg(file));
        updateCoverNote();
    });
    connect(m_covers, &QListWidget::itemSelectionChanged, this, [this] {
        if (!m_covers->selectedItems().isEmpty())
            m_coverFile.clear();
        updateCoverNote();
    });
    connect(m_paper, qOverload<int>(&QComboBox::currentIndexChanged), this, &BookDialog::updateCoverNote);
    connect(m_bleed, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &BookDialog::updateCoverNote);
    yearChanged();
}

void BookDialog::setYear(int year)
{
    const int index = m_year->findData(year);
    if (index >= 0)
        m_year->setCurrentIndex(index);
}

void BookDialog::setStyleId(const QString &id)
{
    m_style->setCurrentIndex(qMax(0, m_style->findData(id)));
}

void BookDialog::yearChanged()
{
    const int year = m_year->currentData().toInt();
    BookOptions defaults;
    BookExporter::defaultTitles(m_database, year, &defaults);
    m_title->setText(defaults.title);
    m_subtitle->setText(defaults.subtitle);
    loadCoverChoices();
}

void BookDialog::setPerson(const QString &person, const QString &shownName)
{
    m_person = person;
    setWindowTitle(tr("Our Story as a Book"));
    // The year and its tag do not apply: the rows go, the rest of the dialog stays.
    if (auto *form = findChild<QFormLayout *>()) {
        form->setRowVisible(m_year, false);
        form->setRowVisible(m_tag, false);
        form->setRowVisible(m_yearReview, false);
    }
    m_personName = shownName;
    m_defaultTitle = m_title->text(); // the year's, which the person's replaces
    m_subtitle->setText(fillPersonTitle().subtitle);
    m_documentKey.clear();
    loadCoverChoices();
}

BookOptions BookDialog::fillPersonTitle()
{
    // Shared in privacy mode the title names nobody; a title the person typed stays theirs.
    const PrivacyOptions privacy = m_privacy->options();
    BookOptions defaults;
    if (!privacy.enabled || privacy.keepFriends)
        defaults.title = tr("Our story: %1").arg(m_personName);
    BookExporter::personTitles(m_database, m_person, &defaults, privacy);
    if (m_title->text() == m_defaultTitle)
        m_title->setText(defaults.title);
    m_defaultTitle = defaults.title;
    return defaults;
}

void BookDialog::loadCoverChoices()
{
    m_covers->clear();
    const int year = m_year->currentData().toInt();
    // The photos the most people liked and talked about (of the year, or of the person), as small thumbnails.
    for (const BookCoverChoice &choice : BookExporter::coverChoices(m_database, year, m_person)) {
        const QImage thumb = loadImageScaled(choice.filePath, 96, choice.orientation);
        if (thumb.isNull())
            continue;
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(thumb)), QString(), m_covers);
        item->setData(Qt::UserRole, choice.mediaId);
        item->setData(Qt::UserRole + 1, choice.pixels);
        if (!choice.pixels.isEmpty())
            item->setToolTip(tr("%1×%2 pixels").arg(choice.pixels.width()).arg(choice.pixels.height()));
    }
    if (m_covers->count() > 0)
        m_covers->setCurrentRow(0);
    updateCoverNote();
}

void BookDialog::updateCoverNote()
{
    QSize pixels;
    if (!m_coverFile.isEmpty()) {
        QImageReader reader(m_coverFile);
        reader.setAutoTransform(true);
        pixels = reader.size();
        if (reader.transformation() & QImageIOHandler::TransformationRotate90)
            pixels.transpose();
    } else if (!m_covers->selectedItems().isEmpty()) {
        pixels = m_covers->selectedItems().first()->data(Qt::UserRole + 1).toSize();
    }
    const bool soft = !pixels.isEmpty() && coverPrintsSoft(pixels, options());
    m_coverNote->setText(soft ? tr("This photo is %1×%2: it will print soft at this size, so the book "
                                   "places it smaller on the cover. A larger photo fills the cover.")
                                    .arg(pixels.width())
                                    .arg(pixels.height())
                              : QString());
    m_coverNote->setVisible(soft);
}

BookOptions BookDialog::options() const
{
    BookOptions o;
    o.paper = BookPaper(m_paper->currentData().toInt());
    o.marginMm = m_margin->value();
    o.bleedMm = m_bleed->value();
    o.style = m_style->currentData().toString();
    o.title = m_title->text().trimmed();
    o.subtitle = m_subtitle->text().trimmed();
    o.coverImagePath = m_coverFile;
    o.monthPerPage = m_monthPerPage && m_monthPerPage->isChecked();
    o.yearReview = m_yearReview && m_yearReview->isChecked();
    const QList<QListWidgetItem *> selected = m_covers->selectedItems();
    if (m_coverFile.isEmpty() && !selected.isEmpty())
        o.coverMediaId = selected.first()->data(Qt::UserRole).toLongLong();
    return o;
}

ExportSelection BookDialog::selection() const
{
    ExportSelection s = m_person.isEmpty() ? BookExporter::yearSelection(m_year->currentData().toInt(),
                                                                         m_tag->currentData().toString())
                                           : BookExporter::personSelection(m_person);
    s.privacy = m_privacy->options();
    return s;
}

const BookDocument &BookDialog::document()
{
    const BookOptions o = options();
    const ExportSelection s = selection();
    const QString key = QStringList{QString::number(int(o.paper)),
                                    QString::number(o.marginMm),
                                    QString::number(o.bleedMm),
                                    o.style,
                                    o.title,
                                    o.subtitle,
                                    o.coverImagePath,
                                    QString::number(o.coverMediaId),
                                    QString::number(int(o.monthPerPage)),
                                    QString::number(int(o.yearReview)),
                                    QString::number(s.year),
                                    s.tag,
                                    s.person,
                                    QString::number(int(s.privacy.enabled) + 2 * int(s.privacy.keepFriends) +
                                                    4 * int(s.privacy.keepPrivate))}
                            .join(QLatin1Char('\n'));
    if (key != m_documentKey) {
        BookExporter exporter(m_database, o);
        m_document = exporter.prepare(s);
        m_documentKey = key;
        m_summary->setText(tr("%n pages", nullptr, int(m_document.pages.size())));
    }
    return m_document;
}

ExportResult BookDialog::paintOn(QPrinter *printer)
{
    const BookDocument &doc = document();
    printer->setFullPage(true);
    printer->setPageLayout(QPageLayout(doc.pdfPageSize(), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    printer->setDocName(doc.options.title);
    return paintBook(doc, printer);
}

void BookDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(
        QPageLayout(document().pdfPageSize(), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Memory Book — Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { paintOn(p); });
    dialog.exec();
}

void BookDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(
        QPageLayout(document().pdfPageSize(), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the Memory Book"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportResult r = paintOn(&printer);
    if (!r.ok)
        QMessageBox::warning(this, windowTitle(),
                             tr("Printing failed: %1").arg(problemtext::translated(r.error)));
}

ExportResult BookDialog::savePdf(const QString &path)
{
    const BookOptions o = options();
    const ExportSelection s = selection();
    Database &db = m_database;
    return runWithProgress(this, tr("Making the memory book…"),
                           [&db, o, s, path](const ExportProgress &progress, const std::atomic_bool *cancel) {
                               BookExporter exporter(db, o);
                               exporter.setProgressCallback(progress);
                               exporter.setCancelFlag(cancel);
                               return exporter.exportPdf(s, path);
                           });
}

void BookDialog::saveAs()
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
        QStringLiteral("/%1.pdf").arg(m_title->text().trimmed().isEmpty() ? QStringLiteral("book")
                                                                          : m_title->text().trimmed());
    // Asked below rather than by the file dialog, in the same words as the export's.
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the memory book"), suggested, tr("PDF documents (*.pdf)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty() || !confirmExportTarget(this, path, false))
        return;
    const ExportResult r = savePdf(path);
    if (r.cancelled)
        return;
    if (!r.ok) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The book could not be written: %1").arg(problemtext::translated(r.error)));
        return;
    }
    QMessageBox::information(this, windowTitle(), tr("Saved %1 (%n pages).", nullptr, r.pages).arg(path));
}

} // namespace ks
