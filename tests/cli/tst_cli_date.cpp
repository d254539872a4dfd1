// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake date as a person runs it: set, shift, camera, show and undo on a real library; the
// corrected date is what list --json and export photos use, the original is kept, a wrong key
// changes nothing.
#include "../core/tst_export_fixture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ks;

class TestCliDate : public QObject
{
    Q_OBJECT

private:
    test::ExportFixture m_fx;
    QTemporaryDir m_out;

    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        return test::runKeepsake(args + QStringList{QStringLiteral("--library"), m_fx.library.path()}, out,
                                 err);
    }

    // The list --json object of @p key.
    QJsonObject listed(const QString &key)
    {
        QByteArray out;
        if (run({QStringLiteral("list"), QStringLiteral("--json")}, &out) != 0)
            return {};
        for (const QByteArray &line : out.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("key")).toString() == key)
                return o;
        }
        return {};
    }

    QString createdOf(const QString &key) { return listed(key).value(QStringLiteral("created")).toString(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.build());
        m_fx.db.close();
    }

    void shiftSetShowUndo()
    {
        const QString key = QStringLiteral("post:2011");
        QCOMPARE(createdOf(key), QStringLiteral("2011-05-05T08:00:00+08:00"));
        QByteArray out;
        QByteArray err;
        QCOMPARE(run({QStringLiteral("date"), QStringLiteral("shift"), key, QStringLiteral("--by"),
                      QStringLiteral("+1y")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains("Changed the date of 1 memory."), out.constData());
        QCOMPARE(createdOf(key), QStringLiteral("2012-05-05T08:00:00+08:00"));
        QCOMPARE(listed(key).value(QStringLiteral("original_created")).toString(),
                 QStringLiteral("2011-05-05T08:00:00+08:00"));

        // A negative shift written as the option's own value, and the JSON report.
        QCOMPARE(run({QStringLiteral("date"), QStringLiteral("shift"), key, QStringLiteral("--by=-8h"),
                      QStringLiteral("--json")},
                     &out),
                 0);
        const QJsonObject report = QJsonDocument::fromJson(out.trimmed()).object();
        QCOMPARE(report.value(QStringLiteral("changed")).toInt(), 1);
        QVERIFY(report.value(QStringLiteral("ok")).toBool());
        QCOMPARE(createdOf(key), QStringLiteral("2012-05-05T00:00:00+08:00"));

        QCOMPARE(
            run({QStringLiteral("date"), QStringLiteral("set"), key, QStringLiteral("2010-01-02 03:04")}), 0);
        QCOMPARE(createdOf(key), QStringLiteral("2010-01-02T03:04:00+08:00"));
        QCOMPARE(run({QStringLiteral("date"), QStringLiteral("show"), key}, &out), 0);
        QVERIFY2(out.contains("2010-01-02T03:04:00+08:00") && out.contains("2011-05-05T08:00:00+08:00"),
                 out.constData());

        // Undo, step by step, back to the source's date: no longer corrected.
        for (const char *expected :
             {"2012-05-05T00:00:00+08:00", "2012-05-05T08:00:00+08:00", "2011-05-05T08:00:00+08:00"}) {
            QCOMPARE(run({QStringLiteral("date"), QStringLiteral("undo")}, &out), 0);
            QCOMPARE(createdOf(key), QString::fromLatin1(expected));
        }
        QVERIFY(!listed(key).contains(QStringLiteral("original_created")));
        QCOMPARE(run({QStringLiteral("date"), QStringLiteral("undo")}, nullptr, &err), 1);
        QVERIFY2(err.contains("no date change to undo"), err.constData());
    }

    void aWrongKeyChangesNothing()
    {
        QByteArray err;
        QCOMPARE(run({QStringLiteral("date"), QStringLiteral("shift"), QStringLiteral("post:2011"),
                      QStringLiteral("post:nope"), QStringLiteral("--by"), QStringLiteral("+1d")},
                     nullptr, &err),
                 1);
        QVERIFY2(err.contains("post:nope") && err.contains("nothing was changed"), err.constData());
        QCOMPARE(createdOf(QStringLiteral("post:2011")), QStringLiteral("2011-05-05T08:00:00+08:00"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no action") << QStringList{QStringLiteral("date")};
        QTest::newRow("unknown action")
            << QStringList{QStringLiteral("date"), QStringLiteral("move"), QStringLiteral("post:2011")};
        QTest::newRow("bad offset") << QStringList{QStringLiteral("date"), QStringLiteral("shift"),
                                                   QStringLiteral("post:2011"), QStringLiteral("--by"),
                                                   QStringLiteral("soon")};
        QTest::newRow("shift without --by")
            << QStringList{QStringLiteral("date"), QStringLiteral("shift"), QStringLiteral("post:2011")};
        QTest::newRow("bad date") << QStringList{QStringLiteral("date"), QStringLiteral("set"),
                                                 QStringLiteral("post:2011"), QStringLiteral("2012-02-30")};
        QTest::newRow("set without keys")
            << QStringList{QStringLiteral("date"), QStringLiteral("set"), QStringLiteral("2012-02-03")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QByteArray err;
        QCOMPARE(run(args, nullptr, &err), 2);
        QVERIFY2(err.contains("usage: keepsake date"), err.constData());
        QCOMPARE(createdOf(QStringLiteral("post:2011")), QStringLiteral("2011-05-05T08:00:00+08:00"));
    }

    void photoExportUsesTheCorrectedDate()
    {
        QCOMPARE(run({QStringLiteral("date"), QStringLiteral("set"), QStringLiteral("photo:3"),
                      QStringLiteral("2009-09-09 09:09")}),
                 0);
        QByteArray out;
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("photos"),
                      m_out.filePath(QStringLiteral("photos")), QStringLiteral("--json")},
                     &out),
                 0);
        bool seen = false;
        const QJsonArray files =
            QJsonDocument::fromJson(out).object().value(QStringLiteral("files")).toArray();
        for (const QJsonValue &file : files) {
            const QJsonObject o = file.toObject();
            if (o.value(QStringLiteral("memory")).toString() != QLatin1String("photo:3"))
                continue;
            seen = true;
            QCOMPARE(o.value(QStringLiteral("date_source")).toString(), QStringLiteral("corrected"));
            QVERIFY2(o.value(QStringLiteral("date")).toString().startsWith(QLatin1String("2009-09-09T09:09")),
                     qPrintable(o.value(QStringLiteral("date")).toString()));
            QVERIFY(o.value(QStringLiteral("path")).toString().contains(QLatin1String("2009-09-09 09-09")));
        }
        QVERIFY2(seen, out.constData());
        QCOMPARE(run({QStringLiteral("date"), QStringLiteral("undo")}), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliDate)
#include "tst_cli_date.moc"
