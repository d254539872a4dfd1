// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace ks {

class ImportContext;
class ImportSink;

/// The part of a dropped folder one importer reads: its root, minus the export roots that
/// other importers claimed inside it (only a folder-of-anything importer ever gets any).
struct ImportScope
{
    QString root;
    QStringList excluded;
    /// True when @p path is one of the excluded roots or inside one.
    bool isExcluded(const QString &path) const;
};

/// Reads one kind of export: turns its files into records handed to an ImportSink. Holds no
/// state of its own (a run's state lives in a per-root session inside importRoot), so one
/// instance serves any number of roots and threads.
class Importer
{
public:
    virtual ~Importer() = default;
    /// Short id shown in reports: "qzoneexport", "getqzonehistory", "wwwpf", "markdown", "photo-folder".
    virtual QString formatId() const = 0;
    /// Export roots this importer recognises at or below @p path (the path itself or some of its
    /// sub-folders). A pure detector: the registry alone decides who claims what. @p claimed
    /// lists roots already claimed by importers before this one (only a Remainder importer
    /// looks at it: a folder whose photos all belong to an export is not a photo folder).
    virtual QStringList findRoots(const QString &path, const QStringList &claimed = {}) const = 0;
    /// Reads one claimed root. Problems go to @p context; returns false only when nothing in
    /// the root could be read.
    virtual bool importRoot(const ImportScope &scope, ImportContext &context, ImportSink &sink) const = 0;
};

// One factory per format, each in its own file.
std::unique_ptr<Importer> makeKeepsakeBagImporter();
std::unique_ptr<Importer> makeQZoneArchiverImporter();
std::unique_ptr<Importer> makeQZoneExportImporter();
std::unique_ptr<Importer> makeQZoneMarkdownImporter();
std::unique_ptr<Importer> makeGetQzoneHistoryImporter();
std::unique_ptr<Importer> makeWwwpfImporter();
std::unique_ptr<Importer> makeTimeMachineImporter();
std::unique_ptr<Importer> makePhotoFolderImporter();

/// How the registry lets an importer claim folders.
enum class ClaimRule
{
    /// The importer's roots, with everything below them, are its own. Earlier entries win.
    ExportRoot,
    /// Whatever is left: the importer reads its roots minus every root claimed before it.
    Remainder
};

/// One claimed root and who reads it.
struct ImportClaim
{
    const Importer *importer = nullptr;
    ImportScope scope;
};

/// All importers in the order they claim folders, most specific first; a plain photo folder
/// is the last resort. Adding a format: one new importer file and one line in the registry.
class ImporterRegistry
{
public:
    ImporterRegistry();
    ~ImporterRegistry();
    /// Who reads what below @p path: each root goes to the first importer that recognises it
    /// and is not inside a root claimed before; ExportRoot roots exclude their whole subtree.
    std::vector<ImportClaim> claim(const QString &path) const;
    const Importer *find(const QString &formatId) const;

private:
    struct Entry
    {
        std::unique_ptr<Importer> importer;
        ClaimRule rule;
    };
    std::vector<Entry> m_entries;
};

} // namespace ks
