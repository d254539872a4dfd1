// SPDX-License-Identifier: GPL-3.0-or-later
// QZoneExport ("QQ空间导出助手", ShunCai, v2 and v3): HTML/JSON-mode exports, the
// 助手备份数据 backup store, and the media-only half the browser downloads separately.
#include "datafilememo.h"
#include "exporterfiles.h"
#include "importcontext.h"
#include "importer.h"
#include "importsink.h"
#include "jsonstream.h"
#include "qzoneapi.h"
#include "qzoneexportlayout.h"
#include "qzonejson.h"
#include "sessionimporter.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <functional>

namespace ks {

using exporterfiles::childNamed;
using namespace qzoneexport;

namespace {

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

    bool run();

private:
    void indexFiles();
    QString moduleDir(const ModuleSpec &m) const;
    qzone::MediaResolver resolverFor(const QString &moduleDir);
    MediaRef resolve(const QString &moduleDir, const QString &written, const QString &role);

    bool loadBackup();
    /// The items of a module from the best source; @p sourceFile is set to the file read.
    QJsonValue loadModule(const ModuleSpec &m, QString *sourceFile, QStringList *extraFiles = nullptr);
    using ItemCallback = std::function<bool(const QJsonValue &item, const QString &file)>;
    /// Each item of a module, from the backup store or read from its files one by one (a file of
    /// a million posts is never held whole); stops when @p onItem returns false.
    void forEachItem(const ModuleSpec &m, const ItemCallback &onItem, bool quiet = false,
                     const FileHooks *hooks = nullptr);
    QJsonValue readModuleFile(const QString &path);
    bool determineAccount(const QJsonArray &friends);

    bool importRecord(MemoryRecord &&record);
    void importFriends(const QJsonArray &items, const QString &file);
    void importList(const ModuleSpec &m, const std::function<MemoryRecord(const QJsonObject &)> &convert);
    void importPhotos();
    /// The albums' own data file when the photos come from one (not the backup store), else empty.
    QString photosFile() const;
    /// What a skipped data file's records used, as if they had been read.
    void useSkipped(const DataFileMemo::Used &used);
    void importBoards();
    void importLooseFiles();
    void prefetchAlbumPhotos();

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
    bool m_quiet = false; ///< reading ahead for prefetch: no reports, no counts
    DataFileMemo m_memo{m_context, m_sink, m_root, kDataVersion};
    std::optional<DataFileMemo::Used> m_photosSkipped; ///< the albums' file, unchanged: not read
};

void Session::indexFiles()
{
    QDirIterator it(m_root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    const qsizetype prefix = m_root.size() + 1;
    while (it.hasNext()) {
        const QString rel = it.next().mid(prefix);
        const QString lower = rel.toLower();
        m_files.insert(lower, rel);
        const qsizetype slash = lower.indexOf(QLatin1Char('/'));
        if (slash > 0)
            m_byName[lower.left(slash)].insert(lower.section(QLatin1Char('/'), -1), rel);
    }
}

QString Session::moduleDir(const ModuleSpec &m) const
{
    const QString dir = childNamed(m_root, QLatin1String(m.dir));
    return dir.isEmpty() ? QString() : QFileInfo(dir).fileName();
}

qzone::MediaResolver Session::resolverFor(const QString &dir)
{
    return [this, dir](const QString &written, const QString &role) {
        return resolve(dir, written, role);
    };
}

MediaRef Session::resolve(const QString &moduleDirName, const QString &written, const QString &role)
{
    MediaRef ref;
    ref.role = role;
    QString path = written.trimmed();
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    if (query > 0)
        path.truncate(query);
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    ref.originalName = path.section(QLatin1Char('/'), -1);
    if (path.isEmpty())
        return ref;

    // 1. root-relative, 2. module-relative (both case-folded, which also covers images/Images).
    QStringList candidates;
    if (!path.startsWith(QLatin1String("../")))
        candidates << QDir::cleanPath(path);
    candidates << QDir::cleanPath(moduleDirName + QLatin1Char('/') + path);
    QString found;
    for (const QString &c : candidates) {
        if (c.startsWith(QLatin1String("../")))
            continue; // never outside the export
        const auto it = m_files.constFind(c.toLower());
        if (it != m_files.constEnd()) {
            found = it.value();
            break;
        }
    }
    // 4. the same file name anywhere under the module folder.
    if (found.isEmpty()) {
        const auto names = m_byName.value(moduleDirName.toLower());
        const QStringList hits = names.values(ref.originalName.toLower());
        if (hits.size() == 1)
            found = hits.first();
    }
    if (!found.isEmpty()) {
        m_referenced.insert(found.toLower());
        if (DataFileMemo::Used *used = m_memo.tracking())
            used->referenced << found;
        ref.relPath = found;
        ref.filePath = m_root + QLatin1Char('/') + found;
        return ref;
    }
    // Not here: name where it should be, so the media half of the export can fill it in.
    const QString first = path.section(QLatin1Char('/'), 0, 0);
    bool rootRelative = false;
    for (const ModuleSpec &m : kModules)
        rootRelative = rootRelative || first.compare(QLatin1String(m.dir), Qt::CaseInsensitive) == 0;
    rootRelative = rootRelative || first.compare(QLatin1String("Common"), Qt::CaseInsensitive) == 0;
    const QString expected = QDir::cleanPath(rootRelative ? path : moduleDirName + QLatin1Char('/') + path);
    if (expected.startsWith(QLatin1String("../")))
        return ref;
    ref.relPath = expected;
    ref.filePath = m_root + QLatin1Char('/') + expected;
    return ref;
}

bool Session::loadBackup()
{
    const QStringList files = backupFiles(m_root);
    for (const QString &file : files) {
        const QJsonValue value = qzone::readDataFile(file, m_context);
        if (value.isUndefined())
            continue;
        const QJsonObject backedUp = value.toObject().value(QLatin1String("Backedup")).toObject();
        if (backedUp.isEmpty())
            continue;
        // The account whose folder this is, else the one the file is named after, else the first.
        QString uin = m_uin;
        if (uin.isEmpty() || !backedUp.contains(uin)) {
            static const QRegularExpression named(QStringLiteral("_(\\d+)\\.json$"));
            const auto m = named.match(file);
            uin = m.hasMatch() && backedUp.contains(m.captured(1)) ? m.captured(1) : backedUp.keys().value(0);
        }
        if (m_uin.isEmpty())
            m_uin = uin;
        // Several entries of one module are incremental backups: newest first, duplicates skipped later.
        QList<QJsonObject> entries;
        for (const QJsonValue &v : backedUp.value(uin).toArray())
            entries << v.toObject();
        std::stable_sort(entries.begin(), entries.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1String("time")).toDouble() > b.value(QLatin1String("time")).toDouble();
        });
        for (const QJsonObject &entry : entries) {
            const QString module = entry.value(QLatin1String("module")).toString();
            const QJsonValue data = entry.value(QLatin1String("data"));
            if (module.isEmpty() || data.isUndefined() || data.isNull())
                continue;
            if (!m_backup.contains(module)) {
                m_backup.insert(module, data);
                continue;
            }
            // Merge: arrays concatenate, {items:[…]} objects concatenate their items.
            QJsonValue merged = m_backup.value(module);
            if (merged.isArray()) {
                QJsonArray a = merged.toArray();
                for (const QJsonValue &v : qzone::itemsOf(data))
                    a.append(v);
                merged = a;
            } else if (merged.isObject()) {
                QJsonObject o = merged.toObject();
                QJsonArray a = o.value(QLatin1String("items")).toArray();
                for (const QJsonValue &v : qzone::itemsOf(data))
                    a.append(v);
                o.insert(QStringLiteral("items"), a);
                merged = o;
            }
            m_backup.insert(module, merged);
        }
        m_backupFile = file;
        m_anyData = true;
        return true;
    }
    return false;
}

QJsonValue Session::readModuleFile(const QString &path)
{
    if (m_quiet) {
        const qzone::DataFileResult result = qzone::readDataFile(path);
        return result.ok() ? result.value : QJsonValue(QJsonValue::Undefined);
    }
    const QJsonValue value = qzone::readDataFile(path, m_context);
    if (!value.isUndefined())
        m_anyData = true;
    return value;
}

void Session::forEachItem(const ModuleSpec &m, const ItemCallback &onItem, bool quiet, const FileHooks *hooks)
{
    if (m_backup.contains(QLatin1String(m.backupName))) {
        for (const QJsonValue &v : qzone::itemsOf(m_backup.value(QLatin1String(m.backupName)))) {
            if (!onItem(v, m_backupFile))
                return;
        }
        return;
    }
    QStringList candidates, years;
    moduleFiles(m_root, m, &candidates, &years);
    // The first file read to its end is the module's data. One cut short gives the items before
    // the damage, and the next file the rest (an item met twice is imported once).
    for (const QStringList *files : {&candidates, &years}) {
        for (const QString &file : *files) {
            if (m_context.isCancelled())
                return;
            const auto each = [&](const QJsonValue &item, qint64) {
                return onItem(item, file);
            };
            const bool hooked = hooks && !quiet && files == &candidates;
            if (hooked && hooks->before(file))
                return; // accounted for, as a candidate read to its end
            const qzone::StreamResult result =
                quiet ? qzone::streamDataFile(file, each) : qzone::streamDataFile(file, m_context, each);
            if (hooked)
                hooks->after(file, result);
            if (!quiet && (result.complete || result.entries > 0))
                m_anyData = true;
            if (result.stopped || (result.complete && files == &candidates))
                return;
        }
    }
}

QJsonValue Session::loadModule(const ModuleSpec &m, QString *sourceFile, QStringList *extraFiles)
{
    if (m_backup.contains(QLatin1String(m.backupName))) {
        *sourceFile = m_backupFile;
        return m_backup.value(QLatin1String(m.backupName));
    }
    QStringList candidates, years;
    moduleFiles(m_root, m, &candidates, &years);
    for (const QString &file : candidates) {
        if (m_context.isCancelled())
            return QJsonValue(QJsonValue::Undefined);
        const QJsonValue value = readModuleFile(file);
        if (!value.isUndefined()) {
            *sourceFile = file;
            return value;
        }
    }
    // Per-year files hold the same items: the last resort, read all and merge.
    QJsonArray merged;
    QJsonObject mergedObject;
    bool any = false;
    for (const QString &year : std::as_const(years)) {
        const QFileInfo fi(year);
        const QJsonValue value = readModuleFile(fi.absoluteFilePath());
        if (value.isUndefined())
            continue;
        if (!any)
            *sourceFile = fi.absoluteFilePath();
        else if (extraFiles)
            *extraFiles << fi.absoluteFilePath();
        any = true;
        if (value.isObject() && mergedObject.isEmpty())
            mergedObject = value.toObject();
        for (const QJsonValue &v : qzone::itemsOf(value))
            merged.append(v);
    }
    if (!any)
        return QJsonValue(QJsonValue::Undefined);
    if (!mergedObject.isEmpty()) {
        mergedObject.insert(QStringLiteral("items"), merged);
        return mergedObject;
    }
    return merged;
}

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

bool Session::importRecord(MemoryRecord &&record)
{
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

void Session::importList(const ModuleSpec &m, const std::function<MemoryRecord(const QJsonObject &)> &convert)
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
    forEachItem(
        m,
        [&](const QJsonValue &v, const QString &file) {
            if (!v.isObject())
                return true;
            batch.append(convert(v.toObject()));
            batch.last().sourceFile = m_context.shownPath(file);
            return batch.size() < kAhead || flush();
        },
        false, &hooks);
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
    const auto resolver = resolverFor(dir);
    QHash<QString, QJsonObject> albums;
    for (const QJsonValue &v : qzone::itemsOf(data)) {
        if (m_context.isCancelled())
            break;
        const QJsonObject album = v.toObject();
        if (album.isEmpty())
            continue;
        MemoryRecord record = qzone::albumFromJson(album, resolver);
        record.sourceFile = m_context.shownPath(file);
        albums.insert(record.albumKey, album);
        QList<MemoryRecord> photos{std::move(record)};
        for (const QJsonValue &p : album.value(QLatin1String("photoList")).toArray()) {
            photos.append(qzone::photoFromJson(p.toObject(), album, resolver));
            photos.last().sourceFile = m_context.shownPath(file);
        }
        m_sink.prefetch(ImportSink::mediaFilesOf(photos));
        for (MemoryRecord &photo : photos) {
            if (m_context.isCancelled())
                break;
            importRecord(std::move(photo));
        }
    }
    if (!own.isEmpty())
        m_memo.end(own, file == own && !data.isUndefined() && !m_context.isCancelled());
    // JSON mode also writes each album's photo list beside its pictures.
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
    // posts are written. Read quietly: the real pass reports and counts as before. Unless the
    // albums' file is unchanged since a finished import read it: then nothing is read at all.
    if (const QString own = photosFile(); !own.isEmpty() && albumListFiles(m_root).isEmpty()) {
        m_photosSkipped = m_memo.skip(own);
        if (m_photosSkipped)
            return;
    }
    m_quiet = true;
    QString file;
    const QJsonValue data = loadModule(kPhotos, &file);
    m_quiet = false;
    if (data.isUndefined())
        return;
    const QString dir = moduleDir(kPhotos).isEmpty() ? QStringLiteral("Albums") : moduleDir(kPhotos);
    const auto resolver = resolverFor(dir);
    QStringList files;
    for (const QJsonValue &v : qzone::itemsOf(data)) {
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
    m_sink.prefetch(files, false);
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
    const auto messages = resolverFor(dirOf(kMessages));
    importList(kMessages, [&](const QJsonObject &o) { return qzone::postFromMsglistItem(o, messages); });
    const auto blogs = resolverFor(dirOf(kBlogs));
    importList(kBlogs, [&](const QJsonObject &o) { return qzone::blogFromJson(o, MemoryKind::Blog, blogs); });
    const auto diaries = resolverFor(dirOf(kDiaries));
    importList(kDiaries,
               [&](const QJsonObject &o) { return qzone::blogFromJson(o, MemoryKind::Diary, diaries); });
    importPhotos();
    const auto videos = resolverFor(dirOf(kVideos));
    importList(kVideos, [&](const QJsonObject &o) { return qzone::videoFromJson(o, videos); });
    importBoards();
    const auto favorites = resolverFor(dirOf(kFavorites));
    importList(kFavorites, [&](const QJsonObject &o) { return qzone::favoriteFromJson(o, favorites); });
    const auto shares = resolverFor(dirOf(kShares));
    importList(kShares, [&](const QJsonObject &o) { return qzone::shareFromJson(o, shares); });
    importList(kVisitors, [&](const QJsonObject &o) { return qzone::visitFromJson(o); });
    importLooseFiles();
    return m_anyData || m_records > 0 || !m_files.isEmpty();
}

} // namespace

std::unique_ptr<Importer> makeQZoneExportImporter()
{
    return std::make_unique<SessionImporter<Session, isRoot>>(QStringLiteral("qzoneexport"));
}

} // namespace ks
