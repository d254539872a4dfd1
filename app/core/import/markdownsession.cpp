// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownsession.h"

#include "exporterfiles.h"
#include "importcontext.h"
#include "importsink.h"
#include "markdownexportfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace ks::md {

namespace {

// A decade of 说说 is a few MB of MarkDown; the parse holds the text about four times over, so
// a larger file is kept in the vault as it is and reported, which keeps memory bounded.
constexpr qint64 kMaxMarkdownBytes = 48LL * 1024 * 1024;

} // namespace

Session::Session(const QString &root, ImportContext &context, ImportSink &sink)
    : m_root(QDir::cleanPath(QFileInfo(root).absoluteFilePath())), m_context(context), m_sink(sink)
{
}

std::optional<Decoded> Session::read(const QString &path, bool *empty)
{
    if (empty)
        *empty = false;
    m_context.noteCurrentFile(path);
    QFile file(path);
    if (file.size() > kMaxMarkdownBytes) {
        m_context.keepSourceFile(path);
        m_context.reportProblem(
            path, QStringLiteral("too-large"),
            QStringLiteral("a MarkDown file over 48 MB is not read (the file itself is kept)"));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_context.reportProblem(path, QStringLiteral("unreadable"),
                                QStringLiteral("cannot open the file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        m_context.reportProblem(path, QStringLiteral("unreadable"),
                                QStringLiteral("reading the file failed: %1").arg(file.errorString()));
        return std::nullopt;
    }
    m_filesRead << path;
    if (bytes.isEmpty()) {
        if (empty)
            *empty = true;
        return std::nullopt;
    }
    m_readAny = true;
    return decode(bytes);
}

void Session::reportEncoding(const QString &path, const Decoded &decoded)
{
    if (!decoded.clean)
        m_context.reportProblem(path, QStringLiteral("encoding"),
                                QStringLiteral("some bytes are not valid %1 text; they were replaced and "
                                               "the rest was read")
                                    .arg(decoded.encoding));
    else if (decoded.foreign)
        m_context.reportProblem(path, QStringLiteral("encoding"),
                                QStringLiteral("the file is %1 text, not the UTF-8 QZoneExport writes: "
                                               "another program saved it again; it was read as %1")
                                    .arg(decoded.encoding));
}

std::optional<QString> Session::readReporting(const QString &path, bool emptyIsDamage)
{
    bool empty = false;
    std::optional<Decoded> decoded = read(path, &empty);
    if (empty && emptyIsDamage)
        m_context.reportProblem(path, QStringLiteral("zero-byte"),
                                QStringLiteral("the file is empty (0 bytes): it was damaged or never "
                                               "written completely"));
    if (!decoded)
        return std::nullopt;
    reportEncoding(path, *decoded);
    return std::move(decoded->text);
}

qzone::MediaResolver Session::resolverFor(const QString &file, const QString &moduleDir)
{
    const QString base = QFileInfo(file).absolutePath();
    return [this, base, moduleDir](const QString &p, const QString &role) {
        return resolve(base, moduleDir, p, role);
    };
}

QString Session::resolveNoCase(const QString &relative) const
{
    QString current = m_root;
    const QStringList parts = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString next = childNoCase(current, part);
        if (next.isEmpty())
            return QString();
        current = next;
    }
    return current;
}

QString Session::relativeToRoot(const QString &absPath) const
{
    return QDir(m_root).relativeFilePath(absPath);
}

MediaRef Session::resolve(const QString &baseDir, const QString &moduleDir, const QString &written,
                          const QString &role)
{
    MediaRef ref;
    ref.role = role;
    QString path = written.trimmed();
    if (path.startsWith(QLatin1String("http://")) || path.startsWith(QLatin1String("https://")) ||
        path.startsWith(QLatin1String("//"))) {
        ref.remoteUrl = path.startsWith(QLatin1String("//")) ? QStringLiteral("http:") + path : path;
        ref.originalName = QUrl(ref.remoteUrl).fileName();
        return ref;
    }
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (path.startsWith(QLatin1String("file://")))
        path = QUrl(path).toLocalFile();
    ref.originalName = QFileInfo(path).fileName();

    // Where the path points, tried relative to the .md file, then to the module and the root.
    QStringList candidates;
    for (const QString &base : {baseDir, moduleDir, m_root}) {
        const QString clean = QDir::cleanPath(base + QLatin1Char('/') + path);
        if (clean == m_root || !clean.startsWith(m_root + QLatin1Char('/')))
            continue;
        const QString rel = clean.mid(m_root.size() + 1);
        if (!candidates.contains(rel))
            candidates << rel;
    }
    if (path.contains(QLatin1Char('%'))) {
        const QString decoded = QUrl::fromPercentEncoding(path.toUtf8());
        const QString clean = QDir::cleanPath(baseDir + QLatin1Char('/') + decoded);
        if (clean.startsWith(m_root + QLatin1Char('/')))
            candidates << clean.mid(m_root.size() + 1);
    }
    if (candidates.isEmpty()) {
        // Points outside the export: never read it, keep the name only.
        m_context.reportProblem(
            baseDir + QLatin1Char('/') + path, QStringLiteral("unsafe-path"),
            QStringLiteral("a picture path leads outside the export folder; it was not read"));
        ref.relPath = path;
        return ref;
    }
    for (const QString &rel : std::as_const(candidates)) {
        const QString found = resolveNoCase(rel);
        if (!found.isEmpty() && QFileInfo(found).isFile()) {
            ref.filePath = found;
            ref.relPath = relativeToRoot(found);
            m_referenced.insert(ref.relPath.toCaseFolded());
            return ref;
        }
    }
    ref.relPath = candidates.first();
    ref.filePath = m_root + QLatin1Char('/') + ref.relPath;
    return ref;
}

void Session::reportErrors(const QString &file, const QList<BlockError> &errors)
{
    for (const BlockError &e : errors)
        m_context.reportProblem(
            file, QStringLiteral("malformed"),
            QStringLiteral("line %1: %2; the rest of the file was read").arg(e.line).arg(e.message));
}

void Session::upsert(MemoryRecord record, const QString &file)
{
    record.sourceFile = file;
    if (record.sourceRecord.isEmpty())
        record.sourceRecord = relativeToRoot(file).toUtf8();
    if (m_sink.upsertMemory(record) != UpsertResult::Failed)
        ++m_memories;
}

void Session::importBlogs(const QString &moduleName, MemoryKind kind)
{
    const QString dir = childNoCase(m_root, moduleName);
    if (dir.isEmpty())
        return;
    QList<std::pair<QString, QString>> files; // file, category
    for (const QString &file : filesIn(dir, QStringLiteral("*.md")))
        files.append({file, QString()});
    for (const QString &category : subdirs(dir)) {
        for (const QString &file : filesIn(category, QStringLiteral("*.md")))
            files.append({file, QFileInfo(category).fileName()});
    }
    for (const auto &[file, category] : files) {
        if (m_context.isCancelled())
            return;
        // A 日志 file always holds at least its title: an empty one was damaged.
        const auto text = readReporting(file, true);
        if (!text)
            continue;
        const QString base = QFileInfo(file).absolutePath();
        const ParsedItems parsed =
            parseBlog(*text, QFileInfo(file).fileName(),
                      [&](const QString &p, const QString &role) { return resolve(base, dir, p, role); });
        reportErrors(file, parsed.errors);
        for (MemoryRecord record : parsed.items) {
            record.kind = kind;
            record.author = m_owner;
            if (!category.isEmpty())
                record.extra.insert(QStringLiteral("category"), category);
            if (kind == MemoryKind::Diary)
                record.extra.insert(QStringLiteral("private"), true);
            upsert(record, file);
        }
    }
}

void Session::importAlbums()
{
    const QString dir = childNoCase(m_root, QStringLiteral("Albums"));
    if (dir.isEmpty())
        return;
    for (const QString &categoryDir : subdirs(dir)) {
        if (m_context.isCancelled())
            return;
        const QString category = QFileInfo(categoryDir).fileName();
        // The category's album list: <分类>.md (any .md beside the album folders otherwise).
        QList<AlbumInfo> listed;
        QString listFile = childNoCase(categoryDir, category + QStringLiteral(".md"));
        if (listFile.isEmpty())
            listFile = filesIn(categoryDir, QStringLiteral("*.md")).value(0);
        if (!listFile.isEmpty()) {
            if (const auto text = readReporting(listFile, false)) {
                QList<BlockError> errors;
                listed = parseAlbumList(*text, &errors);
                reportErrors(listFile, errors);
            }
        }

        QStringList albumDirs = subdirs(categoryDir);
        QSet<QString> seenDirs;
        auto albumDirFor = [&](const AlbumInfo &info) {
            if (!info.link.isEmpty()) {
                const QString linked = QFileInfo(categoryDir + QLatin1Char('/') + info.link).absolutePath();
                if (QFileInfo(linked).isDir() && linked.startsWith(categoryDir + QLatin1Char('/')))
                    return QDir::cleanPath(linked);
            }
            const QString named = childNoCase(categoryDir, info.name);
            return named.isEmpty() ? QString() : QDir::cleanPath(named);
        };

        auto importAlbum = [&](const AlbumInfo &info, const QString &albumDir) {
            const QString folder = albumDir.isEmpty() ? info.name : QFileInfo(albumDir).fileName();
            MemoryRecord album;
            album.kind = MemoryKind::Album;
            album.albumKey = category + QLatin1Char('/') + folder;
            album.key = QStringLiteral("album:path:") + album.albumKey;
            album.albumName = info.name.isEmpty() ? folder : info.name;
            album.albumCategory = category;
            album.albumDescription = info.description;
            album.title = album.albumName;
            album.text = info.description;
            album.created = info.created;
            album.author = m_owner;
            if (info.photoCount >= 0)
                album.extra.insert(QStringLiteral("photo_count"), info.photoCount);
            album.sourceRecord = info.raw.toUtf8();
            upsert(album, listFile.isEmpty() ? albumDir : listFile);
            if (albumDir.isEmpty())
                return;

            // The album's photo list: <相册>.md, else every .md in the folder (per-year files).
            QStringList photoFiles;
            const QString own = childNoCase(albumDir, folder + QStringLiteral(".md"));
            if (!own.isEmpty())
                photoFiles << own;
            else
                photoFiles = filesIn(albumDir, QStringLiteral("*.md"));
            for (const QString &file : std::as_const(photoFiles)) {
                if (m_context.isCancelled())
                    return;
                const auto text = readReporting(file, false);
                if (!text)
                    continue;
                const ParsedItems parsed = parsePhotos(*text, [&](const QString &p, const QString &role) {
                    return resolve(albumDir, dir, p, role);
                });
                reportErrors(file, parsed.errors);
                for (MemoryRecord photo : parsed.items) {
                    if (m_context.isCancelled())
                        return;
                    const MediaRef &picture = photo.media.constFirst();
                    const QString identity = picture.relPath.isEmpty() ? picture.remoteUrl : picture.relPath;
                    photo.key = QStringLiteral("photo:path:") + identity.toLower();
                    photo.albumKey = album.albumKey;
                    photo.albumName = album.albumName;
                    photo.albumCategory = category;
                    photo.albumDescription = album.albumDescription;
                    photo.author = m_owner;
                    if (photo.created == kNoTime && album.created != kNoTime) {
                        // MarkDown gives no upload time; the album's creation is the closest bound.
                        photo.created = album.created;
                        photo.extra.insert(QStringLiteral("time_source"), QStringLiteral("album_created"));
                    }
                    upsert(photo, file);
                }
            }
        };

        for (const AlbumInfo &info : std::as_const(listed)) {
            const QString albumDir = albumDirFor(info);
            if (!albumDir.isEmpty())
                seenDirs.insert(albumDir);
            importAlbum(info, albumDir);
        }
        for (const QString &albumDir : std::as_const(albumDirs)) {
            if (seenDirs.contains(QDir::cleanPath(albumDir)))
                continue;
            AlbumInfo info;
            info.name = QFileInfo(albumDir).fileName();
            info.raw = relativeToRoot(albumDir);
            importAlbum(info, albumDir);
        }
    }
}

void Session::importFriends()
{
    const QString dir = childNoCase(m_root, QStringLiteral("Friends"));
    if (dir.isEmpty())
        return;
    for (const QString &file : filesIn(dir, QStringLiteral("*.md"))) {
        const auto text = readReporting(file, false);
        if (!text)
            continue;
        for (const PersonRecord &friendRecord : parseFriends(*text)) {
            if (friendRecord.person.uin == m_owner.uin)
                continue; // the owner's own row is not a friend
            m_sink.upsertFriend(friendRecord);
            ++m_friends;
        }
    }
}

void Session::keepLooseFiles()
{
    // Emoticons, avatars and any picture no item names: kept so no byte of the export is lost,
    // and linked to a memory that names the path later.
    QStringList rels;
    QDirIterator it(m_root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext() && !m_context.isCancelled())
        rels << relativeToRoot(it.next());
    exporterfiles::keepLooseFiles(m_context, m_sink, m_root, rels, [this](const QString &rel) {
        return m_referenced.contains(rel.toCaseFolded());
    });
}

bool Session::run()
{

    ProfileInfo profile;
    const QString index = childNoCase(m_root, QStringLiteral("index.md"));
    if (!index.isEmpty()) {
        if (const auto text = readReporting(index, false))
            profile = parseIndex(*text);
    }
    static const QRegularExpression folderUin(QStringLiteral("^QQ空间备份_(\\d+)$"));
    const auto m = folderUin.match(QFileInfo(m_root).fileName());
    const QString uin = m.hasMatch() ? m.captured(1) : profile.uin;
    if (uin.isEmpty() || !m_sink.setAccount(uin, profile.nickname)) {
        m_context.reportProblem(
            m_root, QStringLiteral("malformed"),
            QStringLiteral("cannot tell whose export this is: no QQ number in the folder name "
                           "(QQ空间备份_<QQ号>) or in index.md"));
        return false;
    }
    m_owner = PersonRef{uin, profile.uin == uin ? profile.nickname : QString()};
    if (!profile.spaceName.isEmpty())
        m_sink.setAccountProfile(QStringLiteral("spacename"), profile.spaceName);
    if (!profile.spaceDescription.isEmpty())
        m_sink.setAccountProfile(QStringLiteral("desc"), profile.spaceDescription);

    importOwnerItems(QStringLiteral("Messages"), QStringLiteral("Messages.md"), parseMessages, true);
    importBlogs(QStringLiteral("Blogs"), MemoryKind::Blog);
    importBlogs(QStringLiteral("Diaries"), MemoryKind::Diary);
    importBoards();
    importAlbums();
    importOwnerItems(QStringLiteral("Videos"), QStringLiteral("Videos.md"), parseVideos, false);
    importFriends();
    importSocial(QStringLiteral("Favorites"), QStringLiteral("Favorites.md"), parseFavorites);
    importSocial(QStringLiteral("Shares"), QStringLiteral("Shares.md"), parseShares);
    importSocial(QStringLiteral("Visitors"), QStringLiteral("Visitors.md"), parseVisitors);
    keepLooseFiles();
    reportNothingRead();
    return m_readAny;
}

void Session::reportNothingRead()
{
    if (m_memories > 0 || m_friends > 0 || m_context.isCancelled())
        return;
    // Never a silent success with nothing: name what was read.
    QStringList names;
    for (const QString &file : std::as_const(m_filesRead))
        names << relativeToRoot(file);
    const QString listed = names.isEmpty() ? QStringLiteral("no MarkDown file could be opened")
                                           : QStringLiteral("read: %1%2")
                                                 .arg(names.mid(0, 5).join(QStringLiteral(", ")),
                                                      names.size() > 5 ? QStringLiteral(", …") : QString());
    m_context.reportProblem(
        m_root, QStringLiteral("malformed"),
        QStringLiteral("no item could be read from this MarkDown export (%1)").arg(listed));
}

} // namespace ks::md
