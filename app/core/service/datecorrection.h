// SPDX-License-Identifier: GPL-3.0-or-later
// Dates put right (issue 13): set, shift or take from the camera, for one memory or many, with
// undo. The corrected date is the memory's date everywhere; the source's is kept as original.
#pragma once

#include "dateinput.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace ks {

class Database;

struct DateCorrectionResult
{
    bool ok = false;
    QString error;        ///< why nothing changed (in the UI language); empty when ok
    int changed = 0;      ///< memories whose date moved (undo: that moved back)
    int unchanged = 0;    ///< already at that date
    int undated = 0;      ///< shift: memories without a date, which cannot be shifted
    int noCameraDate = 0; ///< camera: memories without a photo that carries an EXIF date
    qint64 batch = 0;     ///< the undo step this made (0 when nothing changed)
};

/// The date a memory had before it was first corrected.
struct OriginalDate
{
    std::optional<qint64> created; ///< epoch seconds; empty when the source had no date
    int utcOffsetSeconds = 28800;
};

/// A memory's date as the library holds it now.
struct MemoryDate
{
    QString key;
    std::optional<qint64> created;
    int utcOffsetSeconds = 28800;
    std::optional<OriginalDate> original; ///< set when the date was corrected
};

class DateCorrection
{
public:
    explicit DateCorrection(Database &database);

    /// The memories with these source keys ("post:…", as `keepsake list --json` prints them);
    /// keys no memory has are appended to @p unknown.
    QList<qint64> memoriesWithKeys(const QStringList &keys, QStringList *unknown) const;

    DateCorrectionResult set(const QList<qint64> &memoryIds, const DateSetting &to);
    DateCorrectionResult shift(const QList<qint64> &memoryIds, const DateShift &by);
    /// Each memory takes the EXIF DateTimeOriginal of its first photo that has one, read as
    /// wall-clock time in the memory's own UTC offset.
    DateCorrectionResult useCameraDate(const QList<qint64> &memoryIds);
    /// Puts back the dates the newest change moved; a memory back at its source date is no
    /// longer "corrected", so imports may update it again.
    DateCorrectionResult undoLast();
    bool canUndo() const;

    /// Set when the memory's date was corrected.
    std::optional<OriginalDate> original(qint64 memoryId) const;
    /// Empty when no memory has @p memoryId.
    std::optional<MemoryDate> dateOf(qint64 memoryId) const;

private:
    struct Target
    {
        qint64 id = 0;
        std::optional<qint64> created;
        int offset = 28800;
        std::optional<qint64> newCreated;
        int newOffset = 28800;
    };
    QList<Target> load(const QList<qint64> &memoryIds, QString *error) const;
    DateCorrectionResult apply(QList<Target> targets, const char *how);
    /// Runs @p change in one write transaction: an error it returns rolls everything back;
    /// after the commit the wall is rebuilt and the views are told.
    DateCorrectionResult
    committed(const std::function<QString(QSqlDatabase &, DateCorrectionResult &)> &change);
    QString libraryError(const QString &sqlError) const;

    Database &m_database;
};

} // namespace ks
