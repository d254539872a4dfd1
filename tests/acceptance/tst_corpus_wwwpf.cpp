// SPDX-License-Identifier: GPL-3.0-or-later
// The wwwpf/QzoneExporter sample of the corpus, imported through the CLI, against EXPECTED.json.
#include "corpuslibrary.h"
#include "library/database.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;

namespace {

using test::CorpusLibrary;
using test::localTime;
using test::mediaCount;
using test::perYear;
using test::sumComments;
using test::sumMedia;

} // namespace

class TestCorpusWwwpf : public QObject
{
    Q_OBJECT

private:
    QString m_corpus;
    QJsonObject m_expected;

private slots:
    void initTestCase()
    {
        m_corpus = test::corpusDir();
        if (m_corpus.isEmpty()) {
            if (test::inCi())
                QFAIL("the sample corpus (../shared/corpus) is missing");
            QSKIP("sample corpus not available");
        }
        QFile file(m_corpus + QStringLiteral("/EXPECTED.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_expected = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!m_expected.isEmpty());
    }

    void importsEveryFact()
    {
        const QJsonObject info = m_expected.value(QLatin1String("sources"))
                                     .toObject()
                                     .value(QLatin1String("wwwpf-qzoneexporter"))
                                     .toObject();
        const QJsonObject counts = info.value(QLatin1String("counts")).toObject();
        auto expect = [&](const char *key) {
            return counts.value(QLatin1String(key)).toInt();
        };
        const QString path = m_corpus + QLatin1Char('/') + info.value(QLatin1String("path")).toString();
        const auto before = test::snapshotTree(path);
        QVERIFY(!before.isEmpty());

        CorpusLibrary lib;
        const QJsonObject report = lib.import(path);
        QCOMPARE(report.value(QLatin1String("failed")).toBool(), false);
        QCOMPARE(report.value(QLatin1String("formats")).toArray(), QJsonArray{QStringLiteral("wwwpf")});

        const QJsonObject stats = lib.stats();
        const QJsonObject memories = stats.value(QLatin1String("memories")).toObject();
        QCOMPARE(memories.value(QLatin1String("post")).toInt(), expect("posts"));
        QCOMPARE(memories.value(QLatin1String("board")).toInt(), expect("board_messages"));
        QCOMPARE(memories.value(QLatin1String("album")).toInt(), expect("albums"));
        QCOMPARE(memories.value(QLatin1String("photo")).toInt(), expect("photos"));
        QCOMPARE(stats.value(QLatin1String("tags")).toInt(), expect("tags"));
        QCOMPARE(lib.scalar(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post' AND "
                                           "json_extract(extra_json, '$.repost') IS NOT NULL"))
                     .toInt(),
                 expect("reposts"));
        QCOMPARE(lib.scalar(QStringLiteral("SELECT nickname FROM accounts WHERE uin = ?"),
                            {info.value(QLatin1String("account")).toString()})
                     .toString(),
                 QStringLiteral("芷炫"));

        const QList<QJsonObject> posts = lib.list(QStringLiteral("post"));
        const QList<QJsonObject> boards = lib.list(QStringLiteral("board"));
        const QList<QJsonObject> photos = lib.list(QStringLiteral("photo"));
        QCOMPARE(sumMedia(posts, QStringLiteral("image")), expect("post_images"));
        QCOMPARE(sumMedia(posts, QStringLiteral("image"), QStringLiteral("ok")),
                 expect("post_images_with_file"));
        int withFile = 0;
        for (const QJsonObject &p : photos)
            withFile += mediaCount(p, QStringLiteral("image"), QStringLiteral("ok")) > 0;
        QCOMPARE(withFile, expect("photos_with_file"));
        // Every downloaded photo is linked by its <picKey><ext> name, under its album.
        for (const QJsonObject &p : photos) {
            const QString key = p.value(QLatin1String("key")).toString();
            const QString rel =
                lib.scalar(QStringLiteral("SELECT mm.source_path FROM memory_media mm JOIN memories m "
                                          "ON m.id = mm.memory_id WHERE m.key = ?"),
                           {key})
                    .toString();
            QVERIFY2(rel.startsWith(QStringLiteral("photo/我家的猫_VFmnnQ85RYcrUP/downloaded/") + key.mid(6)),
                     qPrintable(rel));
            QCOMPARE(
                lib.scalar(QStringLiteral("SELECT a.name FROM memories m JOIN albums a ON a.id = m.album_id "
                                          "WHERE m.key = ?"),
                           {key})
                    .toString(),
                QStringLiteral("我家的猫"));
        }

        const QJsonObject comments = counts.value(QLatin1String("comments")).toObject();
        QCOMPARE(sumComments(posts), comments.value(QLatin1String("posts")).toInt());
        QCOMPARE(sumComments(boards), expect("board_replies"));

        const QJsonObject years = info.value(QLatin1String("per_year")).toObject();
        QCOMPARE(perYear(posts), years.value(QLatin1String("posts")).toObject());
        QCOMPARE(perYear(boards), years.value(QLatin1String("board_messages")).toObject());

        // Same spot checks as the QZoneExport copy of this account, where wwwpf has the item.
        const QHash<QString, QJsonObject> byKey = lib.byKey(QStringLiteral("post"));
        const QJsonObject repost = byKey.value(QStringLiteral("post:9e238e51c241db181edb27f5"));
        QCOMPARE(localTime(repost.value(QLatin1String("created"))), QStringLiteral("2008-03-02 19:03:21"));
        QCOMPARE(repost.value(QLatin1String("comments")).toInt(), 8);
        QCOMPARE(
            lib.scalar(QStringLiteral(
                           "SELECT json_extract(extra_json, '$.repost.uin') FROM memories WHERE key = ?"),
                       {QStringLiteral("post:9e238e51c241db181edb27f5")})
                .toString(),
            QStringLiteral("2288173397"));
        const QJsonObject board = lib.byKey(QStringLiteral("board")).value(QStringLiteral("board:24"));
        QCOMPARE(board.value(QLatin1String("author")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("猫猫"));
        QCOMPARE(board.value(QLatin1String("comments")).toInt(), 2);

        // Post pictures were never downloaded: links only, which is not a problem with the folder.
        QCOMPARE(stats.value(QLatin1String("problems")).toInt(), 0);

        const QJsonObject again = lib.import(path);
        QCOMPARE(again.value(QLatin1String("added")).toInt(), 0);
        QCOMPARE(lib.stats(), stats);
        QCOMPARE(test::snapshotTree(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCorpusWwwpf)
#include "tst_corpus_wwwpf.moc"
