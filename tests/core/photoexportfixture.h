// SPDX-License-Identifier: GPL-3.0-or-later
// A small library for the photo export tests, built from real files: a camera JPEG (EXIF date,
// make, model), JPEGs without EXIF, a PNG and a GIF, in 说说 and an album with Chinese words, one
// album photo also shown by a post, one with QQ's recorded shooting time, one with a place.
#pragma once

#include "mediafixtures.h"

#include "import/librarywriter.h"
#include "library/database.h"
#include "search/searchindex.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace ks::test {

inline qint64 beijingTime(const QString &local)
{
    QDateTime t = QDateTime::fromString(local, QStringLiteral("yyyy-MM-dd HH:mm"));
    t.setOffsetFromUtc(kChinaUtcOffset);
    return t.toSecsSinceEpoch();
}

/// A 1×1 GIF (a real one, named .gif: not QQ's placeholder).
inline QByteArray tinyGif()
{
    return QByteArrayLiteral("GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xFF\xFF\xFF"
                             "\x2C\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00\x3B");
}

struct PhotoExportFixture
{
    QTemporaryDir library;
    QTemporaryDir source;
    Database db;

    static QString album() { return QStringLiteral("毕业旅行"); }
    static QString tripText() { return QStringLiteral("毕业旅行的第一天，大家都很开心！"); }
    static QString seaText() { return QStringLiteral("在海边看日落"); }
    static qint64 shotTime() { return beijingTime(QStringLiteral("2012-06-08 18:45")); }
    static double seaLatitude() { return 22.5431; }
    static double seaLongitude() { return 114.0579; }

    QString src(const QString &rel) const { return source.path() + QLatin1Char('/') + rel; }

    MediaRef file(const QString &rel, const QByteArray &bytes) const
    {
        QDir().mkpath(QFileInfo(src(rel)).absolutePath());
        writeFile(src(rel), bytes);
        return MediaRef{QStringLiteral("image"), src(rel), rel, QFileInfo(rel).fileName(), QString()};
    }

    MemoryRecord memory(MemoryKind kind, const QString &key, const QString &local, const QString &text) const
    {
        MemoryRecord r;
        r.kind = kind;
        r.key = key;
        r.created = beijingTime(local);
        r.text = text;
        r.author = PersonRef{QStringLiteral("10001"), QStringLiteral("小明")};
        r.sourceRecord = key.toUtf8();
        return r;
    }

    MemoryRecord albumPhoto(const QString &key, const QString &local, const QString &text) const
    {
        MemoryRecord r = memory(MemoryKind::Photo, key, local, text);
        r.albumKey = QStringLiteral("a1");
        r.albumName = album();
        return r;
    }

    bool build()
    {
        if (!library.isValid() || !source.isValid() || !db.open(library.path()))
            return false;
        LibraryWriter w(db, source.path(), &searchIndexer());
        if (!w.begin() || !w.setAccount(QStringLiteral("10001"), QStringLiteral("小明")))
            return false;
        ExifSpec camera;
        camera.dateTimeOriginal = "2012:06:07 14:02:03";
        camera.make = "Canon";
        camera.model = "Canon EOS 550D";
        const QByteArray seaJpeg = encodeImage(testPicture(96, 64, 3), "JPEG");

        MemoryRecord trip = memory(MemoryKind::Post, QStringLiteral("post:trip"),
                                   QStringLiteral("2012-06-07 21:15"), tripText());
        trip.media << file(QStringLiteral("Messages/images/camera.jpg"), jpegWithExif(camera, 80, 60, 1))
                   << file(QStringLiteral("Messages/images/plain.jpg"),
                           encodeImage(testPicture(64, 48, 2), "JPEG"));
        MemoryRecord sea =
            albumPhoto(QStringLiteral("photo:sea"), QStringLiteral("2012-06-08 09:30"), seaText());
        sea.latitude = seaLatitude();
        sea.longitude = seaLongitude();
        sea.media << file(QStringLiteral("Albums/毕业旅行/sea.jpg"), seaJpeg);
        MemoryRecord shot =
            albumPhoto(QStringLiteral("photo:shot"), QStringLiteral("2012-06-09 10:00"), QString());
        shot.title = QStringLiteral("IMG_2041");
        shot.extra.insert(QStringLiteral("shootTime"), double(shotTime()));
        shot.media << file(QStringLiteral("Albums/毕业旅行/IMG_2041.jpg"),
                           encodeImage(testPicture(72, 48, 4), "JPEG"));
        // The album photo shown again by a post: one copy, with the album photo's date and words.
        MemoryRecord share = memory(MemoryKind::Post, QStringLiteral("post:share"),
                                    QStringLiteral("2012-06-10 20:00"), QStringLiteral("分享一张照片"));
        share.media << file(QStringLiteral("Messages/images/share.jpg"), seaJpeg);
        MemoryRecord png =
            memory(MemoryKind::Post, QStringLiteral("post:png"), QStringLiteral("2013-01-02 08:05"),
                   QStringLiteral("新年快乐 Happy New Year"));
        png.media << file(QStringLiteral("Messages/images/card.png"),
                          encodeImage(testPicture(40, 30, 5), "PNG"));
        MemoryRecord gif =
            memory(MemoryKind::Post, QStringLiteral("post:gif"), QStringLiteral("2013-02-03 12:00"),
                   QStringLiteral("[em]e100[/em]笑死我了 @{uin:20002,nick:老王,who:1}"));
        gif.media << file(QStringLiteral("Messages/images/funny.gif"), tinyGif());
        MemoryRecord ascii =
            memory(MemoryKind::Post, QStringLiteral("post:ascii"), QStringLiteral("2013-04-05 16:20"),
                   QStringLiteral("Hello from the beach"));
        ascii.media << file(QStringLiteral("Messages/images/beach.jpg"),
                            encodeImage(testPicture(50, 50, 6), "JPEG"));
        MemoryRecord lost = memory(MemoryKind::Post, QStringLiteral("post:lost"),
                                   QStringLiteral("2013-05-06 07:08"), QStringLiteral("这张照片会丢"));
        lost.media << file(QStringLiteral("Messages/images/lost.jpg"),
                           encodeImage(testPicture(30, 30, 7), "JPEG"));
        for (const MemoryRecord &r : {trip, sea, shot, share, png, gif, ascii, lost}) {
            if (w.upsertMemory(r) != UpsertResult::Added)
                return false;
        }
        w.finish();
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral(
                   "INSERT INTO tags (id, parent_id, name, path) VALUES (1, NULL, '旅行', '旅行')")) &&
               q.exec(QStringLiteral(
                   "INSERT INTO memory_tags (memory_id, tag_id) SELECT id, 1 FROM memories WHERE "
                   "key = 'post:trip'")) &&
               rebuildSearchIndex(db.connection());
    }
};

} // namespace ks::test
