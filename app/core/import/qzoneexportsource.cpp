// SPDX-License-Identifier: GPL-3.0-or-later
// QZoneExport: where a module's data and media are (its folders, the 助手备份数据 backup store)
// and reading them item by item.
#include "qzoneexportsession.h"

#include "exporterfiles.h"
#include "qzonejson.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace ks::qzoneexport {

using exporterfiles::childNamed;

void Session::indexFiles()
{
    QDirIterator it(m_root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    const qsizetype prefix = m_root.size() + 1;
    while (it.hasNext()) {
        const QString rel = it.next().mid(prefix);
        const QString lower = rel.toLower();
        m_files.insert(lower, rel);
        const qsizetype slash = lower.indexOf(QLatin1Char('/'));
        if (slash > 0)
            m_byName[lower.left(slash)].insert(lower.section(QLatin1Char('/'), -1), rel);
    }
}

QString Session::moduleDir(const ModuleSpec &m) const
{
    const QString dir = childNamed(m_root, QLatin1String(m.dir));
    return dir.isEmpty() ? QString() : QFileInfo(dir).fileName();
}

qzone::MediaResolver Session::resolverFor(const QString &dir)
{
    return [this, dir](const QString &written, const QString &role) {
        return resolve(dir, written, role);
    };
}

MediaRef Session::resolve(const QString &moduleDir, const QString &written, const QString &role)
{
    QString found;
    const MediaRef ref = resolveIn(moduleDir, written, role, &found);
    if (!found.isEmpty())
        noteFound(found);
    return ref;
}

void Session::noteFound(const QString &found)
{
    m_referenced.insert(found.toLower());
    if (DataFileMemo::Used *used = m_memo.tracking())
        used->referenced << found;
}

MediaRef Session::resolveIn(const QString &moduleDirName, const QString &written, const QString &role,
                            QString *foundFile) const
{
    MediaRef ref;
    ref.role = role;
    const QString path = exporterfiles::writtenPath(written);
    ref.originalName = path.section(QLatin1Char('/'), -1);
    if (path.isEmpty())
        return ref;

    // 1. root-relative, 2. module-relative (both case-folded, which also covers images/Images).
    QStringList candidates;
    if (!path.startsWith(QLatin1String("../")))
        candidates << QDir::cleanPath(path);
    candidates << QDir::cleanPath(moduleDirName + QLatin1Char('/') + path);
    QString found;
    for (const QString &c : candidates) {
        if (c.startsWith(QLatin1String("../")))
            continue; // never outside the export
        const auto it = m_files.constFind(c.toLower());
        if (it != m_files.constEnd()) {
            found = it.value();
            break;
        }
    }
    // 4. the same file name anywhere under the module folder.
    if (found.isEmpty()) {
        const auto names = m_byName.value(moduleDirName.toLower());
        const QStringList hits = names.values(ref.originalName.toLower());
        if (hits.size() == 1)
            found = hits.first();
    }
    if (!found.isEmpty()) {
        *foundFile = found;
        ref.relPath = found;
        ref.filePath = m_root + QLatin1Char('/') + found;
        return ref;
    }
    // Not here: name where it should be, so the media half of the export can fill it in.
    const QString first = path.section(QLatin1Char('/'), 0, 0);
    bool rootRelative = false;
    for (const ModuleSpec &m : kModules)
        rootRelative = rootRelative || first.compare(QLatin1String(m.dir), Qt::CaseInsensitive) == 0;
    rootRelative = rootRelative || first.compare(QLatin1String("Common"), Qt::CaseInsensitive) == 0;
    const QString expected = QDir::cleanPath(rootRelative ? path : moduleDirName + QLatin1Char('/') + path);
    if (expected.startsWith(QLatin1String("../")))
        return ref;
    ref.relPath = expected;
    ref.filePath = m_root + QLatin1Char('/') + expected;
    return ref;
}

bool Session::loadBackup()
{
    const QStringList files = backupFiles(m_root);
    for (const QString &file : files) {
        const QJsonValue value = qzone::readDataFile(file, m_context);
        if (value.isUndefined())
            continue;
        const QJsonObject backedUp = value.toObject().value(QLatin1String("Backedup")).toObject();
        if (backedUp.isEmpty())
            continue;
        // The account whose folder this is, else the one the file is named after, else the first.
        QString uin = m_uin;
        if (uin.isEmpty() || !backedUp.contains(uin)) {
            static const QRegularExpression named(QStringLiteral("_(\\d+)\\.json$"));
            const auto m = named.match(file);
            uin = m.hasMatch() && backedUp.contains(m.captured(1)) ? m.captured(1) : backedUp.keys().value(0);
        }
        if (m_uin.isEmpty())
            m_uin = uin;
        // Several entries of one module are incremental backups: newest first, duplicates skipped later.
        QList<QJsonObject> entries;
        for (const QJsonValue &v : backedUp.value(uin).toArray())
            entries << v.toObject();
        std::stable_sort(entries.begin(), entries.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1String("time")).toDouble() > b.value(QLatin1String("time")).toDouble();
        });
        for (const QJsonObject &entry : entries) {
            const QString module = entry.value(QLatin1String("module")).toString();
            const QJsonValue data = entry.value(QLatin1String("data"));
            if (module.isEmpty() || data.isUndefined() || data.isNull())
                continue;
            if (!m_backup.contains(module)) {
                m_backup.insert(module, data);
                continue;
            }
            // Merge: arrays concatenate, {items:[…]} objects concatenate their items.
            QJsonValue merged = m_backup.value(module);
            if (merged.isArray()) {
                QJsonArray a = merged.toArray();
                for (const QJsonValue &v : qzone::itemsOf(data))
                    a.append(v);
                merged = a;
            } else if (merged.isObject()) {
                QJsonObject o = merged.toObject();
                QJsonArray a = o.value(QLatin1String("items")).toArray();
                for (const QJsonValue &v : qzone::itemsOf(data))
                    a.append(v);
                o.insert(QStringLiteral("items"), a);
                merged = o;
            }
            m_backup.insert(module, merged);
        }
        m_backupFile = file;
        m_anyData = true;
        return true;
    }
    return false;
}

QJsonValue Session::readModuleFile(const QString &path)
{
    if (m_context.isCancelled())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonValue value = qzone::readDataFile(path, m_context);
    if (!value.isUndefined())
        m_anyData = true;
    return value;
}

void Session::forEachItem(const ModuleSpec &m, const ItemCallback &onItem, bool quiet, const FileHooks *hooks,
                          const FileReader *readFile)
{
    if (m_backup.contains(QLatin1String(m.backupName))) {
        for (const QJsonValue &v : qzone::itemsOf(m_backup.value(QLatin1String(m.backupName)))) {
            if (!onItem(v, m_backupFile))
                return;
        }
        return;
    }
    QStringList candidates, years;
    moduleFiles(m_root, m, &candidates, &years);
    // The first file read to its end is the module's data. One cut short gives the items before
    // the damage, and the next file the rest (an item met twice is imported once).
    for (const QStringList *files : {&candidates, &years}) {
        for (const QString &file : *files) {
            if (m_context.isCancelled())
                return;
            const auto each = [&](const QJsonValue &item, qint64) {
                return onItem(item, file);
            };
            const bool hooked = hooks && !quiet && files == &candidates;
            if (hooked && hooks->before(file))
                return; // accounted for, as a candidate read to its end
            const qzone::StreamResult result = readFile ? (*readFile)(file)
                                               : quiet  ? qzone::streamDataFile(file, each)
                                                        : qzone::streamDataFile(file, m_context, each);
            if (hooked)
                hooks->after(file, result);
            if (!quiet && (result.complete || result.entries > 0))
                m_anyData = true;
            if (result.stopped || (result.complete && files == &candidates))
                return;
        }
    }
}

QJsonValue Session::loadModule(const ModuleSpec &m, QString *sourceFile, QStringList *extraFiles)
{
    return loadModuleWith(
        m, [this](const QString &path) { return readModuleFile(path); }, sourceFile, extraFiles);
}

QJsonValue Session::loadModuleQuietly(const ModuleSpec &m, QString *sourceFile) const
{
    const std::atomic_bool *cancel = m_context.cancelFlag();
    return loadModuleWith(
        m,
        [cancel](const QString &path) {
            if (cancel && cancel->load())
                return QJsonValue(QJsonValue::Undefined);
            const qzone::DataFileResult result = qzone::readDataFile(path);
            return result.ok() ? result.value : QJsonValue(QJsonValue::Undefined);
        },
        sourceFile, nullptr);
}

QJsonValue Session::loadModuleWith(const ModuleSpec &m,
                                   const std::function<QJsonValue(const QString &)> &read,
                                   QString *sourceFile, QStringList *extraFiles) const
{
    if (m_backup.contains(QLatin1String(m.backupName))) {
        *sourceFile = m_backupFile;
        return m_backup.value(QLatin1String(m.backupName));
    }
    QStringList candidates, years;
    moduleFiles(m_root, m, &candidates, &years);
    for (const QString &file : candidates) {
        const QJsonValue value = read(file);
        if (!value.isUndefined()) {
            *sourceFile = file;
            return value;
        }
    }
    // Per-year files hold the same items: the last resort, read all and merge.
    QJsonArray merged;
    QJsonObject mergedObject;
    bool any = false;
    for (const QString &year : std::as_const(years)) {
        const QFileInfo fi(year);
        const QJsonValue value = read(fi.absoluteFilePath());
        if (value.isUndefined())
            continue;
        if (!any)
            *sourceFile = fi.absoluteFilePath();
        else if (extraFiles)
            *extraFiles << fi.absoluteFilePath();
        any = true;
        if (value.isObject() && mergedObject.isEmpty())
            mergedObject = value.toObject();
        for (const QJsonValue &v : qzone::itemsOf(value))
            merged.append(v);
    }
    if (!any)
        return QJsonValue(QJsonValue::Undefined);
    if (!mergedObject.isEmpty()) {
        mergedObject.insert(QStringLiteral("items"), merged);
        return mergedObject;
    }
    return merged;
}

} // namespace ks::qzoneexport
