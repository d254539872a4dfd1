// SPDX-License-Identifier: GPL-3.0-or-later
// Tags: paths with parents, rename/move/merge/delete keeping the tree and the links right,
// colours, tagging many memories in one go, the tag editor's changes in one transaction, counts
// that include children, suggestions, and the tree model the sidebar shows.
#include "import/librarywriter.h"
#include "library/database.h"
#include "library/librarystats.h"
#include "search/searchindex.h"
#include "tags/tagstore.h"
#include "tags/tagtreemodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

namespace {

struct Library
{
    QTemporaryDir dir;
    Database db;
    QList<qint64> ids; // post:0 … post:9, oldest first

    bool build()
    {
        if (!db.open(dir.path()))
            return false;
        LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
        if (!w.begin() || !w.setAccount(QStringLiteral("123456"), QStringLiteral("芷炫")))
            return false;
        for (int i = 0; i < 10; ++i) {
            MemoryRecord r;
            r.kind = MemoryKind::Post;
            r.key = QStringLiteral("post:%1").arg(i);
            r.created = 1262304000 + i * 86400;
            r.text = i == 3 ? QStringLiteral("去北京啦 #毕业旅行# @{uin:10003,nick:小雪,who:1}")
                            : QStringLiteral("第%1条").arg(i);
            r.author = PersonRef{QStringLiteral("123456"), QStringLiteral("芷炫")};
            if (i == 3) {
                r.location = QStringLiteral("北京");
                r.mentions << PersonRef{QStringLiteral("10003"), QStringLiteral("小雪")};
                CommentRecord c;
                c.author = PersonRef{QStringLiteral("10002"), QStringLiteral("老王")};
                c.created = r.created + 5;
                c.text = QStringLiteral("羡慕");
                c.sourceRecord = "c";
                r.comments << c;
                CommentRecord own;
                own.author = PersonRef{QStringLiteral("123456"), QStringLiteral("芷炫")};
                own.created = r.created + 9;
                own.text = QStringLiteral("哈哈");
                own.sourceRecord = "o";
                r.comments << own;
            }
            r.sourceRecord = r.key.toUtf8();
            r.sourceFile = QStringLiteral("/export/x.js");
            if (w.upsertMemory(r) != UpsertResult::Added)
                return false;
        }
        w.finish();
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id FROM memories ORDER BY created"));
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids.size() == 10;
    }

    QStringList paths()
    {
        QStringList out;
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT path FROM tags ORDER BY path"));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    int links(const QString &path)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM memory_tags mt JOIN tags t ON t.id = mt.tag_id WHERE t.path = ?"));
        q.addBindValue(path);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
};

TagInfo findTag(const QList<TagInfo> &tags, const QString &path)
{
    for (const TagInfo &t : tags) {
        if (t.path == path)
            return t;
    }
    return TagInfo{};
}

} // namespace

class TestTags : public QObject
{
    Q_OBJECT

private slots:
    void normalisesPaths()
    {
        QCOMPARE(TagStore::normalizePath(QStringLiteral(" 旅行 / 2009  北京/ ")),
                 QStringLiteral("旅行/2009 北京"));
        QCOMPARE(TagStore::normalizePath(QStringLiteral("//")), QString());
    }

    void createsWithParentsAndTagsManyAtOnce()
    {
        Library lib;
        QVERIFY(lib.build());
        TagStore store(lib.db.connection());
        QCOMPARE(store.addTag(lib.ids.mid(0, 4), QStringLiteral("旅行/2009 北京")), 4);
        QCOMPARE(lib.paths(), (QStringList{QStringLiteral("旅行"), QStringLiteral("旅行/2009 北京")}));
        QCOMPARE(store.addTag(lib.ids.mid(2, 4), QStringLiteral("旅行/2009 北京")),
                 2); // two were already tagged
        QCOMPARE(store.addTag({lib.ids.at(0), lib.ids.at(9)}, QStringLiteral("旅行")), 2);
        const qint64 child = store.tagId(QStringLiteral("旅行/2009 北京"));
        QCOMPARE(store.tag(child).parentId, store.tagId(QStringLiteral("旅行")));
        // Counts: a memory counts once for the tag and once for each ancestor.
        const QList<TagInfo> tags = store.list();
        QCOMPARE(findTag(tags, QStringLiteral("旅行")).directCount, 2);
        QCOMPARE(findTag(tags, QStringLiteral("旅行")).totalCount, 7); // ids 0..5 and 9
        QCOMPARE(findTag(tags, QStringLiteral("旅行/2009 北京")).totalCount, 6);
        QCOMPARE(store.memoriesOf(store.tagId(QStringLiteral("旅行"))).size(), 7);
        QCOMPARE(store.memoriesOf(store.tagId(QStringLiteral("旅行")), false),
                 (QList<qint64>{lib.ids.at(9), lib.ids.at(0)})); // newest first
        QCOMPARE(store.tagsOf(lib.ids.at(0)),
                 (QStringList{QStringLiteral("旅行"), QStringLiteral("旅行/2009 北京")}));
        // Counted for many at once (each memory once, however often it is named): the editor's view.
        QList<qint64> many = lib.ids;
        many << lib.ids.at(0) << lib.ids.at(0);
        const QHash<QString, int> counts = store.tagCounts(many);
        QCOMPARE(counts.value(QStringLiteral("旅行")), 2);
        QCOMPARE(counts.value(QStringLiteral("旅行/2009 北京")), 6);
        QCOMPARE(counts.size(), 2);
        QCOMPARE(store.tagCounts({lib.ids.at(9)}), (QHash<QString, int>{{QStringLiteral("旅行"), 1}}));
        QVERIFY(store.tagCounts({}).isEmpty());
        // Removing from many, and what stats and list --json see.
        QCOMPARE(store.removeTag(lib.ids.mid(0, 3), QStringLiteral("旅行/2009 北京")), 3);
        QCOMPARE(lib.links(QStringLiteral("旅行/2009 北京")), 3);
        QCOMPARE(libraryStats(lib.db.connection()).value(QStringLiteral("tags")).toInt(), 2);
        QCOMPARE(store.ensureTag(QStringLiteral("/")), 0);
        QVERIFY(!store.lastError().isEmpty());
    }

    void appliesAnEditorsChangesAllOrNone()
    {
        Library lib;
        QVERIFY(lib.build());
        TagStore store(lib.db.connection());
        QCOMPARE(store.addTag(lib.ids.mid(0, 2), QStringLiteral("旧")), 2);
        // In order: the new tag on, then the old one off (the tag stays); links counted over both.
        QCOMPARE(
            store.apply(lib.ids.mid(0, 3), {{QStringLiteral("新/一"), true}, {QStringLiteral("旧"), false}}),
            5);
        QCOMPARE(store.paths(),
                 (QStringList{QStringLiteral("新"), QStringLiteral("新/一"), QStringLiteral("旧")}));
        QCOMPARE(lib.links(QStringLiteral("新/一")), 3);
        QCOMPARE(store.apply(lib.ids.mid(0, 3), {{QStringLiteral("新/一"), true}}), 0); // nothing new
        // A failing line undoes the lines before it, the tags it created too.
        QCOMPARE(
            store.apply(lib.ids.mid(0, 3), {{QStringLiteral("又"), true}, {QStringLiteral("无此"), false}}),
            -1);
        QVERIFY(store.lastError().contains(QStringLiteral("无此")));
        QCOMPARE(store.paths(),
                 (QStringList{QStringLiteral("新"), QStringLiteral("新/一"), QStringLiteral("旧")}));
        QCOMPARE(lib.links(QStringLiteral("新/一")), 3);
        QCOMPARE(store.apply(lib.ids, {}), 0);
    }

    void renamesMovesAndKeepsChildrenInStep()
    {
        Library lib;
        QVERIFY(lib.build());
        TagStore store(lib.db.connection());
        QVERIFY(store.addTag({lib.ids.at(1)}, QStringLiteral("高中/高三(2)班/运动会")) == 1);
        QVERIFY(store.ensureTag(QStringLiteral("高中/高二")));
        const qint64 cls = store.tagId(QStringLiteral("高中/高三(2)班"));
        QVERIFY(store.rename(cls, QStringLiteral("三(2)班")));
        QCOMPARE(lib.paths(),
                 (QStringList{QStringLiteral("高中"), QStringLiteral("高中/三(2)班"),
                              QStringLiteral("高中/三(2)班/运动会"), QStringLiteral("高中/高二")}));
        QVERIFY(!store.rename(cls, QStringLiteral("高二"))); // a sibling has that name
        QVERIFY(store.rename(cls, QStringLiteral("a/b")));   // '/' cannot be in a name
        QCOMPARE(store.tag(cls).name, QStringLiteral("a-b"));
        // Move to the top level, then under another tag; never inside itself.
        QVERIFY(store.move(cls, 0));
        QCOMPARE(store.tag(store.tagId(QStringLiteral("a-b/运动会"))).parentId, cls);
        const qint64 other = store.ensureTag(QStringLiteral("回忆"));
        QVERIFY(store.move(cls, other));
        QCOMPARE(store.tag(cls).path, QStringLiteral("回忆/a-b"));
        QVERIFY(store.tagId(QStringLiteral("回忆/a-b/运动会")));
        QVERIFY(!store.move(other, cls));
        QVERIFY(!store.move(cls, cls));
        QCOMPARE(lib.links(QStringLiteral("回忆/a-b/运动会")), 1);
    }

    void mergesLinksAndChildren()
    {
        Library lib;
        QVERIFY(lib.build());
        TagStore store(lib.db.connection());
        store.addTag({lib.ids.at(0), lib.ids.at(1)}, QStringLiteral("旅游"));
        store.addTag({lib.ids.at(1), lib.ids.at(2)}, QStringLiteral("旅行"));
        store.addTag({lib.ids.at(3)}, QStringLiteral("旅游/北京"));
        store.addTag({lib.ids.at(4)}, QStringLiteral("旅行/北京"));
        store.addTag({lib.ids.at(5)}, QStringLiteral("旅游/上海"));
        QVERIFY(store.merge(store.tagId(QStringLiteral("旅游")), store.tagId(QStringLiteral("旅行"))));
        QCOMPARE(lib.paths(), (QStringList{QStringLiteral("旅行"), QStringLiteral("旅行/上海"),
                                           QStringLiteral("旅行/北京")}));
        QCOMPARE(lib.links(QStringLiteral("旅行")), 3);      // 0, 1, 2: the shared one once
        QCOMPARE(lib.links(QStringLiteral("旅行/北京")), 2); // namesake children merged
        QCOMPARE(lib.links(QStringLiteral("旅行/上海")), 1); // others moved
        QVERIFY(!store.merge(store.tagId(QStringLiteral("旅行")), store.tagId(QStringLiteral("旅行/北京"))));
    }

    void deletesWithChildrenAndColours()
    {
        Library lib;
        QVERIFY(lib.build());
        TagStore store(lib.db.connection());
        store.addTag({lib.ids.at(0)}, QStringLiteral("a/b/c"));
        store.addTag({lib.ids.at(0)}, QStringLiteral("a_b")); // LIKE wildcards are literal
        store.addTag({lib.ids.at(0)}, QStringLiteral("ab"));
        const qint64 a = store.tagId(QStringLiteral("a"));
        QVERIFY(store.setColor(a, QStringLiteral("#E06C75")));
        QCOMPARE(store.tag(a).color, QStringLiteral("#e06c75"));
        QVERIFY(store.setColor(a, QStringLiteral("red")));
        QCOMPARE(store.tag(a).color, QStringLiteral("#ff0000"));
        QVERIFY(!store.setColor(a, QStringLiteral("not a colour")));
        QVERIFY(store.setColor(a, QString()));
        QCOMPARE(store.tag(a).color, QString());
        QVERIFY(store.remove(store.tagId(QStringLiteral("a_b"))));
        QCOMPARE(lib.paths(), (QStringList{QStringLiteral("a"), QStringLiteral("a/b"),
                                           QStringLiteral("a/b/c"), QStringLiteral("ab")}));
        QVERIFY(store.remove(a));
        QCOMPARE(lib.paths(), QStringList{QStringLiteral("ab")});
        QSqlQuery q(lib.db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM memory_tags")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QSqlQuery m(lib.db.connection());
        QVERIFY(m.exec(QStringLiteral("SELECT COUNT(*) FROM memories")) && m.next());
        QCOMPARE(m.value(0).toInt(), 10); // memories stay
    }

    void suggestsAlbumTopicPlacePeople()
    {
        Library lib;
        QVERIFY(lib.build());
        TagStore store(lib.db.connection());
        store.ensureTag(QStringLiteral("旅行/北京"));
        const QList<TagSuggestion> s = store.suggestionsFor({lib.ids.at(3)});
        QStringList paths;
        for (const TagSuggestion &t : s)
            paths << t.path;
        QCOMPARE(paths,
                 (QStringList{QStringLiteral("毕业旅行"), QStringLiteral("旅行/北京"), QStringLiteral("小雪"),
                              QStringLiteral("老王")})); // not the owner's own comment
        QCOMPARE(s.at(0).reason, TagSuggestion::Topic);
        QVERIFY(s.at(1).exists);
        QCOMPARE(s.at(1).reason, TagSuggestion::Place);
        store.addTag({lib.ids.at(3)}, QStringLiteral("小雪"));
        QCOMPARE(store.suggestionsFor({lib.ids.at(3)}).size(), 3); // what it has is not offered again
    }

    void treeModelShowsCountsAndColours()
    {
        Library lib;
        QVERIFY(lib.build());
        TagStore store(lib.db.connection());
        store.addTag(lib.ids.mid(0, 3), QStringLiteral("旅行/北京"));
        store.addTag(lib.ids.mid(2, 3), QStringLiteral("旅行/上海"));
        store.addTag({lib.ids.at(9)}, QStringLiteral("高中"));
        store.setColor(store.tagId(QStringLiteral("高中")), QStringLiteral("#3366cc"));
        TagTreeModel model(lib.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex travel = model.indexForPath(QStringLiteral("旅行"));
        QVERIFY(travel.isValid());
        QCOMPARE(model.rowCount(travel), 2);
        QCOMPARE(model.data(travel).toString(), QStringLiteral("旅行"));
        QCOMPARE(model.data(travel.siblingAtColumn(1)).toInt(), 5); // 0..4 once each
        QCOMPARE(model.index(0, 0, travel).data().toString(), QStringLiteral("上海"));
        QCOMPARE(model.index(0, 0, travel).data(TagTreeModel::CountRole).toInt(), 3);
        QCOMPARE(model.parent(model.index(1, 0, travel)), travel);
        const QModelIndex school = model.indexForPath(QStringLiteral("高中"));
        QCOMPARE(school.data(Qt::DecorationRole).value<QColor>(), QColor(0x33, 0x66, 0xcc));
        QCOMPARE(model.paths().size(), 4);
        store.remove(store.tagId(QStringLiteral("旅行")));
        model.reload();
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTags)
#include "tst_tags.moc"
