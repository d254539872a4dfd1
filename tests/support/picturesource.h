// SPDX-License-Identifier: GPL-3.0-or-later
// Small pictures, each unlike every other, written into a temporary folder: the source of the
// photo libraries the grid tests build.
#pragma once

#include "domain/records.h"

#include <QColor>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>

namespace ks::test {

class PictureSource
{
public:
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    /// A 120×90 PNG called @p name; its colour and one pixel differ from every earlier one's,
    /// so no two pictures share a vault file.
    QString picture(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QImage image(120, 90, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((m_count * 37) % 360, 160, 200));
        image.setPixel(0, 0, qRgb(0, 0, ++m_count));
        image.save(path, "PNG");
        return path;
    }

    static MediaRef ref(const QString &path, const QString &role = QStringLiteral("image"))
    {
        return MediaRef{role, path, QFileInfo(path).fileName(), QFileInfo(path).fileName(), QString()};
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

} // namespace ks::test
