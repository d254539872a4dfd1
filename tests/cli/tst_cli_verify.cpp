// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake verify finds a vault file that went missing, changed size or changed content.
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ks::test;

class TestCliVerify : public QObject
{
    Q_OBJECT

private:
    static QJsonObject verify(const QString &lib, int expectedExit)
    {
        QByteArray out;
        const int code = runKeepsake(
            {QStringLiteral("verify"), QStringLiteral("--library"), lib, QStringLiteral("--json")}, &out);
        if (code != expectedExit)
            qWarning("verify exited %d: %s", code, out.constData());
        return code == expectedExit ? QJsonDocument::fromJson(out).object() : QJsonObject();
    }

private slots:
    void findsDamage()
    {
        QTemporaryDir src;
        QTemporaryDir lib;
        for (int i = 0; i < 3; ++i) {
            QImage image(16, 16, QImage::Format_RGB32);
            image.fill(QColor::fromHsv(i * 90, 200, 200));
            QVERIFY(image.save(src.path() + QStringLiteral("/photo%1.png").arg(i)));
        }
        QCOMPARE(runKeepsake({QStringLiteral("import"), src.path(), QStringLiteral("--library"), lib.path(),
                              QStringLiteral("--json")}),
                 0);
        QJsonObject report = verify(lib.path(), 0);
        QCOMPARE(report.value(QStringLiteral("checked")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);

        QStringList files;
        QDirIterator it(lib.path() + QStringLiteral("/vault"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
        QCOMPARE(files.size(), 3);
        // Same size, other content: only the full check can tell.
        QFile changed(files.at(0));
        QVERIFY(changed.open(QIODevice::ReadWrite));
        changed.seek(changed.size() - 1);
        const char last = changed.read(1).at(0);
        changed.seek(changed.size() - 1);
        changed.write(QByteArray(1, char(last ^ 0x5a)));
        changed.close();
        QVERIFY(QFile::remove(files.at(1)));
        QFile stray(lib.path() + QStringLiteral("/vault/00/stray.bin"));
        QDir().mkpath(lib.path() + QStringLiteral("/vault/00"));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write("x");
        stray.close();

        report = verify(lib.path(), 1);
        QStringList kinds;
        for (const QJsonValue &issue : report.value(QStringLiteral("issues")).toArray())
            kinds << issue.toObject().value(QStringLiteral("kind")).toString();
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("hash-mismatch"), QStringLiteral("missing-file"),
                                     QStringLiteral("unreferenced")}));

        // The quick check sees the missing file but not the silent change.
        QByteArray out;
        QCOMPARE(runKeepsake({QStringLiteral("verify"), QStringLiteral("--quick"),
                              QStringLiteral("--library"), lib.path(), QStringLiteral("--json")},
                             &out),
                 1);
        QVERIFY(!out.contains("hash-mismatch"));
        QVERIFY(out.contains("missing-file"));
    }
};

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
