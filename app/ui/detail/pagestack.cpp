// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagestack.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ks {

namespace {

// A page sets this property to true to get a dark header (the photo viewer, the video player).
constexpr const char *kDarkPage = "keepsakeDarkPage";

} // namespace

PageStack::PageStack(QWidget *base, QWidget *parent) : QStackedWidget(parent), m_base(base)
{
    setObjectName(QStringLiteral("pageStack"));
    addWidget(base);
    auto shortcut = [this](const QKeySequence &keys) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        s->setEnabled(false); // only while a page is open: the wall keeps Esc for its selection
        return s;
    };
    m_escape = shortcut(QKeySequence(Qt::Key_Escape));
    connect(m_escape, &QShortcut::activated, this, &PageStack::escape);
    m_altLeft = shortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(m_altLeft, &QShortcut::activated, this, [this] { back(); });
    // The platform's own Back key, when it is another one (e.g. a keyboard's Back key).
    const QKeySequence platformBack(QKeySequence::Back);
    if (!platformBack.isEmpty() && platformBack != QKeySequence(Qt::ALT | Qt::Key_Left)) {
        m_backKey = shortcut(platformBack);
        connect(m_backKey, &QShortcut::activated, this, [this] { back(); });
    }
    // The mouse's back button is pressed over whatever widget is under the pointer: watched for
    // the whole application, acted on only inside this stack.
    qApp->installEventFilter(this);
}

void PageStack::push(QWidget *page)
{
    Frame f;
    QWidget *focus = QApplication::focusWidget();
    if (focus && (focus == this || isAncestorOf(focus)))
        f.focusBefore = focus;
    f.page = page;
    f.frame = new QWidget(this);
    f.frame->setObjectName(QStringLiteral("pageFrame"));
    // A page's minimum size never makes the window grow.
    f.frame->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    const bool dark = page->property(kDarkPage).toBool();

    auto *header = new QWidget(f.frame);
    header->setObjectName(QStringLiteral("pageHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    header->setStyleSheet(
        dark ? QStringLiteral(
                   "QWidget#pageHeader { background: #101012; border-bottom: 1px solid #2a2a2e; }"
                   "QLabel { color: #f2f2f2; }"
                   "QToolButton { color: #f2f2f2; border: none; padding: 6px 12px; border-radius: 6px; }"
                   "QToolButton:hover { background: #2c2c30; }"
                   "QToolButton:focus { background: #34343a; }")
             : QStringLiteral("QWidget#pageHeader { border-bottom: 1px solid palette(mid); }"
                              "QToolButton { border: none; padding: 6px 12px; border-radius: 6px; }"
                              "QToolButton:hover, QToolButton:focus { background: palette(midlight); }"));
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(8, 4, 12, 4);
    f.back = new QToolButton(header);
    f.back->setObjectName(QStringLiteral("backButton"));
    f.back->setToolButtonStyle(Qt::ToolButtonTextOnly);
    f.back->setFocusPolicy(Qt::TabFocus);
    connect(f.back, &QToolButton::clicked, this, [this] { back(); });
    f.title = new QLabel(header);
    f.title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = f.title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    f.title->setFont(titleFont);
    f.title->setTextFormat(Qt::PlainText);
    f.title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long titles never widen
    headerLayout->addWidget(f.back);
    headerLayout->addSpacing(8);
    headerLayout->addWidget(f.title, 1);

    page->setParent(f.frame, Qt::Widget);
    page->setAttribute(Qt::WA_DeleteOnClose, false); // the stack closes its pages
    page->installEventFilter(this);
    auto *layout = new QVBoxLayout(f.frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(page, 1);

    m_frames << f;
    addWidget(f.frame);
    setCurrentWidget(f.frame);
    page->show();
    retranslate();
    if (page->focusPolicy() != Qt::NoFocus || page->focusProxy())
        page->setFocus(Qt::OtherFocusReason);
    else
        f.back->setFocus(Qt::OtherFocusReason);
    for (QShortcut *s : {m_escape, m_altLeft, m_backKey})
        if (s)
            s->setEnabled(true);
    emit depthChanged(depth());
}

bool PageStack::back()
{
    if (m_frames.isEmpty())
        return false;
    const Frame f = m_frames.takeLast();
    f.page->removeEventFilter(this);
    setCurrentWidget(m_frames.isEmpty() ? m_base : m_frames.last().frame);
    removeWidget(f.frame);
    f.frame->hide();
    f.frame->deleteLater(); // a page may be closing itself from one of its own slots
    for (QShortcut *s : {m_escape, m_altLeft, m_backKey})
        if (s)
            s->setEnabled(!m_frames.isEmpty());
    updateTitles();
    if (f.focusBefore && f.focusBefore->isVisible())
        f.focusBefore->setFocus(Qt::OtherFocusReason);
    else if (!m_frames.isEmpty())
        m_frames.last().page->setFocus(Qt::OtherFocusReason);
    emit depthChanged(depth());
    return true;
}

void PageStack::closeAll()
{
    while (back()) {
    }
}

QWidget *PageStack::currentPage() const
{
    return m_frames.isEmpty() ? nullptr : m_frames.last().page;
}

void PageStack::setBaseTitle(const QString &title)
{
    m_baseTitle = title;
    updateTitles();
}

void PageStack::escape()
{
    // Esc first leaves the full screen a page asked for, then goes back.
    QWidget *w = window();
    if (w->isFullScreen() && currentPage() && currentPage()->property("keepsakeFullScreen").toBool()) {
        currentPage()->setProperty("keepsakeFullScreen", false);
        w->setWindowState(w->windowState() & ~Qt::WindowFullScreen);
        return;
    }
    back();
}

void PageStack::retranslate()
{
    for (const Frame &f : std::as_const(m_frames)) {
        f.back->setText(tr("‹ Back"));
        f.back->setToolTip(tr("Back (Esc)"));
        f.back->setAccessibleName(tr("Back"));
    }
    updateTitles();
}

void PageStack::updateTitles()
{
    for (const Frame &f : std::as_const(m_frames))
        f.title->setText(f.page->windowTitle());
    QWidget *w = window();
    if (w == this)
        return;
    const QWidget *top = currentPage();
    w->setWindowTitle(top && !top->windowTitle().isEmpty() ? tr("%1 — Keepsake").arg(top->windowTitle())
                                                           : m_baseTitle);
}

bool PageStack::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        if (static_cast<QMouseEvent *>(event)->button() == Qt::BackButton && !m_frames.isEmpty() &&
            watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget == this || isAncestorOf(widget)) {
                back();
                return true;
            }
        }
        break;
    case QEvent::WindowTitleChange:
        for (const Frame &f : std::as_const(m_frames))
            if (f.page == watched)
                updateTitles();
        break;
    case QEvent::Close:
        // A page that closes itself (its own Close button) goes back instead of leaving a hole.
        for (const Frame &f : std::as_const(m_frames)) {
            if (f.page == watched) {
                event->ignore();
                QTimer::singleShot(0, this, [this, page = QPointer<QWidget>(f.page)] {
                    if (page && currentPage() == page)
                        back();
                });
                return true;
            }
        }
        break;
    default:
        break;
    }
    return QStackedWidget::eventFilter(watched, event);
}

void PageStack::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QStackedWidget::changeEvent(event);
}

void PageStack::open(QWidget *origin, QWidget *page)
{
    if (!page)
        return;
    if (PageStack *stack = of(origin)) {
        stack->push(page);
        return;
    }
    page->setParent(origin ? origin->window() : nullptr, Qt::Window);
    page->setAttribute(Qt::WA_DeleteOnClose);
    page->show();
    page->raise();
    page->activateWindow();
}

PageStack *PageStack::of(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *stack = qobject_cast<PageStack *>(const_cast<QWidget *>(w)))
            return stack;
        if (w->isWindow())
            break;
    }
    return nullptr;
}

} // namespace ks
