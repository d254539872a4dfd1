// SPDX-License-Identifier: GPL-3.0-or-later
#include "datecorrection.h"

#include "library/database.h"
#include "library/librarychanges.h"
#include "library/storedsearch.h"
#include "models/wallindex.h"
#include "search/searchorder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace ks {

namespace {

QDateTime localTime(qint64 created, int offset)
{
    return QDateTime::fromSecsSinceEpoch(created, QTimeZone(offset));
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalValue(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

DateCorrection::DateCorrection(Database &database) : m_database(database) {}

QString DateCorrection::libraryError(const QString &sqlError) const
{
    // The library's fault, never the source's: a read-only disk, a full disk, a locked database.
    return QCoreApplication::translate("ks::DateCorrection", "The library could not be changed: %1")
        .arg(sqlError);
}

QList<qint64> DateCorrection::memoriesWithKeys(const QStringList &keys, QStringList *unknown) const
{
    QList<qint64> ids;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM memories WHERE key = ? ORDER BY id"));
    for (const QString &key : keys) {
        q.addBindValue(key);
        bool found = false;
        if (q.exec()) {
            while (q.next()) {
                found = true;
                if (!ids.contains(q.value(0).toLongLong()))
                    ids.append(q.value(0).toLongLong());
            }
        }
        if (!found && unknown)
            unknown->append(key);
    }
    return ids;
}

QList<DateCorrection::Target> DateCorrection::load(const QList<qint64> &memoryIds, QString *error) const
{
    QList<Target> targets;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT created, utc_offset FROM memories WHERE id = ?"));
    for (qint64 id : memoryIds) {
        q.addBindValue(id);
        if (!q.exec()) {
            *error = libraryError(q.lastError().text());
            return {};
        }
        if (!q.next())
            continue; // removed meanwhile: nothing to put right
        Target t;
        t.id = id;
        t.created = optionalValue(q.value(0));
        t.offset = q.value(1).toInt();
        t.newOffset = t.offset;
        targets.append(t);
    }
    return targets;
}

DateCorrectionResult DateCorrection::set(const QList<qint64> &memoryIds, const DateSetting &to)
{
    DateCorrectionResult result;
    QList<Target> targets = load(memoryIds, &result.error);
    if (!result.error.isEmpty())
        return result;
    for (Target &t : targets) {
        t.newOffset = to.utcOffsetSeconds.value_or(t.offset);
        // Without a time the memory keeps its own time of day (noon when it had none).
        const QTime time =
            to.time ? *to.time : (t.created ? localTime(*t.created, t.offset).time() : QTime(12, 0));
        t.newCreated = QDateTime(to.date, time, QTimeZone(t.newOffset)).toSecsSinceEpoch();
    }
    return apply(targets, "set");
}

DateCorrectionResult DateCorrection::shift(const QList<qint64> &memoryIds, const DateShift &by)
{
    DateCorrectionResult result;
    QList<Target> targets = load(memoryIds, &result.error);
    if (!result.error.isEmpty())
        return result;
    QList<Target> dated;
    for (Target &t : targets) {
        if (!t.created) {
            ++result.undated;
            continue;
        }
        const QDateTime moved = localTime(*t.created, t.offset)
                                    .addYears(by.years)
                                    .addMonths(by.months)
                                    .addDays(by.days)
                                    .addSecs(by.seconds);
        t.newCreated = moved.toSecsSinceEpoch();
        dated.append(t);
    }
    const int undated = result.undated;
    result = apply(dated, "shift");
    result.undated = undated;
    if (dated.isEmpty() && undated > 0 && result.error.isEmpty()) {
        result.ok = false;
        result.error = QCoreApplication::translate("ks::DateCorrection",
                                                   "These memories have no date to shift; set one instead.");
    }
    return result;
}

DateCorrectionResult DateCorrection::useCameraDate(const QList<qint64> &memoryIds)
{
    DateCorrectionResult result;
    QList<Target> targets = load(memoryIds, &result.error);
    if (!result.error.isEmpty())
        return result;
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT md.taken_local FROM memory_media mm JOIN media md ON md.id = mm.media_id "
                       "WHERE mm.memory_id = ? AND md.taken_local IS NOT NULL AND md.taken_local <> '' "
                       "ORDER BY mm.position"));
    QList<Target> withCamera;
    for (Target &t : targets) {
        q.addBindValue(t.id);
        if (!q.exec()) {
            result.error = libraryError(q.lastError().text());
            return result;
        }
        QDateTime taken;
        while (!taken.isValid() && q.next())
            taken = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
        if (!taken.isValid()) {
            ++result.noCameraDate;
            continue;
        }
        // The camera's clock has no zone: its wall-clock time in the memory's own offset.
        t.newCreated = QDateTime(taken.date(), taken.time(), QTimeZone(t.offset)).toSecsSinceEpoch();
        withCamera.append(t);
    }
    const int noCamera = result.noCameraDate;
    result = apply(withCamera, "camera");
    result.noCameraDate = noCamera;
    if (withCamera.isEmpty() && noCamera > 0 && result.error.isEmpty()) {
        result.ok = false;
        result.error = QCoreApplication::translate("ks::DateCorrection",
                                                   "No photo of these memories carries a camera date.");
    }
    return result;
}

DateCorrectionResult
DateCorrection::committed(const std::function<QString(QSqlDatabase &, DateCorrectionResult &)> &change)
{
    DateCorrectionResult result;
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        result.error = libraryError(q.lastError().text());
        return result;
    }
    QString error = change(db, result);
    QString why;
    if (error.isEmpty() && !forgetStoredSearch(db, &why)) // the stored order is of the old dates
        error = libraryError(why);
    if (error.isEmpty() && !q.exec(QStringLiteral("COMMIT")))
        error = libraryError(q.lastError().text());
    if (!error.isEmpty()) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        result.ok = false;
        result.error = error;
        return result;
    }
    result.ok = true;
    if (!rebuildWallIndex(db))
        result.error = QCoreApplication::translate(
            "ks::DateCorrection",
            "The dates are changed, but the wall could not be rebuilt; open the library again.");
    writeSearchOrder(db);
    m_database.changes()->notify(LibraryChanges::Memories);
    return result;
}

DateCorrectionResult DateCorrection::apply(QList<Target> targets, const char *how)
{
    QList<Target> moving;
    int unchanged = 0;
    for (const Target &t : std::as_const(targets)) {
        if (t.created == t.newCreated && t.offset == t.newOffset)
            ++unchanged;
        else
            moving.append(t);
    }
    if (moving.isEmpty()) {
        DateCorrectionResult result;
        result.unchanged = unchanged;
        result.ok = true;
        return result;
    }
    DateCorrectionResult result = committed([&](QSqlDatabase &db, DateCorrectionResult &r) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(batch), 0) + 1 FROM date_changes")) || !q.next())
            return libraryError(q.lastError().text());
        const qint64 batch = q.value(0).toLongLong();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QSqlQuery log(db), keep(db), update(db);
        log.prepare(
            QStringLiteral("INSERT INTO date_changes (batch, memory_id, before_created, before_utc_offset, "
                           "after_created, after_utc_offset, how) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        // The first correction keeps the source's date; later ones only move corrected_at.
        keep.prepare(
            QStringLiteral("INSERT INTO date_corrections (memory_id, original_created, original_utc_offset, "
                           "corrected_at) VALUES (?, ?, ?, ?) ON CONFLICT (memory_id) DO UPDATE SET "
                           "corrected_at = excluded.corrected_at"));
        update.prepare(QStringLiteral("UPDATE memories SET created = ?, utc_offset = ? WHERE id = ?"));
        for (const Target &t : std::as_const(moving)) {
            log.addBindValue(batch);
            log.addBindValue(t.id);
            log.addBindValue(nullable(t.created));
            log.addBindValue(t.offset);
            log.addBindValue(*t.newCreated);
            log.addBindValue(t.newOffset);
            log.addBindValue(QString::fromLatin1(how));
            if (!log.exec())
                return libraryError(log.lastError().text());
            keep.addBindValue(t.id);
            keep.addBindValue(nullable(t.created));
            keep.addBindValue(t.offset);
            keep.addBindValue(now);
            if (!keep.exec())
                return libraryError(keep.lastError().text());
            update.addBindValue(*t.newCreated);
            update.addBindValue(t.newOffset);
            update.addBindValue(t.id);
            if (!update.exec())
                return libraryError(update.lastError().text());
        }
        r.changed = int(moving.size());
        r.batch = batch;
        return QString();
    });
    result.unchanged = unchanged;
    return result;
}

DateCorrectionResult DateCorrection::undoLast()
{
    return committed([this](QSqlDatabase &db, DateCorrectionResult &r) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT MAX(batch) FROM date_changes")) || !q.next())
            return libraryError(q.lastError().text());
        if (q.value(0).isNull())
            return QCoreApplication::translate("ks::DateCorrection", "There is no date change to undo.");
        const qint64 batch = q.value(0).toLongLong();
        if (!q.exec(QStringLiteral("SELECT COUNT(DISTINCT memory_id) FROM date_changes WHERE batch = %1")
                        .arg(batch)) ||
            !q.next())
            return libraryError(q.lastError().text());
        r.changed = q.value(0).toInt();
        r.batch = batch;
        // Newest row first, so a memory changed twice in one batch ends at its first "before".
        const QStringList steps{
            QStringLiteral("UPDATE memories SET created = c.before_created, utc_offset = c.before_utc_offset "
                           "FROM (SELECT memory_id, before_created, before_utc_offset FROM date_changes "
                           "WHERE batch = %1 AND id IN (SELECT MIN(id) FROM date_changes WHERE batch = %1 "
                           "GROUP BY memory_id)) AS c WHERE memories.id = c.memory_id")
                .arg(batch),
            QStringLiteral("DELETE FROM date_changes WHERE batch = %1").arg(batch),
            // Back where the source put it: no longer a correction, imports may update it again.
            QStringLiteral("DELETE FROM date_corrections WHERE NOT EXISTS (SELECT 1 FROM date_changes c "
                           "WHERE c.memory_id = date_corrections.memory_id)"),
        };
        for (const QString &sql : steps) {
            if (!q.exec(sql))
                return libraryError(q.lastError().text());
        }
        return QString();
    });
}

bool DateCorrection::canUndo() const
{
    QSqlQuery q(m_database.connection());
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM date_changes)")) && q.next() &&
           q.value(0).toBool();
}

std::optional<OriginalDate> DateCorrection::original(qint64 memoryId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT original_created, original_utc_offset FROM date_corrections WHERE memory_id = ?"));
    q.addBindValue(memoryId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    OriginalDate original;
    original.created = optionalValue(q.value(0));
    original.utcOffsetSeconds = q.value(1).toInt();
    return original;
}

std::optional<MemoryDate> DateCorrection::dateOf(qint64 memoryId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT key, created, utc_offset FROM memories WHERE id = ?"));
    q.addBindValue(memoryId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    MemoryDate date;
    date.key = q.value(0).toString();
    date.created = optionalValue(q.value(1));
    date.utcOffsetSeconds = q.value(2).toInt();
    date.original = original(memoryId);
    return date;
}

} // namespace ks
