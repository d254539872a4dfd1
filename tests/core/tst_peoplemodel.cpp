// SPDX-License-Identifier: GPL-3.0-or-later
// The people page's model: who is listed, their counts, names over time, their memories.
#include "import/librarywriter.h"
#include "library/database.h"
#include "models/peoplemodel.h"
#include "search/searchindex.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

namespace {

CommentRecord comment(const QString &uin, const QString &name, qint64 created, const QString &text)
{
    CommentRecord c;
    c.author = PersonRef{uin, name};
    c.created = created;
    c.text = text;
    return c;
}

const PersonSummary *find(const QVector<PersonSummary> &people, const QString &uin)
{
    for (const PersonSummary &p : people) {
        if (p.uin == uin)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestPeopleModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_lib;
    Database m_db;

    qint64 idOf(const QString &table, const QString &column, const QString &value)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, column));
        q.addBindValue(value);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_lib.path()));
        LibraryWriter w(m_db, m_lib.path(), &searchIndexer());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("1"), QStringLiteral("我")));
        PersonRecord wang;
        wang.person = PersonRef{QStringLiteral("10"), QStringLiteral("老王")};
        wang.remark = QStringLiteral("王哥");
        wang.groupName = QStringLiteral("同学");
        wang.friendSince = 1262311200; // 2010-01-01 10:00 +08:00
        wang.sourceRecord = "{}";
        w.upsertFriend(wang);
        PersonRecord jing;
        jing.person = PersonRef{QStringLiteral("11"), QStringLiteral("阿静")};
        jing.sourceRecord = "{}";
        w.upsertFriend(jing);

        MemoryRecord a;
        a.key = QStringLiteral("post:a");
        a.created = 1000000000;
        a.author = PersonRef{QStringLiteral("1"), QStringLiteral("我")};
        a.text = QStringLiteral("你好 @{uin:40,nick:被提到,who:1}");
        a.mentions << PersonRef{QStringLiteral("40"), QStringLiteral("被提到")};
        a.comments << comment(QStringLiteral("20"), QStringLiteral("小红"), 1000000100,
                              QStringLiteral("沙发"))
                   << comment(QStringLiteral("10"), QStringLiteral("老王"), 1000000200, QStringLiteral("好"))
                   << comment(QStringLiteral("1"), QStringLiteral("我"), 1000000300, QStringLiteral("谢谢"));
        a.sourceRecord = "a";
        QVERIFY(w.upsertMemory(a) == UpsertResult::Added);

        MemoryRecord b;
        b.key = QStringLiteral("post:b");
        b.created = 1200000000;
        b.author = PersonRef{QStringLiteral("1"), QStringLiteral("我")};
        b.text = QStringLiteral("又一年");
        b.likes << PersonRef{QStringLiteral("50"), QStringLiteral("点赞的")};
        b.comments << comment(QStringLiteral("20"), QStringLiteral("红红"), 1200000100,
                              QStringLiteral("改名了"));
        b.sourceRecord = "b";
        QVERIFY(w.upsertMemory(b) == UpsertResult::Added);

        for (const auto &[key, uin, name] :
             {std::tuple{"board:1", "30", "路人甲"}, std::tuple{"board:2", "10", "老王"}}) {
            MemoryRecord board;
            board.kind = MemoryKind::Board;
            board.key = QString::fromLatin1(key);
            board.created = 1100000000;
            board.author = PersonRef{QString::fromLatin1(uin), QString::fromUtf8(name)};
            board.text = QStringLiteral("留言");
            board.sourceRecord = key;
            QVERIFY(w.upsertMemory(board) == UpsertResult::Added);
        }
        w.finish();
    }

    void passesTheModelTester()
    {
        PeopleModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        for (int row = 0; row < model.rowCount(); ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                model.data(model.index(row, column), Qt::ToolTipRole);
    }

    void countsPerPerson()
    {
        const QVector<PersonSummary> people = PeopleModel::loadPeople(m_db);
        // 老王, 阿静, 小红, 路人甲, 被提到, 点赞的 — not the owner.
        QCOMPARE(people.size(), 6);
        QVERIFY(!find(people, QStringLiteral("1")));

        const PersonSummary *wang = find(people, QStringLiteral("10"));
        QVERIFY(wang);
        QCOMPARE(wang->name, QStringLiteral("老王"));
        QCOMPARE(wang->remark, QStringLiteral("王哥"));
        QCOMPARE(wang->groupName, QStringLiteral("同学"));
        QVERIFY(wang->isFriend);
        QCOMPARE(wang->comments, 1);
        QCOMPARE(wang->messages, 1);
        QCOMPARE(wang->mentions, 0);

        const PersonSummary *jing = find(people, QStringLiteral("11"));
        QVERIFY(jing);
        QVERIFY(jing->isFriend);
        QCOMPARE(jing->total(), 0);

        const PersonSummary *hong = find(people, QStringLiteral("20"));
        QVERIFY(hong);
        QVERIFY(!hong->isFriend);
        QCOMPARE(hong->comments, 2);
        QCOMPARE(hong->name, QStringLiteral("红红")); // the newest name
        QCOMPARE(hong->names, (QStringList{QStringLiteral("小红"), QStringLiteral("红红")}));

        QCOMPARE(find(people, QStringLiteral("30"))->messages, 1);
        QCOMPARE(find(people, QStringLiteral("40"))->mentions, 1);
        QCOMPARE(find(people, QStringLiteral("50"))->likes, 1);
    }

    void modelColumnsAndSorting()
    {
        PeopleModel model(m_db);
        model.reload();
        QCOMPARE(model.rowCount(), 6);
        const int row =
            model.rowForPerson(idOf(QStringLiteral("people"), QStringLiteral("uin"), QStringLiteral("20")));
        QVERIFY(row >= 0);
        QCOMPARE(model.data(model.index(row, PeopleModel::CommentsColumn)).toInt(), 2);
        QCOMPARE(model.data(model.index(row, PeopleModel::NamesColumn)).toString(),
                 QStringLiteral("小红 → 红红"));
        QCOMPARE(model.data(model.index(row, PeopleModel::NamesColumn), PeopleModel::SortRole).toInt(), 2);
        QVERIFY(model.data(model.index(row, 0), PeopleModel::SearchTextRole)
                    .toString()
                    .contains(QStringLiteral("小红")));
        QVERIFY(model.data(model.index(row, PeopleModel::NameColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("20")));
        // Friendship since, as a date of the person's locale; the page hides columns nobody has
        // anything in (a blank remark or a 0 count everywhere).
        const int wangRow =
            model.rowForPerson(idOf(QStringLiteral("people"), QStringLiteral("uin"), QStringLiteral("10")));
        QVERIFY(model.data(model.index(wangRow, PeopleModel::FriendSinceColumn))
                    .toString()
                    .contains(QStringLiteral("2010")));
        QCOMPARE(model.data(model.index(wangRow, PeopleModel::FriendSinceColumn), PeopleModel::SortRole)
                     .toLongLong(),
                 qint64(1262311200));
        QVERIFY(model.data(model.index(row, PeopleModel::FriendSinceColumn)).toString().isEmpty());
        QVERIFY(!model.isColumnEmpty(PeopleModel::FriendSinceColumn));
        QVERIFY(!model.isColumnEmpty(PeopleModel::RemarkColumn));
        QVERIFY(!model.isColumnEmpty(PeopleModel::CommentsColumn));
        PeopleModel empty(m_db);
        QVERIFY(empty.isColumnEmpty(PeopleModel::CommentsColumn)); // not loaded: no rows
    }

    void memoriesOfAPerson()
    {
        const qint64 a = idOf(QStringLiteral("memories"), QStringLiteral("key"), QStringLiteral("post:a"));
        const qint64 b = idOf(QStringLiteral("memories"), QStringLiteral("key"), QStringLiteral("post:b"));
        const qint64 board2 =
            idOf(QStringLiteral("memories"), QStringLiteral("key"), QStringLiteral("board:2"));
        auto person = [&](const char *uin) {
            return idOf(QStringLiteral("people"), QStringLiteral("uin"), QString::fromLatin1(uin));
        };
        QCOMPARE(PeopleModel::memoriesOf(m_db, person("20")),
                 (QList<qint64>{b, a})); // commenter, newest first
        QCOMPARE(PeopleModel::memoriesOf(m_db, person("10")),
                 (QList<qint64>{board2, a}));                                      // author and commenter
        QCOMPARE(PeopleModel::memoriesOf(m_db, person("40")), (QList<qint64>{a})); // mentioned
        QCOMPARE(PeopleModel::memoriesOf(m_db, person("50")), (QList<qint64>{b})); // liked
        QVERIFY(PeopleModel::memoriesOf(m_db, person("11")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPeopleModel)
#include "tst_peoplemodel.moc"
