// SPDX-License-Identifier: GPL-3.0-or-later
// nixliuxin/QZone-Time-Machine (`qzone-tools backup`, and `convert` of an old QZoneExport
// backup): <uin>_<昵称>/data/*.json (raw QQ Space API items + custom_*), data/photos/, media/…,
// meta.json, failures.jsonl. index.html is the tool's viewer with the same data again: not read.
#include "exporterfiles.h"
#include "importcontext.h"
#include "importer.h"
#include "importsink.h"
#include "jsonstream.h"
#include "qzonejson.h"
#include "sessionimporter.h"
#include "timemachineitems.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <functional>

namespace ks {

namespace {

/// data/<name> files Time-Machine writes (photos/albums.json for the albums).
const QStringList &dataFileNames()
{
    static const QStringList names{QStringLiteral("messages.json"),     QStringLiteral("blogs.json"),
                                   QStringLiteral("boards.json"),       QStringLiteral("videos.json"),
                                   QStringLiteral("diaries.json"),      QStringLiteral("friends.json"),
                                   QStringLiteral("favorites.json"),    QStringLiteral("shares.json"),
                                   QStringLiteral("visitors.json"),     QStringLiteral("user.json"),
                                   QStringLiteral("photos/albums.json")};
    return names;
}

/// meta.json of `backup` ({"source":"backup","uin","nickname","backedUpAt"}) or `convert`.
QJsonObject readMeta(const QString &root)
{
    QFile file(root + QStringLiteral("/meta.json"));
    if (file.size() > 64 * 1024 || !file.open(QIODevice::ReadOnly))
        return QJsonObject();
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool isTimeMachineMeta(const QJsonObject &meta)
{
    const QString source = meta.value(QLatin1String("source")).toString();
    if (source == QLatin1String("backup") || source == QLatin1String("convert"))
        return true;
    return meta.contains(QLatin1String("uin")) &&
           (meta.contains(QLatin1String("backedUpAt")) || meta.contains(QLatin1String("convertedAt")));
}

bool isRoot(const QString &dir)
{
    const QString data = dir + QStringLiteral("/data");
    if (!QFileInfo(data).isDir())
        return false;
    if (isTimeMachineMeta(readMeta(dir)))
        return true;
    // Without meta.json: the 说说 or album list where Time-Machine puts them, or two of its files.
    if (QFileInfo(data + QStringLiteral("/messages.json")).isFile() ||
        QFileInfo(data + QStringLiteral("/photos/albums.json")).isFile())
        return true;
    int known = 0;
    for (const QString &name : dataFileNames())
        known += QFileInfo(data + QLatin1Char('/') + name).isFile();
    return known >= 2;
}

/// memory_key of the summary problem of media never downloaded (not a memory: starts with #).
QString notDownloadedKey(const QString &uin)
{
    return QStringLiteral("#not-downloaded:") + uin;
}

class Session
{
public:
    Session(const QString &root, ImportContext &context, ImportSink &sink)
        : m_root(root), m_context(context), m_sink(sink)
    {
    }
    bool run();

private:
    void indexMedia();
    MediaRef resolve(const QString &written, const QString &role);
    qzone::MediaResolver resolver()
    {
        return [this](const QString &written, const QString &role) {
            return resolve(written, role);
        };
    }

    QString dataPath(const QString &name) const { return m_root + QStringLiteral("/data/") + name; }
    /// The items of data/<name>: reports a file that cannot be read or is not a list.
    QJsonArray loadItems(const QString &name);
    /// loadItems() one item at a time (messages.json may hold a million posts); stops when
    /// @p onItem returns false.
    void streamItems(const QString &name, const std::function<bool(const QJsonObject &)> &onItem);
    QJsonObject loadObject(const QString &name);
    bool determineAccount(const QJsonObject &meta, const QJsonObject &user);
    void readFailures();

    bool importRecord(MemoryRecord &&record);
    void importFriends();
    void importList(const QString &name, const std::function<MemoryRecord(const QJsonObject &)> &convert);
    void importPhotos();
    void importAlbumPhotos(const QJsonArray &photos, const QJsonObject &album, const QString &file);
    void reportNotDownloaded();
    void reportUnmatchedFailures();
    void importLooseFiles();

    QString m_root;
    ImportContext &m_context;
    ImportSink &m_sink;
    QHash<QString, QString> m_files;       ///< lower-case rel path → rel path as on disk (under media/)
    QMultiHash<QString, QString> m_byName; ///< "media/<module>|<name>" lower-case → rel path
    QSet<QString> m_referenced;            ///< lower-case rel paths a memory uses
    QSet<QString> m_thumbnails;            ///< lower-case rel paths of picture thumbnails
    QSet<QString> m_seenKeys;
    QHash<QString, timemachine::DownloadFailure> m_failures; ///< by picKey
    QSet<QString> m_failuresMatched;
    QStringList m_notDownloaded; ///< "post:… http://…" lines
    QStringList m_unreadable;    ///< data files that could not be used
    QStringList m_dataFiles;     ///< data files that exist
    QString m_uin;
    int m_readFiles = 0;
    int m_records = 0;
};

void Session::indexMedia()
{
    const QString media = m_root + QStringLiteral("/media");
    QDirIterator it(media, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    const qsizetype prefix = m_root.size() + 1;
    while (it.hasNext()) {
        const QString rel = it.next().mid(prefix);
        const QString lower = rel.toLower();
        m_files.insert(lower, rel);
        const QString module = lower.section(QLatin1Char('/'), 0, 1);
        m_byName.insert(module + QLatin1Char('|') + lower.section(QLatin1Char('/'), -1), rel);
    }
}

MediaRef Session::resolve(const QString &written, const QString &role)
{
    MediaRef ref;
    ref.role = role;
    QString path = written.trimmed();
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    ref.originalName = path.section(QLatin1Char('/'), -1);
    const QString clean = QDir::cleanPath(path);
    if (path.isEmpty())
        return ref;
    if (clean.startsWith(QLatin1String("../")) || clean == QLatin1String("..") ||
        QDir::isAbsolutePath(clean) || clean.contains(QLatin1Char(':'))) {
        m_context.reportProblem(
            m_root, QStringLiteral("unsafe-path"),
            QStringLiteral("the backup names a file outside its folder: %1").arg(written));
        return ref;
    }
    // Paths are relative to the user folder; a file of that name elsewhere in the same module's
    // media folder is the one (`convert` names posters in posters/ but copies them to images/).
    QString found = m_files.value(clean.toLower());
    if (found.isEmpty()) {
        const QString lower = clean.toLower();
        const QStringList hits = m_byName.values(lower.section(QLatin1Char('/'), 0, 1) + QLatin1Char('|') +
                                                 lower.section(QLatin1Char('/'), -1));
        if (hits.size() == 1 && lower.startsWith(QLatin1String("media/")))
            found = hits.first();
    }
    ref.relPath = found.isEmpty() ? clean : found;
    ref.filePath = m_root + QLatin1Char('/') + ref.relPath;
    if (!found.isEmpty())
        m_referenced.insert(found.toLower());
    return ref;
}

QJsonArray Session::loadItems(const QString &name)
{
    const QString path = dataPath(name);
    if (!QFileInfo(path).isFile())
        return QJsonArray();
    m_dataFiles << QStringLiteral("data/") + name;
    const QJsonValue value = qzone::readDataFile(path, m_context);
    if (value.isUndefined()) {
        m_unreadable << QStringLiteral("data/") + name;
        return QJsonArray();
    }
    QJsonArray items;
    if (value.isArray()) {
        items = value.toArray();
    } else if (value.toObject().value(QLatin1String("items")).isArray()) {
        items = value.toObject().value(QLatin1String("items")).toArray(); // boards, visitors
    } else {
        m_context.reportProblem(
            path, QStringLiteral("malformed"),
            QStringLiteral("expected a list of items (a JSON array or {\"items\": […]})"));
        m_unreadable << QStringLiteral("data/") + name;
        return QJsonArray();
    }
    ++m_readFiles;
    const auto notObjects =
        std::count_if(items.begin(), items.end(), [](const QJsonValue &v) { return !v.isObject(); });
    if (notObjects > 0)
        m_context.reportProblem(path, QStringLiteral("malformed"),
                                QStringLiteral("%1 of the %2 entries are not JSON objects and were skipped")
                                    .arg(notObjects)
                                    .arg(items.size()));
    return items;
}

void Session::streamItems(const QString &name, const std::function<bool(const QJsonObject &)> &onItem)
{
    const QString path = dataPath(name);
    if (!QFileInfo(path).isFile())
        return;
    m_dataFiles << QStringLiteral("data/") + name;
    qint64 notObjects = 0;
    const qzone::StreamResult result =
        qzone::streamDataFile(path, m_context, [&](const QJsonValue &v, qint64) {
            if (!v.isObject()) {
                ++notObjects;
                return true;
            }
            return onItem(v.toObject());
        });
    if (result.stopped)
        return;
    if (result.complete && !result.isList) {
        m_context.reportProblem(
            path, QStringLiteral("malformed"),
            QStringLiteral("expected a list of items (a JSON array or {\"items\": […]})"));
    }
    if (result.entries == 0 && (!result.complete || !result.isList)) {
        m_unreadable << QStringLiteral("data/") + name;
        return;
    }
    ++m_readFiles;
    if (notObjects > 0)
        m_context.reportProblem(path, QStringLiteral("malformed"),
                                QStringLiteral("%1 of the %2 entries are not JSON objects and were skipped")
                                    .arg(notObjects)
                                    .arg(result.entries));
}

QJsonObject Session::loadObject(const QString &name)
{
    const QString path = dataPath(name);
    if (!QFileInfo(path).isFile())
        return QJsonObject();
    m_dataFiles << QStringLiteral("data/") + name;
    const QJsonValue value = qzone::readDataFile(path, m_context);
    if (value.isUndefined()) {
        m_unreadable << QStringLiteral("data/") + name;
        return QJsonObject();
    }
    if (!value.isObject()) {
        m_context.reportProblem(path, QStringLiteral("malformed"), QStringLiteral("expected a JSON object"));
        m_unreadable << QStringLiteral("data/") + name;
        return QJsonObject();
    }
    ++m_readFiles;
    return value.toObject();
}

bool Session::determineAccount(const QJsonObject &meta, const QJsonObject &user)
{
    auto known = [](const QString &uin) {
        return !uin.isEmpty() && uin != QLatin1String("0");
    };
    m_uin = qzone::jsonText(meta.value(QLatin1String("uin")));
    const QString userUin = qzone::jsonText(user.value(QLatin1String("uin")));
    if (!known(m_uin))
        m_uin = userUin;
    static const QRegularExpression folderName(QStringLiteral("^(\\d+)_(.+)$"));
    const auto folder = folderName.match(QFileInfo(m_root).fileName());
    if (!known(m_uin) && folder.hasMatch())
        m_uin = folder.captured(1);
    if (!known(m_uin)) {
        // Nothing names the account: the author of its own 说说.
        // Read quietly: the 说说 pass reads the file again and reports what is wrong with it.
        m_uin.clear();
        qzone::streamDataFile(dataPath(QStringLiteral("messages.json")),
                              [this](const QJsonValue &post, qint64) {
                                  m_uin = qzone::jsonText(post.toObject().value(QLatin1String("uin")));
                                  return false;
                              });
    }
    if (!known(m_uin))
        return false;

    QString nickname;
    if (userUin.isEmpty() || userUin == m_uin)
        nickname = qzone::jsonText(user.value(QLatin1String("nickname")));
    // meta.json's nickname is the -n option, or the QQ number when none was given.
    const QString metaNick = meta.value(QLatin1String("nickname")).toString();
    if (nickname.isEmpty() && metaNick != m_uin)
        nickname = metaNick;
    if (nickname.isEmpty() && folder.hasMatch() && folder.captured(1) == m_uin)
        nickname = folder.captured(2);
    if (!m_sink.setAccount(m_uin, nickname))
        return false;
    if (!user.isEmpty())
        m_sink.setAccountProfile(QStringLiteral("userInfo"), user);
    return true;
}

void Session::readFailures()
{
    const QString path = m_root + QStringLiteral("/failures.jsonl");
    if (!QFileInfo::exists(path))
        return;
    // A line per picture that failed: a few MB even for a decade of albums.
    constexpr qint64 kMaxFailuresBytes = qint64(64) << 20;
    const std::optional<QByteArray> bytes = m_context.readBoundedFile(path, kMaxFailuresBytes);
    if (!bytes)
        return;
    QStringList badLines;
    for (const timemachine::DownloadFailure &failure : timemachine::parseFailures(*bytes, &badLines))
        m_failures.insert(failure.picKey, failure);
    if (!badLines.isEmpty())
        m_context.reportProblem(
            path, QStringLiteral("malformed"),
            QStringLiteral("not a failed-download record: line %1").arg(badLines.join(QStringLiteral(", "))));
}

bool Session::importRecord(MemoryRecord &&record)
{
    if (!record.key.isEmpty()) {
        if (m_seenKeys.contains(record.key))
            return false;
        m_seenKeys.insert(record.key);
    }
    for (const MediaRef &ref : timemachine::notDownloadedMedia(record))
        m_notDownloaded << QStringLiteral("%1 %2").arg(record.key, ref.remoteUrl);
    for (const QJsonValue &v : record.extra.value(QLatin1String("thumbnailOnly")).toArray()) {
        const QString picture = v.toObject().value(QLatin1String("picture")).toString();
        m_context.reportProblem(
            picture.isEmpty() ? m_root : m_root + QLatin1Char('/') + picture, QStringLiteral("missing"),
            QStringLiteral("the full-size picture is not in the backup; its thumbnail %1 is kept "
                           "instead")
                .arg(v.toObject().value(QLatin1String("thumbnail")).toString()),
            record.key);
    }
    ++m_records;
    return m_sink.upsertMemory(record) != UpsertResult::Failed;
}

void Session::importFriends()
{
    for (const QJsonValue &v : loadItems(QStringLiteral("friends.json"))) {
        const PersonRecord person = timemachine::friendFromItem(v.toObject());
        if (!person.person.isValid() || person.person.uin == m_uin ||
            v.toObject().value(QLatin1String("isMe")).toBool())
            continue; // a converted backup keeps QZoneExport's own row for the owner
        m_sink.upsertFriend(person);
    }
}

void Session::importList(const QString &name, const std::function<MemoryRecord(const QJsonObject &)> &convert)
{
    const QString shown = m_context.shownPath(dataPath(name));
    // Converted a few ahead, so their files are read while the ones before are written.
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
    streamItems(name, [&](const QJsonObject &item) {
        if (item.isEmpty())
            return true;
        for (const QString &thumb : timemachine::thumbnailPaths(item))
            m_thumbnails.insert(QDir::cleanPath(thumb).toLower());
        batch.append(convert(item));
        batch.last().sourceFile = shown;
        return batch.size() < kAhead || flush();
    });
    flush();
}

void Session::importAlbumPhotos(const QJsonArray &photos, const QJsonObject &album, const QString &file)
{
    const auto resolve = resolver();
    QList<MemoryRecord> records;
    for (const QJsonValue &v : photos) {
        const QJsonObject photo = v.toObject();
        if (photo.isEmpty())
            continue;
        MemoryRecord record = timemachine::photoFromItem(photo, album, resolve);
        const QString picKey = record.key.mid(record.key.indexOf(QLatin1Char(':')) + 1);
        if (m_failures.contains(picKey) && !record.key.isEmpty()) {
            m_failuresMatched.insert(picKey);
            record.extra.insert(QStringLiteral("downloadError"), m_failures.value(picKey).error);
        }
        record.sourceFile = m_context.shownPath(file);
        records.append(std::move(record));
    }
    m_sink.prefetch(ImportSink::mediaFilesOf(records));
    for (MemoryRecord &record : records) {
        if (m_context.isCancelled())
            return;
        importRecord(std::move(record));
    }
}

void Session::importPhotos()
{
    const auto resolve = resolver();
    QSet<QString> photoFilesRead;
    const QJsonArray albums = loadItems(QStringLiteral("photos/albums.json"));
    for (const QJsonValue &v : albums) {
        if (m_context.isCancelled())
            return;
        const QJsonObject album = v.toObject();
        if (album.isEmpty())
            continue;
        MemoryRecord record = timemachine::albumFromItem(album, resolve);
        record.sourceFile = m_context.shownPath(dataPath(QStringLiteral("photos/albums.json")));
        const QString id = record.albumKey;
        importRecord(std::move(record));
        // Photos are in data/photos/<albumId>.json (photoList inside the album in older layouts).
        importAlbumPhotos(album.value(QLatin1String("photoList")).toArray(), album,
                          dataPath(QStringLiteral("photos/albums.json")));
        const QString name = QStringLiteral("photos/") + id + QStringLiteral(".json");
        if (!id.isEmpty() && !id.contains(QLatin1Char('/')) && QFileInfo(dataPath(name)).isFile()) {
            photoFilesRead.insert(name);
            importAlbumPhotos(loadItems(name), album, dataPath(name));
        }
    }
    // Photo lists whose album albums.json does not name (or could not be read) still count.
    const QFileInfoList lists = QDir(dataPath(QStringLiteral("photos")))
                                    .entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : lists) {
        const QString name = QStringLiteral("photos/") + fi.fileName();
        if (m_context.isCancelled())
            return;
        if (fi.fileName() == QLatin1String("albums.json") || photoFilesRead.contains(name))
            continue;
        importAlbumPhotos(loadItems(name), QJsonObject{{QStringLiteral("id"), fi.completeBaseName()}},
                          fi.absoluteFilePath());
    }
}

void Session::reportNotDownloaded()
{
    if (m_notDownloaded.isEmpty())
        return;
    constexpr int kListed = 10;
    QString list = m_notDownloaded.mid(0, kListed).join(QStringLiteral("; "));
    if (m_notDownloaded.size() > kListed)
        list += QStringLiteral("; … and %1 more").arg(m_notDownloaded.size() - kListed);
    // One summary (like the writer's for a text-only export), keyed so that it is one row per account.
    m_context.reportProblem(
        m_root, QStringLiteral("missing"),
        QStringLiteral("%1 pictures and videos were never downloaded by Time-Machine; the "
                       "backup keeps only their web addresses: %2")
            .arg(m_notDownloaded.size())
            .arg(list),
        notDownloadedKey(m_uin));
}

void Session::reportUnmatchedFailures()
{
    // Failures of photos that the photo lists name are reported with the photo (missing or
    // placeholder file). Others would go unnoticed: name them here.
    QStringList keys = m_failures.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &picKey : std::as_const(keys)) {
        const timemachine::DownloadFailure failure = m_failures.value(picKey);
        const QString file =
            failure.relPath.isEmpty() ? QString() : m_root + QLatin1Char('/') + failure.relPath;
        if (m_failuresMatched.contains(picKey) || (!file.isEmpty() && QFileInfo(file).isFile()))
            continue; // reported with its photo, or there after all (then kept as a loose file)
        // No memory has this key: the photo is named in the message, not linked.
        m_context.reportProblem(file.isEmpty() ? m_root + QStringLiteral("/failures.jsonl") : file,
                                QStringLiteral("missing"),
                                QStringLiteral("Time-Machine could not download album photo %1 (%2), and no "
                                               "photo list names it")
                                    .arg(picKey, failure.error));
    }
}

void Session::importLooseFiles()
{
    // Avatars, emoticons, and anything no memory named (say, because its data file is broken) go
    // into the vault too. Thumbnails of pictures already stored do not.
    exporterfiles::keepLooseFiles(m_context, m_sink, m_root, m_files.values(), [this](const QString &rel) {
        const QString lower = rel.toLower();
        return m_referenced.contains(lower) || m_thumbnails.contains(lower);
    });
}

bool Session::run()
{
    indexMedia();
    const QJsonObject meta = readMeta(m_root);
    const QJsonObject user = loadObject(QStringLiteral("user.json"));
    if (!determineAccount(meta, user)) {
        m_context.reportProblem(m_root, QStringLiteral("malformed"),
                                QStringLiteral("cannot tell whose QQ Space this backup is (no QQ number in "
                                               "meta.json, data/user.json or the folder name)"));
        return false;
    }
    readFailures();
    importFriends();

    const auto resolve = resolver();
    importList(QStringLiteral("messages.json"),
               [&](const QJsonObject &o) { return timemachine::postFromItem(o, resolve); });
    importList(QStringLiteral("blogs.json"),
               [&](const QJsonObject &o) { return timemachine::blogFromItem(o, MemoryKind::Blog, resolve); });
    importList(QStringLiteral("diaries.json"), [&](const QJsonObject &o) {
        return timemachine::blogFromItem(o, MemoryKind::Diary, resolve);
    });
    importPhotos();
    importList(QStringLiteral("videos.json"),
               [&](const QJsonObject &o) { return timemachine::videoFromItem(o, resolve); });
    importList(QStringLiteral("boards.json"),
               [&](const QJsonObject &o) { return timemachine::boardFromItem(o, resolve); });
    importList(QStringLiteral("favorites.json"),
               [&](const QJsonObject &o) { return timemachine::favoriteFromItem(o, resolve); });
    importList(QStringLiteral("shares.json"),
               [&](const QJsonObject &o) { return timemachine::shareFromItem(o, resolve); });
    importList(QStringLiteral("visitors.json"),
               [&](const QJsonObject &o) { return timemachine::visitFromItem(o); });
    if (m_context.isCancelled())
        return true;
    reportNotDownloaded();
    reportUnmatchedFailures();
    importLooseFiles();

    if (m_records == 0) {
        // Never a silent success with nothing: say which files held nothing usable.
        if (!m_unreadable.isEmpty())
            m_context.reportProblem(m_root + QStringLiteral("/data"), QStringLiteral("unreadable"),
                                    QStringLiteral("no memories could be read from this Time-Machine backup; "
                                                   "unusable data files: %1")
                                        .arg(m_unreadable.join(QStringLiteral(", "))));
        else
            m_context.reportProblem(
                m_root + QStringLiteral("/data"), QStringLiteral("malformed"),
                m_dataFiles.isEmpty()
                    ? QStringLiteral("the backup's data folder holds none of Time-Machine's "
                                     "data files (messages.json, blogs.json, photos/albums.json …)")
                    : QStringLiteral("the backup's data files hold no memories: %1")
                          .arg(m_dataFiles.join(QStringLiteral(", "))));
    }
    return m_readFiles > 0;
}

} // namespace

std::unique_ptr<Importer> makeTimeMachineImporter()
{
    return std::make_unique<SessionImporter<Session, isRoot>>(QStringLiteral("timemachine"));
}

} // namespace ks
