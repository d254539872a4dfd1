// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarybackup.h"

#include "library/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <cstdio>
#include <unistd.h>

namespace ks {

namespace {

QString hashOf(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

/// The SHA-256 a vault file's name promises, or empty for a name that promises none.
QString nameHash(const QString &fileName)
{
    static const QRegularExpression vaultName(QStringLiteral("^([0-9a-f]{64})(\\.[A-Za-z0-9]+)?$"));
    const auto match = vaultName.match(fileName);
    return match.hasMatch() ? match.captured(1) : QString();
}

/// Copies @p from to @p to through a temporary file beside it, hashing what it reads; the copy is
/// flushed to disk before it takes its name. Returns the SHA-256 of the bytes read, or empty.
QString copyHashing(const QString &from, const QString &to, const QString &expected, QString *error)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read it: %1").arg(in.errorString());
        return QString();
    }
    QDir().mkpath(QFileInfo(to).absolutePath());
    const QString temp = to + QStringLiteral(".partial");
    QFile out(temp);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1: %2").arg(temp, out.errorString());
        return QString();
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (true) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0 || (n > 0 && out.write(buffer.constData(), n) != n)) {
            *error = n < 0 ? QStringLiteral("cannot read it: %1").arg(in.errorString())
                           : QStringLiteral("cannot write %1: %2").arg(temp, out.errorString());
            out.close();
            QFile::remove(temp);
            return QString();
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    const QString actual = QString::fromLatin1(hash.result().toHex());
    if (!expected.isEmpty() && actual != expected) {
        *error = QStringLiteral("its content hashes to %1, not to its name: the file is damaged in the "
                                "library and was not copied")
                     .arg(actual);
        out.close();
        QFile::remove(temp);
        return QString();
    }
    const bool synced = out.flush() && ::fsync(out.handle()) == 0;
    out.close();
    if (!synced || std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(to).constData()) != 0) {
        *error = QStringLiteral("cannot write %1").arg(to);
        QFile::remove(temp);
        return QString();
    }
    return actual;
}

bool writeMarker(const QString &dest, const QJsonObject &marker)
{
    QSaveFile file(dest + QLatin1Char('/') + backupMarkerName());
    return file.open(QIODevice::WriteOnly) &&
           file.write(QJsonDocument(marker).toJson(QJsonDocument::Indented)) > 0 && file.commit();
}

QString checkDatabase(const QString &path)
{
    const QString name = QStringLiteral("keepsake-backup-check-") + QUuid::createUuid().toString();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
            problem = db.lastError().text() + q.lastError().text();
        else if (q.value(0).toString() != QLatin1String("ok"))
            problem = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace

QString backupMarkerName()
{
    return QStringLiteral("keepsake-backup.json");
}

BackupResult backupLibrary(Database &source, const QString &destination,
                           const std::function<void(int, int, const QString &)> &progress)
{
    BackupResult result;
    const QString lib = source.libraryDir();
    const QString dest = QDir::cleanPath(QDir(destination).absolutePath());
    auto refuse = [&](const QString &why) {
        result.refused = true;
        result.error = QStringLiteral("%1 (nothing was written there)").arg(why);
        return result;
    };
    if (dest == lib || dest.startsWith(lib + QLatin1Char('/')) || lib.startsWith(dest + QLatin1Char('/')))
        return refuse(
            QStringLiteral("%1 is the library, inside it or around it: back up to another folder").arg(dest));
    const QFileInfo info(dest);
    if (info.exists() && !info.isDir())
        return refuse(QStringLiteral("%1 is not a folder").arg(dest));
    const QString marker = dest + QLatin1Char('/') + backupMarkerName();
    if (info.isDir() && !QFileInfo::exists(marker) &&
        !QDir(dest)
             .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)
             .isEmpty())
        return refuse(QStringLiteral("%1 is not empty and is not a Keepsake backup (it has no %2)")
                          .arg(dest, backupMarkerName()));
    if (!QDir().mkpath(dest + QStringLiteral("/vault"))) {
        result.error = QStringLiteral("cannot create the folder %1").arg(dest);
        return result;
    }
    const QString started = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QJsonObject markerObject{{QStringLiteral("keepsake_backup"), 1},
                             {QStringLiteral("source"), lib},
                             {QStringLiteral("started"), started},
                             {QStringLiteral("complete"), false}};
    if (!writeMarker(dest, markerObject)) {
        result.error = QStringLiteral("cannot write %1").arg(marker);
        return result;
    }

    // 1. The database first: a snapshot at one instant. Vault files are in place before the commit
    // that names them, so every file this snapshot refers to is in the vault copied next.
    const QString partial = dest + QStringLiteral("/keepsake.db.partial");
    QFile::remove(partial); // left by an interrupted backup: ours
    {
        QSqlQuery q(source.connection());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(partial);
        if (!q.exec()) {
            result.error = QStringLiteral("cannot copy the database %1 to %2: %3")
                               .arg(source.databasePath(), partial, q.lastError().text());
            return result;
        }
    }

    // 2. The vault, file by file, each copy checked against the SHA-256 its name promises.
    const QString vault = lib + QStringLiteral("/vault");
    QStringList files;
    QDirIterator it(vault, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.startsWith(vault + QStringLiteral("/.incoming/")) &&
            !path.endsWith(QLatin1String(".partial")))
            files << path;
    }
    files.sort();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        const QString relative = path.mid(lib.size() + 1);
        const QString target = dest + QLatin1Char('/') + relative;
        if (progress)
            progress(i + 1, int(files.size()), relative);
        QString expected = nameHash(QFileInfo(path).fileName());
        if (expected.isEmpty())
            expected = hashOf(path); // not named by its hash: the copy must match the original
        const QFileInfo present(target);
        if (present.exists() && present.size() == QFileInfo(path).size() && !expected.isEmpty() &&
            hashOf(target) == expected) {
            ++result.alreadyPresent;
            continue;
        }
        QString error;
        const QString copiedHash = copyHashing(path, target, expected, &error);
        if (copiedHash.isEmpty()) {
            result.failures.append({relative, error});
            continue;
        }
        if (hashOf(target) != copiedHash) {
            result.failures.append(
                {relative, QStringLiteral("the copy %1 does not read back as written").arg(target)});
            continue;
        }
        ++result.copied;
        result.bytesCopied += QFileInfo(target).size();
    }

    // 3. The new database replaces the destination's in one rename, after its files are there.
    if (const QString problem = checkDatabase(partial); !problem.isEmpty()) {
        result.error = QStringLiteral("the database copy %1 fails its check: %2").arg(partial, problem);
        return result;
    }
    const QString db = dest + QStringLiteral("/keepsake.db");
    // The old copy's -wal/-shm belong to the file being replaced: beside the new one they would corrupt it.
    QFile::remove(db + QStringLiteral("-wal"));
    QFile::remove(db + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(db).constData()) != 0) {
        result.error = QStringLiteral("cannot move %1 to %2").arg(partial, db);
        return result;
    }
    result.databaseBytes = QFileInfo(db).size();
    markerObject.insert(QStringLiteral("finished"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    markerObject.insert(QStringLiteral("complete"), result.failures.isEmpty());
    markerObject.insert(QStringLiteral("vault_files"), int(files.size()) - int(result.failures.size()));
    if (!writeMarker(dest, markerObject))
        result.error = QStringLiteral("cannot write %1").arg(marker);
    return result;
}

} // namespace ks
