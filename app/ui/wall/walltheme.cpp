// SPDX-License-Identifier: GPL-3.0-or-later
#include "walltheme.h"

namespace ks::WallTheme {

namespace {
const Theme *&currentTheme()
{
    static const Theme *theme = &themeById(defaultThemeId());
    return theme;
}
} // namespace

const Theme &current()
{
    return *currentTheme();
}

void setCurrent(const QString &themeId)
{
    currentTheme() = &themeById(themeId); // allThemes() lives as long as the program
}

} // namespace ks::WallTheme
