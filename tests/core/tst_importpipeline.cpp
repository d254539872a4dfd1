// SPDX-License-Identifier: GPL-3.0-or-later
// The import pipeline's shape: the registry decides who claims a folder, importers run without
// a database against a recording sink, id caches roll back with a record's savepoint, library
// errors stop an import honestly, and an ImportJob can be followed by the next one at once.
#include "import/importcontext.h"
#include "import/importer.h"
#include "import/librarywriter.h"
#include "library/database.h"
#include "recordingsink.h"
#include "search/searchindex.h"
#include "service/importservice.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void writeJpeg(const QString &path, QRgb colour)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(colour);
    QVERIFY(image.save(path, "JPEG"));
}

/// A small QZoneExport v2 HTML-mode export with two posts, one picture, one commenter.
QString writeExport(const QString &parent, const QString &uin = QStringLiteral("10001"))
{
    const QString root = parent + QStringLiteral("/QQ空间备份_") + uin;
    writeFile(root + QStringLiteral("/Messages/json/messages.js"),
              "window.messages = [{\"tid\":\"t1\",\"uin\":" + uin.toUtf8() +
                  ",\"name\":\"测试\",\"content\":\"第一条\",\"created_time\":1564648560,"
                  "\"commentlist\":[{\"uin\":20002,\"name\":\"小王\",\"content\":\"好\",\"create_time\":"
                  "1564648600}],"
                  "\"pic\":[{\"url\":\"http://x/1.jpg\",\"custom_filepath\":\"images/1.jpg\"}]},"
                  "{\"tid\":\"t2\",\"uin\":" +
                  uin.toUtf8() + ",\"name\":\"测试\",\"content\":\"第二条\",\"created_time\":1564648660}]");
    writeJpeg(root + QStringLiteral("/Messages/images/1.jpg"), qRgb(200, 10, 10));
    writeFile(root + QStringLiteral("/Common/json/user.js"),
              "window.userInfo = {\"uin\":" + uin.toUtf8() + ",\"nickname\":\"测试\"}");
    return root;
}

} // namespace

class TestImportPipeline : public QObject
{
    Q_OBJECT

private slots:
    void registryGivesExportsTheirFoldersAndPhotosTheRest()
    {
        QTemporaryDir tmp;
        const QString exportRoot = QDir::cleanPath(writeExport(tmp.path()));
        writeJpeg(tmp.filePath(QStringLiteral("holiday/beach.jpg")), qRgb(10, 200, 10));
        const ImporterRegistry registry;
        const std::vector<ImportClaim> claims = registry.claim(tmp.path());
        QCOMPARE(int(claims.size()), 2);
        QCOMPARE(claims[0].importer->formatId(), QStringLiteral("qzoneexport"));
        QCOMPARE(claims[0].scope.root, exportRoot);
        QVERIFY(claims[0].scope.excluded.isEmpty());
        QCOMPARE(claims[1].importer->formatId(), QStringLiteral("photo-folder"));
        QCOMPARE(claims[1].scope.root, QDir::cleanPath(tmp.path()));
        QCOMPARE(claims[1].scope.excluded, QStringList{exportRoot});
        QVERIFY(claims[1].scope.isExcluded(exportRoot + QStringLiteral("/Messages/images/1.jpg")));

        // A folder whose only pictures belong to an export is not also a photo folder.
        QTemporaryDir only;
        writeExport(only.path());
        const std::vector<ImportClaim> exportOnly = registry.claim(only.path());
        QCOMPARE(int(exportOnly.size()), 1);
        QCOMPARE(exportOnly[0].importer->formatId(), QStringLiteral("qzoneexport"));
    }

    void importerRunsWithoutADatabase()
    {
        QTemporaryDir tmp;
        const QString root = writeExport(tmp.path());
        const ImporterRegistry registry;
        const Importer *importer = registry.find(QStringLiteral("qzoneexport"));
        QVERIFY(importer);
        ImportContext context(root);
        test::RecordingSink sink;
        QVERIFY(importer->importRoot(ImportScope{root, {}}, context, sink));
        QCOMPARE(sink.account, QStringLiteral("10001"));
        QCOMPARE(sink.memories.size(), 2);
        QCOMPARE(sink.memories[0].key, QStringLiteral("post:t1"));
        QCOMPARE(sink.memories[0].comments.size(), 1);
        QCOMPARE(sink.memories[0].comments[0].author.name, QStringLiteral("小王"));
        QCOMPARE(sink.memories[0].media.size(), 1);
        QVERIFY(QFileInfo(sink.memories[0].media[0].filePath).isFile());
        QVERIFY(context.report().problems.isEmpty());
    }

    void rolledBackRecordLeavesNoStaleIds()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        // A record the library refuses half-way (after its author was created in the savepoint).
        QSqlQuery trigger(db.connection());
        QVERIFY(trigger.exec(
            QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON memories "
                           "WHEN NEW.key = 'post:refused' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        LibraryWriter writer(db, QStringLiteral("/export"), &searchIndexer());
        QVERIFY(writer.begin());
        QVERIFY(writer.setAccount(QStringLiteral("10001"), QStringLiteral("我")));
        auto post = [](const QString &key, const PersonRef &author, const QList<CommentRecord> &comments) {
            MemoryRecord r;
            r.key = key;
            r.author = author;
            r.created = 1564648560;
            r.text = key;
            r.sourceRecord = key.toUtf8();
            r.comments = comments;
            return r;
        };
        auto comment = [](const PersonRef &who, const QString &text) {
            CommentRecord c;
            c.author = who;
            c.created = 1564648600;
            c.text = text;
            return c;
        };
        const PersonRef ghost{QStringLiteral("30003"), QStringLiteral("幽灵")};
        const PersonRef named{QString(), QStringLiteral("只有名字")};
        const PersonRef later{QStringLiteral("40004"), QStringLiteral("后来者")};
        QCOMPARE(writer.upsertMemory(
                     post(QStringLiteral("post:refused"), ghost,
                          {comment(ghost, QStringLiteral("x")), comment(named, QStringLiteral("y"))})),
                 UpsertResult::Failed);
        // The ids the rolled-back record cached are free again: someone else gets them now.
        QCOMPARE(writer.upsertMemory(
                     post(QStringLiteral("post:a"), later, {comment(later, QStringLiteral("先"))})),
                 UpsertResult::Added);
        QCOMPARE(writer.upsertMemory(
                     post(QStringLiteral("post:b"), ghost,
                          {comment(ghost, QStringLiteral("鬼")), comment(named, QStringLiteral("名"))})),
                 UpsertResult::Added);
        const ImportReport report = writer.finish();
        QVERIFY(!report.failed);
        QCOMPARE(report.added, 2);
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT c.body_text, p.name, p.uin FROM comments c JOIN people p ON p.id = "
                                  "c.author_id ORDER BY c.body_text")));
        QHash<QString, QPair<QString, QString>> authorOf;
        while (q.next())
            authorOf.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
        QCOMPARE(authorOf.size(), 3);
        QCOMPARE(authorOf.value(QStringLiteral("先")).second, QStringLiteral("40004"));
        QCOMPARE(authorOf.value(QStringLiteral("鬼")).second, QStringLiteral("30003"));
        QCOMPARE(authorOf.value(QStringLiteral("鬼")).first, QStringLiteral("幽灵"));
        QCOMPARE(authorOf.value(QStringLiteral("名")).first, QStringLiteral("只有名字"));
        QVERIFY(q.exec(QStringLiteral("SELECT p.uin FROM memories m JOIN people p ON p.id = m.author_id "
                                      "WHERE m.key = 'post:b'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("30003"));
        db.close();
    }

    void untimedIdenticalCommentsAreTwo()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        MemoryRecord r;
        r.created = 1564648560;
        r.text = QStringLiteral("今天");
        r.sourceRecord = "md";
        CommentRecord c;
        c.author.name = QStringLiteral("阿宁");
        c.text = QStringLiteral("哈哈");
        r.comments = {c, c};
        for (int run = 0; run < 2; ++run) { // and importing it again adds none
            LibraryWriter writer(db, QStringLiteral("/export"), &searchIndexer());
            QVERIFY(writer.begin());
            QVERIFY(writer.setAccount(QStringLiteral("10001")));
            QVERIFY(writer.upsertMemory(r) != UpsertResult::Failed);
            writer.finish();
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM comments")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        }
        db.close();
    }

    void libraryErrorStopsTheImportAndCountsOnlyCommitted()
    {
        QTemporaryDir lib;
        QTemporaryDir src;
        const QString root = src.path() + QStringLiteral("/QQ空间备份_10001");
        QByteArray items;
        for (int i = 0; i < 400; ++i) {
            items += (i ? "," : "") + QByteArray("{\"tid\":\"t") + QByteArray::number(i) +
                     "\",\"uin\":10001,\"content\":\"" + QString(200, QChar(0x4e00 + i)).toUtf8() +
                     "\",\"created_time\":" + QByteArray::number(1564648560 + i * 60) + "}";
        }
        writeFile(root + QStringLiteral("/Messages/json/messages.js"), "window.messages = [" + items + "]");
        Database db;
        QVERIFY(db.open(lib.path()));
        // The library's disk fills up part-way: SQLite answers SQLITE_FULL, as on a real full disk.
        QSqlQuery pragma(db.connection());
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA page_count")) && pragma.next());
        const int pages = pragma.value(0).toInt();
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 40)));
        const ImportReport report = importPaths(db, {src.path()});
        QVERIFY(report.failed);
        QVERIFY2(report.error.contains(QStringLiteral("full")), qPrintable(report.error));
        // Nothing the library does not hold is counted, and no source file is blamed.
        QSqlQuery count(db.connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM memories")) && count.next());
        QCOMPARE(report.added, count.value(0).toInt());
        QVERIFY(report.added < 400);
        for (const ImportProblem &p : report.problems)
            QVERIFY2(p.kind != QLatin1String("malformed"), qPrintable(p.file + QLatin1Char(' ') + p.message));
        // Room again: a later import completes the job.
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        const ImportReport again = importPaths(db, {src.path()});
        QVERIFY2(!again.failed, qPrintable(again.error));
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM memories")) && count.next());
        QCOMPARE(count.value(0).toInt(), 400);
        db.close();
    }

    void secondImportStartsTheMomentTheFirstEnds()
    {
        QTemporaryDir lib;
        QTemporaryDir src;
        writeExport(src.path());
        QTemporaryDir src2;
        writeExport(src2.path(), QStringLiteral("10002"));
        Database db;
        QVERIFY(db.open(lib.path()));
        auto first = std::make_unique<ImportJob>(db, QStringList{src.path()});
        std::unique_ptr<ImportJob> second;
        QList<ImportReport> reports;
        connect(first.get(), &ImportJob::finished, this, [&](const ImportReport &report) {
            reports << report;
            QVERIFY(!first->isRunning());
            second = std::make_unique<ImportJob>(db, QStringList{src2.path()});
            connect(second.get(), &ImportJob::finished, this, [&](const ImportReport &r) { reports << r; });
            second->start();
        });
        first->start();
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 2, 30000);
        QCOMPARE(reports[0].added, 2);
        QCOMPARE(reports[1].added, 2);
        QVERIFY(!second->isRunning());
        // Ending a job mid-import is safe: the destructor cancels and waits.
        auto third = std::make_unique<ImportJob>(db, QStringList{src.path()});
        third->start();
        third.reset();
        db.close();
    }
};

QTEST_GUILESS_MAIN(TestImportPipeline)
#include "tst_importpipeline.moc"
