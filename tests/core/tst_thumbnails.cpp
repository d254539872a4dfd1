// SPDX-License-Identifier: GPL-3.0-or-later
// Thumbnails: made off the GUI thread, cached on disk by content hash, upright, and a bad file
// gives a failure signal instead of a crash; cancelled requests are never delivered.
#include "media/thumbnails.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

class TestThumbnails : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A JPEG whose top-left quarter is red and the rest blue; returns its path and hash.
    QString makeJpeg(const QString &name, int w, int h, QString *sha)
    {
        QImage image(w, h, QImage::Format_RGB32);
        image.fill(Qt::blue);
        for (int y = 0; y < h / 2; ++y)
            for (int x = 0; x < w / 2; ++x)
                image.setPixel(x, y, qRgb(255, 0, 0));
        const QString path = m_dir.filePath(name);
        if (!image.save(path, "JPEG", 90))
            return QString();
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        *sha = QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
        return path;
    }

private slots:
    void aPictureThatClaimsGigapixelsIsNotDecoded()
    {
        // A 60000 × 60000 RGBA PNG header (13 GB decoded) with a few bytes of data.
        auto chunk = [](const QByteArray &type, const QByteArray &data) {
            QByteArray out;
            const quint32 length = quint32(data.size());
            for (int s = 24; s >= 0; s -= 8)
                out.append(char((length >> s) & 0xFF));
            quint32 crc = 0xFFFFFFFFu;
            for (const char ch : type + data) {
                crc ^= uchar(ch);
                for (int k = 0; k < 8; ++k)
                    crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
            }
            crc ^= 0xFFFFFFFFu;
            out += type + data;
            for (int s = 24; s >= 0; s -= 8)
                out.append(char((crc >> s) & 0xFF));
            return out;
        };
        const QByteArray png = QByteArray("\x89PNG\r\n\x1A\n", 8) +
                               chunk("IHDR", QByteArray::fromHex("0000EA600000EA600806000000")) +
                               chunk("IDAT", QByteArray::fromHex("789c030000000001")) +
                               chunk("IEND", QByteArray());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.png"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(png);
        f.close();
        QString error;
        const QImage thumb = ThumbnailProvider::makeThumbnail(path, 256, 0, &error);
        QVERIFY(thumb.isNull());
        QVERIFY2(error.startsWith(QStringLiteral("too large")), qPrintable(error));
    }

    void makesAThumbnailFileThenHitsTheCache()
    {
        QString sha;
        const QString path = makeJpeg(QStringLiteral("big.jpg"), 1200, 800, &sha);
        QVERIFY(!path.isEmpty());
        const QString cache = m_dir.filePath(QStringLiteral("thumbs"));
        {
            ThumbnailProvider provider(cache);
            QSignalSpy ready(&provider, &ThumbnailProvider::ready);
            const QString key = provider.request(sha, path, 160);
            QCOMPARE(key, sha + QStringLiteral("-160"));
            QVERIFY(ready.wait(10000));
            const QImage image = ready.first().at(1).value<QImage>();
            QCOMPARE(image.height(), 160); // shorter side
            QCOMPARE(image.width(), 240);
            QCOMPARE(provider.generated(), 1);
            const QString file = QStringLiteral("%1/%2/%3-160.jpg").arg(cache, sha.left(2), sha);
            QCOMPARE(provider.cachePath(sha, 160), file);
            QVERIFY(QFile::exists(file));
        }
        // A new provider (a new session) reads the disk cache instead of decoding again.
        ThumbnailProvider again(cache);
        QSignalSpy ready(&again, &ThumbnailProvider::ready);
        again.request(sha, path, 160);
        QVERIFY(ready.wait(10000));
        QCOMPARE(again.cacheHits(), 1);
        QCOMPARE(again.generated(), 0);
    }

    void orientationSixTurnsThePictureUpright()
    {
        QString sha;
        const QString path = makeJpeg(QStringLiteral("turned.jpg"), 600, 400, &sha);
        const QImage image = ThumbnailProvider::makeThumbnail(path, 200, 6);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(200, 300)); // landscape stored, portrait shown
        // Rotated 90° clockwise: the red top-left quarter is now top-right.
        const QColor topRight = image.pixelColor(image.width() - 10, 10);
        const QColor topLeft = image.pixelColor(10, 10);
        QVERIFY2(topRight.red() > 200 && topRight.blue() < 80, qPrintable(topRight.name()));
        QVERIFY2(topLeft.blue() > 200 && topLeft.red() < 80, qPrintable(topLeft.name()));
        // And 8 turns the other way: red ends bottom-left.
        const QImage other = ThumbnailProvider::makeThumbnail(path, 200, 8);
        QVERIFY(other.pixelColor(10, other.height() - 10).red() > 200);
    }

    void smallPicturesAreNotBlownUp()
    {
        QString sha;
        const QString path = makeJpeg(QStringLiteral("small.jpg"), 90, 60, &sha);
        QCOMPARE(ThumbnailProvider::makeThumbnail(path, 320, 1).size(), QSize(90, 60));
    }

    void aCorruptFileFailsWithoutCrashing()
    {
        const QString path = m_dir.filePath(QStringLiteral("corrupt.jpg"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xFF\xD8\xFF\xE0 this is not really a JPEG at all", 40);
        f.close();
        ThumbnailProvider provider(m_dir.filePath(QStringLiteral("thumbs")));
        QSignalSpy failed(&provider, &ThumbnailProvider::failed);
        QSignalSpy ready(&provider, &ThumbnailProvider::ready);
        provider.request(QString(64, QLatin1Char('c')), path, 160);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().at(1).toString().startsWith(QStringLiteral("damaged")));
        QCOMPARE(ready.size(), 0);
        // A file that is not there at all.
        provider.request(QString(64, QLatin1Char('d')), m_dir.filePath(QStringLiteral("gone.jpg")), 160);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.last().at(1).toString(), QStringLiteral("missing"));
    }

    void cancelledRequestsAreNeverDelivered()
    {
        QString sha;
        const QString path = makeJpeg(QStringLiteral("many.jpg"), 2400, 1800, &sha);
        ThumbnailProvider provider(m_dir.filePath(QStringLiteral("thumbs-cancel")));
        QSignalSpy ready(&provider, &ThumbnailProvider::ready);
        QSignalSpy failed(&provider, &ThumbnailProvider::failed);
        // Thirty different sizes of one picture: thirty jobs, at most two run at once.
        QStringList keys;
        for (int i = 0; i < 30; ++i)
            keys << provider.request(sha, path, 100 + i);
        QCOMPARE(provider.pendingCount(), 30);
        provider.retainOnly({keys.first()});
        QCOMPARE(provider.pendingCount(), 1);
        QVERIFY(ready.wait(10000));
        provider.waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.first().at(0).toString(), keys.first());
        QCOMPARE(failed.size(), 0);
        QVERIFY2(provider.generated() <= 3, qPrintable(QString::number(provider.generated())));
        QCOMPARE(provider.pendingCount(), 0);
    }
};

QTEST_MAIN(TestThumbnails)
#include "tst_thumbnails.moc"
