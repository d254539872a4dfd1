// SPDX-License-Identifier: GPL-3.0-or-later
// QZoneExport v2 exports written in its MarkDown mode: no ids, text rendered to MarkDown.
// Items are matched to other sources by time + text (posts, blogs, boards) or by file path
// (photos); the parsing itself lives in markdownparse.cpp.
#include "importcontext.h"
#include "importer.h"
#include "importsink.h"
#include "markdownparse.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace ks {

namespace {

constexpr qint64 kMaxMarkdownBytes = 256LL * 1024 * 1024;

const QStringList &moduleFolders()
{
    static const QStringList names{QStringLiteral("Messages"), QStringLiteral("Blogs"),
                                   QStringLiteral("Diaries"),  QStringLiteral("Albums"),
                                   QStringLiteral("Boards"),   QStringLiteral("Friends"),
                                   QStringLiteral("Videos"),   QStringLiteral("Favorites"),
                                   QStringLiteral("Shares"),   QStringLiteral("Visitors")};
    return names;
}

bool isExportFolderName(const QString &name)
{
    static const QRegularExpression r(QStringLiteral("^QQ空间备份_\\d+$"));
    return r.match(name).hasMatch();
}

/// The child of @p dir named @p name in any letter case (Images/ vs images/), or empty.
QString childNoCase(const QString &dir, const QString &name)
{
    const QString exact = dir + QLatin1Char('/') + name;
    if (QFileInfo::exists(exact))
        return exact;
    const QStringList entries = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &entry : entries) {
        if (entry.compare(name, Qt::CaseInsensitive) == 0)
            return dir + QLatin1Char('/') + entry;
    }
    return QString();
}

QStringList filesIn(const QString &dir, const QString &pattern)
{
    QStringList files;
    const QStringList names = QDir(dir).entryList({pattern}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names)
        files << dir + QLatin1Char('/') + name;
    return files;
}

QStringList subdirs(const QString &dir)
{
    static const QStringList skipped{QStringLiteral("images"), QStringLiteral("json"), QStringLiteral("js"),
                                     QStringLiteral("css"), QStringLiteral("videos")};
    QStringList dirs;
    const QStringList names = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        if (!skipped.contains(name.toLower()))
            dirs << dir + QLatin1Char('/') + name;
    }
    return dirs;
}

bool hasMarkdownData(const QString &root)
{
    if (QFileInfo(root + QStringLiteral("/index.md")).isFile())
        return true;
    for (const QString &module : moduleFolders()) {
        const QString dir = childNoCase(root, module);
        if (dir.isEmpty())
            continue;
        QDirIterator it(dir, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        if (it.hasNext())
            return true;
    }
    return false;
}

bool hasModuleFolder(const QString &dir)
{
    for (const QString &module : moduleFolders()) {
        const QString child = childNoCase(dir, module);
        if (!child.isEmpty() && QFileInfo(child).isDir())
            return true;
    }
    return false;
}

// Pictures, videos and sounds, and files without a suffix (avatars, and media the exporter
// saved without one); never the export's own text, scripts or a Thumbs.db.
bool isMediaFileName(const QString &name)
{
    static const QSet<QString> suffixes{
        QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("png"),  QStringLiteral("gif"),
        QStringLiteral("bmp"),  QStringLiteral("webp"), QStringLiteral("heic"), QStringLiteral("tif"),
        QStringLiteral("tiff"), QStringLiteral("mp4"),  QStringLiteral("mov"),  QStringLiteral("m4v"),
        QStringLiteral("3gp"),  QStringLiteral("avi"),  QStringLiteral("mkv"),  QStringLiteral("webm"),
        QStringLiteral("flv"),  QStringLiteral("mp3"),  QStringLiteral("m4a"),  QStringLiteral("amr"),
        QStringLiteral("wav"),  QStringLiteral("aac")};
    if (name.startsWith(QLatin1Char('.')))
        return false;
    const QString suffix = QFileInfo(name).suffix().toLower();
    return suffix.isEmpty() || suffixes.contains(suffix);
}

class QZoneMarkdownImporter final : public Importer
{
public:
    QString formatId() const override { return QStringLiteral("markdown"); }

    QStringList findRoots(const QString &path, const QStringList &) const override
    {
        QStringList roots;
        const QFileInfo info(path);
        if (!info.isDir())
            return roots;
        visit(info.absoluteFilePath(), 0, roots);
        return roots;
    }

    bool importRoot(const ImportScope &scope, ImportContext &context, ImportSink &sink) const override;

private:
    static void visit(const QString &dir, int depth, QStringList &roots)
    {
        const bool named = isExportFolderName(QFileInfo(dir).fileName());
        const bool modules = hasModuleFolder(dir);
        if (named || modules) {
            // An export root either way, so its sub-folders are not searched. (A JSON/HTML-mode
            // export has MarkDown files too: the registry gives it to the JSON importer first.)
            if (hasMarkdownData(dir))
                roots << dir;
            if (modules)
                return;
        }
        if (depth >= 3)
            return;
        const QStringList names = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : names)
            visit(dir + QLatin1Char('/') + name, depth + 1, roots);
    }
};

/// One MarkDown export root being read: all the state of one run.
class MarkdownSession
{
public:
    MarkdownSession(ImportContext &context, ImportSink &sink) : m_context(&context), m_sink(&sink) {}
    bool run(const QString &root);

private:
    std::optional<QString> readMarkdown(const QString &path);
    MediaRef resolve(const QString &baseDir, const QString &moduleDir, const QString &written,
                     const QString &role);
    QString resolveNoCase(const QString &relative) const;
    QString relativeToRoot(const QString &absPath) const;
    void reportErrors(const QString &file, const QList<md::BlockError> &errors);
    void upsert(MemoryRecord record, const QString &file);

    using ItemParser = md::ParsedItems (*)(const QString &, const qzone::MediaResolver &);
    void importOwnerItems(const QString &moduleName, const QString &allFileName, ItemParser parse);
    void importBlogs(const QString &moduleName, MemoryKind kind);
    void importBoards();
    void importAlbums();
    void importFriends();
    void noteUnsupported();
    void keepLooseFiles();

    /// The module's whole-history file, or its per-year files when that is absent or empty.
    QStringList historyFiles(const QString &moduleDir, const QString &allName) const;

    ImportContext *m_context = nullptr;
    ImportSink *m_sink = nullptr;
    QString m_root;
    PersonRef m_owner;
    QSet<QString> m_referenced; ///< case-folded root-relative paths of media that memories name
    bool m_readAny = false;
};

std::optional<QString> MarkdownSession::readMarkdown(const QString &path)
{
    m_context->noteCurrentFile(path);
    QFile file(path);
    if (file.size() > kMaxMarkdownBytes) {
        m_context->reportProblem(path, QStringLiteral("too-large"),
                                 QStringLiteral("a MarkDown file over 256 MB is not read"));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_context->reportProblem(path, QStringLiteral("unreadable"),
                                 QStringLiteral("cannot open the file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    bool ok = true;
    QString encoding;
    const QString text = md::decodeText(bytes, &ok, &encoding);
    if (!ok)
        m_context->reportProblem(
            path, QStringLiteral("encoding"),
            QStringLiteral("the text is neither UTF-8 nor GBK/GB18030; unreadable characters "
                           "were replaced"));
    m_readAny = true;
    return text;
}

QString MarkdownSession::resolveNoCase(const QString &relative) const
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

QString MarkdownSession::relativeToRoot(const QString &absPath) const
{
    return QDir(m_root).relativeFilePath(absPath);
}

MediaRef MarkdownSession::resolve(const QString &baseDir, const QString &moduleDir, const QString &written,
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
        m_context->reportProblem(
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

void MarkdownSession::reportErrors(const QString &file, const QList<md::BlockError> &errors)
{
    for (const md::BlockError &e : errors)
        m_context->reportProblem(
            file, QStringLiteral("malformed"),
            QStringLiteral("line %1: %2; the rest of the file was read").arg(e.line).arg(e.message));
}

void MarkdownSession::upsert(MemoryRecord record, const QString &file)
{
    record.sourceFile = file;
    if (record.sourceRecord.isEmpty())
        record.sourceRecord = relativeToRoot(file).toUtf8();
    m_sink->upsertMemory(record);
}

QStringList MarkdownSession::historyFiles(const QString &moduleDir, const QString &allName) const
{
    const QString all = childNoCase(moduleDir, allName);
    if (!all.isEmpty() && QFileInfo(all).isFile() && QFileInfo(all).size() > 0)
        return {all};
    QStringList years;
    static const QRegularExpression yearName(QStringLiteral("^\\d{4}\\.md$"),
                                             QRegularExpression::CaseInsensitiveOption);
    for (const QString &file : filesIn(moduleDir, QStringLiteral("*.md"))) {
        if (yearName.match(QFileInfo(file).fileName()).hasMatch())
            years << file;
    }
    return years;
}

void MarkdownSession::importOwnerItems(const QString &moduleName, const QString &allFileName,
                                       ItemParser parse)
{
    // 说说 and videos: the owner's items, from <Module>.md or the year files.
    const QString dir = childNoCase(m_root, moduleName);
    if (dir.isEmpty())
        return;
    for (const QString &file : historyFiles(dir, allFileName)) {
        if (m_context->isCancelled())
            return;
        const auto text = readMarkdown(file);
        if (!text)
            continue;
        const QString base = QFileInfo(file).absolutePath();
        const md::ParsedItems parsed =
            parse(*text, [&](const QString &p, const QString &role) { return resolve(base, dir, p, role); });
        reportErrors(file, parsed.errors);
        for (MemoryRecord record : parsed.items) {
            if (m_context->isCancelled())
                return;
            record.author = m_owner;
            upsert(record, file);
        }
    }
}

void MarkdownSession::importBlogs(const QString &moduleName, MemoryKind kind)
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
        if (m_context->isCancelled())
            return;
        const auto text = readMarkdown(file);
        if (!text)
            continue;
        const QString base = QFileInfo(file).absolutePath();
        const md::ParsedItems parsed =
            md::parseBlog(*text, QFileInfo(file).fileName(),
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

void MarkdownSession::importBoards()
{
    const QString dir = childNoCase(m_root, QStringLiteral("Boards"));
    if (dir.isEmpty())
        return;
    bool ownerMessageSet = false;
    for (const QString &file : historyFiles(dir, QStringLiteral("Boards.md"))) {
        if (m_context->isCancelled())
            return;
        const auto text = readMarkdown(file);
        if (!text)
            continue;
        const QString base = QFileInfo(file).absolutePath();
        const md::BoardFile parsed = md::parseBoards(
            *text, [&](const QString &p, const QString &role) { return resolve(base, dir, p, role); });
        reportErrors(file, parsed.errors);
        if (parsed.ownerMessage && !ownerMessageSet) {
            m_sink->setAccountProfile(QStringLiteral("board_message"), *parsed.ownerMessage);
            ownerMessageSet = true;
        }
        for (const MemoryRecord &record : parsed.items) {
            if (m_context->isCancelled())
                return;
            upsert(record, file);
        }
    }
}

void MarkdownSession::importAlbums()
{
    const QString dir = childNoCase(m_root, QStringLiteral("Albums"));
    if (dir.isEmpty())
        return;
    for (const QString &categoryDir : subdirs(dir)) {
        if (m_context->isCancelled())
            return;
        const QString category = QFileInfo(categoryDir).fileName();
        // The category's album list: <分类>.md (any .md beside the album folders otherwise).
        QList<md::AlbumInfo> listed;
        QString listFile = childNoCase(categoryDir, category + QStringLiteral(".md"));
        if (listFile.isEmpty())
            listFile = filesIn(categoryDir, QStringLiteral("*.md")).value(0);
        if (!listFile.isEmpty()) {
            if (const auto text = readMarkdown(listFile)) {
                QList<md::BlockError> errors;
                listed = md::parseAlbumList(*text, &errors);
                reportErrors(listFile, errors);
            }
        }

        QStringList albumDirs = subdirs(categoryDir);
        QSet<QString> seenDirs;
        auto albumDirFor = [&](const md::AlbumInfo &info) {
            if (!info.link.isEmpty()) {
                const QString linked = QFileInfo(categoryDir + QLatin1Char('/') + info.link).absolutePath();
                if (QFileInfo(linked).isDir() && linked.startsWith(categoryDir + QLatin1Char('/')))
                    return QDir::cleanPath(linked);
            }
            const QString named = childNoCase(categoryDir, info.name);
            return named.isEmpty() ? QString() : QDir::cleanPath(named);
        };

        auto importAlbum = [&](const md::AlbumInfo &info, const QString &albumDir) {
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
                if (m_context->isCancelled())
                    return;
                const auto text = readMarkdown(file);
                if (!text)
                    continue;
                const md::ParsedItems parsed =
                    md::parsePhotos(*text, [&](const QString &p, const QString &role) {
                        return resolve(albumDir, dir, p, role);
                    });
                reportErrors(file, parsed.errors);
                for (MemoryRecord photo : parsed.items) {
                    if (m_context->isCancelled())
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

        for (const md::AlbumInfo &info : std::as_const(listed)) {
            const QString albumDir = albumDirFor(info);
            if (!albumDir.isEmpty())
                seenDirs.insert(albumDir);
            importAlbum(info, albumDir);
        }
        for (const QString &albumDir : std::as_const(albumDirs)) {
            if (seenDirs.contains(QDir::cleanPath(albumDir)))
                continue;
            md::AlbumInfo info;
            info.name = QFileInfo(albumDir).fileName();
            info.raw = relativeToRoot(albumDir);
            importAlbum(info, albumDir);
        }
    }
}

void MarkdownSession::importFriends()
{
    const QString dir = childNoCase(m_root, QStringLiteral("Friends"));
    if (dir.isEmpty())
        return;
    for (const QString &file : filesIn(dir, QStringLiteral("*.md"))) {
        const auto text = readMarkdown(file);
        if (!text)
            continue;
        for (const PersonRecord &friendRecord : md::parseFriends(*text)) {
            if (friendRecord.person.uin == m_owner.uin)
                continue; // the owner's own row is not a friend
            m_sink->upsertFriend(friendRecord);
        }
    }
}

void MarkdownSession::noteUnsupported()
{
    for (const QString &module :
         {QStringLiteral("Favorites"), QStringLiteral("Shares"), QStringLiteral("Visitors")}) {
        const QString dir = childNoCase(m_root, module);
        if (dir.isEmpty())
            continue;
        for (const QString &file : filesIn(dir, QStringLiteral("*.md")))
            m_context->reportProblem(
                file, QStringLiteral("unsupported"),
                QStringLiteral("MarkDown %1 files are not read yet; the file stays in your "
                               "export folder untouched")
                    .arg(module));
    }
}

void MarkdownSession::keepLooseFiles()
{
    // Emoticons, avatars and any picture no item names: kept so no byte of the export is lost,
    // and linked to a memory that names the path later.
    QDirIterator it(m_root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (m_context->isCancelled())
            return;
        const QString path = it.next();
        if (!isMediaFileName(QFileInfo(path).fileName()))
            continue;
        const QString rel = relativeToRoot(path);
        if (m_referenced.contains(rel.toCaseFolded()))
            continue;
        m_context->noteCurrentFile(path);
        m_sink->addLooseFile(path, rel);
    }
}

bool QZoneMarkdownImporter::importRoot(const ImportScope &scope, ImportContext &context,
                                       ImportSink &sink) const
{
    MarkdownSession session(context, sink);
    return session.run(scope.root);
}

bool MarkdownSession::run(const QString &root)
{
    ImportContext &context = *m_context;
    ImportSink &sink = *m_sink;
    m_root = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    md::ProfileInfo profile;
    const QString index = childNoCase(m_root, QStringLiteral("index.md"));
    if (!index.isEmpty()) {
        if (const auto text = readMarkdown(index))
            profile = md::parseIndex(*text);
    }
    static const QRegularExpression folderUin(QStringLiteral("^QQ空间备份_(\\d+)$"));
    const auto m = folderUin.match(QFileInfo(m_root).fileName());
    const QString uin = m.hasMatch() ? m.captured(1) : profile.uin;
    if (uin.isEmpty() || !sink.setAccount(uin, profile.nickname)) {
        context.reportProblem(
            m_root, QStringLiteral("malformed"),
            QStringLiteral("cannot tell whose export this is: no QQ number in the folder name "
                           "(QQ空间备份_<QQ号>) or in index.md"));
        return false;
    }
    m_owner = PersonRef{uin, profile.uin == uin ? profile.nickname : QString()};
    if (!profile.spaceName.isEmpty())
        sink.setAccountProfile(QStringLiteral("spacename"), profile.spaceName);
    if (!profile.spaceDescription.isEmpty())
        sink.setAccountProfile(QStringLiteral("desc"), profile.spaceDescription);

    importOwnerItems(QStringLiteral("Messages"), QStringLiteral("Messages.md"), md::parseMessages);
    importBlogs(QStringLiteral("Blogs"), MemoryKind::Blog);
    importBlogs(QStringLiteral("Diaries"), MemoryKind::Diary);
    importBoards();
    importAlbums();
    importOwnerItems(QStringLiteral("Videos"), QStringLiteral("Videos.md"), md::parseVideos);
    importFriends();
    noteUnsupported();
    keepLooseFiles();
    return m_readAny;
}

} // namespace

std::unique_ptr<Importer> makeQZoneMarkdownImporter()
{
    return std::make_unique<QZoneMarkdownImporter>();
}

} // namespace ks
