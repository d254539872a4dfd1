// SPDX-License-Identifier: GPL-3.0-or-later
// 装扮: the looks a person can dress their library in. One set of colour tokens per theme, shared
// by the window (palette, stylesheet, painted wall), the exported HTML site (CSS variables) and
// the memory book's styles, so all three agree. No widgets here: colours only.
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace ks {

/// The colour tokens of one theme. "On X" pairs are what the contrast test checks.
struct Theme
{
    QString id; ///< "classic", "paper", "dark", "contrast" (settings, CLI, file names)
    bool dark = false;
    QColor window;    ///< behind the cards: the wall, month headers, pages
    QColor surface;   ///< cards, the filter bar, detail pages, inputs
    QColor side;      ///< the side column
    QColor text;      ///< body text (on window, surface, side, tint, selection, hover)
    QColor secondary; ///< dates, counts, captions (same backgrounds as text)
    QColor link;      ///< links and @names (on surface, tint, selection)
    QColor heading;   ///< month headers and titles (on window, surface)
    QColor border;    ///< card and control outlines (decoration)
    QColor focus;     ///< the keyboard focus ring (≥ 3:1 against window and surface)
    QColor tint;      ///< quoted reposts, comment boxes
    QColor selection; ///< a selected card
    QColor hover;     ///< a control under the mouse
    QColor highlight; ///< the marker behind matched search words
    QColor highlightText;
    QColor placeholder; ///< a picture that is missing or still loading (secondary text on it)
    QColor accent;      ///< filled buttons and chips: restrict chip, checked side item marker
    QColor accentText;  ///< text on accent
    QColor chip;        ///< a checked filter chip
    QColor chipText;
    QColor sideSelected; ///< the chosen page in the side column
    QColor sideSelectedText;
    QColor band; ///< the decorative band of the theme (filter bar top, HTML header, book)
    QColor bandText;
};

/// All themes, in menu order. The first is the default.
const QList<Theme> &allThemes();
QStringList themeIds();
/// The theme named @p id, or the default one when unknown.
const Theme &themeById(const QString &id);
bool isThemeId(const QString &id);
QString defaultThemeId();

/// A text colour on a background where a theme puts one (the contrast test checks them all).
struct ThemeTextPair
{
    QString what; ///< "text on surface" …
    QColor foreground;
    QColor background;
    double minimum = 4.5; ///< WCAG AA for text, 3.0 for the focus ring (non-text)
};
QList<ThemeTextPair> themeTextPairs(const Theme &theme);

/// WCAG 2 relative luminance and contrast ratio (1 … 21).
double relativeLuminance(const QColor &color);
double contrastRatio(const QColor &a, const QColor &b);

/// CSS custom properties of a theme for the HTML site (":root { --ink: …; }" and its pattern).
QString themeCss(const Theme &theme);

/// The memory book's colours: a print style, chosen by name ("paper", "classic", "plain").
struct BookStyle
{
    QString id;
    QColor paper; ///< the page (white for print unless the style tints it)
    QColor ink;
    QColor muted;
    QColor accent;   ///< dates, rules, chapter ornaments
    QColor comment;  ///< comment text
    QColor tint;     ///< the cover's photo frame, placeholders
    QColor rule;     ///< running-header rule, contents leaders
    QColor band;     ///< chapter pages' decorative band (transparent = none)
    QColor ornament; ///< a second, decorative colour beside the accent rules (transparent = none)
};
const QList<BookStyle> &allBookStyles();
QStringList bookStyleIds();
const BookStyle &bookStyleById(const QString &id);
bool isBookStyleId(const QString &id);
QList<ThemeTextPair> bookStyleTextPairs(const BookStyle &style);

} // namespace ks
