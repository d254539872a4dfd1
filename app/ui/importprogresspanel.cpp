// SPDX-License-Identifier: GPL-3.0-or-later
#include "importprogresspanel.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ks {

ImportProgressPanel::ImportProgressPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("importProgressPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    auto *texts = new QVBoxLayout;
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_counters = new QLabel(this);
    m_current = new QLabel(this);
    m_current->setMinimumWidth(200);
    texts->addWidget(m_title);
    texts->addWidget(m_counters);
    texts->addWidget(m_current);
    layout->addLayout(texts, 1);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // the total is unknown until the folder has been read
    m_busy->setMaximumWidth(160);
    layout->addWidget(m_busy);
    m_cancel = new QPushButton(tr("Cancel"), this);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_title->setText(tr("Stopping safely…"));
        emit cancelRequested();
    });
}

void ImportProgressPanel::start(const QStringList &paths)
{
    m_cancel->setEnabled(true);
    QStringList names;
    for (const QString &p : paths)
        names << QFileInfo(p).fileName();
    m_title->setText(tr("Importing %1…").arg(names.join(QStringLiteral(", "))));
    m_counters->clear();
    m_current->clear();
}

void ImportProgressPanel::update(const ImportReport &report, const QString &currentFile)
{
    if (!report.waitingFor.isEmpty()) {
        // Another window or the command line is importing into this library: wait, and say so.
        m_counters->setText(tr("Another import into this library is running. Keepsake waits for it to "
                               "finish and then goes on; Cancel stops waiting."));
        m_current->setText(report.waitingFor);
        return;
    }
    const QLocale locale;
    m_counters->setText(tr("%1 files · %2 new · %3 updated · %4 unchanged · %5 · %6 problems")
                            .arg(report.filesSeen)
                            .arg(report.added)
                            .arg(report.updated)
                            .arg(report.unchanged)
                            .arg(locale.formattedDataSize(report.bytes))
                            .arg(report.problems.size()));
    m_current->setText(m_current->fontMetrics().elidedText(currentFile, Qt::ElideMiddle, m_current->width()));
}

} // namespace ks
