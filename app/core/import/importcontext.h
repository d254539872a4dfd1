// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/importreport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

namespace ks {

/// What every part of one import shares, and the only thing archive, JSON, xlsx readers and the
/// importers' helpers see: the report with its problems, the cancel flag, progress, and the
/// aliasing of private unpack paths to the path the person dropped. No database here: the
/// library side listens for problems (setProblemRecorder) and may stop the import
/// (failLibrary) when it cannot keep what was read.
class ImportContext
{
public:
    using ProgressCallback = std::function<void(const ImportReport &, const QString &currentFile)>;
    using ProblemRecorder = std::function<void(const ImportProblem &problem, qint64 mediaId)>;

    explicit ImportContext(const QString &sourcePath = QString());

    ImportReport &report() { return m_report; }
    const ImportReport &report() const { return m_report; }

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    const std::atomic_bool *cancelFlag() const { return m_cancel; }
    /// True when the person asked to stop.
    bool cancelRequested() const { return m_cancel && m_cancel->load(); }
    /// True when readers should stop: a cancel, or a library error that makes going on pointless.
    bool isCancelled() const { return cancelRequested() || !m_libraryError.isEmpty(); }

    /// The library could not keep what was read (disk full, I/O error, read-only, locked): the
    /// import stops and the report names @p error. The first error wins.
    void failLibrary(const QString &error);
    QString libraryError() const { return m_libraryError; }

    /// Called with the report so far and the current file, at most every 100 ms.
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    /// A file is being read (counts it, and reports progress now and then).
    void noteCurrentFile(const QString &path);
    /// The file a record comes from (progress only; not counted again).
    void noteRecordFile(const QString &path);
    void emitProgress(bool force = false);
    void addFormat(const QString &format);

    /// Problems under @p realPrefix (an unpacked archive) are reported as under @p shownPrefix.
    void setPathAlias(const QString &realPrefix, const QString &shownPrefix);
    QString shownPath(const QString &path) const;

    /// Nothing outside @p root (the dropped folder, or the private unpack folder) is ever read:
    /// a symlink that leads out of it is reported and skipped.
    void setReadBoundary(const QString &root);
    /// True when @p path, with every symlink resolved, is inside the boundary (or none is set).
    bool isInsideBoundary(const QString &path) const;
    /// isInsideBoundary(), reporting an "outside" problem naming @p path when it is not.
    bool checkInsideBoundary(const QString &path, const QString &memoryKey = QString());

    void setProblemRecorder(ProblemRecorder recorder) { m_recorder = std::move(recorder); }
    /// Who keeps a source file (a data file whose texts had to be cut) in the vault as it is.
    void setSourceKeeper(std::function<void(const QString &path)> keeper) { m_keeper = std::move(keeper); }
    void keepSourceFile(const QString &path)
    {
        if (m_keeper)
            m_keeper(path);
    }
    /// The whole of a small file (a page, a list), or nullopt with an "unreadable" or "too-large"
    /// problem named; a file over @p maxBytes is kept in the vault as it is and not read, so a
    /// hostile size never decides how much memory the import holds.
    std::optional<QByteArray> readBoundedFile(const QString &path, qint64 maxBytes);
    /// Records one problem about @p file (shown through the alias) in the report and the library.
    void reportProblem(const QString &file, const QString &kind, const QString &message,
                       const QString &memoryKey = QString(), qint64 mediaId = 0);

private:
    ImportReport m_report;
    const std::atomic_bool *m_cancel = nullptr;
    QString m_libraryError;
    ProgressCallback m_progress;
    ProblemRecorder m_recorder;
    std::function<void(const QString &path)> m_keeper;
    QString m_currentFile;
    QElapsedTimer m_progressTimer;
    QString m_aliasReal;
    QString m_aliasShown;
    QString m_boundary; ///< canonical path, empty when none
    /// QFileInfo::canonicalFilePath(), the folders' real paths remembered for this import.
    QString canonicalPath(const QString &path) const;
    mutable QHash<QString, QString> m_canonicalDirs;
};

} // namespace ks
