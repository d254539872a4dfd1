// SPDX-License-Identifier: GPL-3.0-or-later
// Re-importing the same tree (issue 12): files a finished import handled in this very state are
// not read again, with the same library and truthful counts; a changed or new file, a cancelled
// import, a damaged vault copy and another backup of the account still get the full work.
#include "library/database.h"
#include "library/librarystats.h"
#include "library/memorydump.h"
#include "service/importservice.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <atomic>

using namespace ks;

namespace {

/// A QZoneExport tree from the corpus' generator (the benchmark's format); empty when absent.
QString generate(const QString &out, int posts, int photos, int seed)
{
    const QString scale = test::corpusDir() + QStringLiteral("/gen/scale.py");
    if (test::corpusDir().isEmpty() || !QFile::exists(scale))
        return QString();
    QProcess p;
    p.start(QStringLiteral("python3"),
            {scale, QStringLiteral("--posts"), QString::number(posts), QStringLiteral("--photos"),
             QString::number(photos), QStringLiteral("--seed"), QString::number(seed),
             QStringLiteral("--out"), out});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return QString();
    const QJsonObject info = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    return info.value(QLatin1String("root")).toString();
}

/// Every memory as `list --json` prints it, plus the statistics: what the library holds.
QByteArray holdings(Database &db)
{
    QByteArray all;
    dumpMemories(db.connection(), QString(), [&](const QJsonObject &o) {
        all += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    });
    all += QJsonDocument(libraryStats(db.connection())).toJson(QJsonDocument::Compact);
    return all;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

void setMtimeLater(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(f.fileTime(QFileDevice::FileModificationTime).addSecs(60),
                          QFileDevice::FileModificationTime));
}

} // namespace

class ReimportSkipTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    QString m_export;

    QString freshCopy(const QString &name)
    {
        const QString to = m_work.filePath(name);
        QProcess cp;
        cp.start(QStringLiteral("cp"), {QStringLiteral("-r"), m_export, to});
        cp.waitForFinished();
        return to;
    }

private slots:
    void initTestCase()
    {
        m_export = generate(m_work.filePath(QStringLiteral("gen")), 600, 60, 1);
        if (m_export.isEmpty()) {
            if (test::inCi())
                QFAIL("../shared/corpus/gen/scale.py is needed under CI");
            QSKIP("no ../shared/corpus/gen/scale.py");
        }
    }

    void unchangedTreeIsSkippedWithTheSameResult()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        const ImportReport first = importPaths(db, {m_export});
        QVERIFY2(!first.failed, qPrintable(first.error));
        QVERIFY(first.added > 600);
        QCOMPARE(first.filesSkipped, 0);
        QCOMPARE(first.dataFilesSkipped, 0);
        const QByteArray before = holdings(db);

        const ImportReport again = importPaths(db, {m_export});
        QVERIFY2(!again.failed, qPrintable(again.error));
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        // Every record is still counted, as unchanged, though no data file was parsed.
        QCOMPARE(again.unchanged, first.added);
        QCOMPARE(again.dataFilesSkipped, 3); // messages.js, blogs.js, albums.js
        QCOMPARE(again.bytes, 0);            // and no photo was read again
        QCOMPARE(again.mediaStored, 0);
        QCOMPARE(again.problems.size(), first.problems.size());
        QCOMPARE(holdings(db), before);
    }

    void changedOrNewDataIsReadAgain()
    {
        const QString tree = freshCopy(QStringLiteral("changed"));
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        const ImportReport first = importPaths(db, {tree});
        QVERIFY(!first.failed);
        const QString blogs = tree + QStringLiteral("/Blogs/json/blogs.js");
        const QString messages = tree + QStringLiteral("/Messages/json/messages.js");

        // Same bytes, new mtime: read again (the stamp, not the content, decides).
        setMtimeLater(blogs);
        ImportReport again = importPaths(db, {tree});
        QCOMPARE(again.dataFilesSkipped, 2);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.unchanged, first.added);

        // One more post: the file is read and the post added.
        QFile f(messages);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray js = f.readAll();
        f.close();
        const qsizetype open = js.indexOf('[');
        QJsonArray posts = QJsonDocument::fromJson(js.mid(open)).array();
        QVERIFY(!posts.isEmpty());
        QJsonObject post = posts.first().toObject();
        post.insert(QStringLiteral("tid"), QStringLiteral("added-later-0001"));
        post.insert(QStringLiteral("content"), QStringLiteral("a post written after the first backup"));
        post.insert(QStringLiteral("custom_content"),
                    QStringLiteral("a post written after the first backup"));
        posts.append(post);
        js = js.left(open) + QJsonDocument(posts).toJson(QJsonDocument::Compact);
        QThread::msleep(20);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(js);
        f.close();
        again = importPaths(db, {tree});
        QVERIFY2(!again.failed, qPrintable(again.error));
        QCOMPARE(again.added, 1);
        QCOMPARE(again.dataFilesSkipped, 2); // blogs.js (remembered by the import before), albums.js
        QCOMPARE(
            count(db, QStringLiteral("SELECT count(*) FROM memories WHERE key = 'post:added-later-0001'")),
            1);

        // And the next import trusts the new state.
        again = importPaths(db, {tree});
        QCOMPARE(again.dataFilesSkipped, 3);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.unchanged, first.added + 1);
    }

    void cancelledImportIsNotTrusted_data()
    {
        QTest::addColumn<QString>("status");
        QTest::newRow("cancelled") << QStringLiteral("cancelled");
        QTest::newRow("failed") << QStringLiteral("failed");
        QTest::newRow("killed") << QStringLiteral("running");
    }

    void cancelledImportIsNotTrusted()
    {
        QFETCH(QString, status);
        QTemporaryDir plain;
        Database reference;
        QVERIFY(reference.open(plain.path()));
        const ImportReport whole = importPaths(reference, {m_export});
        QVERIFY(!whole.failed);

        // A real cancel, part-way: what it kept plus what the next import adds is the whole export.
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        std::atomic_bool cancel{false};
        const ImportReport cut =
            importPaths(db, {m_export}, &cancel, [&](const ImportReport &r, const QString &) {
                if (r.added > 0)
                    cancel = true;
            });
        QVERIFY(cut.cancelled);
        ImportReport again = importPaths(db, {m_export});
        QVERIFY2(!again.failed && !again.cancelled, qPrintable(again.error));
        QCOMPARE(cut.added + again.added, whole.added);
        QCOMPARE(holdings(db), holdings(reference));

        // An import that handled every file but did not finish (the cancel came after the last
        // file, the library failed at the end, the process was killed): none of it is trusted.
        QTemporaryDir lib2;
        Database db2;
        QVERIFY(db2.open(lib2.path()));
        QVERIFY(!importPaths(db2, {m_export}).failed);
        QVERIFY(count(db2, QStringLiteral("SELECT count(*) FROM handled_files")) > 60);
        QSqlQuery q(db2.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE imports SET status = '%1'").arg(status)));
        again = importPaths(db2, {m_export});
        QVERIFY2(!again.failed && !again.cancelled, qPrintable(again.error));
        QCOMPARE(again.dataFilesSkipped, 0);
        QCOMPARE(again.filesSkipped, 0);
        QVERIFY(again.bytes > 0);
        QCOMPARE(again.unchanged, whole.added);
        QCOMPARE(holdings(db2), holdings(reference));
        // That import finished: the next one trusts it.
        QCOMPARE(importPaths(db2, {m_export}).dataFilesSkipped, 3);
    }

    void damagedVaultFileIsStoredAgain()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        QVERIFY(!importPaths(db, {m_export}).failed);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT vault_path, size FROM media WHERE status = 'ok' AND mime LIKE "
                                      "'image/%' ORDER BY id LIMIT 3")));
        QStringList files;
        while (q.next())
            files << lib.path() + QLatin1Char('/') + q.value(0).toString();
        QCOMPARE(files.size(), 3);
        const auto bytesOf = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray good0 = bytesOf(files.at(0)), good1 = bytesOf(files.at(1)),
                         good2 = bytesOf(files.at(2));
        QVERIFY(QFile::remove(files.at(0))); // deleted
        {
            QFile f(files.at(1)); // truncated
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(good1.left(good1.size() / 2));
        }
        {
            QFile f(files.at(2)); // written over, same size
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bad = good2;
            bad[bad.size() / 2] = char(bad.at(bad.size() / 2) ^ 0x5a);
            f.write(bad);
        }
        const ImportReport again = importPaths(db, {m_export});
        QVERIFY2(!again.failed, qPrintable(again.error));
        QCOMPARE(again.dataFilesSkipped, 2); // albums.js is read: three of its photos need storing
        QCOMPARE(again.filesSkipped, 57);    // the others are not read again
        QCOMPARE(bytesOf(files.at(0)), good0);
        QCOMPARE(bytesOf(files.at(1)), good1);
        QCOMPARE(bytesOf(files.at(2)), good2);
        // And the healed copies are trusted again.
        const ImportReport third = importPaths(db, {m_export});
        QCOMPARE(third.dataFilesSkipped, 3);
        QCOMPARE(third.bytes, 0);
    }

    void changedPictureIsReadAgain()
    {
        const QString tree = freshCopy(QStringLiteral("picture"));
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        QVERIFY(!importPaths(db, {tree}).failed);
        QString photo;
        QDirIterator it(tree + QStringLiteral("/Albums"), {QStringLiteral("*.jpeg")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
        photo = it.next();
        // Other bytes at the same path: albums.js is unchanged, but its records name this file.
        {
            QFile f(photo);
            QVERIFY(f.open(QIODevice::Append));
            f.write(QByteArray(64, '\0'));
        }
        const ImportReport again = importPaths(db, {tree});
        QVERIFY2(!again.failed, qPrintable(again.error));
        QCOMPARE(again.dataFilesSkipped, 2); // messages.js, blogs.js; albums.js is read
        QCOMPARE(again.filesSkipped, 59);
        QCOMPARE(again.mediaStored, 1); // the new bytes are kept, as without the skip
        QCOMPARE(again.added, 0);
    }

    void anotherBackupStillMerges()
    {
        const QString other = generate(m_work.filePath(QStringLiteral("gen2")), 650, 70, 2);
        QVERIFY(!other.isEmpty());
        QTemporaryDir libA, libB;
        Database skipping, direct;
        QVERIFY(skipping.open(libA.path()));
        QVERIFY(direct.open(libB.path()));
        QVERIFY(!importPaths(skipping, {m_export}).failed);
        QVERIFY(importPaths(skipping, {m_export}).dataFilesSkipped > 0);
        const ImportReport merged = importPaths(skipping, {other});
        QVERIFY(!merged.failed);
        QCOMPARE(merged.dataFilesSkipped, 0);
        QVERIFY(!importPaths(direct, {m_export}).failed);
        QVERIFY(!importPaths(direct, {other}).failed);
        QCOMPARE(holdings(skipping), holdings(direct));
        QCOMPARE(count(skipping, QStringLiteral("SELECT count(*) FROM accounts")), 1);
    }
};

QTEST_GUILESS_MAIN(ReimportSkipTest)
#include "tst_reimport_skip.moc"
