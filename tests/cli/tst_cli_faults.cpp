// SPDX-License-Identifier: GPL-3.0-or-later
// An honest import whatever the input: the real executable on damaged, unreadable and hostile
// files. Every fixture is generated here; the big hostile files only in a temporary folder.
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

using namespace ks::test;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray jpegBytes(int seed)
{
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(seed * 37 % 360, 200, 200));
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG");
    return out;
}

/// `keepsake problems --json` of @p library as "kind relative-path" lines (sorted).
QStringList problemsOf(const QString &library, const QString &root)
{
    QByteArray out;
    runKeepsake({QStringLiteral("problems"), QStringLiteral("--library"), library, QStringLiteral("--json")},
                &out);
    QStringList lines;
    const QJsonDocument doc = QJsonDocument::fromJson(out);
    QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("problems")).toArray();
    if (list.isEmpty()) { // one JSON object per line
        for (const QByteArray &line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                list.append(QJsonDocument::fromJson(line).object());
        }
    }
    for (const QJsonValue &v : std::as_const(list)) {
        QString file = v.toObject().value(QLatin1String("file")).toString();
        if (file.startsWith(root + QLatin1Char('/')))
            file = file.mid(root.size() + 1);
        lines << v.toObject().value(QLatin1String("kind")).toString() + QLatin1Char(' ') + file;
    }
    lines.sort();
    return lines;
}

int vaultFiles(const QString &library)
{
    int n = 0;
    QDirIterator it(library + QStringLiteral("/vault"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

struct Run
{
    int exitCode = -1;
    qint64 peakKb = 0; ///< VmHWM of the child, in kB
    QByteArray out;
};

/// Runs `keepsake import @p source` and follows its peak resident memory in /proc.
Run importMeasured(const QString &source, const QString &library, const QStringList &prefix = {})
{
    QProcess process;
    QStringList args = prefix;
    const QString exe = qEnvironmentVariable("KEEPSAKE_EXECUTABLE");
    QString program = exe;
    if (!prefix.isEmpty()) {
        program = prefix.first();
        args = prefix.mid(1) + QStringList{exe};
    }
    args << QStringLiteral("import") << source << QStringLiteral("--library") << library
         << QStringLiteral("--json");
    process.start(program, args);
    Run run;
    if (!process.waitForStarted())
        return run;
    // With a launcher (setpriv) the measured process is the launcher itself: it execs keepsake.
    const QString status = QStringLiteral("/proc/%1/status").arg(process.processId());
    while (!process.waitForFinished(20)) {
        QFile f(status);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                run.peakKb = qMax(run.peakKb, line.mid(6).trimmed().split(' ').first().toLongLong());
        }
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    return run;
}

/// A QZoneExport (JSON mode) account folder whose Messages/messages.json is written by @p body.
QString writeMessagesFile(const QString &root, const std::function<void(QFile &)> &body)
{
    const QString path = root + QStringLiteral("/QQ空间备份_10001/Messages/messages.json");
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    body(f);
    return path;
}

void writeRepeated(QFile &f, const QByteArray &unit, qint64 total)
{
    QByteArray block;
    while (block.size() < (1 << 20))
        block += unit;
    for (qint64 written = 0; written < total; written += block.size())
        f.write(block);
}

quint32 crc32Of(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : bytes) {
        crc ^= uchar(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xFFFFFFFFu;
}

constexpr qint64 kPeakLimitKb = 500 * 1024;

} // namespace

class TestCliFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("KEEPSAKE_EXECUTABLE").isEmpty(), "run through ctest");
    }

    void damagedFilesInAPhotoFolderAreNamedAndKept()
    {
        QTemporaryDir src;
        QTemporaryDir lib;
        const QString root = src.path();
        QVERIFY(writeFile(root + QStringLiteral("/good.jpg"), jpegBytes(1)));
        QVERIFY(writeFile(root + QStringLiteral("/two-bytes.jpg"), QByteArray("\xFF\xD8", 2)));
        QByteArray garbage;
        for (int i = 0; i < 5000; ++i)
            garbage.append(char((i * 131) ^ (i >> 2) ^ 0x9E));
        QVERIFY(writeFile(root + QStringLiteral("/garbage.mp4"), garbage));
        // An MP4 cut short: ftyp, then an mdat that claims 4096 bytes of which 100 are there.
        QByteArray cut;
        cut = QByteArray::fromHex("00000018") + "ftypisom" + QByteArray::fromHex("00000200") + "isomavc1" +
              QByteArray::fromHex("00001000") + "mdat" + QByteArray(100, 'v');
        QVERIFY(writeFile(root + QStringLiteral("/cut.mp4"), cut));
        // The same broken bytes under three names: three problems, one copy in the vault.
        const QByteArray truncated = jpegBytes(2).left(200);
        for (const char *dir : {"a", "b", "c"})
            QVERIFY(writeFile(root + QLatin1Char('/') + QLatin1String(dir) + QStringLiteral("/cut.jpg"),
                              truncated));
        QVERIFY(writeFile(root + QStringLiteral("/zero.jpg"), QByteArray()));
        QCOMPARE(::mkfifo(QFile::encodeName(root + QStringLiteral("/pipe.jpg")).constData(), 0644), 0);

        const Run run = importMeasured(root, lib.path());
        QCOMPARE(run.exitCode, 0);
        const QStringList problems = problemsOf(lib.path(), root);
        QCOMPARE(problems,
                 (QStringList{QStringLiteral("corrupt a/cut.jpg"), QStringLiteral("corrupt b/cut.jpg"),
                              QStringLiteral("corrupt c/cut.jpg"), QStringLiteral("corrupt cut.mp4"),
                              QStringLiteral("corrupt garbage.mp4"), QStringLiteral("corrupt two-bytes.jpg"),
                              QStringLiteral("skipped pipe.jpg"), QStringLiteral("zero-byte zero.jpg")}));
        // Never lose bytes: good.jpg, the truncated JPEG (once), the two MP4s and the 2-byte file.
        QCOMPARE(vaultFiles(lib.path()), 5);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QLatin1String("added")).toInt(), 1);
    }

    void aFolderThatCannotBeOpenedIsNamed()
    {
        QTemporaryDir src;
        QTemporaryDir lib;
        const QString root = src.path();
        QVERIFY(writeFile(root + QStringLiteral("/ok/photo.jpg"), jpegBytes(3)));
        QVERIFY(writeFile(root + QStringLiteral("/locked/hidden.jpg"), jpegBytes(4)));
        QVERIFY(QFile::link(root + QStringLiteral("/no-such-folder"), root + QStringLiteral("/dangling")));
        QCOMPARE(::chmod(QFile::encodeName(root + QStringLiteral("/locked")).constData(), 0), 0);
        QStringList launcher;
        if (::geteuid() == 0) {
            // Root reads a chmod 000 folder anyway: the import runs as nobody instead, so the
            // folder really cannot be opened (the other paths are opened up for nobody).
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty()) {
                if (inCi())
                    QFAIL("running as root without setpriv: cannot make an unreadable folder");
                QSKIP("running as root without setpriv: a chmod 000 folder stays readable for root");
            }
            launcher = {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                        QStringLiteral("--clear-groups")};
            for (const QString &dir : {root, root + QStringLiteral("/ok"), lib.path()})
                QFile::setPermissions(dir, QFileDevice::Permissions(0x7777));
            QFile::setPermissions(root + QStringLiteral("/ok/photo.jpg"), QFileDevice::Permissions(0x4444));
        }
        const Run run = importMeasured(root, lib.path(), launcher);
        ::chmod(QFile::encodeName(root + QStringLiteral("/locked")).constData(), 0755);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QLatin1String("added")).toInt(), 1);
        QStringList problems;
        for (const QJsonValue &p : report.value(QLatin1String("problems")).toArray()) {
            QString file = p.toObject().value(QLatin1String("file")).toString();
            problems << p.toObject().value(QLatin1String("kind")).toString() + QLatin1Char(' ') +
                            file.mid(root.size() + 1);
        }
        problems.sort();
        QCOMPARE(problems,
                 (QStringList{QStringLiteral("unreadable dangling"), QStringLiteral("unreadable locked")}));
    }

    void oneHugeTextInADataFileStaysBounded_data()
    {
        QTest::addColumn<qint64>("textBytes");
        QTest::addColumn<int>("texts");
        QTest::newRow("one 600 MB text") << (qint64(600) << 20) << 1;
        QTest::newRow("six 50 MB texts") << (qint64(50) << 20) << 6;
    }

    void oneHugeTextInADataFileStaysBounded()
    {
        QFETCH(qint64, textBytes);
        QFETCH(int, texts);
        QTemporaryDir src;
        QTemporaryDir lib;
        const QString file = writeMessagesFile(src.path(), [&](QFile &f) {
            f.write("[");
            for (int i = 0; i < texts; ++i) {
                f.write(QStringLiteral("{\"tid\":\"t%1\",\"uin\":10001,\"created_time\":%2,\"content\":\"")
                            .arg(i)
                            .arg(1400000000 + i * 100)
                            .toUtf8());
                writeRepeated(f, QByteArrayLiteral("长文字\\n"), textBytes);
                f.write("\"},");
            }
            f.write("{\"tid\":\"short\",\"uin\":10001,\"created_time\":1500000000,\"content\":\"短\"}]");
        });
        QVERIFY(!file.isEmpty());
        const Run run = importMeasured(src.path(), lib.path());
        qInfo("peak resident memory: %lld MB", run.peakKb / 1024);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.peakKb > 0 && run.peakKb < kPeakLimitKb, qPrintable(QString::number(run.peakKb)));
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QLatin1String("added")).toInt(), texts + 1);
        int cuts = 0;
        for (const QJsonValue &p : report.value(QLatin1String("problems")).toArray()) {
            if (p.toObject().value(QLatin1String("kind")).toString() == QLatin1String("too-large") &&
                p.toObject().value(QLatin1String("file")).toString() == file)
                ++cuts;
        }
        QCOMPARE(cuts, texts);
        // The whole data file is kept in the vault as it is.
        bool kept = false;
        QDirIterator it(lib.path() + QStringLiteral("/vault"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            kept = QFileInfo(it.next()).size() == QFileInfo(file).size() || kept;
        QVERIFY(kept);
    }

    void aPngThatClaimsAHugePictureStaysBounded()
    {
        QTemporaryDir src;
        QTemporaryDir lib;
        // A 60000 × 60000 PNG header, an IDAT chunk that claims 2 GB, about 1.6 KB in all.
        auto chunk = [](const QByteArray &type, const QByteArray &data, quint32 claimed) {
            QByteArray out;
            for (int s = 24; s >= 0; s -= 8)
                out.append(char((claimed >> s) & 0xFF));
            out += type + data;
            const quint32 crc = crc32Of(type + data);
            for (int s = 24; s >= 0; s -= 8)
                out.append(char((crc >> s) & 0xFF));
            return out;
        };
        QByteArray ihdr = QByteArray::fromHex("0000EA600000EA60") + QByteArray::fromHex("0806000000");
        QByteArray png = QByteArray("\x89PNG\r\n\x1A\n", 8) + chunk("IHDR", ihdr, 13) +
                         chunk("IDAT", QByteArray(1500, '\0'), 0x7FFFFFF0u) + chunk("IEND", QByteArray(), 0);
        QVERIFY(writeFile(src.path() + QStringLiteral("/huge.png"), png));
        QVERIFY(writeFile(src.path() + QStringLiteral("/good.jpg"), jpegBytes(5)));
        const Run run = importMeasured(src.path(), lib.path());
        qInfo("peak resident memory: %lld MB", run.peakKb / 1024);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.peakKb > 0 && run.peakKb < kPeakLimitKb, qPrintable(QString::number(run.peakKb)));
        // Both files are kept; good.jpg is a photo whatever the PNG is.
        QCOMPARE(vaultFiles(lib.path()), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
