// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace ks {

class LibraryWriter;

/// Reads one kind of export. Stateless between runs; one instance may import many roots.
class Importer
{
public:
    virtual ~Importer() = default;
    /// Short id shown in reports: "qzoneexport", "getqzonehistory", "wwwpf", "markdown", "photo-folder".
    virtual QString formatId() const = 0;
    /// Export roots this importer can read at or below @p path (the path itself or some of
    /// its sub-folders). Roots claimed by an earlier importer in the registry are skipped.
    virtual QStringList findRoots(const QString &path) const = 0;
    /// Imports one root through @p writer. Problems go to writer.reportProblem(); returns
    /// false only when nothing in the root could be read.
    virtual bool importRoot(const QString &root, LibraryWriter &writer) = 0;
};

// One factory per format, each in its own file.
std::unique_ptr<Importer> makeQZoneArchiverImporter();
std::unique_ptr<Importer> makeQZoneExportImporter();
std::unique_ptr<Importer> makeQZoneMarkdownImporter();
std::unique_ptr<Importer> makeGetQzoneHistoryImporter();
std::unique_ptr<Importer> makeWwwpfImporter();
std::unique_ptr<Importer> makePhotoFolderImporter();

/// All importers, most specific first (a plain photo folder is the last resort).
std::vector<std::unique_ptr<Importer>> createImporters();

} // namespace ks
