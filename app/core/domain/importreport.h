// SPDX-License-Identifier: GPL-3.0-or-later
// What one import did: counters, formats, and every problem, as the report and the CLI show it.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ks {

/// One recorded problem, as the report shows it.
struct ImportProblem
{
    QString file;
    QString
        kind; ///< missing, placeholder, zero-byte, corrupt, unreadable, encoding, unsafe-path, too-large, …
    QString message;
    QString memoryKey;
};

/// Counters of one import, shown in the progress panel and the final report.
struct ImportReport
{
    QString sourcePath;
    QStringList formats;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int filesSeen = 0;
    int mediaStored = 0;  ///< files newly copied into the vault
    int mediaMissing = 0; ///< references whose file is absent
    qint64 bytes = 0;     ///< bytes read from media files
    int filesKept = 0;    ///< files without an owner kept (new or already in the vault); not printed
    /// Media files a finished import stored from this very file state: not read again.
    int filesSkipped = 0;
    /// Data files a finished import read completely in this very state: not parsed again, their
    /// records counted unchanged.
    int dataFilesSkipped = 0;
    bool cancelled = false;
    bool failed = false; ///< nothing could be imported, or the library refused to keep what was read
    QString error;
    QList<ImportProblem> problems;
    /// Set in a progress report while another import holds the library: who it is. Never stored.
    QString waitingFor;

    /// Adds @p part's counters, formats and problems to this report.
    void merge(const ImportReport &part);
    QJsonObject toJson() const;
};

} // namespace ks
