// SPDX-License-Identifier: GPL-3.0-or-later
// What the memory card's layout and painting share: sizes and fonts (internal to wall/).
#pragma once

#include "memorycarddelegate.h"

#include <QFont>

namespace ks::card {

constexpr int kOuter = MemoryCardDelegate::kCardMargin;         // space left and right of a card
constexpr int kMaxCard = MemoryCardDelegate::kComfortableWidth; // cards stay readable on wide windows
constexpr int kPad = 16;                                        // inside a card
constexpr int kAvatar = 40;
constexpr int kSmallAvatar = 28;
constexpr int kGap = 10;      // between parts of a card
constexpr int kCellGap = 4;   // between photos
constexpr int kBottom = 12;   // between cards
constexpr int kHeader = 44;   // month header rows
constexpr int kLineExtra = 3; // a little air between text lines

inline QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.88 : 9);
    return f;
}

inline QFont boldFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

inline QFont headerFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 1.25 : 12);
    return f;
}

inline QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 1.15 : 11);
    return f;
}

} // namespace ks::card
