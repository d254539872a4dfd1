// SPDX-License-Identifier: GPL-3.0-or-later
// wwwpf/QzoneExporter: raw QQ Space API pages saved per module under <uin>/.
#include "importcontext.h"
#include "importer.h"
#include "importsink.h"
#include "qzoneapi.h"
#include "qzonejson.h"
#include "sessionimporter.h"
#include "util/textutil.h"
#include "wwwpfmedia.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <algorithm>

namespace ks {

namespace {

QStringList pages(const QString &dir, const QString &pattern)
{
    QStringList files;
    for (const QFileInfo &fi : QDir(dir).entryInfoList({pattern}, QDir::Files, QDir::Name))
        files << fi.absoluteFilePath();
    return files;
}

bool isRoot(const QString &dir)
{
    return !pages(dir + QStringLiteral("/shuoshuo"), QStringLiteral("shuoshuo_*.json")).isEmpty() ||
           !pages(dir + QStringLiteral("/msg_board"), QStringLiteral("msg_board_*.json")).isEmpty() ||
           QFileInfo(dir + QStringLiteral("/photo/album_info.json")).isFile() ||
           !pages(dir + QStringLiteral("/blog"), QStringLiteral("blogs_*.json")).isEmpty();
}

/// A comment as one key, to drop the copies the photo list and the comment pages both hold.
QString commentKey(const CommentRecord &c)
{
    return c.author.uin + QLatin1Char('|') + QString::number(c.created) + QLatin1Char('|') + c.text;
}

void addComments(QList<CommentRecord> &to, const QList<CommentRecord> &comments)
{
    QSet<QString> seen;
    for (const CommentRecord &c : std::as_const(to))
        seen.insert(commentKey(c));
    for (const CommentRecord &c : comments) {
        if (!seen.contains(commentKey(c))) {
            seen.insert(commentKey(c));
            to << c;
        }
    }
}

/// The photo a photo comment is about: targetImage{lloc…} (what wwwpf's viewer matches by).
QString commentTarget(const QJsonObject &comment)
{
    const QJsonValue target = comment.value(QLatin1String("targetImage"));
    if (!target.isObject())
        return qzone::jsonText(target);
    const QStringList ids = wwwpf::photoIds(target.toObject());
    return ids.value(0);
}

/// One photo/<相册名>_<相册id>/ folder: its photos, and the comments of its comment pages.
struct AlbumFolder
{
    QString path;
    QString albumId;
    QList<MemoryRecord> photos;
    QList<CommentRecord> unplaced; ///< comments naming no photo of the folder: the album's
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
    bool importRecord(MemoryRecord &&record);
    void importPosts();
    void notePostPictures(const QString &file, const QStringList &missing, const QStringList &broken);
    void importBoards();
    void importAlbums();
    AlbumFolder readAlbumFolder(const QString &path, const QJsonObject &album);
    QMultiHash<QString, CommentRecord> readPhotoComments(const QString &folder,
                                                         QList<CommentRecord> *untargeted);
    void importBlogs();
    void keepUnlinkedFiles();

    QString m_root;
    ImportContext &m_context;
    ImportSink &m_sink;
    QSet<QString> m_seenKeys;
    QList<wwwpf::DownloadedFiles> m_downloaded; ///< every downloaded/ folder read
    QSet<QString> m_linked;                     ///< files a memory holds
    int m_read = 0;
};

bool Session::importRecord(MemoryRecord &&record)
{
    if (!record.key.isEmpty()) {
        if (m_seenKeys.contains(record.key))
            return false; // pages overlap when the list shifted while the tool paged through it
        m_seenKeys.insert(record.key);
    }
    for (const MediaRef &ref : std::as_const(record.media)) {
        if (!ref.filePath.isEmpty())
            m_linked.insert(ref.filePath);
    }
    return m_sink.upsertMemory(record) != UpsertResult::Failed;
}

void Session::keepUnlinkedFiles()
{
    // Comment pictures, and files no record names: kept, so no downloaded byte is lost.
    for (const wwwpf::DownloadedFiles &folder : std::as_const(m_downloaded)) {
        for (const QString &file : folder.files()) {
            if (m_context.isCancelled())
                return;
            if (!m_linked.contains(file))
                m_sink.addLooseFile(file, file.mid(m_root.size() + 1));
        }
    }
}

void Session::importPosts()
{
    const QString dir = m_root + QStringLiteral("/shuoshuo");
    const wwwpf::DownloadedFiles downloaded(dir + QStringLiteral("/downloaded"));
    m_downloaded << downloaded;
    for (const QString &file : pages(dir, QStringLiteral("shuoshuo_*.json"))) {
        if (m_context.isCancelled())
            return;
        const QJsonValue page = qzone::readDataFile(file, m_context);
        if (page.isUndefined())
            continue;
        ++m_read;
        QStringList missing;
        QStringList broken;
        for (const QJsonValue &v : page.toObject().value(QLatin1String("msglist")).toArray()) {
            if (m_context.isCancelled())
                return;
            const QJsonObject item = v.toObject();
            MemoryRecord record = qzone::postFromMsglistItem(item);
            QString reason;
            const wwwpf::Floatview pictures =
                wwwpf::completePostMedia(record, item, downloaded, m_root, &reason);
            const QString tid = qzone::jsonText(item.value(QLatin1String("tid")));
            if (pictures == wwwpf::Floatview::Missing)
                missing << tid;
            else if (pictures == wwwpf::Floatview::Broken)
                broken << tid + QStringLiteral(": ") + reason;
            wwwpf::linkCommentFiles(record.comments, downloaded, m_root);
            record.sourceFile = m_context.shownPath(file);
            importRecord(std::move(record));
        }
        notePostPictures(file, missing, broken);
    }
}

void Session::notePostPictures(const QString &file, const QStringList &missing, const QStringList &broken)
{
    if (!missing.isEmpty())
        m_context.reportProblem(
            file, QStringLiteral("note"),
            QStringLiteral("%1 说说 have more than 9 pictures but the file keeps only the "
                           "first 9 of them (no QzoneExporter.shuoshuo_floatview): %2")
                .arg(missing.size())
                .arg(missing.join(QStringLiteral(", "))));
    if (!broken.isEmpty())
        m_context.reportProblem(
            file, QStringLiteral("malformed"),
            QStringLiteral("the pictures past the 9th of %1 说说 cannot be read, only the "
                           "first 9 are imported: %2")
                .arg(broken.size())
                .arg(broken.join(QStringLiteral("; "))));
}

void Session::importBoards()
{
    for (const QString &file :
         pages(m_root + QStringLiteral("/msg_board"), QStringLiteral("msg_board_*.json"))) {
        if (m_context.isCancelled())
            return;
        const QJsonValue page = qzone::readDataFile(file, m_context);
        if (page.isUndefined())
            continue;
        ++m_read;
        const QJsonObject data = page.toObject().value(QLatin1String("data")).toObject();
        const QJsonValue authorInfo = data.value(QLatin1String("authorInfo"));
        if (authorInfo.isObject() && !authorInfo.toObject().isEmpty())
            m_sink.setAccountProfile(QStringLiteral("authorInfo"), authorInfo);
        for (const QJsonValue &v : data.value(QLatin1String("commentList")).toArray()) {
            if (m_context.isCancelled())
                return;
            MemoryRecord record = qzone::boardFromJson(v.toObject());
            record.sourceFile = m_context.shownPath(file);
            importRecord(std::move(record));
        }
    }
}

/// Comment pages comment_NNNNN-NNNNN.json ({"data":{"comments":[…]}}, from the album's
/// comment list or gathered photo by photo), and the comments in floatview pages' data.single:
/// by the photo id they target. Those naming no photo go to @p untargeted.
QMultiHash<QString, CommentRecord> Session::readPhotoComments(const QString &folder,
                                                              QList<CommentRecord> *untargeted)
{
    QMultiHash<QString, CommentRecord> byPhoto;
    auto take = [&](const QJsonArray &comments, const QString &file) {
        int skipped = 0;
        for (const QJsonValue &v : comments) {
            if (!v.isObject() || v.toObject().isEmpty()) {
                ++skipped;
                continue;
            }
            const QJsonObject comment = v.toObject();
            const QString target = commentTarget(comment);
            if (target.isEmpty())
                untargeted->append(qzone::commentFromJson(comment));
            else
                byPhoto.insert(target, qzone::commentFromJson(comment));
        }
        if (skipped)
            m_context.reportProblem(
                file, QStringLiteral("malformed"),
                QStringLiteral("%1 of the comments in the file are not comment objects; they "
                               "were skipped")
                    .arg(skipped));
    };
    for (const QString &file : pages(folder, QStringLiteral("comment_*.json"))) {
        if (m_context.isCancelled())
            break;
        const QJsonValue page = qzone::readDataFile(file, m_context);
        if (page.isUndefined())
            continue;
        ++m_read;
        const QJsonValue comments =
            page.toObject().value(QLatin1String("data")).toObject().value(QLatin1String("comments"));
        if (!comments.isArray() && !comments.isNull()) {
            m_context.reportProblem(file, QStringLiteral("malformed"),
                                    QStringLiteral("data.comments is not a list of comments"));
            continue;
        }
        take(comments.toArray(), file);
    }
    for (const QString &file : pages(folder, QStringLiteral("floatview_photo_*.json"))) {
        const qzone::DataFileResult page = qzone::readDataFile(file); // problems: see readAlbumFolder
        const QJsonObject single = page.value.toObject()
                                       .value(QLatin1String("data"))
                                       .toObject()
                                       .value(QLatin1String("single"))
                                       .toObject();
        take(single.value(QLatin1String("comments")).toArray(), file);
    }
    return byPhoto;
}

AlbumFolder Session::readAlbumFolder(const QString &path, const QJsonObject &album)
{
    AlbumFolder folder;
    folder.path = path;
    folder.albumId = QFileInfo(path).fileName().section(QLatin1Char('_'), -1);
    const wwwpf::DownloadedFiles downloaded(path + QStringLiteral("/downloaded"));
    m_downloaded << downloaded;
    QList<CommentRecord> untargeted;
    QMultiHash<QString, CommentRecord> comments = readPhotoComments(path, &untargeted);
    QSet<QString> keys;
    QStringList files = pages(path, QStringLiteral("floatview_photo_*.json"));
    files += pages(path, QStringLiteral("photo_*.json"));
    for (const QString &file : std::as_const(files)) {
        if (m_context.isCancelled())
            break;
        const QJsonValue page = qzone::readDataFile(file, m_context);
        if (page.isUndefined())
            continue;
        ++m_read;
        const QJsonObject data = page.toObject().value(QLatin1String("data")).toObject();
        QJsonArray photos = data.value(QLatin1String("photoList")).toArray();
        if (photos.isEmpty())
            photos = data.value(QLatin1String("photos")).toArray();
        for (const QJsonValue &v : photos) {
            const QJsonObject photo = v.toObject();
            MemoryRecord record = qzone::photoFromJson(photo, album);
            if (record.albumKey.isEmpty())
                record.albumKey = folder.albumId;
            if (!record.key.isEmpty() && keys.contains(record.key))
                continue; // the floatview and the list page hold the same photo
            keys.insert(record.key);
            const QStringList ids = wwwpf::photoIds(photo);
            if (!record.media.isEmpty()) // the photo itself (a video's poster was not downloaded)
                wwwpf::linkFile(record.media.first(), downloaded, ids, m_root);
            for (const QString &id : ids) {
                QList<CommentRecord> its = comments.values(id);
                std::reverse(its.begin(), its.end()); // QMultiHash gives the last inserted first
                addComments(record.comments, its);
                comments.remove(id);
            }
            wwwpf::linkCommentFiles(record.comments, downloaded, m_root);
            record.sourceFile = m_context.shownPath(file);
            folder.photos << record;
        }
    }
    // Comments on photos the pages do not list stay with the album rather than being lost.
    for (auto it = comments.cbegin(); it != comments.cend(); ++it)
        untargeted << it.value();
    addComments(folder.unplaced, untargeted);
    wwwpf::linkCommentFiles(folder.unplaced, downloaded, m_root);
    return folder;
}

void Session::importAlbums()
{
    const QString photoDir = m_root + QStringLiteral("/photo");
    const QString infoFile = photoDir + QStringLiteral("/album_info.json");
    QList<QJsonObject> albums;
    if (QFileInfo(infoFile).isFile()) {
        const QJsonValue info = qzone::readDataFile(infoFile, m_context);
        const QJsonObject data = info.toObject().value(QLatin1String("data")).toObject();
        QJsonArray list = data.value(QLatin1String("albumListModeSort")).toArray();
        if (list.isEmpty())
            list = data.value(QLatin1String("albumList")).toArray();
        // Class mode nests the albums per category.
        for (const QJsonValue &c : data.value(QLatin1String("albumListModeClass")).toArray()) {
            for (const QJsonValue &a : c.toObject().value(QLatin1String("albumList")).toArray())
                list.append(a);
        }
        if (!info.isUndefined())
            ++m_read;
        for (const QJsonValue &v : std::as_const(list))
            albums << v.toObject();
    }
    QHash<QString, QJsonObject> albumById;
    for (const QJsonObject &album : std::as_const(albums))
        albumById.insert(qzone::jsonText(album.value(QLatin1String("id"))), album);

    // One folder per album: <name>_<albumid>/ with photo list and comment pages and downloaded/.
    QList<AlbumFolder> folders;
    QHash<QString, QList<CommentRecord>> unplaced;
    QHash<QString, QString> folderOnly;
    for (const QFileInfo &dir : QDir(photoDir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (m_context.isCancelled())
            return;
        const QString id = dir.fileName().section(QLatin1Char('_'), -1);
        QJsonObject album = albumById.value(id);
        if (album.isEmpty())
            album.insert(QStringLiteral("id"), id);
        folders << readAlbumFolder(dir.absoluteFilePath(), album);
        if (!folders.last().unplaced.isEmpty()) {
            unplaced[id] += folders.last().unplaced;
            if (!albumById.contains(id)) { // known from its folder only: <purged name>_<id>
                const QString purged = dir.fileName().chopped(id.size() + 1);
                album.insert(QStringLiteral("name"), QUrl::fromPercentEncoding(purged.toUtf8()));
                albums << album;
                albumById.insert(id, album);
                folderOnly.insert(id, dir.absoluteFilePath());
            }
        }
    }

    // Albums first, so their photos find them named.
    for (const QJsonObject &album : std::as_const(albums)) {
        if (m_context.isCancelled())
            return;
        MemoryRecord record = qzone::albumFromJson(album);
        if (record.albumKey.isEmpty())
            continue;
        addComments(record.comments, unplaced.value(record.albumKey));
        record.sourceFile = m_context.shownPath(folderOnly.value(record.albumKey, infoFile));
        importRecord(std::move(record));
    }
    for (AlbumFolder &folder : folders) {
        m_sink.prefetch(ImportSink::mediaFilesOf(folder.photos));
        for (MemoryRecord &record : folder.photos) {
            if (m_context.isCancelled())
                return;
            importRecord(std::move(record));
        }
    }
}

void Session::importBlogs()
{
    const QString dir = m_root + QStringLiteral("/blog");
    if (!QFileInfo(dir).isDir())
        return;
    // The saved pages: <分类>/<title>_<blogid>.html, comments in <title>_<blogid>_NNNNN-NNNNN.json.
    QHash<QString, QString> pagesById;
    QMultiHash<QString, QString> commentsById;
    static const QRegularExpression htmlName(QStringLiteral("_(\\d+)\\.html?$"));
    static const QRegularExpression commentName(QStringLiteral("_(\\d+)_\\d{5}-\\d{5}\\.json$"));
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (const auto m = htmlName.match(file); m.hasMatch())
            pagesById.insert(m.captured(1), file);
        else if (const auto c = commentName.match(file); c.hasMatch())
            commentsById.insert(c.captured(1), file);
    }
    for (const QString &file : pages(dir, QStringLiteral("blogs_*.json"))) {
        if (m_context.isCancelled())
            return;
        const QJsonValue page = qzone::readDataFile(file, m_context);
        if (page.isUndefined())
            continue;
        ++m_read;
        for (const QJsonValue &v : qzone::itemsOf(page)) {
            QJsonObject blog = v.toObject();
            const QString id = qzone::jsonText(blog.value(QLatin1String("blogId")).isUndefined()
                                                   ? blog.value(QLatin1String("blogid"))
                                                   : blog.value(QLatin1String("blogId")));
            MemoryRecord record = qzone::blogFromJson(blog, MemoryKind::Blog);
            const QString pageFile = pagesById.value(id);
            if (!pageFile.isEmpty()) {
                // A blog page is a few hundred KB; a larger one is kept as it is and reported.
                constexpr qint64 kMaxPageBytes = qint64(16) << 20;
                if (const std::optional<QByteArray> pageBytes =
                        m_context.readBoundedFile(pageFile, kMaxPageBytes)) {
                    record.html = QString::fromUtf8(*pageBytes);
                    record.text = htmlToPlainText(record.html);
                }
            }
            QStringList commentFiles = commentsById.values(id);
            std::sort(commentFiles.begin(), commentFiles.end());
            for (const QString &commentFile : std::as_const(commentFiles)) {
                const QJsonValue comments = qzone::readDataFile(commentFile, m_context);
                for (const QJsonValue &c : qzone::itemsOf(comments))
                    record.comments << qzone::commentFromJson(c.toObject());
            }
            record.sourceFile = m_context.shownPath(file);
            importRecord(std::move(record));
        }
    }
}

bool Session::run()
{
    static const QRegularExpression digits(QStringLiteral("^\\d{4,}$"));
    QString uin = QFileInfo(m_root).fileName();
    QString nickname;
    const QString mainPage = m_root + QStringLiteral("/main_page.json");
    if (QFileInfo(mainPage).isFile()) {
        const QJsonObject data =
            qzone::readDataFile(mainPage, m_context).toObject().value(QLatin1String("data")).toObject();
        nickname = qzone::jsonText(data.value(QLatin1String("nickname")));
        const QString fromData = qzone::jsonText(data.value(QLatin1String("uin")));
        if (!digits.match(uin).hasMatch())
            uin = fromData;
        if (!data.isEmpty())
            m_sink.setAccountProfile(QStringLiteral("wwwpfMainPage"), data);
    }
    if (!digits.match(uin).hasMatch()) {
        m_context.reportProblem(
            m_root, QStringLiteral("malformed"),
            QStringLiteral("cannot tell whose QQ Space this export is (no QQ number found)"));
        return false;
    }
    if (!m_sink.setAccount(uin, nickname))
        return false;
    importPosts();
    importBoards();
    importAlbums();
    importBlogs();
    keepUnlinkedFiles();
    return m_read > 0;
}

} // namespace

std::unique_ptr<Importer> makeWwwpfImporter()
{
    return std::make_unique<SessionImporter<Session, isRoot>>(QStringLiteral("wwwpf"));
}

} // namespace ks
