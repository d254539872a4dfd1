// SPDX-License-Identifier: GPL-3.0-or-later
#include "onthisdaypage.h"

#include "library/database.h"
#include "memorycarddelegate.h"
#include "onthisdaynavigator.h"
#include "text/qzonetext.h"
#include "walltheme.h"
#include "wallview.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QVBoxLayout>

namespace ks {

OnThisDayModel::OnThisDayModel(Database &database, QObject *parent)
    : QAbstractListModel(parent), m_database(database)
{
}

void OnThisDayModel::setDate(const QDate &today)
{
    m_today = today;
    reload();
}

void OnThisDayModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_items.clear();
    m_itemCount = 0;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    m_result = m_database.isOpen() ? onThisDay(m_database, today, 3) : OnThisDay{today, 0, {}};
    for (int g = 0; g < m_result.groups.size(); ++g) {
        const QList<qint64> &ids = m_result.groups.at(g).wallIds;
        m_rows << Row{g, -1, 0};
        for (int i = 0; i < ids.size(); ++i)
            m_rows << Row{g, i, ids.at(i)};
        m_itemCount += int(ids.size());
    }
    endResetModel();
}

const WallItem *OnThisDayModel::itemAt(int row) const
{
    const Row &r = m_rows.at(row);
    auto it = m_items.constFind(r.wallId);
    if (it == m_items.cend()) {
        QList<qint64> ids;
        for (int i = row; i < m_rows.size() && ids.size() < 24; ++i) {
            if (m_rows.at(i).item >= 0 && !m_items.contains(m_rows.at(i).wallId))
                ids << m_rows.at(i).wallId;
        }
        for (const WallItem &item : WallModel::loadItems(m_database, ids))
            m_items.insert(item.wallId, item);
        it = m_items.constFind(r.wallId);
        if (it == m_items.cend())
            return nullptr; // deleted meanwhile
    }
    return &it.value();
}

int OnThisDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OnThisDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const OnThisDayGroup &group = m_result.groups.at(row.group);
    if (row.item < 0) {
        switch (role) {
        case WallModel::RowTypeRole:
            return int(WallModel::HeaderRow);
        case Qt::DisplayRole:
        case MemoryCardDelegate::HeaderTextRole:
            return tr("%n year(s) ago today", nullptr, group.yearsAgo) +
                   QStringLiteral(" · %1").arg(group.year);
        case WallModel::YearRole:
            return group.year;
        default:
            return QVariant();
        }
    }
    if (role == WallModel::RowTypeRole)
        return int(WallModel::ItemRow);
    if (role == WallModel::YearRole)
        return group.year;
    const WallItem *found = itemAt(index.row());
    if (!found)
        return QVariant();
    const WallItem &item = *found;
    switch (role) {
    case WallModel::ItemRole:
        return QVariant::fromValue(item);
    case WallModel::MemoryIdRole:
        return item.memoryId;
    case WallModel::KindRole:
        return item.kind;
    case Qt::DisplayRole:
        return item.title.isEmpty() ? item.text : item.title;
    default:
        return QVariant();
    }
}

OnThisDayPage::OnThisDayPage(Database &database, ThumbnailProvider *thumbnails, QWidget *parent)
    : QWidget(parent), m_database(database)
{
    setObjectName(QStringLiteral("onThisDayPage"));
    m_model = new OnThisDayModel(database, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *head = new QWidget(this);
    head->setAutoFillBackground(true); // the theme's window colours (View → Theme)
    auto *headLayout = new QVBoxLayout(head);
    headLayout->setContentsMargins(24, 18, 24, 6);
    m_title = new QLabel(head);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_note = new QLabel(head);
    m_note->setObjectName(QStringLiteral("onThisDayNote"));
    m_note->setWordWrap(true);
    headLayout->addWidget(m_title);
    headLayout->addWidget(m_note);
    m_navigator = new OnThisDayNavigator(head);
    headLayout->addWidget(m_navigator);
    connect(m_navigator, &OnThisDayNavigator::dateRequested, this, &OnThisDayPage::visitDate);
    layout->addWidget(head);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAutoFillBackground(true);
    layout->addWidget(m_empty, 1);
    m_view = new WallView(this);
    m_view->setObjectName(QStringLiteral("onThisDayView"));
    m_delegate = new MemoryCardDelegate(&database, thumbnails, this);
    m_view->setThumbnailProvider(thumbnails);
    m_view->setDelegate(m_delegate);
    m_view->setModel(m_model);
    layout->addWidget(m_view, 1);
    connect(m_view, &WallView::activated, this, [this](int row, int media) {
        const qint64 id = m_model->index(row).data(WallModel::MemoryIdRole).toLongLong();
        if (id > 0)
            emit openMemory(id, media);
    });
    connect(m_view, &WallView::contextMenuRequested, this, &OnThisDayPage::showMenu);
    retranslateUi();
}

void OnThisDayPage::setDate(const QDate &today)
{
    m_today = today;
    visitDate(today);
}

void OnThisDayPage::visitDate(const QDate &date)
{
    if (!date.isValid())
        return;
    m_model->setDate(date);
    const OnThisDay &day = m_model->result();
    m_neighbours =
        (day.isEmpty() || day.windowDays > 0) ? onThisDayNeighbours(m_database, date) : OnThisDayNeighbours();
    retranslateUi();
}

void OnThisDayPage::reload()
{
    visitDate(m_model->date().isValid() ? m_model->date() : m_today);
}

void OnThisDayPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QSize OnThisDayBanner::sizeHint() const
{
    // Two lines of text in a card with room around it, whatever the text size.
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    return QSize(400, qMax(84, QFontMetrics(bold).height() + fontMetrics().height() + 50));
}

void OnThisDayPage::retranslateUi()
{
    const OnThisDay &day = m_model->result();
    const QDate today = day.today.isValid() ? day.today : QDate::currentDate();
    m_title->setText(tr("On this day · %1").arg(QLocale().toString(today, tr("MMMM d"))));
    if (day.isEmpty()) {
        m_note->setText(QString());
        m_note->hide();
    } else if (day.windowDays > 0) {
        m_note->setText(tr("Nothing on this exact day in earlier years. This week in earlier years: %n "
                           "memories within ±%1 days of it.",
                           nullptr, m_model->itemCount())
                            .arg(day.windowDays));
        m_note->show();
    } else {
        m_note->setText(
            tr("%n memories from this day in earlier years. Right-click one to stop showing a person, "
               "a date or a tag here.",
               nullptr, m_model->itemCount()));
        m_note->show();
    }
    m_empty->setText(tr("Nothing from this day in earlier years, and nothing this week in earlier years "
                        "either.\nVisit one of the nearest days above, or pick any day."));
    m_navigator->setState(today, m_today, day.isEmpty() || day.windowDays > 0, m_neighbours);
    m_empty->setVisible(day.isEmpty());
    m_view->setVisible(!day.isEmpty());
}

void OnThisDayPage::showMenu(int row, const QPoint &globalPos)
{
    const QVariant v = m_model->index(row).data(WallModel::ItemRole);
    if (!v.isValid())
        return;
    const WallItem item = v.value<WallItem>();
    QMenu menu(this);
    QAction *open = menu.addAction(tr("Open"));
    menu.addSeparator();
    const QDateTime t = item.localTime();
    const int day = t.isValid() ? t.date().year() * 10000 + t.date().month() * 100 + t.date().day() : 0;
    QAction *hideDate = nullptr;
    if (day > 0)
        hideDate = menu.addAction(
            tr("Hide %1 from On This Day").arg(QLocale().toString(t.date(), QLocale::LongFormat)));
    // The people of this memory: its author and whoever it mentions.
    const QList<QPair<qint64, QString>> people = hideablePeopleOf(m_database, item.memoryId);
    const QList<QPair<qint64, QString>> tags = hideableTagsOf(m_database, item.memoryId);
    QHash<QAction *, QPair<HiddenKind, qint64>> actions;
    if (hideDate)
        actions.insert(hideDate, {HiddenKind::Date, day});
    for (const auto &[id, name] : people)
        actions.insert(
            menu.addAction(tr("Hide %1 from On This Day").arg(name.isEmpty() ? tr("this person") : name)),
            {HiddenKind::Person, id});
    for (const auto &[id, path] : tags)
        actions.insert(menu.addAction(tr("Hide the tag “%1” from On This Day").arg(path)),
                       {HiddenKind::Tag, id});
    QAction *chosen = menu.exec(globalPos);
    if (!chosen)
        return;
    if (chosen == open) {
        emit openMemory(item.memoryId, 0);
        return;
    }
    if (actions.contains(chosen)) {
        const auto [kind, value] = actions.value(chosen);
        setHiddenFromOnThisDay(m_database, kind, value, true);
        reload();
        emit hiddenChanged();
    }
}

OnThisDayBanner::OnThisDayBanner(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("onThisDayBanner"));
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // as tall as sizeHint(): the text size
    setFocusPolicy(Qt::StrongFocus);                           // Enter or Space opens 那年今日
    retranslateUi();
    hide();
}

void OnThisDayBanner::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)
        emit openRequested();
    else
        QWidget::keyPressEvent(event);
}

void OnThisDayBanner::setSummary(const OnThisDay &day, const QString &firstText)
{
    m_day = day;
    m_firstText = firstText;
    retranslateUi();
    setVisible(!day.isEmpty());
}

void OnThisDayBanner::retranslateUi()
{
    setAccessibleName(tr("On this day"));
    if (m_day.isEmpty())
        return;
    int count = 0;
    QStringList years;
    for (const OnThisDayGroup &g : m_day.groups) {
        count += int(g.wallIds.size());
        years << tr("%n year(s) ago", nullptr, g.yearsAgo);
    }
    m_headline = tr("On this day") + QStringLiteral(" · ") + tr("%n memories", nullptr, count) +
                 QStringLiteral(" · ") + years.join(tr(", "));
    m_detail = m_firstText.isEmpty()
                   ? QString()
                   : tr("%n year(s) ago today: %1", nullptr, m_day.groups.first().yearsAgo).arg(m_firstText);
    setAccessibleDescription(m_headline);
    update();
}

void OnThisDayBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OnThisDayBanner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), WallTheme::background());
    p.setRenderHint(QPainter::Antialiasing);
    // Lined up with the cards below: the wall reserves the scrubber and the scroll bar.
    const int usable = rect().width() - 64 - style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int width = qMin(usable - 32, 640);
    const QRect card((usable - width) / 2, 12, width, height() - 16);
    QLinearGradient gradient(card.topLeft(), card.topRight());
    gradient.setColorAt(0, WallTheme::selection());
    gradient.setColorAt(1, WallTheme::tint());
    QPainterPath path;
    path.addRoundedRect(QRectF(card), 10, 10);
    p.fillPath(path, gradient);
    if (hasFocus()) {
        p.setPen(QPen(WallTheme::focus(), 3));
        p.drawPath(path);
    }
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    p.setFont(bold);
    p.setPen(WallTheme::heading());
    const QFontMetrics fm(bold);
    const QRect inner = card.adjusted(18, 10, -18, -10);
    const QString open = tr("Open ›");
    const int openWidth = fm.horizontalAdvance(open) + 12;
    p.drawText(QRect(inner.left(), inner.top(), inner.width() - openWidth, fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(m_headline, Qt::ElideRight, inner.width() - openWidth));
    p.drawText(QRect(inner.left(), inner.top(), inner.width(), fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, open);
    p.setFont(font());
    p.setPen(WallTheme::text());
    const QRect detail(inner.left(), inner.top() + fm.height() + 6, inner.width(),
                       inner.height() - fm.height() - 6);
    p.drawText(detail, Qt::AlignLeft | Qt::AlignTop,
               QFontMetrics(font()).elidedText(m_detail, Qt::ElideRight, detail.width()));
}

void OnThisDayBanner::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit openRequested();
}

} // namespace ks
