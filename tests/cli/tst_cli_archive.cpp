// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake export archive / verify-archive / import of the archive, through the real executable:
// the bag is well formed, a changed byte and a deleted file are named, and the untouched bag
// imported into an empty library gives back the same memories, comments, tags and media.
#include "../core/tst_export_fixture.h"
#include "import/librarywriter.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace ks;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(path, target))
            return false;
    }
    return true;
}

QStringList lines(const QByteArray &text)
{
    QStringList out;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.trimmed().isEmpty())
            out << QString::fromUtf8(line);
    }
    return out;
}

} // namespace

class TestCliArchive : public QObject
{
    Q_OBJECT

private:
    test::ExportFixture m_fx;
    QTemporaryDir m_out;
    QString m_bag;

    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr,
            const QString &library = QString())
    {
        return test::runKeepsake(args + QStringList{QStringLiteral("--library"),
                                                    library.isEmpty() ? m_fx.library.path() : library},
                                 out, err);
    }

    QJsonObject json(const QStringList &args, int expectedExit, const QString &library = QString())
    {
        QByteArray out;
        QByteArray err;
        const int code = run(args + QStringList{QStringLiteral("--json")}, &out, &err, library);
        if (code != expectedExit)
            qWarning() << "exit" << code << err;
        return code == expectedExit ? QJsonDocument::fromJson(out).object() : QJsonObject();
    }

    /// `keepsake list --json` of @p library, one line per memory, sorted. Ignored because it
    /// legitimately differs after an import: nothing (the import ids are not printed and the
    /// archive keeps each record's source file name as the library had it).
    QStringList listLines(const QString &library)
    {
        QByteArray out;
        if (run({QStringLiteral("list"), QStringLiteral("--json")}, &out, nullptr, library) != 0)
            return {};
        QStringList sorted = lines(out);
        sorted.sort();
        return sorted;
    }

    QByteArray plain(const QStringList &args, const QString &library)
    {
        QByteArray out;
        run(args, &out, nullptr, library);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.build());
        // Beyond the fixture: a second source record and a friend with a remark and a former name,
        // a date put right, a coloured tag and one no memory carries.
        LibraryWriter w(m_fx.db, m_fx.source.path());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("10001"), QStringLiteral("小明")));
        PersonRecord wang;
        wang.person = PersonRef{QStringLiteral("20002"), QStringLiteral("王老五")};
        wang.remark = QStringLiteral("同桌");
        wang.groupName = QStringLiteral("同学");
        wang.friendSince = test::exportFixtureTime(QStringLiteral("2010-09-01 08:00"));
        wang.sourceRecord = "{\"uin\":20002}";
        w.upsertFriend(wang);
        MemoryRecord again =
            m_fx.post(QStringLiteral("post:2-0"), QStringLiteral("2012-02-03 20:15"), QString());
        again.text.clear();
        again.sourceRecord = "{\"second\":\"record\"}";
        again.sourceFile = m_fx.src(QStringLiteral("other/feeds.json"));
        QVERIFY(w.upsertMemory(again) != UpsertResult::Failed);
        w.finish();
        QCOMPARE(run({QStringLiteral("date"), QStringLiteral("set"), QStringLiteral("post:2011"),
                      QStringLiteral("2011-05-06 09:30")}),
                 0);
        QCOMPARE(run({QStringLiteral("tag"), QStringLiteral("color"), QStringLiteral("旅行"),
                      QStringLiteral("#3366cc")}),
                 0);
        QCOMPARE(run({QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("心情/开心"),
                      QStringLiteral("--key"), QStringLiteral("post:1-0")}),
                 0);
        m_bag = m_out.filePath(QStringLiteral("bag"));
    }

    void exportWritesABag()
    {
        const QJsonObject r = json({QStringLiteral("export"), QStringLiteral("archive"), m_bag}, 0);
        QCOMPARE(r.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(r.value(QStringLiteral("memories")).toInt() >= 38);
        QCOMPARE(r.value(QStringLiteral("comments")).toInt(), 2);
        QCOMPARE(readFile(m_bag + QStringLiteral("/bagit.txt")),
                 QByteArray("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"));
        const QString info = QString::fromUtf8(readFile(m_bag + QStringLiteral("/bag-info.txt")));
        for (const QString &field :
             {QStringLiteral("Source-Organization: Keepsake\n"), QStringLiteral("Bagging-Date: "),
              QStringLiteral("Bag-Software-Agent: Keepsake " KEEPSAKE_VERSION "\n"),
              QStringLiteral("External-Description: "), QStringLiteral("Keepsake-Account: 小明 (QQ 10001)\n"),
              QStringLiteral("Keepsake-Date-Range: 2011-05-06/2012-08-08\n"),
              QStringLiteral("Keepsake-Comments: 2\n"),
              QStringLiteral("Keepsake-Version: " KEEPSAKE_VERSION "\n")})
            QVERIFY2(info.contains(field), qPrintable(field + QStringLiteral(" not in ") + info));
        const QRegularExpression oxum(QStringLiteral("Payload-Oxum: (\\d+)\\.(\\d+)\n"));
        const QRegularExpressionMatch m = oxum.match(info);
        QVERIFY(m.hasMatch());
        QCOMPARE(m.captured(2).toLongLong(), r.value(QStringLiteral("payload_files")).toInteger());
        QCOMPARE(m.captured(1).toLongLong(), r.value(QStringLiteral("payload_bytes")).toInteger());

        // Every payload file is in the manifest, by its data/… path, and nothing else is.
        const QStringList manifest = lines(readFile(m_bag + QStringLiteral("/manifest-sha256.txt")));
        QCOMPARE(manifest.size(), m.captured(2).toInt());
        const QRegularExpression line(QStringLiteral("^[0-9a-f]{64} data/[^\\\\]+$"));
        for (const QString &l : manifest)
            QVERIFY2(line.match(l).hasMatch(), qPrintable(l));
        const QStringList tags = lines(readFile(m_bag + QStringLiteral("/tagmanifest-sha256.txt")));
        QCOMPARE(tags.size(), 3);
        for (const QString &name : {QStringLiteral(" bag-info.txt"), QStringLiteral(" bagit.txt"),
                                    QStringLiteral(" manifest-sha256.txt")})
            QVERIFY(tags.filter(name).size() == 1);

        // What a person finds with no software: the start page, the site, the records, the files.
        QVERIFY(readFile(m_bag + QStringLiteral("/data/index.html")).contains("href=\"site/index.html\""));
        QVERIFY(QFileInfo(m_bag + QStringLiteral("/data/site/index.html")).size() > 1000);
        const QStringList memories = lines(readFile(m_bag + QStringLiteral("/data/memories.jsonl")));
        QCOMPARE(memories.size(), listLines(m_fx.library.path()).size());
        bool sawThread = false;
        for (const QString &l : memories) {
            const QJsonObject o = QJsonDocument::fromJson(l.toUtf8()).object();
            for (const QJsonValue &media : o.value(QStringLiteral("media")).toArray()) {
                const QString bagPath = media.toObject().value(QStringLiteral("bag_path")).toString();
                QVERIFY2(QFileInfo(m_bag + QLatin1Char('/') + bagPath).isFile(), qPrintable(bagPath));
                QCOMPARE(bagPath,
                         QStringLiteral("data/") + media.toObject().value(QStringLiteral("path")).toString());
            }
            const QJsonArray thread = o.value(QStringLiteral("comment_thread")).toArray();
            if (!thread.isEmpty()) {
                const QJsonObject c = thread.first().toObject();
                QCOMPARE(c.value(QStringLiteral("author")).toObject().value(QStringLiteral("uin")).toString(),
                         QStringLiteral("20002"));
                QCOMPARE(c.value(QStringLiteral("text")).toString(), QStringLiteral("好怀念啊[em]e100[/em]"));
                QCOMPARE(c.value(QStringLiteral("created")).toString(),
                         QStringLiteral("2012-01-03T09:00:00+08:00"));
                const QJsonArray replies = c.value(QStringLiteral("replies")).toArray();
                QCOMPARE(replies.size(), 1);
                QCOMPARE(replies.first().toObject().value(QStringLiteral("text")).toString(),
                         QStringLiteral("是啊 <b>真的</b>"));
                sawThread = true;
            }
        }
        QVERIFY(sawThread);
        const QByteArray sources = readFile(m_bag + QStringLiteral("/data/sources.jsonl"));
        QVERIFY(sources.contains("{\\\"second\\\":\\\"record\\\"}"));
        QVERIFY(sources.contains("other/feeds.json"));
        // The emoticon and the friend's avatar came along, with the names the export gave them.
        const QByteArray files = readFile(m_bag + QStringLiteral("/data/files.jsonl"));
        QVERIFY(files.contains("common/images/e100.gif"));
        QVERIFY(files.contains("common/images/20002"));
        QVERIFY(readFile(m_bag + QStringLiteral("/data/people.jsonl")).contains("同桌"));
        QVERIFY(readFile(m_bag + QStringLiteral("/data/tags.jsonl")).contains("#3366cc"));
        // Written beside OUT and renamed: nothing half-done is left there.
        QCOMPARE(QDir(m_out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("bag")});
    }

    void existingOutputIsRefused()
    {
        const QByteArray before = readFile(m_bag + QStringLiteral("/manifest-sha256.txt"));
        QByteArray err;
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("archive"), m_bag}, nullptr, &err), 1);
        QVERIFY2(err.contains("--force"), err.constData());
        QCOMPARE(readFile(m_bag + QStringLiteral("/manifest-sha256.txt")), before);
        // A folder of other things is never replaced, not even with --force.
        const QString other = m_out.filePath(QStringLiteral("other"));
        QDir().mkpath(other);
        QFile keep(other + QStringLiteral("/keep.txt"));
        QVERIFY(keep.open(QIODevice::WriteOnly) && keep.write("mine") == 4);
        keep.close();
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("archive"), other, QStringLiteral("--force")}),
                 1);
        QCOMPARE(readFile(other + QStringLiteral("/keep.txt")), QByteArray("mine"));
        QVERIFY(!QFileInfo::exists(other + QStringLiteral("/bagit.txt")));
        // An earlier archive is replaced with --force.
        const QString again = m_out.filePath(QStringLiteral("again"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("archive"), again, QStringLiteral("--year"),
                      QStringLiteral("2011")}),
                 0);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("archive"), again, QStringLiteral("--force")}),
                 0);
        QVERIFY(readFile(again + QStringLiteral("/bag-info.txt")).contains("Keepsake-Selection: everything"));
        QDir(again).removeRecursively();
        QDir(other).removeRecursively();
    }

    void selectionTakesWhatItUses()
    {
        const QString year = m_out.filePath(QStringLiteral("y2011"));
        const QJsonObject r = json({QStringLiteral("export"), QStringLiteral("archive"), year,
                                    QStringLiteral("--year"), QStringLiteral("2011")},
                                   0);
        QCOMPARE(r.value(QStringLiteral("memories")).toInt(), 1);
        QCOMPARE(lines(readFile(year + QStringLiteral("/data/memories.jsonl"))).size(), 1);
        // The post mentions 老王: his avatar goes in; no photo of 2012 does.
        const QByteArray files = readFile(year + QStringLiteral("/data/files.jsonl"));
        QVERIFY(files.contains("common/images/20002"));
        QCOMPARE(lines(files).size(), 1);
        QCOMPARE(run({QStringLiteral("verify-archive"), year}), 0);
        QDir(year).removeRecursively();
    }

    void verifyNamesWhatChanged()
    {
        QByteArray out;
        QCOMPARE(run({QStringLiteral("verify-archive"), m_bag}, &out), 0);
        QVERIFY2(out.contains("valid"), out.constData());
        const QJsonObject ok = json({QStringLiteral("verify-archive"), m_bag}, 0);
        QCOMPARE(ok.value(QStringLiteral("valid")).toBool(), true);
        QVERIFY(ok.value(QStringLiteral("checked")).toInt() > 40);

        // A copy with one payload byte changed, one file deleted and one added.
        const QString copy = m_out.filePath(QStringLiteral("damaged"));
        QVERIFY(copyTree(m_bag, copy));
        QStringList photos;
        QDirIterator it(copy + QStringLiteral("/data/vault"), {QStringLiteral("*.jpg")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            photos << QDir(copy).relativeFilePath(it.next());
        photos.sort();
        QVERIFY(photos.size() > 3);
        const QString changed = photos.at(0);
        const QString deleted = photos.at(1);
        QFile f(copy + QLatin1Char('/') + changed);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        char byte = 0;
        QVERIFY(f.getChar(&byte));
        f.seek(f.size() / 2);
        QVERIFY(f.putChar(char(byte ^ 0x5a)));
        f.close();
        QVERIFY(QFile::remove(copy + QLatin1Char('/') + deleted));
        QFile extra(copy + QStringLiteral("/data/notes.txt"));
        QVERIFY(extra.open(QIODevice::WriteOnly) && extra.write("hello") == 5);
        extra.close();

        out.clear();
        QCOMPARE(run({QStringLiteral("verify-archive"), copy}, &out), 1);
        QVERIFY2(out.contains((QStringLiteral("changed: ") + changed).toUtf8()), out.constData());
        QVERIFY2(out.contains((QStringLiteral("missing: ") + deleted).toUtf8()), out.constData());
        QVERIFY2(out.contains("not in the manifest: data/notes.txt"), out.constData());
        const QJsonObject bad = json({QStringLiteral("verify-archive"), copy}, 1);
        QCOMPARE(bad.value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(bad.value(QStringLiteral("changed")).toArray(), QJsonArray{changed});
        QCOMPARE(bad.value(QStringLiteral("missing")).toArray(), QJsonArray{deleted});
        QCOMPARE(bad.value(QStringLiteral("unlisted")).toArray(),
                 QJsonArray{QStringLiteral("data/notes.txt")});
        QCOMPARE(
            bad.value(QStringLiteral("payload_oxum")).toObject().value(QStringLiteral("matches")).toBool(),
            false);

        // Imported anyway, the changed photo is refused by its checksum and named.
        QTemporaryDir library;
        const QJsonObject report = json({QStringLiteral("import"), copy}, 0, library.path());
        QByteArray problems;
        run({QStringLiteral("problems"), QStringLiteral("--json")}, &problems, nullptr, library.path());
        QVERIFY2(problems.contains(QFileInfo(changed).fileName().toUtf8()) && problems.contains("archived"),
                 problems.constData());
        QCOMPARE(QFileInfo::exists(library.path() + QStringLiteral("/") + changed.mid(5)), false);
        QDir(copy).removeRecursively();
    }

    void importGivesBackTheLibrary()
    {
        QTemporaryDir library;
        const QJsonObject report = json({QStringLiteral("import"), m_bag}, 0, library.path());
        // The bag alone claims the folder: the site inside is not imported a second time.
        QCOMPARE(report.value(QStringLiteral("formats")).toArray(),
                 QJsonArray{QStringLiteral("keepsake-archive")});
        QVERIFY(report.value(QStringLiteral("added")).toInt() >= 38);

        // stats, as a whole, must be equal: counts per kind, comments, people, media files and
        // bytes, tags, years and problems.
        const QJsonObject before = json({QStringLiteral("stats")}, 0);
        const QJsonObject after = json({QStringLiteral("stats")}, 0, library.path());
        QCOMPARE(QJsonDocument(after).toJson(), QJsonDocument(before).toJson());
        const QStringList original = listLines(m_fx.library.path());
        const QStringList restored = listLines(library.path());
        QCOMPARE(restored.size(), original.size());
        for (int i = 0; i < original.size(); ++i)
            QCOMPARE(restored.at(i), original.at(i));
        QCOMPARE(
            plain({QStringLiteral("tag"), QStringLiteral("list"), QStringLiteral("--json")}, library.path()),
            plain({QStringLiteral("tag"), QStringLiteral("list"), QStringLiteral("--json")},
                  m_fx.library.path()));
        QCOMPARE(run({QStringLiteral("verify")}, nullptr, nullptr, library.path()), 0);
        // The date correction came back as one: its original is kept and it can be undone.
        QVERIFY(plain({QStringLiteral("date"), QStringLiteral("show"), QStringLiteral("post:2011")},
                      library.path())
                    .contains("2011-05-05"));

        // The same bag again adds nothing.
        const QJsonObject twice = json({QStringLiteral("import"), m_bag}, 0, library.path());
        QCOMPARE(twice.value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(twice.value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(QJsonDocument(json({QStringLiteral("stats")}, 0, library.path())).toJson(),
                 QJsonDocument(before).toJson());
        QCOMPARE(listLines(library.path()), original);
    }

    void usageErrors()
    {
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("archive")}), 2);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("archive"),
                      m_out.filePath(QStringLiteral("x")), QStringLiteral("--year"), QStringLiteral("soon")}),
                 2);
        QCOMPARE(run({QStringLiteral("verify-archive")}), 2);
        QCOMPARE(run({QStringLiteral("verify-archive"), m_out.filePath(QStringLiteral("nothing"))}), 1);
        QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("x"))));
    }
};

QTEST_GUILESS_MAIN(TestCliArchive)
#include "tst_cli_archive.moc"
