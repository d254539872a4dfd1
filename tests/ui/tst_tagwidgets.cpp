// SPDX-License-Identifier: GPL-3.0-or-later
// The tag sidebar and the tag editor (offscreen): the tree with counts and colour dots, clicks,
// the context menu's actions, and tagging several memories at once with suggestions.
#include "import/librarywriter.h"
#include "library/database.h"
#include "search/searchindex.h"
#include "tags/tageditordialog.h"
#include "tags/tagsidebar.h"
#include "tags/tagstore.h"
#include "tags/tagtreemodel.h"

#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

namespace {

struct Library
{
    QTemporaryDir dir;
    Database db;
    QList<qint64> ids;

    bool build()
    {
        if (!db.open(dir.path()))
            return false;
        LibraryWriter w(db, QStringLiteral("/export"), &searchIndexer());
        if (!w.begin() || !w.setAccount(QStringLiteral("1")))
            return false;
        for (int i = 0; i < 3; ++i) {
            MemoryRecord r;
            r.kind = MemoryKind::Photo;
            r.key = QStringLiteral("photo:%1").arg(i);
            r.created = 1262304000 + i * 86400;
            r.title = QStringLiteral("照片%1").arg(i);
            r.text = i == 0 ? QStringLiteral("#春游# 好开心") : QString();
            r.albumKey = QStringLiteral("a1");
            r.albumName = QStringLiteral("毕业旅行");
            r.sourceRecord = r.key.toUtf8();
            r.sourceFile = QStringLiteral("/x.js");
            if (w.upsertMemory(r) != UpsertResult::Added)
                return false;
        }
        w.finish();
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id FROM memories ORDER BY created"));
        while (q.next())
            ids << q.value(0).toLongLong();
        return true;
    }
};

QStringList actionTexts(QMenu *menu)
{
    QStringList out;
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator())
            out << a->text();
    }
    return out;
}

} // namespace

class TestTagWidgets : public QObject
{
    Q_OBJECT

private slots:
    void sidebarShowsAndEditsTheTree()
    {
        Library lib;
        QVERIFY(lib.build());
        TagStore(lib.db.connection()).addTag(lib.ids.mid(0, 2), QStringLiteral("旅行/北京"));
        TagStore(lib.db.connection()).addTag({lib.ids.at(2)}, QStringLiteral("旅行"));
        TagSidebar sidebar(lib.db);
        sidebar.resize(260, 300);
        sidebar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
        TagTreeModel *model = sidebar.tagModel();
        const QModelIndex travel = model->indexForPath(QStringLiteral("旅行"));
        QCOMPARE(model->data(travel.siblingAtColumn(TagTreeModel::CountColumn)).toInt(), 3);
        QVERIFY(sidebar.isExpanded(travel));

        QSignalSpy selected(&sidebar, &TagSidebar::tagSelected);
        const QModelIndex beijing = model->indexForPath(QStringLiteral("旅行/北京"));
        QTest::mouseClick(sidebar.viewport(), Qt::LeftButton, {}, sidebar.visualRect(beijing).center());
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toString(), QStringLiteral("旅行/北京"));
        QCOMPARE(sidebar.selectedPath(), QStringLiteral("旅行/北京"));

        QMenu *menu = sidebar.createContextMenu(beijing);
        QCOMPARE(actionTexts(menu).size(), 7); // new, new inside, rename, colour, merge, to top, delete
        delete menu;
        menu = sidebar.createContextMenu(QModelIndex());
        QCOMPARE(actionTexts(menu).size(), 1); // only "new" on the empty area
        delete menu;

        QSignalSpy changed(&sidebar, &TagSidebar::tagsChanged);
        QSignalSpy cleared(&sidebar, &TagSidebar::tagCleared);
        QSignalSpy errors(&sidebar, &TagSidebar::tagError);
        QVERIFY(sidebar.createTag(QStringLiteral("高中/高三(2)班")));
        QVERIFY(sidebar.setTagColor(QStringLiteral("高中"), QStringLiteral("#3366cc")));
        QCOMPARE(model->indexForPath(QStringLiteral("高中")).data(TagTreeModel::ColorRole).value<QColor>(),
                 QColor(0x33, 0x66, 0xcc));
        QVERIFY(sidebar.renameTag(QStringLiteral("旅行/北京"), QStringLiteral("北京2009")));
        QCOMPARE(sidebar.selectedPath(), QStringLiteral("旅行/北京2009")); // selection follows
        QVERIFY(!sidebar.renameTag(QStringLiteral("旅行/北京2009"), QStringLiteral(" ")));
        QCOMPARE(errors.count(), 1);
        QVERIFY(sidebar.moveTag(QStringLiteral("旅行/北京2009"), QStringLiteral("高中")));
        QVERIFY(sidebar.mergeTag(QStringLiteral("旅行"), QStringLiteral("高中")));
        QCOMPARE(model->indexForPath(QStringLiteral("高中")).siblingAtColumn(1).data().toInt(), 3);
        QCOMPARE(changed.count(), 5);
        sidebar.selectPath(QStringLiteral("高中/北京2009"));
        QVERIFY(sidebar.deleteTag(QStringLiteral("高中")));
        QCOMPARE(cleared.count(), 1); // the selected tag went with its parent
        QCOMPARE(model->rowCount(), 0);
    }

    void editorTagsManyMemoriesWithSuggestions()
    {
        Library lib;
        QVERIFY(lib.build());
        TagStore store(lib.db.connection());
        store.addTag({lib.ids.at(0)}, QStringLiteral("人物/小明"));
        store.addTag(lib.ids, QStringLiteral("2010"));
        TagEditorDialog dialog(lib.db, lib.ids.mid(0, 2));
        QSignalSpy changed(&dialog, &TagEditorDialog::tagsChanged);
        QCOMPARE(dialog.paths(), (QStringList{QStringLiteral("2010"), QStringLiteral("人物/小明")}));
        QCOMPARE(dialog.pathState(QStringLiteral("2010")), Qt::Checked);
        QCOMPARE(dialog.pathState(QStringLiteral("人物/小明")), Qt::PartiallyChecked);
        // Completion offers existing paths by any part of them.
        QCompleter *completer = dialog.input()->completer();
        QVERIFY(completer);
        completer->setCompletionPrefix(QStringLiteral("小明"));
        QCOMPARE(completer->currentCompletion(), QStringLiteral("人物/小明"));
        // One click on a suggestion (album, then the #topic#).
        QStringList offered;
        for (QPushButton *b : dialog.suggestionButtons())
            offered << b->property("tagPath").toString();
        QCOMPARE(offered, (QStringList{QStringLiteral("毕业旅行"), QStringLiteral("春游")}));
        dialog.suggestionButtons().first()->click();
        QCOMPARE(dialog.pathState(QStringLiteral("毕业旅行")), Qt::Checked);
        // Typed tag, and a removal.
        dialog.input()->setText(QStringLiteral(" 同学 / 大学 "));
        QTest::keyClick(dialog.input(), Qt::Key_Return);
        QCOMPARE(dialog.pathState(QStringLiteral("同学/大学")), Qt::Checked);
        dialog.setPathState(QStringLiteral("2010"), Qt::Unchecked);
        QVERIFY(dialog.apply());
        QCOMPARE(changed.count(), 1);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(store.tagsOf(lib.ids.at(i)).contains(QStringLiteral("毕业旅行")), true);
        QCOMPARE(store.tagsOf(lib.ids.at(0)),
                 (QStringList{QStringLiteral("人物/小明"), QStringLiteral("同学/大学"),
                              QStringLiteral("毕业旅行")}));
        QCOMPARE(store.tagsOf(lib.ids.at(1)),
                 (QStringList{QStringLiteral("同学/大学"), QStringLiteral("毕业旅行")}));
        QCOMPARE(store.tagsOf(lib.ids.at(2)), QStringList{QStringLiteral("2010")}); // not selected: untouched
        // Nothing changed: applying again writes nothing.
        QVERIFY(dialog.apply());
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_MAIN(TestTagWidgets)
#include "tst_tagwidgets.moc"
