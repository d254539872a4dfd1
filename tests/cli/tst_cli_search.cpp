// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake search and keepsake tag, through the executable: output shape and order, exit codes,
// tags showing in stats and list.
#include "import/librarywriter.h"
#include "library/database.h"
#include "search/searchindex.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

namespace {

qint64 chinaTime(const char *local)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(local), QStringLiteral("yyyy-MM-dd hh:mm:ss"));
    t.setOffsetFromUtc(kChinaUtcOffset);
    return t.toSecsSinceEpoch();
}

QList<QByteArray> lines(const QByteArray &out)
{
    QList<QByteArray> result;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            result << line;
    }
    return result;
}

} // namespace

class TestCliSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_lib;

    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        return test::runKeepsake(args + QStringList{QStringLiteral("--library"), m_lib}, out, err, 60000);
    }

private slots:
    void initTestCase()
    {
        m_lib = m_dir.path() + QStringLiteral("/lib");
        Database db;
        QVERIFY(db.open(m_lib));
        LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("123456"), QStringLiteral("芷炫")));
        const struct
        {
            const char *tid, *time, *text;
        } posts[] = {
            {"a1", "2009-06-30 20:00:00", "和同桌一起拍了毕业照"},
            {"b2", "2012-06-07 21:15:00", "毕业三年了，大家都还好吗"},
            {"c3", "2010-01-02 08:00:00", "今天下雪了"},
        };
        for (const auto &p : posts) {
            MemoryRecord r;
            r.kind = MemoryKind::Post;
            r.key = QStringLiteral("post:") + QString::fromLatin1(p.tid);
            r.created = chinaTime(p.time);
            r.text = QString::fromUtf8(p.text);
            r.author = PersonRef{QStringLiteral("123456"), QStringLiteral("芷炫")};
            r.sourceRecord = r.key.toUtf8();
            r.sourceFile = QStringLiteral("/export/m.js");
            QCOMPARE(w.upsertMemory(r), UpsertResult::Added);
        }
        w.finish();
    }

    void searchPrintsNewestFirstWithSnippets()
    {
        QByteArray out, err;
        QCOMPARE(
            run({QStringLiteral("search"), QStringLiteral("毕业"), QStringLiteral("--json")}, &out, &err), 0);
        const QList<QByteArray> found = lines(out);
        QCOMPARE(found.size(), 2);
        // The documented shape, keys in this order.
        QCOMPARE(
            QString::fromUtf8(found.at(0)),
            QStringLiteral("{\"kind\":\"post\",\"key\":\"post:b2\",\"created\":\"2012-06-07T21:15:00+08:00\","
                           "\"snippet\":\"«毕业»三年了，大家都还好吗 芷炫\"}"));
        QCOMPARE(QJsonDocument::fromJson(found.at(1)).object().value(QStringLiteral("key")).toString(),
                 QStringLiteral("post:a1"));
        // Several words are one query; filters work here too.
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("毕业"), QStringLiteral("year:2009"),
                      QStringLiteral("--json")},
                     &out),
                 0);
        QCOMPARE(lines(out).size(), 1);
        // Plain output: one line each.
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("雪")}, &out), 0);
        QVERIFY(QString::fromUtf8(out).contains(QStringLiteral("post:c3")));
    }

    void searchExitCodes()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("没有的词"), QStringLiteral("--json")}, &out),
                 0);
        QVERIFY(out.trimmed().isEmpty());
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("kind:tweet")}, &out, &err), 2);
        QVERIFY(err.contains("kind"));
        QCOMPARE(run({QStringLiteral("search")}, &out, &err), 2);
    }

    void tagAddRemoveList()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("旅行/2009 北京"),
                      QStringLiteral("--key"), QStringLiteral("post:a1"), QStringLiteral("--key"),
                      QStringLiteral("post:b2"), QStringLiteral("--json")},
                     &out, &err),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("added")).toInt(), 2);
        QCOMPARE(run({QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("旅行"),
                      QStringLiteral("--key"), QStringLiteral("post:c3")},
                     &out),
                 0);
        // An unknown key changes nothing.
        QCOMPARE(run({QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("别的"),
                      QStringLiteral("--key"), QStringLiteral("post:c3"), QStringLiteral("--key"),
                      QStringLiteral("post:nope")},
                     &out, &err),
                 2);
        QVERIFY(err.contains("post:nope"));
        QCOMPARE(run({QStringLiteral("tag"), QStringLiteral("color"), QStringLiteral("旅行"),
                      QStringLiteral("#E06C75")}),
                 0);
        QCOMPARE(run({QStringLiteral("tag"), QStringLiteral("list"), QStringLiteral("--json")}, &out), 0);
        const QList<QByteArray> tags = lines(out);
        QCOMPARE(tags.size(), 2);
        const QJsonObject travel = QJsonDocument::fromJson(tags.at(0)).object();
        QCOMPARE(travel.value(QStringLiteral("path")).toString(), QStringLiteral("旅行"));
        QCOMPARE(travel.value(QStringLiteral("count")).toInt(), 3); // its own and its child's
        QCOMPARE(travel.value(QStringLiteral("color")).toString(), QStringLiteral("#e06c75"));
        const QJsonObject beijing = QJsonDocument::fromJson(tags.at(1)).object();
        QCOMPARE(beijing.value(QStringLiteral("path")).toString(), QStringLiteral("旅行/2009 北京"));
        QCOMPARE(beijing.value(QStringLiteral("count")).toInt(), 2);
        QVERIFY(beijing.value(QStringLiteral("color")).isNull());

        // Tags show in stats, list and search.
        QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--json")}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("tags")).toInt(), 2);
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--json")}, &out), 0);
        bool seen = false;
        for (const QByteArray &line : lines(out)) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("key")).toString() == QLatin1String("post:a1")) {
                QCOMPARE(o.value(QStringLiteral("tags")).toArray(),
                         QJsonArray{QStringLiteral("旅行/2009 北京")});
                seen = true;
            }
        }
        QVERIFY(seen);
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("tag:旅行"), QStringLiteral("--json")}, &out),
                 0);
        QCOMPARE(lines(out).size(), 3);

        QCOMPARE(run({QStringLiteral("tag"), QStringLiteral("remove"), QStringLiteral("旅行/2009 北京"),
                      QStringLiteral("--key"), QStringLiteral("post:a1")},
                     &out),
                 0);
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("tag:北京"), QStringLiteral("--json")}, &out),
                 0);
        QCOMPARE(lines(out).size(), 1);
        QCOMPARE(run({QStringLiteral("tag"), QStringLiteral("remove"), QStringLiteral("没有"),
                      QStringLiteral("--key"), QStringLiteral("post:a1")},
                     &out, &err),
                 2);
        QCOMPARE(run({QStringLiteral("tag"), QStringLiteral("frobnicate")}, &out, &err), 2);
        QCOMPARE(run({QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("x")}, &out, &err),
                 2); // no keys
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
