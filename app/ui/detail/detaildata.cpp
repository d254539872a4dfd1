// SPDX-License-Identifier: GPL-3.0-or-later
#include "detaildata.h"

#include "library/database.h"
#include "library/looseassets.h"
#include "text/qzonetext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

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

QString formatDate(const QDateTime &time)
{
    if (!time.isValid())
        return QCoreApplication::translate("ks::DetailData", "Unknown time");
    return QLocale().toString(time.date(), QCoreApplication::translate("ks::DetailData", "MMM d, yyyy"));
}

QString shortTitle(const QString &raw, int maxChars)
{
    const QString plain = qzonePlainText(raw, true).trimmed();
    if (plain.size() <= maxChars)
        return plain;
    // Cut at a word break when one is near (English), else at the length (Chinese has none).
    int cut = maxChars;
    const int space = plain.lastIndexOf(QLatin1Char(' '), maxChars);
    if (space > maxChars * 2 / 3)
        cut = space;
    if (cut > 0 && plain.at(cut - 1).isHighSurrogate())
        --cut; // never half an emoji
    return plain.left(cut).trimmed() + QStringLiteral("…");
}

bool isMadeUpName(const QString &fileName)
{
    const QString base = QFileInfo(fileName).completeBaseName();
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{8,}$"));
    // QQ's picture keys and URL hashes: long runs of letters and digits without a word break.
    static const QRegularExpression key(QStringLiteral("^(?=.*[0-9])(?=.*[A-Za-z])[A-Za-z0-9!*]{20,}$"));
    return base.isEmpty() || hex.match(base).hasMatch() || key.match(base).hasMatch();
}

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace detaildata
} // namespace ks
