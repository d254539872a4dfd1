// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as a user runs it: the real executable, its output and exit codes.
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ks::test;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("KEEPSAKE_EXECUTABLE").isEmpty(), "run through ctest");
    }

    void versionAndHelp()
    {
        QByteArray out;
        QCOMPARE(runKeepsake({QStringLiteral("--version")}, &out), 0);
        QVERIFY2(out.startsWith("keepsake 0."), out.constData());
        QCOMPARE(runKeepsake({QStringLiteral("--help")}, &out), 0);
        for (const char *word : {"stats", "import", "list", "problems", "--library", "--json"})
            QVERIFY2(out.contains(word), word);
    }

    void statsShapeOnAnEmptyLibrary()
    {
        QTemporaryDir lib;
        QByteArray out;
        QCOMPARE(runKeepsake({QStringLiteral("stats"), QStringLiteral("--library"), lib.path(),
                              QStringLiteral("--json")},
                             &out),
                 0);
        QCOMPARE(
            out.trimmed(),
            QByteArray("{\"memories\":{\"post\":0,\"blog\":0,\"diary\":0,\"photo\":0,\"album\":0,\"video\":0,"
                       "\"board\":0,\"favorite\":0,\"share\":0,\"visit\":0},\"comments\":0,\"people\":0,"
                       "\"media\":{\"files\":0,\"missing\":0,\"bytes\":0},\"tags\":0,\"years\":{},"
                       "\"problems\":0,\"counts\":{\"memories\":0,\"photos\":0,\"videos\":0}}"));
        QVERIFY(QFileInfo::exists(lib.path() + QStringLiteral("/keepsake.db")));
    }

    void libraryFromTheEnvironment()
    {
        QTemporaryDir lib;
        qputenv("KEEPSAKE_LIBRARY", lib.path().toUtf8());
        QByteArray out;
        const int code = runKeepsake({QStringLiteral("stats"), QStringLiteral("--json")}, &out);
        qunsetenv("KEEPSAKE_LIBRARY");
        QCOMPARE(code, 0);
        QVERIFY(QFileInfo::exists(lib.path() + QStringLiteral("/keepsake.db")));
        QVERIFY(QJsonDocument::fromJson(out).isObject());
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("expected");
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("frobnicate")} << 2;
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("stats"), QStringLiteral("--bogus")} << 2;
        QTest::newRow("import without a path") << QStringList{QStringLiteral("import")} << 2;
        QTest::newRow("import of nothing")
            << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent/x")} << 1;
        QTest::newRow("list with a bad kind")
            << QStringList{QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("tweet")} << 2;
        QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("--json")} << 0;
        QTest::newRow("problems") << QStringList{QStringLiteral("problems"), QStringLiteral("--json")} << 0;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, expected);
        QTemporaryDir lib;
        QByteArray out, err;
        QCOMPARE(runKeepsake(args + QStringList{QStringLiteral("--library"), lib.path()}, &out, &err),
                 expected);
        if (expected != 0)
            QVERIFY2(!err.isEmpty(), "a failure says why on stderr");
    }

    void unusableLibraryFails()
    {
        QTemporaryDir dir;
        QFile blocker(dir.path() + QStringLiteral("/not-a-folder"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("x");
        blocker.close();
        QByteArray out, err;
        QCOMPARE(runKeepsake({QStringLiteral("stats"), QStringLiteral("--library"), blocker.fileName()}, &out,
                             &err),
                 1);
        QVERIFY(err.contains("cannot open the library"));
    }

    void importOfAFolderWithNothingInItFails()
    {
        QTemporaryDir lib;
        QTemporaryDir empty;
        QByteArray out, err;
        QCOMPARE(runKeepsake({QStringLiteral("import"), empty.path(), QStringLiteral("--library"), lib.path(),
                              QStringLiteral("--json")},
                             &out, &err),
                 1);
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QCOMPARE(report.value(QStringLiteral("failed")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("added")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
