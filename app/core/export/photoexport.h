// SPDX-License-Identifier: GPL-3.0-or-later
// Photos back out as files, with the dates and words they belong to: which photos a selection
// holds, their best date, their words, readable names (the plan), and the copies written from
// it (JPEG EXIF merged, other formats with an XMP sidecar). The vault is only ever read.
#pragma once

#include "export/exportprogress.h"
#include "export/exportselection.h"
#include "media/exifwriter.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <atomic>

namespace ks {

class Database;

/// Where the copies go inside the output folder.
enum class PhotoLayout
{
    Album, ///< OUT/<album name, else year>/…
    Month, ///< OUT/yyyy-MM/…
    Flat   ///< OUT/…
};
/// "album", "month", "flat" (any case) → @p layout; false for anything else.
bool photoLayoutFromName(const QString &name, PhotoLayout *layout);

/// Where a photo's best date came from, best first.
enum class PhotoDateSource
{
    Corrected, ///< the date the person put right (keepsake date …), which beats the camera's
    Camera,    ///< the file's own EXIF date (as the library read it at import)
    Shot,      ///< the shooting time QQ Space recorded for the upload (rawshoottime)
    Upload,    ///< the upload time of the album photo
    Post,      ///< the time of the post (说说, blog…) that holds it
    Unknown
};
/// "corrected", "camera", "shot", "upload", "post", "unknown" (for JSON).
QString photoDateSourceName(PhotoDateSource source);

/// One photo of the plan: the vault file and what its copy will say and be called.
struct PhotoExportItem
{
    qint64 mediaId = 0;
    QString sha256;
    QString vaultFile; ///< absolute; empty when the library never had the file
    QString status;    ///< media status: ok | missing | damaged | placeholder
    QString mime;
    QString extension;  ///< of the copy, without the dot ("jpg", "png")
    QString memoryKey;  ///< the memory its date and words come from
    QString sourceName; ///< the name the QQ export gave it, for reports
    PhotoDateSource dateSource = PhotoDateSource::Unknown;
    PhotoMetadata meta;
    QString relativePath; ///< inside the output folder, '/'-separated, unique (case-insensitively)
    bool isJpeg() const { return mime == QLatin1String("image/jpeg"); }
};

struct PhotoExportPlan
{
    QList<PhotoExportItem> items;
    int memories = 0; ///< memories selected
    QString error;    ///< the selection could not be read
};

/// The photos (media with the role "image") of the memories @p selection picks, each once even
/// when a post and an album photo share it, in the order of their memories; only those in
/// @p onlyMedia when it is not empty (photos picked one by one in the grid).
PhotoExportPlan planPhotoExport(Database &database, const ExportSelection &selection, PhotoLayout layout,
                                const QSet<qint64> &onlyMedia = {});

/// @p text as part of a file name on every file system: no / \ : * ? " < > | or control
/// characters, whitespace runs as one space, no leading or trailing dots and spaces, at most
/// @p maxLength characters (cut after a word or punctuation when one is near the end).
QString fileNamePart(const QString &text, int maxLength = 40);

struct PhotoExportOptions
{
    QString outputDir;
    PhotoLayout layout = PhotoLayout::Album;
    QSet<qint64> mediaIds; ///< when not empty, only these photos of the selection's memories
};

/// A copy written.
struct PhotoExportFile
{
    QString path;                          ///< absolute
    QString sidecar;                       ///< the .xmp beside it, empty for a JPEG
    const PhotoExportItem *item = nullptr; ///< valid while the exporter lives
};

/// Writes the plan's copies. Existing files are never replaced (a counter is added), each copy's
/// modification time is its date, and a photo whose file is absent or damaged is named in
/// failures() while the others are written.
class PhotoExporter
{
public:
    PhotoExporter(Database &database, const PhotoExportOptions &options);

    void setProgressCallback(ExportProgress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// ok unless the output folder cannot be made or the selection read; photos = copies
    /// written, problems = photos that failed; warnings = failures() then skipped().
    ExportResult exportSelection(const ExportSelection &selection);

    const PhotoExportPlan &plan() const { return m_plan; }
    const QList<PhotoExportFile> &files() const { return m_files; }
    /// "name (memory): why" for photos that could not be written (translated).
    const QStringList &failures() const { return m_failures; }
    /// Photos the library never held (missing from the QQ export, QQ's placeholder picture).
    const QStringList &skipped() const { return m_skipped; }

private:
    bool writeItem(const PhotoExportItem &item, QString *why);

    Database &m_database;
    PhotoExportOptions m_options;
    ExportProgress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    PhotoExportPlan m_plan;
    QList<PhotoExportFile> m_files;
    QStringList m_failures;
    QStringList m_skipped;
};

} // namespace ks
