// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiveexporter.h"

#include "archivefiles.h"
#include "htmlexporter.h"

#include "library/archivedump.h"
#include "library/database.h"
#include "library/memorydump.h"
#include "util/bagit.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace ks {

namespace {

QString localDay(qint64 utc, int offset)
{
    return isoLocalTime(utc, offset).left(10);
}

bool writeSmall(const QString &path, const QByteArray &bytes, QString *error)
{
    archivefiles::JsonLines file;
    if (file.open(path) && file.writeDocument(bytes) && file.close())
        return true;
    *error = file.error();
    return false;
}

} // namespace

bool isBagFolder(const QString &dir)
{
    return QFileInfo(dir + QStringLiteral("/bagit.txt")).isFile();
}

bool isKeepsakeArchive(const QString &dir)
{
    if (!isBagFolder(dir) || !QFileInfo(dir + QStringLiteral("/data/memories.jsonl")).isFile())
        return false;
    QFile info(dir + QStringLiteral("/bag-info.txt"));
    if (info.size() > 1024 * 1024 || !info.open(QIODevice::ReadOnly))
        return false;
    return bagit::tagValue(bagit::readTagFile(info.readAll()), QStringLiteral("Bag-Software-Agent"))
        .startsWith(QLatin1String("Keepsake"));
}

ExportTarget archiveTarget(const QString &dir)
{
    const ExportTarget target = siteTarget(dir);
    if (target == ExportTarget::NonEmptyFolder && !isBagFolder(dir))
        return ExportTarget::WrongKind;
    return target;
}

ArchiveExporter::ArchiveExporter(Database &database, const ArchiveExportOptions &options)
    : m_database(database), m_options(options)
{
}

void ArchiveExporter::report(const QString &what, int done, int total)
{
    if (m_progress)
        m_progress(done, total, what);
}

ExportResult ArchiveExporter::exportSelection(const ExportSelection &given)
{
    ExportResult result;
    m_failures.clear();
    ExportSelection selection = given;
    selection.privacy = PrivacyOptions(); // an archive is the owner's own record, all of it
    QSqlDatabase db = m_database.connection();
    const QString output = QDir::cleanPath(QFileInfo(m_options.outputDir).absoluteFilePath());
    const QString library = QDir::cleanPath(QFileInfo(m_database.libraryDir()).absoluteFilePath());
    if (output == library || output.startsWith(library + QLatin1Char('/'))) {
        result.error =
            QCoreApplication::translate("ks::ArchiveExporter",
                                        "the archive cannot be written into the library's own folder %1")
                .arg(QDir::toNativeSeparators(output));
        return result;
    }
    switch (archiveTarget(output)) {
    case ExportTarget::Free:
    case ExportTarget::EmptyFolder:
        break;
    case ExportTarget::NonEmptyFolder:
        if (m_options.replace)
            break;
        result.error = QCoreApplication::translate("ks::ArchiveExporter",
                                                   "%1 holds an earlier archive; nothing was written")
                           .arg(QDir::toNativeSeparators(output));
        return result;
    default:
        result.error = QFileInfo(output).isDir()
                           ? QCoreApplication::translate(
                                 "ks::ArchiveExporter",
                                 "the folder %1 is not empty and holds no archive; nothing was written")
                                 .arg(QDir::toNativeSeparators(output))
                           : QCoreApplication::translate("ks::ArchiveExporter",
                                                         "%1 is a file; the archive needs a folder")
                                 .arg(QDir::toNativeSeparators(output));
        return result;
    }

    QString error;
    const QList<qint64> selected = selectMemories(db, selection, &error);
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    archivedump::Extent extent;
    if (!archivedump::extent(db, selected, selection.isEverything(), &extent, &error)) {
        result.error =
            QCoreApplication::translate("ks::ArchiveExporter", "the library cannot be read: %1").arg(error);
        return result;
    }
    const QString partial = archivefiles::makePartialFolder(output, &error);
    if (partial.isEmpty()) {
        result.error = error;
        return result;
    }
    // Whatever happens from here, OUT is written whole or not at all.
    bool placed = false;
    struct Cleanup
    {
        const QString &dir;
        const bool &placed;
        ~Cleanup()
        {
            if (!placed)
                QDir(dir).removeRecursively();
        }
    } cleanup{partial, placed};
    const QString data = partial + QStringLiteral("/data");
    auto fail = [&](const QString &why) {
        result.ok = false;
        result.error = why;
        return result;
    };
    auto stop = [&] {
        result.ok = false;
        result.cancelled = true;
        return result;
    };
    if (!QDir().mkpath(data))
        return fail(QCoreApplication::translate("ks::ArchiveExporter", "cannot create the folder %1")
                        .arg(QDir::toNativeSeparators(data)));

    // 1. The site, for reading with no software.
    HtmlExportOptions site;
    site.outputDir = data + QStringLiteral("/site");
    site.theme = m_options.theme;
    HtmlExporter html(m_database, site);
    html.setCancelFlag(m_cancel);
    html.setProgressCallback([this](int done, int total, const QString &) {
        report(QCoreApplication::translate("ks::ArchiveExporter", "site"), done, total);
    });
    const ExportResult siteResult = html.exportSelection(selection);
    if (siteResult.cancelled || cancelled())
        return stop();
    if (!siteResult.ok)
        return fail(
            QCoreApplication::translate("ks::ArchiveExporter", "the web site could not be written: %1")
                .arg(siteResult.error));
    result.memories = siteResult.memories;
    result.pages = siteResult.pages;
    result.photos = extent.photos;

    // 2. The records: memories, their sources, people, tags, accounts.
    const QList<qint64> ids = archivedump::groupedByAccount(db, selected);
    archivefiles::JsonLines memories;
    archivefiles::JsonLines sources;
    if (!memories.open(data + QStringLiteral("/memories.jsonl")))
        return fail(memories.error());
    if (!sources.open(data + QStringLiteral("/sources.jsonl")))
        return fail(sources.error());
    QSet<QString> accountsUsed;
    QSet<QString> keys;
    for (int i = 0; i < ids.size(); ++i) {
        if (cancelled())
            return stop();
        const QJsonObject memory = archivedump::memory(db, ids.at(i));
        if (memory.isEmpty())
            return fail(QCoreApplication::translate("ks::ArchiveExporter",
                                                    "memory %1 cannot be read from the library")
                            .arg(ids.at(i)));
        accountsUsed.insert(memory.value(QStringLiteral("account")).toString());
        keys.insert(memory.value(QStringLiteral("key")).toString());
        if (!memories.write(memory))
            return fail(memories.error());
        for (const QJsonValue &source : archivedump::sources(db, ids.at(i))) {
            if (!sources.write(source.toObject()))
                return fail(sources.error());
        }
        if (i % 100 == 0)
            report(QCoreApplication::translate("ks::ArchiveExporter", "memories"), i, int(ids.size()));
    }
    if (!memories.close())
        return fail(memories.error());
    if (!sources.close())
        return fail(sources.error());
    m_comments = extent.comments;

    QJsonArray accounts;
    QStringList accountNames;
    for (const QJsonValue &value : archivedump::accounts(db)) {
        const QJsonObject account = value.toObject();
        const QString uin = account.value(QStringLiteral("uin")).toString();
        if (!selection.isEverything() && !accountsUsed.contains(uin))
            continue;
        accounts.append(account);
        const QString nickname = account.value(QStringLiteral("nickname")).toString();
        accountNames << (nickname.isEmpty() ? uin : QStringLiteral("%1 (%2)").arg(nickname, uin));
    }
    const auto lines = [&](const QString &name, const QJsonArray &items) {
        archivefiles::JsonLines file;
        if (!file.open(data + QLatin1Char('/') + name))
            return file.error();
        for (const QJsonValue &item : items) {
            if (!file.write(item.toObject()))
                return file.error();
        }
        return file.close() ? QString() : file.error();
    };
    for (const auto &[name, items] :
         {std::pair{QStringLiteral("people.jsonl"), archivedump::people(db, extent.people)},
          std::pair{QStringLiteral("tags.jsonl"), archivedump::tags(db, extent.tags)},
          std::pair{QStringLiteral("problems.jsonl"),
                    archivedump::problems(db, keys, selection.isEverything())}}) {
        if (const QString why = lines(name, items); !why.isEmpty())
            return fail(why);
    }
    if (!writeSmall(data + QStringLiteral("/accounts.json"), QJsonDocument(accounts).toJson(), &error))
        return fail(error);

    // 3. The original files, each checked against its SHA-256 on the way.
    QList<archivedump::File> files;
    if (!archivedump::files(db, extent.media, ids, &files, &error))
        return fail(
            QCoreApplication::translate("ks::ArchiveExporter", "the library cannot be read: %1").arg(error));
    QHash<QString, QString> known; // bag path → sha256 of what was written
    archivefiles::JsonLines fileList;
    if (!fileList.open(data + QStringLiteral("/files.jsonl")))
        return fail(fileList.error());
    for (int i = 0; i < files.size(); ++i) {
        if (cancelled())
            return stop();
        const archivedump::File &f = files.at(i);
        const QString from = library + QLatin1Char('/') + f.vaultPath;
        const QString bag = archivedump::bagPath(f.vaultPath);
        const QString to = partial + QLatin1Char('/') + bag;
        QString sha;
        qint64 size = 0;
        if (!f.vaultPath.startsWith(QLatin1String("vault/")) || f.vaultPath.contains(QLatin1String(".."))) {
            m_failures << QCoreApplication::translate("ks::ArchiveExporter", "%1: not a vault path; left out")
                              .arg(f.vaultPath);
        } else if (bool sourceFault = true;
                   !bagit::copyAndHash(from, to, &sha, &size, &error, &sourceFault)) {
            // The archive's own disk failing (full, gone) ends it; one unreadable vault file does not.
            if (!sourceFault)
                return fail(QCoreApplication::translate("ks::ArchiveExporter", "cannot write %1: %2")
                                .arg(QDir::toNativeSeparators(to), error));
            m_failures << QCoreApplication::translate("ks::ArchiveExporter",
                                                      "%1: cannot be copied (%2); left out")
                              .arg(f.vaultPath, error);
        } else if (sha != f.sha256) {
            QFile::remove(to);
            m_failures
                << QCoreApplication::translate(
                       "ks::ArchiveExporter",
                       "%1: damaged in the library (its content no longer matches its SHA-256; see keepsake "
                       "verify); left out")
                       .arg(f.vaultPath);
        } else {
            known.insert(bag, sha);
            if (!fileList.write(archivedump::fileJson(f)))
                return fail(fileList.error());
        }
        if (i % 20 == 0)
            report(QCoreApplication::translate("ks::ArchiveExporter", "files"), i, int(files.size()));
    }
    if (!fileList.close())
        return fail(fileList.error());
    result.problems = int(m_failures.size());
    result.warnings = m_failures;

    // 4. The start page.
    const QString owner = accountNames.join(QStringLiteral(", "));
    const QString range =
        extent.firstCreated ? QStringLiteral("%1 – %2").arg(localDay(extent.firstCreated, extent.firstOffset),
                                                            localDay(extent.lastCreated, extent.lastOffset))
                            : QString();
    const QString title =
        owner.isEmpty()
            ? QCoreApplication::translate("ks::ArchiveExporter", "QQ Space memories")
            : QCoreApplication::translate("ks::ArchiveExporter", "QQ Space memories of %1").arg(owner);
    const int memoryCount = result.memories;
    const int photoCount = result.photos;
    const int commentCount = m_comments;
    const QString counts =
        QCoreApplication::translate("ks::ArchiveExporter", "%n memories", nullptr, memoryCount) +
        QStringLiteral(" · ") +
        QCoreApplication::translate("ks::ArchiveExporter", "%n photos", nullptr, photoCount) +
        QStringLiteral(" · ") +
        QCoreApplication::translate("ks::ArchiveExporter", "%n comments", nullptr, commentCount) +
        (range.isEmpty() ? QString() : QStringLiteral(" · ") + range);
    const QString description =
        QCoreApplication::translate("ks::ArchiveExporter",
                                    "An archive Keepsake wrote on %1: it needs no program to be read, and "
                                    "Keepsake imports it back as it was.")
            .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    if (!writeSmall(data + QStringLiteral("/index.html"),
                    archivefiles::startPage(title, description, counts).toUtf8(), &error))
        return fail(error);

    // 5. The bag: every payload file's checksum, then the tag files.
    QList<bagit::ManifestEntry> manifest;
    QList<QString> payload;
    QDirIterator walk(data, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (walk.hasNext())
        payload << QDir(partial).relativeFilePath(walk.next());
    m_payloadFiles = 0;
    m_payloadBytes = 0;
    for (int i = 0; i < payload.size(); ++i) {
        if (cancelled())
            return stop();
        const QString &path = payload.at(i);
        QString sha = known.value(path);
        qint64 size = 0;
        if (sha.isEmpty()) {
            if (!bagit::hashFile(partial + QLatin1Char('/') + path, &sha, &size, &error))
                return fail(QCoreApplication::translate("ks::ArchiveExporter", "%1 cannot be read back: %2")
                                .arg(path, error));
        } else {
            size = QFileInfo(partial + QLatin1Char('/') + path).size();
        }
        manifest.append({sha, path});
        ++m_payloadFiles;
        m_payloadBytes += size;
        if (i % 50 == 0)
            report(QCoreApplication::translate("ks::ArchiveExporter", "checksums"), i, int(payload.size()));
    }
    const QString version = QStringLiteral(KEEPSAKE_VERSION);
    bagit::TagFields info{
        {QStringLiteral("Source-Organization"), QStringLiteral("Keepsake")},
        {QStringLiteral("Bagging-Date"), QDate::currentDate().toString(Qt::ISODate)},
        {QStringLiteral("Payload-Oxum"), bagit::payloadOxum(m_payloadBytes, m_payloadFiles)},
        {QStringLiteral("Bag-Software-Agent"), QStringLiteral("Keepsake ") + version},
        {QStringLiteral("External-Description"),
         QCoreApplication::translate(
             "ks::ArchiveExporter",
             "%1, kept by Keepsake: an offline web site (data/index.html), every memory with its comments "
             "(data/memories.jsonl), the untouched source records (data/sources.jsonl) and the original "
             "files "
             "(data/vault/).")
             .arg(title)},
    };
    for (const QJsonValue &value : std::as_const(accounts)) {
        const QJsonObject account = value.toObject();
        const QString nickname = account.value(QStringLiteral("nickname")).toString();
        const QString uin = account.value(QStringLiteral("uin")).toString();
        // A QQ number, or the name of an account that is none (the photo folders' "local").
        const bool qq =
            !uin.isEmpty() && std::all_of(uin.cbegin(), uin.cend(), [](QChar c) { return c.isDigit(); });
        const QString who = qq ? QStringLiteral("QQ ") + uin : uin;
        info.append({QStringLiteral("Keepsake-Account"),
                     nickname.isEmpty() ? who : QStringLiteral("%1 (%2)").arg(nickname, who)});
    }
    if (extent.firstCreated)
        info.append({QStringLiteral("Keepsake-Date-Range"),
                     localDay(extent.firstCreated, extent.firstOffset) + QLatin1Char('/') +
                         localDay(extent.lastCreated, extent.lastOffset)});
    info.append({QStringLiteral("Keepsake-Selection"),
                 selection.isEverything() ? QStringLiteral("everything") : selection.describe()});
    info.append({QStringLiteral("Keepsake-Memories"), QString::number(result.memories)});
    info.append({QStringLiteral("Keepsake-Photos"), QString::number(result.photos)});
    info.append({QStringLiteral("Keepsake-Comments"), QString::number(m_comments)});
    info.append({QStringLiteral("Keepsake-Files-Left-Out"), QString::number(m_failures.size())});
    info.append({QStringLiteral("Keepsake-Version"), version});
    info.append({QStringLiteral("Keepsake-Format"), QString::number(kArchiveFormat)});

    const QByteArray manifestText = bagit::manifestText(manifest);
    const QList<QPair<QString, QByteArray>> tagFiles{
        {QStringLiteral("bagit.txt"), bagit::declaration()},
        {QStringLiteral("bag-info.txt"), bagit::tagFileText(info)},
        {QStringLiteral("manifest-sha256.txt"), manifestText},
    };
    QList<bagit::ManifestEntry> tagManifest;
    for (const auto &[name, bytes] : tagFiles) {
        if (!writeSmall(partial + QLatin1Char('/') + name, bytes, &error))
            return fail(error);
        QString sha;
        if (!bagit::hashFile(partial + QLatin1Char('/') + name, &sha, nullptr, &error))
            return fail(QCoreApplication::translate("ks::ArchiveExporter", "%1 cannot be read back: %2")
                            .arg(name, error));
        tagManifest.append({sha, name});
    }
    if (!writeSmall(partial + QStringLiteral("/tagmanifest-sha256.txt"), bagit::manifestText(tagManifest),
                    &error))
        return fail(error);
    if (cancelled())
        return stop();

    // 6. In place: durable first, then one rename.
    archivefiles::syncFolder(partial);
    if (!archivefiles::placeArchive(partial, output, m_options.replace, &error))
        return fail(error);
    placed = true;
    result.ok = true;
    result.photoBytes = m_payloadBytes;
    return result;
}

} // namespace ks
