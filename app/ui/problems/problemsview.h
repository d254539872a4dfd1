// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/importreport.h"

#include <QTreeView>

class QDialog;
class QStandardItemModel;

namespace ks {

/// Import problems as a person reads them: grouped by what happened ("3 damaged files"), each
/// group saying what can be done, then the files, all in the UI language.
class ProblemsView : public QTreeView
{
    Q_OBJECT
public:
    explicit ProblemsView(QWidget *parent = nullptr);
    void setProblems(const QList<ImportProblem> &problems);
    QStandardItemModel *problemModel() const { return m_model; }

private:
    QStandardItemModel *m_model;
};

/// The end-of-import window: what was done, the error if any, and the problems grouped.
void showImportReport(QWidget *parent, const ImportReport &report);
/// The same window, not yet shown (it deletes itself when closed; screenshots).
QDialog *createImportReport(QWidget *parent, const ImportReport &report);
/// Every problem the library holds (Tools → Import Problems…).
void showLibraryProblems(QWidget *parent, const QList<ImportProblem> &problems);

} // namespace ks
