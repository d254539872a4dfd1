// SPDX-License-Identifier: GPL-3.0-or-later
// Two imports into one library at once wait for each other (and say so) instead of failing;
// Ctrl-C and SIGTERM cancel an import honestly (exit 130/143, what was complete kept, a rerun
// finishes the job); files an interrupted import left in vault/.incoming are cleaned up.
#include "library/importlock.h"
#include "testsupport.h"

#include <QBuffer>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace ks;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

/// A small real JPEG, different for every @p seed.
QByteArray jpeg(int seed)
{
    QImage image(24, 24, QImage::Format_RGB32);
    image.fill(QColor::fromRgb(QRandomGenerator(uint(seed)).generate()));
    image.setPixel(seed % 24, (seed / 24) % 24, qRgb(seed % 256, 0, 255));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

/// A QZoneExport JSON-mode export of account @p uin with @p posts 说说, each with a picture.
QString writeExport(const QString &base, const QString &uin, int posts)
{
    const QString root = base + QStringLiteral("/QQ空间备份_") + uin;
    QByteArray items;
    for (int i = 0; i < posts; ++i) {
        if (i)
            items += ',';
        items += QStringLiteral("{\"tid\":\"%1t%2\",\"uin\":%1,\"name\":\"我\",\"content\":\"第%2条说说\","
                                "\"created_time\":%3,\"custom_images\":[{\"custom_filepath\":\"images/"
                                "P%2.jpeg\"}]}")
                     .arg(uin)
                     .arg(i)
                     .arg(1300000000 + i * 3600)
                     .toUtf8();
        writeFile(root + QStringLiteral("/Messages/images/P%1.jpeg").arg(i), jpeg(i));
    }
    writeFile(root + QStringLiteral("/Messages/messages.json"), "[" + items + "]");
    return root;
}

/// Everything @p process wrote to stderr so far is in @p seen; true once it contains @p text.
bool saidSoFar(QProcess *process, QByteArray &seen, const QString &text)
{
    seen += process->readAllStandardError();
    return QString::fromUtf8(seen).contains(text);
}

/// Sends @p number to @p process only while it runs: kill(0, …) would signal this whole
/// process group (the test runner too).
void signalProcess(QProcess *process, int number)
{
    const qint64 pid = process->processId();
    if (pid > 0 && process->state() == QProcess::Running)
        ::kill(pid_t(pid), number);
}

QProcess *startImport(const QString &source, const QString &library, QObject *parent)
{
    auto *process = new QProcess(parent);
    process->start(
        qEnvironmentVariable("KEEPSAKE_EXECUTABLE"),
        {QStringLiteral("import"), source, QStringLiteral("--library"), library, QStringLiteral("--json")});
    return process;
}

int postsIn(const QString &library)
{
    QByteArray out;
    test::runKeepsake(
        {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--library"), library}, &out);
    return QJsonDocument::fromJson(out)
        .object()
        .value(QLatin1String("memories"))
        .toObject()
        .value(QLatin1String("post"))
        .toInt();
}

bool integrityOk(const QString &library)
{
    QByteArray out;
    return test::runKeepsake({QStringLiteral("verify"), QStringLiteral("--library"), library}, &out) == 0;
}

} // namespace

class TestCliConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFileInfo(qEnvironmentVariable("KEEPSAKE_EXECUTABLE")).isExecutable()); }

    void secondImportWaitsAndSaysSo()
    {
        QTemporaryDir source, library;
        const QString exportRoot = writeExport(source.path(), QStringLiteral("10001"), 20);
        QVERIFY(test::runKeepsake({QStringLiteral("stats"), QStringLiteral("--library"), library.path()}) ==
                0);
        // This test plays the first import: it holds the library's import lock.
        auto lock = std::make_unique<ImportLock>(library.path());
        QVERIFY(lock->acquire(nullptr, {}));
        QProcess *second = startImport(exportRoot, library.path(), this);
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT(
            saidSoFar(second, said, QStringLiteral("another import into this library is running")), 20000);
        QCOMPARE(second->state(), QProcess::Running); // waiting, not failing
        lock.reset();
        QVERIFY(second->waitForFinished(60000));
        QCOMPARE(second->exitCode(), 0);
        QCOMPARE(postsIn(library.path()), 20);
    }

    void twoRealImportsAtOnceBothComplete()
    {
        QTemporaryDir sources, library;
        const QString first =
            writeExport(sources.path() + QStringLiteral("/a"), QStringLiteral("10001"), 150);
        const QString second =
            writeExport(sources.path() + QStringLiteral("/b"), QStringLiteral("20002"), 150);
        QProcess *a = startImport(first, library.path(), this);
        QProcess *b = startImport(second, library.path(), this);
        QVERIFY(a->waitForFinished(120000));
        QVERIFY(b->waitForFinished(120000));
        QVERIFY2(a->exitCode() == 0, a->readAllStandardError().constData());
        QVERIFY2(b->exitCode() == 0, b->readAllStandardError().constData());
        for (QProcess *p : {a, b}) {
            const QJsonObject report = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
            QCOMPARE(report.value(QLatin1String("added")).toInt(), 150);
            QCOMPARE(report.value(QLatin1String("problems")).toArray().size(), 0); // no "database is locked"
        }
        QCOMPARE(postsIn(library.path()), 300);
        QVERIFY(integrityOk(library.path()));
    }

    void signalWhileWaitingCancels_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("Ctrl-C") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
    }
    void signalWhileWaitingCancels()
    {
        QFETCH(int, signalNumber);
        QTemporaryDir source, library;
        const QString exportRoot = writeExport(source.path(), QStringLiteral("10001"), 5);
        QVERIFY(test::runKeepsake({QStringLiteral("stats"), QStringLiteral("--library"), library.path()}) ==
                0);
        ImportLock lock(library.path());
        QVERIFY(lock.acquire(nullptr, {}));
        QProcess *waiting = startImport(exportRoot, library.path(), this);
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT(saidSoFar(waiting, said, QStringLiteral("waiting")), 20000);
        signalProcess(waiting, signalNumber);
        QVERIFY(waiting->waitForFinished(20000));
        QCOMPARE(waiting->exitStatus(), QProcess::NormalExit); // handled, not killed
        QCOMPARE(waiting->exitCode(), 128 + signalNumber);
        const QJsonObject report = QJsonDocument::fromJson(waiting->readAllStandardOutput()).object();
        QCOMPARE(report.value(QLatin1String("cancelled")).toBool(), true);
        QCOMPARE(postsIn(library.path()), 0);
    }

    void signalDuringImportKeepsWhatIsCompleteAndARerunFinishes()
    {
        QTemporaryDir source, library;
        const QString exportRoot = writeExport(source.path(), QStringLiteral("10001"), 600);
        QProcess *import = startImport(exportRoot, library.path(), this);
        QVERIFY(import->waitForStarted());
        // Signal once the import is under way (pictures arrive in the vault), not while Qt starts.
        const auto importing = [&] {
            return import->state() != QProcess::Running || !QDir(library.path() + QStringLiteral("/vault"))
                                                                .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                                                                .isEmpty();
        };
        QTRY_VERIFY_WITH_TIMEOUT(importing(), 60000);
        signalProcess(import, SIGTERM);
        QVERIFY(import->waitForFinished(60000));
        QCOMPARE(import->exitStatus(), QProcess::NormalExit);
        const QJsonObject report = QJsonDocument::fromJson(import->readAllStandardOutput()).object();
        if (import->exitCode() == 143) {
            QCOMPARE(report.value(QLatin1String("cancelled")).toBool(), true);
            // What the report counts as added is what the library holds.
            QCOMPARE(postsIn(library.path()), report.value(QLatin1String("added")).toInt());
        } else {
            QCOMPARE(import->exitCode(), 0); // it finished before the signal arrived
        }
        QVERIFY(integrityOk(library.path()));
        QCOMPARE(test::runKeepsake(
                     {QStringLiteral("import"), exportRoot, QStringLiteral("--library"), library.path()}),
                 0);
        QCOMPARE(postsIn(library.path()), 600);
        QVERIFY(integrityOk(library.path()));
    }

    void leftoversOfAnInterruptedImportAreRemoved()
    {
        QTemporaryDir source, library;
        const QString exportRoot = writeExport(source.path(), QStringLiteral("10001"), 3);
        QCOMPARE(test::runKeepsake(
                     {QStringLiteral("import"), exportRoot, QStringLiteral("--library"), library.path()}),
                 0);
        const QString incoming = library.path() + QStringLiteral("/vault/.incoming");
        auto plant = [&] {
            for (int i = 0; i < 5; ++i)
                writeFile(incoming + QStringLiteral("/half-written-%1").arg(i), QByteArray(1000, 'h'));
        };
        plant();
        QByteArray out;
        QCOMPARE(test::runKeepsake({QStringLiteral("verify"), QStringLiteral("--json"),
                                    QStringLiteral("--library"), library.path()},
                                   &out),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out)
                     .object()
                     .value(QLatin1String("interrupted_import_files_removed"))
                     .toInt(),
                 5);
        QVERIFY(QDir(incoming).entryList(QDir::Files | QDir::Hidden).isEmpty());
        // The next import cleans them too; while an import runs, verify leaves them alone.
        plant();
        QCOMPARE(test::runKeepsake(
                     {QStringLiteral("import"), exportRoot, QStringLiteral("--library"), library.path()}),
                 0);
        QVERIFY(QDir(incoming).entryList(QDir::Files | QDir::Hidden).isEmpty());
        plant();
        ImportLock running(library.path());
        QVERIFY(running.acquire(nullptr, {}));
        QCOMPARE(test::runKeepsake({QStringLiteral("verify"), QStringLiteral("--library"), library.path()}),
                 0);
        QCOMPARE(QDir(incoming).entryList(QDir::Files | QDir::Hidden).size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestCliConcurrency)
#include "tst_cli_concurrency.moc"
