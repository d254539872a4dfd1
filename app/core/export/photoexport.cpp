// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a photo export's copies: read from the vault (never written), checked against their
// hash, EXIF merged or an XMP sidecar beside them, dated, and never over an existing file.
#include "photoexport.h"

#include "library/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace ks {

namespace {

/// Writes @p bytes as a new file at @p target, dated @p date (when valid): through a temporary
/// file renamed into place, which never replaces a file that is there (false then, @p exists
/// set). The file gets the permissions of any new file (0666 less the umask), unlike
/// QTemporaryFile's 0600.
bool writeNewFile(const QString &target, const QByteArray &bytes, const QDateTime &date, QString *why,
                  bool *exists)
{
    *exists = false;
    const QString dir = QFileInfo(target).absolutePath();
    QFile temp;
    for (int attempt = 0; attempt < 100 && !temp.isOpen(); ++attempt) {
        temp.setFileName(dir + QStringLiteral("/.keepsake-%1.part")
                                   .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
        temp.open(QIODevice::WriteOnly | QIODevice::NewOnly);
    }
    const auto fail = [&](const QString &error) {
        *why = QCoreApplication::translate("ks::PhotoExport", "it could not be written to %1 (%2)")
                   .arg(QDir::toNativeSeparators(target), error);
        if (temp.isOpen()) { // only a file made here is removed
            temp.close();
            QFile::remove(temp.fileName());
        }
        return false;
    };
    if (!temp.isOpen())
        return fail(temp.errorString());
    if (temp.write(bytes) != bytes.size() || !temp.flush())
        return fail(temp.errorString());
    if (date.isValid()) {
        temp.setFileTime(date, QFileDevice::FileModificationTime);
        temp.setFileTime(date, QFileDevice::FileAccessTime);
    }
    temp.close();
    // QFile::rename never replaces an existing file (renameat2 RENAME_NOREPLACE, else link+unlink).
    if (QFileInfo::exists(target) || !temp.rename(target)) {
        *exists = QFileInfo::exists(target);
        const QString error = temp.errorString();
        QFile::remove(temp.fileName()); // closed, but made here
        if (!*exists)
            *why = QCoreApplication::translate("ks::PhotoExport", "it could not be written to %1 (%2)")
                       .arg(QDir::toNativeSeparators(target), error);
        return false;
    }
    return true;
}

QString exifErrorText(ExifMergeError error)
{
    switch (error) {
    case ExifMergeError::NotJpeg:
        return QCoreApplication::translate("ks::PhotoExport", "its JPEG structure cannot be read");
    case ExifMergeError::TooLarge:
        return QCoreApplication::translate("ks::PhotoExport",
                                           "its camera's EXIF block leaves no room for the date and words");
    case ExifMergeError::OutOfMemory:
    case ExifMergeError::SaveFailed:
    case ExifMergeError::None:
        break;
    }
    return QCoreApplication::translate("ks::PhotoExport", "its EXIF block could not be written");
}

} // namespace

PhotoExporter::PhotoExporter(Database &database, const PhotoExportOptions &options)
    : m_database(database), m_options(options)
{
}

bool PhotoExporter::writeItem(const PhotoExportItem &item, QString *why)
{
    QFile source(item.vaultFile);
    if (item.vaultFile.isEmpty() || !source.exists()) {
        *why = QCoreApplication::translate("ks::PhotoExport", "its file is missing from the library's vault");
        return false;
    }
    if (!source.open(QIODevice::ReadOnly)) {
        *why = QCoreApplication::translate("ks::PhotoExport", "its file in the vault cannot be read (%1)")
                   .arg(source.errorString());
        return false;
    }
    const QByteArray original = source.readAll();
    source.close();
    if (QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex() != item.sha256.toLatin1()) {
        *why = QCoreApplication::translate(
            "ks::PhotoExport", "its file in the vault is damaged (its content no longer matches)");
        return false;
    }
    QByteArray bytes = original;
    QByteArray sidecar;
    if (item.isJpeg()) {
        const ExifMerge merged = mergeJpegExif(original, item.meta);
        if (merged.jpeg.isEmpty()) {
            *why = exifErrorText(merged.error);
            return false;
        }
        bytes = merged.jpeg;
    } else if (item.meta.stripGps && item.mime == QLatin1String("image/png")) {
        bytes = pngWithoutMetadata(original);
        if (bytes.isEmpty()) {
            *why = QCoreApplication::translate(
                "ks::PhotoExport", "its PNG chunks cannot be read, so privacy mode cannot take its "
                                   "metadata out; it was left out");
            return false;
        }
        sidecar = xmpSidecar(item.meta);
    } else if (item.meta.stripGps && item.mime != QLatin1String("image/gif")) {
        // A GIF carries no place; other formats might, and are not cleaned here.
        *why = QCoreApplication::translate("ks::PhotoExport",
                                           "privacy mode cannot take the metadata out of a %1 file; it was "
                                           "left out")
                   .arg(item.extension.toUpper());
        return false;
    } else {
        // PNG, GIF and the rest are copied as they are; their words go beside them.
        sidecar = xmpSidecar(item.meta);
    }

    const QString target = QDir(m_options.outputDir).filePath(item.relativePath);
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        *why = QCoreApplication::translate("ks::PhotoExport", "the folder %1 could not be made")
                   .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()));
        return false;
    }
    // "name 01.jpg", else "name 01 (2).jpg", …: nothing already there is replaced.
    const QString dir = QFileInfo(target).absolutePath();
    const QString base = QFileInfo(target).completeBaseName();
    for (int attempt = 1; attempt < 10000; ++attempt) {
        const QString name = attempt == 1 ? base : QStringLiteral("%1 (%2)").arg(base).arg(attempt);
        const QString path = dir + QLatin1Char('/') + name + QLatin1Char('.') + item.extension;
        const QString xmp =
            sidecar.isEmpty() ? QString() : dir + QLatin1Char('/') + name + QStringLiteral(".xmp");
        if (!xmp.isEmpty() && QFileInfo::exists(xmp))
            continue;
        bool exists = false;
        if (!writeNewFile(path, bytes, item.meta.date, why, &exists)) {
            if (exists)
                continue;
            return false;
        }
        PhotoExportFile file{path, QString(), &item};
        if (!xmp.isEmpty()) {
            if (!writeNewFile(xmp, sidecar, item.meta.date, why, &exists)) {
                QFile::remove(path); // a copy without its words is not what was asked for
                if (exists)
                    continue;
                return false;
            }
            file.sidecar = xmp;
        }
        m_files.append(file);
        return true;
    }
    *why = QCoreApplication::translate("ks::PhotoExport", "every name for it in %1 is taken")
               .arg(QDir::toNativeSeparators(dir));
    return false;
}

ExportResult PhotoExporter::exportSelection(const ExportSelection &selection)
{
    ExportResult result;
    m_files.clear();
    m_failures.clear();
    m_skipped.clear();
    m_plan = planPhotoExport(m_database, selection, m_options.layout, m_options.mediaIds);
    if (!m_plan.error.isEmpty()) {
        result.error = m_plan.error;
        return result;
    }
    result.memories = m_plan.memories;
    // Copies written into the library's own folder would mix with (or land in) the vault.
    const QString library = QFileInfo(m_database.libraryDir()).canonicalFilePath();
    const QString outputDir = QDir::cleanPath(QDir(m_options.outputDir).absolutePath());
    QString existing = outputDir;
    while (!existing.isEmpty() && !QFileInfo::exists(existing) && existing != QDir::rootPath())
        existing = QFileInfo(existing).absolutePath();
    const QString output = QFileInfo(existing).canonicalFilePath() + outputDir.mid(existing.size());
    if (!library.isEmpty() && (output == library || output.startsWith(library + QLatin1Char('/')))) {
        result.error = QCoreApplication::translate(
                           "ks::PhotoExport", "the photos cannot be written into the library's own folder %1")
                           .arg(QDir::toNativeSeparators(library));
        return result;
    }
    if (m_options.outputDir.isEmpty() || !QDir().mkpath(m_options.outputDir) ||
        !QFileInfo(m_options.outputDir).isDir()) {
        result.error = QCoreApplication::translate("ks::PhotoExport", "the folder %1 could not be made")
                           .arg(QDir::toNativeSeparators(m_options.outputDir));
        return result;
    }
    const int total = int(m_plan.items.size());
    for (int i = 0; i < total; ++i) {
        if (m_cancel && m_cancel->load()) {
            result.cancelled = true;
            break;
        }
        const PhotoExportItem &item = m_plan.items.at(i);
        if (m_progress)
            m_progress(i, total, item.relativePath);
        const QString name = QStringLiteral("%1 (%2)").arg(
            item.sourceName.isEmpty() ? item.sha256 : item.sourceName, item.memoryKey);
        // Known since the import (and listed in its problems): the library never had the photo.
        if (item.status == QLatin1String("missing")) {
            m_skipped << QCoreApplication::translate("ks::PhotoExport",
                                                     "%1: the QQ export did not contain this photo")
                             .arg(name);
            continue;
        }
        if (item.status == QLatin1String("placeholder")) {
            m_skipped << QCoreApplication::translate(
                             "ks::PhotoExport",
                             "%1: QQ Space gave its \"picture missing\" image instead of this photo")
                             .arg(name);
            continue;
        }
        QString why;
        if (item.status == QLatin1String("damaged"))
            why = QCoreApplication::translate("ks::PhotoExport",
                                              "its file was already damaged when it was imported");
        else if (writeItem(item, &why))
            continue;
        m_failures << QStringLiteral("%1: %2").arg(name, why);
    }
    if (m_progress)
        m_progress(total, total, QString());
    result.ok = true;
    result.photos = int(m_files.size());
    result.problems = int(m_failures.size());
    result.warnings = m_failures + m_skipped;
    return result;
}

} // namespace ks
