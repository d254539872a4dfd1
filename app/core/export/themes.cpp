// SPDX-License-Identifier: GPL-3.0-or-later
#include "themes.h"

#include <cmath>

namespace ks {

namespace {

QColor c(const char *hex)
{
    return QColor(QLatin1String(hex));
}

Theme classicTheme()
{
    // QQ空间 as it was loved: a sky-blue page, white cards, sunny yellow accents.
    Theme t;
    t.id = QStringLiteral("classic");
    t.window = c("#dcedf9");
    t.surface = c("#ffffff");
    t.side = c("#cde4f5");
    t.text = c("#1b2a38");
    t.secondary = c("#4a5d70");
    t.link = c("#0a58a6");
    t.heading = c("#12406b");
    t.border = c("#b4d3ec");
    t.focus = c("#c25400");
    t.tint = c("#eef6fc");
    t.selection = c("#fff5cc");
    t.hover = c("#e3f0fa");
    t.highlight = c("#ffe173");
    t.highlightText = c("#1b2a38");
    t.placeholder = c("#e2edf5");
    t.accent = c("#1561ad");
    t.accentText = c("#ffffff");
    t.chip = c("#ffeb99");
    t.chipText = c("#4d3800");
    t.sideSelected = c("#ffffff");
    t.sideSelectedText = c("#0a58a6");
    t.band = c("#4aa3df");
    t.bandText = c("#0b2540");
    return t;
}

Theme paperTheme()
{
    // Warm paper: an old photo album, brown ink.
    Theme t;
    t.id = QStringLiteral("paper");
    t.window = c("#f2ebdf");
    t.surface = c("#fffcf6");
    t.side = c("#e8dfcd");
    t.text = c("#2e2a24");
    t.secondary = c("#675d51");
    t.link = c("#8a4510");
    t.heading = c("#6e3a10");
    t.border = c("#ddd1bd");
    t.focus = c("#b0601c");
    t.tint = c("#f6efe3");
    t.selection = c("#f5e5c8");
    t.hover = c("#efe5d3");
    t.highlight = c("#ffdf85");
    t.highlightText = c("#2e2a24");
    t.placeholder = c("#ebe2d3");
    t.accent = c("#8a4510");
    t.accentText = c("#ffffff");
    t.chip = c("#f1dcbb");
    t.chipText = c("#55310f");
    t.sideSelected = c("#fffcf6");
    t.sideSelectedText = c("#7a3d0d");
    t.band = c("#c9a97a");
    t.bandText = c("#2e2a24");
    return t;
}

Theme darkTheme()
{
    Theme t;
    t.id = QStringLiteral("dark");
    t.dark = true;
    t.window = c("#15171b");
    t.surface = c("#22252b");
    t.side = c("#1b1e23");
    t.text = c("#e8eaed");
    t.secondary = c("#aab1bb");
    t.link = c("#8ab4f8");
    t.heading = c("#f0f2f5");
    t.border = c("#3a3f47");
    t.focus = c("#8ab4f8");
    t.tint = c("#2b2f36");
    t.selection = c("#2c3a50");
    t.hover = c("#2c3038");
    t.highlight = c("#6d5b10");
    t.highlightText = c("#fff8dc");
    t.placeholder = c("#30343b");
    t.accent = c("#8ab4f8");
    t.accentText = c("#10151c");
    t.chip = c("#2f4a6e");
    t.chipText = c("#eaf2ff");
    t.sideSelected = c("#2f343c");
    t.sideSelectedText = c("#ffffff");
    t.band = c("#2a3a52");
    t.bandText = c("#e8eaed");
    return t;
}

Theme contrastTheme()
{
    // High contrast: white on black, yellow for everything that can be chosen.
    Theme t;
    t.id = QStringLiteral("contrast");
    t.dark = true;
    t.window = c("#000000");
    t.surface = c("#000000");
    t.side = c("#000000");
    t.text = c("#ffffff");
    t.secondary = c("#f0f0f0");
    t.link = c("#ffff00");
    t.heading = c("#ffffff");
    t.border = c("#ffffff");
    t.focus = c("#ffff00");
    t.tint = c("#1c1c1c");
    t.selection = c("#0a3a7a");
    t.hover = c("#262626");
    t.highlight = c("#ffff00");
    t.highlightText = c("#000000");
    t.placeholder = c("#262626");
    t.accent = c("#ffff00");
    t.accentText = c("#000000");
    t.chip = c("#ffff00");
    t.chipText = c("#000000");
    t.sideSelected = c("#ffff00");
    t.sideSelectedText = c("#000000");
    t.band = c("#000000");
    t.bandText = c("#ffffff");
    return t;
}

double channel(double v)
{
    return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

QString hex(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

} // namespace

const QList<Theme> &allThemes()
{
    static const QList<Theme> themes{classicTheme(), paperTheme(), darkTheme(), contrastTheme()};
    return themes;
}

QStringList themeIds()
{
    QStringList ids;
    for (const Theme &t : allThemes())
        ids << t.id;
    return ids;
}

const Theme &themeById(const QString &id)
{
    for (const Theme &t : allThemes()) {
        if (t.id.compare(id, Qt::CaseInsensitive) == 0)
            return t;
    }
    return allThemes().first();
}

bool isThemeId(const QString &id)
{
    return themeIds().contains(id.toLower());
}

QString defaultThemeId()
{
    return allThemes().first().id;
}

QList<ThemeTextPair> themeTextPairs(const Theme &t)
{
    QList<ThemeTextPair> pairs;
    const QList<QPair<QString, QColor>> backgrounds{
        {QStringLiteral("window"), t.window},       {QStringLiteral("surface"), t.surface},
        {QStringLiteral("side"), t.side},           {QStringLiteral("tint"), t.tint},
        {QStringLiteral("selection"), t.selection}, {QStringLiteral("hover"), t.hover}};
    for (const auto &bg : backgrounds) {
        pairs.append({QStringLiteral("text on ") + bg.first, t.text, bg.second});
        pairs.append({QStringLiteral("secondary on ") + bg.first, t.secondary, bg.second});
    }
    for (const auto &bg : backgrounds) {
        if (bg.first != QLatin1String("side"))
            pairs.append({QStringLiteral("link on ") + bg.first, t.link, bg.second});
    }
    pairs.append({QStringLiteral("heading on window"), t.heading, t.window});
    pairs.append({QStringLiteral("heading on surface"), t.heading, t.surface});
    pairs.append({QStringLiteral("heading on tint"), t.heading, t.tint});
    pairs.append({QStringLiteral("heading on selection"), t.heading, t.selection});
    pairs.append({QStringLiteral("highlight text on highlight"), t.highlightText, t.highlight});
    pairs.append({QStringLiteral("secondary on placeholder"), t.secondary, t.placeholder});
    pairs.append({QStringLiteral("text on placeholder"), t.text, t.placeholder});
    pairs.append({QStringLiteral("accent text on accent"), t.accentText, t.accent});
    pairs.append({QStringLiteral("chip text on chip"), t.chipText, t.chip});
    pairs.append({QStringLiteral("side selected text on side selected"), t.sideSelectedText, t.sideSelected});
    pairs.append({QStringLiteral("band text on band"), t.bandText, t.band});
    for (const auto &bg : backgrounds)
        pairs.append({QStringLiteral("focus ring on ") + bg.first, t.focus, bg.second, 3.0});
    return pairs;
}

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString themeCss(const Theme &t)
{
    QString css =
        QStringLiteral(":root { color-scheme: %1; --ink: %2; --muted: %3; --line: %4; --paper: %5; "
                       "--card: %6; --accent: %7; --link: %8; --tint: %9; ")
            .arg(t.dark ? QStringLiteral("dark") : QStringLiteral("light"), hex(t.text), hex(t.secondary),
                 hex(t.border), hex(t.window), hex(t.surface), hex(t.heading), hex(t.link), hex(t.tint));
    css += QStringLiteral("--chip: %1; --chip-ink: %2; --focus: %3; --band: %4; --band-ink: %5; "
                          "--mark: %6; --mark-ink: %7; --placeholder: %8; }\n")
               .arg(hex(t.chip), hex(t.chipText), hex(t.focus), hex(t.band), hex(t.bandText),
                    hex(t.highlight), hex(t.highlightText), hex(t.placeholder));
    // Each theme's own pattern, painted by CSS (original artwork, no pictures).
    if (t.id == QLatin1String("classic")) {
        css += QStringLiteral(
            ".site-header { background: radial-gradient(ellipse 60px 20px at 58% 16%, #ffffffcc 60%, "
            "transparent 62%),"
            " radial-gradient(ellipse 90px 26px at 84% 26%, #ffffffaa 60%, transparent 62%),"
            " linear-gradient(180deg, #8fcaf0, var(--paper)); border-bottom: 4px solid #ffd84d; }\n");
    } else if (t.id == QLatin1String("paper")) {
        css += QStringLiteral("body { background-image: repeating-linear-gradient(0deg, transparent 0 27px, "
                              "#e6dccb55 27px 28px); }\n"
                              ".site-header { border-bottom: 2px dashed var(--band); }\n");
    } else if (t.id == QLatin1String("dark")) {
        css += QStringLiteral(
            ".site-header { background: linear-gradient(180deg, var(--band), var(--paper)); }\n");
    } else {
        css += QStringLiteral(".site-header { border-bottom: 3px solid var(--ink); }\n"
                              "article.memory, .month-index { border-width: 2px; }\n");
    }
    return css;
}

const QList<BookStyle> &allBookStyles()
{
    static const QList<BookStyle> styles = [] {
        BookStyle paper;
        paper.id = QStringLiteral("paper");
        paper.paper = c("#ffffff");
        paper.ink = c("#222222");
        paper.muted = c("#5f5f5f");
        paper.accent = c("#8f521c");
        paper.comment = c("#444444");
        paper.tint = c("#f1eade");
        paper.rule = c("#cccccc");
        paper.band = QColor(Qt::transparent);
        paper.ornament = QColor(Qt::transparent);
        BookStyle classic;
        classic.id = QStringLiteral("classic");
        classic.paper = c("#ffffff");
        classic.ink = c("#1b2a38");
        classic.muted = c("#4f6275");
        classic.accent = c("#0a58a6");
        classic.comment = c("#34485c");
        classic.tint = c("#e3f1fb");
        classic.rule = c("#9cc8ea");
        classic.band = c("#d6ecfa");
        classic.ornament = c("#ffd84d");
        BookStyle plain;
        plain.id = QStringLiteral("plain");
        plain.paper = c("#ffffff");
        plain.ink = c("#000000");
        plain.muted = c("#4d4d4d");
        plain.accent = c("#000000");
        plain.comment = c("#262626");
        plain.tint = c("#eeeeee");
        plain.rule = c("#999999");
        plain.band = QColor(Qt::transparent);
        plain.ornament = QColor(Qt::transparent);
        return QList<BookStyle>{paper, classic, plain};
    }();
    return styles;
}

QStringList bookStyleIds()
{
    QStringList ids;
    for (const BookStyle &s : allBookStyles())
        ids << s.id;
    return ids;
}

const BookStyle &bookStyleById(const QString &id)
{
    for (const BookStyle &s : allBookStyles()) {
        if (s.id.compare(id, Qt::CaseInsensitive) == 0)
            return s;
    }
    return allBookStyles().first();
}

bool isBookStyleId(const QString &id)
{
    return bookStyleIds().contains(id.toLower());
}

QList<ThemeTextPair> bookStyleTextPairs(const BookStyle &s)
{
    QList<ThemeTextPair> pairs;
    for (const auto &bg : {QPair<QString, QColor>{QStringLiteral("paper"), s.paper},
                           QPair<QString, QColor>{QStringLiteral("tint"), s.tint}}) {
        pairs.append({QStringLiteral("ink on ") + bg.first, s.ink, bg.second});
        pairs.append({QStringLiteral("muted on ") + bg.first, s.muted, bg.second});
        pairs.append({QStringLiteral("accent on ") + bg.first, s.accent, bg.second});
        pairs.append({QStringLiteral("comment on ") + bg.first, s.comment, bg.second});
    }
    if (s.band.alpha() > 0) {
        pairs.append({QStringLiteral("ink on band"), s.ink, s.band});
        pairs.append({QStringLiteral("muted on band"), s.muted, s.band});
        pairs.append({QStringLiteral("accent on band"), s.accent, s.band});
    }
    return pairs;
}

} // namespace ks
