// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ks {

/// "" follows the system locale; "zh_CN" or "en" force a language.
QString savedLanguage();
void saveLanguage(const QString &language);

/// Loads Keepsake's and Qt's own translations for @p language (or the system locale) into the
/// application, replacing earlier ones. Widgets retranslate on QEvent::LanguageChange.
void applyLanguage(const QString &language);

} // namespace ks
