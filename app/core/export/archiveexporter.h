// SPDX-License-Identifier: GPL-3.0-or-later
// An archive that outlives the app (issue 13): a BagIt bag (RFC 8493, util/bagit) of a selection
// that opens with no software and imports back into Keepsake as it was.
//   OUT/bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt
//   OUT/data/index.html          a start page that links the site and explains the folders
//   OUT/data/site/…              the offline HTML site (HtmlExporter)
//   OUT/data/memories.jsonl      one memory per line (archivedump::memory: `list --json` and more)
//   OUT/data/sources.jsonl       every kept source record, in the order of memories.jsonl
//   OUT/data/people.jsonl, tags.jsonl, accounts.json, files.jsonl, problems.jsonl
//   OUT/data/vault/ab/<sha>.ext  every original file, under its vault path
// Written into a folder beside OUT and renamed at the end: OUT is there complete or not at all.
#pragma once

#include "export/exportprogress.h"
#include "export/exportselection.h"
#include "export/exporttarget.h"

#include <QString>
#include <QStringList>
#include <atomic>

namespace ks {

class Database;

/// The memories.jsonl format version written into bag-info.txt (Keepsake-Format).
constexpr int kArchiveFormat = 1;

/// True when @p dir is a BagIt bag (holds bagit.txt).
bool isBagFolder(const QString &dir);
/// True when @p dir is a bag Keepsake wrote (bag-info.txt says Keepsake made it, and it holds
/// data/memories.jsonl).
bool isKeepsakeArchive(const QString &dir);

/// What is at @p dir where an archive is to be written: Free, EmptyFolder, NonEmptyFolder (only
/// an earlier archive: it may be replaced), or WrongKind (a file, or a folder of other things,
/// which is never replaced).
ExportTarget archiveTarget(const QString &dir);

struct ArchiveExportOptions
{
    QString outputDir;
    bool replace = false; ///< an earlier archive (a bag) at outputDir is replaced
    QString theme;        ///< the site's 装扮 (themes.h id); empty = the default
};

class ArchiveExporter
{
public:
    ArchiveExporter(Database &database, const ArchiveExportOptions &options);

    void setProgressCallback(ExportProgress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// Writes the archive of @p selection (its privacy options do not apply: an archive is the
    /// owner's whole record). ok when the bag was written and put in place; memories, photos,
    /// pages (of the site) as the other exports count them; problems = files left out (named in
    /// failures(): damaged or unreadable in the vault), each of which makes the bag incomplete.
    ExportResult exportSelection(const ExportSelection &selection);

    /// "vault/ab/….jpg: why" for each file that could not go in (translated).
    const QStringList &failures() const { return m_failures; }
    /// Payload files and bytes written (Payload-Oxum).
    qint64 payloadFiles() const { return m_payloadFiles; }
    qint64 payloadBytes() const { return m_payloadBytes; }
    int comments() const { return m_comments; }

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void report(const QString &what, int done, int total);

    Database &m_database;
    ArchiveExportOptions m_options;
    ExportProgress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    QStringList m_failures;
    qint64 m_payloadFiles = 0;
    qint64 m_payloadBytes = 0;
    int m_comments = 0;
};

} // namespace ks
