// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"
#include "filestamp.h"
#include "handledfiles.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace ks {

/// Where importers hand what they read. The LibraryWriter is the real one; a test can collect
/// the records instead and check an importer without a database.
class ImportSink
{
public:
    virtual ~ImportSink() = default;

    /// Sets the account whose export is being read; creates it when new. Must come first.
    virtual bool setAccount(const QString &uin, const QString &nickname = QString()) = 0;
    virtual QString accountUin() const = 0;
    /// Merges @p value under @p key into the account's profile (user info, 留言板 寄语, …).
    virtual void setAccountProfile(const QString &key, const QJsonValue &value) = 0;

    virtual UpsertResult upsertMemory(const MemoryRecord &record) = 0;
    virtual void upsertFriend(const PersonRecord &record) = 0;
    /// A file the export holds without saying which memory it belongs to (the media half of an
    /// export, avatars, emoticons). Returns false when it was not kept.
    virtual bool addLooseFile(const QString &absPath, const QString &relPath) = 0;
    /// addLooseFile() for a file whose content the source knows (a Keepsake archive names each
    /// file's SHA-256): kept only when its bytes still hash to @p expectedSha256.
    virtual bool addCheckedLooseFile(const QString &absPath, const QString &relPath,
                                     const QString &expectedSha256)
    {
        Q_UNUSED(expectedSha256);
        return addLooseFile(absPath, relPath);
    }
    /// Gives a file the library holds already (by @p sha256) one more name its export gave it,
    /// as addLooseFile() would, without reading it again. False when the library has no such file.
    virtual bool nameKeptFile(const QString &relPath, const QString &sha256)
    {
        Q_UNUSED(relPath);
        Q_UNUSED(sha256);
        return false;
    }
    /// A tag the person made (a Keepsake archive carries them, used or not): created with its
    /// parents when new, @p color ("#rrggbb", may be empty) set when the tag has none.
    virtual void keepTag(const QString &path, const QString &color)
    {
        Q_UNUSED(path);
        Q_UNUSED(color);
    }

    /// Files (absolute paths) the importer will hand over soon, in that order: the sink may read
    /// them ahead. Only a hint; results are the same without it.
    virtual void prefetch(const QStringList &absPaths, bool soon = true)
    {
        Q_UNUSED(absPaths);
        Q_UNUSED(soon);
    }
    /// What a finished import of this account recorded about the data file @p absPath, read
    /// completely by the importer at @p version, when the file is in the very state it read
    /// (size, mtime, ctime, inode); nullopt otherwise (then the file is read as always).
    virtual std::optional<HandledDataFile> handledDataFile(const QString &absPath, int version)
    {
        Q_UNUSED(absPath);
        Q_UNUSED(version);
        return std::nullopt;
    }
    /// @p absPath, in state @p before, was read completely at @p version and gave @p records
    /// records without a problem; @p detail is what the importer needs to skip it next time.
    /// Kept with the records (trusted only once this import finished).
    virtual void rememberDataFile(const QString &absPath, const FileStamp &before, int version, int records,
                                  const QJsonObject &detail)
    {
        Q_UNUSED(absPath);
        Q_UNUSED(before);
        Q_UNUSED(version);
        Q_UNUSED(records);
        Q_UNUSED(detail);
    }
    /// True when the media file @p absPath is in the state a finished import stored it from and
    /// the vault still holds that copy (storing it again would change nothing).
    virtual bool mediaUnchanged(const QString &absPath)
    {
        Q_UNUSED(absPath);
        return false;
    }

    /// The files of @p records' media, for prefetch().
    static QStringList mediaFilesOf(const QList<MemoryRecord> &records)
    {
        QStringList files;
        for (const MemoryRecord &record : records) {
            for (const MediaRef &ref : record.media) {
                if (!ref.filePath.isEmpty())
                    files << ref.filePath;
            }
        }
        return files;
    }
};

} // namespace ks
