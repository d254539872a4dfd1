// SPDX-License-Identifier: GPL-3.0-or-later
#include "datecorrectiondialog.h"

#include "detail/detaildata.h"
#include "library/database.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ks {

namespace {

QSpinBox *shiftBox(int range, const QString &suffix, const QString &name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(-range, range);
    box->setSuffix(suffix);
    box->setAccessibleName(name);
    return box;
}

} // namespace

DateCorrectionDialog::DateCorrectionDialog(Database &database, const QList<qint64> &memoryIds,
                                           QWidget *parent)
    : QDialog(parent), m_database(database), m_ids(memoryIds)
{
    setWindowTitle(tr("Correct the Date"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Put the date of %n memories right. The date the backup had is kept as the "
                                "original, and Edit → Undo Date Change puts it back.",
                                nullptr, int(memoryIds.size())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    DateCorrection dates(database);
    const std::optional<MemoryDate> first =
        memoryIds.isEmpty() ? std::nullopt : dates.dateOf(memoryIds.first());

    m_set = new QRadioButton(tr("&Set the date to"), this);
    m_date = new QDateTimeEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_date->setAccessibleName(tr("New date"));
    // The wall-clock time in the memory's own offset (the edit has no zone; the core adds it back).
    const QDateTime now =
        first && first->created
            ? QDateTime::fromSecsSinceEpoch(*first->created, QTimeZone(first->utcOffsetSeconds))
            : QDateTime(QDate(2010, 1, 1), QTime(12, 0));
    m_date->setDateTime(QDateTime(now.date(), now.time()));
    m_shift = new QRadioButton(tr("S&hift by"), this);
    m_years = shiftBox(100, tr(" y"), tr("Years"), this);
    m_months = shiftBox(1200, tr(" mo"), tr("Months"), this);
    m_days = shiftBox(36500, tr(" d"), tr("Days"), this);
    m_hours = shiftBox(100000, tr(" h"), tr("Hours"), this);
    m_minutes = shiftBox(1000000, tr(" min"), tr("Minutes"), this);
    m_camera = new QRadioButton(tr("Use the &camera's date from the photo"), this);
    m_camera->setToolTip(tr("The date the camera wrote into the photo (EXIF), for memories with photos."));
    m_set->setChecked(true);

    auto *grid = new QGridLayout;
    grid->addWidget(m_set, 0, 0);
    grid->addWidget(m_date, 0, 1, 1, 5);
    grid->addWidget(m_shift, 1, 0);
    int column = 1;
    for (QSpinBox *box : {m_years, m_months, m_days, m_hours, m_minutes})
        grid->addWidget(box, 1, column++);
    grid->addWidget(m_camera, 2, 0, 1, 6);
    layout->addLayout(grid);

    m_original = new QLabel(this);
    m_original->setWordWrap(true);
    if (memoryIds.size() == 1 && first && first->original) {
        const QString was =
            first->original->created
                ? detaildata::formatTime(QDateTime::fromSecsSinceEpoch(
                      *first->original->created, QTimeZone(first->original->utcOffsetSeconds)))
                : tr("no date");
        m_original->setText(tr("Originally: %1").arg(was));
    }
    m_original->setVisible(!m_original->text().isEmpty());
    layout->addWidget(m_original);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change the Date"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DateCorrectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    for (QRadioButton *choice : {m_set, m_shift, m_camera})
        connect(choice, &QRadioButton::toggled, this, &DateCorrectionDialog::updateEnabled);
    for (QSpinBox *box : {m_years, m_months, m_days, m_hours, m_minutes})
        connect(box, &QSpinBox::valueChanged, this, &DateCorrectionDialog::updateEnabled);
    updateEnabled();
}

void DateCorrectionDialog::updateEnabled()
{
    m_date->setEnabled(m_set->isChecked());
    bool anyShift = false;
    for (QSpinBox *box : {m_years, m_months, m_days, m_hours, m_minutes}) {
        box->setEnabled(m_shift->isChecked());
        anyShift = anyShift || box->value() != 0;
    }
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ids.isEmpty() && (!m_shift->isChecked() || anyShift));
}

void DateCorrectionDialog::accept()
{
    // The values now, copied: the work runs on a pool thread with its own connection.
    const bool set = m_set->isChecked();
    const bool shift = m_shift->isChecked();
    DateSetting setting;
    setting.date = m_date->date();
    setting.time = m_date->time();
    DateShift by;
    by.years = m_years->value();
    by.months = m_months->value();
    by.days = m_days->value();
    by.seconds = qint64(m_hours->value()) * 3600 + qint64(m_minutes->value()) * 60;
    Database *database = &m_database;
    const QList<qint64> ids = m_ids;
    setEnabled(false);
    setCursor(Qt::BusyCursor);
    auto *watcher = new QFutureWatcher<DateCorrectionResult>(this);
    connect(watcher, &QFutureWatcher<DateCorrectionResult>::finished, this, [this, watcher] {
        m_result = watcher->result();
        watcher->deleteLater();
        unsetCursor();
        setEnabled(true);
        if (m_result.ok && m_result.error.isEmpty()) {
            QDialog::accept();
            return;
        }
        // Say what went wrong and stay open: nothing is hidden behind a closed dialog.
        m_status->setText(describe(m_result));
        m_status->show();
    });
    watcher->setFuture(QtConcurrent::run([=] {
        DateCorrection dates(*database);
        return set ? dates.set(ids, setting) : shift ? dates.shift(ids, by) : dates.useCameraDate(ids);
    }));
}

QString DateCorrectionDialog::describe(const DateCorrectionResult &result, bool undo)
{
    QStringList parts;
    if (!result.error.isEmpty())
        parts << result.error;
    const int changed = result.changed;
    if (result.ok)
        parts << (undo ? tr("Put back the date of %n memories.", nullptr, changed)
                       : tr("Changed the date of %n memories.", nullptr, changed));
    const int unchanged = result.unchanged;
    if (unchanged > 0)
        parts << tr("%n memories already had that date.", nullptr, unchanged);
    const int undated = result.undated;
    if (undated > 0)
        parts << tr("Not shifted, as they have no date: %n memories. Set a date instead.", nullptr, undated);
    const int noCamera = result.noCameraDate;
    if (noCamera > 0)
        parts << tr("Left as they were, with no photo that carries a camera date: %n memories.", nullptr,
                    noCamera);
    return parts.join(QLatin1Char(' '));
}

} // namespace ks
