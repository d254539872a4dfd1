// SPDX-License-Identifier: GPL-3.0-or-later
// Damaged and hostile archives (import/archive): zip bombs and entry counts stop at their limits,
// truncated, corrupt and mutated archives keep what could be read and never crash, files that are
// not archives are told apart.
#include "archivefixtures.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <QtEndian>
#include <QtTest>

using namespace ks;
using namespace ks::archivetest;

class TestArchiveDamage : public QObject, private ArchiveFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(setUp(&error), qPrintable(error));
    }

    void cleanupTestCase() { tearDown(); }

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
};

QTEST_GUILESS_MAIN(TestArchiveDamage)
#include "tst_archive_damage.moc"
