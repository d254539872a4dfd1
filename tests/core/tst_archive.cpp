// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/archive.h"
#include "import/librarywriter.h"
#include "library/database.h"
#include "search/searchindex.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <archive.h>
#include <archive_entry.h>
#include <locale.h>

using namespace ks;

namespace {

quint32 crc32Of(const QByteArray &data)
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

void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xFF)).append(char((v >> 8) & 0xFF));
}

void put32(QByteArray &out, quint32 v)
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

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Every file and link under @p dir, relative, sorted.
QStringList listTree(const QString &dir)
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
QByteArray libarchiveBytes(const QString &path, int format, bool gzip, const QList<LibEntry> &entries)
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

} // namespace

class TestArchive : public QObject
{
    Q_OBJECT

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

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QString error;
        QVERIFY2(m_db.open(m_tmp.filePath(QStringLiteral("library")), &error), qPrintable(error));
        m_writer =
            std::make_unique<LibraryWriter>(m_db, m_tmp.filePath(QStringLiteral("in")), &searchIndexer());
        QVERIFY(m_writer->begin(&error));
    }

    void cleanupTestCase()
    {
        if (m_writer)
            m_writer->finish();
        m_writer.reset();
    }

    void plainZipWithUtf8Names()
    {
        ZipBuilder zip;
        zip.add("readme.txt", "hello\n");
        zip.add("相册/生日.jpg", QByteArray(5000, 'j'), true);
        zip.add("empty/", QByteArray());
        const QString path = archivePath(QStringLiteral("plain.zip"), zip.build());
        QVERIFY(isArchiveFile(path));
        const QString target = newTarget();
        const int before = m_writer->report().problems.size();
        QVERIFY(extractArchive(path, target, &m_writer->context()));
        QCOMPARE(listTree(target),
                 (QStringList{QStringLiteral("readme.txt"), QStringLiteral("相册/生日.jpg")}));
        QCOMPARE(readBytes(target + QStringLiteral("/相册/生日.jpg")), QByteArray(5000, 'j'));
        QVERIFY(QFileInfo(target + QStringLiteral("/empty")).isDir());
        QVERIFY2(problemsSince(before).isEmpty(), qPrintable(describe(problemsSince(before)).join(u'\n')));
    }

    void utf8NamesUnderCLocale()
    {
        // A CLI run from cron has LANG unset: Chinese names must still come through.
        ZipBuilder zip;
        zip.add("相册/生日.jpg", "photo");
        const QString path = archivePath(QStringLiteral("clocale.zip"), zip.build());
        const locale_t c = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(nullptr));
        QVERIFY(c);
        const locale_t previous = uselocale(c);
        const QString target = newTarget();
        const bool ok = extractArchive(path, target, &m_writer->context());
        uselocale(previous);
        freelocale(c);
        QVERIFY(ok);
        QCOMPARE(listTree(target), QStringList{QStringLiteral("相册/生日.jpg")});
    }

    void gbkNamesFromChineseWindows()
    {
        QStringEncoder gbk("GB18030");
        QVERIFY(gbk.isValid());
        const QByteArray name = gbk.encode(QStringLiteral("照片/生日快乐.jpg"));
        QVERIFY(name != QStringLiteral("照片/生日快乐.jpg").toUtf8());
        ZipBuilder zip;
        ZipBuilder::Entry e;
        e.name = name;
        e.data = "GBK";
        e.utf8Flag = false;
        zip.add(e);
        e.name = "ascii.txt";
        e.data = "plain";
        zip.add(e);
        const QString path = archivePath(QStringLiteral("gbk.zip"), zip.build());
        const QString target = newTarget();
        QVERIFY(extractArchive(path, target, &m_writer->context()));
        QCOMPARE(listTree(target),
                 (QStringList{QStringLiteral("ascii.txt"), QStringLiteral("照片/生日快乐.jpg")}));
        QCOMPARE(readBytes(target + QStringLiteral("/照片/生日快乐.jpg")), QByteArray("GBK"));
    }

    void unsafePathsAreSkippedAndReported()
    {
        ZipBuilder zip;
        zip.add("../evil.txt", "evil");
        zip.add("/tmp/keepsake-absolute-evil.txt", "evil");
        zip.add("ok/../../evil2.txt", "evil");
        zip.add("C:\\evil3.txt", "evil");
        zip.add("a/../fine.txt", "fine");
        zip.add("good.txt", "good");
        const QString path = archivePath(QStringLiteral("evil.zip"), zip.build());
        const QString target = newTarget();
        const int before = m_writer->report().problems.size();
        QVERIFY(extractArchive(path, target, &m_writer->context()));
        QCOMPARE(listTree(target), (QStringList{QStringLiteral("fine.txt"), QStringLiteral("good.txt")}));
        // Nothing landed beside the target or at the absolute path.
        QCOMPARE(listTree(QFileInfo(target).absolutePath()),
                 (QStringList{QStringLiteral("unpacked/fine.txt"), QStringLiteral("unpacked/good.txt")}));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/keepsake-absolute-evil.txt")));
        const QStringList problems = describe(problemsSince(before));
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems.contains(QStringLiteral("unsafe-path ") + path + QStringLiteral("/../evil.txt")));
        QVERIFY(problems.contains(QStringLiteral("unsafe-path ") + path +
                                  QStringLiteral("//tmp/keepsake-absolute-evil.txt")));
        QVERIFY(
            problems.contains(QStringLiteral("unsafe-path ") + path + QStringLiteral("/ok/../../evil2.txt")));
    }

    void linksAreNotCreated()
    {
        ZipBuilder zip;
        ZipBuilder::Entry link;
        link.name = "passwd";
        link.data = "/etc/passwd";
        link.symlink = true;
        zip.add(link);
        zip.add("real.txt", "real");
        const QString zipPath = archivePath(QStringLiteral("link.zip"), zip.build());
        QString target = newTarget();
        int before = m_writer->report().problems.size();
        QVERIFY(extractArchive(zipPath, target, &m_writer->context()));
        QCOMPARE(listTree(target), QStringList{QStringLiteral("real.txt")});
        QCOMPARE(describe(problemsSince(before)),
                 QStringList{QStringLiteral("unsupported ") + zipPath + QStringLiteral("/passwd")});

        // The same in a tar, with a hard link too.
        const QString tarPath = m_tmp.filePath(QStringLiteral("in/links.tar"));
        libarchiveBytes(tarPath, ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, false,
                        {{"data.txt", "data", AE_IFREG, {}, false},
                         {"sym", {}, AE_IFLNK, "../../outside", false},
                         {"hard", {}, AE_IFREG, "data.txt", true}});
        target = newTarget();
        before = m_writer->report().problems.size();
        QVERIFY(extractArchive(tarPath, target, &m_writer->context()));
        QCOMPARE(listTree(target), QStringList{QStringLiteral("data.txt")});
        const QStringList problems = describe(problemsSince(before));
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.contains(QStringLiteral("unsupported ") + tarPath + QStringLiteral("/sym")));
        QVERIFY(problems.contains(QStringLiteral("unsupported ") + tarPath + QStringLiteral("/hard")));
    }

    void zipBombStopsAtTheLimit_data()
    {
        QTest::addColumn<qint64>("maxEntry");
        QTest::addColumn<qint64>("maxTotal");
        QTest::addColumn<double>("maxRatio");
        QTest::addColumn<bool>("truthfulSize");
        const qint64 big = qint64(1) << 40;
        QTest::newRow("entry-limit") << qint64(1 << 20) << big << 1e9 << true;
        QTest::newRow("entry-limit-lying-header") << qint64(1 << 20) << big << 1e9 << false;
        QTest::newRow("ratio-limit") << big << big << 4.0 << true;
        QTest::newRow("ratio-limit-lying-header") << big << big << 4.0 << false;
        QTest::newRow("total-limit") << big << qint64(3 << 20) << 1e9 << false;
    }

    void zipBombStopsAtTheLimit()
    {
        QFETCH(qint64, maxEntry);
        QFETCH(qint64, maxTotal);
        QFETCH(double, maxRatio);
        QFETCH(bool, truthfulSize);
        const QByteArray zeros(24 << 20, '\0');
        ZipBuilder zip;
        zip.add("before.txt", "before");
        ZipBuilder::Entry bomb;
        bomb.name = "bomb.bin";
        bomb.data = zeros;
        bomb.deflate = true;
        if (!truthfulSize)
            bomb.claimedSize = 100;
        zip.add(bomb);
        zip.add("after.txt", "after");
        const QByteArray bytes = zip.build();
        QVERIFY2(bytes.size() < 100 * 1024, "the bomb is small packed");
        const QString path = archivePath(QStringLiteral("bomb.zip"), bytes);
        const QString target = newTarget();
        ArchiveLimits limits;
        limits.maxEntryBytes = maxEntry;
        limits.maxTotalBytes = maxTotal;
        limits.maxRatio = maxRatio;
        const int before = m_writer->report().problems.size();
        extractArchive(path, target, &m_writer->context(), limits);
        // Never more on disk than the limits allow, and the bomb itself is gone.
        qint64 onDisk = 0;
        for (const QString &name : listTree(target))
            onDisk += QFileInfo(target + QLatin1Char('/') + name).size();
        QVERIFY2(onDisk <= qMin<qint64>(qMin(maxEntry, maxTotal), qint64(maxRatio * (1 << 20))) + 100,
                 qPrintable(QString::number(onDisk)));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("/bomb.bin")) ||
                QFileInfo(target + QStringLiteral("/bomb.bin")).size() <= 100);
        QCOMPARE(readBytes(target + QStringLiteral("/before.txt")), QByteArray("before"));
        const QStringList problems = describe(problemsSince(before));
        QVERIFY2(!problems.isEmpty(), "the bomb must be reported");
        if (truthfulSize) {
            QCOMPARE(problems,
                     QStringList{QStringLiteral("too-large ") + path + QStringLiteral("/bomb.bin")});
            QCOMPARE(readBytes(target + QStringLiteral("/after.txt")), QByteArray("after"));
        } else {
            QVERIFY2(problems.first().startsWith(QStringLiteral("too-large ")) ||
                         problems.first().startsWith(QStringLiteral("corrupt ")),
                     qPrintable(problems.join(u'\n')));
            QVERIFY(problems.first().endsWith(QStringLiteral("/bomb.bin")));
        }
    }

    void entryCountLimit()
    {
        ZipBuilder zip;
        for (int i = 0; i < 6; ++i)
            zip.add(QByteArray("f") + QByteArray::number(i) + ".txt", "x");
        const QString path = archivePath(QStringLiteral("many.zip"), zip.build());
        const QString target = newTarget();
        ArchiveLimits limits;
        limits.maxEntries = 4;
        const int before = m_writer->report().problems.size();
        QVERIFY(extractArchive(path, target, &m_writer->context(), limits));
        QCOMPARE(listTree(target).size(), 4);
        QCOMPARE(describe(problemsSince(before)), QStringList{QStringLiteral("too-large ") + path});
    }

    void truncatedZipKeepsWhatWasRead()
    {
        ZipBuilder zip;
        zip.add("one.txt", QByteArray(3000, '1'));
        zip.add("two.txt", QByteArray(3000, '2'));
        zip.add("three.txt", QByteArray(3000, '3'));
        const QByteArray whole = zip.build();
        const int cut = whole.indexOf("three.txt") + 9 + 1000; // inside the third entry's data
        const QString path = archivePath(QStringLiteral("cut.zip"), whole.left(cut));
        QVERIFY(isArchiveFile(path));
        const QString target = newTarget();
        const int before = m_writer->report().problems.size();
        QVERIFY(extractArchive(path, target, &m_writer->context()));
        QCOMPARE(readBytes(target + QStringLiteral("/one.txt")), QByteArray(3000, '1'));
        QCOMPARE(readBytes(target + QStringLiteral("/two.txt")), QByteArray(3000, '2'));
        const QList<ImportProblem> problems = problemsSince(before);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().kind, QStringLiteral("corrupt"));
        QCOMPARE(problems.first().file, path + QStringLiteral("/three.txt"));
        // The readable part of the damaged entry is kept, never more than it holds.
        const QByteArray partial = readBytes(target + QStringLiteral("/three.txt"));
        QVERIFY(partial.size() <= 3000);
        QVERIFY(partial == QByteArray(partial.size(), '3'));
    }

    void corruptDataIsReported()
    {
        ZipBuilder zip;
        zip.add("ok.txt", "fine");
        zip.add("photo.jpg", QByteArray(20000, 'p'), true);
        QByteArray bytes = zip.build();
        // Damage the deflate stream of the second entry.
        const int at = bytes.indexOf("photo.jpg") + 9 + 4;
        for (int i = 0; i < 12; ++i)
            bytes[at + i] = char(0xFF);
        const QString path = archivePath(QStringLiteral("damaged.zip"), bytes);
        const QString target = newTarget();
        const int before = m_writer->report().problems.size();
        QVERIFY(extractArchive(path, target, &m_writer->context()));
        QCOMPARE(readBytes(target + QStringLiteral("/ok.txt")), QByteArray("fine"));
        const QStringList problems = describe(problemsSince(before));
        QCOMPARE(problems, QStringList{QStringLiteral("corrupt ") + path + QStringLiteral("/photo.jpg")});
    }

    void damagedEntryInTheMiddleDoesNotStopTheRest_data()
    {
        QTest::addColumn<bool>("deflate");
        QTest::addColumn<double>("where"); // how far into the entry's packed bytes the damage starts
        QTest::newRow("deflate stream, first bytes") << true << 0.0;
        QTest::newRow("deflate stream, half-way") << true << 0.5;
        QTest::newRow("stored, CRC mismatch") << false << 0.5;
    }

    void damagedEntryInTheMiddleDoesNotStopTheRest()
    {
        QFETCH(bool, deflate);
        QFETCH(double, where);
        QByteArray noisy;
        for (int i = 0; i < 200000; ++i)
            noisy.append(char((i * 7919) ^ (i >> 3)));
        ZipBuilder zip;
        zip.add("QQ空间备份_1/one.txt", QByteArray(3000, '1'), true);
        zip.add("QQ空间备份_1/Messages/images/bad.jpg", noisy, deflate);
        zip.add("QQ空间备份_1/three.txt", QByteArray(3000, '3'), true);
        zip.add("QQ空间备份_1/four.txt", QByteArray(3000, '4'));
        QByteArray bytes = zip.build();
        const QByteArray packed = deflate ? qCompress(noisy, 9).mid(6).chopped(4) : noisy;
        const qsizetype start = bytes.indexOf("bad.jpg") + 7 + qsizetype(double(packed.size()) * where);
        for (int i = 0; i < 64; ++i)
            bytes[start + i] = char(uchar(bytes[start + i]) ^ 0x5A);
        const QString path = archivePath(QStringLiteral("middle-%1.zip")
                                             .arg(QString::fromUtf8(QTest::currentDataTag()))
                                             .replace(u' ', u'_'),
                                         bytes);
        const QString target = newTarget();
        const int before = m_writer->report().problems.size();
        QVERIFY(extractArchive(path, target, &m_writer->context()));
        // Every entry around the damaged one is unpacked whole.
        QCOMPARE(readBytes(target + QStringLiteral("/QQ空间备份_1/one.txt")), QByteArray(3000, '1'));
        QCOMPARE(readBytes(target + QStringLiteral("/QQ空间备份_1/three.txt")), QByteArray(3000, '3'));
        QCOMPARE(readBytes(target + QStringLiteral("/QQ空间备份_1/four.txt")), QByteArray(3000, '4'));
        // The damaged one is named, and only it.
        const QStringList problems = describe(problemsSince(before));
        QCOMPARE(problems, QStringList{QStringLiteral("corrupt ") + path +
                                       QStringLiteral("/QQ空间备份_1/Messages/images/bad.jpg")});
        // Whatever was kept of it is never more than the entry holds.
        const QByteArray partial =
            readBytes(target + QStringLiteral("/QQ空间备份_1/Messages/images/bad.jpg"));
        QVERIFY(partial.size() <= noisy.size());
    }

    void otherFormats_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("gzip");
        QTest::addColumn<QString>("name");
        QTest::newRow("tar") << int(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED) << false << QStringLiteral("a.tar");
        QTest::newRow("tar.gz") << int(ARCHIVE_FORMAT_TAR_USTAR) << true << QStringLiteral("a.tar.gz");
        QTest::newRow("7z") << int(ARCHIVE_FORMAT_7ZIP) << false << QStringLiteral("a.7z");
        QTest::newRow("7z-named-jpg") << int(ARCHIVE_FORMAT_7ZIP) << false << QStringLiteral("disguised.jpg");
    }

    void otherFormats()
    {
        QFETCH(int, format);
        QFETCH(bool, gzip);
        QFETCH(QString, name);
        const QString path = m_tmp.filePath(QStringLiteral("in/") + name);
        const QByteArray photo(40000, 'q');
        libarchiveBytes(path, format, gzip,
                        {{"QQ空间备份_1/Albums/a.jpg", photo, AE_IFREG, {}, false},
                         {"QQ空间备份_1/index.html", "<html>", AE_IFREG, {}, false},
                         {"../up.txt", "evil", AE_IFREG, {}, false}});
        QVERIFY(isArchiveFile(path));
        const QString target = newTarget();
        const int before = m_writer->report().problems.size();
        QVERIFY(extractArchive(path, target, &m_writer->context()));
        QCOMPARE(listTree(target), (QStringList{QStringLiteral("QQ空间备份_1/Albums/a.jpg"),
                                                QStringLiteral("QQ空间备份_1/index.html")}));
        QCOMPARE(readBytes(target + QStringLiteral("/QQ空间备份_1/Albums/a.jpg")), photo);
        // Entry times survive: a photo without EXIF falls back to its file time.
        QCOMPARE(QFileInfo(target + QStringLiteral("/QQ空间备份_1/Albums/a.jpg"))
                     .lastModified()
                     .toSecsSinceEpoch(),
                 qint64(1500000000));
        QCOMPARE(describe(problemsSince(before)),
                 QStringList{QStringLiteral("unsafe-path ") + path + QStringLiteral("/../up.txt")});
    }

    void notArchives_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QRandomGenerator random(7);
        QByteArray noise(4096, Qt::Uninitialized);
        for (char &c : noise)
            c = char(random.bounded(256));
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty.zip");
        QTest::newRow("text") << QByteArray("just some notes\n") << QStringLiteral("notes.txt");
        QTest::newRow("noise-named-zip") << noise << QStringLiteral("noise.zip");
        QTest::newRow("zip-signature-then-noise")
            << QByteArray("PK\x03\x04", 4) + noise << QStringLiteral("half.zip");
        QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11) + noise
                              << QStringLiteral("a.jpg");
        QTest::newRow("json") << QByteArray("{\"msglist\":[]}") << QStringLiteral("a.json");
    }

    void notArchives()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        const QString path = archivePath(name, bytes);
        QVERIFY(!isArchiveFile(path));
        const QString target = newTarget();
        // Nothing to read, nothing written, no crash, and the writer may be absent.
        QVERIFY(!extractArchive(path, target, nullptr));
        QVERIFY(listTree(target).isEmpty());
    }

    void mutatedArchivesNeverCrash()
    {
        ZipBuilder zip;
        zip.add("a/photo.jpg", QByteArray(30000, 'a'), true);
        zip.add("b.txt", "bbbb");
        const QByteArray zipBytes = zip.build();
        const QByteArray sevenZip =
            libarchiveBytes(m_tmp.filePath(QStringLiteral("in/seed.7z")), ARCHIVE_FORMAT_7ZIP, false,
                            {{"x/y.jpg", QByteArray(20000, 'y'), AE_IFREG, {}, false}});
        QRandomGenerator random(99);
        ArchiveLimits limits;
        limits.maxEntryBytes = 1 << 20;
        limits.maxTotalBytes = 2 << 20;
        for (const QByteArray &seed : {zipBytes, sevenZip}) {
            for (int round = 0; round < 40; ++round) {
                QByteArray bytes = seed;
                if (round % 4 == 0)
                    bytes.truncate(int(random.bounded(quint32(bytes.size()))));
                for (int i = 0; i < 1 + round % 7; ++i)
                    bytes[int(random.bounded(quint32(bytes.size())))] = char(random.bounded(256));
                const QString path = archivePath(QStringLiteral("mutated.bin"), bytes);
                const QString target = newTarget();
                isArchiveFile(path);
                extractArchive(path, target, nullptr, limits);
                qint64 onDisk = 0;
                for (const QString &name : listTree(target))
                    onDisk += QFileInfo(target + QLatin1Char('/') + name).size();
                QVERIFY(onDisk <= limits.maxTotalBytes);
                QCOMPARE(listTree(QFileInfo(target).absolutePath())
                             .filter(QRegularExpression(QStringLiteral("^(?!unpacked/)"))),
                         QStringList());
            }
        }
    }

    void nullWriterIsFine()
    {
        ZipBuilder zip;
        zip.add("../evil.txt", "evil");
        zip.add("ok.txt", "ok");
        const QString path = archivePath(QStringLiteral("nullwriter.zip"), zip.build());
        const QString target = newTarget();
        QVERIFY(extractArchive(path, target, nullptr));
        QCOMPARE(listTree(target), QStringList{QStringLiteral("ok.txt")});
    }

    void duplicateNamesKeepBoth()
    {
        ZipBuilder zip;
        zip.add("same.jpg", "first");
        zip.add("same.jpg", "second");
        const QString path = archivePath(QStringLiteral("dupes.zip"), zip.build());
        const QString target = newTarget();
        QVERIFY(extractArchive(path, target, &m_writer->context()));
        QCOMPARE(listTree(target), (QStringList{QStringLiteral("same.jpg"), QStringLiteral("same~2.jpg")}));
    }

    void sourceIsUntouched()
    {
        ZipBuilder zip;
        zip.add("a.txt", "a");
        const QString path = archivePath(QStringLiteral("untouched.zip"), zip.build());
        const auto before = ks::test::snapshotTree(QFileInfo(path).absolutePath());
        QVERIFY(extractArchive(path, newTarget(), &m_writer->context()));
        QCOMPARE(ks::test::snapshotTree(QFileInfo(path).absolutePath()), before);
    }
};

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
