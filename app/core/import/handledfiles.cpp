// SPDX-License-Identifier: GPL-3.0-or-later
#include "handledfiles.h"

#include "library/database.h"
#include "writesession.h"

#include <QJsonDocument>

namespace ks {

namespace {

void bindStamp(StatementCache::Query &q, const FileStamp &stamp)
{
    q.addBindValue(stamp.size);
    q.addBindValue(stamp.mtimeNs);
    q.addBindValue(stamp.ctimeNs);
    q.addBindValue(qint64(stamp.inode));
}

} // namespace

qint64 HandledFiles::trustedMedia(const QString &absPath)
{
    if (!m_session.accountId || absPath.isEmpty())
        return 0;
    // Asked twice for each file (before it is queued for hashing, and when it is stored): a file
    // found untrusted stays so for this import, whose own rows are not trusted until it is done,
    // and the second ask needs no stat.
    const QString key = QString::number(m_session.accountId) + QLatin1Char('\n') + absPath;
    if (m_untrusted.contains(key))
        return 0;
    const FileStamp now = FileStamp::of(absPath);
    if (!now.valid() || now.size == 0)
        return 0;
    StatementCache::Query q(m_session.stmt);
    q = m_session.stmt(QStringLiteral(
        "SELECT m.id, m.vault_path, m.size, h.vault_size, h.vault_mtime_ns, m.sha256 FROM handled_files h "
        "JOIN imports i ON i.id = h.import_id JOIN media m ON m.sha256 = h.sha256 "
        "WHERE h.path = ? AND h.account_id = ? AND h.kind = 'media' AND h.version = ? AND h.size = ? "
        "AND h.mtime_ns = ? AND h.ctime_ns = ? AND h.inode = ? AND i.status = 'done' AND m.status = 'ok' "
        "AND m.size = h.size"));
    q.addBindValue(absPath);
    q.addBindValue(m_session.accountId);
    q.addBindValue(kMediaVersion);
    bindStamp(q, now);
    if (!m_session.run(q) || !q.next()) {
        m_untrusted.insert(key);
        return 0;
    }
    const qint64 id = q.value(0).toLongLong();
    const QString vaultFile = m_session.database.libraryDir() + QLatin1Char('/') + q.value(1).toString();
    const qint64 vaultSize = q.value(3).toLongLong();
    const qint64 vaultMtime = q.value(4).toLongLong();
    const QString sha = q.value(5).toString();
    q.finish();
    // The vault's copy as it was when it was checked: not deleted, truncated or written since.
    const FileStamp vault = FileStamp::of(vaultFile);
    if (!vault.valid() || vault.size != vaultSize || vault.size != now.size || vault.mtimeNs != vaultMtime) {
        m_suspect.insert(sha);
        m_untrusted.insert(key);
        return 0;
    }
    return id;
}

void HandledFiles::rememberMedia(const QString &absPath, const FileStamp &before, qint64 mediaId)
{
    if (!m_session.accountId || !mediaId || !before.valid() || absPath.isEmpty())
        return;
    // Only a file that did not change while it was read is remembered.
    if (FileStamp::of(absPath) != before)
        return;
    StatementCache::Query q(m_session.stmt);
    q = m_session.stmt(
        QStringLiteral("SELECT sha256, vault_path, size FROM media WHERE id = ? AND status = 'ok'"));
    q.addBindValue(mediaId);
    if (!m_session.run(q) || !q.next())
        return;
    const QString sha = q.value(0).toString();
    const QString vaultFile = m_session.database.libraryDir() + QLatin1Char('/') + q.value(1).toString();
    const qint64 size = q.value(2).toLongLong();
    q.finish();
    const FileStamp vault = FileStamp::of(vaultFile);
    if (sha.isEmpty() || size != before.size || !vault.valid() || vault.size != size)
        return;
    q = m_session.stmt(QStringLiteral(
        "INSERT INTO handled_files (path, account_id, kind, size, mtime_ns, ctime_ns, inode, version, "
        "import_id, sha256, vault_size, vault_mtime_ns) VALUES (?, ?, 'media', ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(path, account_id, kind) DO UPDATE SET size = excluded.size, mtime_ns = "
        "excluded.mtime_ns, ctime_ns = excluded.ctime_ns, inode = excluded.inode, version = "
        "excluded.version, import_id = excluded.import_id, sha256 = excluded.sha256, vault_size = "
        "excluded.vault_size, vault_mtime_ns = excluded.vault_mtime_ns"));
    q.addBindValue(absPath);
    q.addBindValue(m_session.accountId);
    bindStamp(q, before);
    q.addBindValue(kMediaVersion);
    q.addBindValue(m_session.importId);
    q.addBindValue(sha);
    q.addBindValue(vault.size);
    q.addBindValue(vault.mtimeNs);
    m_session.run(q);
}

std::optional<HandledDataFile> HandledFiles::trustedData(const QString &absPath, int version)
{
    if (!m_session.accountId || absPath.isEmpty())
        return std::nullopt;
    const FileStamp now = FileStamp::of(absPath);
    if (!now.valid())
        return std::nullopt;
    StatementCache::Query q(m_session.stmt);
    q = m_session.stmt(QStringLiteral(
        "SELECT h.records, h.detail FROM handled_files h JOIN imports i ON i.id = h.import_id "
        "WHERE h.path = ? AND h.account_id = ? AND h.kind = 'data' AND h.version = ? AND h.size = ? "
        "AND h.mtime_ns = ? AND h.ctime_ns = ? AND h.inode = ? AND i.status = 'done'"));
    q.addBindValue(absPath);
    q.addBindValue(m_session.accountId);
    q.addBindValue(version);
    bindStamp(q, now);
    if (!m_session.run(q) || !q.next())
        return std::nullopt;
    HandledDataFile handled;
    handled.records = q.value(0).toInt();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8(), &error);
    q.finish();
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    handled.detail = doc.object();
    return handled;
}

void HandledFiles::rememberData(const QString &absPath, const FileStamp &before, int version, int records,
                                const QJsonObject &detail)
{
    if (!m_session.accountId || !before.valid() || absPath.isEmpty() || FileStamp::of(absPath) != before)
        return;
    StatementCache::Query q(m_session.stmt);
    q = m_session.stmt(QStringLiteral(
        "INSERT INTO handled_files (path, account_id, kind, size, mtime_ns, ctime_ns, inode, version, "
        "import_id, records, detail) VALUES (?, ?, 'data', ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(path, account_id, kind) DO UPDATE SET size = excluded.size, mtime_ns = "
        "excluded.mtime_ns, ctime_ns = excluded.ctime_ns, inode = excluded.inode, version = "
        "excluded.version, import_id = excluded.import_id, records = excluded.records, detail = "
        "excluded.detail"));
    q.addBindValue(absPath);
    q.addBindValue(m_session.accountId);
    bindStamp(q, before);
    q.addBindValue(version);
    q.addBindValue(m_session.importId);
    q.addBindValue(records);
    q.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    m_session.run(q);
}

} // namespace ks
