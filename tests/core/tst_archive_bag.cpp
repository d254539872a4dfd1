// SPDX-License-Identifier: GPL-3.0-or-later
// The BagIt format (util/bagit) and the archive exporter in the core: manifest paths encoded as
// RFC 8493 says, a cancelled or failing export leaves nothing behind, a damaged vault file is
// left out and named while the bag stays valid.
#include "tst_export_fixture.h"

#include "export/archiveexporter.h"
#include "util/bagit.h"

#include <QDirIterator>
#include <QSqlQuery>
#include <QTest>

using namespace ks;

class TestArchiveBag : public QObject
{
    Q_OBJECT

private:
    test::ExportFixture m_fx;

private slots:
    void initTestCase() { QVERIFY(m_fx.build()); }

    void pathsArePercentEncoded()
    {
        QCOMPARE(bagit::encodePath(QStringLiteral("data/100%\nsure\r.txt")),
                 QStringLiteral("data/100%25%0Asure%0D.txt"));
        QCOMPARE(bagit::decodePath(QStringLiteral("data/100%25%0asure%0D.txt")),
                 QStringLiteral("data/100%\nsure\r.txt"));
        QCOMPARE(bagit::decodePath(QStringLiteral("data/%41 %2")), QStringLiteral("data/%41 %2"));
        const QList<bagit::ManifestEntry> entries = bagit::readManifest(
            "ABCD0123  data/a file with  spaces.txt\r\nabcd data/b%25.txt\nnot-hex data/c\n\n");
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).checksum, QStringLiteral("abcd0123"));
        QCOMPARE(entries.at(0).path, QStringLiteral("data/a file with  spaces.txt"));
        QCOMPARE(entries.at(1).path, QStringLiteral("data/b%.txt"));
        QCOMPARE(bagit::manifestText({{QStringLiteral("ff"), QStringLiteral("data/z")},
                                      {QStringLiteral("EE"), QStringLiteral("data/%\n")}}),
                 QByteArray("ee data/%25%0A\nff data/z\n"));
        const bagit::TagFields fields = bagit::readTagFile("A: 1\nLong: first\n  second\nB:2\n");
        QCOMPARE(bagit::tagValue(fields, QStringLiteral("Long")), QStringLiteral("first second"));
        QCOMPARE(bagit::tagValue(fields, QStringLiteral("B")), QStringLiteral("2"));
    }

    void verifyRefusesPathsOutsideThePayload()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("data")));
        QFile bagit(dir.filePath(QStringLiteral("bagit.txt")));
        QVERIFY(bagit.open(QIODevice::WriteOnly));
        bagit.write(bagit::declaration());
        bagit.close();
        QFile manifest(dir.filePath(QStringLiteral("manifest-sha256.txt")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(QByteArray(64, 'a') + " data/../../etc/passwd\n");
        manifest.close();
        const bagit::Verification v = bagit::verify(dir.path());
        QVERIFY(!v.valid());
        QCOMPARE(v.errors.size(), 1);
        QVERIFY(v.missing.isEmpty());
    }

    void cancelledExportLeavesNothing()
    {
        QTemporaryDir out;
        const QString bag = out.filePath(QStringLiteral("bag"));
        ArchiveExportOptions options;
        options.outputDir = bag;
        ArchiveExporter exporter(m_fx.db, options);
        std::atomic_bool cancel{true};
        exporter.setCancelFlag(&cancel);
        const ExportResult r = exporter.exportSelection(ExportSelection());
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok);
        QVERIFY(QDir(out.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void notIntoTheLibrary()
    {
        ArchiveExportOptions options;
        options.outputDir = m_fx.library.filePath(QStringLiteral("archive"));
        ArchiveExporter exporter(m_fx.db, options);
        const ExportResult r = exporter.exportSelection(ExportSelection());
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(!QFileInfo::exists(options.outputDir));
    }

    void damagedVaultFileIsLeftOutAndNamed()
    {
        // Damage one vault file by hand: the archive names it and still checks out.
        QSqlQuery q(m_fx.db.connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT vault_path FROM media WHERE mime = 'image/jpeg' ORDER BY id LIMIT 1")));
        QVERIFY(q.next());
        const QString vaultPath = q.value(0).toString();
        const QString file = m_fx.library.filePath(vaultPath);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        f.close();
        QByteArray damaged = original;
        damaged[damaged.size() / 2] = char(damaged.at(damaged.size() / 2) ^ 0x33);
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(damaged);
        f.close();

        QTemporaryDir out;
        ArchiveExportOptions options;
        options.outputDir = out.filePath(QStringLiteral("bag"));
        ArchiveExporter exporter(m_fx.db, options);
        int progressCalls = 0;
        exporter.setProgressCallback([&](int, int, const QString &) { ++progressCalls; });
        const ExportResult r = exporter.exportSelection(ExportSelection());
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(progressCalls > 0);
        QCOMPARE(exporter.failures().size(), 1);
        QVERIFY2(exporter.failures().first().contains(vaultPath), qPrintable(exporter.failures().first()));
        QCOMPARE(r.problems, 1);
        QVERIFY(!QFileInfo::exists(options.outputDir + QStringLiteral("/data/") + vaultPath));
        const bagit::Verification v = bagit::verify(options.outputDir);
        QVERIFY2(v.valid(),
                 qPrintable((v.errors + v.changed + v.missing + v.unlisted).join(QLatin1Char(' '))));
        QVERIFY(isKeepsakeArchive(options.outputDir));

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(original);
        f.close();
    }
};

QTEST_GUILESS_MAIN(TestArchiveBag)
#include "tst_archive_bag.moc"
