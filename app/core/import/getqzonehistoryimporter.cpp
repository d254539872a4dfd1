// SPDX-License-Identifier: GPL-3.0-or-later
#include "getqzonehistoryimporter.h"

#include "importcontext.h"
#include "importer.h"
#include "importsink.h"
#include "pyliteral.h"
#include "qzoneapi.h"
#include "xlsxreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace ks {

namespace gqh {

ContentParts splitContent(const QString &content)
{
    static const QString separator = QStringLiteral(" ：");
    const int at = content.indexOf(separator);
    if (at < 0)
        return ContentParts{QString(), content};
    return ContentParts{content.left(at).trimmed(), content.mid(at + separator.size())};
}

QString uinFromValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
        return value.toLongLong() > 0 ? QString::number(value.toLongLong()) : QString();
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d > 0 && d < 1e15 && std::floor(d) == d)
            return QString::number(qint64(d));
        return QString();
    }
    case QMetaType::QString: {
        QString s = value.toString().trimmed();
        if (s.endsWith(QLatin1String(".0")))
            s.chop(2);
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));
        return digits.match(s).hasMatch() && s != QLatin1String("0") ? s : QString();
    }
    default:
        return QString();
    }
}

namespace {

/// A literal value as JSON for a comment's source record (NaN has no JSON form: null).
QJsonValue toJson(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QVariantList: {
        QJsonArray a;
        for (const QVariant &item : v.toList())
            a.append(toJson(item));
        return a;
    }
    case QMetaType::QVariantMap: {
        QJsonObject o;
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            o.insert(it.key(), toJson(it.value()));
        return o;
    }
    case QMetaType::Double:
        return std::isfinite(v.toDouble()) ? QJsonValue(v.toDouble()) : QJsonValue();
    case QMetaType::LongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::QString:
        return v.toString();
    default:
        return QJsonValue();
    }
}

QString textOf(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString)
        return v.toString();
    if (v.typeId() == QMetaType::Double && !std::isfinite(v.toDouble()))
        return QString();
    return v.isNull() ? QString() : v.toString();
}

} // namespace

bool commentsFromCell(const QString &cell, QList<CommentRecord> *comments, QString *error, int *skipped)
{
    const QString trimmed = cell.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("nan"), Qt::CaseInsensitive) == 0 ||
        trimmed == QLatin1String("None") || trimmed == QLatin1String("[]"))
        return true;
    QVariant parsed;
    if (!parsePythonLiteral(trimmed, &parsed, error))
        return false;
    if (parsed.typeId() != QMetaType::QVariantList) {
        if (error)
            *error = QStringLiteral("not a list of comments");
        return false;
    }
    for (const QVariant &item : parsed.toList()) {
        const QVariantList fields = item.toList();
        if (item.typeId() != QMetaType::QVariantList || fields.size() < 2) {
            if (skipped)
                ++*skipped;
            continue;
        }
        CommentRecord c;
        const QVariant when = fields.value(0);
        if (when.typeId() == QMetaType::QString)
            c.created = qzone::parseTimeText(when.toString());
        else if (when.typeId() == QMetaType::LongLong || when.typeId() == QMetaType::Double)
            c.created = qzone::parseTime(QJsonValue(when.toDouble()));
        c.text = textOf(fields.value(1));
        c.author.name = textOf(fields.value(2)).trimmed();
        c.author.uin = uinFromValue(fields.value(3));
        c.sourceRecord = QJsonDocument(toJson(item).toArray()).toJson(QJsonDocument::Compact);
        comments->append(c);
    }
    return true;
}

} // namespace gqh

namespace {

const QString kResource = QStringLiteral("resource");
const QString kResult = QStringLiteral("result");
const QString kFetchAll = QStringLiteral("fetch-all");
const QString kMoments = QStringLiteral("qzone_moments_all.json");
const QString kUserInfo = QStringLiteral("user_qzone_info.json");

bool isUin(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[1-9][0-9]{4,14}$"));
    return re.match(name).hasMatch();
}

QStringList uinDirs(const QString &dir)
{
    QStringList uins;
    const QStringList names = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &n : names) {
        if (isUin(n))
            uins << n;
    }
    return uins;
}

/// result/<uin> holds at least one <uin>_…列表.xlsx.
bool isResultDir(const QString &dir, const QString &uin)
{
    const QStringList xlsx = QDir(dir).entryList({uin + QStringLiteral("_*.xlsx")}, QDir::Files);
    for (const QString &n : xlsx) {
        if (n.endsWith(QStringLiteral("列表.xlsx")))
            return true;
    }
    return false;
}

bool isFetchAllDir(const QString &dir)
{
    return QFileInfo(dir + QLatin1Char('/') + kMoments).isFile();
}

bool isResourceDir(const QString &dir)
{
    for (const QString &uin : uinDirs(dir + QLatin1Char('/') + kResult)) {
        if (isResultDir(dir + QLatin1Char('/') + kResult + QLatin1Char('/') + uin, uin))
            return true;
    }
    for (const QString &uin : uinDirs(dir + QLatin1Char('/') + kFetchAll)) {
        if (isFetchAllDir(dir + QLatin1Char('/') + kFetchAll + QLatin1Char('/') + uin))
            return true;
    }
    return false;
}

bool isRoot(const QString &dir)
{
    const QFileInfo info(dir);
    const QString name = info.fileName();
    if (QFileInfo(dir + QLatin1Char('/') + kResource).isDir() &&
        isResourceDir(dir + QLatin1Char('/') + kResource))
        return true;
    if (name == kResource && isResourceDir(dir))
        return true;
    if (isUin(name)) {
        const QString parent = QFileInfo(info.absolutePath()).fileName();
        if (parent == kResult && isResultDir(dir, name))
            return true;
        if (parent == kFetchAll && isFetchAllDir(dir))
            return true;
    }
    return false;
}

/// One account's files inside a root.
struct AccountDirs
{
    QString uin;
    QString resultDir;  ///< resource/result/<uin>, may be empty
    QString fetchDir;   ///< resource/fetch-all/<uin>, may be empty
    QString exportRoot; ///< what relative paths are relative to
};

QList<AccountDirs> accountsIn(const QString &root)
{
    QList<AccountDirs> accounts;
    const QFileInfo info(root);
    QString resource;
    if (QFileInfo(root + QLatin1Char('/') + kResource).isDir())
        resource = root + QLatin1Char('/') + kResource;
    else if (info.fileName() == kResource)
        resource = root;
    if (!resource.isEmpty()) {
        QStringList uins =
            uinDirs(resource + QLatin1Char('/') + kResult) + uinDirs(resource + QLatin1Char('/') + kFetchAll);
        uins.removeDuplicates();
        uins.sort();
        for (const QString &uin : uins) {
            AccountDirs a;
            a.uin = uin;
            a.exportRoot = QFileInfo(resource).absolutePath();
            const QString result = resource + QLatin1Char('/') + kResult + QLatin1Char('/') + uin;
            const QString fetch = resource + QLatin1Char('/') + kFetchAll + QLatin1Char('/') + uin;
            if (isResultDir(result, uin))
                a.resultDir = result;
            if (isFetchAllDir(fetch))
                a.fetchDir = fetch;
            if (!a.resultDir.isEmpty() || !a.fetchDir.isEmpty())
                accounts << a;
        }
        return accounts;
    }
    // result/<uin> or fetch-all/<uin> itself: its sibling half is part of the same export.
    AccountDirs a;
    a.uin = info.fileName();
    const QString resourceDir = QFileInfo(info.absolutePath()).absolutePath();
    a.exportRoot = QFileInfo(resourceDir).absolutePath();
    const QString result = resourceDir + QLatin1Char('/') + kResult + QLatin1Char('/') + a.uin;
    const QString fetch = resourceDir + QLatin1Char('/') + kFetchAll + QLatin1Char('/') + a.uin;
    if (isResultDir(result, a.uin))
        a.resultDir = result;
    if (isFetchAllDir(fetch))
        a.fetchDir = fetch;
    accounts << a;
    return accounts;
}

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

/// One GetQzonehistory root being read: all the state of one run.
class GetQzoneHistorySession
{
public:
    bool run(const QString &root, ImportContext &context, ImportSink &sink)
    {
        bool any = false;
        for (const AccountDirs &account : accountsIn(root)) {
            if (context.isCancelled())
                break;
            any = importAccount(account, context, sink) || any;
        }
        return any;
    }

private:
    struct Fetched
    {
        QString key;
        QString normalised;
    };

    bool importAccount(const AccountDirs &account, ImportContext &context, ImportSink &sink)
    {
        m_fetched.clear();
        m_nickname.clear();
        m_uin = account.uin;
        m_exportRoot = account.exportRoot;
        QJsonObject userInfo;
        if (!account.fetchDir.isEmpty()) {
            const QString path = account.fetchDir + QLatin1Char('/') + kUserInfo;
            if (QFileInfo(path).isFile()) {
                const QJsonObject info = readJson(path, context).object();
                if (info.value(QStringLiteral("uin")).toVariant().toString() == account.uin ||
                    !info.contains(QStringLiteral("uin")))
                    userInfo = info;
            }
        }
        m_nickname = userInfo.value(QStringLiteral("nickname")).toString();
        if (!sink.setAccount(account.uin, m_nickname))
            return false;
        if (!userInfo.isEmpty())
            sink.setAccountProfile(QStringLiteral("getqzonehistory"), userInfo);

        bool any = false;
        if (!account.fetchDir.isEmpty())
            any = importMoments(account.fetchDir + QLatin1Char('/') + kMoments, context, sink) || any;
        if (account.resultDir.isEmpty())
            return any;

        const QString prefix = account.resultDir + QLatin1Char('/') + account.uin + QLatin1Char('_');
        auto file = [&](const char *list) {
            return prefix + QString::fromUtf8(list) + QStringLiteral(".xlsx");
        };
        const QString posts = file("说说列表");
        const QString reposts = file("转发列表");
        const bool haveSplit = QFileInfo(posts).isFile() || QFileInfo(reposts).isFile();
        if (QFileInfo(posts).isFile())
            any = importPosts(posts, false, context, sink) || any;
        if (QFileInfo(reposts).isFile() && !context.isCancelled())
            any = importPosts(reposts, true, context, sink) || any;
        if (QFileInfo(file("留言列表")).isFile() && !context.isCancelled())
            any = importBoards(file("留言列表"), context, sink) || any;
        if (QFileInfo(file("好友列表")).isFile() && !context.isCancelled())
            any = importFriends(file("好友列表"), context, sink) || any;
        // 全部列表 is every feed line of the split lists together: read only when they are absent.
        if (!haveSplit && QFileInfo(file("全部列表")).isFile() && !context.isCancelled())
            any = importAll(file("全部列表"), context, sink) || any;
        if (QFileInfo(file("其他列表")).isFile())
            context.reportProblem(
                file("其他列表"), QStringLiteral("unsupported"),
                QStringLiteral("feed lines that are neither 说说, 转发 nor 留言 are not imported"));
        importPictures(account.resultDir + QStringLiteral("/pic"), context, sink);
        return any;
    }

    QJsonDocument readJson(const QString &path, ImportContext &context)
    {
        context.noteCurrentFile(path);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            context.reportProblem(path, QStringLiteral("unreadable"), f.errorString());
            return QJsonDocument();
        }
        if (f.size() == 0) {
            context.reportProblem(path, QStringLiteral("zero-byte"), QStringLiteral("the file is empty"));
            return QJsonDocument();
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        if (error.error != QJsonParseError::NoError) {
            context.reportProblem(
                path, QStringLiteral("corrupt"),
                QStringLiteral("not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
            return QJsonDocument();
        }
        return doc;
    }

    /// Remote-only media (GetQzonehistory downloads no files) stay as URLs in extra: a media
    /// row for a file that was never meant to be here would be a false "missing" problem.
    static void keepRemoteMediaAsUrls(MemoryRecord &record)
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
                other.append(
                    QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("url"), m.remoteUrl}});
        }
        record.media = kept;
        if (!images.isEmpty())
            record.extra.insert(QStringLiteral("remote_images"), images);
        if (!other.isEmpty())
            record.extra.insert(QStringLiteral("remote_media"), other);
    }

    bool importMoments(const QString &path, ImportContext &context, ImportSink &sink)
    {
        const QJsonDocument doc = readJson(path, context);
        if (doc.isNull())
            return false;
        const QJsonArray items =
            doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("msglist")).toArray();
        if (!doc.isArray() && !doc.object().contains(QStringLiteral("msglist"))) {
            context.reportProblem(path, QStringLiteral("malformed"),
                                  QStringLiteral("no msglist in the file"));
            return false;
        }
        bool any = false;
        for (const QJsonValue &v : items) {
            if (context.isCancelled())
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
            if (sink.upsertMemory(record) == UpsertResult::Failed)
                continue;
            any = true;
            if (!record.key.isEmpty() && record.created != kNoTime) {
                const QString content = item.value(QStringLiteral("content")).toString();
                m_fetched[record.created].append(Fetched{record.key, normaliseForMatch(content)});
            }
        }
        return any;
    }

    bool readTable(const QString &path, ImportContext &context, Table *table)
    {
        context.noteCurrentFile(path);
        table->path = path;
        XlsxReader reader;
        QString error;
        XlsxSheet sheet;
        if (QFileInfo(path).size() == 0) {
            context.reportProblem(path, QStringLiteral("zero-byte"), QStringLiteral("the file is empty"));
            return false;
        }
        if (!reader.open(path, &error) || !reader.readSheet(0, &sheet, &error)) {
            context.reportProblem(path, QStringLiteral("corrupt"), error);
            return false;
        }
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

    bool requireColumns(const Table &table, const QStringList &names, ImportContext &context)
    {
        for (const QString &n : names) {
            if (table.column(n) < 0) {
                context.reportProblem(table.path, QStringLiteral("malformed"),
                                      QStringLiteral("no %1 column (the header is: %2)")
                                          .arg(n, table.header.join(QStringLiteral(", "))));
                return false;
            }
        }
        return true;
    }

    static QJsonArray urlList(const QString &cell)
    {
        QJsonArray urls;
        for (const QString &part : cell.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString url = part.trimmed();
            if (!url.isEmpty() && url.compare(QLatin1String("nan"), Qt::CaseInsensitive) != 0)
                urls.append(url);
        }
        return urls;
    }

    /// The fetch-all item an xlsx row was made from: same second, same text (or the only item
    /// of that second, which covers rows whose text the tool mangled).
    QString fetchedKey(qint64 created, const QString &text) const
    {
        const QList<Fetched> candidates = m_fetched.value(created);
        const QString normalised = normaliseForMatch(text);
        for (const Fetched &f : candidates) {
            if (f.normalised == normalised)
                return f.key;
        }
        return candidates.size() == 1 ? candidates.first().key : QString();
    }

    MemoryRecord rowRecord(const Table &table, const QStringList &row, MemoryKind kind)
    {
        MemoryRecord record;
        record.kind = kind;
        record.sourceFile = table.path;
        record.sourceRecord = table.sourceRecord(row);
        bool minute = false;
        record.created =
            qzone::parseTimeText(row.value(table.column(QStringLiteral("时间"))).trimmed(), &minute);
        record.minutePrecision = record.created != kNoTime && minute;
        const QJsonArray images = urlList(row.value(table.column(QStringLiteral("图片链接"))));
        if (!images.isEmpty())
            record.extra.insert(QStringLiteral("remote_images"), images);
        return record;
    }

    bool importPosts(const QString &path, bool reposts, ImportContext &context, ImportSink &sink)
    {
        Table table;
        if (!readTable(path, context, &table) || table.header.isEmpty())
            return false;
        if (!requireColumns(table, {QStringLiteral("时间"), QStringLiteral("内容")}, context))
            return false;
        return postsFromTable(table, reposts, context, sink);
    }

    bool postsFromTable(const Table &table, bool reposts, ImportContext &context, ImportSink &sink)
    {
        const QString &path = table.path;
        const int content = table.column(QStringLiteral("内容"));
        const int comments = table.column(QStringLiteral("评论"));
        bool any = false;
        for (const QStringList &row : std::as_const(table.rows)) {
            if (context.isCancelled())
                break;
            MemoryRecord record = rowRecord(table, row, MemoryKind::Post);
            const gqh::ContentParts parts = gqh::splitContent(row.value(content));
            record.text = parts.text;
            record.author = PersonRef{m_uin, parts.name.isEmpty() ? m_nickname : parts.name};
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
                    context.reportProblem(path, QStringLiteral("malformed"),
                                          QStringLiteral("评论 of the row of %1 is not a comment list: %2")
                                              .arg(row.value(table.column(QStringLiteral("时间"))), error));
                } else if (skipped) {
                    record.extra.insert(QStringLiteral("comments_unparsed"), row.value(comments));
                }
            }
            // A row made from a fetch-all item is that item; the rest have no id (feed lines)
            // and the writer matches them by minute + text.
            if (!record.minutePrecision && record.created != kNoTime)
                record.key = fetchedKey(record.created, record.text);
            if (sink.upsertMemory(record) != UpsertResult::Failed)
                any = true;
        }
        return any;
    }

    bool importBoards(const QString &path, ImportContext &context, ImportSink &sink)
    {
        Table table;
        if (!readTable(path, context, &table) || table.header.isEmpty())
            return false;
        if (!requireColumns(table, {QStringLiteral("时间"), QStringLiteral("内容")}, context))
            return false;
        const int content = table.column(QStringLiteral("内容"));
        bool any = false;
        for (const QStringList &row : std::as_const(table.rows)) {
            if (context.isCancelled())
                break;
            any = upsertBoard(table, row, row.value(content), sink) || any;
        }
        return any;
    }

    bool upsertBoard(const Table &table, const QStringList &row, const QString &content, ImportSink &sink)
    {
        MemoryRecord record = rowRecord(table, row, MemoryKind::Board);
        const gqh::ContentParts parts = gqh::splitContent(content);
        QString name = parts.name;
        // "<昵称> 留言 ：<正文>": the writer of the message, then the word 留言.
        static const QString word = QStringLiteral("留言");
        if (name.endsWith(word))
            name = name.left(name.size() - word.size()).trimmed();
        record.author.name = name;
        record.text = parts.text;
        return sink.upsertMemory(record) != UpsertResult::Failed;
    }

    bool importFriends(const QString &path, ImportContext &context, ImportSink &sink)
    {
        Table table;
        if (!readTable(path, context, &table) || table.header.isEmpty())
            return false;
        if (!requireColumns(table, {QStringLiteral("QQ")}, context))
            return false;
        const int qq = table.column(QStringLiteral("QQ"));
        const int nick = table.column(QStringLiteral("昵称"));
        bool any = false;
        for (const QStringList &row : std::as_const(table.rows)) {
            const QString uin = gqh::uinFromValue(row.value(qq));
            // The owner's own row is not a friend.
            if (uin.isEmpty() || uin == m_uin || row.contains(QStringLiteral("本人")))
                continue;
            PersonRecord p;
            p.person = PersonRef{uin, row.value(nick).trimmed()};
            p.sourceRecord = table.sourceRecord(row);
            sink.upsertFriend(p);
            any = true;
        }
        return any;
    }

    bool importAll(const QString &path, ImportContext &context, ImportSink &sink)
    {
        Table table;
        if (!readTable(path, context, &table) || table.header.isEmpty())
            return false;
        if (!requireColumns(table, {QStringLiteral("时间"), QStringLiteral("内容")}, context))
            return false;
        // The tool's own split: a line with "<昵称> 留言 ：" is a board message, the rest posts.
        const int content = table.column(QStringLiteral("内容"));
        Table posts = table;
        posts.rows.clear();
        bool any = false;
        for (const QStringList &row : std::as_const(table.rows)) {
            const gqh::ContentParts parts = gqh::splitContent(row.value(content));
            if (parts.name.endsWith(QStringLiteral(" 留言")))
                any = upsertBoard(table, row, row.value(content), sink) || any;
            else
                posts.rows << row;
        }
        return postsFromTable(posts, false, context, sink) || any;
    }

    void importPictures(const QString &dir, ImportContext &context, ImportSink &sink)
    {
        if (!QFileInfo(dir).isDir())
            return;
        // Images named after the post text: kept so no downloaded byte is lost.
        QDirIterator it(dir, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext() && !context.isCancelled()) {
            const QString path = it.next();
            sink.addLooseFile(path, QDir(m_exportRoot).relativeFilePath(path));
        }
    }

    QString m_uin;
    QString m_nickname;
    QString m_exportRoot;
    QHash<qint64, QList<Fetched>> m_fetched;
};

class GetQzoneHistoryImporter final : public Importer
{
public:
    QString formatId() const override { return QStringLiteral("getqzonehistory"); }

    QStringList findRoots(const QString &path, const QStringList &) const override
    {
        QStringList roots;
        scan(QDir::cleanPath(QFileInfo(path).absoluteFilePath()), 0, roots);
        return roots;
    }

    bool importRoot(const ImportScope &scope, ImportContext &context, ImportSink &sink) const override
    {
        GetQzoneHistorySession session;
        return session.run(scope.root, context, sink);
    }

private:
    void scan(const QString &dir, int depth, QStringList &roots) const
    {
        if (isRoot(dir)) {
            roots << dir;
            return;
        }
        if (depth >= 3)
            return;
        const QStringList subs =
            QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
        for (const QString &sub : subs)
            scan(dir + QLatin1Char('/') + sub, depth + 1, roots);
    }
};

} // namespace

std::unique_ptr<Importer> makeGetQzoneHistoryImporter()
{
    return std::make_unique<GetQzoneHistoryImporter>();
}

} // namespace ks
