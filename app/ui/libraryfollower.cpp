// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryfollower.h"

#include "library/database.h"

#include <QEvent>
#include <QWidget>

namespace ks {

LibraryFollower::LibraryFollower(QWidget *view, Database &database, LibraryChanges::Changes shows,
                                 std::function<void()> reload)
    : QObject(view), m_view(view), m_shows(shows), m_reload(std::move(reload))
{
    view->installEventFilter(this);
    connect(database.changes(), &LibraryChanges::changed, this, [this](LibraryChanges::Changes what) {
        if (!(what & m_shows))
            return;
        if (m_view->isVisible())
            m_reload();
        else
            m_stale = true;
    });
}

bool LibraryFollower::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_reload();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ks
