// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"
#include "domain/problemtext.h"
#include "privacybox.h"

#include "appearance.h"
#include "wall/walltheme.h"

#include "export/archiveexporter.h"
#include "export/exporttarget.h"
#include "export/htmlexporter.h"
#include "export/pdfexporter.h"
#include "library/database.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ks {

namespace {

enum Scope
{
    Everything,
    Year,
    Range,
    Tag,
    Person,
    Query,
    Current
};

} // namespace

ExportResult
runWithProgress(QWidget *parent, const QString &label,
                const std::function<ExportResult(const ExportProgress &, const std::atomic_bool *)> &work)
{
    QProgressDialog progress(label, ExportDialog::tr("Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    std::atomic_bool cancel{false};
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] {
        cancel = true;
        progress.setLabelText(ExportDialog::tr("Stopping…"));
    });
    // Progress arrives on the worker thread; the dialog is updated on its own (queued calls
    // with the dialog as context are dropped if it is gone).
    const ExportProgress report = [&progress](int done, int total, const QString &) {
        QMetaObject::invokeMethod(
            &progress,
            [&progress, done, total] {
                progress.setMaximum(total);
                progress.setValue(qMin(done, total));
            },
            Qt::QueuedConnection);
    };
    QFutureWatcher<ExportResult> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<ExportResult>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&] { return work(report, &cancel); }));
    if (!watcher.isFinished())
        loop.exec();
    progress.close();
    return watcher.result();
}

bool confirmExportTarget(QWidget *parent, const QString &path, bool site)
{
    const ExportTarget target = site ? siteTarget(path) : fileTarget(path);
    const QString title = parent ? parent->window()->windowTitle() : QString();
    const QString name = QDir::toNativeSeparators(path);
    QString question;
    QString go;
    switch (target) {
    case ExportTarget::Free:
    case ExportTarget::EmptyFolder:
        return true;
    case ExportTarget::WrongKind:
        QMessageBox::warning(
            parent, title,
            site ? ExportDialog::tr("%1 is a file. Choose a folder for the web site.").arg(name)
                 : ExportDialog::tr("%1 is a folder. Choose a file name for the PDF.").arg(name));
        return false;
    case ExportTarget::NonEmptyFolder:
        question = ExportDialog::tr("The folder %1 is not empty. Write the site into it anyway?\n\n"
                                    "Files with the same names are replaced; the other files stay.")
                       .arg(name);
        go = ExportDialog::tr("Write into It");
        break;
    case ExportTarget::ExistingFile:
        question = ExportDialog::tr("%1 already exists. Replace it?").arg(name);
        go = ExportDialog::tr("Replace");
        break;
    }
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    QPushButton *goButton = box.addButton(go, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == goButton;
}

bool confirmArchiveTarget(QWidget *parent, const QString &path, bool *replace)
{
    *replace = false;
    const QString title = parent ? parent->window()->windowTitle() : QString();
    const QString name = QDir::toNativeSeparators(path);
    switch (archiveTarget(path)) {
    case ExportTarget::Free:
    case ExportTarget::EmptyFolder:
        return true;
    case ExportTarget::NonEmptyFolder: {
        QMessageBox box(QMessageBox::Question, title,
                        ExportDialog::tr("%1 holds an earlier archive. Replace it with the new one?\n\n"
                                         "The earlier archive is removed once the new one is complete.")
                            .arg(name),
                        QMessageBox::Cancel, parent);
        QPushButton *goButton = box.addButton(ExportDialog::tr("Replace"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        *replace = box.clickedButton() == goButton;
        return *replace;
    }
    default:
        QMessageBox::warning(
            parent, title,
            QFileInfo(path).isDir()
                ? ExportDialog::tr("The folder %1 is not empty. Choose an empty or new folder for "
                                   "the archive.")
                      .arg(name)
                : ExportDialog::tr("%1 is a file. Choose a folder for the archive.").arg(name));
        return false;
    }
}

ExportDialog::ExportDialog(Database &database, const ExportSelection &current, QWidget *parent)
    : QDialog(parent), m_database(database), m_current(current)
{
    setWindowTitle(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    auto *formats = new QHBoxLayout;
    m_html = new QRadioButton(tr("Offline web site (HTML)"), this);
    m_pdf = new QRadioButton(tr("PDF document"), this);
    m_archive = new QRadioButton(tr("Archive (BagIt)"), this);
    m_archive->setObjectName(QStringLiteral("exportArchive"));
    m_archive->setToolTip(
        tr("A folder that outlives Keepsake: the web site, every memory with its comments as "
           "JSON, the untouched source records and every original file, each with its "
           "checksum. Keepsake imports it back as it was."));
    m_html->setChecked(true);
    formats->addWidget(m_html);
    formats->addWidget(m_pdf);
    formats->addWidget(m_archive);
    formats->addStretch();
    form->addRow(tr("Format:"), formats);

    m_scope = new QComboBox(this);
    m_scope->addItem(tr("Everything"), Everything);
    m_scope->addItem(tr("One year"), Year);
    m_scope->addItem(tr("A date range"), Range);
    m_scope->addItem(tr("A tag"), Tag);
    m_scope->addItem(tr("A person"), Person);
    m_scope->addItem(tr("Memories containing words"), Query);
    if (!current.isEverything())
        m_scope->addItem(tr("What the wall shows now (%1)").arg(current.describe()), Current);
    form->addRow(tr("Memories:"), m_scope);

    m_year = new QComboBox(this);
    for (const auto &year : memoryYears(database.connection()))
        m_year->addItem(tr("%1 (%n memories)", nullptr, year.second).arg(year.first), year.first);
    form->addRow(tr("Year:"), m_year);
    auto *range = new QHBoxLayout;
    m_from = new QDateEdit(QDate(QDate::currentDate().year() - 1, 1, 1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        range->addWidget(edit);
    }
    form->addRow(tr("From – to:"), range);
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Tag path, person's name or QQ number, or words"));
    form->addRow(tr("Which:"), m_text);

    m_originals = new QCheckBox(tr("Also copy the original photo files"), this);
    form->addRow(QString(), m_originals);
    m_privacy = new PrivacyBox(this);
    form->addRow(m_privacy);
    // A shared site has web copies only: the originals carry the camera's GPS.
    connect(m_privacy, &PrivacyBox::changed, this, &ExportDialog::updateState);
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("exportTheme"));
    for (const QString &id : themeIds())
        m_theme->addItem(Appearance::themeName(id), id);
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(WallTheme::current().id))); // the window's look
    form->addRow(tr("Look of the site:"), m_theme);
    m_paper = new QComboBox(this);
    m_paper->addItem(QStringLiteral("A4"), int(BookPaper::A4));
    m_paper->addItem(QStringLiteral("A5"), int(BookPaper::A5));
    m_paper->addItem(tr("16K (185 × 260 mm)"), int(BookPaper::K16));
    form->addRow(tr("Page size:"), m_paper);

    auto *output = new QHBoxLayout;
    m_output = new QLineEdit(this);
    auto *browse = new QPushButton(tr("Choose…"), this);
    output->addWidget(m_output);
    output->addWidget(browse);
    form->addRow(tr("Save to:"), output);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseOutput);
    connect(m_html, &QRadioButton::toggled, this, &ExportDialog::updateState);
    connect(m_archive, &QRadioButton::toggled, this, &ExportDialog::updateState);
    connect(m_scope, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExportDialog::updateState);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (outputPath().isEmpty()) {
            chooseOutput();
            if (outputPath().isEmpty())
                return;
        }
        if (format() == Archive ? !confirmArchiveTarget(this, outputPath(), &m_replaceArchive)
                                : !confirmExportTarget(this, outputPath(), format() == Html))
            return; // the dialog stays open for another place
        const ExportResult r = exportNow();
        if (r.cancelled)
            return;
        if (!r.ok) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("The export failed: %1").arg(problemtext::translated(r.error)));
            return;
        }
        if (format() == Archive && !r.warnings.isEmpty()) {
            const int left = int(r.warnings.size());
            QMessageBox::warning(
                this, windowTitle(),
                tr("The archive was written to %1, but %n files could not go into it, so it is "
                   "incomplete:",
                   nullptr, left)
                        .arg(outputPath()) +
                    QStringLiteral("\n\n") + r.warnings.mid(0, 10).join(QLatin1Char('\n')));
            accept();
            return;
        }
        QMessageBox::information(this, windowTitle(),
                                 tr("Exported %n memories to %1.", nullptr, r.memories).arg(outputPath()));
        accept();
    });
    if (!current.isEverything())
        m_scope->setCurrentIndex(m_scope->count() - 1);
    updateState();
}

void ExportDialog::setFormat(Format format)
{
    (format == Html ? m_html : format == Pdf ? m_pdf : m_archive)->setChecked(true);
}

ExportDialog::Format ExportDialog::format() const
{
    return m_html->isChecked() ? Html : m_pdf->isChecked() ? Pdf : Archive;
}

void ExportDialog::setScopeEverything()
{
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(Everything)));
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_output->setText(path);
}

QString ExportDialog::outputPath() const
{
    return m_output->text().trimmed();
}

bool ExportDialog::includeOriginals() const
{
    return m_originals->isChecked();
}

ExportSelection ExportDialog::selection() const
{
    ExportSelection s;
    s.privacy = m_privacy->options();
    const QString text = m_text->text().trimmed();
    switch (m_scope->currentData().toInt()) {
    case Year:
        s.year = m_year->currentData().toInt();
        break;
    case Range:
        s.from = m_from->date();
        s.to = m_to->date();
        break;
    case Tag:
        s.tag = text;
        break;
    case Person:
        s.person = text;
        break;
    case Query:
        s.query = text;
        break;
    case Current:
        s = m_current;
        break;
    default:
        break;
    }
    return s;
}

QString ExportDialog::themeId() const
{
    return m_theme->currentData().toString();
}

void ExportDialog::setThemeId(const QString &id)
{
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(id)));
}

void ExportDialog::updateState()
{
    const int scope = m_scope->currentData().toInt();
    m_year->setEnabled(scope == Year);
    m_from->setEnabled(scope == Range);
    m_to->setEnabled(scope == Range);
    m_text->setEnabled(scope == Tag || scope == Person || scope == Query);
    m_originals->setEnabled(format() == Html && !m_privacy->options().enabled);
    m_theme->setEnabled(format() != Pdf);
    m_paper->setEnabled(format() == Pdf);
    // An archive is the owner's whole record (it holds every original anyway): no privacy mode.
    m_privacy->setEnabled(format() != Archive);
}

void ExportDialog::chooseOutput()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path;
    if (format() == Archive) {
        path = QFileDialog::getExistingDirectory(this, tr("Folder for the archive"), documents);
        // A folder that holds other things gets the archive as a new folder inside it.
        if (!path.isEmpty() && archiveTarget(path) == ExportTarget::WrongKind)
            path +=
                QLatin1Char('/') +
                tr("Keepsake archive %1").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
    } else if (format() == Html)
        path = QFileDialog::getExistingDirectory(this, tr("Folder for the web site"), documents);
    else
        path = QFileDialog::getSaveFileName(this, tr("Save the PDF"),
                                            documents + QStringLiteral("/keepsake.pdf"),
                                            tr("PDF documents (*.pdf)"), nullptr,
                                            QFileDialog::DontConfirmOverwrite); // Export asks
    if (!path.isEmpty())
        m_output->setText(path);
}

ExportResult ExportDialog::exportNow()
{
    const ExportSelection s = selection();
    const QString output = outputPath();
    Database &db = m_database;
    if (format() == Archive) {
        ArchiveExportOptions options;
        options.outputDir = output;
        options.replace = m_replaceArchive;
        options.theme = themeId();
        return runWithProgress(
            this, tr("Writing the archive…"),
            [&db, options, s](const ExportProgress &progress, const std::atomic_bool *cancel) {
                ArchiveExporter exporter(db, options);
                exporter.setProgressCallback(progress);
                exporter.setCancelFlag(cancel);
                return exporter.exportSelection(s);
            });
    }
    if (format() == Html) {
        HtmlExportOptions options;
        options.outputDir = output;
        options.includeOriginals = includeOriginals();
        options.theme = themeId();
        return runWithProgress(
            this, tr("Exporting the web site…"),
            [&db, options, s](const ExportProgress &progress, const std::atomic_bool *cancel) {
                HtmlExporter exporter(db, options);
                exporter.setProgressCallback(progress);
                exporter.setCancelFlag(cancel);
                return exporter.exportSelection(s);
            });
    }
    const BookPaper paper = BookPaper(m_paper->currentData().toInt());
    const QString title = s.isEverything() ? tr("Memories") : s.describe();
    return runWithProgress(
        this, tr("Writing the PDF…"),
        [&db, s, output, paper, title](const ExportProgress &progress, const std::atomic_bool *cancel) {
            PdfExporter exporter(db, title, paper);
            exporter.setProgressCallback(progress);
            exporter.setCancelFlag(cancel);
            return exporter.exportSelection(s, output);
        });
}

} // namespace ks
