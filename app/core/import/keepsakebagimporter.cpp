// SPDX-License-Identifier: GPL-3.0-or-later
// Keepsake's own archive (keepsake export archive, export/archiveexporter): a BagIt bag whose
// data/memories.jsonl, sources.jsonl, people.jsonl, tags.jsonl, accounts.json, files.jsonl and
// problems.jsonl (library/archivedump) give back the memories, comments, tags and files as the
// library had them.
// It claims before every other importer, so the HTML site inside (data/site) is not read again.
// Every file is checked: the data files against the bag's manifest, the originals against the
// SHA-256 the archive recorded (the vault refuses other bytes).
#include "archivememory.h"
#include "importcontext.h"
#include "importer.h"
#include "importsink.h"
#include "sessionimporter.h"

#include "util/bagit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ks {

namespace {

constexpr int kKnownFormat = 1;
constexpr qint64 kMaxLine = 512ll * 1024 * 1024;

bagit::TagFields bagInfo(const QString &root)
{
    QFile file(root + QStringLiteral("/bag-info.txt"));
    if (file.size() > 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        return {};
    return bagit::readTagFile(file.readAll());
}

bool isRoot(const QString &dir)
{
    if (!QFileInfo(dir + QStringLiteral("/bagit.txt")).isFile() ||
        !QFileInfo(dir + QStringLiteral("/data/memories.jsonl")).isFile())
        return false;
    return bagit::tagValue(bagInfo(dir), QStringLiteral("Bag-Software-Agent"))
        .startsWith(QLatin1String("Keepsake"));
}

/// One JSON object a line, read line by line (a line never read twice, the file never whole).
class LineReader
{
public:
    LineReader(const QString &path, ImportContext &context) : m_file(path), m_context(context)
    {
        m_open = m_file.open(QIODevice::ReadOnly);
        if (!m_open && QFileInfo::exists(path))
            m_context.reportProblem(path, QStringLiteral("unreadable"),
                                    QStringLiteral("cannot read the file: %1").arg(m_file.errorString()));
    }
    bool isOpen() const { return m_open; }
    /// The next object; false at the end. A line that is no JSON object is reported and skipped.
    bool next(QJsonObject *object)
    {
        while (m_open && !m_file.atEnd()) {
            const QByteArray line = m_file.readLine(kMaxLine);
            ++m_line;
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (doc.isObject()) {
                *object = doc.object();
                return true;
            }
            m_context.reportProblem(m_file.fileName(), QStringLiteral("malformed"),
                                    QStringLiteral("line %1 is not a JSON object (%2); it was skipped")
                                        .arg(m_line)
                                        .arg(error.errorString()));
        }
        return false;
    }

private:
    QFile m_file;
    ImportContext &m_context;
    bool m_open = false;
    int m_line = 0;
};

class Session
{
public:
    Session(QString root, ImportContext &context, ImportSink &sink)
        : m_root(std::move(root)), m_context(context), m_sink(sink)
    {
    }
    bool run();

private:
    QString file(const QString &name) const { return m_root + QStringLiteral("/data/") + name; }
    void readManifest();
    /// Checks a data file against the manifest (reported when it changed or is not listed).
    void checkDataFile(const QString &name);
    bool useAccount(const QString &uin);
    void importAccounts();
    void importPeople();
    void importTags();
    void importMemories();
    void importFiles();
    void importProblems();

    QString m_root;
    ImportContext &m_context;
    ImportSink &m_sink;
    QHash<QString, QString> m_manifest; ///< bag path → sha256
    QString m_account;
    QString m_firstAccount;
    int m_records = 0;
};

void Session::readManifest()
{
    QFile manifest(m_root + QStringLiteral("/manifest-sha256.txt"));
    if (!manifest.open(QIODevice::ReadOnly)) {
        m_context.reportProblem(
            manifest.fileName(), QStringLiteral("missing"),
            QStringLiteral("the archive has no manifest-sha256.txt: its files cannot be checked"));
        return;
    }
    for (const bagit::ManifestEntry &e : bagit::readManifest(manifest.readAll()))
        m_manifest.insert(e.path, e.checksum);
}

void Session::checkDataFile(const QString &name)
{
    const QString path = file(name);
    if (!QFileInfo(path).isFile())
        return;
    const QString listed = m_manifest.value(QStringLiteral("data/") + name);
    QString sha;
    if (!bagit::hashFile(path, &sha, nullptr))
        return; // reported when it is read
    if (listed.isEmpty())
        m_context.reportProblem(
            path, QStringLiteral("corrupt"),
            QStringLiteral("the archive's manifest does not list this file; it is read as it is"));
    else if (listed != sha)
        m_context.reportProblem(
            path, QStringLiteral("corrupt"),
            QStringLiteral("the file has changed since it was archived (its checksum no longer "
                           "matches the archive's manifest); it is read as it is"));
}

bool Session::useAccount(const QString &uin)
{
    if (uin.isEmpty())
        return !m_account.isEmpty();
    if (uin == m_account)
        return true;
    if (!m_sink.setAccount(uin))
        return false;
    m_account = uin;
    if (m_firstAccount.isEmpty())
        m_firstAccount = uin;
    return true;
}

void Session::importAccounts()
{
    const std::optional<QByteArray> bytes =
        m_context.readBoundedFile(file(QStringLiteral("accounts.json")), 64 << 20);
    if (!bytes)
        return;
    for (const QJsonValue &value : QJsonDocument::fromJson(*bytes).array()) {
        const QJsonObject account = value.toObject();
        const QString uin = account.value(QLatin1String("uin")).toString();
        if (uin.isEmpty() || !m_sink.setAccount(uin, account.value(QLatin1String("nickname")).toString()))
            continue;
        m_account = uin;
        if (m_firstAccount.isEmpty())
            m_firstAccount = uin;
        const QJsonObject profile = account.value(QLatin1String("profile")).toObject();
        for (auto it = profile.begin(); it != profile.end(); ++it)
            m_sink.setAccountProfile(it.key(), it.value());
    }
}

void Session::importPeople()
{
    LineReader people(file(QStringLiteral("people.jsonl")), m_context);
    QJsonObject o;
    while (!m_context.isCancelled() && people.next(&o))
        m_sink.upsertFriend(archivememory::person(o));
}

void Session::importTags()
{
    LineReader tags(file(QStringLiteral("tags.jsonl")), m_context);
    QJsonObject o;
    while (!m_context.isCancelled() && tags.next(&o))
        m_sink.keepTag(o.value(QLatin1String("path")).toString(), o.value(QLatin1String("color")).toString());
}

void Session::importMemories()
{
    const QString memoriesFile = file(QStringLiteral("memories.jsonl"));
    LineReader memories(memoriesFile, m_context);
    if (!memories.isOpen())
        return;
    // sources.jsonl holds each memory's records right after the one before's, in the same order.
    LineReader sources(file(QStringLiteral("sources.jsonl")), m_context);
    QJsonObject pending;
    bool hasPending = sources.next(&pending);
    int unmatched = 0;
    QJsonObject o;
    while (!m_context.isCancelled() && memories.next(&o)) {
        MemoryRecord record;
        QStringList unsafe;
        if (!archivememory::memory(o, m_root, memoriesFile, &record, &unsafe)) {
            m_context.reportProblem(
                memoriesFile, QStringLiteral("malformed"),
                QStringLiteral("a memory of the archive has no key or an unknown kind (%1); it "
                               "was skipped")
                    .arg(o.value(QLatin1String("key")).toString()));
            continue;
        }
        const QString account = o.value(QLatin1String("account")).toString();
        while (hasPending && pending.value(QLatin1String("memory")).toString() == record.key &&
               pending.value(QLatin1String("account")).toString() == account) {
            record.archived.sources.append({pending.value(QLatin1String("file")).toString(),
                                            pending.value(QLatin1String("record")).toString().toUtf8()});
            hasPending = sources.next(&pending);
        }
        for (const QString &path : std::as_const(unsafe))
            m_context.reportProblem(
                path, QStringLiteral("unsafe-path"),
                QStringLiteral("the archive names a file outside its vault folder; it was not "
                               "imported"),
                record.key);
        if (!useAccount(account)) {
            m_context.reportProblem(
                memoriesFile, QStringLiteral("malformed"),
                QStringLiteral("a memory of the archive names no account (%1); it was skipped")
                    .arg(record.key));
            continue;
        }
        m_sink.prefetch(ImportSink::mediaFilesOf({record}));
        if (m_sink.upsertMemory(record) != UpsertResult::Failed)
            ++m_records;
    }
    while (hasPending && !m_context.isCancelled()) {
        ++unmatched;
        hasPending = sources.next(&pending);
    }
    if (unmatched > 0)
        m_context.reportProblem(
            file(QStringLiteral("sources.jsonl")), QStringLiteral("malformed"),
            QStringLiteral("%1 source records match no memory of the archive (or are out of "
                           "order); those memories keep only their first record")
                .arg(unmatched));
}

void Session::importFiles()
{
    // Files no memory of the archive links: avatars, emoticons, an export's loose files.
    LineReader files(file(QStringLiteral("files.jsonl")), m_context);
    QJsonObject o;
    while (!m_context.isCancelled() && files.next(&o)) {
        const QString path = archivememory::bagFile(m_root, o.value(QLatin1String("path")).toString());
        const QString sha = o.value(QLatin1String("sha256")).toString();
        const QJsonArray loose = o.value(QLatin1String("loose")).toArray();
        if (path.isEmpty()) {
            m_context.reportProblem(
                o.value(QLatin1String("path")).toString(), QStringLiteral("unsafe-path"),
                QStringLiteral("the archive names a file outside its vault folder; it was not "
                               "imported"));
            continue;
        }
        // The file is read once (by its memory, or by its first name here); its other names
        // are given to it as they were.
        const bool linked = o.value(QLatin1String("linked")).toBool();
        bool stored = linked;
        for (const QJsonValue &value : loose) {
            const QJsonObject name = value.toObject();
            const QString relPath = name.value(QLatin1String("rel_path")).toString();
            if (!useAccount(name.value(QLatin1String("account")).toString()))
                continue;
            if (stored && m_sink.nameKeptFile(relPath, sha)) {
                ++m_records;
                continue;
            }
            if (m_sink.addCheckedLooseFile(path, relPath, sha)) {
                stored = true;
                ++m_records;
            }
        }
        if (loose.isEmpty() && !linked && useAccount(m_firstAccount) &&
            m_sink.addCheckedLooseFile(path, QString(), sha))
            ++m_records; // a file kept without any name (a source file kept as it was)
    }
}

void Session::importProblems()
{
    // What the library knew was wrong with the exports it came from and no file of the archive
    // tells again (a file never in the export, what a tool could not download): kept as it was.
    LineReader problems(file(QStringLiteral("problems.jsonl")), m_context);
    QJsonObject o;
    while (!m_context.isCancelled() && problems.next(&o)) {
        const QString kind = o.value(QLatin1String("kind")).toString();
        if (!kind.isEmpty())
            m_context.reportProblem(o.value(QLatin1String("file")).toString(), kind,
                                    o.value(QLatin1String("message")).toString(),
                                    o.value(QLatin1String("memory")).toString());
    }
}

bool Session::run()
{
    const bagit::TagFields info = bagInfo(m_root);
    const int format = bagit::tagValue(info, QStringLiteral("Keepsake-Format")).toInt();
    if (format > kKnownFormat)
        m_context.reportProblem(
            m_root + QStringLiteral("/bag-info.txt"), QStringLiteral("note"),
            QStringLiteral("the archive was written by a newer Keepsake (format %1); what this "
                           "version knows is read")
                .arg(format));
    readManifest();
    for (const QString &name :
         {QStringLiteral("accounts.json"), QStringLiteral("people.jsonl"), QStringLiteral("tags.jsonl"),
          QStringLiteral("memories.jsonl"), QStringLiteral("sources.jsonl"), QStringLiteral("files.jsonl"),
          QStringLiteral("problems.jsonl")})
        checkDataFile(name);
    importAccounts();
    importPeople();
    importTags();
    importMemories();
    if (!m_context.isCancelled())
        importFiles();
    if (!m_context.isCancelled())
        importProblems();
    return m_records > 0;
}

} // namespace

std::unique_ptr<Importer> makeKeepsakeBagImporter()
{
    return std::make_unique<SessionImporter<Session, isRoot>>(QStringLiteral("keepsake-archive"));
}

} // namespace ks
