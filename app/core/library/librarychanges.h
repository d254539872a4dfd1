// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QObject>

class QSqlDatabase;

namespace ks {

/// THE "library changed" signal: whatever writes to a library (an import, a tag edit, a saved
/// search) says what it changed here, and every view that shows that part of the library
/// refreshes itself from changed() instead of being refreshed by hand by the window.
///
/// There is one notifier per library file in the process, whichever connection or thread
/// wrote: notify() may be called from any thread. Changes are gathered and delivered once,
/// on the application's thread, when its event loop next runs — a hundred tag edits in a row
/// are one refresh.
class LibraryChanges : public QObject
{
    Q_OBJECT
public:
    enum Change
    {
        Memories = 0x01,      ///< memories, their media or comments added or changed
        Tags = 0x02,          ///< tags created, renamed, moved, merged, removed or (un)assigned
        SavedSearches = 0x04, ///< saved searches added, renamed, moved or removed
        People = 0x08,        ///< people, names, avatars, friendships
        Problems = 0x10,      ///< the stored import problems
        Everything = 0xff,
    };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

    /// The notifier of the library whose database file is @p databasePath.
    static LibraryChanges *forDatabaseFile(const QString &databasePath);
    /// The notifier of the library @p connection is open on.
    static LibraryChanges *forConnection(const QSqlDatabase &connection);

    /// Says that @p what changed; changed() follows on the application's thread.
    void notify(Changes what);

signals:
    void changed(ks::LibraryChanges::Changes what);

private:
    explicit LibraryChanges(QObject *parent = nullptr);
    void deliver();

    Changes m_pending;
    bool m_scheduled = false;
};

/// Put at the top of a function that writes to a library: when the function returns, however it
/// returns, it says @p what changed (a failed edit only costs the views a re-read).
class ChangeNote
{
public:
    ChangeNote(const QSqlDatabase &connection, LibraryChanges::Changes what);
    ~ChangeNote();
    ChangeNote(const ChangeNote &) = delete;
    ChangeNote &operator=(const ChangeNote &) = delete;

private:
    LibraryChanges *m_notifier;
    LibraryChanges::Changes m_what;
};

} // namespace ks

Q_DECLARE_OPERATORS_FOR_FLAGS(ks::LibraryChanges::Changes)
