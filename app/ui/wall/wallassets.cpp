// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallassets.h"

#include "library/database.h"

#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QSqlQuery>

namespace ks {

QPixmap WallAssets::lookup(const QString &relPath)
{
    auto it = m_cache.constFind(relPath);
    if (it != m_cache.cend())
        return it.value();
    QPixmap pixmap;
    if (m_database && m_database->isOpen()) {
        QSqlQuery q(m_database->connection());
        // account_id first so the primary key index serves the lookup.
        q.prepare(
            QStringLiteral("SELECT md.vault_path FROM source_files sf JOIN media md ON md.id = sf.media_id "
                           "WHERE sf.account_id IN (SELECT id FROM accounts) AND sf.rel_path = ? "
                           "AND md.vault_path IS NOT NULL LIMIT 1"));
        q.addBindValue(relPath);
        if (q.exec() && q.next()) {
            QImageReader reader(m_database->libraryDir() + QLatin1Char('/') + q.value(0).toString());
            const QImage image = reader.read(); // first frame of an animated GIF
            if (!image.isNull())
                pixmap = QPixmap::fromImage(image);
        }
    }
    m_cache.insert(relPath, pixmap);
    return pixmap;
}

QPixmap WallAssets::emoticon(const QString &id)
{
    return id.isEmpty() ? QPixmap() : lookup(QStringLiteral("common/images/e%1.gif").arg(id));
}

QPixmap WallAssets::avatar(const QString &uin)
{
    return uin.isEmpty() ? QPixmap() : lookup(QStringLiteral("common/images/") + uin);
}

QPixmap WallAssets::roundAvatar(const QPixmap &picture, const QString &name, int size, qreal dpr)
{
    QPixmap out(QSize(size, size) * dpr);
    out.setDevicePixelRatio(dpr);
    out.fill(Qt::transparent);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, size, size));
    if (!picture.isNull()) {
        p.setClipPath(circle);
        p.drawPixmap(QRect(0, 0, size, size), picture);
    } else {
        // A stable colour per name, soft enough for white text.
        const QColor colour = QColor::fromHsv(int(qHash(name) % 360), 110, 205);
        p.fillPath(circle, colour);
        QFont font = p.font();
        font.setPixelSize(size * 45 / 100);
        font.setBold(true);
        p.setFont(font);
        p.setPen(Qt::white);
        const QString initial = name.isEmpty() ? QStringLiteral("?") : name.left(1).toUpper();
        p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, initial);
    }
    return out;
}

} // namespace ks
