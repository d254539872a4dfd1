// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace ks::archivefiles {

namespace {

QString randomSuffix()
{
    return QString::number(QRandomGenerator::global()->generate64() % 0xFFFFFFFFull, 36);
}

} // namespace

bool JsonLines::open(const QString &path)
{
    m_file.setFileName(path);
    m_ok = m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly);
    if (!m_ok)
        m_error = QCoreApplication::translate("ks::ArchiveExporter", "cannot create %1: %2")
                      .arg(QDir::toNativeSeparators(path), m_file.errorString());
    return m_ok;
}

bool JsonLines::write(const QJsonObject &object)
{
    return writeDocument(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

bool JsonLines::writeDocument(const QByteArray &json)
{
    if (!m_ok)
        return false;
    if (m_file.write(json) != json.size()) {
        m_ok = false;
        m_error = QCoreApplication::translate("ks::ArchiveExporter", "cannot write %1: %2")
                      .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
    }
    return m_ok;
}

bool JsonLines::close()
{
    if (m_ok && !m_file.flush()) {
        m_ok = false;
        m_error = QCoreApplication::translate("ks::ArchiveExporter", "cannot write %1: %2")
                      .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
    }
    m_file.close();
    if (m_ok && m_file.error() != QFileDevice::NoError) {
        m_ok = false;
        m_error = QCoreApplication::translate("ks::ArchiveExporter", "cannot write %1: %2")
                      .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
    }
    return m_ok;
}

QString JsonLines::error() const
{
    return m_error;
}

QString makePartialFolder(const QString &output, QString *error)
{
    const QFileInfo info(output);
    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent)) {
        *error = QCoreApplication::translate("ks::ArchiveExporter", "cannot create the folder %1")
                     .arg(QDir::toNativeSeparators(parent));
        return QString();
    }
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString path = parent + QStringLiteral("/.%1.partial-%2").arg(info.fileName(), randomSuffix());
        if (!QFileInfo::exists(path) && QDir().mkdir(path))
            return path;
    }
    *error = QCoreApplication::translate("ks::ArchiveExporter",
                                         "cannot create a folder beside %1 to write the archive in")
                 .arg(QDir::toNativeSeparators(output));
    return QString();
}

QString startPage(const QString &title, const QString &description, const QString &counts)
{
    const QString open = QCoreApplication::translate("ks::ArchiveExporter", "Open the memories");
    const QString what = QCoreApplication::translate("ks::ArchiveExporter", "What this folder holds");
    const QStringList items{
        QCoreApplication::translate(
            "ks::ArchiveExporter",
            "site/ — the memories as web pages: open site/index.html in any browser, no program needed."),
        QCoreApplication::translate(
            "ks::ArchiveExporter",
            "memories.jsonl — every memory, one JSON object a line, with its comments, tags and files."),
        QCoreApplication::translate(
            "ks::ArchiveExporter",
            "sources.jsonl — the records as the QQ Space exports wrote them, untouched."),
        QCoreApplication::translate("ks::ArchiveExporter",
                                    "vault/ — every original photo and video, named by its SHA-256."),
        QCoreApplication::translate(
            "ks::ArchiveExporter",
            "people.jsonl, tags.jsonl, accounts.json, files.jsonl, problems.jsonl — the people, tags, "
            "accounts and files, and what the imports found wrong."),
        QCoreApplication::translate(
            "ks::ArchiveExporter",
            "Keepsake reads this folder back: drop it on its window, or run keepsake import."),
    };
    QString list;
    for (const QString &item : items)
        list += QStringLiteral("<li>%1</li>\n").arg(item.toHtmlEscaped());
    return QStringLiteral(
               "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; "
               "style-src 'unsafe-inline'\">\n<title>%1</title>\n"
               "<style>body{font:16px/1.6 sans-serif;max-width:44em;margin:3em auto;padding:0 1em}"
               "a.open{display:inline-block;font-size:1.3em;padding:.5em 1em;border:1px solid;"
               "border-radius:.4em;text-decoration:none}</style>\n</head>\n<body>\n"
               "<h1>%1</h1>\n<p>%2</p>\n<p>%3</p>\n<p><a class=\"open\" href=\"site/index.html\">%4</a></p>\n"
               "<h2>%5</h2>\n<ul>\n%6</ul>\n</body>\n</html>\n")
        .arg(title.toHtmlEscaped(), description.toHtmlEscaped(), counts.toHtmlEscaped(), open.toHtmlEscaped(),
             what.toHtmlEscaped(), list);
}

void syncFolder(const QString &dir)
{
#ifdef Q_OS_LINUX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::syncfs(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

bool placeArchive(const QString &partial, const QString &output, bool replace, QString *error)
{
    const QFileInfo info(output);
    const QString target = info.absoluteFilePath();
    QString aside;
    if (info.exists() || info.isSymLink()) {
        const bool empty = info.isDir() && QDir(target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot |
                                                                QDir::Hidden | QDir::System);
        if (empty) {
            if (!QDir().rmdir(target)) {
                *error =
                    QCoreApplication::translate("ks::ArchiveExporter", "cannot replace the empty folder %1")
                        .arg(QDir::toNativeSeparators(output));
                return false;
            }
        } else if (replace && info.isDir() && !info.isSymLink()) {
            aside = info.absolutePath() + QStringLiteral("/.%1.old-%2").arg(info.fileName(), randomSuffix());
            if (!QDir().rename(target, aside)) {
                *error = QCoreApplication::translate("ks::ArchiveExporter",
                                                     "cannot move the earlier archive %1 aside")
                             .arg(QDir::toNativeSeparators(output));
                return false;
            }
        } else {
            *error = QCoreApplication::translate("ks::ArchiveExporter",
                                                 "%1 is there already; nothing was replaced")
                         .arg(QDir::toNativeSeparators(output));
            return false;
        }
    }
    if (!QDir().rename(partial, target)) {
        if (!aside.isEmpty())
            QDir().rename(aside, target); // the earlier archive stays as it was
        *error =
            QCoreApplication::translate("ks::ArchiveExporter", "cannot rename the finished archive to %1")
                .arg(QDir::toNativeSeparators(output));
        return false;
    }
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    syncFolder(info.absolutePath());
    return true;
}

} // namespace ks::archivefiles
