// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ks {

/// Loads Keepsake's and Qt's own translations for @p language ("zh_CN", "en", or "" for the
/// system locale) into the application, replacing the ones an earlier call loaded, and makes
/// its locale the default. The window, the command line and the exports all speak through it.
void installLanguage(const QString &language);

/// True when the texts now loaded are the Simplified Chinese ones.
bool chineseLoaded();

} // namespace ks
