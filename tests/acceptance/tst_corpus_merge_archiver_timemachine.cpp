// SPDX-License-Identifier: GPL-3.0-or-later
// Two backups of one account by two different tools: the qzone-archiver SPA export, then a
// later QZone-Time-Machine backup. EXPECTED.json's merge entry: totals, what only one side
// holds, a comment new in the second, times only one side knows, media stored once by content.
#include "corpuslibrary.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace ks;
using test::CorpusLibrary;

class TestCorpusMergeArchiverTimeMachine : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_merge;
    QString m_first;
    QString m_second;
    CorpusLibrary m_lib;
    QHash<QString, QJsonObject> m_postsBefore;
    QHash<QString, int> m_mediaBefore;
    QMap<QString, QPair<QByteArray, qint64>> m_secondTree;

    static int mediaOf(const QJsonObject &memory)
    {
        return memory.value(QLatin1String("media")).toArray().size();
    }

private slots:
    void initTestCase();
    void totals();
    void onlyOnOneSide();
    void newCommentArrives();
    void timesOnlyOneSideKnows();
    void mediaStoredOnce();
    void secondImportAgainChangesNothing();
};

void TestCorpusMergeArchiverTimeMachine::initTestCase()
{
    const QString corpus = test::corpusDir();
    if (corpus.isEmpty()) {
        if (test::inCi())
            QFAIL("the sample corpus (../shared/corpus) is missing");
        QSKIP("sample corpus not available");
    }
    QFile file(corpus + QStringLiteral("/EXPECTED.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
    m_merge = expected.value(QLatin1String("merges"))
                  .toObject()
                  .value(QLatin1String("qzone-archiver-spa+timemachine"))
                  .toObject();
    QVERIFY(!m_merge.isEmpty());
    const QJsonArray order = m_merge.value(QLatin1String("import_order")).toArray();
    QCOMPARE(order.size(), 2);
    QVERIFY(QFileInfo(qEnvironmentVariable("KEEPSAKE_EXECUTABLE")).isExecutable());
    m_first = corpus + QLatin1Char('/') + order.at(0).toString();
    m_second = corpus + QLatin1Char('/') + order.at(1).toString();
    m_secondTree = test::snapshotTree(m_second);

    QCOMPARE(m_lib.import(m_first).value(QLatin1String("failed")).toBool(), false);
    m_postsBefore = m_lib.byKey(QStringLiteral("post"));
    for (const QString &kind :
         {QStringLiteral("post"), QStringLiteral("blog"), QStringLiteral("board"), QStringLiteral("photo"),
          QStringLiteral("video"), QStringLiteral("favorite"), QStringLiteral("share")}) {
        for (const QJsonObject &m : m_lib.list(kind))
            m_mediaBefore.insert(m.value(QLatin1String("key")).toString(), mediaOf(m));
    }
    const QJsonObject report = m_lib.import(m_second);
    QCOMPARE(report.value(QLatin1String("failed")).toBool(), false);
    QCOMPARE(report.value(QLatin1String("formats")).toArray(), QJsonArray{QStringLiteral("timemachine")});
}

void TestCorpusMergeArchiverTimeMachine::totals()
{
    const QStringList mismatches =
        test::totalsMismatches(m_lib, m_merge.value(QLatin1String("totals")).toObject());
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1String("; "))));
}

void TestCorpusMergeArchiverTimeMachine::onlyOnOneSide()
{
    const QHash<QString, QJsonObject> posts = m_lib.byKey(QStringLiteral("post"));
    const QJsonObject first = m_merge.value(QLatin1String("only_in_first")).toObject();
    for (const QJsonValue &v : first.value(QLatin1String("posts")).toArray())
        QVERIFY2(posts.contains(QStringLiteral("post:") + v.toString()), qPrintable(v.toString()));
    // Recovered deleted posts: one real tid, the others under made-up "deleted_…" tids.
    for (const QJsonValue &v : first.value(QLatin1String("recovered_deleted")).toArray()) {
        const QString tid = v.toString();
        if (tid.endsWith(QChar(0x2026))) {
            const QString prefix = QStringLiteral("post:") + tid.chopped(1);
            QVERIFY2(std::any_of(posts.keyBegin(), posts.keyEnd(),
                                 [&](const QString &key) { return key.startsWith(prefix); }),
                     qPrintable(prefix));
        } else {
            QVERIFY2(posts.contains(QStringLiteral("post:") + tid), qPrintable(tid));
        }
    }
    const QJsonObject second = m_merge.value(QLatin1String("only_in_second")).toObject();
    for (const QJsonValue &v : second.value(QLatin1String("posts")).toArray()) {
        const QString key = QStringLiteral("post:") + v.toString();
        QVERIFY2(posts.contains(key), qPrintable(key));
        QVERIFY(!m_postsBefore.contains(key));
    }
    const QHash<QString, QJsonObject> boards = m_lib.byKey(QStringLiteral("board"));
    for (const QJsonValue &v : second.value(QLatin1String("board_messages")).toArray())
        QVERIFY2(boards.contains(QStringLiteral("board:") + v.toString()), qPrintable(v.toString()));
}

void TestCorpusMergeArchiverTimeMachine::newCommentArrives()
{
    const QString key =
        QStringLiteral("post:") + m_merge.value(QLatin1String("post_with_new_comment_in_second")).toString();
    QVERIFY(m_postsBefore.contains(key));
    const QJsonObject after = m_lib.byKey(QStringLiteral("post")).value(key);
    QCOMPARE(after.value(QLatin1String("comments")).toInt(),
             m_postsBefore.value(key).value(QLatin1String("comments")).toInt() + 1);
}

void TestCorpusMergeArchiverTimeMachine::timesOnlyOneSideKnows()
{
    // Time-Machine shares carry no time: the SPA's stays. The one 1970 share stays unknown.
    int known = 0, unknown = 0;
    for (const QJsonObject &share : m_lib.list(QStringLiteral("share"))) {
        const QJsonValue created = share.value(QLatin1String("created"));
        created.isNull() ? ++unknown : ++known;
        QVERIFY2(!created.toString().startsWith(QLatin1String("1970")), qPrintable(created.toString()));
    }
    QCOMPARE(unknown, 1);
    QCOMPARE(known,
             m_merge.value(QLatin1String("totals")).toObject().value(QLatin1String("shares")).toInt() - 1);
    // Blog times keep the seconds of the SPA pubtime although Time-Machine has minutes only.
    int withSeconds = 0;
    for (const QJsonObject &blog : m_lib.list(QStringLiteral("blog")))
        withSeconds += !test::localTime(blog.value(QLatin1String("created"))).endsWith(QLatin1String(":00"));
    QVERIFY2(withSeconds > 0, "every blog time was cut to the minute by the second backup");
}

void TestCorpusMergeArchiverTimeMachine::mediaStoredOnce()
{
    // The two tools name the same picture differently; the vault holds it once, and no memory
    // present in both backups gained a second copy of a picture it already had.
    QCOMPARE(m_lib
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT sha256 FROM media WHERE sha256 IS NOT "
                                        "NULL GROUP BY sha256 HAVING COUNT(*) > 1)"))
                 .toInt(),
             0);
    for (const QString &kind :
         {QStringLiteral("post"), QStringLiteral("blog"), QStringLiteral("board"), QStringLiteral("photo"),
          QStringLiteral("video"), QStringLiteral("favorite"), QStringLiteral("share")}) {
        for (const QJsonObject &m : m_lib.list(kind)) {
            const QString key = m.value(QLatin1String("key")).toString();
            if (m_mediaBefore.contains(key))
                QVERIFY2(mediaOf(m) == m_mediaBefore.value(key), qPrintable(key));
        }
    }
}

void TestCorpusMergeArchiverTimeMachine::secondImportAgainChangesNothing()
{
    const QJsonObject report = m_lib.import(m_second);
    QCOMPARE(report.value(QLatin1String("failed")).toBool(), false);
    QCOMPARE(report.value(QLatin1String("added")).toInt(), 0);
    QCOMPARE(report.value(QLatin1String("updated")).toInt(), 0);
    const QStringList mismatches =
        test::totalsMismatches(m_lib, m_merge.value(QLatin1String("totals")).toObject());
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1String("; "))));
    QCOMPARE(test::snapshotTree(m_second), m_secondTree);
}

QTEST_GUILESS_MAIN(TestCorpusMergeArchiverTimeMachine)
#include "tst_corpus_merge_archiver_timemachine.moc"
