// SPDX-License-Identifier: GPL-3.0-or-later
// The import's read boundary (ImportContext::isInsideBoundary): nothing outside the dropped
// folder is read, whichever link leads there (a file, a folder, a folder inside a folder), and
// the folders' real paths it remembers give the same answers as resolving every path anew.
#include "import/importcontext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;

class TestReadBoundary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_root;

    bool touch(const QString &path)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write("x") == 1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_root = m_tmp.filePath(QStringLiteral("export"));
        const QString outside = m_tmp.filePath(QStringLiteral("private"));
        QVERIFY(touch(m_root + QStringLiteral("/Albums/a/1.jpg")));
        QVERIFY(touch(m_root + QStringLiteral("/Albums/a/2.jpg")));
        QVERIFY(touch(outside + QStringLiteral("/secret.jpg")));
        QVERIFY(touch(outside + QStringLiteral("/deep/more.jpg")));
        QVERIFY(
            QFile::link(outside + QStringLiteral("/secret.jpg"), m_root + QStringLiteral("/Albums/a/3.jpg")));
        QVERIFY(QFile::link(outside, m_root + QStringLiteral("/Albums/b")));
        QVERIFY(QFile::link(m_root + QStringLiteral("/Albums/a"), m_root + QStringLiteral("/Albums/inside")));
    }

    void linksOutsideAreOutsideWhateverWasAskedBefore_data()
    {
        QTest::addColumn<QString>("rel");
        QTest::addColumn<bool>("inside");
        QTest::newRow("plain") << QStringLiteral("Albums/a/1.jpg") << true;
        QTest::newRow("plain-again") << QStringLiteral("Albums/a/2.jpg") << true;
        QTest::newRow("file-link-out") << QStringLiteral("Albums/a/3.jpg") << false;
        QTest::newRow("folder-link-out") << QStringLiteral("Albums/b/secret.jpg") << false;
        QTest::newRow("folder-link-out-deeper") << QStringLiteral("Albums/b/deep/more.jpg") << false;
        QTest::newRow("folder-link-in") << QStringLiteral("Albums/inside/1.jpg") << true;
        QTest::newRow("dot-dot-out") << QStringLiteral("Albums/a/../../../private/secret.jpg") << false;
        QTest::newRow("dot-dot-in") << QStringLiteral("Albums/b/../a/1.jpg") << true;
        QTest::newRow("missing") << QStringLiteral("Albums/a/none.jpg") << true; // nothing to read
    }

    void linksOutsideAreOutsideWhateverWasAskedBefore()
    {
        QFETCH(QString, rel);
        QFETCH(bool, inside);
        const QString path = m_root + QLatin1Char('/') + rel;
        // A context that has seen every folder already, and a fresh one: the same answer.
        static ImportContext seen;
        static bool warmed = false;
        if (!warmed) {
            seen.setReadBoundary(m_root);
            for (const char *each : {"Albums/a/1.jpg", "Albums/b/secret.jpg", "Albums/inside/1.jpg"})
                seen.isInsideBoundary(m_root + QLatin1Char('/') + QLatin1String(each));
            warmed = true;
        }
        ImportContext fresh;
        fresh.setReadBoundary(m_root);
        QCOMPARE(fresh.isInsideBoundary(path), inside);
        QCOMPARE(seen.isInsideBoundary(path), inside);
        QCOMPARE(seen.isInsideBoundary(path), inside); // asked twice
    }

    void aFolderReplacedByALinkIsSeenOnTheNextImport()
    {
        const QString dir = m_root + QStringLiteral("/Videos");
        QVERIFY(touch(dir + QStringLiteral("/v.mp4")));
        {
            ImportContext first;
            first.setReadBoundary(m_root);
            QVERIFY(first.isInsideBoundary(dir + QStringLiteral("/v.mp4")));
        }
        QVERIFY(QDir(dir).removeRecursively());
        QVERIFY(touch(m_tmp.filePath(QStringLiteral("private/v.mp4"))));
        QVERIFY(QFile::link(m_tmp.filePath(QStringLiteral("private")), dir));
        ImportContext second; // each import remembers folders of its own
        second.setReadBoundary(m_root);
        QVERIFY(!second.isInsideBoundary(dir + QStringLiteral("/v.mp4")));
    }
};

QTEST_GUILESS_MAIN(TestReadBoundary)
#include "tst_readboundary.moc"
