// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemsview.h"

#include "domain/problemtext.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace ks {

ProblemsView::ProblemsView(QWidget *parent) : QTreeView(parent), m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setObjectName(QStringLiteral("problemsView"));
    setAccessibleName(tr("Import problems"));
    setUniformRowHeights(false);
    setWordWrap(true);
    setTextElideMode(Qt::ElideMiddle); // a long path keeps its file name in sight
    setAlternatingRowColors(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
}

void ProblemsView::setProblems(const QList<ImportProblem> &problems)
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("What happened"), tr("File")});
    QMap<QString, QList<const ImportProblem *>> byKind;
    for (const ImportProblem &p : problems)
        byKind[p.kind].append(&p);
    QStringList kinds = byKind.keys();
    std::stable_sort(kinds.begin(), kinds.end(), [](const QString &a, const QString &b) {
        return problemtext::kindRank(a) < problemtext::kindRank(b);
    });
    for (const QString &kind : std::as_const(kinds)) {
        const QList<const ImportProblem *> &group = byKind.value(kind);
        auto *heading = new QStandardItem(problemtext::kindTitle(kind, int(group.size())));
        QFont bold = font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setData(kind, Qt::UserRole);
        auto *advice = new QStandardItem(problemtext::kindAdvice(kind));
        advice->setToolTip(advice->text());
        QFont italic = font();
        italic.setItalic(true);
        advice->setFont(italic);
        advice->setFlags(Qt::ItemIsEnabled);
        heading->appendRow({advice, new QStandardItem()});
        for (const ImportProblem *p : group) {
            auto *what = new QStandardItem(problemtext::translated(p->message));
            what->setToolTip(what->text());
            auto *file = new QStandardItem(p->file);
            file->setToolTip(p->file);
            heading->appendRow({what, file});
        }
        m_model->appendRow({heading, new QStandardItem()});
        setFirstColumnSpanned(m_model->rowCount() - 1, QModelIndex(), true);
        setFirstColumnSpanned(0, heading->index(), true);
    }
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::Interactive);
    header()->resizeSection(1, 320);
    header()->setStretchLastSection(false);
    if (kinds.size() <= 3)
        expandAll();
}

namespace {

QDialog *problemsDialog(QWidget *parent, const QString &title, const QString &intro,
                        const QList<ImportProblem> &problems, QStyle::StandardPixmap icon)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    auto *top = new QHBoxLayout;
    auto *iconLabel = new QLabel(dialog);
    const int size = dialog->style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    iconLabel->setPixmap(dialog->style()->standardIcon(icon).pixmap(size, size));
    iconLabel->setAlignment(Qt::AlignTop);
    top->addWidget(iconLabel);
    auto *text = new QLabel(intro, dialog);
    text->setObjectName(QStringLiteral("reportSummary"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(text, 1);
    layout->addLayout(top);
    if (!problems.isEmpty()) {
        auto *view = new ProblemsView(dialog);
        view->setProblems(problems);
        layout->addWidget(view, 1);
        dialog->resize(820, 480);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    layout->addWidget(buttons);
    return dialog;
}

} // namespace

QDialog *createImportReport(QWidget *parent, const ImportReport &report)
{
    QString summary = report.cancelled
                          ? ProblemsView::tr("The import was cancelled. What was read so far is kept; "
                                             "import the same folder again to finish.")
                          : (report.failed ? ProblemsView::tr("Nothing could be imported.")
                                           : ProblemsView::tr("Import finished."));
    summary += QStringLiteral("\n\n") + ProblemsView::tr("New: %1   Updated: %2   Unchanged: %3")
                                            .arg(report.added)
                                            .arg(report.updated)
                                            .arg(report.unchanged);
    if (!report.error.isEmpty())
        summary += QStringLiteral("\n\n") + problemtext::translated(report.error);
    if (!report.problems.isEmpty())
        summary += QStringLiteral("\n\n") +
                   ProblemsView::tr("%n file(s) need attention. Everything else was imported:", nullptr,
                                    int(report.problems.size()));
    return problemsDialog(parent, ProblemsView::tr("Import"), summary, report.problems,
                          report.failed ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation);
}

void showImportReport(QWidget *parent, const ImportReport &report)
{
    createImportReport(parent, report)->exec();
}

void showLibraryProblems(QWidget *parent, const QList<ImportProblem> &problems)
{
    const QString intro =
        problems.isEmpty()
            ? ProblemsView::tr("No problems: every file was read.")
            : ProblemsView::tr("These files could not be used as they are. Everything else was "
                               "imported; damaged pictures are still kept in the library.");
    QDialog *dialog = problemsDialog(parent, ProblemsView::tr("Import problems"), intro, problems,
                                     QStyle::SP_MessageBoxInformation);
    dialog->exec();
}

} // namespace ks
