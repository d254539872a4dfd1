// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnails.h"
#include "imagelimits.h"
#include "jpegsegments.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QRunnable>
#include <QSaveFile>
#include <QTransform>

namespace ks {

class ThumbnailJob : public QRunnable
{
public:
    ThumbnailJob(ThumbnailProvider *provider, QString key, QString path, QString cacheFile, int size,
                 int orientation)
        : m_provider(provider), m_key(std::move(key)), m_path(std::move(path)),
          m_cacheFile(std::move(cacheFile)), m_size(size), m_orientation(orientation)
    {
        setAutoDelete(false); // the provider deletes it on its own thread once delivered
    }

    void run() override
    {
        QImage image;
        QString error;
        if (!m_cancelled.load()) {
            if (QFileInfo::exists(m_cacheFile) && image.load(m_cacheFile, "JPEG")) {
                ++m_provider->m_cacheHits;
            } else if (!m_cancelled.load()) {
                image = ThumbnailProvider::makeThumbnail(m_path, m_size, m_orientation, &error);
                if (!image.isNull()) {
                    ++m_provider->m_generated;
                    QDir().mkpath(QFileInfo(m_cacheFile).absolutePath());
                    QSaveFile out(m_cacheFile);
                    if (out.open(QIODevice::WriteOnly) && image.save(&out, "JPEG", 85))
                        out.commit();
                }
            }
        }
        ThumbnailProvider *provider = m_provider;
        QMetaObject::invokeMethod(
            provider, [provider, job = this, image, error] { provider->jobDone(job, image, error); },
            Qt::QueuedConnection);
    }

    ThumbnailProvider *m_provider;
    QString m_key;
    QString m_path;
    QString m_cacheFile;
    int m_size;
    int m_orientation;
    std::atomic_bool m_cancelled{false};
};

ThumbnailProvider::ThumbnailProvider(const QString &cacheDir, QObject *parent)
    : QObject(parent), m_cacheDir(cacheDir)
{
    // Two threads: enough to keep up with scrolling on a small machine without starving the UI.
    m_pool.setMaxThreadCount(2);
}

ThumbnailProvider::~ThumbnailProvider()
{
    for (ThumbnailJob *job : std::as_const(m_jobs))
        job->m_cancelled = true;
    m_pool.clear();
    m_pool.waitForDone();
    qDeleteAll(m_jobs);
}

QString ThumbnailProvider::key(const QString &sha256, int size)
{
    return sha256 + QLatin1Char('-') + QString::number(size);
}

QString ThumbnailProvider::cachePath(const QString &sha256, int size) const
{
    return QStringLiteral("%1/%2/%3.jpg").arg(m_cacheDir, sha256.left(2), key(sha256, size));
}

QString ThumbnailProvider::request(const QString &sha256, const QString &path, int size, int orientation,
                                   int priority)
{
    const QString k = key(sha256, size);
    if (m_pending.contains(k))
        return k;
    if (sha256.isEmpty() || path.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, k] { emit failed(k, QStringLiteral("missing")); }, Qt::QueuedConnection);
        return k;
    }
    auto *job = new ThumbnailJob(this, k, path, cachePath(sha256, size), size, orientation);
    m_pending.insert(k, job);
    m_jobs.insert(job);
    m_pool.start(job, priority);
    return k;
}

void ThumbnailProvider::cancel(const QString &key)
{
    ThumbnailJob *job = m_pending.take(key);
    if (!job)
        return;
    if (m_pool.tryTake(job)) {
        m_jobs.remove(job);
        delete job;
    } else {
        job->m_cancelled = true;
    }
}

void ThumbnailProvider::retainOnly(const QSet<QString> &keep)
{
    const QStringList keys = m_pending.keys();
    for (const QString &k : keys) {
        if (!keep.contains(k))
            cancel(k);
    }
}

void ThumbnailProvider::waitForDone()
{
    m_pool.waitForDone();
}

void ThumbnailProvider::jobDone(ThumbnailJob *job, const QImage &image, const QString &error)
{
    const bool cancelled = job->m_cancelled.load();
    const QString k = job->m_key;
    if (m_pending.value(k) == job)
        m_pending.remove(k);
    m_jobs.remove(job);
    delete job;
    if (cancelled)
        return;
    if (image.isNull())
        emit failed(k, error);
    else
        emit ready(k, image);
}

QImage ThumbnailProvider::applyOrientation(const QImage &image, int orientation)
{
    switch (orientation) {
    case 2:
        return image.mirrored(true, false);
    case 3:
        return image.mirrored(true, true);
    case 4:
        return image.mirrored(false, true);
    case 5:
        return image.mirrored(true, false).transformed(QTransform().rotate(270));
    case 6:
        return image.transformed(QTransform().rotate(90));
    case 7:
        return image.mirrored(true, false).transformed(QTransform().rotate(90));
    case 8:
        return image.transformed(QTransform().rotate(270));
    default:
        return image;
    }
}

namespace {

// The thumbnail a camera stored inside the EXIF block, read from the JPEG's own APP1 segment
// (libexif's whole-file loader gives up at markers it does not know, such as APP12).
QImage exifThumbnail(const QString &path)
{
    const ExifDataPtr data = loadJpegExif(path);
    QImage image;
    if (data && data->data && data->size > 0)
        image.loadFromData(data->data, int(data->size), "JPEG");
    return image;
}

int orientationFromReader(const QImageReader &reader)
{
    const QImageIOHandler::Transformations t = reader.transformation();
    if (t == QImageIOHandler::TransformationMirror)
        return 2;
    if (t == QImageIOHandler::TransformationRotate180)
        return 3;
    if (t == QImageIOHandler::TransformationFlip)
        return 4;
    if (t == QImageIOHandler::TransformationFlipAndRotate90)
        return 5;
    if (t == QImageIOHandler::TransformationRotate90)
        return 6;
    if (t == QImageIOHandler::TransformationMirrorAndRotate90)
        return 7;
    if (t == QImageIOHandler::TransformationRotate270)
        return 8;
    return 1;
}

} // namespace

QImage ThumbnailProvider::makeThumbnail(const QString &path, int size, int orientation, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QImage();
    };
    if (path.isEmpty() || !QFileInfo::exists(path))
        return fail(QStringLiteral("missing"));
    QImageReader reader(path);
    reader.setAutoTransform(false);
    if (!reader.canRead())
        return fail(QStringLiteral("damaged: ") + reader.errorString());
    if (orientation <= 0)
        orientation = orientationFromReader(reader);

    QImage image;
    if (reader.format() == "jpeg") {
        // The embedded thumbnail is free, but only good enough when it is at least as large as asked.
        const QImage embedded = exifThumbnail(path);
        if (!embedded.isNull() && qMin(embedded.width(), embedded.height()) >= size)
            image = embedded;
    }
    if (image.isNull()) {
        const QSize full = reader.size();
        QSize target = full;
        if (full.isValid() && qMin(full.width(), full.height()) > size) {
            QSize scaled = full.scaled(size, size, Qt::KeepAspectRatioByExpanding);
            reader.setScaledSize(scaled);
            // JPEG decodes straight to the scaled size; other formats decode whole first.
            if (reader.format() == "jpeg")
                target = scaled;
        }
        if (!imageDecodeAllowed(reader, target))
            return fail(QStringLiteral("too large: the picture says it is %1 × %2 pixels")
                            .arg(full.width())
                            .arg(full.height()));
        image = reader.read();
        if (image.isNull())
            return fail(QStringLiteral("damaged: ") + reader.errorString());
    }
    // Panoramas: keep the long side reasonable, the short side is what the grid needs.
    if (qMax(image.width(), image.height()) > 3 * size)
        image = image.scaled(3 * size, 3 * size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (qMin(image.width(), image.height()) > size)
        image = image.scaled(size, size, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    if (image.hasAlphaChannel()) {
        image = flattenedOnWhite(image); // JPEG has no alpha: stickers and GIFs go on white
    } else if (image.format() != QImage::Format_RGB32) {
        image = image.convertToFormat(QImage::Format_RGB32);
    }
    return applyOrientation(image, orientation);
}

QImage ThumbnailProvider::flattenedOnWhite(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image;
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter p(&flat);
    p.drawImage(0, 0, image);
    p.end();
    return flat;
}

} // namespace ks
