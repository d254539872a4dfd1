// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace ks {

class Database;

/// The small pictures exports carry beside the memories: QQ emoticons (QZoneExport's
/// Common/images/e100.gif, Time-Machine's media/emoji/e100.gif) and people's avatars (linked to
/// them by the import). Absolute vault paths, looked up once per name and cached (an empty
/// answer is not: a later import may bring the file). One thread only.
class LooseAssets
{
public:
    explicit LooseAssets(Database &database) : m_database(database) {}

    QString emoticonFile(const QString &id);
    QString avatarFile(const QString &uin);
    /// Every avatar the library has, by QQ number.
    QHash<QString, QString> allAvatars();
    void clear() { m_cache.clear(); }

private:
    QString vaultPath(const QString &relative) const;

    Database &m_database;
    QHash<QString, QString> m_cache;
};

} // namespace ks
