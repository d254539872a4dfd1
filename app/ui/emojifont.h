// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ks {

/// Adds the colour emoji font (Noto Color Emoji, Debian's fonts-noto-color-emoji) behind the
/// application font's own families, when it is installed: 说说 and comments are full of 👍🌸,
/// and fontconfig's own fallback may pick a black-and-white symbol font (Symbola) first.
/// Call once, after the QApplication exists.
void addColourEmojiFallback();

/// The family addColourEmojiFallback() adds.
inline constexpr const char *kColourEmojiFamily = "Noto Color Emoji";

} // namespace ks
