// SPDX-License-Identifier: GPL-3.0-or-later
#include "photoexportdialog.h"
#include "domain/problemtext.h"
#include "privacybox.h"

#include "exportdialog.h"

#include "library/database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ks {

namespace {

enum Scope
{
    Everything,
    Year,
    Range,
    Tag,
    Person,
    Current,
    Picked
};

} // namespace

PhotoExportDialog::PhotoExportDialog(Database &database, const ExportSelection &current, QWidget *parent)
    : QDialog(parent), m_database(database), m_current(current)
{
    setWindowTitle(tr("Export Photos"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Copies of the photos, each with its date and the words of its post or album "
                                "written into the file, so other photo programs sort them by when they were "
                                "taken. The library itself is not changed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("photoScope"));
    m_scope->addItem(tr("Everything"), Everything);
    m_scope->addItem(tr("One year"), Year);
    m_scope->addItem(tr("A date range"), Range);
    m_scope->addItem(tr("A tag"), Tag);
    m_scope->addItem(tr("A person"), Person);
    if (!current.isEverything())
        m_scope->addItem(tr("What the wall shows now (%1)").arg(current.describe()), Current);
    form->addRow(tr("Photos of:"), m_scope);

    m_year = new QComboBox(this);
    for (const auto &year : memoryYears(database.connection()))
        m_year->addItem(QString::number(year.first), year.first);
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
    m_text->setPlaceholderText(tr("Tag path, or a person's name or QQ number"));
    form->addRow(tr("Which:"), m_text);

    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("photoLayout"));
    m_layout->addItem(tr("A folder per album"), int(PhotoLayout::Album));
    m_layout->addItem(tr("A folder per month"), int(PhotoLayout::Month));
    m_layout->addItem(tr("All in one folder"), int(PhotoLayout::Flat));
    form->addRow(tr("Folders:"), m_layout);

    auto *output = new QHBoxLayout;
    m_output = new QLineEdit(this);
    auto *browse = new QPushButton(tr("Choose…"), this);
    output->addWidget(m_output);
    output->addWidget(browse);
    form->addRow(tr("Save to:"), output);
    m_privacy = new PrivacyBox(this);
    form->addRow(m_privacy);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &PhotoExportDialog::chooseOutput);
    connect(m_scope, qOverload<int>(&QComboBox::currentIndexChanged), this, &PhotoExportDialog::updateState);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &PhotoExportDialog::run);
    if (!current.isEverything())
        m_scope->setCurrentIndex(m_scope->count() - 1);
    updateState();
}

void PhotoExportDialog::setOutputPath(const QString &path)
{
    m_output->setText(path);
}

QString PhotoExportDialog::outputPath() const
{
    return m_output->text().trimmed();
}

void PhotoExportDialog::setPhotoLayout(PhotoLayout layout)
{
    m_layout->setCurrentIndex(qMax(0, m_layout->findData(int(layout))));
}

PhotoLayout PhotoExportDialog::photoLayout() const
{
    return PhotoLayout(m_layout->currentData().toInt());
}

ExportSelection PhotoExportDialog::selection() const
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
    case Current:
        s = m_current;
        break;
    case Picked:
        s.memoryIds = m_pickedMemories;
        break;
    default:
        break;
    }
    return s;
}

void PhotoExportDialog::setSelectedPhotos(const QList<qint64> &memoryIds, const QSet<qint64> &mediaIds)
{
    m_pickedMemories = memoryIds;
    m_pickedMedia = mediaIds;
    int at = m_scope->findData(Picked);
    if (at < 0) {
        m_scope->addItem(QString(), Picked);
        at = m_scope->count() - 1;
    }
    m_scope->setItemText(at, tr("The %n selected photo(s)", nullptr, int(mediaIds.size())));
    m_scope->setCurrentIndex(at);
}

void PhotoExportDialog::updateState()
{
    const int scope = m_scope->currentData().toInt();
    m_year->setEnabled(scope == Year);
    m_from->setEnabled(scope == Range);
    m_to->setEnabled(scope == Range);
    m_text->setEnabled(scope == Tag || scope == Person);
}

void PhotoExportDialog::chooseOutput()
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getExistingDirectory(this, tr("Folder for the photos"), pictures);
    if (!path.isEmpty())
        m_output->setText(path);
}

ExportResult PhotoExportDialog::exportNow(QStringList *failures)
{
    PhotoExportOptions options;
    options.outputDir = outputPath();
    options.layout = photoLayout();
    if (m_scope->currentData().toInt() == Picked)
        options.mediaIds = m_pickedMedia;
    const ExportSelection s = selection();
    Database &db = m_database;
    QStringList named;
    const ExportResult result = runWithProgress(
        this, tr("Exporting the photos…"),
        [&db, options, s, &named](const ExportProgress &progress, const std::atomic_bool *cancel) {
            PhotoExporter exporter(db, options);
            exporter.setProgressCallback(progress);
            exporter.setCancelFlag(cancel);
            ExportResult r = exporter.exportSelection(s);
            named = exporter.failures() + exporter.skipped();
            return r;
        });
    if (failures)
        *failures = named;
    return result;
}

QString PhotoExportDialog::summary(const ExportResult &result, const QString &output)
{
    QString text =
        tr("%n photos exported to %1.", nullptr, result.photos).arg(QDir::toNativeSeparators(output));
    if (result.problems > 0)
        text += QLatin1Char('\n') + tr("%n photos could not be exported.", nullptr, result.problems);
    const int skipped = int(result.warnings.size()) - result.problems;
    if (skipped > 0)
        text += QLatin1Char('\n') + tr("%n photos skipped: not in the QQ export.", nullptr, skipped);
    return text;
}

void PhotoExportDialog::run()
{
    if (outputPath().isEmpty()) {
        chooseOutput();
        if (outputPath().isEmpty())
            return;
    }
    if (QFileInfo(outputPath()).exists() && !QFileInfo(outputPath()).isDir()) {
        QMessageBox::warning(
            this, windowTitle(),
            tr("%1 is a file. Choose a folder for the photos.").arg(QDir::toNativeSeparators(outputPath())));
        return;
    }
    QStringList failures;
    const ExportResult r = exportNow(&failures);
    if (!r.ok && !r.cancelled) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The export failed: %1").arg(problemtext::translated(r.error)));
        return;
    }
    QMessageBox box(r.problems > 0 ? QMessageBox::Warning : QMessageBox::Information, windowTitle(),
                    summary(r, outputPath()), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("photoExportSummary"));
    if (r.cancelled)
        box.setInformativeText(tr("Stopped: the photos written so far are complete."));
    if (!failures.isEmpty())
        box.setDetailedText(failures.join(QLatin1Char('\n')));
    box.exec();
    if (!r.cancelled)
        accept();
}

} // namespace ks
