// SPDX-License-Identifier: GPL-3.0-or-later
// mergeJpegExif and xmpSidecar on real JPEGs, read back with exiftool: the camera's tags stay
// (big-endian blocks, a thumbnail, its own GPS and words), blank tags are filled, words too long
// for one APP1 segment are shortened, image data is never touched; and the photo exporter's
// cancel and file names.
#include "export/photoexport.h"
#include "media/exifwriter.h"
#include "media/jpegsegments.h"
#include "mediafixtures.h"
#include "photoexportfixture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

namespace {

QByteArray withoutExif(const QByteArray &jpeg)
{
    QBuffer buffer;
    buffer.setData(jpeg);
    buffer.open(QIODevice::ReadOnly);
    const JpegLayout layout = walkJpegSegments(buffer);
    return layout.exifStart < 0 ? jpeg : jpeg.left(layout.exifStart) + jpeg.mid(layout.exifEnd);
}

QByteArray utf16le(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text)
        bytes.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    return bytes + QByteArray(2, '\0');
}

/// The raw bytes of IFD0's XPComment as libexif finds them.
QByteArray xpCommentBytes(const QByteArray &jpeg)
{
    QBuffer buffer;
    buffer.setData(jpeg);
    buffer.open(QIODevice::ReadOnly);
    const ExifDataPtr data = loadExifPayload(walkJpegSegments(buffer).exifPayload);
    const ExifEntry *entry = data ? exif_content_get_entry(data->ifd[EXIF_IFD_0], ExifTag(0x9C9C)) : nullptr;
    return entry ? QByteArray(reinterpret_cast<const char *>(entry->data), int(entry->size)) : QByteArray();
}

PhotoMetadata sampleMeta()
{
    PhotoMetadata meta;
    meta.date = QDateTime(QDate(2012, 6, 7), QTime(21, 15), Qt::OffsetFromUTC, 8 * 3600);
    meta.description = QStringLiteral("毕业旅行的第一天 😀 大家都很开心");
    meta.album = QStringLiteral("毕业旅行");
    meta.latitude = -33.8568;
    meta.longitude = 151.2153;
    return meta;
}

} // namespace

class TestExifWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_exiftool;
    int m_files = 0;

    /// exiftool -j -G1 -a -n of @p bytes written to a file.
    QJsonObject exiftool(const QByteArray &bytes, const char *suffix = ".jpg")
    {
        const QString path =
            m_dir.filePath(QStringLiteral("f%1%2").arg(++m_files).arg(QLatin1String(suffix)));
        if (!test::writeFile(path, bytes))
            return {};
        QProcess p;
        p.start(m_exiftool, {QStringLiteral("-j"), QStringLiteral("-G1"), QStringLiteral("-a"),
                             QStringLiteral("-n"), QStringLiteral("-b"), path});
        p.waitForFinished(60000);
        return QJsonDocument::fromJson(p.readAllStandardOutput()).array().first().toObject();
    }

private slots:
    void initTestCase()
    {
        m_exiftool = QStandardPaths::findExecutable(QStringLiteral("exiftool"));
        if (m_exiftool.isEmpty()) {
            if (test::inCi())
                QFAIL("exiftool is needed (libimage-exiftool-perl, packaging/debian/build-deps.txt)");
            QSKIP("exiftool is not installed");
        }
    }

    void newBlockInAJpegWithout()
    {
        const QByteArray jpeg = test::encodeImage(test::testPicture(64, 48), "JPEG");
        const ExifMerge merged = mergeJpegExif(jpeg, sampleMeta());
        QCOMPARE(merged.error, ExifMergeError::None);
        QVERIFY(!merged.hadExif && !merged.cameraDate);
        QCOMPARE(withoutExif(merged.jpeg), jpeg);
        const QJsonObject e = exiftool(merged.jpeg);
        QCOMPARE(e.value(QStringLiteral("ExifIFD:DateTimeOriginal")).toString(),
                 QStringLiteral("2012:06:07 21:15:00"));
        QCOMPARE(e.value(QStringLiteral("ExifIFD:OffsetTimeOriginal")).toString(), QStringLiteral("+08:00"));
        QCOMPARE(e.value(QStringLiteral("IFD0:ImageDescription")).toString(), sampleMeta().description);
        // exiftool reads XP tags as UCS-2 (an emoji comes out as two halves, so as base64): the
        // bytes are checked instead, UTF-16LE as Windows reads them.
        QCOMPARE(xpCommentBytes(merged.jpeg), utf16le(sampleMeta().description));
        QCOMPARE(e.value(QStringLiteral("ExifIFD:UserComment")).toString(), sampleMeta().description);
        QCOMPARE(e.value(QStringLiteral("IFD0:XPKeywords")).toString(), QStringLiteral("毕业旅行"));
        QCOMPARE(e.value(QStringLiteral("GPS:GPSLatitudeRef")).toString(), QStringLiteral("S"));
        QVERIFY(qAbs(e.value(QStringLiteral("GPS:GPSLatitude")).toDouble() - 33.8568) < 1e-5);
        QCOMPARE(e.value(QStringLiteral("GPS:GPSLongitudeRef")).toString(), QStringLiteral("E"));
        QVERIFY(!e.contains(QStringLiteral("ExifTool:Warning")));
    }

    void privacyTakesTheXmpPacketsOut()
    {
        // A photo edited on a computer may say where it was taken in XMP as well as in EXIF.
        const QByteArray packet = QByteArrayLiteral(
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
            "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            "<rdf:Description xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" exif:GPSLatitude=\"24,26.5N\" "
            "exif:GPSLongitude=\"118,4.2E\"/></rdf:RDF></x:xmpmeta>");
        const QByteArray body = QByteArray("http://ns.adobe.com/xap/1.0/", 29) + packet;
        QByteArray segment("\xFF\xE1", 2);
        segment.append(char((body.size() + 2) >> 8)).append(char((body.size() + 2) & 0xFF)).append(body);
        const QByteArray plain = test::encodeImage(test::testPicture(64, 48), "JPEG");
        const QByteArray jpeg = plain.left(2) + segment + plain.mid(2);
        QVERIFY(exiftool(jpeg).contains(QStringLiteral("XMP-exif:GPSLatitude"))); // the control

        PhotoMetadata meta = sampleMeta();
        const ExifMerge kept = mergeJpegExif(jpeg, meta);
        QCOMPARE(kept.error, ExifMergeError::None);
        QVERIFY(kept.jpeg.contains(packet)); // outside privacy mode nothing of the camera's goes

        meta.stripGps = true;
        const ExifMerge shared = mergeJpegExif(jpeg, meta);
        QCOMPARE(shared.error, ExifMergeError::None);
        const QJsonObject e = exiftool(shared.jpeg);
        for (auto it = e.begin(); it != e.end(); ++it)
            QVERIFY2(!it.key().contains(QLatin1String("GPS")), qPrintable(it.key()));
        QVERIFY(!shared.jpeg.contains("ns.adobe.com/xap"));
        QCOMPARE(e.value(QStringLiteral("IFD0:ImageDescription")).toString(), sampleMeta().description);
        QCOMPARE(withoutExif(shared.jpeg), plain); // the picture itself is untouched
    }

    void privacyTakesThePngTextOut()
    {
        QImage picture = test::testPicture(40, 30);
        picture.setText(QStringLiteral("Location"), QStringLiteral("厦门 鼓浪屿 24.45N 118.07E"));
        picture.setText(QStringLiteral("Comment"), QStringLiteral("XMP packet here"));
        QByteArray png = test::encodeImage(picture, "PNG");
        QVERIFY(png.contains("tEXt") || png.contains("iTXt") || png.contains("zTXt")); // the control
        // An eXIf chunk right after IHDR (8 + 25 bytes): its content is never read, only dropped.
        const QByteArray exif("MM\0*\0\0\0\x08GPS", 12);
        QByteArray chunk;
        chunk.append(char(0)).append(char(0)).append(char(0)).append(char(exif.size()));
        chunk.append("eXIf").append(exif).append(QByteArray(4, '\0'));
        png.insert(33, chunk);

        const QByteArray clean = pngWithoutMetadata(png);
        QVERIFY(!clean.isEmpty());
        for (const char *type : {"tEXt", "iTXt", "zTXt", "eXIf"})
            QVERIFY2(!clean.contains(type), type);
        QImage back;
        QVERIFY(back.loadFromData(clean, "PNG"));
        QCOMPARE(back.convertToFormat(QImage::Format_RGB32), picture.convertToFormat(QImage::Format_RGB32));
        QVERIFY(pngWithoutMetadata(png.left(png.size() - 20)).isEmpty()); // cut short: not guessed at
        QVERIFY(pngWithoutMetadata(QByteArrayLiteral("GIF89a")).isEmpty());
    }

    void cameraTagsKeptInABigEndianBlock()
    {
        // A Motorola-order block with the camera's date, make, its own GPS, a real description
        // and a blank UserComment (Canon writes 264 NULs), plus a thumbnail.
        test::ExifBuilder exif(EXIF_BYTE_ORDER_MOTOROLA);
        exif.text(EXIF_IFD_0, EXIF_TAG_MAKE, "NIKON CORPORATION")
            .text(EXIF_IFD_0, EXIF_TAG_MODEL, "NIKON D90")
            .text(EXIF_IFD_0, EXIF_TAG_IMAGE_DESCRIPTION, "Tian'anmen")
            .text(EXIF_IFD_EXIF, EXIF_TAG_DATE_TIME_ORIGINAL, "2009:10:01 09:30:00")
            .raw(EXIF_IFD_EXIF, EXIF_TAG_USER_COMMENT, EXIF_FORMAT_UNDEFINED, QByteArray(264, '\0'))
            .number(EXIF_IFD_0, EXIF_TAG_ORIENTATION, EXIF_FORMAT_SHORT, 6)
            .thumbnail(test::encodeImage(test::testPicture(16, 12, 9), "JPEG"));
        test::addExifGps(exif, ExifTag(EXIF_TAG_GPS_LATITUDE), ExifTag(EXIF_TAG_GPS_LATITUDE_REF),
                         {39, 54, 15.0, 'N'});
        test::addExifGps(exif, ExifTag(EXIF_TAG_GPS_LONGITUDE), ExifTag(EXIF_TAG_GPS_LONGITUDE_REF),
                         {116, 23, 30.0, 'E'});
        QByteArray jpeg = test::encodeImage(test::testPicture(64, 48, 1), "JPEG");
        jpeg = test::insertAfterJfif(jpeg, test::jpegSegment(0xE1, exif.payload()));
        const QJsonObject before = exiftool(jpeg);
        const ExifMerge merged = mergeJpegExif(jpeg, sampleMeta());
        QCOMPARE(merged.error, ExifMergeError::None);
        QVERIFY(merged.hadExif && merged.cameraDate);
        QCOMPARE(withoutExif(merged.jpeg), withoutExif(jpeg));
        const QJsonObject e = exiftool(merged.jpeg);
        QCOMPARE(e.value(QStringLiteral("File:ExifByteOrder")).toString(), QStringLiteral("MM"));
        for (const char *tag :
             {"IFD0:Make", "IFD0:Model", "IFD0:ImageDescription", "IFD0:Orientation",
              "ExifIFD:DateTimeOriginal", "GPS:GPSLatitude", "GPS:GPSLongitude", "IFD1:ThumbnailImage"})
            QCOMPARE(e.value(QLatin1String(tag)), before.value(QLatin1String(tag)));
        QVERIFY(!e.contains(
            QStringLiteral("ExifIFD:OffsetTimeOriginal"))); // the camera's clock: no zone invented
        QCOMPARE(e.value(QStringLiteral("ExifIFD:UserComment")).toString(),
                 sampleMeta().description); // was blank
        QCOMPARE(xpCommentBytes(merged.jpeg), utf16le(sampleMeta().description));
        QVERIFY(!e.contains(QStringLiteral("ExifTool:Warning")));
    }

    void wordsTooLongAreShortened()
    {
        PhotoMetadata meta = sampleMeta();
        meta.description = QStringLiteral("很长的一段话。").repeated(3000); // 21000 characters
        const QByteArray jpeg = test::encodeImage(test::testPicture(32, 32), "JPEG");
        const ExifMerge merged = mergeJpegExif(jpeg, meta);
        QCOMPARE(merged.error, ExifMergeError::None);
        QVERIFY(merged.textShortened);
        const QJsonObject e = exiftool(merged.jpeg);
        const QString description = e.value(QStringLiteral("IFD0:ImageDescription")).toString();
        QVERIFY(description.size() > 100 && description.endsWith(QChar(0x2026)));
        QVERIFY(meta.description.startsWith(description.chopped(1)));
        QCOMPARE(e.value(QStringLiteral("ExifIFD:DateTimeOriginal")).toString(),
                 QStringLiteral("2012:06:07 21:15:00"));
    }

    void notAJpeg()
    {
        const ExifMerge merged = mergeJpegExif(QByteArray("not a picture"), sampleMeta());
        QVERIFY(merged.jpeg.isEmpty());
        QCOMPARE(merged.error, ExifMergeError::NotJpeg);
    }

    void sidecar()
    {
        const QByteArray xmp = xmpSidecar(sampleMeta());
        const QJsonObject x = exiftool(xmp, ".xmp");
        QCOMPARE(x.value(QStringLiteral("XMP-exif:DateTimeOriginal")).toString(),
                 QStringLiteral("2012:06:07 21:15:00+08:00"));
        QCOMPARE(x.value(QStringLiteral("XMP-photoshop:DateCreated")).toString(),
                 QStringLiteral("2012:06:07 21:15:00+08:00"));
        QCOMPARE(x.value(QStringLiteral("XMP-dc:Description")).toString(), sampleMeta().description);
        QCOMPARE(x.value(QStringLiteral("XMP-dc:Subject")).toString(), QStringLiteral("毕业旅行"));
        QVERIFY(qAbs(x.value(QStringLiteral("XMP-exif:GPSLatitude")).toDouble() + 33.8568) < 1e-5);
        // Markup in the words stays text.
        PhotoMetadata hostile;
        hostile.description = QStringLiteral("<b>&\"'</b>]]>");
        QCOMPARE(exiftool(xmpSidecar(hostile), ".xmp").value(QStringLiteral("XMP-dc:Description")).toString(),
                 hostile.description);
    }

    void fileNameParts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::newRow("forbidden") << QStringLiteral("a/b\\c:d*e?f\"g<h>i|j")
                                   << QStringLiteral("a b c d e f g h i j");
        QTest::newRow("lines") << QStringLiteral("  第一行\n\t第二行  ") << QStringLiteral("第一行 第二行");
        QTest::newRow("dots") << QStringLiteral("..hidden. ") << QStringLiteral("hidden");
        QTest::newRow("end punctuation")
            << QStringLiteral("大家都很开心！") << QStringLiteral("大家都很开心");
        QTest::newRow("reserved") << QStringLiteral("con") << QStringLiteral("_con");
        QTest::newRow("cut at punctuation")
            << QStringLiteral("东湖骑行一整天，三十公里，腿已经不是自己的了。湖边的风真舒服，下次还来")
            << QStringLiteral("东湖骑行一整天，三十公里，腿已经不是自己的了。湖边的风真舒服");
    }

    void fileNameParts()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QCOMPARE(fileNamePart(text, 30), name);
    }

    void cancelledBeforeTheFirstPhoto()
    {
        test::PhotoExportFixture fx;
        QVERIFY(fx.build());
        PhotoExportOptions options;
        options.outputDir = m_dir.filePath(QStringLiteral("cancelled"));
        PhotoExporter exporter(fx.db, options);
        const std::atomic_bool cancel{true};
        exporter.setCancelFlag(&cancel);
        const ExportResult r = exporter.exportSelection(ExportSelection());
        QVERIFY(r.cancelled);
        QCOMPARE(r.photos, 0);
        QCOMPARE(QDir(options.outputDir)
                     .entryList(QDir::Files | QDir::Hidden | QDir::AllDirs | QDir::NoDotAndDotDot),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestExifWriter)
#include "tst_exifwriter.moc"
