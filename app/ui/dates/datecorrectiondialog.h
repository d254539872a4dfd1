// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/datecorrection.h"

#include <QDialog>
#include <QList>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace ks {

class Database;

/// Edit → Correct Date…: set a date, shift by an offset, or take the photo's camera date, for
/// the memories chosen on the wall. The change runs off the UI thread (the wall is rebuilt) and
/// the dialog says what happened before it closes; Edit → Undo Date Change puts it back.
class DateCorrectionDialog : public QDialog
{
    Q_OBJECT
public:
    DateCorrectionDialog(Database &database, const QList<qint64> &memoryIds, QWidget *parent = nullptr);

    /// What the last change did (empty until one ran).
    const DateCorrectionResult &result() const { return m_result; }

    /// The words for @p result, for the status bar or a message box.
    static QString describe(const DateCorrectionResult &result, bool undo = false);

    // For tests: the choice and its values.
    QRadioButton *setChoice() const { return m_set; }
    QRadioButton *shiftChoice() const { return m_shift; }
    QRadioButton *cameraChoice() const { return m_camera; }
    QDateTimeEdit *dateEdit() const { return m_date; }
    QSpinBox *shiftYears() const { return m_years; }
    QSpinBox *shiftHours() const { return m_hours; }

public slots:
    void accept() override;

private:
    void updateEnabled();

    Database &m_database;
    QList<qint64> m_ids;
    DateCorrectionResult m_result;
    QRadioButton *m_set = nullptr;
    QRadioButton *m_shift = nullptr;
    QRadioButton *m_camera = nullptr;
    QDateTimeEdit *m_date = nullptr;
    QSpinBox *m_years = nullptr;
    QSpinBox *m_months = nullptr;
    QSpinBox *m_days = nullptr;
    QSpinBox *m_hours = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLabel *m_original = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ks
