// SPDX-License-Identifier: GPL-3.0-or-later
// JPEGs that reproduce what real cameras and phones write and libexif alone misreads, each with
// the fields exiftool reports for it (checked against exiftool 12.57).
#pragma once

#include "mediafixtures.h"

#include <QList>
#include <QRandomGenerator>

#include <optional>

namespace ks::test {

struct ExifCase
{
    QString name; ///< also the file name
    QByteArray bytes;
    QString taken; ///< "yyyy-MM-ddTHH:mm:ss", empty for none
    QString subSecond;
    QString offset;
    QString make;
    QString model;
    int orientation = 0;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString exiftoolDiffers; ///< why Keepsake deliberately reports otherwise; empty when it agrees
};

/// Degrees + minutes/60 + seconds/3600, the way the expectations below are written.
inline double dms(double degrees, double minutes, double seconds)
{
    return degrees + minutes / 60.0 + seconds / 3600.0;
}

/// The EXIF of a 2003 compact camera: every field Keepsake keeps, in the standard places.
inline QByteArray cameraPayload(ExifByteOrder order = EXIF_BYTE_ORDER_INTEL)
{
    ExifBuilder exif(order);
    exif.text(EXIF_IFD_0, EXIF_TAG_MAKE, "Canon")
        .text(EXIF_IFD_0, EXIF_TAG_MODEL, "Canon PowerShot A70")
        .number(EXIF_IFD_0, EXIF_TAG_ORIENTATION, EXIF_FORMAT_SHORT, 6)
        .text(EXIF_IFD_0, EXIF_TAG_DATE_TIME, "2003:09:01 10:00:00")
        .text(EXIF_IFD_EXIF, EXIF_TAG_DATE_TIME_ORIGINAL, "2003:08:30 18:45:12")
        .rationals(EXIF_IFD_GPS, ExifTag(EXIF_TAG_GPS_LATITUDE), {{39, 1}, {54, 1}, {27600, 1000}})
        .text(EXIF_IFD_GPS, ExifTag(EXIF_TAG_GPS_LATITUDE_REF), "N")
        .rationals(EXIF_IFD_GPS, ExifTag(EXIF_TAG_GPS_LONGITUDE), {{116, 1}, {23, 1}, {49200, 1000}})
        .text(EXIF_IFD_GPS, ExifTag(EXIF_TAG_GPS_LONGITUDE_REF), "E");
    return exif.payload();
}

/// What cameraPayload() says, for a file called @p name made of @p bytes.
inline ExifCase cameraCase(const QString &name, const QByteArray &bytes)
{
    ExifCase c;
    c.name = name;
    c.bytes = bytes;
    c.taken = QStringLiteral("2003-08-30T18:45:12");
    c.make = QStringLiteral("Canon");
    c.model = QStringLiteral("Canon PowerShot A70");
    c.orientation = 6;
    c.latitude = dms(39, 54, 27.6);
    c.longitude = dms(116, 23, 49.2);
    return c;
}

/// A plain JPEG from Qt: SOI, APP0 (JFIF), DQT, SOF0, DHT, SOS.
inline QByteArray plainJpeg(int seed = 0)
{
    return encodeImage(testPicture(64, 48, seed), "JPEG");
}

/// A JPEG with @p payload as APP1 right after SOI, and the fields it holds to expect.
inline ExifCase fieldCase(const QString &name, const QByteArray &payload)
{
    ExifCase c;
    c.name = name;
    c.bytes = plainJpeg().insert(2, jpegSegment(0xE1, payload));
    return c;
}

/// Segment layouts of real files: the EXIF block is intact, what surrounds it is not textbook.
inline QList<ExifCase> layoutCases()
{
    const QByteArray exif = cameraPayload();
    const QByteArray app1 = jpegSegment(0xE1, exif);
    QList<ExifCase> cases;
    cases << cameraCase(QStringLiteral("app1-after-jfif.jpg"), insertAfterJfif(plainJpeg(), app1));
    // Photoshop "Save for Web" writes APP12 "Ducky", editors a COM, before the EXIF block.
    cases << cameraCase(
        QStringLiteral("app12-ducky-and-com-before-app1.jpg"),
        insertAfterJfif(plainJpeg(), jpegSegment(0xEC, QByteArrayLiteral("Ducky\0\x01\0\x04\0\0\0<")) +
                                         jpegSegment(0xFE, "LEAD Technologies Inc. V1.01") + app1));
    cases << cameraCase(QStringLiteral("exif-after-dqt.jpg"), insertBeforeSegment(plainJpeg(), 0xC0, app1));
    cases << cameraCase(QStringLiteral("fill-bytes-before-markers.jpg"),
                        insertAfterJfif(plainJpeg(), QByteArray(5, '\xFF') + app1 + QByteArray(3, '\xFF')));
    // Late-1990s cameras left stray bytes between segments (exiftool: "Skipped unknown 2 bytes").
    cases << cameraCase(
        QStringLiteral("stray-bytes-between-segments.jpg"),
        insertAfterJfif(plainJpeg(), QByteArrayLiteral("\0\0") + app1 + QByteArrayLiteral("\r\n")));
    QByteArray noSecondNul = exif;
    noSecondNul[5] = '\xFF';
    cases << cameraCase(QStringLiteral("exif-header-without-second-nul.jpg"),
                        plainJpeg().insert(2, jpegSegment(0xE1, noSecondNul)));
    // exiftool: "I have seen an example where there was a second 4-byte APP1 segment header".
    cases << cameraCase(
        QStringLiteral("app1-header-written-twice.jpg"),
        plainJpeg().insert(2, jpegSegment(0xE1, QByteArrayLiteral("\xFF\xE1\x12\x34") + exif)));
    cases << cameraCase(
        QStringLiteral("xmp-app1-before-exif-app1.jpg"),
        insertAfterJfif(plainJpeg(),
                        jpegSegment(0xE1, QByteArrayLiteral("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>")) +
                            app1));
    // A second "Exif\0\0" APP1 that continues the first (no TIFF header) is not a new block.
    cases << cameraCase(QStringLiteral("exif-continuation-segment.jpg"),
                        plainJpeg().insert(2, app1 + jpegSegment(0xE1, QByteArrayLiteral("Exif\0\0") +
                                                                           QByteArray(40, '\x5A'))));
    QRandomGenerator random(19990401);
    QByteArray tail(3000, Qt::Uninitialized);
    for (char &c : tail)
        c = char(random.bounded(256));
    cases << cameraCase(QStringLiteral("garbage-tail-after-image.jpg"), plainJpeg().insert(2, app1) + tail);
    // An Olympus maker note whose own directory points far outside the block.
    ExifBuilder olympus;
    olympus.text(EXIF_IFD_0, EXIF_TAG_MAKE, "OLYMPUS OPTICAL CO.,LTD")
        .text(EXIF_IFD_0, EXIF_TAG_MODEL, "C2020Z")
        .text(EXIF_IFD_EXIF, EXIF_TAG_DATE_TIME_ORIGINAL, "1999:12:31 23:59:59")
        .raw(EXIF_IFD_EXIF, EXIF_TAG_MAKER_NOTE, EXIF_FORMAT_UNDEFINED,
             QByteArrayLiteral("OLYMP\0\x01\0\xFF\xFF\x00\x02\x07\x00\xFF\xFF\xFF\x7F\xF0\xFF\xFF\xFF") +
                 QByteArray(64, '\xEE'));
    ExifCase makerNote = fieldCase(QStringLiteral("maker-note-with-bad-offsets.jpg"), olympus.payload());
    makerNote.taken = QStringLiteral("1999-12-31T23:59:59");
    makerNote.make = QStringLiteral("OLYMPUS OPTICAL CO.,LTD");
    makerNote.model = QStringLiteral("C2020Z");
    cases << makerNote;
    return cases;
}

/// Tags where exiftool finds them and libexif's defaults do not, in the forms cameras write.
inline QList<ExifCase> tagCases()
{
    QList<ExifCase> cases;
    {
        ExifBuilder exif;
        exif.text(EXIF_IFD_0, EXIF_TAG_MAKE, "NIKON")
            .number(EXIF_IFD_0, EXIF_TAG_ORIENTATION, EXIF_FORMAT_SHORT, 1);
        ExifCase c = fieldCase(QStringLiteral("orientation-1.jpg"), exif.payload());
        c.make = QStringLiteral("NIKON");
        c.orientation = 1;
        cases << c;
    }
    {
        ExifBuilder exif;
        exif.text(EXIF_IFD_0, EXIF_TAG_MAKE, "NIKON");
        ExifCase c = fieldCase(QStringLiteral("orientation-absent.jpg"), exif.payload());
        c.make = QStringLiteral("NIKON");
        cases << c;
    }
    {
        ExifBuilder exif;
        exif.number(EXIF_IFD_0, EXIF_TAG_ORIENTATION, EXIF_FORMAT_LONG, 8);
        ExifCase c = fieldCase(QStringLiteral("orientation-as-long.jpg"), exif.payload());
        c.orientation = 8;
        cases << c;
    }
    {
        // Orientation and the date written into the EXIF IFD and IFD0 the wrong way round.
        ExifBuilder exif(EXIF_BYTE_ORDER_MOTOROLA);
        exif.text(EXIF_IFD_0, EXIF_TAG_DATE_TIME_ORIGINAL, "2004:02:29 06:07:08")
            .number(EXIF_IFD_EXIF, EXIF_TAG_ORIENTATION, EXIF_FORMAT_SHORT, 3)
            .text(EXIF_IFD_EXIF, EXIF_TAG_MODEL, "DiMAGE X");
        ExifCase c = fieldCase(QStringLiteral("tags-in-the-other-ifd.jpg"), exif.payload());
        c.taken = QStringLiteral("2004-02-29T06:07:08");
        c.orientation = 3;
        c.model = QStringLiteral("DiMAGE X");
        cases << c;
    }
    {
        ExifBuilder exif;
        exif.raw(EXIF_IFD_0, EXIF_TAG_MAKE, EXIF_FORMAT_ASCII,
                 QByteArrayLiteral("OLYMPUS OPTICAL CO.,LTD  \0\0\0\0"))
            .raw(EXIF_IFD_0, EXIF_TAG_MODEL, EXIF_FORMAT_ASCII, QByteArrayLiteral("E-10        \0"));
        ExifCase c = fieldCase(QStringLiteral("make-model-padded.jpg"), exif.payload());
        c.make = QStringLiteral("OLYMPUS OPTICAL CO.,LTD");
        c.model = QStringLiteral("E-10");
        cases << c;
    }
    const struct
    {
        const char *name;
        QByteArray original, digitized, modified;
        const char *taken;
    } dates[] = {
        {"date-with-slashes.jpg", "2005/07/22 15:33:44", {}, {}, "2005-07-22T15:33:44"},
        {"date-time-joined-by-colon.jpg", "2005:07:22:15:33:44", {}, {}, "2005-07-22T15:33:44"},
        {"date-seconds-padded-with-space.jpg", "2001:02:03 04:05: 6", {}, {}, "2001-02-03T04:05:06"},
        {"date-original-zero-digitized-kept.jpg",
         "0000:00:00 00:00:00",
         "2009:10:11 12:13:14",
         {},
         "2009-10-11T12:13:14"},
        {"date-original-blank-datetime-kept.jpg",
         "    :  :     :  :  ",
         {},
         "2011:11:11 11:11:11",
         "2011-11-11T11:11:11"},
        {"date-all-blank.jpg", "0000:00:00 00:00:00", "    :  :     :  :  ", "", ""},
    };
    for (const auto &d : dates) {
        ExifBuilder exif;
        if (!d.original.isEmpty())
            exif.text(EXIF_IFD_EXIF, EXIF_TAG_DATE_TIME_ORIGINAL, d.original);
        if (!d.digitized.isEmpty())
            exif.text(EXIF_IFD_EXIF, EXIF_TAG_DATE_TIME_DIGITIZED, d.digitized);
        if (!d.modified.isEmpty())
            exif.text(EXIF_IFD_0, EXIF_TAG_DATE_TIME, d.modified);
        ExifCase c = fieldCase(QLatin1String(d.name), exif.payload());
        c.taken = QLatin1String(d.taken);
        cases << c;
    }
    {
        ExifBuilder exif;
        exif.text(EXIF_IFD_EXIF, EXIF_TAG_DATE_TIME_ORIGINAL, "2021:05:01 08:09:10")
            .text(EXIF_IFD_EXIF, EXIF_TAG_SUB_SEC_TIME_ORIGINAL, "045")
            .text(EXIF_IFD_EXIF, EXIF_TAG_OFFSET_TIME_ORIGINAL, "+08:00");
        ExifCase c = fieldCase(QStringLiteral("date-subsecond-and-offset.jpg"), exif.payload());
        c.taken = QStringLiteral("2021-05-01T08:09:10");
        c.subSecond = QStringLiteral("045");
        c.offset = QStringLiteral("+08:00");
        cases << c;
    }
    return cases;
}

/// GPS blocks as 2020s Android phones (and a few broken writers) store them.
inline QList<ExifCase> gpsCases()
{
    const auto latitude = ExifTag(EXIF_TAG_GPS_LATITUDE), latitudeRef = ExifTag(EXIF_TAG_GPS_LATITUDE_REF);
    const auto longitude = ExifTag(EXIF_TAG_GPS_LONGITUDE),
               longitudeRef = ExifTag(EXIF_TAG_GPS_LONGITUDE_REF);
    QList<ExifCase> cases;
    {
        // Whole degrees and minutes, the precision in the seconds; refs "N\0" in a 2-byte field;
        // altitude, time and date stamps beside them; big-endian, as some phones write.
        ExifBuilder exif(EXIF_BYTE_ORDER_MOTOROLA);
        exif.text(EXIF_IFD_0, EXIF_TAG_MAKE, "Xiaomi")
            .text(EXIF_IFD_0, EXIF_TAG_MODEL, "M2102J20SG")
            .raw(EXIF_IFD_GPS, ExifTag(EXIF_TAG_GPS_VERSION_ID), EXIF_FORMAT_BYTE,
                 QByteArrayLiteral("\2\2\0\0"))
            .raw(EXIF_IFD_GPS, latitudeRef, EXIF_FORMAT_ASCII, QByteArrayLiteral("N\0"))
            .rationals(EXIF_IFD_GPS, latitude, {{22, 1}, {32, 1}, {264438, 10000}})
            .raw(EXIF_IFD_GPS, longitudeRef, EXIF_FORMAT_ASCII, QByteArrayLiteral("E\0"))
            .rationals(EXIF_IFD_GPS, longitude, {{113, 1}, {56, 1}, {148812, 10000}})
            .number(EXIF_IFD_GPS, ExifTag(EXIF_TAG_GPS_ALTITUDE_REF), EXIF_FORMAT_BYTE, 0)
            .rationals(EXIF_IFD_GPS, ExifTag(EXIF_TAG_GPS_ALTITUDE), {{15300, 1000}})
            .rationals(EXIF_IFD_GPS, ExifTag(EXIF_TAG_GPS_TIME_STAMP), {{2, 1}, {9, 1}, {10, 1}})
            .text(EXIF_IFD_GPS, ExifTag(EXIF_TAG_GPS_DATE_STAMP), "2021:05:01");
        ExifCase c = fieldCase(QStringLiteral("android-gps-seconds-precision.jpg"), exif.payload());
        c.make = QStringLiteral("Xiaomi");
        c.model = QStringLiteral("M2102J20SG");
        c.latitude = dms(22, 32, 26.4438);
        c.longitude = dms(113, 56, 14.8812);
        cases << c;
    }
    {
        ExifBuilder exif;
        exif.text(EXIF_IFD_GPS, latitudeRef, "N")
            .rationals(EXIF_IFD_GPS, latitude, {{39906123, 1000000}})
            .text(EXIF_IFD_GPS, longitudeRef, "E")
            .rationals(EXIF_IFD_GPS, longitude, {{116397128, 1000000}});
        ExifCase c = fieldCase(QStringLiteral("gps-decimal-degrees-one-rational.jpg"), exif.payload());
        c.latitude = 39.906123;
        c.longitude = 116.397128;
        cases << c;
    }
    {
        ExifBuilder exif;
        exif.text(EXIF_IFD_GPS, latitudeRef, "S")
            .rationals(EXIF_IFD_GPS, latitude, {{33, 1}, {5206667, 100000}})
            .text(EXIF_IFD_GPS, longitudeRef, "W")
            .rationals(EXIF_IFD_GPS, longitude, {{151, 1}, {1260000, 100000}});
        ExifCase c = fieldCase(QStringLiteral("gps-degrees-and-decimal-minutes.jpg"), exif.payload());
        c.latitude = -(33 + 52.06667 / 60.0);
        c.longitude = -(151 + 12.6 / 60.0);
        cases << c;
    }
    {
        ExifBuilder exif;
        exif.raw(EXIF_IFD_GPS, latitudeRef, EXIF_FORMAT_ASCII, QByteArrayLiteral("s\0"))
            .rationals(EXIF_IFD_GPS, latitude, {{23, 1}, {33, 1}, {0, 1}})
            .raw(EXIF_IFD_GPS, longitudeRef, EXIF_FORMAT_ASCII, QByteArrayLiteral("w\0"))
            .rationals(EXIF_IFD_GPS, longitude, {{46, 1}, {38, 1}, {1, 2}});
        ExifCase c = fieldCase(QStringLiteral("gps-lower-case-refs.jpg"), exif.payload());
        c.latitude = -dms(23, 33, 0);
        c.longitude = -dms(46, 38, 0.5);
        cases << c;
    }
    {
        ExifBuilder exif;
        exif.text(EXIF_IFD_GPS, latitudeRef, "N")
            .rationals(EXIF_IFD_GPS, latitude, {{31, 1}, {14, 1}, {0, 0}})
            .text(EXIF_IFD_GPS, longitudeRef, "E")
            .rationals(EXIF_IFD_GPS, longitude, {{121, 1}, {28, 1}, {1234, 100}});
        cases << fieldCase(QStringLiteral("gps-zero-denominator.jpg"), exif.payload());
    }
    {
        ExifBuilder exif;
        exif.rationals(EXIF_IFD_GPS, latitude, {{31, 1}, {14, 1}, {5, 1}})
            .rationals(EXIF_IFD_GPS, longitude, {{121, 1}, {28, 1}, {12, 1}});
        cases << fieldCase(QStringLiteral("gps-without-refs.jpg"), exif.payload());
    }
    {
        ExifBuilder exif;
        exif.text(EXIF_IFD_GPS, latitudeRef, "N")
            .rationals(EXIF_IFD_GPS, latitude, {{0, 1}, {0, 1}, {0, 1}})
            .text(EXIF_IFD_GPS, longitudeRef, "E")
            .rationals(EXIF_IFD_GPS, longitude, {{0, 1}, {0, 1}, {0, 1}});
        ExifCase c = fieldCase(QStringLiteral("gps-no-fix-zeros.jpg"), exif.payload());
        c.exiftoolDiffers = QStringLiteral("exiftool reports 0, 0; a phone without a fix wrote it");
        cases << c;
    }
    return cases;
}

inline QList<ExifCase> exifCases()
{
    return layoutCases() + tagCases() + gpsCases();
}

} // namespace ks::test
