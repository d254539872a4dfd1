// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/librarywriter.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ks {

/// The strip shown while an import runs: what is happening now, counters, and Cancel.
class ImportProgressPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ImportProgressPanel(QWidget *parent = nullptr);
    void start(const QStringList &paths);
    void update(const ImportReport &report, const QString &currentFile);

signals:
    void cancelRequested();

private:
    QLabel *m_title = nullptr;
    QLabel *m_counters = nullptr;
    QLabel *m_current = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace ks
