// SPDX-License-Identifier: GPL-3.0-or-later
// salt-fishes/qzone-archiver (the MV3 fork of QZoneExport), export type "SPA": the records are
// in <Module>/data/<name>-<year>.js, one album per Albums/data/photos-album-<id>.js, plus a light
// index per module. The export's last step often stops before Common/json/助手备份数据_<uin>.json
// is written, so the data files are read first; the store and any v2 json/ files of modules
// exported in another mode only add what the data files do not have.
#include "importcontext.h"
#include "importer.h"
#include "importsink.h"
#include "qzoneapi.h"
#include "qzonearchiverdata.h"
#include "qzonejson.h"
#include "sessionimporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <functional>
#include <optional>

namespace ks {

namespace {

using archiver::childNamed;
using archiver::Module;
using Convert = std::function<MemoryRecord(const QJsonObject &)>;

const QRegularExpression &rootNamePattern()
{
    static const QRegularExpression re(QStringLiteral("^QQ空间备份_(\\d+)"));
    return re;
}

/// Where a record comes from: a full item, or a light index row (only for items nothing else has).
enum class Origin
{
    Full,
    Index
};

class Session
{
public:
    Session(const QString &root, ImportContext &context, ImportSink &sink)
        : m_root(root), m_context(context), m_sink(sink), m_files(root)
    {
    }

    bool run();

private:
    QString moduleDir(const Module &m) const;
    qzone::MediaResolver resolverFor(const Module &m);
    QString relative(const QString &path) const { return QDir(m_root).relativeFilePath(path); }

    QJsonValue read(const QString &path);
    std::optional<QJsonArray> readList(const QString &path);
    void loadBackupStore();
    /// Items of @p m from the 助手 store and from v2 json/ files, with the file each came from.
    QList<QPair<QJsonValue, QString>> otherSources(const Module &m);

    bool determineAccount();
    void importFriends();
    void importModule(const Module &m, const Convert &convert);
    void importDeletedPosts(const QString &file, const Convert &convert);
    void importAlbums();
    void importAlbum(const QJsonObject &album, const QString &file, Origin origin,
                     const QJsonObject &indexRow = QJsonObject());
    void importBoardAuthor(const QJsonValue &authorInfo);
    void importArray(const QJsonArray &items, const QString &file, const Convert &convert, Origin origin);
    void importBatch(QList<MemoryRecord> &batch, Origin origin);
    bool alreadyHave(const MemoryRecord &record) const;
    void importRecord(MemoryRecord &&record, Origin origin);
    void reportIndexOnly(const QString &indexFile, int before);
    void reportUnknown(const QStringList &files);
    void importLooseFiles();

    QString m_root;
    ImportContext &m_context;
    ImportSink &m_sink;
    archiver::ExportFiles m_files;
    QString m_uin;
    QString m_nickname;
    QJsonObject m_userInfo;
    QString m_backupFile;
    QHash<QString, QJsonValue> m_backup;     ///< module → data of the 助手 store
    QHash<QString, QSet<QByteArray>> m_seen; ///< memory key → digests of the records given for it
    QSet<QString> m_boardStamps;             ///< author|time of board messages (their index rows have no id)
    QList<QPair<QJsonObject, QString>> m_friendItems;
    bool m_haveAuthorInfo = false;
    bool m_anyData = false;
    int m_records = 0;
    int m_indexOnly = 0;
    QStringList m_unusable; ///< data files that could not be used, relative to the root
};

QString Session::moduleDir(const Module &m) const
{
    const QString dir = childNamed(m_root, QLatin1String(m.dir));
    return dir.isEmpty() ? QLatin1String(m.dir) : QFileInfo(dir).fileName();
}

qzone::MediaResolver Session::resolverFor(const Module &m)
{
    const QString dir = moduleDir(m);
    return [this, dir](const QString &written, const QString &role) {
        return m_files.resolve(dir, written, role);
    };
}

QJsonValue Session::read(const QString &path)
{
    const QJsonValue value = qzone::readDataFile(path, m_context);
    if (value.isUndefined())
        m_unusable << relative(path);
    return value;
}

std::optional<QJsonArray> Session::readList(const QString &path)
{
    const QJsonValue value = read(path);
    if (value.isUndefined())
        return std::nullopt;
    const QJsonArray items = qzone::itemsOf(value);
    if (!value.isArray() && items.isEmpty()) {
        m_context.reportProblem(path, QStringLiteral("malformed"),
                                QStringLiteral("the data file holds no list of items"));
        m_unusable << relative(path);
        return std::nullopt;
    }
    const auto notItems =
        std::count_if(items.begin(), items.end(), [](const QJsonValue &v) { return !v.isObject(); });
    if (notItems > 0)
        m_context.reportProblem(
            path, QStringLiteral("malformed"),
            QStringLiteral("%1 of the %2 entries in the data file are not items; they were skipped")
                .arg(notItems)
                .arg(items.size()));
    m_anyData = true;
    return items;
}

void Session::loadBackupStore()
{
    const QString jsonDir = childNamed(childNamed(m_root, QStringLiteral("Common")), QStringLiteral("json"));
    if (jsonDir.isEmpty())
        return;
    for (const QFileInfo &fi :
         QDir(jsonDir).entryInfoList({QStringLiteral("助手备份数据*.json")}, QDir::Files)) {
        const QJsonValue value = read(fi.absoluteFilePath());
        const QJsonObject backedUp = value.toObject().value(QLatin1String("Backedup")).toObject();
        if (backedUp.isEmpty())
            continue;
        const QString uin = backedUp.contains(m_uin) ? m_uin : backedUp.keys().value(0);
        if (m_uin.isEmpty())
            m_uin = uin;
        m_backup = archiver::modulesOfBackupStore(backedUp.value(uin).toArray());
        m_backupFile = fi.absoluteFilePath();
        m_anyData = true;
        return;
    }
}

QList<QPair<QJsonValue, QString>> Session::otherSources(const Module &m)
{
    QList<QPair<QJsonValue, QString>> sources;
    if (m_backup.contains(QLatin1String(m.backupName)))
        sources.append({m_backup.value(QLatin1String(m.backupName)), m_backupFile});
    // A module exported as HTML or JSON (each module has its own export type) keeps v2's files.
    const QString dir = childNamed(m_root, QLatin1String(m.dir));
    const QString jsonDir = childNamed(dir, QStringLiteral("json"));
    const QString base = QLatin1String(m.legacyBase);
    for (const QString &candidate : {childNamed(jsonDir, base + QStringLiteral(".json")),
                                     childNamed(jsonDir, base + QStringLiteral(".js")),
                                     childNamed(dir, base + QStringLiteral(".json"))}) {
        if (candidate.isEmpty())
            continue;
        const QJsonValue value = read(candidate);
        if (!value.isUndefined()) {
            m_anyData = true;
            sources.append({value, candidate});
            break;
        }
    }
    return sources;
}

bool Session::determineAccount()
{
    const archiver::DataFiles files = archiver::dataFilesOf(m_root, archiver::kFriends);
    reportUnknown(files.unknown + files.years);
    if (!files.group.isEmpty()) {
        if (const auto groups = readList(files.group)) {
            for (const QJsonValue &g : *groups) {
                const QJsonObject group = g.toObject();
                const QString groupName = qzone::jsonText(group.value(QLatin1String("groupName")));
                for (const QJsonValue &f : group.value(QLatin1String("friends")).toArray()) {
                    QJsonObject item = f.toObject();
                    if (!item.contains(QLatin1String("groupName")) && !groupName.isEmpty())
                        item.insert(QStringLiteral("groupName"), groupName);
                    m_friendItems.append({item, files.group});
                }
            }
        }
    }
    if (!files.index.isEmpty()) {
        if (const auto rows = readList(files.index)) {
            for (const QJsonValue &v : *rows)
                m_friendItems.append({v.toObject(), files.index});
        }
    }
    for (const auto &[data, file] : otherSources(archiver::kFriends)) {
        for (const QJsonValue &v : qzone::itemsOf(data))
            m_friendItems.append({v.toObject(), file});
    }
    for (const auto &[item, file] : std::as_const(m_friendItems)) {
        if (!item.value(QLatin1String("isMe")).toBool())
            continue;
        const QString uin = qzone::jsonText(item.value(QLatin1String("uin")));
        if (m_uin.isEmpty())
            m_uin = uin;
        if (m_nickname.isEmpty() && uin == m_uin)
            m_nickname = qzone::jsonText(item.value(QLatin1String("name")));
    }
    if (m_uin.isEmpty()) {
        // Nothing names the account: the author of its own 说说.
        for (const QString &file : archiver::dataFilesOf(m_root, archiver::kMessages).years) {
            const qzone::DataFileResult result = qzone::readDataFile(file);
            const QJsonArray items = result.ok() ? qzone::itemsOf(result.value) : QJsonArray();
            if (!items.isEmpty()) {
                m_uin = qzone::jsonText(items.first().toObject().value(QLatin1String("uin")));
                break;
            }
        }
    }
    return !m_uin.isEmpty() && m_sink.setAccount(m_uin, m_nickname);
}

void Session::importFriends()
{
    QSet<QString> seen;
    for (const auto &[item, file] : std::as_const(m_friendItems)) {
        if (m_context.isCancelled())
            return;
        if (item.value(QLatin1String("isMe")).toBool())
            continue;
        const PersonRecord person = qzone::friendFromJson(item);
        if (!person.person.isValid() || person.person.uin == m_uin || seen.contains(person.person.uin))
            continue;
        seen.insert(person.person.uin); // the group file has the full entry; the index only repeats it
        m_sink.upsertFriend(person);
    }
}

bool Session::alreadyHave(const MemoryRecord &record) const
{
    if (record.kind == MemoryKind::Board && record.key.isEmpty())
        return m_boardStamps.contains(record.author.uin + QLatin1Char('|') + QString::number(record.created));
    return !record.key.isEmpty() && m_seen.contains(record.key);
}

void Session::importRecord(MemoryRecord &&record, Origin origin)
{
    if (record.sourceRecord.isEmpty())
        return;
    if (origin == Origin::Index) {
        // A light row is never merged into the full item: only items nothing else had.
        if (alreadyHave(record))
            return;
        ++m_indexOnly;
    }
    if (!record.key.isEmpty()) {
        // The same item from the store or a second file: given again only when it says something else.
        QSet<QByteArray> &digests = m_seen[record.key];
        const QByteArray digest = QCryptographicHash::hash(record.sourceRecord, QCryptographicHash::Sha1);
        if (digests.contains(digest))
            return;
        digests.insert(digest);
    }
    if (record.kind == MemoryKind::Board)
        m_boardStamps.insert(record.author.uin + QLatin1Char('|') + QString::number(record.created));
    if (m_sink.upsertMemory(record) != UpsertResult::Failed)
        ++m_records;
    m_files.markUsed(record);
}

void Session::importBatch(QList<MemoryRecord> &batch, Origin origin)
{
    if (origin == Origin::Index)
        batch.erase(std::remove_if(batch.begin(), batch.end(),
                                   [this](const MemoryRecord &r) { return alreadyHave(r); }),
                    batch.end());
    m_sink.prefetch(ImportSink::mediaFilesOf(batch));
    for (MemoryRecord &record : batch) {
        if (m_context.isCancelled())
            return;
        importRecord(std::move(record), origin);
    }
    batch.clear();
}

void Session::importArray(const QJsonArray &items, const QString &file, const Convert &convert, Origin origin)
{
    // A few records converted ahead, so their pictures are read while the ones before are written.
    constexpr int kAhead = 32;
    const QString shown = m_context.shownPath(file);
    QList<MemoryRecord> batch;
    for (const QJsonValue &v : items) {
        if (m_context.isCancelled())
            return;
        if (!v.isObject())
            continue;
        batch.append(convert(v.toObject()));
        batch.last().sourceFile = shown;
        if (origin == Origin::Index)
            batch.last().sourceRecord = qzone::compactJson(v.toObject()); // the row, not the reshaped item
        if (batch.size() == kAhead)
            importBatch(batch, origin);
    }
    importBatch(batch, origin);
}

void Session::reportUnknown(const QStringList &files)
{
    for (const QString &file : files)
        m_context.reportProblem(
            file, QStringLiteral("unsupported"),
            QStringLiteral("not a data file this importer knows; its contents were not read"));
}

void Session::reportIndexOnly(const QString &indexFile, int before)
{
    if (m_indexOnly > before)
        m_context.reportProblem(
            indexFile, QStringLiteral("missing"),
            QStringLiteral("%1 items are only in this light index (their data file is missing "
                           "or unreadable): imported with the short text it holds")
                .arg(m_indexOnly - before));
}

void Session::importModule(const Module &m, const Convert &convert)
{
    const archiver::DataFiles files = archiver::dataFilesOf(m_root, m);
    reportUnknown(files.unknown);
    for (const QString &file : files.years) {
        if (m_context.isCancelled())
            return;
        if (const auto items = readList(file))
            importArray(*items, file, convert, Origin::Full);
    }
    if (!files.deleted.isEmpty())
        importDeletedPosts(files.deleted, convert);
    for (const auto &[data, file] : otherSources(m)) {
        if (qstrcmp(m.base, archiver::kBoards.base) == 0)
            importBoardAuthor(data.toObject().value(QLatin1String("authorInfo")));
        importArray(qzone::itemsOf(data), file, convert, Origin::Full);
    }
    if (files.index.isEmpty())
        return;
    const int before = m_indexOnly;
    if (const auto rows = readList(files.index)) {
        const bool posts = qstrcmp(m.base, archiver::kMessages.base) == 0;
        importArray(
            *rows, files.index,
            [&](const QJsonObject &row) {
                MemoryRecord r = convert(archiver::itemFromIndexRow(m, row));
                if (posts && !r.author.isValid())
                    r.author = PersonRef{m_uin, m_nickname};
                return r;
            },
            Origin::Index);
    }
    reportIndexOnly(files.index, before);
}

void Session::importDeletedPosts(const QString &file, const Convert &convert)
{
    const auto items = readList(file);
    if (!items)
        return;
    importArray(
        *items, file,
        [&](const QJsonObject &item) {
            MemoryRecord r = convert(item);
            // Rebuilt from notifications: the owner's own 说说, its time that of the earliest notification.
            if (!r.author.isValid())
                r.author = PersonRef{m_uin, m_nickname};
            r.extra.insert(QStringLiteral("deleted"), true);
            r.extra.insert(QStringLiteral("recoveredFrom"), QStringLiteral("notifications"));
            r.extra.insert(QStringLiteral("timeApproximate"), true);
            return r;
        },
        Origin::Full);
}

void Session::importAlbum(const QJsonObject &album, const QString &file, Origin origin,
                          const QJsonObject &indexRow)
{
    const auto resolver = resolverFor(archiver::kPhotos);
    const QString shown = m_context.shownPath(file);
    QList<MemoryRecord> records{qzone::albumFromJson(album, resolver)};
    records.last().sourceFile = shown;
    if (!indexRow.isEmpty())
        records.last().sourceRecord = qzone::compactJson(indexRow);
    for (const QJsonValue &p : album.value(QLatin1String("photoList")).toArray()) {
        if (!p.isObject())
            continue;
        records.append(qzone::photoFromJson(p.toObject(), album, resolver));
        records.last().sourceFile = shown;
    }
    importBatch(records, origin);
}

void Session::importAlbums()
{
    const archiver::DataFiles files = archiver::dataFilesOf(m_root, archiver::kPhotos);
    reportUnknown(files.unknown + files.years);
    for (const QString &file : files.albums) {
        if (m_context.isCancelled())
            return;
        const QJsonValue value = read(file);
        if (value.isUndefined())
            continue;
        const QJsonArray albums = value.isArray() ? value.toArray() : QJsonArray{value};
        bool any = false;
        for (const QJsonValue &a : albums) {
            if (a.isObject() && !a.toObject().isEmpty()) {
                importAlbum(a.toObject(), file, Origin::Full);
                any = true;
            }
        }
        if (!any) {
            m_context.reportProblem(file, QStringLiteral("malformed"),
                                    QStringLiteral("the data file holds no album"));
            m_unusable << relative(file);
        }
    }
    for (const auto &[data, file] : otherSources(archiver::kPhotos)) {
        for (const QJsonValue &a : qzone::itemsOf(data))
            importAlbum(a.toObject(), file, Origin::Full);
    }
    if (files.index.isEmpty())
        return;
    const int before = m_indexOnly;
    if (const auto rows = readList(files.index)) {
        for (const QJsonValue &v : *rows) {
            const QJsonObject row = v.toObject();
            importAlbum(archiver::itemFromIndexRow(archiver::kPhotos, row), files.index, Origin::Index, row);
        }
    }
    reportIndexOnly(files.index, before);
}

void Session::importBoardAuthor(const QJsonValue &authorInfo)
{
    if (m_haveAuthorInfo || !authorInfo.isObject() || authorInfo.toObject().isEmpty())
        return;
    m_sink.setAccountProfile(QStringLiteral("authorInfo"), authorInfo); // the 留言板 寄语, as QZoneExport's
    m_haveAuthorInfo = true;
}

void Session::importLooseFiles()
{
    // Avatars, emoticons and pictures no record names: kept too, so nothing the export holds is lost.
    exporterfiles::keepLooseFiles(m_context, m_sink, m_root, m_files.relPaths(),
                                  [this](const QString &rel) { return m_files.isUsed(rel); });
}

bool Session::run()
{
    if (const auto match = rootNamePattern().match(QFileInfo(m_root).fileName()); match.hasMatch())
        m_uin = match.captured(1);
    m_userInfo = exporterfiles::readUserInfo(m_root, m_context);
    const QString userUin = qzone::jsonText(m_userInfo.value(QLatin1String("uin")));
    if (m_uin.isEmpty())
        m_uin = userUin;
    if (userUin.isEmpty() || userUin == m_uin)
        m_nickname = qzone::jsonText(m_userInfo.value(QLatin1String("nickname")));

    loadBackupStore();
    if (!determineAccount()) {
        m_context.reportProblem(
            m_root, QStringLiteral("malformed"),
            QStringLiteral("cannot tell whose QQ Space this export is (no QQ number found)"));
        importLooseFiles();
        return false;
    }
    if (!m_userInfo.isEmpty())
        m_sink.setAccountProfile(QStringLiteral("userInfo"), m_userInfo);
    importFriends();

    const auto messages = resolverFor(archiver::kMessages);
    importModule(archiver::kMessages,
                 [&](const QJsonObject &o) { return qzone::postFromMsglistItem(o, messages); });
    const auto blogs = resolverFor(archiver::kBlogs);
    importModule(archiver::kBlogs,
                 [&](const QJsonObject &o) { return qzone::blogFromJson(o, MemoryKind::Blog, blogs); });
    const auto diaries = resolverFor(archiver::kDiaries);
    importModule(archiver::kDiaries,
                 [&](const QJsonObject &o) { return qzone::blogFromJson(o, MemoryKind::Diary, diaries); });
    importAlbums();
    const auto videos = resolverFor(archiver::kVideos);
    importModule(archiver::kVideos, [&](const QJsonObject &o) { return qzone::videoFromJson(o, videos); });
    const archiver::DataFiles boardFiles = archiver::dataFilesOf(m_root, archiver::kBoards);
    if (!boardFiles.author.isEmpty())
        importBoardAuthor(read(boardFiles.author));
    const auto boards = resolverFor(archiver::kBoards);
    importModule(archiver::kBoards, [&](const QJsonObject &o) { return qzone::boardFromJson(o, boards); });
    const auto favorites = resolverFor(archiver::kFavorites);
    importModule(archiver::kFavorites,
                 [&](const QJsonObject &o) { return qzone::favoriteFromJson(o, favorites); });
    const auto shares = resolverFor(archiver::kShares);
    importModule(archiver::kShares, [&](const QJsonObject &o) { return qzone::shareFromJson(o, shares); });
    importModule(archiver::kVisitors, [](const QJsonObject &o) { return qzone::visitFromJson(o); });
    importLooseFiles();

    if (m_records == 0 && !m_context.isCancelled()) {
        // Never a silent success with nothing in it.
        const QString detail = m_unusable.isEmpty()
                                   ? QStringLiteral("its data files hold no items")
                                   : QStringLiteral("none of its data files could be read: %1")
                                         .arg(m_unusable.join(QStringLiteral(", ")));
        m_context.reportProblem(
            m_root, QStringLiteral("malformed"),
            QStringLiteral("no memories were imported from this qzone-archiver export: %1").arg(detail));
    }
    return m_anyData || m_records > 0;
}

} // namespace

std::unique_ptr<Importer> makeQZoneArchiverImporter()
{
    return std::make_unique<SessionImporter<Session, archiver::isSpaRoot>>(QStringLiteral("qzone-archiver"));
}

} // namespace ks
