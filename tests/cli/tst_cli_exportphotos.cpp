// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake export photos on real files, read back with exiftool: dates (the camera's kept, else
// the upload or post time +08:00), the words in ImageDescription/XPComment/UserComment, the
// album, GPS, image data byte-identical, file times, sidecars for PNG/GIF, names unique and
// readable, all compared with `keepsake list --json`; the vault never changes; a lost vault
// file is named and the rest exported.
#include "../core/photoexportfixture.h"
#include "media/jpegsegments.h"
#include "testsupport.h"
#include "text/qzonetext.h"

#include <QBuffer>
#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace ks;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// @p jpeg without its EXIF APP1 segment: what must be byte-identical to the original.
QByteArray withoutExif(const QByteArray &jpeg)
{
    QBuffer buffer;
    buffer.setData(jpeg);
    buffer.open(QIODevice::ReadOnly);
    const JpegLayout layout = walkJpegSegments(buffer);
    if (layout.exifStart < 0)
        return jpeg;
    return jpeg.left(layout.exifStart) + jpeg.mid(layout.exifEnd);
}

QMap<QString, QByteArray> hashesOf(const QMap<QString, QPair<QByteArray, qint64>> &snapshot)
{
    QMap<QString, QByteArray> hashes;
    for (auto it = snapshot.begin(); it != snapshot.end(); ++it)
        hashes.insert(it.key(), it.value().first);
    return hashes;
}

} // namespace

class TestCliExportPhotos : public QObject
{
    Q_OBJECT

private:
    test::PhotoExportFixture m_fx;
    QTemporaryDir m_out;
    QString m_exiftool;
    QList<QJsonObject> m_memories; ///< keepsake list --json

    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        return test::runKeepsake(args + QStringList{QStringLiteral("--library"), m_fx.library.path()}, out,
                                 err);
    }

    QString vault() const { return m_fx.library.path() + QStringLiteral("/vault"); }

    /// exiftool's reading of @p files (numbers as numbers), by absolute path.
    QHash<QString, QJsonObject> exiftool(const QStringList &files)
    {
        QProcess p;
        p.start(m_exiftool, QStringList{QStringLiteral("-j"), QStringLiteral("-G1"), QStringLiteral("-a"),
                                        QStringLiteral("-n"), QStringLiteral("-charset"),
                                        QStringLiteral("filename=utf8")} +
                                files);
        p.waitForFinished(120000);
        QHash<QString, QJsonObject> byFile;
        const QJsonArray all = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            byFile.insert(QFileInfo(o.value(QStringLiteral("SourceFile")).toString()).absoluteFilePath(), o);
        }
        return byFile;
    }

    /// The memories of `keepsake list --json` that show the file @p sha256.
    QList<QJsonObject> holders(const QString &sha256) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &m : m_memories) {
            for (const QJsonValue &media : m.value(QStringLiteral("media")).toArray()) {
                if (media.toObject().value(QStringLiteral("sha256")).toString() == sha256)
                    found << m;
            }
        }
        return found;
    }

    QJsonObject mediaOf(const QJsonObject &memory, const QString &sha256) const
    {
        for (const QJsonValue &media : memory.value(QStringLiteral("media")).toArray()) {
            if (media.toObject().value(QStringLiteral("sha256")).toString() == sha256)
                return media.toObject();
        }
        return {};
    }

    QJsonObject exportPhotos(const QStringList &args, int expectedExit, QByteArray *errOut = nullptr)
    {
        QByteArray out;
        QByteArray err;
        const int code = run(QStringList{QStringLiteral("export"), QStringLiteral("photos")} + args +
                                 QStringList{QStringLiteral("--json")},
                             &out, &err);
        if (errOut)
            *errOut = err;
        if (code != expectedExit)
            qWarning() << "exit" << code << err;
        return code == expectedExit ? QJsonDocument::fromJson(out).object() : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.build());
        m_exiftool = QStandardPaths::findExecutable(QStringLiteral("exiftool"));
        if (m_exiftool.isEmpty()) {
            if (test::inCi())
                QFAIL("exiftool is needed (libimage-exiftool-perl, packaging/debian/build-deps.txt)");
            QSKIP("exiftool is not installed");
        }
        QByteArray out;
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--json")}, &out), 0);
        for (const QByteArray &line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                m_memories << QJsonDocument::fromJson(line).object();
        }
        QCOMPARE(m_memories.size(), 8);
    }

    void everyLayout_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QString>("cameraFolder"); // where the 说说's camera photo goes
        QTest::addColumn<QString>("seaFolder");    // where the album photo goes
        QTest::newRow("album") << QStringLiteral("album") << QStringLiteral("2012/")
                               << QStringLiteral("毕业旅行/");
        QTest::newRow("month") << QStringLiteral("month") << QStringLiteral("2012-06/")
                               << QStringLiteral("2012-06/");
        QTest::newRow("flat") << QStringLiteral("flat") << QString() << QString();
    }

    void everyLayout()
    {
        QFETCH(QString, layout);
        QFETCH(QString, cameraFolder);
        QFETCH(QString, seaFolder);
        const auto vaultBefore = test::snapshotTree(vault());
        const QString output = m_out.filePath(layout);
        QByteArray err;
        const QJsonObject result = exportPhotos({output, QStringLiteral("--layout"), layout}, 0, &err);
        QVERIFY2(!result.isEmpty(), err.constData());
        QCOMPARE(test::snapshotTree(vault()), vaultBefore); // the vault is only read
        // 8 memories hold 8 distinct photos (the shared one is exported once).
        QCOMPARE(result.value(QStringLiteral("photos")).toInt(), 8);
        QCOMPARE(result.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
        const QJsonArray files = result.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 8);

        QStringList paths;
        for (const QJsonValue &v : files) {
            paths << QDir(output).filePath(v.toObject().value(QStringLiteral("path")).toString());
            if (!v.toObject().value(QStringLiteral("sidecar")).isNull())
                paths << QDir(output).filePath(v.toObject().value(QStringLiteral("sidecar")).toString());
        }
        // Every file on disk is one the command named; nothing else (no temporary files) is left.
        QStringList onDisk;
        QDirIterator it(output, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            onDisk << it.next();
        onDisk.sort();
        QStringList named = paths;
        named.sort();
        QCOMPARE(onDisk, named);
        const QHash<QString, QJsonObject> read = exiftool(paths);
        // The copies get the permissions any new file gets (not a temporary file's 0600).
        const QString probe = m_out.filePath(QStringLiteral("probe-%1").arg(layout));
        QVERIFY(test::writeFile(probe, "x"));
        for (const QString &path : std::as_const(paths))
            QCOMPARE(QFileInfo(path).permissions(), QFileInfo(probe).permissions());

        static const QRegularExpression readable(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}-\\d{2} [^/\\\\:*?\"<>|]+ \\d{2}\\.(jpg|png|gif)$"));
        QSet<QString> unique;
        for (const QJsonValue &v : files) {
            const QJsonObject f = v.toObject();
            const QString rel = f.value(QStringLiteral("path")).toString();
            const QString path = QDir(output).filePath(rel);
            const QString sha = f.value(QStringLiteral("sha256")).toString();
            QVERIFY2(readable.match(QFileInfo(rel).fileName()).hasMatch(), qPrintable(rel));
            QVERIFY2(!unique.contains(rel.toCaseFolded()), qPrintable(rel));
            unique.insert(rel.toCaseFolded());

            // What `keepsake list --json` says about this photo.
            const QList<QJsonObject> owners = holders(sha);
            QVERIFY2(!owners.isEmpty(), qPrintable(rel));
            const QJsonObject *photo = nullptr;
            for (const QJsonObject &m : owners) {
                if (m.value(QStringLiteral("kind")).toString() == QLatin1String("photo"))
                    photo = &m;
            }
            const QJsonObject &primary = photo ? *photo : owners.first();
            QCOMPARE(f.value(QStringLiteral("memory")).toString(),
                     primary.value(QStringLiteral("key")).toString());
            const QJsonValue taken = mediaOf(primary, sha).value(QStringLiteral("taken"));
            QDateTime expected;
            bool zoneKnown = true;
            if (!taken.isNull()) {
                expected = QDateTime::fromString(taken.toString(), Qt::ISODate);
                expected.setOffsetFromUtc(kChinaUtcOffset);
                zoneKnown = false;
            } else if (primary.value(QStringLiteral("key")).toString() == QLatin1String("photo:shot")) {
                expected = QDateTime::fromSecsSinceEpoch(test::PhotoExportFixture::shotTime(),
                                                         Qt::OffsetFromUTC, kChinaUtcOffset);
                zoneKnown = false;
            } else {
                expected =
                    QDateTime::fromString(primary.value(QStringLiteral("created")).toString(), Qt::ISODate);
            }
            QString words;
            for (const QJsonObject *m : {&primary, &owners.first()}) {
                if (words.isEmpty())
                    words = qzonePlainText(m->value(QStringLiteral("text")).toString()).trimmed();
            }
            const bool inAlbum = photo != nullptr;
            if (words.isEmpty() && inAlbum)
                words = test::PhotoExportFixture::album();
            QVERIFY(!words.isEmpty());

            // The name: date, then album or first words, then the number.
            QVERIFY2(
                QFileInfo(rel).fileName().startsWith(expected.toString(QStringLiteral("yyyy-MM-dd HH-mm "))),
                qPrintable(rel));
            if (inAlbum) {
                QVERIFY2(rel.startsWith(seaFolder), qPrintable(rel));
                QVERIFY2(QFileInfo(rel).fileName().contains(test::PhotoExportFixture::album()),
                         qPrintable(rel));
            }
            if (primary.value(QStringLiteral("key")).toString() == QLatin1String("post:trip")) {
                QVERIFY2(rel.startsWith(cameraFolder), qPrintable(rel));
                QVERIFY2(
                    QFileInfo(rel).fileName().contains(QStringLiteral("毕业旅行的第一天，大家都很开心 ")),
                    qPrintable(rel));
            }
            // The file's time is its date.
            QCOMPARE(QFileInfo(path).lastModified().toSecsSinceEpoch(), expected.toSecsSinceEpoch());
            const QString jsonDate = f.value(QStringLiteral("date")).toString();
            QCOMPARE(
                QDateTime::fromString(jsonDate, Qt::ISODate).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                expected.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));

            const QString vaultFile = m_fx.library.path() + QLatin1Char('/') +
                                      mediaOf(primary, sha).value(QStringLiteral("path")).toString();
            const QByteArray original = readAll(vaultFile);
            const QByteArray copy = readAll(path);
            QVERIFY(!original.isEmpty());
            const QString exifDate = expected.toString(QStringLiteral("yyyy:MM:dd HH:mm:ss"));
            if (rel.endsWith(QLatin1String(".jpg"))) {
                QVERIFY(f.value(QStringLiteral("sidecar")).isNull());
                const QJsonObject e = read.value(QFileInfo(path).absoluteFilePath());
                QVERIFY2(!e.isEmpty(), qPrintable(path));
                QCOMPARE(e.value(QStringLiteral("ExifIFD:DateTimeOriginal")).toString(), exifDate);
                if (zoneKnown)
                    QCOMPARE(e.value(QStringLiteral("ExifIFD:OffsetTimeOriginal")).toString(),
                             QStringLiteral("+08:00"));
                else
                    QVERIFY(!e.contains(QStringLiteral("ExifIFD:OffsetTimeOriginal")));
                QCOMPARE(e.value(QStringLiteral("IFD0:ImageDescription")).toString(), words);
                QCOMPARE(e.value(QStringLiteral("IFD0:XPComment")).toString(), words);
                QCOMPARE(e.value(QStringLiteral("ExifIFD:UserComment")).toString(), words);
                if (inAlbum)
                    QCOMPARE(e.value(QStringLiteral("IFD0:XPKeywords")).toString(),
                             test::PhotoExportFixture::album());
                // The camera's own tags are kept as they were.
                const QJsonValue make = mediaOf(primary, sha).value(QStringLiteral("make"));
                if (!make.isNull()) {
                    QCOMPARE(e.value(QStringLiteral("IFD0:Make")).toString(), make.toString());
                    QCOMPARE(e.value(QStringLiteral("IFD0:Model")).toString(),
                             mediaOf(primary, sha).value(QStringLiteral("model")).toString());
                    QCOMPARE(exifDate, QStringLiteral("2012:06:07 14:02:03"));
                }
                if (primary.value(QStringLiteral("key")).toString() == QLatin1String("photo:sea")) {
                    QCOMPARE(e.value(QStringLiteral("GPS:GPSLatitudeRef")).toString(), QStringLiteral("N"));
                    QVERIFY(qAbs(e.value(QStringLiteral("GPS:GPSLatitude")).toDouble() -
                                 test::PhotoExportFixture::seaLatitude()) < 1e-5);
                    QVERIFY(qAbs(e.value(QStringLiteral("GPS:GPSLongitude")).toDouble() -
                                 test::PhotoExportFixture::seaLongitude()) < 1e-5);
                } else {
                    QVERIFY(!e.contains(QStringLiteral("GPS:GPSLatitude")));
                }
                // Everything but the EXIF segment is byte for byte the original: never re-encoded.
                QCOMPARE(withoutExif(copy), withoutExif(original));
                QCOMPARE(QImage::fromData(copy), QImage::fromData(original));
                QVERIFY(!e.contains(QStringLiteral("ExifTool:Warning")));
            } else {
                // PNG and GIF: the file as it was, its date and words in the .xmp beside it.
                QCOMPARE(copy, original);
                const QString sidecar = QDir(output).filePath(f.value(QStringLiteral("sidecar")).toString());
                QCOMPARE(QFileInfo(sidecar).completeBaseName(), QFileInfo(path).completeBaseName());
                QCOMPARE(QFileInfo(sidecar).lastModified().toSecsSinceEpoch(), expected.toSecsSinceEpoch());
                const QJsonObject x = read.value(QFileInfo(sidecar).absoluteFilePath());
                QVERIFY2(!x.isEmpty(), qPrintable(sidecar));
                QCOMPARE(x.value(QStringLiteral("XMP-exif:DateTimeOriginal")).toString(),
                         exifDate + QStringLiteral("+08:00"));
                QCOMPARE(x.value(QStringLiteral("XMP-xmp:CreateDate")).toString(),
                         exifDate + QStringLiteral("+08:00"));
                QCOMPARE(x.value(QStringLiteral("XMP-dc:Description")).toString(), words);
            }
        }
    }

    void neverOverwrites()
    {
        const QString output = m_out.filePath(QStringLiteral("twice"));
        const QJsonObject first =
            exportPhotos({output, QStringLiteral("--layout"), QStringLiteral("flat")}, 0);
        QCOMPARE(first.value(QStringLiteral("photos")).toInt(), 8);
        const auto before = test::snapshotTree(output);
        const QJsonObject second =
            exportPhotos({output, QStringLiteral("--layout"), QStringLiteral("flat")}, 0);
        QCOMPARE(second.value(QStringLiteral("photos")).toInt(), 8);
        const auto after = test::snapshotTree(output);
        for (auto it = before.begin(); it != before.end(); ++it)
            QCOMPARE(after.value(it.key()), it.value()); // the first copies untouched
        QCOMPARE(after.size(), before.size() * 2);
        for (const QJsonValue &v : second.value(QStringLiteral("files")).toArray()) {
            const QString name =
                QFileInfo(v.toObject().value(QStringLiteral("path")).toString()).completeBaseName();
            QVERIFY2(name.endsWith(QLatin1String(" (2)")), qPrintable(name));
        }
    }

    void filters()
    {
        QCOMPARE(exportPhotos({m_out.filePath(QStringLiteral("y2013")), QStringLiteral("--year"),
                               QStringLiteral("2013")},
                              0)
                     .value(QStringLiteral("photos"))
                     .toInt(),
                 4);
        QCOMPARE(
            exportPhotos(
                {m_out.filePath(QStringLiteral("tag")), QStringLiteral("--tag"), QStringLiteral("旅行")}, 0)
                .value(QStringLiteral("photos"))
                .toInt(),
            2);
        QCOMPARE(
            exportPhotos({m_out.filePath(QStringLiteral("range")), QStringLiteral("--from"),
                          QStringLiteral("2012-06-08"), QStringLiteral("--to"), QStringLiteral("2012-06-09")},
                         0)
                .value(QStringLiteral("photos"))
                .toInt(),
            2); // the two album photos; the post that shares one is later
    }

    void plainOutput()
    {
        QByteArray out;
        QByteArray err;
        QCOMPARE(
            run({QStringLiteral("export"), QStringLiteral("photos"), m_out.filePath(QStringLiteral("plain"))},
                &out, &err),
            0);
        QVERIFY2(out.contains("8 photos exported to"), out.constData());
        QVERIFY(!err.contains('\r')); // not a terminal: no progress line
    }

    void lostVaultFileIsNamed()
    {
        QString sha;
        QString vaultPath;
        for (const QJsonObject &m : std::as_const(m_memories)) {
            if (m.value(QStringLiteral("key")).toString() == QLatin1String("post:lost")) {
                const QJsonObject media = m.value(QStringLiteral("media")).toArray().first().toObject();
                sha = media.value(QStringLiteral("sha256")).toString();
                vaultPath =
                    m_fx.library.path() + QLatin1Char('/') + media.value(QStringLiteral("path")).toString();
            }
        }
        QVERIFY(QFileInfo::exists(vaultPath));
        const QString aside = m_out.filePath(QStringLiteral("lost.jpg.aside"));
        QVERIFY(QFile::rename(vaultPath, aside));
        const auto vaultBefore = hashesOf(test::snapshotTree(vault()));
        QByteArray err;
        const QJsonObject result = exportPhotos({m_out.filePath(QStringLiteral("lost"))}, 1, &err);
        QVERIFY(QFile::rename(aside, vaultPath));
        QVERIFY2(!result.isEmpty(), err.constData());
        QCOMPARE(hashesOf(test::snapshotTree(vault())).size(), vaultBefore.size() + 1);
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(result.value(QStringLiteral("photos")).toInt(), 7);
        QCOMPARE(result.value(QStringLiteral("failed")).toInt(), 1);
        const QString failure = result.value(QStringLiteral("failures")).toArray().first().toString();
        QVERIFY2(failure.contains(QLatin1String("lost.jpg")) && failure.contains(QLatin1String("post:lost")),
                 qPrintable(failure));
        QVERIFY2(err.contains("lost.jpg") && err.contains("could not be exported"), err.constData());
        for (const QJsonValue &v : result.value(QStringLiteral("files")).toArray())
            QVERIFY(v.toObject().value(QStringLiteral("sha256")).toString() != sha);
    }

    void usageErrors()
    {
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("photos"), m_out.filePath(QStringLiteral("x")),
                      QStringLiteral("--layout"), QStringLiteral("tree")}),
                 2);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("photos")}), 2);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("photos"), m_out.filePath(QStringLiteral("x")),
                      QStringLiteral("--year"), QStringLiteral("twelve")}),
                 2);
        const QString file = m_out.filePath(QStringLiteral("a-file"));
        QVERIFY(test::writeFile(file, "x"));
        QByteArray err;
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("photos"), file}, nullptr, &err), 1);
        QVERIFY(err.contains("is a file"));
        // Never into the library's own folder (its vault is there).
        const auto vaultBefore = test::snapshotTree(vault());
        QCOMPARE(
            run({QStringLiteral("export"), QStringLiteral("photos"), vault() + QStringLiteral("/copies")},
                nullptr, &err),
            1);
        QVERIFY2(err.contains("library's own folder"), err.constData());
        QCOMPARE(test::snapshotTree(vault()), vaultBefore);
        QVERIFY(!QFileInfo::exists(vault() + QStringLiteral("/copies")));
        // `keepsake export --library DIR photos OUT` (options first) is the photo export too.
        QCOMPARE(
            test::runKeepsake({QStringLiteral("export"), QStringLiteral("--library"), m_fx.library.path(),
                               QStringLiteral("photos"), m_out.filePath(QStringLiteral("optionsfirst"))}),
            0);
        QVERIFY(QFileInfo::exists(m_out.filePath(QStringLiteral("optionsfirst/毕业旅行"))));
    }
};

QTEST_GUILESS_MAIN(TestCliExportPhotos)
#include "tst_cli_exportphotos.moc"
