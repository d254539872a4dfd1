// SPDX-License-Identifier: GPL-3.0-or-later
#include "getqzonehistoryimporter.h"
#include "getqzonehistorylayout.h"

#include "importcontext.h"
#include "importer.h"
#include "importsink.h"
#include "qzoneapi.h"
#include "qzonejson.h"
#include "xlsxreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ks {

namespace {

const QString kMoments = QStringLiteral("qzone_moments_all.json");
const QString kUserInfo = QStringLiteral("user_qzone_info.json");

using gqh::AccountDirs;

/// A sheet as header → cell rows.
struct Table
{
    QString path;
    QStringList header;
    QList<QStringList> rows; ///< data rows (the header row excluded)

    int column(const QString &name) const { return header.indexOf(name); }
    QByteArray sourceRecord(const QStringList &row) const
    {
        QJsonObject o;
        for (int c = 0; c < header.size(); ++c) {
            if (!header.at(c).isEmpty())
                o.insert(header.at(c), row.value(c));
        }
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
};

/// An xlsx row read but not stored yet: its pictures are matched by name first.
struct PendingRow
{
    MemoryRecord record;
    QString content;   ///< the 内容 cell as written: the tool names the row's pictures after it
    int links = 0;     ///< picture links in 图片链接
    bool store = true; ///< false for 其他列表 rows, read only to tell whose pictures are whose
};

QJsonArray urlList(const QString &cell)
{
    QJsonArray urls;
    for (const QString &part : cell.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString url = part.trimmed();
        if (!url.isEmpty() && url.compare(QLatin1String("nan"), Qt::CaseInsensitive) != 0)
            urls.append(url);
    }
    return urls;
}

/// Remote-only media (GetQzonehistory's JSON holds URLs, no files) stay as URLs in extra: a
/// media row for a file that was never meant to be here would be a false "missing" problem.
void keepRemoteMediaAsUrls(MemoryRecord &record)
{
    QJsonArray images = record.extra.value(QStringLiteral("remote_images")).toArray();
    QJsonArray other = record.extra.value(QStringLiteral("remote_media")).toArray();
    QList<MediaRef> kept;
    for (const MediaRef &m : std::as_const(record.media)) {
        if (!m.filePath.isEmpty() || !m.relPath.isEmpty()) {
            kept << m;
            continue;
        }
        if (m.remoteUrl.isEmpty())
            continue;
        if (m.role == QLatin1String("image"))
            images.append(m.remoteUrl);
        else
            other.append(QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("url"), m.remoteUrl}});
    }
    record.media = kept;
    if (!images.isEmpty())
        record.extra.insert(QStringLiteral("remote_images"), images);
    if (!other.isEmpty())
        record.extra.insert(QStringLiteral("remote_media"), other);
}

/// Everything read from one account's folders during one import.
class Session
{
public:
    Session(const AccountDirs &account, ImportContext &context, ImportSink &sink)
        : m_account(account), m_context(context), m_sink(sink)
    {
    }
    bool run();

private:
    struct Fetched
    {
        QString key;
        QString normalised;
    };

    QString xlsx(const char *list) const
    {
        return m_account.resultDir + QLatin1Char('/') + m_account.uin + QLatin1Char('_') +
               QString::fromUtf8(list) + QStringLiteral(".xlsx");
    }
    QString relative(const QString &path) const { return QDir(m_account.exportRoot).relativeFilePath(path); }
    void noteSiblings();
    bool importResult();
    QJsonDocument readJson(const QString &path);
    bool importMoments(const QString &path);
    bool readTable(const QString &path, Table *table);
    bool requireColumns(const Table &table, const QStringList &names);
    QString fetchedKey(qint64 created, const QString &text) const;
    PendingRow rowRecord(const Table &table, const QStringList &row, MemoryKind kind) const;
    void readPosts(const QString &path, bool reposts);
    void postsFromTable(const Table &table, bool reposts);
    void readBoards(const QString &path);
    void boardRow(const Table &table, const QStringList &row);
    void readAll(const QString &path);
    void readOtherNames(const QString &path);
    bool importFriends(const QString &path);
    void attachPictures();
    bool storeRows();

    AccountDirs m_account;
    ImportContext &m_context;
    ImportSink &m_sink;
    QString m_nickname;
    QHash<qint64, QList<Fetched>> m_fetched;
    QList<PendingRow> m_rows;
};

bool Session::run()
{
    QJsonObject userInfo;
    if (!m_account.fetchDir.isEmpty()) {
        const QString path = m_account.fetchDir + QLatin1Char('/') + kUserInfo;
        if (QFileInfo(path).isFile()) {
            const QJsonObject info = readJson(path).object();
            if (info.value(QStringLiteral("uin")).toVariant().toString() == m_account.uin ||
                !info.contains(QStringLiteral("uin")))
                userInfo = info;
        }
    }
    m_nickname = userInfo.value(QStringLiteral("nickname")).toString();
    if (!m_sink.setAccount(m_account.uin, m_nickname))
        return false;
    if (!userInfo.isEmpty())
        m_sink.setAccountProfile(QStringLiteral("getqzonehistory"), userInfo);
    noteSiblings();
    const qsizetype problemsBefore = m_context.report().problems.size();

    bool any = false;
    if (!m_account.fetchDir.isEmpty())
        any = importMoments(m_account.fetchDir + QLatin1Char('/') + kMoments) || any;
    if (!m_account.resultDir.isEmpty())
        any = importResult() || any;
    // Files that were there but held nothing: say so rather than succeed with nothing.
    if (!any && m_context.report().problems.size() == problemsBefore && !m_context.isCancelled())
        m_context.reportProblem(m_account.resultDir.isEmpty() ? m_account.fetchDir : m_account.resultDir,
                                QStringLiteral("malformed"),
                                QStringLiteral("no 说说, 留言 or friend could be read from this folder"));
    return any;
}

bool Session::importResult()
{
    bool any = false;
    const QString posts = xlsx("说说列表");
    const QString reposts = xlsx("转发列表");
    const bool haveSplit = QFileInfo(posts).isFile() || QFileInfo(reposts).isFile();
    if (QFileInfo(posts).isFile())
        readPosts(posts, false);
    if (QFileInfo(reposts).isFile() && !m_context.isCancelled())
        readPosts(reposts, true);
    if (QFileInfo(xlsx("留言列表")).isFile() && !m_context.isCancelled())
        readBoards(xlsx("留言列表"));
    // 全部列表 is every feed line of the split lists together: read only when they are absent.
    if (!haveSplit && QFileInfo(xlsx("全部列表")).isFile() && !m_context.isCancelled())
        readAll(xlsx("全部列表"));
    if (haveSplit && QFileInfo(xlsx("其他列表")).isFile() && !m_context.isCancelled())
        readOtherNames(xlsx("其他列表"));
    if (QFileInfo(xlsx("其他列表")).isFile())
        m_context.reportProblem(
            xlsx("其他列表"), QStringLiteral("unsupported"),
            QStringLiteral("feed lines that are neither 说说, 转发 nor 留言 are not imported"));
    attachPictures();
    any = storeRows() || any;
    if (QFileInfo(xlsx("好友列表")).isFile() && !m_context.isCancelled())
        any = importFriends(xlsx("好友列表")) || any;
    return any;
}

void Session::noteSiblings()
{
    const QString message = QStringLiteral("another folder of this GetQzonehistory run holds more: %1 (%2); "
                                           "drop the whole resource folder to import it too");
    if (!m_account.siblingFetch.isEmpty())
        m_context.reportProblem(
            m_account.siblingFetch, QStringLiteral("elsewhere"),
            message.arg(relative(m_account.siblingFetch),
                        QStringLiteral("every visible 说说 with its id and all comments")));
    if (!m_account.siblingResult.isEmpty())
        m_context.reportProblem(
            m_account.siblingResult, QStringLiteral("elsewhere"),
            message.arg(relative(m_account.siblingResult),
                        QStringLiteral("the 说说, 转发 and 留言 lists, the friends and the pictures")));
}

QJsonDocument Session::readJson(const QString &path)
{
    // The shared reader: bounded memory (texts capped, the file kept when cut), problems named.
    const QJsonValue value = qzone::readDataFile(path, m_context);
    if (value.isArray())
        return QJsonDocument(value.toArray());
    if (value.isObject())
        return QJsonDocument(value.toObject());
    return QJsonDocument();
}

bool Session::importMoments(const QString &path)
{
    const QJsonDocument doc = readJson(path);
    if (doc.isNull())
        return false;
    const QJsonArray items =
        doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("msglist")).toArray();
    if (!doc.isArray() && !doc.object().contains(QStringLiteral("msglist"))) {
        m_context.reportProblem(path, QStringLiteral("malformed"), QStringLiteral("no msglist in the file"));
        return false;
    }
    bool any = false;
    for (const QJsonValue &v : items) {
        if (m_context.isCancelled())
            break;
        const QJsonObject item = v.toObject();
        if (item.isEmpty())
            continue;
        MemoryRecord record = qzone::postFromMsglistItem(item);
        const QString tid = item.value(QStringLiteral("tid")).toVariant().toString();
        if (record.key.isEmpty() && !tid.isEmpty())
            record.key = QStringLiteral("post:") + tid;
        record.sourceFile = path;
        if (record.sourceRecord.isEmpty())
            record.sourceRecord = QJsonDocument(item).toJson(QJsonDocument::Compact);
        keepRemoteMediaAsUrls(record);
        if (m_sink.upsertMemory(record) == UpsertResult::Failed)
            continue;
        any = true;
        if (!record.key.isEmpty() && record.created != kNoTime) {
            const QString content = item.value(QStringLiteral("content")).toString();
            m_fetched[record.created].append(Fetched{record.key, normaliseForMatch(content)});
        }
    }
    return any;
}

bool Session::readTable(const QString &path, Table *table)
{
    m_context.noteCurrentFile(path);
    table->path = path;
    XlsxReader reader;
    QString error;
    XlsxSheet sheet;
    if (QFileInfo(path).size() == 0) {
        m_context.reportProblem(path, QStringLiteral("zero-byte"), QStringLiteral("the file is empty"));
        return false;
    }
    if (!reader.open(path, &error) || !reader.readSheet(0, &sheet, &error)) {
        m_context.reportProblem(path, QStringLiteral("corrupt"), error);
        return false;
    }
    if (reader.isTruncated())
        m_context.reportProblem(path, QStringLiteral("corrupt"),
                                QStringLiteral("the spreadsheet is cut short (its zip directory is "
                                               "missing): the rows before the cut were imported"));
    if (sheet.rows.isEmpty())
        return true;
    table->header = sheet.rows.first();
    for (QString &h : table->header)
        h = h.trimmed();
    for (int r = 1; r < sheet.rows.size(); ++r) {
        bool empty = true;
        for (const QString &c : sheet.rows.at(r))
            empty = empty && c.trimmed().isEmpty();
        if (!empty)
            table->rows << sheet.rows.at(r);
    }
    return true;
}

bool Session::requireColumns(const Table &table, const QStringList &names)
{
    for (const QString &n : names) {
        if (table.column(n) < 0) {
            m_context.reportProblem(table.path, QStringLiteral("malformed"),
                                    QStringLiteral("no %1 column (the header is: %2)")
                                        .arg(n, table.header.join(QStringLiteral(", "))));
            return false;
        }
    }
    return true;
}

/// The fetch-all item an xlsx row was made from: same second, same text (or the only item of
/// that second, which covers rows whose text the tool mangled).
QString Session::fetchedKey(qint64 created, const QString &text) const
{
    const QList<Fetched> candidates = m_fetched.value(created);
    const QString normalised = normaliseForMatch(text);
    for (const Fetched &f : candidates) {
        if (f.normalised == normalised)
            return f.key;
    }
    return candidates.size() == 1 ? candidates.first().key : QString();
}

PendingRow Session::rowRecord(const Table &table, const QStringList &row, MemoryKind kind) const
{
    PendingRow pending;
    MemoryRecord &record = pending.record;
    record.kind = kind;
    record.sourceFile = table.path;
    record.sourceRecord = table.sourceRecord(row);
    bool minute = false;
    record.created = qzone::parseTimeText(row.value(table.column(QStringLiteral("时间"))).trimmed(), &minute);
    record.minutePrecision = record.created != kNoTime && minute;
    const QJsonArray images = urlList(row.value(table.column(QStringLiteral("图片链接"))));
    if (!images.isEmpty())
        record.extra.insert(QStringLiteral("remote_images"), images);
    pending.content = row.value(table.column(QStringLiteral("内容")));
    for (const QJsonValue &url : images)
        pending.links += url.toString().contains(QLatin1String("http")); // the tool skips the rest
    return pending;
}

void Session::readPosts(const QString &path, bool reposts)
{
    Table table;
    if (readTable(path, &table) && !table.header.isEmpty() &&
        requireColumns(table, {QStringLiteral("时间"), QStringLiteral("内容")}))
        postsFromTable(table, reposts);
}

void Session::postsFromTable(const Table &table, bool reposts)
{
    const int content = table.column(QStringLiteral("内容"));
    const int comments = table.column(QStringLiteral("评论"));
    for (const QStringList &row : std::as_const(table.rows)) {
        PendingRow pending = rowRecord(table, row, MemoryKind::Post);
        MemoryRecord &record = pending.record;
        const gqh::ContentParts parts = gqh::splitContent(row.value(content));
        record.text = parts.text;
        record.author = PersonRef{m_account.uin, parts.name.isEmpty() ? m_nickname : parts.name};
        record.mentions = qzone::mentionsIn(record.text);
        if (reposts)
            record.extra.insert(QStringLiteral("repost"),
                                QJsonObject{{QStringLiteral("list"), QStringLiteral("转发列表")},
                                            {QStringLiteral("text"), parts.text}});
        if (comments >= 0) {
            QString error;
            int skipped = 0;
            if (!gqh::commentsFromCell(row.value(comments), &record.comments, &error, &skipped)) {
                // Kept as written so nothing is lost; the problem names the row's time.
                record.extra.insert(QStringLiteral("comments_unparsed"), row.value(comments));
                m_context.reportProblem(table.path, QStringLiteral("malformed"),
                                        QStringLiteral("评论 of the row of %1 is not a comment list: %2")
                                            .arg(row.value(table.column(QStringLiteral("时间"))), error));
            } else if (skipped) {
                record.extra.insert(QStringLiteral("comments_unparsed"), row.value(comments));
            }
        }
        // A row made from a fetch-all item is that item; the rest have no id (feed lines) and
        // the writer matches them by minute + text.
        if (!record.minutePrecision && record.created != kNoTime)
            record.key = fetchedKey(record.created, record.text);
        m_rows << pending;
    }
}

void Session::readBoards(const QString &path)
{
    Table table;
    if (!readTable(path, &table) || table.header.isEmpty() ||
        !requireColumns(table, {QStringLiteral("时间"), QStringLiteral("内容")}))
        return;
    for (const QStringList &row : std::as_const(table.rows))
        boardRow(table, row);
}

void Session::boardRow(const Table &table, const QStringList &row)
{
    PendingRow pending = rowRecord(table, row, MemoryKind::Board);
    const gqh::ContentParts parts = gqh::splitContent(pending.content);
    QString name = parts.name;
    // "<昵称> 留言 ：<正文>": the writer of the message, then the word 留言.
    static const QString word = QStringLiteral("留言");
    if (name.endsWith(word))
        name = name.left(name.size() - word.size()).trimmed();
    pending.record.author.name = name;
    pending.record.text = parts.text;
    m_rows << pending;
}

void Session::readAll(const QString &path)
{
    Table table;
    if (!readTable(path, &table) || table.header.isEmpty() ||
        !requireColumns(table, {QStringLiteral("时间"), QStringLiteral("内容")}))
        return;
    // The tool's own split: a line with "<昵称> 留言 ：" is a board message, the rest posts.
    const int content = table.column(QStringLiteral("内容"));
    Table posts = table;
    posts.rows.clear();
    for (const QStringList &row : std::as_const(table.rows)) {
        if (gqh::splitContent(row.value(content)).name.endsWith(QStringLiteral(" 留言")))
            boardRow(table, row);
        else
            posts.rows << row;
    }
    postsFromTable(posts, false);
}

void Session::readOtherNames(const QString &path)
{
    Table table;
    if (!readTable(path, &table) || table.column(QStringLiteral("内容")) < 0)
        return;
    for (const QStringList &row : std::as_const(table.rows)) {
        PendingRow pending = rowRecord(table, row, MemoryKind::Post);
        pending.store = false;
        m_rows << pending;
    }
}

void Session::attachPictures()
{
    const QString dir = m_account.resultDir + QStringLiteral("/pic");
    if (!QFileInfo(dir).isDir())
        return;
    // The tool saves every picture straight into pic/; anything below is kept as it is.
    QStringList names;
    QStringList loose;
    QDirIterator it(dir, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).absolutePath() == QFileInfo(dir).absoluteFilePath())
            names << QFileInfo(path).fileName();
        else
            loose << path;
    }
    names.sort();
    QList<gqh::PictureRow> rows;
    for (const PendingRow &r : std::as_const(m_rows))
        rows << gqh::PictureRow{r.content, r.links};
    const gqh::PictureAssignment assigned = gqh::assignPictures(rows, names);

    for (int r = 0; r < m_rows.size(); ++r) {
        for (const QString &name : assigned.filesOfRow.at(r)) {
            const QString path = dir + QLatin1Char('/') + name;
            if (!m_rows.at(r).store) {
                loose << path;
                continue;
            }
            MediaRef ref;
            ref.filePath = path;
            ref.relPath = relative(path);
            ref.originalName = name;
            m_rows[r].record.media << ref;
        }
    }
    for (const QString &name : assigned.unmatched)
        loose << dir + QLatin1Char('/') + name;
    if (!assigned.unmatched.isEmpty())
        m_context.reportProblem(
            dir, QStringLiteral("note"),
            QStringLiteral("%1 of the pictures in pic/ match no row of the lists by name; "
                           "they are kept without a post")
                .arg(assigned.unmatched.size()));
    for (const gqh::PictureAssignment::Ambiguous &a : assigned.ambiguous) {
        for (const QString &name : a.files)
            loose << dir + QLatin1Char('/') + name;
        m_context.reportProblem(dir + QLatin1Char('/') + a.files.first(), QStringLiteral("note"),
                                QStringLiteral("%1 picture(s) named like this could belong to any of %2 rows "
                                               "whose text begins the same; they are kept without a post")
                                    .arg(a.files.size())
                                    .arg(a.rows.size()));
    }
    // Kept so no downloaded byte is lost.
    for (const QString &path : std::as_const(loose)) {
        if (m_context.isCancelled())
            return;
        m_sink.addLooseFile(path, relative(path));
    }
}

bool Session::storeRows()
{
    QList<MemoryRecord> withMedia;
    for (const PendingRow &r : std::as_const(m_rows)) {
        if (r.store && !r.record.media.isEmpty())
            withMedia << r.record;
    }
    m_sink.prefetch(ImportSink::mediaFilesOf(withMedia));
    bool any = false;
    for (const PendingRow &r : std::as_const(m_rows)) {
        if (m_context.isCancelled())
            break;
        if (r.store && m_sink.upsertMemory(r.record) != UpsertResult::Failed)
            any = true;
    }
    return any;
}

bool Session::importFriends(const QString &path)
{
    Table table;
    if (!readTable(path, &table) || table.header.isEmpty())
        return false;
    if (!requireColumns(table, {QStringLiteral("QQ")}))
        return false;
    const int qq = table.column(QStringLiteral("QQ"));
    const int nick = table.column(QStringLiteral("昵称"));
    bool any = false;
    for (const QStringList &row : std::as_const(table.rows)) {
        const QString uin = gqh::uinFromValue(row.value(qq));
        // The owner's own row is not a friend.
        if (uin.isEmpty() || uin == m_account.uin || row.contains(QStringLiteral("本人")))
            continue;
        PersonRecord p;
        p.person = PersonRef{uin, row.value(nick).trimmed()};
        p.sourceRecord = table.sourceRecord(row);
        m_sink.upsertFriend(p);
        any = true;
    }
    return any;
}

class GetQzoneHistoryImporter : public Importer
{
public:
    QString formatId() const override { return QStringLiteral("getqzonehistory"); }

    QStringList findRoots(const QString &path, const QStringList &) const override
    {
        QStringList roots;
        gqh::findExportRoots(QDir::cleanPath(QFileInfo(path).absoluteFilePath()), roots);
        return roots;
    }

    bool importRoot(const ImportScope &scope, ImportContext &context, ImportSink &sink) const override
    {
        const QString &root = scope.root;
        bool any = false;
        for (const AccountDirs &account : gqh::accountsIn(root)) {
            if (context.isCancelled())
                break;
            Session session(account, context, sink);
            any = session.run() || any;
        }
        return any;
    }
};

} // namespace

std::unique_ptr<Importer> makeGetQzoneHistoryImporter()
{
    return std::make_unique<GetQzoneHistoryImporter>();
}

} // namespace ks
