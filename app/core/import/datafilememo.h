// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filestamp.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace ks {

class ImportContext;
class ImportSink;

/// An importer's memory of the data files it read (issue 12): a data file a finished import of
/// this account read completely, without a problem, in this very state (and with the export's
/// file list and every picture its records named unchanged) is not parsed again; its records are
/// counted unchanged. Any doubt: the file is read as always.
class DataFileMemo
{
public:
    /// What one data file's records used, which the importer needs even when it skips the file.
    struct Used
    {
        int records = 0;
        QStringList keys;       ///< the records' keys, in order
        QStringList referenced; ///< export-relative paths of the files their media named
    };

    /// @p version: the importer's, bumped whenever what a data file gives changes.
    DataFileMemo(ImportContext &context, ImportSink &sink, const QString &root, int version);

    /// The export's files (relative paths): a file added or removed anywhere may resolve a picture
    /// differently, so nothing is skipped when the list is not the one remembered.
    void setTree(const QStringList &relPaths);
    /// What @p file's records used when it may be skipped (and then counted in the report), else nullopt.
    std::optional<Used> skip(const QString &file);
    /// @p file is read now: what its records use is collected in tracking() until end().
    void begin(const QString &file);
    Used *tracking() { return m_tracking ? &m_used : nullptr; }
    /// Reading @p file ended: remembered (with the records) when @p complete and no problem came up.
    void end(const QString &file, bool complete);

private:
    int counted() const;

    ImportContext &m_context;
    ImportSink &m_sink;
    QString m_root;
    int m_version;
    QString m_tree;
    bool m_tracking = false;
    Used m_used;
    FileStamp m_before;
    int m_countedBefore = 0;
    qsizetype m_problemsBefore = 0;
};

} // namespace ks
