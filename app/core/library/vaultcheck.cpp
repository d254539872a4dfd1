// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultcheck.h"

#include "database.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

namespace ks {

int VaultCheck::seriousIssues() const
{
    int count = 0;
    for (const VaultIssue &issue : issues)
        count += issue.kind != QLatin1String("unreferenced");
    return count;
}

VaultCheck verifyVault(Database &database, bool quick, const std::atomic_bool *cancel,
                       const std::function<void(int, int)> &progress)
{
    VaultCheck result;
    struct Row
    {
        QString sha;
        QString path;
        qint64 size = 0;
    };
    QList<Row> rows;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral(
            "SELECT sha256, vault_path, size FROM media WHERE sha256 IS NOT NULL ORDER BY id"))) {
        while (q.next())
            rows.append(Row{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    }
    QSet<QString> known;
    const QString root = database.libraryDir() + QLatin1Char('/');
    for (int i = 0; i < rows.size(); ++i) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            return result;
        }
        const Row &row = rows.at(i);
        known.insert(row.path);
        ++result.checked;
        if (progress)
            progress(i + 1, int(rows.size()));
        QFile file(root + row.path);
        if (!file.exists()) {
            result.issues.append({QStringLiteral("missing-file"), row.path,
                                  QStringLiteral("the vault file is gone (sha256 %1)").arg(row.sha)});
            continue;
        }
        if (file.size() != row.size) {
            result.issues.append(
                {QStringLiteral("size-mismatch"), row.path,
                 QStringLiteral("%1 bytes on disk, %2 recorded").arg(file.size()).arg(row.size)});
            continue;
        }
        if (quick) {
            result.bytes += row.size;
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
            result.issues.append(
                {QStringLiteral("missing-file"), row.path, QStringLiteral("cannot read the file")});
            continue;
        }
        result.bytes += file.size();
        const QString actual = QString::fromLatin1(hash.result().toHex());
        if (actual != row.sha)
            result.issues.append({QStringLiteral("hash-mismatch"), row.path,
                                  QStringLiteral("content hashes to %1, not %2").arg(actual, row.sha)});
    }
    // Files nobody refers to: left by an import killed before it committed. Harmless, listed.
    QDirIterator it(database.vaultDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(root.size());
        if (relative.startsWith(QLatin1String("vault/.incoming/")) || known.contains(relative))
            continue;
        result.issues.append(
            {QStringLiteral("unreferenced"), relative,
             QStringLiteral("no memory refers to this file (left by an interrupted import)")});
    }
    return result;
}

} // namespace ks
