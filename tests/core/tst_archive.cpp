// SPDX-License-Identifier: GPL-3.0-or-later
// Unpacking archives (import/archive): names in UTF-8 and GBK, unsafe paths and links refused,
// other formats, duplicates, the source untouched. Damaged and hostile archives: tst_archive_damage.
#include "archivefixtures.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <QtEndian>
#include <QtTest>

using namespace ks;
using namespace ks::archivetest;

class TestArchive : public QObject, private ArchiveFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(setUp(&error), qPrintable(error));
    }

    void cleanupTestCase() { tearDown(); }

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
