// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallassets.h"

#include "library/database.h"
#include "library/looseassets.h"

#include <QImageReader>
#include <QPainter>
#include <QPainterPath>

namespace ks {

QPixmap WallAssets::lookup(const QString &key, const QString &path)
{
    auto it = m_cache.constFind(key);
    if (it != m_cache.cend())
        return it.value();
    QPixmap pixmap;
    if (!path.isEmpty()) {
        QImageReader reader(path);
        const QImage image = reader.read(); // first frame of an animated GIF
        if (!image.isNull())
            pixmap = QPixmap::fromImage(image);
    }
    m_cache.insert(key, pixmap);
    return pixmap;
}

QPixmap WallAssets::emoticon(const QString &id)
{
    if (id.isEmpty() || !m_database || !m_database->isOpen())
        return QPixmap();
    const QString key = QLatin1Char('e') + id;
    return m_cache.contains(key) ? m_cache.value(key)
                                 : lookup(key, LooseAssets(*m_database).emoticonFile(id));
}

QPixmap WallAssets::avatar(const QString &uin)
{
    if (uin.isEmpty() || !m_database || !m_database->isOpen())
        return QPixmap();
    const QString key = QLatin1Char('a') + uin;
    return m_cache.contains(key) ? m_cache.value(key) : lookup(key, LooseAssets(*m_database).avatarFile(uin));
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
