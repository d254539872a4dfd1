// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include "wall/walltheme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QFontInfo>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <cmath>

namespace ks {

namespace {

const char kTextSizeKey[] = "appearance/textSize";
const char kThemeProperty[] = "keepsakeTheme";

/// For the whole application, once: a window's own top-level children (dialogs, menus, combo
/// pop-ups) take its palette and font, as its other children do, and the painted parts (the
/// wall, the grid, the scrubber) paint in the theme of the window they are in.
class WindowLooks : public QObject
{
public:
    static void install()
    {
        static WindowLooks *looks = nullptr;
        if (!looks) {
            looks = new WindowLooks(qApp);
            qApp->installEventFilter(looks);
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            const QString theme = Appearance::themeOf(static_cast<QWidget *>(watched));
            if (!theme.isEmpty() && theme != WallTheme::current().id)
                WallTheme::setCurrent(theme);
        } else if (event->type() == QEvent::Polish && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            QWidget *parent = widget->parentWidget();
            if (!parent || Appearance::themeOf(parent).isEmpty())
                return false;
            // A dialog inherits from the window that opened it, like any child. A widget made
            // under the window's style sheet is not handed its parent's font and palette when
            // made (Qt leaves that to the sheet): it asks for them now. Neither sets its own.
            if (widget->isWindow() && !widget->testAttribute(Qt::WA_WindowPropagation))
                widget->setAttribute(Qt::WA_WindowPropagation);
            else if (widget->isWindow())
                return false;
            if (!widget->testAttribute(Qt::WA_SetPalette) && widget->palette() != parent->palette())
                widget->setPalette(QPalette());
            if (!widget->testAttribute(Qt::WA_SetFont) && widget->font() != parent->font())
                widget->setFont(QFont());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    using QObject::QObject;
};

QString css(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

} // namespace

Appearance::Appearance(QMainWindow *window, const QString &themeKey)
    : QObject(window), m_window(window), m_themeKey(themeKey)
{
    QSettings settings;
    m_theme = themeById(settings.value(m_themeKey, defaultThemeId()).toString()).id;
    m_textSize = qBound(kSmallest, settings.value(QLatin1String(kTextSizeKey), 0).toInt(), kLargest);
    m_window->installEventFilter(this);
    WindowLooks::install();

    m_themeGroup = new QActionGroup(this);
    for (const Theme &theme : allThemes()) {
        auto *action = new QAction(m_themeGroup);
        action->setCheckable(true);
        action->setData(theme.id);
        action->setObjectName(QStringLiteral("theme_") + theme.id);
        action->setChecked(theme.id == m_theme);
    }
    connect(m_themeGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setTheme(action->data().toString()); });

    // Shortcuts belong to the window, so they work while the search box has the focus.
    m_larger = new QAction(this);
    m_larger->setObjectName(QStringLiteral("textLarger"));
    m_larger->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Equal)});
    m_smaller = new QAction(this);
    m_smaller->setObjectName(QStringLiteral("textSmaller"));
    m_smaller->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    m_defaultSize = new QAction(this);
    m_defaultSize->setObjectName(QStringLiteral("textDefault"));
    m_defaultSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (QAction *action : {m_larger, m_smaller, m_defaultSize}) {
        action->setShortcutContext(Qt::WindowShortcut);
        m_window->addAction(action); // active even when the menu bar is hidden (full screen)
    }
    connect(m_larger, &QAction::triggered, this, [this] { setTextSize(m_textSize + 1); });
    connect(m_smaller, &QAction::triggered, this, [this] { setTextSize(m_textSize - 1); });
    connect(m_defaultSize, &QAction::triggered, this, [this] { setTextSize(0); });
    applyTextSize();
    apply();
}

void Appearance::populate(QMenu *viewMenu)
{
    m_themeMenu = viewMenu->addMenu(QString());
    m_themeMenu->setObjectName(QStringLiteral("themeMenu"));
    m_themeMenu->addActions(m_themeGroup->actions());
    m_sizeMenu = viewMenu->addMenu(QString());
    m_sizeMenu->setObjectName(QStringLiteral("textSizeMenu"));
    m_sizeMenu->addAction(m_larger);
    m_sizeMenu->addAction(m_smaller);
    m_sizeMenu->addSeparator();
    m_sizeMenu->addAction(m_defaultSize);
    retranslate();
}

void Appearance::retranslate()
{
    if (m_themeMenu)
        m_themeMenu->setTitle(tr("T&heme"));
    if (m_sizeMenu)
        m_sizeMenu->setTitle(tr("Text &Size"));
    for (QAction *action : m_themeGroup->actions())
        action->setText(themeName(action->data().toString()));
    m_larger->setText(tr("&Larger"));
    m_smaller->setText(tr("&Smaller"));
    m_defaultSize->setText(tr("&Default Size"));
    m_larger->setEnabled(m_textSize < kLargest);
    m_smaller->setEnabled(m_textSize > kSmallest);
}

QList<QAction *> Appearance::themeActions() const
{
    return m_themeGroup->actions();
}

void Appearance::setTheme(const QString &id)
{
    const QString chosen = themeById(id).id;
    QSettings().setValue(m_themeKey, chosen);
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == chosen);
    if (chosen == m_theme)
        return;
    m_theme = chosen;
    apply();
    emit themeChanged(m_theme);
}

void Appearance::setTextSize(int step)
{
    step = qBound(kSmallest, step, kLargest);
    QSettings().setValue(QLatin1String(kTextSizeKey), step);
    if (step == m_textSize)
        return;
    m_textSize = step;
    applyTextSize();
    apply(); // paddings grow with the text
    retranslate();
    emit textSizeChanged(m_textSize);
}

double Appearance::textScale(int step)
{
    return std::pow(1.15, qBound(kSmallest, step, kLargest));
}

QFont Appearance::fontForStep(int step)
{
    // The application font before the first change (the emoji fallback families included).
    static const QFont base = QApplication::font();
    const QScreen *screen = QGuiApplication::primaryScreen();
    const double dpi = screen ? screen->logicalDotsPerInchY() : 96.0;
    // Point sizes (the wall's delegate derives its small and title fonts from them), but never
    // less than 14 pixels of body text at the default size, for older eyes.
    const double least = 14.0 * 72.0 / dpi;
    const double points = std::max(base.pointSizeF() > 0 ? base.pointSizeF() : least, least);
    QFont font = base;
    font.setPointSizeF(std::ceil(points * textScale(step) * 4.0) / 4.0);
    return font;
}

void Appearance::applySavedTextSize(QWidget *window)
{
    // The window's style sheet must not stop the text size (and the theme's palette) from reaching
    // every widget: let fonts and palettes propagate under style sheets as they do without.
    QCoreApplication::setAttribute(Qt::AA_UseStyleSheetPropagationInWidgetStyles);
    const int step = qBound(kSmallest, QSettings().value(QLatin1String(kTextSizeKey), 0).toInt(), kLargest);
    window->setFont(fontForStep(step));
}

QString Appearance::themeOf(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QVariant theme = w->property(kThemeProperty);
        if (theme.isValid())
            return theme.toString();
    }
    return QString();
}

void Appearance::applyTextSize()
{
    // This window, whose children (and dialogs, see WindowLooks) inherit it under the style sheet.
    const QFont font = fontForStep(m_textSize);
    m_window->setFont(font);
    // The side column and its page list are sized for their text.
    const QFontInfo info(font);
    const int sideWidth = qMax(196, info.pixelSize() * 14);
    if (auto *side = m_window->findChild<QWidget *>(QStringLiteral("sideColumn")))
        side->setFixedWidth(sideWidth);
    if (auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation")))
        nav->setFixedWidth(sideWidth);
}

void Appearance::fitNavigation()
{
    // All pages in view, never a scroll bar: rows as the sheet pads them at this text size.
    auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    if (!nav || nav->count() == 0)
        return;
    nav->ensurePolished();
    nav->doItemsLayout();
    int rows = 0;
    for (int i = 0; i < nav->count(); ++i)
        rows += nav->sizeHintForRow(i);
    nav->setFixedHeight(rows + 12 + 2 * nav->frameWidth() + 10);
}

void Appearance::apply()
{
    const Theme &theme = themeById(m_theme);
    m_window->setProperty(kThemeProperty, m_theme); // what its painted parts and dialogs follow
    WallTheme::setCurrent(m_theme);                 // painted parts first: the palette change repaints them
    // The palette is the window's alone (its children and dialogs inherit it, the style sheet
    // propagating it: applySavedTextSize()); set before the sheet and again after it.
    const QPalette pal = palette(theme);
    m_window->setPalette(pal);
    m_window->setStyleSheet(QString());
    m_window->setStyleSheet(styleSheet(theme, textScale(m_textSize)));
    m_window->setPalette(pal); // after the sheet, which restores the window's earlier palette
    // The sheet gives the widgets it polishes the application's font again: the window's text
    // size is handed down once more (the same font would not be: it looks unchanged).
    m_window->setFont(QFont());
    m_window->setFont(fontForStep(m_textSize));
    fitNavigation();
}

bool Appearance::eventFilter(QObject *watched, QEvent *event)
{
    // Two windows may show two libraries in two themes: what is made outside painting (a detail
    // page's colours, a dialog's default theme) follows the active one.
    if (watched == m_window && event->type() == QEvent::WindowActivate && WallTheme::current().id != m_theme)
        WallTheme::setCurrent(m_theme);
    return QObject::eventFilter(watched, event);
}

QPalette Appearance::palette(const Theme &t)
{
    QPalette p;
    const QList<QPair<QPalette::ColorRole, QColor>> roles{
        {QPalette::Window, t.window},
        {QPalette::WindowText, t.text},
        {QPalette::Base, t.surface},
        {QPalette::AlternateBase, t.tint},
        {QPalette::Text, t.text},
        {QPalette::Button, t.surface},
        {QPalette::ButtonText, t.text},
        {QPalette::BrightText, t.focus},
        {QPalette::ToolTipBase, t.surface},
        {QPalette::ToolTipText, t.text},
        {QPalette::PlaceholderText, t.secondary},
        {QPalette::Highlight, t.accent},
        {QPalette::HighlightedText, t.accentText},
        {QPalette::Link, t.link},
        {QPalette::LinkVisited, t.link},
        {QPalette::Light, t.dark ? t.border.lighter(130) : t.surface},
        {QPalette::Midlight, t.tint},
        {QPalette::Mid, t.border},
        {QPalette::Dark, t.border.darker(130)},
        {QPalette::Shadow, t.dark ? QColor(Qt::black) : t.border.darker(160)}};
    for (const auto &role : roles)
        p.setColor(role.first, role.second);
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, t.secondary);
    return p;
}

QString Appearance::styleSheet(const Theme &t, double scale)
{
    const auto px = [scale](int pixels) {
        return QString::number(qRound(pixels * scale));
    };
    QString s;
    // The side column: pages, tags, saved searches.
    s += QStringLiteral("QWidget#sideColumn { background: %1; }").arg(css(t.side));
    s += QStringLiteral(
             "QListWidget#navigation { background: %1; padding-top: 12px; outline: 0; border: none; }"
             "QListWidget#navigation::item { padding: %2px 16px; margin: 2px 8px; border-radius: 6px;"
             " color: %3; border: 2px solid transparent; }"
             "QListWidget#navigation::item:selected { background: %4; color: %5; font-weight: bold; }"
             "QListWidget#navigation::item:hover:!selected { background: %6; }"
             "QListWidget#navigation:focus::item:selected { border-color: %7; }")
             .arg(css(t.side), px(9), css(t.text), css(t.sideSelected), css(t.sideSelectedText), css(t.hover),
                  css(t.focus));
    s += QStringLiteral("QLabel.sideTitle { color: %1; font-weight: bold; padding: 10px 16px 2px; }"
                        "#sideColumn QTreeView, QListWidget#savedSearches { background: %2; color: %3;"
                        " border: 2px solid transparent; border-radius: 6px; }"
                        "#sideColumn QTreeView:focus, QListWidget#savedSearches:focus { border-color: %4; }")
             .arg(css(t.secondary), css(t.side), css(t.text), css(t.focus));
    // The filter bar: a band of the theme's colour on top, kind chips, the year box, the search.
    s += QStringLiteral("QWidget#wallFilterBar { background: %1; border-bottom: 1px solid %2;"
                        " border-top: 3px solid %3; }"
                        "#wallFilterBar QToolButton { border: 2px solid transparent; border-radius: %4px;"
                        " padding: 3px 9px; color: %5; background: transparent; }"
                        "#wallFilterBar QToolButton:hover { background: %6; }"
                        "#wallFilterBar QToolButton:checked { background: %7; color: %8; border-color: %7; }"
                        "#wallFilterBar QToolButton:focus { border-color: %9; }")
             .arg(css(t.surface), css(t.border), css(t.band), px(13), css(t.text), css(t.hover), css(t.chip),
                  css(t.chipText), css(t.focus));
    s += QStringLiteral("#wallFilterBar QToolButton#restrictChip { background: %1; color: %2; }"
                        "#wallFilterBar QToolButton#restrictChip:focus { border-color: %3; }")
             .arg(css(t.accent), css(t.accentText), css(t.focus));
    s += QStringLiteral("QLabel#onThisDayNote { color: %1; }").arg(css(t.secondary));
    // Inputs and buttons everywhere in the window: readable and with a visible focus ring.
    s += QStringLiteral(
             "QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit { background: %1; color: %2;"
             " border: 1px solid %3; border-radius: 6px; padding: 3px 6px;"
             " selection-background-color: %4; selection-color: %5; }"
             "QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus, QDateEdit:focus"
             " { border: 2px solid %6; padding: 2px 5px; }"
             "QComboBox QAbstractItemView { background: %1; color: %2; selection-background-color: %4;"
             " selection-color: %5; }")
             .arg(css(t.surface), css(t.text), css(t.border), css(t.accent), css(t.accentText), css(t.focus));
    s += QStringLiteral(
             "QPushButton { background: %1; color: %2; border: 1px solid %3; border-radius: 6px;"
             " padding: 4px 12px; }"
             "QPushButton:hover { background: %4; }"
             "QPushButton:focus { border: 2px solid %5; padding: 3px 11px; }"
             "QCheckBox:focus, QRadioButton:focus { border: 2px solid %5; border-radius: 4px; }"
             "QAbstractItemView:focus, QTextBrowser:focus, QScrollArea:focus { border: 2px solid %5; }")
             .arg(css(t.surface), css(t.text), css(t.border), css(t.hover), css(t.focus));
    s += QStringLiteral("QMenuBar { background: %1; color: %2; }"
                        "QMenuBar::item:selected { background: %3; color: %2; }"
                        "QMenu { background: %1; color: %2; border: 1px solid %4; }"
                        "QMenu::item:selected { background: %5; color: %6; }"
                        "QMenu::item:disabled { color: %7; }"
                        "QToolTip { background: %1; color: %2; border: 1px solid %4; }"
                        "QStatusBar { background: %8; color: %2; }"
                        "QStatusBar QLabel { color: %2; }")
             .arg(css(t.surface), css(t.text), css(t.hover), css(t.border), css(t.accent), css(t.accentText),
                  css(t.secondary), css(t.side));
    return s;
}

QString Appearance::themeName(const QString &id)
{
    if (id == QLatin1String("classic"))
        return tr("Classic QQ Space");
    if (id == QLatin1String("paper"))
        return tr("Warm Paper");
    if (id == QLatin1String("dark"))
        return tr("Dark");
    if (id == QLatin1String("contrast"))
        return tr("High Contrast");
    return id;
}

QString Appearance::bookStyleName(const QString &id)
{
    if (id == QLatin1String("paper"))
        return tr("Warm paper (brown accents)");
    if (id == QLatin1String("classic"))
        return tr("Classic QQ Space (sky blue and yellow)");
    if (id == QLatin1String("plain"))
        return tr("Plain black and white");
    return id;
}

} // namespace ks
