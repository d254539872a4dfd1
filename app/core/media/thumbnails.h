// SPDX-License-Identifier: GPL-3.0-or-later
// Thumbnails made off the GUI thread and kept on disk by content hash.
#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>
#include <atomic>

namespace ks {

class ThumbnailJob;

/// Makes thumbnails on a thread pool and caches them in <cacheDir>/<sha[0:2]>/<sha>-<size>.jpg.
/// Requests are keyed by content hash and size; the newest requests are not special, the caller
/// gives a priority (visible cards first) and cancels what scrolled away. Results arrive by
/// signal on the provider's thread. Widget-free: the UI turns the images into pixmaps.
class ThumbnailProvider : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailProvider(const QString &cacheDir, QObject *parent = nullptr);
    ~ThumbnailProvider() override;

    static QString key(const QString &sha256, int size);
    QString cachePath(const QString &sha256, int size) const;

    /// Asks for the thumbnail of @p path (content @p sha256) whose shorter side is @p size
    /// pixels (less when the picture is smaller). @p orientation is the EXIF orientation
    /// (0 = read it from the file). Emits ready() or failed() later; a second request for a
    /// key already pending only raises nothing. Returns the key.
    QString request(const QString &sha256, const QString &path, int size, int orientation = 0,
                    int priority = 0);
    /// Drops a pending request; a running one finishes but is not delivered.
    void cancel(const QString &key);
    /// Cancels every pending request whose key is not in @p keep.
    void retainOnly(const QSet<QString> &keep);
    bool isPending(const QString &key) const { return m_pending.contains(key); }
    int pendingCount() const { return int(m_pending.size()); }

    /// Blocks until every pending job has ended (tests, shutdown).
    void waitForDone();

    /// Counters, for tests and the benchmark.
    int cacheHits() const { return m_cacheHits.load(); }
    int generated() const { return m_generated.load(); }

    /// Makes a thumbnail synchronously: the EXIF embedded thumbnail when it is large enough,
    /// else a scaled decode (never a full-size decode of a JPEG), turned upright.
    static QImage makeThumbnail(const QString &path, int size, int orientation, QString *error = nullptr);
    /// @p image turned by EXIF @p orientation (1…8).
    static QImage applyOrientation(const QImage &image, int orientation);
    /// A picture with transparency painted on white (JPEG and paper have no alpha); others unchanged.
    static QImage flattenedOnWhite(const QImage &image);

signals:
    void ready(const QString &key, const QImage &image);
    void failed(const QString &key, const QString &reason);

private:
    friend class ThumbnailJob;
    void jobDone(ThumbnailJob *job, const QImage &image, const QString &error);

    QString m_cacheDir;
    QThreadPool m_pool;
    QHash<QString, ThumbnailJob *> m_pending;
    QSet<ThumbnailJob *> m_jobs; // every job not yet deleted, pending or cancelled-while-running
    std::atomic_int m_cacheHits{0};
    std::atomic_int m_generated{0};
};

} // namespace ks
