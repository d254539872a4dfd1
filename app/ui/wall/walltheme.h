// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/themes.h"

#include <QColor>

namespace ks::WallTheme {

/// The theme the painted parts (wall cards, month headers, scrubber, banners) use: the one the
/// window chose (View → Theme, kept per library). Painted code reads it at paint time.
const Theme &current();
void setCurrent(const QString &themeId);

inline QColor background()
{
    return current().window;
}
inline QColor card()
{
    return current().surface;
}
inline QColor border()
{
    return current().border;
}
inline QColor text()
{
    return current().text;
}
inline QColor secondary()
{
    return current().secondary;
}
inline QColor heading()
{
    return current().heading;
}
inline QColor link()
{
    return current().link;
}
inline QColor accent()
{
    return current().focus; // the current card's ring
}
inline QColor focus()
{
    return current().focus;
}
inline QColor tint()
{
    return current().tint;
}
inline QColor selection()
{
    return current().selection;
}
inline QColor highlight()
{
    return current().highlight; // a marker pen over matched search words
}
inline QColor highlightText()
{
    return current().highlightText;
}
inline QColor placeholder()
{
    return current().placeholder;
}

} // namespace ks::WallTheme
