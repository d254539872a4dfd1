// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarychanges.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QThread>

namespace ks {

namespace {
QMutex registryMutex;

QHash<QString, LibraryChanges *> &registry()
{
    // Process-long: a notifier outlives every window and connection of its library, so a
    // late notify() from a finishing worker never reaches a deleted object.
    static QHash<QString, LibraryChanges *> notifiers;
    return notifiers;
}

QString keyFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}
} // namespace

LibraryChanges::LibraryChanges(QObject *parent) : QObject(parent) {}

LibraryChanges *LibraryChanges::forDatabaseFile(const QString &databasePath)
{
    const QString key = keyFor(databasePath);
    QMutexLocker lock(&registryMutex);
    LibraryChanges *&notifier = registry()[key];
    if (!notifier) {
        notifier = new LibraryChanges;
        // Delivered where the views live, whichever thread asked first.
        if (QCoreApplication *app = QCoreApplication::instance())
            notifier->moveToThread(app->thread());
    }
    return notifier;
}

LibraryChanges *LibraryChanges::forConnection(const QSqlDatabase &connection)
{
    return forDatabaseFile(connection.databaseName());
}

void LibraryChanges::notify(Changes what)
{
    QMutexLocker lock(&registryMutex);
    m_pending |= what;
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &LibraryChanges::deliver, Qt::QueuedConnection);
}

void LibraryChanges::deliver()
{
    Changes what;
    {
        QMutexLocker lock(&registryMutex);
        what = m_pending;
        m_pending = {};
        m_scheduled = false;
    }
    if (what)
        emit changed(what);
}

ChangeNote::ChangeNote(const QSqlDatabase &connection, LibraryChanges::Changes what)
    : m_notifier(LibraryChanges::forConnection(connection)), m_what(what)
{
}

ChangeNote::~ChangeNote()
{
    m_notifier->notify(m_what);
}

} // namespace ks
