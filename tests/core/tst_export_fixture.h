// SPDX-License-Identifier: GPL-3.0-or-later
// A small library for the export, book and CLI export tests: posts over two years with photos,
// a hostile post, an emoticon, an avatar, a blog with unsafe HTML, comments with replies, an
// album upload and tags.
#pragma once

#include "import/librarywriter.h"
#include "library/database.h"
#include "search/searchindex.h"

#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace ks::test {

inline qint64 exportFixtureTime(const QString &local)
{
    QDateTime t = QDateTime::fromString(local, QStringLiteral("yyyy-MM-dd hh:mm"));
    t.setOffsetFromUtc(kChinaUtcOffset);
    return t.toSecsSinceEpoch();
}

/// Writes a JPEG of @p size with a colour from @p seed and a diagonal, so it is not flat.
inline QString writeFixtureJpeg(const QString &path, QSize size, int seed)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((seed * 47) % 360, 160, 220));
    QPainter p(&image);
    p.setPen(QPen(Qt::white, qMax(2, size.width() / 40)));
    p.drawLine(0, 0, size.width(), size.height());
    p.end();
    QDir().mkpath(QFileInfo(path).absolutePath());
    image.save(path, "jpeg", 85);
    return path;
}

struct ExportFixture
{
    QTemporaryDir library;
    QTemporaryDir source;
    Database db;
    QString hostileText = QStringLiteral("<script>alert('x')</script> <img src=http://evil.example/x.png "
                                         "onerror=alert(1)> 这不是代码");
    int posts2012 = 0;

    QString src(const QString &rel) const { return source.path() + QLatin1Char('/') + rel; }

    MemoryRecord post(const QString &key, const QString &local, const QString &text)
    {
        MemoryRecord r;
        r.kind = MemoryKind::Post;
        r.key = key;
        r.created = exportFixtureTime(local);
        r.text = text;
        r.author = PersonRef{QStringLiteral("10001"), QStringLiteral("小明")};
        r.sourceRecord = key.toUtf8();
        return r;
    }

    void addPhotos(MemoryRecord &r, int count, QSize size, int seed)
    {
        for (int i = 0; i < count; ++i) {
            const QString rel = QStringLiteral("Messages/images/%1_%2.jpg").arg(r.key.mid(5)).arg(i);
            writeFixtureJpeg(src(rel), size, seed + i);
            r.media << MediaRef{QStringLiteral("image"), src(rel), rel, QFileInfo(rel).fileName(), QString()};
        }
    }

    bool build()
    {
        if (!library.isValid() || !source.isValid() || !db.open(library.path()))
            return false;
        LibraryWriter w(db, source.path(), &searchIndexer());
        if (!w.begin() || !w.setAccount(QStringLiteral("10001"), QStringLiteral("小明")))
            return false;

        // Loose files: an emoticon (PNG bytes under the .gif name QQ used) and a friend's avatar.
        QImage smile(24, 24, QImage::Format_ARGB32);
        smile.fill(QColor(255, 200, 0));
        smile.save(src(QStringLiteral("Common/images/e100.png")), "png");
        QDir().mkpath(src(QStringLiteral("Common/images")));
        smile.save(src(QStringLiteral("Common/images/e100.gif")), "png");
        writeFixtureJpeg(src(QStringLiteral("Common/images/20002")), QSize(100, 100), 7);
        w.addLooseFile(src(QStringLiteral("Common/images/e100.gif")),
                       QStringLiteral("Common/images/e100.gif"));
        w.addLooseFile(src(QStringLiteral("Common/images/20002")), QStringLiteral("Common/images/20002"));

        const QString filler = QStringLiteral("教室窗外有一棵很高的梧桐树，夏天的时候蝉声一阵接着一阵。");
        for (int month = 1; month <= 6; ++month) {
            for (int k = 0; k < 4; ++k) {
                MemoryRecord r =
                    post(QStringLiteral("post:%1-%2").arg(month).arg(k),
                         QStringLiteral("2012-%1-%2 2%3:15")
                             .arg(month, 2, 10, QLatin1Char('0'))
                             .arg(3 + k * 6, 2, 10, QLatin1Char('0'))
                             .arg(k),
                         QStringLiteral("%1月的第%2条说说：黑板上的文字，第二页。").arg(month).arg(k + 1) +
                             filler.repeated(1 + (k * month) % 5));
                if (k == 1)
                    addPhotos(r, month == 3 ? 9 : (month % 3) + 1, QSize(640, 480), month * 10 + k);
                if (month == 2 && k == 2)
                    addPhotos(r, 1, QSize(3000, 2000), 99); // larger than a web copy and than 300 dpi
                if (month == 4 && k == 0) {
                    r.text = QStringLiteral("毕业了[em]e100[/em]，谢谢你们 @{uin:20002,nick:老王,who:1}");
                    r.mentions << PersonRef{QStringLiteral("20002"), QStringLiteral("老王")};
                }
                if (month == 4 && k == 3)
                    r.text = filler.repeated(60); // long enough to run over a page
                if (month == 1 && k == 0) {
                    CommentRecord c;
                    c.author = PersonRef{QStringLiteral("20002"), QStringLiteral("老王")};
                    c.created = exportFixtureTime(QStringLiteral("2012-01-03 09:00"));
                    c.text = QStringLiteral("好怀念啊[em]e100[/em]");
                    c.sourceRecord = "c1";
                    CommentRecord reply;
                    reply.author = PersonRef{QStringLiteral("10001"), QStringLiteral("小明")};
                    reply.created = exportFixtureTime(QStringLiteral("2012-01-03 10:00"));
                    reply.text = QStringLiteral("是啊 <b>真的</b>");
                    reply.sourceRecord = "c2";
                    c.replies << reply;
                    r.comments << c;
                }
                if (w.upsertMemory(r) != UpsertResult::Added)
                    return false;
                ++posts2012;
            }
        }
        MemoryRecord hostile =
            post(QStringLiteral("post:hostile"), QStringLiteral("2012-07-01 12:00"), hostileText);
        w.upsertMemory(hostile);
        ++posts2012;

        MemoryRecord blog;
        blog.kind = MemoryKind::Blog;
        blog.key = QStringLiteral("blog:1");
        blog.created = exportFixtureTime(QStringLiteral("2012-07-02 20:00"));
        blog.title = QStringLiteral("我们的高三");
        blog.author = PersonRef{QStringLiteral("10001"), QStringLiteral("小明")};
        blog.html = QStringLiteral(
            "<h2>我们的高三</h2><p>时间过得真快。</p><p><img src=\"images/B1.jpg\"></p>"
            "<script>alert(2)</script><p onclick=\"alert(3)\">有些人走着走着就散了。</p>"
            "<a href=\"http://example.com/page\">原文链接</a><img src=\"https://remote.example/y.jpg\">"
            "<p style=\"background:url(http://evil.example/z.png)\">完</p><iframe "
            "src=\"http://evil.example\"></iframe>");
        blog.text = QStringLiteral("时间过得真快。有些人走着走着就散了。完");
        writeFixtureJpeg(src(QStringLiteral("Blogs/images/B1.jpg")), QSize(800, 600), 42);
        blog.media << MediaRef{QStringLiteral("image"), src(QStringLiteral("Blogs/images/B1.jpg")),
                               QStringLiteral("Blogs/images/B1.jpg"), QStringLiteral("B1.jpg"), QString()};
        blog.sourceRecord = "blog1";
        w.upsertMemory(blog);

        // Twelve photos uploaded to one album on one day: one album entry.
        for (int i = 0; i < 12; ++i) {
            MemoryRecord p;
            p.kind = MemoryKind::Photo;
            p.key = QStringLiteral("photo:%1").arg(i);
            p.created = exportFixtureTime(QStringLiteral("2012-08-08 10:%1").arg(i, 2, 10, QLatin1Char('0')));
            p.albumKey = QStringLiteral("a1");
            p.albumName = QStringLiteral("毕业旅行");
            p.author = PersonRef{QStringLiteral("10001"), QStringLiteral("小明")};
            const QString rel = QStringLiteral("Albums/毕业旅行/%1.jpg").arg(i);
            writeFixtureJpeg(src(rel), QSize(600, 400), 200 + i);
            p.media << MediaRef{QStringLiteral("image"), src(rel), rel, QFileInfo(rel).fileName(), QString()};
            p.sourceRecord = p.key.toUtf8();
            w.upsertMemory(p);
        }
        MemoryRecord old = post(QStringLiteral("post:2011"), QStringLiteral("2011-05-05 08:00"),
                                QStringLiteral("前一年的说说，老王来过"));
        old.mentions << PersonRef{QStringLiteral("20002"), QStringLiteral("老王")};
        w.upsertMemory(old);
        w.finish();

        QSqlQuery q(db.connection());
        const bool tagged =
            q.exec(QStringLiteral(
                "INSERT INTO tags (id, parent_id, name, path) VALUES (1, NULL, '旅行', '旅行'), "
                "(2, 1, '北京', '旅行/北京')")) &&
            q.exec(QStringLiteral(
                "INSERT INTO memory_tags (memory_id, tag_id) SELECT id, 2 FROM memories WHERE key = "
                "'post:3-1'"));
        return tagged && rebuildSearchIndex(db.connection());
    }
};

/// Runs a poppler tool; returns its stdout, empty when the tool is not installed.
inline QByteArray poppler(const QString &tool, const QStringList &args, int *exitCode = nullptr)
{
    if (QStandardPaths::findExecutable(tool).isEmpty())
        return QByteArray();
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput();
}

} // namespace ks::test
