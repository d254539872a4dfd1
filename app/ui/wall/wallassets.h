// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPixmap>
#include <QString>

namespace ks {

class Database;

/// Small pictures the export kept beside the memories: QQ emoticons and friends' avatars, found
/// through LooseAssets once per name, then cached as pixmaps.
class WallAssets
{
public:
    explicit WallAssets(Database *database) : m_database(database) {}

    /// The emoticon picture for id "100", or a null pixmap when the export did not keep it.
    QPixmap emoticon(const QString &id);
    /// The avatar of @p uin, or a null pixmap.
    QPixmap avatar(const QString &uin);
    void clear() { m_cache.clear(); }

    /// A round avatar of @p size: the picture when there is one, else a coloured circle with the
    /// name's first character.
    static QPixmap roundAvatar(const QPixmap &picture, const QString &name, int size, qreal dpr);

private:
    QPixmap lookup(const QString &key, const QString &path);

    Database *m_database;
    QHash<QString, QPixmap> m_cache; // null pixmap cached too: one query per name at most
};

} // namespace ks
