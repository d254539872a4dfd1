// SPDX-License-Identifier: GPL-3.0-or-later
// The text fix of pdffinish: Qt writes a glyph's reverse lookup, so CJK characters that share a
// glyph with a Kangxi radical (黑 and ⿊) would copy and search as the radical.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace ks {

/// Radicals that share a glyph with an ideograph in any of @p families, mapped to the ideograph.
QHash<uint, uint> radicalMap(const QStringList &families);

/// @p cmap (a ToUnicode CMap) with radicals mapped back to ideographs and tabs to spaces; empty
/// when nothing changed.
QByteArray fixedCMap(const QByteArray &cmap, const QHash<uint, uint> &radicals);

} // namespace ks
