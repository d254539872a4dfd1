// SPDX-License-Identifier: GPL-3.0-or-later
#include "emojifont.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>

namespace ks {

void addColourEmojiFallback()
{
    const QString emoji = QString::fromLatin1(kColourEmojiFamily);
    if (!QFontDatabase::hasFamily(emoji))
        return;
    QFont font = QApplication::font();
    // The family fontconfig resolved ("Sans Serif" is only an alias, which a family list skips:
    // the emoji font would then draw every digit and space).
    const QString resolved = QFontInfo(font).family();
    if (resolved.isEmpty() || resolved == emoji)
        return;
    // Glyphs the first family lacks are looked up in the next one before the system fallback.
    font.setFamilies({resolved, emoji});
    QApplication::setFont(font);
}

} // namespace ks
