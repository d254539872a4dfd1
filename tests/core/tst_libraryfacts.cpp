// SPDX-License-Identifier: GPL-3.0-or-later
// What the GUI asks the core instead of running SQL itself: the memory count and the stored
// problems (LibraryFacts), a memory's kind, body and media (detailmedia), the people and tags a
// memory can be hidden from On This Day by.
#include "import/librarywriter.h"
#include "library/database.h"
#include "library/libraryfacts.h"
#include "models/detailmedia.h"
#include "models/onthisday.h"
#include "search/searchindex.h"
#include "tags/tagstore.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

class TestLibraryFacts : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        m_db.emplace();
        QVERIFY(m_db->open(m_dir->path()));
    }

    void cleanup()
    {
        m_db.reset(); // closes the library before its folder goes
        m_dir.reset();
    }

    void countsMemories()
    {
        QCOMPARE(LibraryFacts::memoryCount(*m_db), std::optional<qint64>(0));
        QVERIFY(write());
        QCOMPARE(LibraryFacts::memoryCount(*m_db), std::optional<qint64>(2));
    }

    void listsProblemsOldestFirst()
    {
        QVERIFY(LibraryFacts::problems(*m_db).isEmpty());
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO problems (file, kind, message) VALUES "
                                  "('b.jpg', 'missing', 'not in the export'), ('a.js', 'encoding', 'GBK')")));
        const QList<ImportProblem> problems = LibraryFacts::problems(*m_db);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).file, QStringLiteral("b.jpg"));
        QCOMPARE(problems.at(0).kind, QStringLiteral("missing"));
        QCOMPARE(problems.at(0).message, QStringLiteral("not in the export"));
        QCOMPARE(problems.at(1).kind, QStringLiteral("encoding"));
    }

    void readsAMemorysKindAndBody()
    {
        QVERIFY(write());
        QCOMPARE(detailmedia::memoryKind(*m_db, m_ids.at(0)), std::optional<QString>(QStringLiteral("post")));
        QCOMPARE(detailmedia::bodyHtml(*m_db, m_ids.at(0)), QStringLiteral("<b>你好</b>"));
        QCOMPARE(detailmedia::bodyHtml(*m_db, m_ids.at(1)), QString());
        QVERIFY(!detailmedia::memoryKind(*m_db, 999999));
        QVERIFY(detailmedia::mediaOfMemory(*m_db, m_ids.at(0)).isEmpty());
        int start = -1;
        QVERIFY(detailmedia::photoSequence(*m_db, m_ids.at(0), 0, &start).isEmpty());
        QCOMPARE(start, 0);
    }

    void keepsMediaFilesInsideTheVault()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO media (id, vault_path, status) VALUES "
                                  "(1, 'vault/ab/x.jpg', 'missing'), (2, 'vault/../secret.txt', 'missing'), "
                                  "(3, NULL, 'missing')")));
        QCOMPARE(detailmedia::vaultFile(*m_db, 1),
                 QDir::cleanPath(m_db->libraryDir() + QStringLiteral("/vault/ab/x.jpg")));
        QCOMPARE(detailmedia::vaultFile(*m_db, 2), QString());
        QCOMPARE(detailmedia::vaultFile(*m_db, 3), QString());
        QCOMPARE(detailmedia::vaultFile(*m_db, 4), QString());
    }

    void offersPeopleAndTagsToHideBy()
    {
        QVERIFY(write());
        // The author is the library's own account: only the friend mentioned is offered.
        const QList<QPair<qint64, QString>> people = hideablePeopleOf(*m_db, m_ids.at(0));
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.at(0).second, QStringLiteral("小雪"));
        QVERIFY(hideablePeopleOf(*m_db, m_ids.at(1)).isEmpty());
        TagStore store(m_db->connection());
        QCOMPARE(store.addTag({m_ids.at(0)}, QStringLiteral("旅行/北京")), 1);
        QCOMPARE(store.addTag({m_ids.at(0)}, QStringLiteral("毕业")), 1);
        const QList<QPair<qint64, QString>> tags = hideableTagsOf(*m_db, m_ids.at(0));
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags.at(0).first, store.tagId(QStringLiteral("旅行/北京")));
        QCOMPARE(tags.at(0).second, QStringLiteral("旅行/北京")); // sorted by path
        QCOMPARE(tags.at(1).second, QStringLiteral("毕业"));
        QVERIFY(hideableTagsOf(*m_db, m_ids.at(1)).isEmpty());
    }

private:
    // Two posts of the account 123456: the first mentions 小雪 and has an HTML body.
    bool write()
    {
        LibraryWriter w(*m_db, QStringLiteral("/export"), &searchIndexer());
        if (!w.begin() || !w.setAccount(QStringLiteral("123456"), QStringLiteral("芷炫")))
            return false;
        for (int i = 0; i < 2; ++i) {
            MemoryRecord r;
            r.kind = MemoryKind::Post;
            r.key = QStringLiteral("post:%1").arg(i);
            r.created = 1262304000 + i * 86400;
            r.text = QStringLiteral("第%1条").arg(i);
            if (i == 0) {
                r.html = QStringLiteral("<b>你好</b>");
                r.mentions << PersonRef{QStringLiteral("10003"), QStringLiteral("小雪")};
            }
            r.author = PersonRef{QStringLiteral("123456"), QStringLiteral("芷炫")};
            r.sourceRecord = r.key.toUtf8();
            r.sourceFile = QStringLiteral("/export/x.js");
            if (w.upsertMemory(r) != UpsertResult::Added)
                return false;
        }
        w.finish();
        m_ids.clear();
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT id FROM memories ORDER BY created"));
        while (q.next())
            m_ids << q.value(0).toLongLong();
        return m_ids.size() == 2;
    }

    std::optional<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    QList<qint64> m_ids;
};

QTEST_GUILESS_MAIN(TestLibraryFacts)
#include "tst_libraryfacts.moc"
