// SPDX-License-Identifier: GPL-3.0-or-later
// A self-contained static site of a selection: opens from file:// with no network, years from now.
#pragma once

#include "privacy.h"

#include "exportprogress.h"
#include "exportselection.h"

namespace ks {

class Database;

struct HtmlExportOptions
{
    QString outputDir;
    QString title;                 ///< site title; empty = the owner's name and the selection
    int webMaxSide = 1600;         ///< longer side of the web copies, pixels
    bool includeOriginals = false; ///< also copy the original files (linked from the photos)
    bool includeVideos = true;     ///< copy video files (they have no web copy)
    QString theme;                 ///< 装扮 (themes.h id); empty = the default theme
};

class HtmlExporter
{
public:
    HtmlExporter(Database &database, const HtmlExportOptions &options);

    void setProgressCallback(ExportProgress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// Writes the site for @p ids (in that order). Existing files of an earlier export in the
    /// same folder are overwritten; nothing else there is touched.
    ExportResult exportMemories(const QList<qint64> &ids);
    ExportResult exportSelection(const ExportSelection &selection);

private:
    PrivacyOptions m_privacy;
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    Database &m_database;
    HtmlExportOptions m_options;
    ExportProgress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace ks
