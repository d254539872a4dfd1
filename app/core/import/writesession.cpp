// SPDX-License-Identifier: GPL-3.0-or-later
#include "writesession.h"

#include "domain/records.h"

#include <QCryptographicHash>
#include <QDir>

namespace ks {

namespace {

// SQLite primary result codes (the low byte of the extended code Qt reports).
constexpr int kSqliteConstraint = 19;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace

bool WriteSession::run(StatementCache::Query &q)
{
    if (q.exec())
        return true;
    fail(q.lastError());
    return false;
}

bool WriteSession::runAllowingConflict(StatementCache::Query &q, bool *conflict)
{
    *conflict = false;
    if (q.exec())
        return true;
    if (primaryCode(q.lastError()) == kSqliteConstraint) {
        *conflict = true;
        return false;
    }
    fail(q.lastError());
    return false;
}

void WriteSession::fail(const QSqlError &error)
{
    context.failLibrary(describeLibraryError(error));
}

QString describeLibraryError(const QSqlError &error)
{
    const QString sqlite = error.text().trimmed();
    switch (primaryCode(error)) {
    case 13: // SQLITE_FULL
        return QStringLiteral("the library's disk is full (%1)").arg(sqlite);
    case 8: // SQLITE_READONLY
        return QStringLiteral("the library is read-only (%1)").arg(sqlite);
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QStringLiteral("the library is in use by another program (%1)").arg(sqlite);
    case 10: // SQLITE_IOERR
        return QStringLiteral("the library's disk could not be written (%1)").arg(sqlite);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QStringLiteral("the library database is damaged (%1)").arg(sqlite);
    default:
        return QStringLiteral("the library database refused a write (%1)").arg(sqlite);
    }
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableTime(qint64 t)
{
    return t == kNoTime ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(t);
}

QVariant textOrEmpty(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QString sha1Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString normalisedRelPath(QString relPath)
{
    relPath.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (relPath.startsWith(QLatin1String("./")))
        relPath.remove(0, 2);
    while (relPath.startsWith(QLatin1Char('/')))
        relPath.remove(0, 1);
    return QDir::cleanPath(relPath).toCaseFolded();
}

} // namespace ks
