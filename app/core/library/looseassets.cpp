// SPDX-License-Identifier: GPL-3.0-or-later
#include "looseassets.h"

#include "database.h"

#include <QDir>
#include <QSqlQuery>

namespace ks {

QString LooseAssets::vaultPath(const QString &relative) const
{
    if (relative.isEmpty())
        return QString();
    const QString vaultDir = QDir::cleanPath(m_database.libraryDir() + QStringLiteral("/vault"));
    const QString path = QDir::cleanPath(m_database.libraryDir() + QLatin1Char('/') + relative);
    return path.startsWith(vaultDir + QLatin1Char('/')) ? path : QString(); // never outside the vault
}

QString LooseAssets::emoticonFile(const QString &id)
{
    if (id.isEmpty() || !m_database.isOpen())
        return QString();
    const QString key = QLatin1Char('e') + id;
    if (const auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;
    QSqlQuery q(m_database.connection());
    // account_id first so the primary key serves the lookup.
    q.prepare(QStringLiteral("SELECT md.vault_path FROM source_files sf JOIN media md ON md.id = sf.media_id "
                             "WHERE sf.account_id IN (SELECT id FROM accounts) AND sf.rel_path IN (?, ?) "
                             "AND md.vault_path IS NOT NULL LIMIT 1"));
    q.addBindValue(QStringLiteral("common/images/e%1.gif").arg(id));
    q.addBindValue(QStringLiteral("media/emoji/e%1.gif").arg(id));
    const QString path = q.exec() && q.next() ? vaultPath(q.value(0).toString()) : QString();
    if (!path.isEmpty())
        m_cache.insert(key, path);
    return path;
}

QString LooseAssets::avatarFile(const QString &uin)
{
    if (uin.isEmpty() || !m_database.isOpen())
        return QString();
    const QString key = QLatin1Char('a') + uin;
    if (const auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT md.vault_path FROM people p JOIN media md ON md.id = p.avatar_media_id "
                             "WHERE p.uin = ? AND md.vault_path IS NOT NULL"));
    q.addBindValue(uin);
    const QString path = q.exec() && q.next() ? vaultPath(q.value(0).toString()) : QString();
    if (!path.isEmpty())
        m_cache.insert(key, path);
    return path;
}

QHash<QString, QString> LooseAssets::allAvatars()
{
    QHash<QString, QString> avatars;
    if (!m_database.isOpen())
        return avatars;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT p.uin, md.vault_path FROM people p JOIN media md ON md.id = "
                              "p.avatar_media_id WHERE p.uin IS NOT NULL AND md.vault_path IS NOT NULL"))) {
        while (q.next()) {
            const QString path = vaultPath(q.value(1).toString());
            if (!path.isEmpty())
                avatars.insert(q.value(0).toString(), path);
        }
    }
    return avatars;
}

} // namespace ks
