// SPDX-License-Identifier: GPL-3.0-or-later
// wwwpf/QzoneExporter: raw QQ Space API pages saved per module under <uin>/.
#include "importcontext.h"
#include "importer.h"
#include "importsink.h"
#include "qzoneapi.h"
#include "qzonejson.h"
#include "util/textutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

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

void scan(const QString &dir, int depth, QStringList &roots)
{
    if (isRoot(dir)) {
        roots << dir;
        return;
    }
    if (depth >= 3)
        return;
    for (const QFileInfo &fi : QDir(dir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        scan(fi.absoluteFilePath(), depth + 1, roots);
}

/// wwwpf's purge_file_name(): the characters a file name cannot hold, percent-escaped.
QString purgeFileName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        switch (c.unicode()) {
        case '%':
        case ' ':
        case '/':
        case '\\':
        case ':':
        case '*':
        case '?':
        case '"':
        case '<':
        case '>':
        case '|':
            out += QStringLiteral("%%1").arg(c.unicode(), 2, 16, QLatin1Char('0')).toUpper();
            break;
        default:
            out += c;
        }
    }
    if (!out.isEmpty() && out.count(QLatin1Char('.')) == out.size())
        out = QStringLiteral("%2E");
    return out;
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
    QString rel(const QString &abs) const { return abs.mid(m_root.size() + 1); }
    /// Files of a downloaded/ folder by name without extension.
    QHash<QString, QString> downloadedIn(const QString &dir) const;
    void attachDownloaded(MemoryRecord &record, const QHash<QString, QString> &files, const QStringList &ids);
    bool importRecord(MemoryRecord &&record);
    void importPosts();
    void importBoards();
    void importAlbums();
    void importBlogs();

    QString m_root;
    ImportContext &m_context;
    ImportSink &m_sink;
    QSet<QString> m_seenKeys;
    int m_read = 0;
};

QHash<QString, QString> Session::downloadedIn(const QString &dir) const
{
    QHash<QString, QString> files;
    for (const QFileInfo &fi : QDir(dir).entryInfoList(QDir::Files, QDir::Name)) {
        files.insert(fi.fileName(), fi.absoluteFilePath());
        files.insert(fi.completeBaseName(), fi.absoluteFilePath());
    }
    return files;
}

void Session::attachDownloaded(MemoryRecord &record, const QHash<QString, QString> &files,
                               const QStringList &ids)
{
    if (files.isEmpty())
        return;
    for (MediaRef &ref : record.media) {
        if (!ref.filePath.isEmpty())
            continue;
        QStringList names = ids;
        if (!ref.remoteUrl.isEmpty())
            names << ref.remoteUrl;
        for (const QString &id : std::as_const(names)) {
            const QString file = files.value(purgeFileName(id));
            if (!file.isEmpty()) {
                ref.filePath = file;
                ref.relPath = rel(file);
                ref.originalName = QFileInfo(file).fileName();
                break;
            }
        }
    }
}

bool Session::importRecord(MemoryRecord &&record)
{
    if (!record.key.isEmpty()) {
        if (m_seenKeys.contains(record.key))
            return false; // pages overlap when the list shifted while the tool paged through it
        m_seenKeys.insert(record.key);
    }
    return m_sink.upsertMemory(record) != UpsertResult::Failed;
}

void Session::importPosts()
{
    const QString dir = m_root + QStringLiteral("/shuoshuo");
    const QHash<QString, QString> downloaded = downloadedIn(dir + QStringLiteral("/downloaded"));
    for (const QString &file : pages(dir, QStringLiteral("shuoshuo_*.json"))) {
        if (m_context.isCancelled())
            return;
        const QJsonValue page = qzone::readDataFile(file, m_context);
        if (page.isUndefined())
            continue;
        ++m_read;
        for (const QJsonValue &v : page.toObject().value(QLatin1String("msglist")).toArray()) {
            if (m_context.isCancelled())
                return;
            const QJsonObject item = v.toObject();
            MemoryRecord record = qzone::postFromMsglistItem(item);
            attachDownloaded(record, downloaded, QStringList());
            record.sourceFile = m_context.shownPath(file);
            importRecord(std::move(record));
        }
    }
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

void Session::importAlbums()
{
    const QString photoDir = m_root + QStringLiteral("/photo");
    const QString infoFile = photoDir + QStringLiteral("/album_info.json");
    QHash<QString, QJsonObject> albums;
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
        for (const QJsonValue &v : list) {
            if (m_context.isCancelled())
                return;
            const QJsonObject album = v.toObject();
            MemoryRecord record = qzone::albumFromJson(album);
            if (record.albumKey.isEmpty())
                continue;
            albums.insert(record.albumKey, album);
            record.sourceFile = m_context.shownPath(infoFile);
            importRecord(std::move(record));
        }
    }
    // One folder per album: <name>_<albumid>/ with photo list pages and downloaded/.
    for (const QFileInfo &folder :
         QDir(photoDir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString albumId = folder.fileName().section(QLatin1Char('_'), -1);
        QJsonObject album = albums.value(albumId);
        if (album.isEmpty())
            album.insert(QStringLiteral("id"), albumId);
        const QHash<QString, QString> downloaded =
            downloadedIn(folder.absoluteFilePath() + QStringLiteral("/downloaded"));
        QStringList files = pages(folder.absoluteFilePath(), QStringLiteral("floatview_photo_*.json"));
        files += pages(folder.absoluteFilePath(), QStringLiteral("photo_*.json"));
        for (const QString &file : std::as_const(files)) {
            if (m_context.isCancelled())
                return;
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
                    record.albumKey = albumId;
                QStringList ids;
                for (const char *key : {"picKey", "lloc", "sloc"})
                    ids << qzone::jsonText(photo.value(QLatin1String(key)));
                ids.removeAll(QString());
                attachDownloaded(record, downloaded, ids);
                record.sourceFile = m_context.shownPath(file);
                importRecord(std::move(record));
            }
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
                QFile f(pageFile);
                if (f.open(QIODevice::ReadOnly)) {
                    record.html = QString::fromUtf8(f.readAll());
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
    return m_read > 0;
}

class WwwpfImporter : public Importer
{
public:
    QString formatId() const override { return QStringLiteral("wwwpf"); }

    QStringList findRoots(const QString &path, const QStringList &) const override
    {
        QStringList roots;
        const QFileInfo info(path);
        if (info.isDir())
            scan(info.absoluteFilePath(), 0, roots);
        return roots;
    }

    bool importRoot(const ImportScope &scope, ImportContext &context, ImportSink &sink) const override
    {
        const QString &root = scope.root;
        Session session(QDir::cleanPath(QFileInfo(root).absoluteFilePath()), context, sink);
        return session.run();
    }
};

} // namespace

std::unique_ptr<Importer> makeWwwpfImporter()
{
    return std::make_unique<WwwpfImporter>();
}

} // namespace ks
