// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "import/librarywriter.h"
#include "import/photofolderimporter.h"
#include "library/database.h"
#include "library/librarystats.h"
#include "mediafixtures.h"
#include "search/searchindex.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;
using namespace ks::test;

namespace {

struct PhotoRow
{
    QString key;
    qint64 created = 0;
    int utcOffset = 0;
    QString title;
    QString albumName;
    QString device;
    QJsonObject extra;
    QString role;
    QString sourcePath;
    QString vaultPath;
    QString mediaStatus;
    std::optional<double> latitude;
};

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

qint64 utc8(const QString &local)
{
    return QDateTime(QDate::fromString(local.left(10), QStringLiteral("yyyy-MM-dd")),
                     QTime::fromString(local.mid(11), QStringLiteral("HH:mm:ss")), Qt::OffsetFromUTC,
                     8 * 3600)
        .toSecsSinceEpoch();
}

} // namespace

class TestPhotoFolder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_root;
    Database m_db;
    QByteArray m_canon;
    QByteArray m_truncated;
    QDateTime m_noDateMtime;

    void put(const QString &rel, const QByteArray &bytes)
    {
        const QString path = m_root + QLatin1Char('/') + rel;
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
    }

    ImportReport importOnce(const QString &root)
    {
        LibraryWriter writer(m_db, root, &searchIndexer());
        QString error;
        if (!writer.begin(&error))
            qFatal("begin failed: %s", qPrintable(error));
        auto importer = makePhotoFolderImporter();
        const QStringList roots = importer->findRoots(root);
        for (const QString &r : roots) {
            writer.context().addFormat(importer->formatId());
            importer->importRoot(ImportScope{r, {}}, writer.context(), writer);
        }
        return writer.finish();
    }

    QHash<QString, PhotoRow> photos()
    {
        QHash<QString, PhotoRow> rows;
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral(
            "SELECT m.key, m.created, m.utc_offset, m.title, a.name, m.device, m.extra_json, mm.role, "
            "mm.source_path, "
            "md.vault_path, md.status, m.latitude FROM memories m LEFT JOIN albums a ON a.id = m.album_id "
            "LEFT JOIN memory_media mm ON mm.memory_id = m.id AND mm.position = 0 "
            "LEFT JOIN media md ON md.id = mm.media_id WHERE m.kind = 'photo'"));
        while (q.next()) {
            PhotoRow r;
            r.key = q.value(0).toString();
            r.created = q.value(1).toLongLong();
            r.utcOffset = q.value(2).toInt();
            r.title = q.value(3).toString();
            r.albumName = q.value(4).toString();
            r.device = q.value(5).toString();
            r.extra = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
            r.role = q.value(7).toString();
            r.sourcePath = q.value(8).toString();
            r.vaultPath = q.value(9).toString();
            r.mediaStatus = q.value(10).toString();
            if (!q.value(11).isNull())
                r.latitude = q.value(11).toDouble();
            rows.insert(r.title, r);
        }
        return rows;
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_root = m_tmp.filePath(QStringLiteral("photos"));
        ExifSpec canon;
        canon.dateTimeOriginal = "2010:02:28 14:00:58";
        canon.make = "Canon";
        canon.model = "Canon PowerShot A590 IS";
        canon.orientation = 6;
        canon.latitude = ExifSpec::Dms{31, 14, 0.0, 'N'};
        canon.longitude = ExifSpec::Dms{121, 28, 0.0, 'E'};
        m_canon = jpegWithExif(canon, 80, 60, 1);
        ExifSpec nikon;
        nikon.dateTimeOriginal = "2014:03:08 15:20:00";
        nikon.make = "NIKON CORPORATION";
        nikon.model = "NIKON D90";
        const QByteArray whole = jpegWithExif(nikon, 120, 90, 2);
        m_truncated = whole.left(whole.size() / 2);

        put(QStringLiteral("DCIM/100CANON/IMG_0001.JPG"), m_canon);
        put(QStringLiteral("DCIM/100CANON/Thumbs.db"),
            QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(1528, '\0'));
        put(QStringLiteral("DCIM/.DS_Store"), QByteArray("\0\0\0\1Bud1", 8) + QByteArray(100, '\0'));
        put(QStringLiteral("备份/IMG_0001 (2).JPG"), m_canon); // the same photo copied
        put(QStringLiteral("手机相册/2013/IMG_20130101_000000.jpg"), QByteArray());
        put(QStringLiteral("手机相册/2013/IMG_20130120_141221.jpg"),
            encodeImage(testPicture(40, 30, 3), "JPEG"));
        put(QStringLiteral("QQ图片/20111024221901.png"), encodeImage(testPicture(20, 20, 4), "PNG"));
        put(QStringLiteral("Screenshot_2014-03-08-15-20-01.png"), encodeImage(testPicture(16, 32, 5), "PNG"));
        put(QStringLiteral("旧电脑/无日期.jpg"), encodeImage(testPicture(24, 24, 6), "JPEG"));
        put(QStringLiteral("旧电脑/DSC_0099.jpg"), m_truncated);
        put(QStringLiteral("视频/clip.mp4"), tinyMp4(1000, 4000, 640, 360));
        put(QStringLiteral("说明.txt"), QStringLiteral("这是从旧手机里拷出来的照片。\r\n").toUtf8());
        // mtime is the last resort: make it a known instant.
        m_noDateMtime = QDateTime(QDate(2009, 7, 1), QTime(8, 30), Qt::UTC);
        QFile noDate(m_root + QStringLiteral("/旧电脑/无日期.jpg"));
        QVERIFY(noDate.open(QIODevice::ReadWrite));
        QVERIFY(noDate.setFileTime(m_noDateMtime, QFileDevice::FileModificationTime));
        noDate.close();
        // A link loop and a link to a photo outside: neither is followed.
        QVERIFY(
            QFile::link(m_root + QStringLiteral("/DCIM"), m_root + QStringLiteral("/DCIM/100CANON/loop")));
        put(QStringLiteral("../outside/secret.jpg"), encodeImage(testPicture(8, 8, 7), "JPEG"));
        QVERIFY(QFile::link(m_tmp.filePath(QStringLiteral("outside/secret.jpg")),
                            m_root + QStringLiteral("/linked.jpg")));

        QString error;
        QVERIFY2(m_db.open(m_tmp.filePath(QStringLiteral("library")), &error), qPrintable(error));
    }

    void fileNameDates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("android") << QStringLiteral("IMG_20130101_000000.jpg")
                                 << QStringLiteral("2013-01-01T00:00:00");
        QTest::newRow("android-burst")
            << QStringLiteral("IMG_20120807_121737_BURST001.jpg") << QStringLiteral("2012-08-07T12:17:37");
        QTest::newRow("qq") << QStringLiteral("QQ图片20130516235356.jpg")
                            << QStringLiteral("2013-05-16T23:53:56");
        QTest::newRow("digits") << QStringLiteral("20130101123000.png")
                                << QStringLiteral("2013-01-01T12:30:00");
        QTest::newRow("screenshot") << QStringLiteral("Screenshot_2014-03-08-15-20-00.png")
                                    << QStringLiteral("2014-03-08T15:20:00");
        QTest::newRow("video") << QStringLiteral("VID_20150203_101112.mp4")
                               << QStringLiteral("2015-02-03T10:11:12");
        QTest::newRow("wechat") << QStringLiteral("微信图片_20180101123456.jpg")
                                << QStringLiteral("2018-01-01T12:34:56");
        QTest::newRow("mmexport-ms") << QStringLiteral("mmexport1389000000000.jpg")
                                     << QStringLiteral("2014-01-06T17:20:00");
        QTest::newRow("date-only") << QStringLiteral("2013-01-01 生日.jpg")
                                   << QStringLiteral("2013-01-01T00:00:00");
        QTest::newRow("no-date") << QStringLiteral("DSC_0099.jpg") << QString();
        QTest::newRow("canon") << QStringLiteral("IMG_0001.JPG") << QString();
        QTest::newRow("invalid-month") << QStringLiteral("IMG_20131301_000000.jpg") << QString();
        QTest::newRow("too-many-digits") << QStringLiteral("123201301011230001.jpg") << QString();
        QTest::newRow("phone-number") << QStringLiteral("13800138000.jpg") << QString();
    }

    void fileNameDates()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(dateFromFileName(name).value_or(QString()), expected);
    }

    void findRoots()
    {
        auto importer = makePhotoFolderImporter();
        QVERIFY(importer);
        QCOMPARE(importer->formatId(), QStringLiteral("photo-folder"));
        QCOMPARE(importer->findRoots(m_root), QStringList{QDir::cleanPath(m_root)});
        const QString textOnly = m_tmp.filePath(QStringLiteral("textonly"));
        QDir().mkpath(textOnly + QStringLiteral("/sub"));
        QVERIFY(writeFile(textOnly + QStringLiteral("/sub/notes.txt"), "hello"));
        QVERIFY(writeFile(textOnly + QStringLiteral("/empty.jpg"), QByteArray()));
        QVERIFY(importer->findRoots(textOnly).isEmpty());
        QVERIFY(importer->findRoots(m_tmp.filePath(QStringLiteral("nope"))).isEmpty());
        QVERIFY(importer->findRoots(m_root + QStringLiteral("/说明.txt")).isEmpty());
    }

    void importsTheFolder()
    {
        const auto before = snapshotTree(m_root);
        QElapsedTimer timer;
        timer.start();
        const ImportReport report = importOnce(m_root);
        QVERIFY2(timer.elapsed() < 60000, "a link loop must not make the walk endless");
        QCOMPARE(snapshotTree(m_root), before);

        // 9 image/video files; the two copies are one photo, the truncated one is kept but not shown.
        const QHash<QString, PhotoRow> rows = photos();
        QCOMPARE(rows.size(), 6);
        QCOMPARE(report.added, 6);
        QVERIFY(!rows.contains(QStringLiteral("secret.jpg")));
        QVERIFY(!rows.contains(QStringLiteral("linked.jpg")));
        QVERIFY(!rows.contains(QStringLiteral("DSC_0099.jpg")));
        QVERIFY(!rows.contains(QStringLiteral("Thumbs.db")));

        const PhotoRow canon = rows.contains(QStringLiteral("IMG_0001.JPG"))
                                   ? rows.value(QStringLiteral("IMG_0001.JPG"))
                                   : rows.value(QStringLiteral("IMG_0001 (2).JPG"));
        QCOMPARE(canon.key, QStringLiteral("photo:sha256:") + sha256Hex(m_canon));
        QCOMPARE(canon.created, utc8(QStringLiteral("2010-02-28T14:00:58")));
        QCOMPARE(canon.utcOffset, 28800);
        QCOMPARE(canon.extra.value(QStringLiteral("date_source")).toString(), QStringLiteral("exif"));
        QCOMPARE(canon.device, QStringLiteral("Canon PowerShot A590 IS"));
        QVERIFY(canon.latitude && qAbs(*canon.latitude - (31 + 14 / 60.0)) < 1e-6);
        QCOMPARE(canon.role, QStringLiteral("image"));
        QCOMPARE(canon.mediaStatus, QStringLiteral("ok"));
        QVERIFY(QFileInfo::exists(m_db.libraryDir() + QLatin1Char('/') + canon.vaultPath));

        const PhotoRow phone = rows.value(QStringLiteral("IMG_20130120_141221.jpg"));
        QCOMPARE(phone.created, utc8(QStringLiteral("2013-01-20T14:12:21")));
        QCOMPARE(phone.extra.value(QStringLiteral("date_source")).toString(), QStringLiteral("filename"));
        QCOMPARE(phone.albumName, QStringLiteral("2013"));
        QCOMPARE(phone.sourcePath, QStringLiteral("手机相册/2013/IMG_20130120_141221.jpg"));

        const PhotoRow png = rows.value(QStringLiteral("20111024221901.png"));
        QCOMPARE(png.created, utc8(QStringLiteral("2011-10-24T22:19:01")));
        QCOMPARE(png.albumName, QStringLiteral("QQ图片"));

        const PhotoRow shot = rows.value(QStringLiteral("Screenshot_2014-03-08-15-20-01.png"));
        QCOMPARE(shot.created, utc8(QStringLiteral("2014-03-08T15:20:01")));
        QVERIFY(shot.albumName.isEmpty()); // at the root: no folder, no album

        const PhotoRow noDate = rows.value(QStringLiteral("无日期.jpg"));
        QCOMPARE(noDate.created, m_noDateMtime.toSecsSinceEpoch());
        QCOMPARE(noDate.extra.value(QStringLiteral("date_source")).toString(), QStringLiteral("mtime"));
        QCOMPARE(noDate.albumName, QStringLiteral("旧电脑"));

        const PhotoRow clip = rows.value(QStringLiteral("clip.mp4"));
        QCOMPARE(clip.role, QStringLiteral("video"));
        QCOMPARE(scalar(QStringLiteral("SELECT duration_ms FROM media WHERE mime = 'video/mp4'")), 4000);

        // Problems: the empty file and the truncated one, by their paths; nothing else.
        QStringList problems;
        for (const ImportProblem &p : report.problems)
            problems << p.kind + QLatin1Char(' ') + QDir(m_root).relativeFilePath(p.file);
        problems.sort();
        QCOMPARE(problems, (QStringList{QStringLiteral("corrupt 旧电脑/DSC_0099.jpg"),
                                        QStringLiteral("zero-byte 手机相册/2013/IMG_20130101_000000.jpg")}));
        // The truncated JPEG's bytes are in the vault, marked damaged, its EXIF date read.
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT vault_path, status, taken_local FROM media WHERE sha256 = ?"));
        q.addBindValue(sha256Hex(m_truncated));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("damaged"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("2014-03-08T15:20:00"));
        QFile vaultCopy(m_db.libraryDir() + QLatin1Char('/') + q.value(0).toString());
        QVERIFY(vaultCopy.open(QIODevice::ReadOnly));
        QCOMPARE(vaultCopy.readAll(), m_truncated);

        // The owner is "local", and is not counted as a person.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE uin = 'local'")), 1);
        QCOMPARE(libraryStats(m_db.connection()).value(QStringLiteral("people")).toInt(), 0);
    }

    void reimportAddsNothing()
    {
        const qint64 memories = scalar(QStringLiteral("SELECT COUNT(*) FROM memories"));
        const qint64 media = scalar(QStringLiteral("SELECT COUNT(*) FROM media"));
        const qint64 problems = scalar(QStringLiteral("SELECT COUNT(*) FROM problems"));
        const ImportReport report = importOnce(m_root);
        QCOMPARE(report.added, 0);
        QCOMPARE(report.updated, 0);
        QCOMPARE(report.mediaStored, 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memories")), memories);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM media")), media);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM problems")), problems);
    }

    void cancelStopsBetweenFiles()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        LibraryWriter writer(db, m_root, &searchIndexer());
        std::atomic_bool cancel{true};
        writer.context().setCancelFlag(&cancel);
        QVERIFY(writer.begin());
        auto importer = makePhotoFolderImporter();
        importer->importRoot(ImportScope{m_root, {}}, writer.context(), writer);
        const ImportReport report = writer.finish();
        QCOMPARE(report.added, 0);
    }
};

QTEST_GUILESS_MAIN(TestPhotoFolder)
#include "tst_photofolder.moc"
