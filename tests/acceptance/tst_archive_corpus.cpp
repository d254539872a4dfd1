// SPDX-License-Identifier: GPL-3.0-or-later
// The archive round trip on real exports: every corpus export merged into one library (ids and
// id-less sources, renamed friends, missing and placeholder pictures, several accounts, a date put
// right, tags), written as an archive, checked, and imported into an empty library, which then
// holds the same memories, comments, tags, media, people and names; a second import adds nothing.
#include "corpuslibrary.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace ks;
using namespace ks::test;

namespace {

QStringList sortedLines(const QList<QJsonObject> &objects)
{
    QStringList lines;
    for (const QJsonObject &o : objects)
        lines << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    lines.sort();
    return lines;
}

int run(const QStringList &args, const QString &library, QByteArray *out = nullptr)
{
    return runKeepsake(args + QStringList{QStringLiteral("--library"), library}, out);
}

} // namespace

class TestArchiveCorpus : public QObject
{
    Q_OBJECT
private slots:
    void archiveGivesBackTheLibrary()
    {
        const QString corpus = corpusDir();
        if (corpus.isEmpty()) {
            if (inCi())
                QFAIL("the sample corpus (../shared/corpus) is missing");
            QSKIP("sample corpus not available");
        }
        CorpusLibrary original;
        for (const char *folder :
             {"qzoneexport-html", "qzoneexport-html-reexport", "qzoneexport-json-textonly",
              "qzoneexport-media-only", "qzoneexport-markdown", "qzoneexport-markdown-dupcomments",
              "getqzonehistory", "wwwpf-qzoneexporter", "qzone-archiver-spa", "timemachine", "photo-folder"})
            original.import(corpus + QLatin1Char('/') + QString::fromLatin1(folder));
        const QList<QJsonObject> posts = original.list(QStringLiteral("post"));
        QVERIFY(posts.size() > 100);
        const QString key = posts.at(posts.size() / 2).value(QStringLiteral("key")).toString();
        QCOMPARE(run({QStringLiteral("date"), QStringLiteral("shift"), key, QStringLiteral("--by"),
                      QStringLiteral("+1d")},
                     original.path()),
                 0);
        QCOMPARE(run({QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("旅行/春游"),
                      QStringLiteral("--key"), key},
                     original.path()),
                 0);

        QTemporaryDir out;
        const QString bag = out.filePath(QStringLiteral("archive"));
        QByteArray report;
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("archive"), bag, QStringLiteral("--json")},
                     original.path(), &report),
                 0);
        QCOMPARE(QJsonDocument::fromJson(report).object().value(QStringLiteral("failures")).toArray().size(),
                 0);
        QCOMPARE(runKeepsake({QStringLiteral("verify-archive"), bag}), 0);

        CorpusLibrary restored;
        const QJsonObject imported = restored.import(bag);
        QCOMPARE(imported.value(QStringLiteral("formats")).toArray(),
                 QJsonArray{QStringLiteral("keepsake-archive")});

        // Everything `stats` counts is the same but the number of problems: the original names
        // each damaged or placeholder picture once per export folder that held a copy, the archive
        // holds one copy. Which problems (kind and memory) the library knows of is the same.
        QJsonObject before = original.stats();
        QJsonObject after = restored.stats();
        QVERIFY(before.value(QStringLiteral("problems")).toInt() >=
                after.value(QStringLiteral("problems")).toInt());
        before.remove(QStringLiteral("problems"));
        after.remove(QStringLiteral("problems"));
        QCOMPARE(QJsonDocument(after).toJson(), QJsonDocument(before).toJson());
        const QString distinctProblems = QStringLiteral(
            "SELECT group_concat(p, '\n') FROM (SELECT DISTINCT kind || ' ' || memory_key AS p FROM "
            "problems ORDER BY p)");
        QCOMPARE(restored.scalar(distinctProblems).toString(), original.scalar(distinctProblems).toString());

        // `list --json`, line by line: nothing is ignored (import ids are not printed, and each
        // source record keeps the file it was first read from).
        const QStringList originalLines = sortedLines(original.lines({QStringLiteral("list")}));
        const QStringList restoredLines = sortedLines(restored.lines({QStringLiteral("list")}));
        QCOMPARE(restoredLines.size(), originalLines.size());
        for (int i = 0; i < originalLines.size(); ++i)
            QCOMPARE(restoredLines.at(i), originalLines.at(i));
        QCOMPARE(sortedLines(restored.lines({QStringLiteral("tag"), QStringLiteral("list")})),
                 sortedLines(original.lines({QStringLiteral("tag"), QStringLiteral("list")})));
        // What list does not print: every name a person went by, friends' remarks, albums,
        // accounts' profiles, every kept source record, comment texts.
        for (const QString &sql :
             {QStringLiteral(
                  "SELECT p.uin || '|' || n.name || '|' || COALESCE(n.first_seen, '') || '|' || "
                  "COALESCE(n.last_seen, '') FROM person_names n JOIN people p ON p.id = n.person_id"),
              QStringLiteral(
                  "SELECT COALESCE(uin, '') || '|' || name || '|' || COALESCE(remark, '') || '|' || "
                  "is_friend || '|' || COALESCE(avatar_media_id IS NOT NULL, '') FROM people"),
              QStringLiteral("SELECT album_key || '|' || COALESCE(name, '') || '|' || COALESCE(category, '') "
                             "FROM albums"),
              QStringLiteral(
                  "SELECT uin || '|' || COALESCE(nickname, '') || '|' || COALESCE(profile_json, '') FROM "
                  "accounts"),
              QStringLiteral(
                  "SELECT m.key || '|' || s.source_file || '|' || s.record_sha FROM memory_sources s JOIN "
                  "memories m ON m.id = s.memory_id"),
              QStringLiteral(
                  "SELECT m.key || '|' || c.key || '|' || COALESCE(c.author_name, '') || '|' || "
                  "COALESCE(c.created, '') || '|' || c.body_text FROM comments c JOIN memories m ON m.id = "
                  "c.memory_id")}) {
            QStringList a = original.column(sql);
            QStringList b = restored.column(sql);
            a.sort();
            b.sort();
            QCOMPARE(b.size(), a.size());
            QCOMPARE(b, a);
        }

        // The same archive again adds nothing.
        const QJsonObject again = restored.import(bag);
        QCOMPARE(again.value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(sortedLines(restored.lines({QStringLiteral("list")})), originalLines);
    }
};

QTEST_GUILESS_MAIN(TestArchiveCorpus)
#include "tst_archive_corpus.moc"
