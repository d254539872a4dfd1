// SPDX-License-Identifier: GPL-3.0-or-later
// What the archive tests share: zips built byte by byte (lies and all), archives written by
// libarchive itself, and the library, writer and folders they unpack into.
#pragma once

#include "import/archive.h"
#include "import/librarywriter.h"
#include "library/database.h"
#include "search/searchindex.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>
#include <locale.h>
#include <memory>

namespace ks::archivetest {

inline quint32 crc32Of(const QByteArray &data)
{
    static quint32 table[256];
    static bool ready = false;
    if (!ready) {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        ready = true;
    }
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

inline void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xFF)).append(char((v >> 8) & 0xFF));
}

inline void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

/// Writes zips byte by byte, so a test can make what real tools make, lies and all: raw
/// (GBK) names without the UTF-8 flag, "../" paths, symlinks, sizes that are not true.
class ZipBuilder
{
public:
    struct Entry
    {
        QByteArray name;
        QByteArray data;
        bool deflate = false;
        bool utf8Flag = true;
        bool symlink = false;
        std::optional<quint32> claimedSize; ///< the uncompressed size the headers state
    };

    void add(const Entry &entry) { m_entries << entry; }
    void add(const QByteArray &name, const QByteArray &data, bool deflate = false)
    {
        Entry e;
        e.name = name;
        e.data = data;
        e.deflate = deflate;
        add(e);
    }

    QByteArray build() const
    {
        QByteArray out;
        QByteArray central;
        for (const Entry &e : m_entries) {
            // qCompress = 4-byte length + zlib (2-byte header, raw deflate, 4-byte Adler-32).
            const QByteArray packed = e.deflate ? qCompress(e.data, 9).mid(6).chopped(4) : e.data;
            const quint32 crc = crc32Of(e.data);
            const quint32 size = e.claimedSize.value_or(quint32(e.data.size()));
            const quint32 flags = e.utf8Flag ? 0x800 : 0;
            const quint32 offset = quint32(out.size());
            auto common = [&](QByteArray &h) {
                put16(h, 20);
                put16(h, flags);
                put16(h, e.deflate ? 8 : 0);
                put16(h, 0x6000); // 12:00
                put16(h, 0x4A21); // 2017-01-01
                put32(h, crc);
                put32(h, quint32(packed.size()));
                put32(h, size);
                put16(h, quint32(e.name.size()));
                put16(h, 0);
            };
            put32(out, 0x04034b50);
            common(out);
            out += e.name;
            out += packed;

            put32(central, 0x02014b50);
            put16(central, (3 << 8) | 20); // made on Unix: the external attributes hold a mode
            common(central);
            put16(central, 0); // comment
            put16(central, 0); // disk
            put16(central, 0); // internal attributes
            put32(central, (e.symlink ? 0120777u : 0100644u) << 16);
            put32(central, offset);
            central += e.name;
        }
        const quint32 centralOffset = quint32(out.size());
        out += central;
        put32(out, 0x06054b50);
        put16(out, 0);
        put16(out, 0);
        put16(out, quint32(m_entries.size()));
        put16(out, quint32(m_entries.size()));
        put32(out, quint32(central.size()));
        put32(out, centralOffset);
        put16(out, 0);
        return out;
    }

private:
    QList<Entry> m_entries;
};

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Every file and link under @p dir, relative, sorted.
inline QStringList listTree(const QString &dir)
{
    QStringList names;
    QDirIterator it(dir, QDir::Files | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        names << QDir(dir).relativeFilePath(it.next());
    names.sort();
    return names;
}

struct LibEntry
{
    QByteArray name;
    QByteArray data;
    mode_t type = AE_IFREG;
    QByteArray link;
    bool hardlink = false;
};

/// A tar, tar.gz or 7z written by libarchive itself.
inline QByteArray libarchiveBytes(const QString &path, int format, bool gzip, const QList<LibEntry> &entries)
{
    // libarchive's writers convert names through the thread's locale: make it UTF-8 even under LANG=C.
    const locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
    const locale_t previous = utf8 ? uselocale(utf8) : static_cast<locale_t>(nullptr);
    const auto restore = qScopeGuard([&] {
        if (utf8) {
            uselocale(previous);
            freelocale(utf8);
        }
    });
    struct archive *a = archive_write_new();
    archive_write_set_format(a, format);
    if (gzip)
        archive_write_add_filter_gzip(a);
    archive_write_open_filename(a, QFile::encodeName(path).constData());
    for (const LibEntry &e : entries) {
        struct archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.name.constData());
        archive_entry_set_filetype(entry, e.type);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_mtime(entry, 1500000000, 0);
        if (e.hardlink)
            archive_entry_set_hardlink(entry, e.link.constData());
        else if (e.type == AE_IFLNK)
            archive_entry_set_symlink(entry, e.link.constData());
        archive_entry_set_size(entry, e.type == AE_IFREG && !e.hardlink ? e.data.size() : 0);
        archive_write_header(a, entry);
        if (e.type == AE_IFREG && !e.hardlink)
            archive_write_data(a, e.data.constData(), size_t(e.data.size()));
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    return readBytes(path);
}

/// The library, its writer and the folders of one test class (QObject comes first in the class).
class ArchiveFixture
{
protected:
    /// Opens the library and begins the writer the archives report to.
    bool setUp(QString *error)
    {
        if (!m_tmp.isValid() || !m_db.open(m_tmp.filePath(QStringLiteral("library")), error))
            return false;
        m_writer =
            std::make_unique<LibraryWriter>(m_db, m_tmp.filePath(QStringLiteral("in")), &searchIndexer());
        return m_writer->begin(error);
    }
    void tearDown()
    {
        if (m_writer)
            m_writer->finish();
        m_writer.reset();
    }

    QTemporaryDir m_tmp;
    Database m_db;
    std::unique_ptr<LibraryWriter> m_writer;
    int m_case = 0;

    QString archivePath(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_tmp.filePath(QStringLiteral("in/") + name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!writeBytes(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    /// A fresh target folder inside a fresh parent, so an escape would be visible in the parent.
    QString newTarget()
    {
        const QString parent = m_tmp.filePath(QStringLiteral("out%1").arg(++m_case));
        QDir().mkpath(parent);
        return parent + QStringLiteral("/unpacked");
    }
    QList<ImportProblem> problemsSince(int before) const { return m_writer->report().problems.mid(before); }
    static QStringList describe(const QList<ImportProblem> &problems)
    {
        QStringList out;
        for (const ImportProblem &p : problems)
            out << p.kind + QLatin1Char(' ') + p.file;
        return out;
    }
};

} // namespace ks::archivetest
