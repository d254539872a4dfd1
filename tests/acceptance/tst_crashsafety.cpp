// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 an import at several points, import again: the library must equal an uninterrupted import.
#include "testsupport.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ks::test;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    QString m_source;

    static QByteArray stats(const QString &lib)
    {
        QByteArray out;
        runKeepsake({QStringLiteral("stats"), QStringLiteral("--library"), lib, QStringLiteral("--json")},
                    &out);
        return out.trimmed();
    }

    static QStringList dump(const QString &lib)
    {
        QByteArray out;
        runKeepsake({QStringLiteral("list"), QStringLiteral("--library"), lib, QStringLiteral("--json")},
                    &out);
        QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.sort();
        return lines;
    }

    static QStringList vaultFiles(const QString &lib)
    {
        QStringList files;
        QDirIterator it(lib + QStringLiteral("/vault"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.contains(QStringLiteral("/.incoming/")))
                files << QFileInfo(path).fileName();
        }
        files.sort();
        return files;
    }

private slots:
    void initTestCase()
    {
        const QString corpus = corpusDir();
        if (corpus.isEmpty()) {
            if (inCi())
                QFAIL("../shared/corpus is missing under CI");
            QSKIP("../shared/corpus is not present");
        }
        m_source = corpus + QStringLiteral("/qzoneexport-html");
    }

    void killedImportsConvergeToTheSameLibrary()
    {
        QTemporaryDir reference;
        QCOMPARE(runKeepsake({QStringLiteral("import"), m_source, QStringLiteral("--library"),
                              reference.path(), QStringLiteral("--json")}),
                 0);
        const QByteArray expectedStats = stats(reference.path());
        QVERIFY(expectedStats.contains("\"post\":"));

        QTemporaryDir crashed;
        // Kill points spread over the import; a fixed seed keeps failures reproducible.
        QRandomGenerator random(20261129);
        int killedMidway = 0;
        for (int round = 0; round < 6; ++round) {
            QProcess process;
            process.start(qEnvironmentVariable("KEEPSAKE_EXECUTABLE"),
                          {QStringLiteral("import"), m_source, QStringLiteral("--library"), crashed.path(),
                           QStringLiteral("--json")});
            QVERIFY(process.waitForStarted());
            const int delayMs = 40 + random.bounded(60 + round * 120);
            if (!process.waitForFinished(delayMs)) {
                process.kill(); // SIGKILL: no cleanup code runs
                process.waitForFinished();
                ++killedMidway;
            }
        }
        QVERIFY2(killedMidway >= 3, "most rounds should have been killed mid-import");
        QCOMPARE(runKeepsake({QStringLiteral("import"), m_source, QStringLiteral("--library"), crashed.path(),
                              QStringLiteral("--json")}),
                 0);
        QCOMPARE(stats(crashed.path()), expectedStats);
        QCOMPARE(dump(crashed.path()), dump(reference.path()));
        QCOMPARE(vaultFiles(crashed.path()), vaultFiles(reference.path()));
        // SQLite agrees the file is sound.
        QProcess check;
        check.start(QStringLiteral("sqlite3"),
                    {crashed.path() + QStringLiteral("/keepsake.db"),
                     QStringLiteral("PRAGMA integrity_check; PRAGMA foreign_key_check;")});
        if (check.waitForStarted()) {
            check.waitForFinished();
            QCOMPARE(check.readAllStandardOutput().trimmed(), QByteArray("ok"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
