// SPDX-License-Identifier: GPL-3.0-or-later
// The one "library changed" signal: who says it, where and how often it is heard.
#include "import/librarywriter.h"
#include "library/database.h"
#include "library/librarychanges.h"
#include "models/wallindex.h"
#include "models/wallmodel.h"
#include "search/savedsearches.h"
#include "search/searchindex.h"
#include "tags/tagstore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ks;

namespace {
qint64 addPost(Database &db, const QString &key, const QString &text)
{
    LibraryWriter writer(db, QStringLiteral("/export"), &searchIndexer());
    if (!writer.begin() || !writer.setAccount(QStringLiteral("1"), QStringLiteral("我")))
        return 0;
    MemoryRecord r;
    r.key = key;
    r.created = 1262304000;
    r.text = text;
    r.sourceRecord = key.toUtf8();
    if (writer.upsertMemory(r) != UpsertResult::Added)
        return 0;
    writer.finish();
    rebuildWallIndex(db.connection());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM memories WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

LibraryChanges::Changes lastChange(const QSignalSpy &spy)
{
    return spy.last().at(0).value<LibraryChanges::Changes>();
}
} // namespace

class TestLibraryChanges : public QObject
{
    Q_OBJECT

private slots:
    void oneNotifierPerLibrary()
    {
        QTemporaryDir lib, other;
        Database a, b, c;
        QVERIFY(a.open(lib.path()));
        QVERIFY(b.open(lib.path()));
        QVERIFY(c.open(other.path()));
        QCOMPARE(a.changes(), b.changes());
        QVERIFY(a.changes() != c.changes());
        QCOMPARE(LibraryChanges::forConnection(a.connection()), a.changes());
    }

    void changesAreGatheredAndDeliveredOnceLater()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        QSignalSpy spy(db.changes(), &LibraryChanges::changed);
        db.changes()->notify(LibraryChanges::Tags);
        db.changes()->notify(LibraryChanges::SavedSearches);
        QCOMPARE(spy.count(), 0); // not while the writer is still in its function
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(lastChange(spy), LibraryChanges::Tags | LibraryChanges::SavedSearches);
        QTest::qWait(20);
        QCOMPARE(spy.count(), 1);
    }

    void aWorkerThreadIsHeardOnTheApplicationThread()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        QThread *heardOn = nullptr;
        connect(db.changes(), &LibraryChanges::changed, this, [&] { heardOn = QThread::currentThread(); });
        QThread *worker = QThread::create([&db] { db.changes()->notify(LibraryChanges::Memories); });
        worker->start();
        QVERIFY(worker->wait(5000));
        delete worker;
        QTRY_VERIFY(heardOn);
        QCOMPARE(heardOn, QThread::currentThread());
    }

    void writersSayWhatTheyChanged()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        QSignalSpy spy(db.changes(), &LibraryChanges::changed);

        const qint64 id = addPost(db, QStringLiteral("post:1"), QStringLiteral("下雪了"));
        QVERIFY(id > 0);
        QTRY_COMPARE(spy.count(), 1);
        QVERIFY(lastChange(spy) & LibraryChanges::Memories);

        QCOMPARE(TagStore(db.connection()).addTag({id}, QStringLiteral("冬天")), 1);
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(lastChange(spy), LibraryChanges::Changes(LibraryChanges::Tags));

        QVERIFY(savedsearches::add(db.connection(), QStringLiteral("雪"), QStringLiteral("雪")) > 0);
        QTRY_COMPARE(spy.count(), 3);
        QCOMPARE(lastChange(spy), LibraryChanges::Changes(LibraryChanges::SavedSearches));

        // Reading says nothing.
        TagStore(db.connection()).list();
        savedsearches::list(db.connection());
        QTest::qWait(20);
        QCOMPARE(spy.count(), 3);
    }

    void theWallFollowsWithoutBeingTold()
    {
        QTemporaryDir lib;
        Database db;
        QVERIFY(db.open(lib.path()));
        QVERIFY(addPost(db, QStringLiteral("post:1"), QStringLiteral("第一条")) > 0);
        WallModel model(db);
        model.reload();
        QCOMPARE(model.itemCount(), 1);
        QVERIFY(addPost(db, QStringLiteral("post:2"), QStringLiteral("第二条")) > 0);
        QCOMPARE(model.itemCount(), 1); // until the event loop delivers the change
        QTRY_COMPARE(model.itemCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLibraryChanges)
#include "tst_librarychanges.moc"
