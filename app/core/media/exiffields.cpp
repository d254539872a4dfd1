// SPDX-License-Identifier: GPL-3.0-or-later
#include "exiffields.h"

#include <QDate>
#include <QTime>

#include <libexif/exif-utils.h>

#include <cmath>
#include <initializer_list>

namespace ks {

namespace {

// Where exiftool finds a tag: the IFD the standard names first, then the other main IFDs;
// the thumbnail's IFD1 only last (exiftool gives it the lowest priority).
constexpr std::initializer_list<ExifIfd> kImageIfdsFirst = {EXIF_IFD_0, EXIF_IFD_EXIF, EXIF_IFD_1};
constexpr std::initializer_list<ExifIfd> kExifIfdFirst = {EXIF_IFD_EXIF, EXIF_IFD_0, EXIF_IFD_1};

ExifEntry *findEntry(ExifData *data, ExifTag tag, std::initializer_list<ExifIfd> ifds)
{
    for (ExifIfd ifd : ifds) {
        if (ExifEntry *entry = exif_content_get_entry(data->ifd[ifd], tag);
            entry && entry->data && entry->size)
            return entry;
    }
    return nullptr;
}

/// The bytes of a text tag up to its first NUL, as exiftool reads an EXIF string.
QByteArray rawText(ExifEntry *entry)
{
    if (!entry || !entry->data || entry->size == 0)
        return QByteArray();
    if (entry->format != EXIF_FORMAT_ASCII && entry->format != EXIF_FORMAT_UNDEFINED)
        return QByteArray();
    QByteArray raw(reinterpret_cast<const char *>(entry->data), int(qMin<unsigned int>(entry->size, 4096)));
    const int nul = raw.indexOf('\0');
    if (nul >= 0)
        raw.truncate(nul);
    return raw;
}

/// Make and Model as exiftool gives them: cut at the NUL, trailing blanks removed (cameras pad
/// these fields with spaces). Cameras write ASCII, Chinese phones sometimes UTF-8.
QString cameraText(ExifEntry *entry)
{
    QByteArray raw = rawText(entry);
    while (!raw.isEmpty() && (raw.back() == ' ' || (raw.back() >= '\t' && raw.back() <= '\r')))
        raw.chop(1);
    const QString text = QString::fromUtf8(raw);
    return text.contains(QChar::ReplacementCharacter) ? QString::fromLatin1(raw) : text;
}

QString firstCameraText(ExifData *data, ExifTag tag)
{
    for (ExifIfd ifd : kImageIfdsFirst) {
        const QString text = cameraText(exif_content_get_entry(data->ifd[ifd], tag));
        if (!text.isEmpty())
            return text;
    }
    return QString();
}

/// An integer tag of any integer format (exiftool reads the value whatever the format).
std::optional<qint64> integerValue(ExifEntry *entry, ExifByteOrder order)
{
    if (!entry || !entry->data || entry->components < 1)
        return std::nullopt;
    const unsigned size = exif_format_get_size(entry->format);
    if (size == 0 || entry->size < size)
        return std::nullopt;
    switch (entry->format) {
    case EXIF_FORMAT_BYTE:
        return entry->data[0];
    case EXIF_FORMAT_SBYTE:
        return qint8(entry->data[0]);
    case EXIF_FORMAT_SHORT:
        return exif_get_short(entry->data, order);
    case EXIF_FORMAT_SSHORT:
        return exif_get_sshort(entry->data, order);
    case EXIF_FORMAT_LONG:
        return exif_get_long(entry->data, order);
    case EXIF_FORMAT_SLONG:
        return exif_get_slong(entry->data, order);
    default:
        return std::nullopt;
    }
}

struct DateTags
{
    ExifTag date;
    ExifTag subSecond;
    ExifTag offset;
    std::initializer_list<ExifIfd> ifds;
};

/// Digits of a SubSecTime tag ("045"), empty when it holds anything else.
QString subSecondText(const QByteArray &raw)
{
    const QByteArray digits = raw.trimmed();
    if (digits.isEmpty() || digits.size() > 9)
        return QString();
    for (char c : digits) {
        if (c < '0' || c > '9')
            return QString();
    }
    return QString::fromLatin1(digits);
}

/// An OffsetTime tag as "+08:00"; "+0800" is read too. Empty when it is no UTC offset.
QString offsetText(const QByteArray &raw)
{
    QByteArray text = raw.trimmed();
    if (text.size() == 5)
        text.insert(3, ':');
    auto digit = [&text](int i) {
        return text[i] >= '0' && text[i] <= '9';
    };
    if (text.size() != 6 || (text[0] != '+' && text[0] != '-') || text[3] != ':' || !digit(1) || !digit(2) ||
        !digit(4) || !digit(5))
        return QString();
    if (text.mid(1, 2).toInt() > 14 || text.mid(4, 2).toInt() > 59)
        return QString();
    return QString::fromLatin1(text);
}

void readDateTaken(ExifData *data, MediaInfo &info)
{
    // exiftool's DateTimeOriginal is what a photo is dated by; cameras that leave it out or
    // blank still wrote when they digitized or last changed it.
    const DateTags candidates[] = {
        {EXIF_TAG_DATE_TIME_ORIGINAL, EXIF_TAG_SUB_SEC_TIME_ORIGINAL, EXIF_TAG_OFFSET_TIME_ORIGINAL,
         kExifIfdFirst},
        {EXIF_TAG_DATE_TIME_DIGITIZED, EXIF_TAG_SUB_SEC_TIME_DIGITIZED, EXIF_TAG_OFFSET_TIME_DIGITIZED,
         kExifIfdFirst},
        {EXIF_TAG_DATE_TIME, EXIF_TAG_SUB_SEC_TIME, EXIF_TAG_OFFSET_TIME, kImageIfdsFirst},
    };
    for (const DateTags &tags : candidates) {
        for (ExifIfd ifd : tags.ifds) {
            const QString date = exifDateToIso(rawText(exif_content_get_entry(data->ifd[ifd], tags.date)));
            if (date.isEmpty())
                continue;
            info.takenLocal = date;
            info.takenSubSecond = subSecondText(rawText(findEntry(data, tags.subSecond, kExifIfdFirst)));
            info.takenOffset = offsetText(rawText(findEntry(data, tags.offset, kExifIfdFirst)));
            return;
        }
    }
}

/// One GPS coordinate in decimal degrees, signed by its reference, as exiftool's composite
/// GPSLatitude/GPSLongitude: degrees + minutes/60 + seconds/3600 from the first one to three
/// rationals. None when a rational is x/0 (exiftool: "inf"/"undef"), when the reference is
/// missing or not @p positive / @p negative, or when the result is beyond @p limit.
std::optional<double> gpsCoordinate(ExifData *data, ExifTag valueTag, ExifTag refTag, char positive,
                                    char negative, double limit)
{
    ExifContent *gps = data->ifd[EXIF_IFD_GPS];
    ExifEntry *value = exif_content_get_entry(gps, valueTag);
    if (!value || !value->data ||
        (value->format != EXIF_FORMAT_RATIONAL && value->format != EXIF_FORMAT_SRATIONAL))
        return std::nullopt;
    const int count = int(qMin<unsigned long>(qMin<unsigned long>(value->components, 3), value->size / 8));
    if (count < 1)
        return std::nullopt;
    const ExifByteOrder order = exif_data_get_byte_order(data);
    double parts[3] = {0, 0, 0};
    for (int i = 0; i < count; ++i) {
        const unsigned char *at = value->data + i * 8;
        double numerator, denominator;
        if (value->format == EXIF_FORMAT_SRATIONAL) {
            const ExifSRational r = exif_get_srational(at, order);
            numerator = r.numerator;
            denominator = r.denominator;
        } else {
            const ExifRational r = exif_get_rational(at, order);
            numerator = r.numerator;
            denominator = r.denominator;
        }
        // A negative part has no meaning next to an N/S/E/W reference: no position, not a guess.
        if (denominator == 0 || numerator / denominator < 0)
            return std::nullopt;
        parts[i] = numerator / denominator;
    }
    double degrees = parts[0] + (parts[1] + parts[2] / 60.0) / 60.0;
    const QByteArray ref = rawText(exif_content_get_entry(gps, refTag)).trimmed().toUpper();
    if (ref.isEmpty() || (ref[0] != positive && ref[0] != negative))
        return std::nullopt;
    if (ref[0] == negative)
        degrees = -degrees;
    if (!std::isfinite(degrees) || std::abs(degrees) > limit)
        return std::nullopt;
    return degrees;
}

} // namespace

QString exifDateToIso(const QByteArray &text)
{
    // exiftool's reading: the first six runs of digits are year, month, day, hour, minute,
    // second, whatever separates them; a year outside 1000…2999 is no date.
    int numbers[6] = {0, 1, 1, 0, 0, 0};
    int found = 0;
    for (qsizetype i = 0; i < text.size() && found < 6;) {
        if (text[i] < '0' || text[i] > '9') {
            ++i;
            continue;
        }
        qint64 number = 0;
        for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
            number = qMin<qint64>(number * 10 + (text[i] - '0'), 1000000);
        numbers[found++] = int(number);
    }
    if (found == 0 || numbers[0] < 1000 || numbers[0] >= 3000)
        return QString();
    const QDate date(numbers[0], numbers[1], numbers[2]);
    const QTime time(numbers[3], numbers[4], numbers[5]);
    // Date and time apart: a camera wall clock has no zone, so no DST gap may reject it.
    if (!date.isValid() || !time.isValid())
        return QString();
    return date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('T') +
           time.toString(QStringLiteral("HH:mm:ss"));
}

void readExifFields(ExifData *data, MediaInfo &info)
{
    if (!data)
        return;
    readDateTaken(data, info);
    info.cameraMake = firstCameraText(data, EXIF_TAG_MAKE);
    info.cameraModel = firstCameraText(data, EXIF_TAG_MODEL);
    // Not from IFD1: that orientation is the thumbnail's, and no viewer turns the photo by it.
    if (const auto orientation =
            integerValue(findEntry(data, EXIF_TAG_ORIENTATION, {EXIF_IFD_0, EXIF_IFD_EXIF}),
                         exif_data_get_byte_order(data));
        orientation && *orientation >= 1 && *orientation <= 8)
        info.orientation = int(*orientation);
    const auto latitude = gpsCoordinate(data, ExifTag(EXIF_TAG_GPS_LATITUDE),
                                        ExifTag(EXIF_TAG_GPS_LATITUDE_REF), 'N', 'S', 90.0);
    const auto longitude = gpsCoordinate(data, ExifTag(EXIF_TAG_GPS_LONGITUDE),
                                         ExifTag(EXIF_TAG_GPS_LONGITUDE_REF), 'E', 'W', 180.0);
    // Both zero is what phones write when they had no fix, not a photo taken off West Africa.
    if (latitude && longitude && !(*latitude == 0.0 && *longitude == 0.0)) {
        info.gpsLatitude = latitude;
        info.gpsLongitude = longitude;
    }
}

} // namespace ks
