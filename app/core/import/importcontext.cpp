// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontext.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace ks {

ImportContext::ImportContext(const QString &sourcePath)
{
    m_report.sourcePath = sourcePath;
    m_progressTimer.start();
}

void ImportContext::failLibrary(const QString &error)
{
    if (!m_libraryError.isEmpty())
        return;
    m_libraryError = error.isEmpty() ? QStringLiteral("the library could not be written") : error;
    qWarning("keepsake: import stopped: %s", qPrintable(m_libraryError));
}

void ImportContext::noteCurrentFile(const QString &path)
{
    m_currentFile = path;
    ++m_report.filesSeen;
    emitProgress(false);
}

void ImportContext::noteRecordFile(const QString &path)
{
    if (path.isEmpty() || path == m_currentFile)
        return;
    m_currentFile = path;
    emitProgress(false);
}

void ImportContext::emitProgress(bool force)
{
    if (!m_progress)
        return;
    if (!force && m_progressTimer.elapsed() < 100)
        return;
    m_progressTimer.restart();
    m_progress(m_report, m_currentFile);
}

void ImportContext::addFormat(const QString &format)
{
    if (!m_report.formats.contains(format))
        m_report.formats << format;
}

void ImportContext::setPathAlias(const QString &realPrefix, const QString &shownPrefix)
{
    m_aliasReal = realPrefix;
    m_aliasShown = shownPrefix;
}

QString ImportContext::shownPath(const QString &path) const
{
    if (!m_aliasReal.isEmpty() && path.startsWith(m_aliasReal))
        return m_aliasShown + path.mid(m_aliasReal.size());
    return path;
}

void ImportContext::setReadBoundary(const QString &root)
{
    m_boundary = QFileInfo(root).canonicalFilePath();
}

QString ImportContext::canonicalPath(const QString &path) const
{
#ifdef Q_OS_UNIX
    // realpath() looks at every folder of the path; thousands of files share a few folders.
    // A plain file (not a link) in a known folder is that folder's real path plus its name.
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const bool plainAbsolute = slash > 0 && path.startsWith(QLatin1Char('/')) &&
                               !path.contains(QLatin1String("//")) && !path.contains(QLatin1String("/./")) &&
                               !path.contains(QLatin1String("/../")) && !path.endsWith(QLatin1String("/.")) &&
                               !path.endsWith(QLatin1String("/.."));
    struct stat st;
    if (plainAbsolute && ::lstat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISLNK(st.st_mode)) {
        const QString dir = path.left(slash);
        auto it = m_canonicalDirs.constFind(dir);
        if (it == m_canonicalDirs.constEnd())
            it = m_canonicalDirs.insert(dir, QFileInfo(dir).canonicalFilePath());
        if (!it->isEmpty())
            return *it + path.mid(slash);
    }
#endif
    return QFileInfo(path).canonicalFilePath();
}

bool ImportContext::isInsideBoundary(const QString &path) const
{
    if (m_boundary.isEmpty())
        return true;
    const QString real = canonicalPath(path);
    if (real.isEmpty())
        return true; // does not exist (or a dangling link): nothing would be read from it
    return real == m_boundary || real.startsWith(m_boundary + QLatin1Char('/'));
}

bool ImportContext::checkInsideBoundary(const QString &path, const QString &memoryKey)
{
    if (isInsideBoundary(path))
        return true;
    reportProblem(path, QStringLiteral("outside"),
                  QStringLiteral("a link that leads outside the imported folder (to %1); it was not read")
                      .arg(QFileInfo(path).canonicalFilePath()),
                  memoryKey);
    return false;
}

void ImportContext::reportProblem(const QString &rawFile, const QString &kind, const QString &message,
                                  const QString &memoryKey, qint64 mediaId)
{
    const ImportProblem problem{shownPath(rawFile), kind, message, memoryKey};
    m_report.problems.append(problem);
    if (m_recorder)
        m_recorder(problem, mediaId);
}

std::optional<QByteArray> ImportContext::readBoundedFile(const QString &path, qint64 maxBytes)
{
    noteCurrentFile(path);
    auto tooLarge = [&] {
        keepSourceFile(path);
        reportProblem(
            path, QStringLiteral("too-large"),
            QStringLiteral("the file is larger than %1 MB; it was not read (the file itself is kept)")
                .arg(maxBytes >> 20));
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reportProblem(path, QStringLiteral("unreadable"),
                      QStringLiteral("cannot open the file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    if (file.size() > maxBytes) // a hostile size is refused before anything is allocated
        return tooLarge();
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        reportProblem(path, QStringLiteral("unreadable"),
                      QStringLiteral("reading the file failed: %1").arg(file.errorString()));
        return std::nullopt;
    }
    if (bytes.size() > maxBytes) // it grew while being read
        return tooLarge();
    return bytes;
}

} // namespace ks
