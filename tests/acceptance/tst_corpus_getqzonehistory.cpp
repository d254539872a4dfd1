// SPDX-License-Identifier: GPL-3.0-or-later
// The GetQzonehistory sample export through the CLI, alone and after the QZoneExport backup of
// the same account, against the corpus's EXPECTED.json.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks::test;

namespace {

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

/// The memories `keepsake list --json` prints, one JSON object a line.
QList<QJsonObject> listMemories(const QString &library, const QString &kind)
{
    QByteArray out;
    QList<QJsonObject> memories;
    if (runKeepsake({QStringLiteral("list"), QStringLiteral("--library"), library, QStringLiteral("--kind"),
                     kind, QStringLiteral("--json")},
                    &out) != 0)
        return memories;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            memories << parseObject(line);
    }
    return memories;
}

/// Counts the stats output does not carry, straight from the library database.
class LibraryDb
{
public:
    explicit LibraryDb(const QString &library) : m_name(QStringLiteral("acceptance-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(library + QStringLiteral("/keepsake.db"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~LibraryDb() { QSqlDatabase::removeDatabase(m_name); }
    qint64 count(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private:
    QString m_name;
};

} // namespace

class TestCorpusGetQzoneHistory : public QObject
{
    Q_OBJECT

private:
    QString m_corpus;
    QJsonObject m_expected;

    QJsonObject importInto(const QString &library, const QString &path)
    {
        QByteArray out;
        QByteArray err;
        const int code = runKeepsake(
            {QStringLiteral("import"), path, QStringLiteral("--library"), library, QStringLiteral("--json")},
            &out, &err);
        if (code != 0)
            qWarning("import %s exited %d: %s", qPrintable(path), code, err.constData());
        return parseObject(out);
    }

    QJsonObject stats(const QString &library)
    {
        QByteArray out;
        runKeepsake({QStringLiteral("stats"), QStringLiteral("--library"), library, QStringLiteral("--json")},
                    &out);
        return parseObject(out);
    }

private slots:
    void initTestCase()
    {
        m_corpus = corpusDir();
        if (m_corpus.isEmpty() || !QFileInfo(m_corpus + QStringLiteral("/getqzonehistory")).isDir()) {
            if (inCi())
                QFAIL("the sample corpus is missing");
            QSKIP("the sample corpus is not available here");
        }
        QFile f(m_corpus + QStringLiteral("/EXPECTED.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_expected = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(!m_expected.isEmpty());
    }

    void alone()
    {
        const QString source = m_corpus + QStringLiteral("/getqzonehistory");
        const QJsonObject expected = m_expected.value(QStringLiteral("sources"))
                                         .toObject()
                                         .value(QStringLiteral("getqzonehistory"))
                                         .toObject();
        const QJsonObject counts = expected.value(QStringLiteral("counts")).toObject();
        QVERIFY(!counts.isEmpty());
        const auto before = snapshotTree(source);
        QTemporaryDir library;
        QVERIFY(library.isValid());

        const QJsonObject report = importInto(library.path(), source);
        QCOMPARE(report.value(QStringLiteral("failed")).toBool(true), false);
        QCOMPARE(report.value(QStringLiteral("formats")).toArray(),
                 QJsonArray{QStringLiteral("getqzonehistory")});
        QCOMPARE(report.value(QStringLiteral("problems")).toArray().size(),
                 expected.value(QStringLiteral("problems")).toArray().size());

        const QJsonObject s = stats(library.path());
        const QJsonObject memories = s.value(QStringLiteral("memories")).toObject();
        QCOMPARE(memories.value(QStringLiteral("post")).toInt(),
                 counts.value(QStringLiteral("posts")).toInt());
        QCOMPARE(memories.value(QStringLiteral("board")).toInt(),
                 counts.value(QStringLiteral("board_messages")).toInt());
        QCOMPARE(memories.value(QStringLiteral("photo")).toInt(),
                 counts.value(QStringLiteral("photos")).toInt());
        QCOMPARE(s.value(QStringLiteral("comments")).toInt(),
                 counts.value(QStringLiteral("comments")).toObject().value(QStringLiteral("total")).toInt());
        QCOMPARE(s.value(QStringLiteral("tags")).toInt(), counts.value(QStringLiteral("tags")).toInt());
        QCOMPARE(s.value(QStringLiteral("problems")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("media")).toObject().value(QStringLiteral("missing")).toInt(), 0);

        // Posts by local year.
        QMap<QString, int> years;
        for (const QJsonObject &m : listMemories(library.path(), QStringLiteral("post")))
            ++years[m.value(QStringLiteral("created")).toString().left(4)];
        const QJsonObject perYear =
            expected.value(QStringLiteral("per_year")).toObject().value(QStringLiteral("posts")).toObject();
        QCOMPARE(years.size(), perYear.size());
        for (auto it = perYear.begin(); it != perYear.end(); ++it)
            QCOMPARE(years.value(it.key()), it.value().toInt());

        {
            LibraryDb db(library.path());
            QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM people WHERE is_friend = 1")),
                     counts.value(QStringLiteral("friends")).toInt());
            QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post' AND "
                                             "json_extract(extra_json, '$.repost') IS NOT NULL")),
                     counts.value(QStringLiteral("reposts")).toInt());
            QCOMPARE(
                db.count(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post' AND key NOT LIKE "
                                        "'%:~%'")),
                counts.value(QStringLiteral("posts_with_tid")).toInt());
            // Rows whose 时间 has no seconds: the feed lines, each its own post.
            QCOMPARE(db.count(QStringLiteral(
                         "SELECT COUNT(DISTINCT s.memory_id) FROM memory_sources s JOIN memories m ON m.id = "
                         "s.memory_id WHERE m.kind = 'post' AND json_extract(s.record, '$.时间') NOT LIKE "
                         "'%:%:%'")),
                     counts.value(QStringLiteral("posts_time_without_seconds")).toInt());
            // Every fetch-all item is also an xlsx row: one memory with both records.
            QCOMPARE(db.count(QStringLiteral(
                         "SELECT COUNT(*) FROM memories m WHERE m.key LIKE 'post:%' AND m.key NOT "
                         "LIKE '%:~%' AND (SELECT COUNT(*) FROM memory_sources s WHERE "
                         "s.memory_id = m.id) = 2")),
                     counts.value(QStringLiteral("posts_with_tid")).toInt());
            QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM memory_media")), 0);
        }

        // A second import of the same folder adds nothing.
        const QJsonObject again = importInto(library.path(), source);
        QCOMPARE(again.value(QStringLiteral("added")).toInt(-1), 0);
        QCOMPARE(again.value(QStringLiteral("updated")).toInt(-1), 0);
        QCOMPARE(snapshotTree(source), before);
    }

    void afterQZoneExport()
    {
        const QJsonObject merge = m_expected.value(QStringLiteral("merges"))
                                      .toObject()
                                      .value(QStringLiteral("qzoneexport-html+getqzonehistory"))
                                      .toObject();
        QVERIFY(!merge.isEmpty());
        const QJsonObject totals = merge.value(QStringLiteral("totals")).toObject();
        const QString qzoneExport = m_corpus + QStringLiteral("/qzoneexport-html/QQ空间备份_123456");
        const QString history = m_corpus + QStringLiteral("/getqzonehistory");
        const auto beforeExport = snapshotTree(qzoneExport);
        const auto beforeHistory = snapshotTree(history);
        QTemporaryDir library;
        QVERIFY(library.isValid());

        const QJsonObject first = importInto(library.path(), qzoneExport);
        QVERIFY2(first.value(QStringLiteral("formats")).toArray().contains(QStringLiteral("qzoneexport")),
                 "the QZoneExport backup must be imported first");
        const QJsonObject second = importInto(library.path(), history);
        QCOMPARE(second.value(QStringLiteral("failed")).toBool(true), false);
        QCOMPARE(second.value(QStringLiteral("problems")).toArray().size(), 0);

        const QJsonObject s = stats(library.path());
        const QJsonObject memories = s.value(QStringLiteral("memories")).toObject();
        QCOMPARE(memories.value(QStringLiteral("post")).toInt(),
                 totals.value(QStringLiteral("posts")).toInt());
        QCOMPARE(memories.value(QStringLiteral("board")).toInt(),
                 totals.value(QStringLiteral("board_messages")).toInt());
        {
            LibraryDb db(library.path());
            QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM people WHERE is_friend = 1")),
                     totals.value(QStringLiteral("friends")).toInt());
            QCOMPARE(db.count(QStringLiteral(
                         "SELECT COUNT(*) FROM comments c JOIN memories m ON m.id = c.memory_id "
                         "WHERE m.kind = 'post'")),
                     totals.value(QStringLiteral("comments_posts")).toInt());
        }

        // The posts deleted before the QZoneExport backup exist once, with their comments.
        const QList<QJsonObject> posts = listMemories(library.path(), QStringLiteral("post"));
        const QJsonArray onlyHere = merge.value(QStringLiteral("only_in_getqzonehistory")).toArray();
        QVERIFY(!onlyHere.isEmpty());
        for (const QJsonValue &v : onlyHere) {
            const QJsonObject want = v.toObject();
            const QString local = want.value(QStringLiteral("created_local"))
                                      .toString()
                                      .replace(QLatin1Char(' '), QLatin1Char('T'));
            int found = 0;
            for (const QJsonObject &p : posts) {
                if (p.value(QStringLiteral("created")).toString().startsWith(local) &&
                    p.value(QStringLiteral("text")).toString() ==
                        want.value(QStringLiteral("text")).toString()) {
                    ++found;
                    QCOMPARE(p.value(QStringLiteral("comments")).toInt(),
                             want.value(QStringLiteral("comments")).toInt());
                }
            }
            QVERIFY2(found == 1, qPrintable(want.value(QStringLiteral("text")).toString()));
        }
        QCOMPARE(snapshotTree(qzoneExport), beforeExport);
        QCOMPARE(snapshotTree(history), beforeHistory);
    }
};

QTEST_GUILESS_MAIN(TestCorpusGetQzoneHistory)
#include "tst_corpus_getqzonehistory.moc"
