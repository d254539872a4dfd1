// SPDX-License-Identifier: GPL-3.0-or-later
#include "detaildata.h"

#include "library/database.h"
#include "library/looseassets.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace ks {

namespace detaildata {

namespace {

QString cachedAsset(Database &database, const QString &name, QString (LooseAssets::*find)(const QString &))
{
    // Emoticons and avatars are few and asked for often: remembered per library (GUI thread only).
    static QHash<QString, QString> cache;
    const QString key = database.libraryDir() + QLatin1Char('|') + name;
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    LooseAssets assets(database);
    const QString path = (assets.*find)(name.mid(1));
    if (!path.isEmpty()) // a later import may still bring it
        cache.insert(key, path);
    return path;
}

} // namespace

QString emoticonPath(Database &database, const QString &id)
{
    return cachedAsset(database, QLatin1Char('e') + id, &LooseAssets::emoticonFile);
}

QString avatarPath(Database &database, const QString &uin)
{
    return cachedAsset(database, QLatin1Char('a') + uin, &LooseAssets::avatarFile);
}

QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return QCoreApplication::translate("ks::DetailData", "Unknown time");
    return QLocale().toString(time, QCoreApplication::translate("ks::DetailData", "MMM d, yyyy HH:mm"));
}

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace detaildata
} // namespace ks
