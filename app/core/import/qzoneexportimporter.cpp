// SPDX-License-Identifier: GPL-3.0-or-later
// QZoneExport ("QQ空间导出助手", ShunCai, v2 and v3): HTML/JSON-mode exports, the
// 助手备份数据 backup store, and the media-only half the browser downloads separately.
#include "exporterfiles.h"
#include "importcontext.h"
#include "importer.h"
#include "importsink.h"
#include "jsonstream.h"
#include "jsonstreamahead.h"
#include "qzoneapi.h"
#include "qzoneexportlayout.h"
#include "qzoneexportsession.h"
#include "qzonejson.h"
#include "sessionimporter.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <functional>
#include <pthread.h>
#include <utility>

namespace ks {

namespace qzoneexport {

bool Session::determineAccount(const QJsonArray &friends)
{
    for (const QJsonValue &v : friends) {
        const QJsonObject f = v.toObject();
        if (f.value(QLatin1String("isMe")).toBool()) {
            if (m_uin.isEmpty())
                m_uin = qzone::jsonText(f.value(QLatin1String("uin")));
            if (m_nickname.isEmpty() && qzone::jsonText(f.value(QLatin1String("uin"))) == m_uin)
                m_nickname = qzone::jsonText(f.value(QLatin1String("name")));
        }
    }
    if (m_uin.isEmpty()) {
        // No folder name, user file or backup: the author of the space's own posts.
        // Read quietly: the 说说 pass reads the file again and reports what is wrong with it.
        forEachItem(
            kMessages,
            [this](const QJsonValue &post, const QString &) {
                m_uin = qzone::jsonText(post.toObject().value(QLatin1String("uin")));
                return false;
            },
            true);
    }
    if (m_uin.isEmpty())
        return false;
    return m_sink.setAccount(m_uin, m_nickname);
}

Session::~Session()
{
    if (m_albumPrefetch.joinable())
        m_albumPrefetch.join();
}

bool Session::importRecord(MemoryRecord &&record)
{
    if (m_albumPrefetchDone.load(std::memory_order_acquire))
        queueAlbumPrefetch(false);
    if (!record.key.isEmpty()) {
        if (m_seenKeys.contains(record.key))
            return false; // the same item in a second file of this export
        m_seenKeys.insert(record.key);
    }
    if (record.sourceRecord.isEmpty())
        return false;
    ++m_records;
    if (DataFileMemo::Used *used = m_memo.tracking(); used && !record.key.isEmpty())
        used->keys << record.key;
    return m_sink.upsertMemory(record) != UpsertResult::Failed;
}

void Session::importFriends(const QJsonArray &items, const QString &file)
{
    Q_UNUSED(file);
    for (const QJsonValue &v : items) {
        const QJsonObject f = v.toObject();
        if (f.value(QLatin1String("isMe")).toBool())
            continue;
        const PersonRecord person = qzone::friendFromJson(f);
        if (person.person.uin == m_uin || !person.person.isValid())
            continue;
        m_sink.upsertFriend(person);
    }
}

void Session::importList(const ModuleSpec &m, const QString &mediaDir, const Converter &convert)
{
    // A few records converted ahead, so their pictures are read while the ones before are written.
    constexpr int kAhead = 32;
    QList<MemoryRecord> batch;
    const auto flush = [&] {
        m_sink.prefetch(ImportSink::mediaFilesOf(batch));
        for (MemoryRecord &record : batch) {
            if (m_context.isCancelled())
                return false;
            importRecord(std::move(record));
        }
        batch.clear();
        return true;
    };
    const auto add = [&](MemoryRecord &&record, const QString &file) {
        batch.append(std::move(record));
        batch.last().sourceFile = m_context.shownPath(file);
        return batch.size() < kAhead || flush();
    };
    // A data file read to its end without a problem is remembered; the next import of the
    // unchanged file skips it.
    FileHooks hooks;
    hooks.before = [&](const QString &file) {
        const std::optional<DataFileMemo::Used> used = m_memo.skip(file);
        if (!used) {
            m_memo.begin(file);
            return false;
        }
        useSkipped(*used);
        return true;
    };
    hooks.after = [&](const QString &file, const qzone::StreamResult &result) {
        const bool flushed = flush(); // the file's last records
        m_memo.end(file, flushed && result.complete && !result.stopped);
    };
    // The module's files are read and converted on a second thread (resolving media only reads
    // the file index there; what a record used is noted here, in order).
    QStringList *foundByEntry = nullptr; // the reading thread's entry being converted
    const qzone::MediaResolver collect = [&](const QString &written, const QString &role) {
        QString found;
        MediaRef ref = resolveIn(mediaDir, written, role, &found);
        if (!found.isEmpty())
            foundByEntry->append(found);
        return ref;
    };
    const qzone::EntryConverter convertAhead = [&](const QJsonValue &v) {
        qzone::ConvertedEntry entry;
        if (v.isObject()) {
            foundByEntry = &entry.found;
            entry.record = convert(v.toObject(), collect);
            entry.keep = true;
        }
        return entry;
    };
    const FileReader readAhead = [&](const QString &file) {
        return qzone::streamConverted(file, m_context, convertAhead, [&](qzone::ConvertedEntry &entry) {
            for (const QString &found : std::as_const(entry.found))
                noteFound(found);
            return !entry.keep || add(std::move(entry.record), file);
        });
    };
    const qzone::MediaResolver resolveHere = resolverFor(mediaDir);
    forEachItem(
        m,
        [&](const QJsonValue &v, const QString &file) { // the backup store's items, already in memory
            return !v.isObject() || add(convert(v.toObject(), resolveHere), file);
        },
        false, &hooks, &readAhead);
    flush();
}

void Session::useSkipped(const DataFileMemo::Used &used)
{
    for (const QString &rel : used.referenced)
        m_referenced.insert(rel.toLower());
    for (const QString &key : used.keys)
        m_seenKeys.insert(key);
    m_records += used.records;
    m_anyData = true;
}

QString Session::photosFile() const
{
    if (m_backup.contains(QLatin1String(kPhotos.backupName)))
        return QString();
    QStringList candidates, years;
    moduleFiles(m_root, kPhotos, &candidates, &years);
    return candidates.value(0);
}

void Session::importPhotos()
{
    queueAlbumPrefetch(true);
    if (m_photosSkipped) {
        useSkipped(*m_photosSkipped);
        return;
    }
    // The albums' file alone (no per-album lists, which need its albums) may be skipped next time.
    const QStringList lists = albumListFiles(m_root);
    const QString own = lists.isEmpty() ? photosFile() : QString();
    if (!own.isEmpty())
        m_memo.begin(own);
    QString file;
    const QJsonValue data = loadModule(kPhotos, &file);
    const QString dir = moduleDir(kPhotos).isEmpty() ? QStringLiteral("Albums") : moduleDir(kPhotos);
    const QString shownFile = m_context.shownPath(file);
    // The albums are converted into records on a second thread (media resolution there only
    // reads the file index); each album's first entry names its pictures, queued for hashing
    // before its records are written, as they were when converted here.
    QStringList *foundByEntry = nullptr;
    const qzone::MediaResolver collect = [&](const QString &written, const QString &role) {
        QString found;
        MediaRef ref = resolveIn(dir, written, role, &found);
        if (!found.isEmpty())
            foundByEntry->append(found);
        return ref;
    };
    const std::atomic_bool *cancel = m_context.cancelFlag();
    const auto convertAlbums = [&](const qzone::EntryPut &put) {
        for (const QJsonValue &v : qzone::itemsOf(data)) {
            if (cancel && cancel->load())
                return;
            const QJsonObject album = v.toObject();
            if (album.isEmpty())
                continue;
            QList<qzone::ConvertedEntry> entries(1);
            foundByEntry = &entries.first().found;
            entries.first().record = qzone::albumFromJson(album, collect);
            for (const QJsonValue &p : album.value(QLatin1String("photoList")).toArray()) {
                qzone::ConvertedEntry &photo = entries.emplace_back();
                foundByEntry = &photo.found;
                photo.record = qzone::photoFromJson(p.toObject(), album, collect);
            }
            QStringList files;
            for (qzone::ConvertedEntry &entry : entries) {
                entry.keep = true;
                entry.record.sourceFile = shownFile;
                for (const MediaRef &ref : std::as_const(entry.record.media)) {
                    if (!ref.filePath.isEmpty())
                        files << ref.filePath;
                }
            }
            entries.first().prefetch = std::move(files);
            for (qzone::ConvertedEntry &entry : entries) {
                if (!put(std::move(entry)))
                    return;
            }
        }
    };
    qzone::runAhead(convertAlbums, [&](qzone::ConvertedEntry &entry) {
        if (m_context.isCancelled())
            return false;
        for (const QString &found : std::as_const(entry.found))
            noteFound(found);
        if (!entry.prefetch.isEmpty())
            m_sink.prefetch(entry.prefetch);
        importRecord(std::move(entry.record));
        return true;
    });
    if (!own.isEmpty())
        m_memo.end(own, file == own && !data.isUndefined() && !m_context.isCancelled());
    // JSON mode also writes each album's photo list beside its pictures.
    QHash<QString, QJsonObject> albums;
    if (!lists.isEmpty()) {
        for (const QJsonValue &v : qzone::itemsOf(data)) {
            if (const QJsonObject album = v.toObject(); !album.isEmpty())
                albums.insert(qzone::albumKeyOf(album), album);
        }
    }
    const qzone::MediaResolver resolver = resolverFor(dir);
    for (const QString &path : lists) {
        if (m_context.isCancelled())
            return;
        const QFileInfo fi(path);
        const QJsonValue list = readModuleFile(fi.absoluteFilePath());
        for (const QJsonValue &p : qzone::itemsOf(list)) {
            const QJsonObject photo = p.toObject();
            const QString key = qzone::photoKeyOf(photo);
            if (key.isEmpty() || m_seenKeys.contains(key))
                continue;
            const QString albumId = qzone::jsonText(photo.value(QLatin1String("albumId")));
            MemoryRecord record = qzone::photoFromJson(photo, albums.value(albumId), resolver);
            record.sourceFile = m_context.shownPath(fi.absoluteFilePath());
            importRecord(std::move(record));
        }
    }
}

void Session::prefetchAlbumPhotos()
{
    // The albums' pictures are most of an export's bytes: a worker starts on them while the
    // posts are written. Their names are found on a thread of their own (the albums' data read
    // quietly: the real pass reports and counts as before) and queued when it is done. Unless
    // the albums' file is unchanged since a finished import read it: then nothing is read at all.
    if (const QString own = photosFile(); !own.isEmpty() && albumListFiles(m_root).isEmpty()) {
        m_photosSkipped = m_memo.skip(own);
        if (m_photosSkipped)
            return;
    }
    m_albumPrefetch = std::thread([this] {
        pthread_setname_np(pthread_self(), "keepsake-albums");
        m_albumPrefetchFiles = albumPhotoFiles();
        m_albumPrefetchDone.store(true, std::memory_order_release);
    });
}

QStringList Session::albumPhotoFiles() const
{
    QString file;
    const QJsonValue data = loadModuleQuietly(kPhotos, &file);
    if (data.isUndefined())
        return {};
    const QString dir = moduleDir(kPhotos).isEmpty() ? QStringLiteral("Albums") : moduleDir(kPhotos);
    const qzone::MediaResolver resolver = [this, &dir](const QString &written, const QString &role) {
        QString found;
        return resolveIn(dir, written, role, &found);
    };
    const std::atomic_bool *cancel = m_context.cancelFlag();
    QStringList files;
    for (const QJsonValue &v : qzone::itemsOf(data)) {
        if (cancel && cancel->load())
            return {};
        const QJsonObject album = v.toObject();
        if (album.isEmpty())
            continue;
        for (const QJsonValue &p : album.value(QLatin1String("photoList")).toArray()) {
            for (const MediaRef &ref : qzone::photoFromJson(p.toObject(), album, resolver).media) {
                if (!ref.filePath.isEmpty())
                    files << ref.filePath;
            }
        }
    }
    return files;
}

void Session::queueAlbumPrefetch(bool wait)
{
    if (!m_albumPrefetch.joinable() || (!wait && !m_albumPrefetchDone.load(std::memory_order_acquire)))
        return;
    m_albumPrefetch.join();
    m_albumPrefetchDone.store(false);
    m_sink.prefetch(std::exchange(m_albumPrefetchFiles, QStringList()), false);
}

void Session::importBoards()
{
    QString file;
    const QJsonValue data = loadModule(kBoards, &file);
    if (data.isUndefined())
        return;
    const QJsonValue authorInfo = data.toObject().value(QLatin1String("authorInfo"));
    if (authorInfo.isObject() && !authorInfo.toObject().isEmpty())
        m_sink.setAccountProfile(QStringLiteral("authorInfo"), authorInfo);
    const QString dir = moduleDir(kBoards).isEmpty() ? QStringLiteral("Boards") : moduleDir(kBoards);
    const auto resolver = resolverFor(dir);
    for (const QJsonValue &v : qzone::itemsOf(data)) {
        if (m_context.isCancelled())
            return;
        MemoryRecord record = qzone::boardFromJson(v.toObject(), resolver);
        record.sourceFile = m_context.shownPath(file);
        importRecord(std::move(record));
    }
}

void Session::importLooseFiles()
{
    // Everything else the export holds (emoticons, avatars, the media half) goes into the
    // vault too, so a memory imported before or after finds it by its path.
    exporterfiles::keepLooseFiles(m_context, m_sink, m_root, m_files.values(), [this](const QString &rel) {
        return m_referenced.contains(rel.toLower());
    });
}

bool Session::run()
{
    indexFiles();
    m_memo.setTree(m_files.keys());
    if (const auto m = rootNamePattern().match(QFileInfo(m_root).fileName()); m.hasMatch())
        m_uin = m.captured(1);

    m_userInfo = exporterfiles::readUserInfo(m_root, m_context);
    const QString userUin = qzone::jsonText(m_userInfo.value(QLatin1String("uin")));
    if (m_uin.isEmpty())
        m_uin = userUin;
    if (userUin.isEmpty() || userUin == m_uin)
        m_nickname = qzone::jsonText(m_userInfo.value(QLatin1String("nickname")));

    loadBackup();
    QString friendsFile;
    const QJsonValue friends = loadModule(kFriends, &friendsFile);
    if (!determineAccount(qzone::itemsOf(friends))) {
        m_context.reportProblem(
            m_root, QStringLiteral("malformed"),
            QStringLiteral("cannot tell whose QQ Space this export is (no QQ number found)"));
        return false;
    }
    if (!m_userInfo.isEmpty())
        m_sink.setAccountProfile(QStringLiteral("userInfo"), m_userInfo);
    importFriends(qzone::itemsOf(friends), friendsFile);

    auto dirOf = [this](const ModuleSpec &m) {
        const QString dir = moduleDir(m);
        return dir.isEmpty() ? QLatin1String(m.dir) : dir;
    };
    prefetchAlbumPhotos();
    using Resolver = qzone::MediaResolver;
    importList(kMessages, dirOf(kMessages),
               [](const QJsonObject &o, const Resolver &r) { return qzone::postFromMsglistItem(o, r); });
    importList(kBlogs, dirOf(kBlogs), [](const QJsonObject &o, const Resolver &r) {
        return qzone::blogFromJson(o, MemoryKind::Blog, r);
    });
    importList(kDiaries, dirOf(kDiaries), [](const QJsonObject &o, const Resolver &r) {
        return qzone::blogFromJson(o, MemoryKind::Diary, r);
    });
    importPhotos();
    importList(kVideos, dirOf(kVideos),
               [](const QJsonObject &o, const Resolver &r) { return qzone::videoFromJson(o, r); });
    importBoards();
    importList(kFavorites, dirOf(kFavorites),
               [](const QJsonObject &o, const Resolver &r) { return qzone::favoriteFromJson(o, r); });
    importList(kShares, dirOf(kShares),
               [](const QJsonObject &o, const Resolver &r) { return qzone::shareFromJson(o, r); });
    importList(kVisitors, dirOf(kVisitors),
               [](const QJsonObject &o, const Resolver &) { return qzone::visitFromJson(o); });
    importLooseFiles();
    return m_anyData || m_records > 0 || !m_files.isEmpty();
}

} // namespace qzoneexport

std::unique_ptr<Importer> makeQZoneExportImporter()
{
    return std::make_unique<SessionImporter<qzoneexport::Session, qzoneexport::isRoot>>(
        QStringLiteral("qzoneexport"));
}

} // namespace ks
