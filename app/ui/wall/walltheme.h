// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace ks::WallTheme {

// The wall keeps its own light, paper-like colours whatever the desktop theme, so photos and
// text look the same everywhere (and in the screenshots).
inline QColor background()
{
    return QColor(0xf2, 0xf3, 0xf5);
}
inline QColor card()
{
    return Qt::white;
}
inline QColor border()
{
    return QColor(0xe2, 0xe4, 0xe8);
}
inline QColor text()
{
    return QColor(0x1f, 0x23, 0x29);
}
inline QColor secondary()
{
    return QColor(0x86, 0x8c, 0x98);
}
inline QColor link()
{
    return QColor(0x1f, 0x6f, 0xd1);
}
inline QColor accent()
{
    return QColor(0x2e, 0x7c, 0xf6);
}
inline QColor tint()
{
    return QColor(0xf4, 0xf6, 0xf9);
}
inline QColor selection()
{
    return QColor(0xea, 0xf2, 0xff);
}
inline QColor highlight()
{
    return QColor(0xff, 0xe5, 0x8f); // a marker pen over matched search words
}
inline QColor placeholder()
{
    return QColor(0xe9, 0xeb, 0xef);
}

} // namespace ks::WallTheme
