// SPDX-License-Identifier: GPL-3.0-or-later
#include "exifcases.h"
#include "media/jpegsegments.h"
#include "media/mediaprobe.h"
#include "media/thumbnails.h"
#include "mediafixtures.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;
using namespace ks::test;

class TestMediaProbe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<ExifCase> m_exifCases;
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!writeFile(path, bytes))
            qFatal("cannot write the fixture %s", qPrintable(path));
        return path;
    }
    static ExifSpec cameraSpec()
    {
        ExifSpec spec;
        spec.dateTimeOriginal = "2012:06:07 21:15:00";
        spec.dateTime = "2013:01:01 10:00:00";
        spec.make = "Canon";
        spec.model = "Canon EOS 550D";
        spec.orientation = 6;
        spec.latitude = ExifSpec::Dms{39, 54, 27.6, 'N'};
        spec.longitude = ExifSpec::Dms{116, 23, 49.2, 'E'};
        return spec;
    }

    /// Hostile and cut files (name, bytes): the probe must never crash, hang or claim them whole.
    static QList<std::pair<QByteArray, QByteArray>> garbageCases()
    {
        QList<std::pair<QByteArray, QByteArray>> cases;
        QRandomGenerator random(20240601);
        auto randomBytes = [&](int n) {
            QByteArray b(n, Qt::Uninitialized);
            for (char &c : b)
                c = char(random.bounded(256));
            return b;
        };
        for (int n : {1, 2, 3, 7, 64, 1000, 70000})
            cases.append({"random-" + QByteArray::number(n), randomBytes(n)});
        cases.append({QByteArray("soi-only"), QByteArrayLiteral("\xFF\xD8")});
        cases.append({QByteArray("soi-garbage"), QByteArrayLiteral("\xFF\xD8\xFF") + randomBytes(5000)});
        cases.append({QByteArray("app1-huge-length"), QByteArrayLiteral("\xFF\xD8\xFF\xE1\xFF\xFF"
                                                                        "Exif\0\0") +
                                                          randomBytes(300)});
        cases.append({QByteArray("app1-random-exif"), QByteArrayLiteral("\xFF\xD8\xFF\xE1\x04\x00"
                                                                        "Exif\0\0II*\0") +
                                                          randomBytes(1100) + QByteArrayLiteral("\xFF\xD9")});
        cases.append({QByteArray("app1-bad-ifd-offset"),
                      QByteArrayLiteral("\xFF\xD8\xFF\xE1\x00\x16"
                                        "Exif\0\0MM\0*\x7F\xFF\xFF\xF0\0\0\0\0\xFF\xD9")});
        cases.append({QByteArray("fill-bytes"), QByteArrayLiteral("\xFF\xD8") + QByteArray(100000, '\xFF')});
        cases.append({QByteArray("gif-header"), QByteArrayLiteral("GIF89a\xFF\xFF\xFF\xFF")});
        cases.append({QByteArray("png-header"), QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR")});
        cases.append(
            {QByteArray("mp4-box-size-zero"), QByteArrayLiteral("\0\0\0\0ftypisom") + randomBytes(100)});
        cases.append(
            {QByteArray("mp4-box-size-huge"), QByteArrayLiteral("\0\0\0\x18"
                                                                "ftypisom\0\0\0\0isom\xFF\xFF\xFF\xFFmoov")});
        cases.append({QByteArray("mp4-largesize-tiny"),
                      QByteArrayLiteral("\0\0\0\x18"
                                        "ftypisom\0\0\0\0isom\0\0\0\x01moov\0\0\0\0\0\0\0\x02")});
        cases.append({QByteArray("mp4-nested-zero"),
                      QByteArrayLiteral("\0\0\0\x18"
                                        "ftypisom\0\0\0\0isom\0\0\0\x10moov\0\0\0\0mvhd")});
        const QByteArray mp4 = tinyMp4(1000, 5000, 320, 240);
        for (int cut = 8; cut < mp4.size(); cut += 23)
            cases.append({"mp4-prefix-" + QByteArray::number(cut), mp4.left(cut)});
        QByteArray noisyMp4 = mp4;
        for (int i = 40; i < noisyMp4.size(); i += 9)
            noisyMp4[i] = char(random.bounded(256));
        cases.append({QByteArray("mp4-noisy"), noisyMp4});
        const QByteArray jpeg = jpegWithExif(cameraSpec());
        for (int cut = 1; cut < jpeg.size(); cut += 97)
            cases.append({"jpeg-prefix-" + QByteArray::number(cut), jpeg.left(cut)});
        for (int round = 0; round < 20; ++round) {
            QByteArray flipped = jpeg;
            for (int i = 0; i < 30; ++i)
                flipped[int(random.bounded(qMin<quint32>(700, quint32(flipped.size()))))] =
                    char(random.bounded(256));
            cases.append({"jpeg-flipped-" + QByteArray::number(round), flipped});
        }
        return cases;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_exifCases = exifCases();
    }

    void jpegWithFullExif()
    {
        const QString path = write(QStringLiteral("IMG_0001.JPG"), jpegWithExif(cameraSpec(), 64, 48));
        const MediaInfo info = probeMedia(path);
        QCOMPARE(info.status, MediaInfo::Status::Ok);
        QCOMPARE(info.mime, QStringLiteral("image/jpeg"));
        QCOMPARE(info.extension, QStringLiteral("jpg"));
        QCOMPARE(info.width, 64);
        QCOMPARE(info.height, 48);
        QCOMPARE(info.takenLocal, QStringLiteral("2012-06-07T21:15:00"));
        QCOMPARE(info.cameraMake, QStringLiteral("Canon"));
        QCOMPARE(info.cameraModel, QStringLiteral("Canon EOS 550D"));
        QCOMPARE(info.orientation, 6);
        QVERIFY(info.gpsLatitude && info.gpsLongitude);
        QVERIFY(qAbs(*info.gpsLatitude - (39 + 54 / 60.0 + 27.6 / 3600.0)) < 1e-6);
        QVERIFY(qAbs(*info.gpsLongitude - (116 + 23 / 60.0 + 49.2 / 3600.0)) < 1e-6);
        QVERIFY(info.problem.isEmpty());
    }

    void gpsSouthWestIsNegative()
    {
        ExifSpec spec;
        spec.dateTimeOriginal = "2010:02:28 14:00:58";
        spec.latitude = ExifSpec::Dms{33, 52, 4.0, 'S'};
        spec.longitude = ExifSpec::Dms{151, 12, 36.0, 'W'};
        const MediaInfo info = probeMedia(write(QStringLiteral("south.jpg"), jpegWithExif(spec)));
        QVERIFY(info.gpsLatitude && info.gpsLongitude);
        QVERIFY(qAbs(*info.gpsLatitude + (33 + 52 / 60.0 + 4.0 / 3600.0)) < 1e-6);
        QVERIFY(qAbs(*info.gpsLongitude + (151 + 12 / 60.0 + 36.0 / 3600.0)) < 1e-6);
        QCOMPARE(info.orientation, 0);
        QVERIFY(info.cameraMake.isEmpty());
    }

    void dateTimeIsTheFallback()
    {
        ExifSpec spec;
        spec.dateTime = "2011:11:11 11:11:11";
        const MediaInfo info = probeMedia(write(QStringLiteral("fallback.jpg"), jpegWithExif(spec)));
        QCOMPARE(info.takenLocal, QStringLiteral("2011-11-11T11:11:11"));
    }

    void blankDatesAreNoDates()
    {
        ExifSpec spec;
        spec.dateTimeOriginal = "0000:00:00 00:00:00";
        spec.dateTime = "    :  :     :  :  ";
        const MediaInfo info = probeMedia(write(QStringLiteral("blank.jpg"), jpegWithExif(spec)));
        QCOMPARE(info.status, MediaInfo::Status::Ok);
        QVERIFY(info.takenLocal.isEmpty());
    }

    void exifAsExiftoolReadsIt_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_exifCases.size(); ++i)
            QTest::newRow(qPrintable(m_exifCases[i].name)) << i;
    }

    void exifAsExiftoolReadsIt()
    {
        QFETCH(int, index);
        const ExifCase &c = m_exifCases.at(index);
        const MediaInfo info = probeMedia(write(c.name, c.bytes));
        QCOMPARE(info.status, MediaInfo::Status::Ok);
        QCOMPARE(info.mime, QStringLiteral("image/jpeg"));
        QCOMPARE(info.width, 64);
        QCOMPARE(info.takenLocal, c.taken);
        QCOMPARE(info.takenSubSecond, c.subSecond);
        QCOMPARE(info.takenOffset, c.offset);
        QCOMPARE(info.cameraMake, c.make);
        QCOMPARE(info.cameraModel, c.model);
        QCOMPARE(info.orientation, c.orientation);
        QCOMPARE(bool(info.gpsLatitude), bool(c.latitude));
        QCOMPARE(bool(info.gpsLongitude), bool(c.longitude));
        if (c.latitude) {
            QVERIFY2(qAbs(*info.gpsLatitude - *c.latitude) < 1e-6,
                     qPrintable(QString::number(*info.gpsLatitude, 'f', 9)));
            QVERIFY2(qAbs(*info.gpsLongitude - *c.longitude) < 1e-6,
                     qPrintable(QString::number(*info.gpsLongitude, 'f', 9)));
        }
    }

    void agreesWithExiftool()
    {
        // exiftool is the reference the issue is measured by; CI installs it (build-deps.txt).
        const QString exiftool = QStandardPaths::findExecutable(QStringLiteral("exiftool"));
        if (exiftool.isEmpty()) {
            if (inCi())
                QFAIL("exiftool is needed (libimage-exiftool-perl, packaging/debian/build-deps.txt)");
            QSKIP("exiftool is not installed");
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList args = {QStringLiteral("-j"),
                            QStringLiteral("-q"),
                            QStringLiteral("-q"),
                            QStringLiteral("-d"),
                            QStringLiteral("%Y-%m-%dT%H:%M:%S"),
                            QStringLiteral("-DateTimeOriginal"),
                            QStringLiteral("-CreateDate"),
                            QStringLiteral("-ModifyDate"),
                            QStringLiteral("-SubSecTimeOriginal"),
                            QStringLiteral("-OffsetTimeOriginal"),
                            QStringLiteral("-Make"),
                            QStringLiteral("-Model"),
                            QStringLiteral("-Orientation#"),
                            QStringLiteral("-Composite:GPSLatitude#"),
                            QStringLiteral("-Composite:GPSLongitude#")};
        for (const ExifCase &c : std::as_const(m_exifCases)) {
            QVERIFY(writeFile(dir.filePath(c.name), c.bytes));
            args << dir.filePath(c.name);
        }
        QProcess process;
        process.start(exiftool, args);
        QVERIFY(process.waitForFinished(120000));
        QJsonParseError error;
        const QJsonArray files = QJsonDocument::fromJson(process.readAllStandardOutput(), &error).array();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(files.size(), m_exifCases.size());
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &file : files)
            byName.insert(QFileInfo(file[QLatin1String("SourceFile")].toString()).fileName(),
                          file.toObject());

        static const QRegularExpression isoDate(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$"));
        auto text = [](const QJsonObject &o, const char *key) {
            return o.value(QLatin1String(key)).toVariant().toString();
        };
        int compared = 0;
        for (const ExifCase &c : std::as_const(m_exifCases)) {
            if (!c.exiftoolDiffers.isEmpty())
                continue; // a deliberate difference, explained in the case
            const QJsonObject tool = byName.value(c.name);
            const MediaInfo info = probeMedia(dir.filePath(c.name));
            const QByteArray where = c.name.toUtf8();
            // Keepsake's date: exiftool's DateTimeOriginal, else CreateDate, else ModifyDate.
            QString taken;
            for (const char *key : {"DateTimeOriginal", "CreateDate", "ModifyDate"}) {
                if (isoDate.match(text(tool, key)).hasMatch()) {
                    taken = text(tool, key);
                    if (qstrcmp(key, "DateTimeOriginal") == 0) {
                        QVERIFY2(info.takenSubSecond == text(tool, "SubSecTimeOriginal"), where);
                        QVERIFY2(info.takenOffset == text(tool, "OffsetTimeOriginal"), where);
                    }
                    break;
                }
            }
            QVERIFY2(info.takenLocal == taken, where + ": " + taken.toUtf8());
            QVERIFY2(info.cameraMake == text(tool, "Make"), where + ": " + text(tool, "Make").toUtf8());
            QVERIFY2(info.cameraModel == text(tool, "Model"), where + ": " + text(tool, "Model").toUtf8());
            QVERIFY2(info.orientation == tool.value(QLatin1String("Orientation")).toInt(0), where);
            const QJsonValue latitude = tool.value(QLatin1String("GPSLatitude"));
            const QJsonValue longitude = tool.value(QLatin1String("GPSLongitude"));
            // A position is both coordinates: one that exiftool reads alone is no place.
            const bool toolHasPosition = latitude.isDouble() && longitude.isDouble();
            QVERIFY2(bool(info.gpsLatitude) == toolHasPosition, where);
            QVERIFY2(bool(info.gpsLongitude) == toolHasPosition, where);
            if (toolHasPosition) {
                QVERIFY2(qAbs(*info.gpsLatitude - latitude.toDouble()) < 1e-6, where);
                QVERIFY2(qAbs(*info.gpsLongitude - longitude.toDouble()) < 1e-6, where);
            }
            ++compared;
        }
        QVERIFY(compared >= m_exifCases.size() - 1);
    }

    void exifSegmentFoundWhereLibexifsLoaderGivesUp()
    {
        // libexif's whole-file loader stops at an APP12 before the EXIF block; the embedded
        // thumbnail (blue) must still be used instead of scaling the photo (red).
        QImage thumbnail(160, 120, QImage::Format_RGB32);
        thumbnail.fill(Qt::blue);
        ExifBuilder exif;
        exif.text(EXIF_IFD_0, EXIF_TAG_MAKE, "SONY").thumbnail(encodeImage(thumbnail, "JPEG"));
        QImage photo(480, 360, QImage::Format_RGB32);
        photo.fill(Qt::red);
        const QByteArray bytes = insertAfterJfif(
            encodeImage(photo, "JPEG"), jpegSegment(0xEC, QByteArrayLiteral("Ducky\0\x01\0\x04\0\0\0<")) +
                                            jpegSegment(0xE1, exif.payload()));
        const QString path = write(QStringLiteral("DSC00042.JPG"), bytes);
        const ExifDataPtr data = loadJpegExif(path);
        QVERIFY(data);
        QVERIFY(data->size > 0);
        QCOMPARE(probeMedia(path).cameraMake, QStringLiteral("SONY"));
        const QImage made = ThumbnailProvider::makeThumbnail(path, 100, 1);
        QCOMPARE(made.size(), QSize(133, 100));
        const QRgb centre = made.pixel(made.width() / 2, made.height() / 2);
        QVERIFY2(qBlue(centre) > 200 && qRed(centre) < 60, qPrintable(QString::number(centre, 16)));
    }

    void jpegWithoutExif()
    {
        const QString path = write(QStringLiteral("plain.jpg"), encodeImage(testPicture(30, 20), "JPEG"));
        const MediaInfo info = probeMedia(path);
        QCOMPARE(info.status, MediaInfo::Status::Ok);
        QCOMPARE(info.width, 30);
        QCOMPARE(info.height, 20);
        QVERIFY(info.takenLocal.isEmpty());
        QVERIFY(!info.gpsLatitude);
    }

    void contentDecidesNotTheName()
    {
        // A JPEG without extension (QQ avatars) and a PNG named .jpg.
        const MediaInfo noExtension = probeMedia(write(QStringLiteral("123456"), jpegWithExif(cameraSpec())));
        QCOMPARE(noExtension.mime, QStringLiteral("image/jpeg"));
        QCOMPARE(noExtension.takenLocal, QStringLiteral("2012-06-07T21:15:00"));
        const MediaInfo pngNamedJpg =
            probeMedia(write(QStringLiteral("really-png.jpg"), encodeImage(testPicture(10, 12), "PNG")));
        QCOMPARE(pngNamedJpg.mime, QStringLiteral("image/png"));
        QCOMPARE(pngNamedJpg.extension, QStringLiteral("png"));
        QCOMPARE(pngNamedJpg.status, MediaInfo::Status::Ok);
        QCOMPARE(pngNamedJpg.width, 10);
        QCOMPARE(pngNamedJpg.height, 12);
    }

    void truncatedJpegIsDamagedButExifIsRead()
    {
        const QByteArray whole = jpegWithExif(cameraSpec(), 120, 90);
        const QString path = write(QStringLiteral("DSC_0099.jpg"), whole.left(whole.size() * 2 / 3));
        const MediaInfo info = probeMedia(path);
        QCOMPARE(info.status, MediaInfo::Status::Damaged);
        QVERIFY2(info.problem.contains(QStringLiteral("truncated")), qPrintable(info.problem));
        QCOMPARE(info.takenLocal, QStringLiteral("2012-06-07T21:15:00"));
        QCOMPARE(info.mime, QStringLiteral("image/jpeg"));
        QCOMPARE(info.width, 120);
    }

    void jpegWithTrailerAfterEoiIsWhole()
    {
        // Some phones append data after the end-of-image marker; the picture is complete.
        const QByteArray jpeg =
            jpegWithExif(cameraSpec()) + QByteArray(300, '\0') + QByteArrayLiteral("TRAILER");
        QCOMPARE(probeMedia(write(QStringLiteral("trailer.jpg"), jpeg)).status, MediaInfo::Status::Ok);
    }

    void truncatedPngIsDamaged()
    {
        const QByteArray png = encodeImage(testPicture(40, 40), "PNG");
        QCOMPARE(probeMedia(write(QStringLiteral("whole.png"), png)).status, MediaInfo::Status::Ok);
        const MediaInfo cut = probeMedia(write(QStringLiteral("cut.png"), png.left(png.size() / 2)));
        QCOMPARE(cut.status, MediaInfo::Status::Damaged);
        QVERIFY(!cut.problem.isEmpty());
    }

    void unreadableImageIsDamaged()
    {
        // A PNG signature followed by nonsense: content says PNG, Qt cannot read it.
        QByteArray bytes =
            QByteArrayLiteral("\x89PNG\r\n\x1a\n") + QByteArray(200, '\x07') + QByteArrayLiteral("IEND");
        const MediaInfo info = probeMedia(write(QStringLiteral("broken.png"), bytes));
        QCOMPARE(info.mime, QStringLiteral("image/png"));
        QCOMPARE(info.status, MediaInfo::Status::Damaged);
        QVERIFY2(info.problem.contains(QStringLiteral("cannot be read")), qPrintable(info.problem));
    }

    void emptyFile()
    {
        const MediaInfo info = probeMedia(write(QStringLiteral("IMG_20130101_000000.jpg"), QByteArray()));
        QCOMPARE(info.status, MediaInfo::Status::Empty);
        QVERIFY(!info.problem.isEmpty());
    }

    void missingFile()
    {
        const MediaInfo info = probeMedia(m_dir.filePath(QStringLiteral("nope.jpg")));
        QCOMPARE(info.status, MediaInfo::Status::Unreadable);
    }

    void qqPlaceholderGif()
    {
        const QByteArray gif = placeholderGif();
        QVERIFY(gif.size() > 1800 && gif.size() < 2600);
        const MediaInfo asJpeg = probeMedia(write(QStringLiteral("04_照片4771_66B3565B.jpeg"), gif));
        QCOMPARE(asJpeg.mime, QStringLiteral("image/gif"));
        QCOMPARE(asJpeg.status, MediaInfo::Status::Placeholder);
        QVERIFY(!asJpeg.problem.isEmpty());
        QCOMPARE(asJpeg.width, 1);
        // The same bytes under their own name are just a small GIF.
        QCOMPARE(probeMedia(write(QStringLiteral("e100.gif"), gif)).status, MediaInfo::Status::Ok);
        QVERIFY(looksLikeQQPlaceholder(QStringLiteral("a.JPG"), QStringLiteral("image/gif"), 2048));
        QVERIFY(!looksLikeQQPlaceholder(QStringLiteral("a.jpg"), QStringLiteral("image/gif"), 500 * 1024));
        QVERIFY(!looksLikeQQPlaceholder(QStringLiteral("a.jpg"), QStringLiteral("image/jpeg"), 2048));
    }

    void mp4DurationAndSize()
    {
        const MediaInfo info = probeMedia(write(QStringLiteral("clip"), tinyMp4(600, 7407, 640, 480)));
        QCOMPARE(info.mime, QStringLiteral("video/mp4"));
        QCOMPARE(info.status, MediaInfo::Status::Ok);
        QCOMPARE(info.durationMs, qint64(12345));
        QCOMPARE(info.width, 640);
        QCOMPARE(info.height, 480);
    }

    void movRotatedClip()
    {
        const MediaInfo info =
            probeMedia(write(QStringLiteral("IMG_0042.MOV"), tinyMp4(1000, 3000, 1920, 1080, true, "qt  ")));
        QCOMPARE(info.mime, QStringLiteral("video/quicktime"));
        QCOMPARE(info.durationMs, qint64(3000));
        QCOMPARE(info.width, 1080);
        QCOMPARE(info.height, 1920);
    }

    void bytesProbeIsTheFileProbe_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray jpeg = jpegWithExif(cameraSpec(), 120, 90);
        QTest::newRow("jpeg-exif") << QStringLiteral("IMG_0001.JPG") << jpeg;
        QTest::newRow("jpeg-cut") << QStringLiteral("DSC_0099.jpg") << jpeg.left(jpeg.size() * 2 / 3);
        QTest::newRow("png-as-jpg") << QStringLiteral("p.jpg") << encodeImage(testPicture(10, 12), "PNG");
        QTest::newRow("png-cut") << QStringLiteral("c.png")
                                 << encodeImage(testPicture(40, 40), "PNG").left(90);
        QTest::newRow("gif-placeholder") << QStringLiteral("04_照片4771_66B3565B.jpeg") << placeholderGif();
        QTest::newRow("bmp") << QStringLiteral("a.bmp") << encodeImage(testPicture(9, 7), "BMP");
        QTest::newRow("mp4") << QStringLiteral("clip") << tinyMp4(600, 7407, 640, 480);
        QTest::newRow("mov") << QStringLiteral("IMG_0042.MOV")
                             << tinyMp4(1000, 3000, 1920, 1080, true, "qt  ");
        QTest::newRow("text-as-jpg") << QStringLiteral("note.jpg") << QByteArrayLiteral("<html>404</html>");
        QTest::newRow("text") << QStringLiteral("note.txt") << QByteArrayLiteral("hello");
        for (const auto &[tag, bytes] : garbageCases())
            QTest::newRow(tag.constData()) << QStringLiteral("garbage.jpg") << bytes;
    }

    void bytesProbeIsTheFileProbe()
    {
        // The preparer probes the bytes it just hashed; the same bytes on disk must read the same.
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        const QString path = write(name, bytes);
        const MediaInfo file = probeMedia(path);
        const MediaInfo memory = probeMediaBytes(path, bytes);
        QCOMPARE(memory.status, file.status);
        QCOMPARE(memory.mime, file.mime);
        QCOMPARE(memory.extension, file.extension);
        QCOMPARE(memory.problem, file.problem);
        QCOMPARE(memory.width, file.width);
        QCOMPARE(memory.height, file.height);
        QCOMPARE(memory.durationMs, file.durationMs);
        QCOMPARE(memory.takenLocal, file.takenLocal);
        QCOMPARE(memory.takenSubSecond, file.takenSubSecond);
        QCOMPARE(memory.takenOffset, file.takenOffset);
        QCOMPARE(memory.cameraMake, file.cameraMake);
        QCOMPARE(memory.cameraModel, file.cameraModel);
        QCOMPARE(memory.orientation, file.orientation);
        QCOMPARE(memory.gpsLatitude, file.gpsLatitude);
        QCOMPARE(memory.gpsLongitude, file.gpsLongitude);
        // The reader is picked by the sniffed type: the size is still the one Qt finds when it
        // asks every plugin which one reads the bytes.
        if (file.mime.startsWith(QLatin1String("image/"))) {
            QImageReader everyPlugin(path);
            everyPlugin.setDecideFormatFromContent(true);
            const QSize size = everyPlugin.size();
            const bool sized = size.isValid() && !size.isEmpty();
            QCOMPARE(file.width, sized ? size.width() : 0);
            QCOMPARE(file.height, sized ? size.height() : 0);
        }
    }

    void garbageNeverCrashesOrHangs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        for (const auto &[tag, bytes] : garbageCases())
            QTest::newRow(tag.constData()) << bytes;
    }

    void garbageNeverCrashesOrHangs()
    {
        QFETCH(QByteArray, bytes);
        const QString path = write(QStringLiteral("garbage.jpg"), bytes);
        QElapsedTimer timer;
        timer.start();
        const MediaInfo info = probeMedia(path);
        QVERIFY2(timer.elapsed() < 5000, "probing a small file must be quick");
        QVERIFY(!info.mime.isEmpty());
        if (info.width || info.height)
            QVERIFY(info.width > 0 && info.height > 0);
        if (info.status != MediaInfo::Status::Ok)
            QVERIFY(!info.problem.isEmpty());
        if (info.gpsLatitude)
            QVERIFY(qAbs(*info.gpsLatitude) <= 90.0);
        if (info.orientation)
            QVERIFY(info.orientation >= 1 && info.orientation <= 8);
        if (info.mime == QLatin1String("image/jpeg") && !bytes.contains("\xFF\xD9"))
            QVERIFY2(info.status != MediaInfo::Status::Ok, "a JPEG without its end is never whole");
    }
};

QTEST_GUILESS_MAIN(TestMediaProbe)
#include "tst_mediaprobe.moc"
