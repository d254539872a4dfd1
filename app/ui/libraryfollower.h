// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/librarychanges.h"

#include <QObject>
#include <functional>

class QWidget;

namespace ks {

class Database;

/// Keeps a view current from the core's one "library changed" signal: when the library changes
/// in a way the view shows, @p reload runs at once if the view is on screen, or the next time it
/// is shown (a hidden page that reads the whole library costs nothing until it is looked at).
class LibraryFollower : public QObject
{
    Q_OBJECT
public:
    LibraryFollower(QWidget *view, Database &database, LibraryChanges::Changes shows,
                    std::function<void()> reload);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    LibraryChanges::Changes m_shows;
    std::function<void()> m_reload;
    bool m_stale = false;
};

} // namespace ks
