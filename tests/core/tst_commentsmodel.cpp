// SPDX-License-Identifier: GPL-3.0-or-later
// The threaded comments of a memory: the tree shape, time order at every level, counts.
#include "import/librarywriter.h"
#include "library/database.h"
#include "models/commentsmodel.h"
#include "search/searchindex.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

namespace {

CommentRecord comment(const QString &uin, const QString &name, qint64 created, const QString &text,
                      const QList<CommentRecord> &replies = {})
{
    CommentRecord c;
    c.author = PersonRef{uin, name};
    c.created = created;
    c.text = text;
    c.replies = replies;
    return c;
}

QString textAt(const CommentsModel &model, const QModelIndex &index)
{
    return model.data(index, CommentsModel::TextRole).toString();
}

} // namespace

class TestCommentsModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_lib;
    Database m_db;
    qint64 m_threaded = 0;
    qint64 m_empty = 0;

    qint64 memoryId(const QString &key)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id FROM memories WHERE key = ?"));
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_lib.path()));
        LibraryWriter w(m_db, m_lib.path(), &searchIndexer());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("1"), QStringLiteral("我")));
        MemoryRecord post;
        post.key = QStringLiteral("post:threaded");
        post.created = 1000;
        post.text = QStringLiteral("毕业了");
        post.author = PersonRef{QStringLiteral("1"), QStringLiteral("我")};
        post.sourceRecord = "{}";
        // Written out of time order on purpose: the model must sort every level by time.
        post.comments
            << comment(QStringLiteral("10"), QStringLiteral("老王"), 2000, QStringLiteral("A"),
                       {comment(QStringLiteral("1"), QStringLiteral("我"), 2300, QStringLiteral("A.2"),
                                {comment(QStringLiteral("10"), QStringLiteral("老王"), 2400,
                                         QStringLiteral("A.2.1"))}),
                        comment(QStringLiteral("20"), QStringLiteral("小红"), 2100, QStringLiteral("A.1"))})
            << comment(QStringLiteral("20"), QStringLiteral("小红"), 1500, QStringLiteral("B"))
            << comment(QString(), QStringLiteral("路人"), kNoTime, QStringLiteral("undated"));
        QVERIFY(w.upsertMemory(post) == UpsertResult::Added);
        MemoryRecord quiet;
        quiet.key = QStringLiteral("post:quiet");
        quiet.created = 900;
        quiet.text = QStringLiteral("没人理");
        quiet.sourceRecord = "{}";
        QVERIFY(w.upsertMemory(quiet) == UpsertResult::Added);
        w.finish();
        m_threaded = memoryId(QStringLiteral("post:threaded"));
        m_empty = memoryId(QStringLiteral("post:quiet"));
        QVERIFY(m_threaded > 0 && m_empty > 0);
    }

    void passesTheModelTester()
    {
        CommentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(m_db, m_threaded);
        model.load(m_db, m_empty);
        model.load(m_db, m_threaded);
        model.clear();
    }

    void treeShapeAndOrder()
    {
        CommentsModel model;
        model.load(m_db, m_threaded);
        QCOMPARE(model.totalCount(), 6);
        QCOMPARE(model.maxDepth(), 2); // three levels: comment, reply, reply to the reply
        QCOMPARE(model.rowCount(), 3);
        // Top level by time, undated last.
        QCOMPARE(textAt(model, model.index(0, 0)), QStringLiteral("B"));
        const QModelIndex a = model.index(1, 0);
        QCOMPARE(textAt(model, a), QStringLiteral("A"));
        QCOMPARE(textAt(model, model.index(2, 0)), QStringLiteral("undated"));
        QVERIFY(!model.data(model.index(2, 0), CommentsModel::TimeRole).toDateTime().isValid());
        // Replies by time, at any depth.
        QCOMPARE(model.rowCount(a), 2);
        QCOMPARE(model.data(a, CommentsModel::ReplyCountRole).toInt(), 2);
        QCOMPARE(textAt(model, model.index(0, 0, a)), QStringLiteral("A.1"));
        const QModelIndex a2 = model.index(1, 0, a);
        QCOMPARE(textAt(model, a2), QStringLiteral("A.2"));
        QCOMPARE(model.data(a2, CommentsModel::DepthRole).toInt(), 1);
        QCOMPARE(model.rowCount(a2), 1);
        const QModelIndex a21 = model.index(0, 0, a2);
        QCOMPARE(textAt(model, a21), QStringLiteral("A.2.1"));
        QCOMPARE(model.data(a21, CommentsModel::DepthRole).toInt(), 2);
        QCOMPARE(model.rowCount(a21), 0);
        QCOMPARE(model.parent(a21), a2);
        QCOMPARE(model.parent(a2), a);
        QVERIFY(!model.parent(a).isValid());
        // Names, numbers and times.
        QCOMPARE(model.data(a, CommentsModel::AuthorRole).toString(), QStringLiteral("老王"));
        QCOMPARE(model.data(a, CommentsModel::AuthorUinRole).toString(), QStringLiteral("10"));
        QCOMPARE(model.data(a2, CommentsModel::AuthorRole).toString(), QStringLiteral("我"));
        QCOMPARE(model.data(model.index(2, 0), CommentsModel::AuthorRole).toString(), QStringLiteral("路人"));
        const QDateTime t = model.data(a, CommentsModel::TimeRole).toDateTime();
        QCOMPARE(t.toSecsSinceEpoch(), qint64(2000));
        QCOMPARE(t.offsetFromUtc(), kChinaUtcOffset);
    }

    void emptyMemoryHasNoRows()
    {
        CommentsModel model;
        model.load(m_db, m_threaded);
        model.load(m_db, m_empty);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QCOMPARE(model.maxDepth(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCommentsModel)
#include "tst_commentsmodel.moc"
