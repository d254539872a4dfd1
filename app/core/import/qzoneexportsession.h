// SPDX-License-Identifier: GPL-3.0-or-later
// QZoneExport's import session (internal to import/): qzoneexportimporter.cpp turns the data
// into records, qzoneexportsource.cpp finds and reads the files they come from.
#pragma once

#include "datafilememo.h"
#include "importcontext.h"
#include "importsink.h"
#include "jsonstream.h"
#include "qzoneapi.h"
#include "qzoneexportlayout.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>
#include <thread>

namespace ks::qzoneexport {

/// Bump whenever what a data file gives changes (parsing, conversion, media resolution): every
/// data file a finished import read at another version is then read again.
constexpr int kDataVersion = 1;

/// Around each data file forEachItem() reads (not the backup store): @c before may account for
/// the file without reading it (true: as if read to its end), @c after sees how reading it ended.
struct FileHooks
{
    std::function<bool(const QString &file)> before;
    std::function<void(const QString &file, const qzone::StreamResult &result)> after;
};

class Session
{
public:
    Session(const QString &root, ImportContext &context, ImportSink &sink)
        : m_root(root), m_context(context), m_sink(sink)
    {
    }
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    bool run();

private:
    void indexFiles();
    QString moduleDir(const ModuleSpec &m) const;
    qzone::MediaResolver resolverFor(const QString &moduleDir);
    MediaRef resolve(const QString &moduleDir, const QString &written, const QString &role);
    /// resolve() without its bookkeeping: only reads the file index (safe on a reading thread);
    /// @p found is set to the export file the media resolved to, if any.
    MediaRef resolveIn(const QString &moduleDir, const QString &written, const QString &role,
                       QString *found) const;
    /// The bookkeeping: @p found (an export file) is used by a memory.
    void noteFound(const QString &found);

    bool loadBackup();
    /// The items of a module from the best source; @p sourceFile is set to the file read.
    QJsonValue loadModule(const ModuleSpec &m, QString *sourceFile, QStringList *extraFiles = nullptr);
    /// loadModule() without reports or counts, safe on another thread (reads only the export).
    QJsonValue loadModuleQuietly(const ModuleSpec &m, QString *sourceFile) const;
    QJsonValue loadModuleWith(const ModuleSpec &m, const std::function<QJsonValue(const QString &)> &read,
                              QString *sourceFile, QStringList *extraFiles) const;
    using ItemCallback = std::function<bool(const QJsonValue &item, const QString &file)>;
    using FileReader = std::function<qzone::StreamResult(const QString &file)>;
    /// Each item of a module, from the backup store or read from its files one by one (a file of
    /// a million posts is never held whole); stops when @p onItem returns false. @p readFile,
    /// when given, reads each file instead of handing its items to @p onItem.
    void forEachItem(const ModuleSpec &m, const ItemCallback &onItem, bool quiet = false,
                     const FileHooks *hooks = nullptr, const FileReader *readFile = nullptr);
    QJsonValue readModuleFile(const QString &path);
    bool determineAccount(const QJsonArray &friends);

    bool importRecord(MemoryRecord &&record);
    void importFriends(const QJsonArray &items, const QString &file);
    using Converter =
        std::function<MemoryRecord(const QJsonObject &item, const qzone::MediaResolver &resolve)>;
    /// A module's items as records; @p convert runs on a reading thread for the module's files,
    /// with media resolved in @p mediaDir.
    void importList(const ModuleSpec &m, const QString &mediaDir, const Converter &convert);
    void importPhotos();
    /// The albums' own data file when the photos come from one (not the backup store), else empty.
    QString photosFile() const;
    /// What a skipped data file's records used, as if they had been read.
    void useSkipped(const DataFileMemo::Used &used);
    void importBoards();
    void importLooseFiles();
    /// Starts finding the albums' pictures on another thread, to be queued for hashing.
    void prefetchAlbumPhotos();
    /// The pictures' files as the albums' data names them (on the prefetch thread).
    QStringList albumPhotoFiles() const;
    /// Queues what the prefetch thread found once it is done; @p wait: wait for it first.
    void queueAlbumPrefetch(bool wait);

    QString m_root;
    ImportContext &m_context;
    ImportSink &m_sink;
    QHash<QString, QString> m_files;                       ///< lower-case rel path → rel path as on disk
    QHash<QString, QMultiHash<QString, QString>> m_byName; ///< module (lower) → file name (lower) → rel
    QSet<QString> m_referenced;                            ///< lower-case rel paths used by a memory
    QSet<QString> m_seenKeys;
    QString m_backupFile;
    QHash<QString, QJsonValue> m_backup; ///< module → data from 助手备份数据
    QString m_uin;
    QString m_nickname;
    QJsonObject m_userInfo;
    bool m_anyData = false;
    int m_records = 0;
    std::thread m_albumPrefetch; ///< albumPhotoFiles() into m_albumPrefetchFiles
    std::atomic_bool m_albumPrefetchDone{false};
    QStringList m_albumPrefetchFiles;
    DataFileMemo m_memo{m_context, m_sink, m_root, kDataVersion};
    std::optional<DataFileMemo::Used> m_photosSkipped; ///< the albums' file, unchanged: not read
};

} // namespace ks::qzoneexport
