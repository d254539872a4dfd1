// SPDX-License-Identifier: GPL-3.0-or-later
// The file preparer that reads, hashes and copies media on a worker thread during an import:
// same digests as Qt, files changed or gone since the prefetch handled inline, no temporary
// files left behind, the same library with and without it. Also the OpenSSL hasher and the
// fast MIME path of probeMedia against QMimeDatabase.
#include "import/filepreparer.h"
#include "import/librarywriter.h"
#include "library/database.h"
#include "media/mediaprobe.h"
#include "mediafixtures.h"
#include "search/searchindex.h"
#include "util/sha256.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;
using namespace ks::test;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(rng.generate() & 0xFF);
    return bytes;
}

QString qtSha(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString incomingDir(const Database &db)
{
    return db.vaultDir() + QStringLiteral("/.incoming");
}

int incomingCount(const Database &db)
{
    return int(QDir(incomingDir(db)).entryList(QDir::Files | QDir::Hidden).size());
}

MemoryRecord postWith(const QString &tid, const QString &file, const QString &rel)
{
    MemoryRecord r;
    r.kind = MemoryKind::Post;
    r.key = QStringLiteral("post:") + tid;
    r.created = 1300000000 + tid.size();
    r.text = QStringLiteral("post ") + tid;
    r.author = PersonRef{QStringLiteral("123456"), QStringLiteral("芷炫")};
    r.sourceRecord = QStringLiteral("{\"tid\":\"%1\"}").arg(tid).toUtf8();
    r.sourceFile = QStringLiteral("/export/Messages/json/messages.js");
    r.media << MediaRef{QStringLiteral("image"), file, rel, QFileInfo(file).fileName(), QString()};
    return r;
}

QString mediaSha(const Database &db, const QString &rel)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT m.sha256 FROM media m JOIN memory_media mm ON mm.media_id = m.id "
                             "WHERE mm.source_path = ?"));
    q.addBindValue(rel);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

/// Imports @p files (each as one post, some twice) and returns what the library then holds.
QStringList importAndDump(const QString &libraryDir, const QString &srcDir, const QStringList &rels,
                          bool prefetch, QList<ImportProblem> *problems)
{
    Database db;
    if (!db.open(libraryDir))
        return {};
    {
        LibraryWriter w(db, srcDir, &searchIndexer());
        w.setPrefetchEnabled(prefetch);
        if (!w.begin() || !w.setAccount(QStringLiteral("123456")))
            return {};
        QList<MemoryRecord> records;
        for (int i = 0; i < rels.size(); ++i)
            records << postWith(QString::number(i), srcDir + QLatin1Char('/') + rels.at(i), rels.at(i));
        w.prefetch(ImportSink::mediaFilesOf(records));
        for (const MemoryRecord &r : std::as_const(records))
            w.upsertMemory(r);
        const ImportReport report = w.finish();
        *problems = report.problems;
    }
    QStringList rows;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT m.sha256, m.vault_path, m.mime, m.size, m.width, m.height, m.status, "
                          "mm.source_path FROM memory_media mm JOIN media m ON m.id = mm.media_id "
                          "ORDER BY mm.memory_id, mm.position"));
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < 8; ++c)
            cells << q.value(c).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    q.exec(QStringLiteral("SELECT file, kind, message, memory_key FROM problems ORDER BY id"));
    while (q.next())
        rows << QStringLiteral("problem|%1|%2|%3|%4")
                    .arg(QDir(srcDir).relativeFilePath(q.value(0).toString()), q.value(1).toString(),
                         q.value(2).toString(), q.value(3).toString());
    return rows;
}

} // namespace

class TestFilePreparer : public QObject
{
    Q_OBJECT

private slots:
    void hashEqualsQtHash_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::newRow("one byte") << qsizetype(1);
        QTest::newRow("one block") << qsizetype(64);
        QTest::newRow("odd") << qsizetype(100003);
        // Above the in-memory limit: streamed through the temporary file.
        QTest::newRow("streamed") << qsizetype(FilePreparer::kInMemoryLimit + 4097);
    }

    void hashEqualsQtHash()
    {
        QFETCH(qsizetype, size);
        const QByteArray bytes = randomBytes(size, quint32(size));
        QCOMPARE(Sha256::hex(bytes), qtSha(bytes));
        Sha256 pieces;
        pieces.addData(QByteArrayView(bytes).first(size / 3));
        pieces.addData(QByteArrayView(bytes).sliced(size / 3));
        QCOMPARE(QString::fromLatin1(pieces.result().toHex()), qtSha(bytes));

        QTemporaryDir lib, src;
        Database db;
        QVERIFY(db.open(lib.path()));
        const QString path = src.path() + QStringLiteral("/file.bin");
        QVERIFY(writeFile(path, bytes));
        const PreparedFile r = FilePreparer::prepare(path, db.connection(), incomingDir(db));
        QCOMPARE(r.state, PreparedFile::State::New);
        QCOMPARE(r.sha256, qtSha(bytes));
        QCOMPARE(r.size, qint64(size));
        QFile temp(r.tempPath);
        QVERIFY(temp.open(QIODevice::ReadOnly));
        QCOMPARE(temp.size(), qint64(size));
        QCOMPARE(temp.readAll(), bytes);
        QFile::remove(r.tempPath);
    }

    void emptyHash() { QCOMPARE(Sha256::hex(QByteArray()), qtSha(QByteArray())); }

    void fastMimeMatchesMimeDatabase_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        const QImage picture = testPicture(40, 30, 7);
        QTest::newRow("jpeg") << encodeImage(picture, "JPEG") << QStringLiteral("a.jpg");
        QTest::newRow("jpeg+exif") << jpegWithExif(ExifSpec{}) << QStringLiteral("b.jpeg");
        QTest::newRow("png") << encodeImage(picture, "PNG") << QStringLiteral("c.png");
        QTest::newRow("gif") << placeholderGif() << QStringLiteral("d.gif");
        QTest::newRow("gif named jpeg") << placeholderGif() << QStringLiteral("e.jpeg");
        QTest::newRow("bmp") << encodeImage(picture, "BMP") << QStringLiteral("f.bmp");
        QByteArray webp = QByteArrayLiteral("RIFF") + QByteArray(4, '\x40') + QByteArrayLiteral("WEBPVP8 ") +
                          QByteArray(60, '\0');
        QTest::newRow("webp header") << webp << QStringLiteral("g.webp");
        QTest::newRow("mp4 isom") << tinyMp4(600, 6000, 320, 240) << QStringLiteral("h.mp4");
        QTest::newRow("mp4 mp42") << tinyMp4(600, 6000, 320, 240, false, "mp42") << QStringLiteral("i.mp4");
        QTest::newRow("mov") << tinyMp4(600, 6000, 320, 240, true, "qt  ") << QStringLiteral("j.mov");
        QTest::newRow("3gp (slow path)")
            << tinyMp4(600, 6000, 320, 240, false, "3gp4") << QStringLiteral("k.3gp");
        QTest::newRow("BM text (slow path)")
            << QByteArrayLiteral("BM is not a bitmap, just text here.\n") << QStringLiteral("l.bmp");
        QTest::newRow("text") << QByteArrayLiteral("hello world, plain text\n") << QStringLiteral("m.txt");
    }

    void fastMimeMatchesMimeDatabase()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.path() + QLatin1Char('/') + name;
        QVERIFY(writeFile(path, bytes));
        const QMimeType expected = QMimeDatabase().mimeTypeForData(bytes);
        const MediaInfo info = probeMedia(path);
        QCOMPARE(info.mime, expected.name());
        const QString suffix = expected.name() == QLatin1String("image/jpeg") ? QStringLiteral("jpg")
                                                                              : expected.preferredSuffix();
        QCOMPARE(info.extension, suffix);
    }

    void knownBytesAreNotCopied()
    {
        QTemporaryDir lib, src;
        Database db;
        QVERIFY(db.open(lib.path()));
        const QString a = src.path() + QStringLiteral("/a.jpg");
        const QString b = src.path() + QStringLiteral("/b.jpg");
        QVERIFY(writeFile(a, encodeImage(testPicture(32, 32, 1), "JPEG")));
        QVERIFY(QFile::copy(a, b));
        {
            LibraryWriter w(db, src.path(), &searchIndexer());
            QVERIFY(w.begin() && w.setAccount(QStringLiteral("123456")));
            QVERIFY(w.addLooseFile(a, QStringLiteral("a.jpg")));
            w.finish();
        }
        const PreparedFile r = FilePreparer::prepare(b, db.connection(), incomingDir(db));
        QCOMPARE(r.state, PreparedFile::State::Known);
        QVERIFY(r.tempPath.isEmpty());
        QCOMPARE(incomingCount(db), 0);
    }

    void workerPreparesAheadAndHandsOver()
    {
        QTemporaryDir lib, src;
        Database db;
        QVERIFY(db.open(lib.path()));
        QStringList paths;
        for (int i = 0; i < 6; ++i) {
            paths << src.path() + QStringLiteral("/%1.png").arg(i);
            QVERIFY(writeFile(paths.last(), encodeImage(testPicture(20 + i, 20, i), "PNG")));
        }
        FilePreparer preparer(db);
        preparer.prefetch(paths);
        for (const QString &path : std::as_const(paths)) {
            std::optional<PreparedFile> r = preparer.take(path);
            // Each is either handed over or, when the worker had not reached it, left to the caller.
            if (!r)
                continue;
            QCOMPARE(r->state, PreparedFile::State::New);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(r->sha256, qtSha(file.readAll()));
            QCOMPARE(r->info.mime, QStringLiteral("image/png"));
            QVERIFY(QFileInfo(r->tempPath).absolutePath() == incomingDir(db));
            QFile::remove(r->tempPath);
        }
        QVERIFY(!preparer.take(src.path() + QStringLiteral("/never-queued.png")));
        preparer.cancel();
        QCOMPARE(incomingCount(db), 0);
    }

    void fileChangedAfterPrefetchIsHashedAgain()
    {
        QTemporaryDir lib, src;
        Database db;
        QVERIFY(db.open(lib.path()));
        const QString path = src.path() + QStringLiteral("/photo.jpg");
        const QByteArray before = encodeImage(testPicture(30, 30, 1), "JPEG");
        QVERIFY(writeFile(path, before));
        LibraryWriter w(db, src.path(), &searchIndexer());
        QVERIFY(w.begin() && w.setAccount(QStringLiteral("123456")));
        w.prefetch({path});
        QVERIFY(w.preparer());
        QTRY_COMPARE(w.preparer()->preparedCount(), 1);
        // Other bytes of the same size: only the stat stamp (ctime, mtime) tells.
        QByteArray after = before;
        after[after.size() / 2] = char(after.at(after.size() / 2) ^ 0x55);
        QVERIFY(writeFile(path, after));
        QCOMPARE(w.upsertMemory(postWith(QStringLiteral("1"), path, QStringLiteral("photo.jpg"))),
                 UpsertResult::Added);
        QCOMPARE(w.preparer()->takenCount(), 1);
        w.finish();
        QCOMPARE(mediaSha(db, QStringLiteral("photo.jpg")), qtSha(after));
        QCOMPARE(incomingCount(db), 0);
        // The vault holds the new bytes, not the ones hashed ahead.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT vault_path FROM media WHERE sha256 IS NOT NULL")) && q.next());
        QFile stored(lib.path() + QLatin1Char('/') + q.value(0).toString());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), after);
        QVERIFY(!q.next());
    }

    void vanishedAfterPrefetchIsReported()
    {
        QTemporaryDir lib, src;
        Database db;
        QVERIFY(db.open(lib.path()));
        const QString path = src.path() + QStringLiteral("/gone.jpg");
        QVERIFY(writeFile(path, encodeImage(testPicture(30, 30, 2), "JPEG")));
        LibraryWriter w(db, src.path(), &searchIndexer());
        QVERIFY(w.begin() && w.setAccount(QStringLiteral("123456")));
        w.prefetch({path});
        QTRY_COMPARE(w.preparer()->preparedCount(), 1);
        QVERIFY(QFile::remove(path));
        QVERIFY(!w.addLooseFile(path, QStringLiteral("gone.jpg")));
        const ImportReport report = w.finish();
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().kind, QStringLiteral("vanished"));
        QCOMPARE(report.problems.first().file, path);
        QCOMPARE(report.mediaStored, 0);
        QCOMPARE(incomingCount(db), 0);
    }

    void cancelRemovesTemporaryFiles()
    {
        QTemporaryDir lib, src;
        Database db;
        QVERIFY(db.open(lib.path()));
        QStringList paths;
        for (int i = 0; i < 40; ++i) {
            paths << src.path() + QStringLiteral("/%1.bin").arg(i);
            QVERIFY(writeFile(paths.last(), randomBytes(20000, quint32(i))));
        }
        FilePreparer::Limits limits;
        limits.maxReady = 8; // the worker stops there and waits for takers that never come
        FilePreparer preparer(db, nullptr, limits);
        preparer.prefetch(paths);
        QTRY_COMPARE(preparer.preparedCount(), 8);
        QCOMPARE(incomingCount(db), 8);
        preparer.cancel();
        QCOMPARE(incomingCount(db), 0);
        QVERIFY(!preparer.take(paths.first()));
        // The import's cancel flag stops the worker too, and destroying it cleans up.
        std::atomic_bool cancelled{false};
        {
            FilePreparer second(db, &cancelled, limits);
            second.prefetch(paths);
            QTRY_VERIFY(second.preparedCount() >= 1);
            cancelled = true;
        }
        QCOMPARE(incomingCount(db), 0);
    }

    void noTemporaryFilesAfterFinish()
    {
        QTemporaryDir lib, src;
        Database db;
        QVERIFY(db.open(lib.path()));
        QStringList paths;
        for (int i = 0; i < 10; ++i) {
            paths << src.path() + QStringLiteral("/%1.png").arg(i);
            QVERIFY(writeFile(paths.last(), encodeImage(testPicture(16, 16, i), "PNG")));
        }
        LibraryWriter w(db, src.path(), &searchIndexer());
        QVERIFY(w.begin() && w.setAccount(QStringLiteral("123456")));
        w.prefetch(paths);
        QTRY_COMPARE(w.preparer()->preparedCount(), 10);
        // Only half are stored; the other half's prepared copies must not stay behind.
        for (int i = 0; i < 5; ++i)
            QVERIFY(w.addLooseFile(paths.at(i), QFileInfo(paths.at(i)).fileName()));
        QCOMPARE(w.preparer()->takenCount(), 5);
        const ImportReport report = w.finish();
        QCOMPARE(report.mediaStored, 5);
        QCOMPARE(incomingCount(db), 0);
        QCOMPARE(QDir(db.vaultDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() > 0, true);
    }

    void sameLibraryWithAndWithoutPrefetch()
    {
        QTemporaryDir src;
        const QImage picture = testPicture(48, 36, 3);
        const QByteArray jpeg = encodeImage(picture, "JPEG");
        QVERIFY(writeFile(src.path() + QStringLiteral("/a.jpg"), jpeg));
        QVERIFY(writeFile(src.path() + QStringLiteral("/a-copy.jpg"), jpeg)); // same bytes twice
        QVERIFY(writeFile(src.path() + QStringLiteral("/b.png"), encodeImage(picture, "PNG")));
        QVERIFY(writeFile(src.path() + QStringLiteral("/empty.jpg"), QByteArray()));
        QVERIFY(writeFile(src.path() + QStringLiteral("/cut.jpg"), jpeg.left(jpeg.size() / 2)));
        QVERIFY(writeFile(src.path() + QStringLiteral("/missing.jpeg"), placeholderGif()));
        QVERIFY(writeFile(src.path() + QStringLiteral("/clip.mp4"), tinyMp4(1000, 4000, 640, 360)));
        QVERIFY(writeFile(src.path() + QStringLiteral("/notes.bin"), randomBytes(3000, 9)));
        const QStringList rels{
            QStringLiteral("a.jpg"),     QStringLiteral("a-copy.jpg"), QStringLiteral("b.png"),
            QStringLiteral("empty.jpg"), QStringLiteral("cut.jpg"),    QStringLiteral("missing.jpeg"),
            QStringLiteral("clip.mp4"),  QStringLiteral("notes.bin"),  QStringLiteral("a.jpg")};
        QTemporaryDir with, without;
        QList<ImportProblem> problemsWith, problemsWithout;
        const QStringList a = importAndDump(with.path(), src.path(), rels, true, &problemsWith);
        const QStringList b = importAndDump(without.path(), src.path(), rels, false, &problemsWithout);
        QVERIFY(!a.isEmpty());
        QCOMPARE(a, b);
        QCOMPARE(problemsWith.size(), 3); // zero-byte, corrupt, placeholder
        QCOMPARE(problemsWith.size(), problemsWithout.size());
        for (int i = 0; i < problemsWith.size(); ++i) {
            QCOMPARE(problemsWith.at(i).kind, problemsWithout.at(i).kind);
            QCOMPARE(problemsWith.at(i).message, problemsWithout.at(i).message);
            QCOMPARE(problemsWith.at(i).file, problemsWithout.at(i).file);
        }
        QVERIFY(QDir(with.path() + QStringLiteral("/vault/.incoming")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFilePreparer)
#include "tst_filepreparer.moc"
