// SPDX-License-Identifier: GPL-3.0-or-later
// The detail views on a small library: post with threaded comments, blog (sanitised), photo
// viewer (steps, EXIF rotation, missing file), video player (missing file), people, statistics.
#include "detail/barchart.h"
#include "detail/commentsview.h"
#include "detail/contentbrowser.h"
#include "detail/detailwindows.h"
#include "detail/memorydetailview.h"
#include "detail/photoviewer.h"
#include "detail/videoplayer.h"
#include "import/librarywriter.h"
#include "library/database.h"
#include "models/commentsmodel.h"
#include "models/peoplemodel.h"
#include "search/searchindex.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

using namespace ks;

namespace {

qint64 chinaTime(const char *local)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(local), QStringLiteral("yyyy-MM-dd hh:mm"));
    t.setOffsetFromUtc(kChinaUtcOffset);
    return t.toSecsSinceEpoch();
}

CommentRecord comment(const char *uin, const char *name, const char *local, const QString &text,
                      const QList<CommentRecord> &replies = {})
{
    CommentRecord c;
    c.author = PersonRef{QString::fromLatin1(uin), QString::fromUtf8(name)};
    c.created = chinaTime(local);
    c.text = text;
    c.replies = replies;
    return c;
}

} // namespace

class TestDetailViews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_lib;
    QTemporaryDir m_src;
    Database m_db;
    int m_pictures = 0;

    // A picture whose top-left quarter is red and the rest blue: rotation is visible in pixels.
    QString picture(const QString &relPath, int width, int height)
    {
        const QString path = m_src.path() + QLatin1Char('/') + relPath;
        QDir().mkpath(QFileInfo(path).path());
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(Qt::blue);
        for (int y = 0; y < height / 2; ++y)
            for (int x = 0; x < width / 2; ++x)
                image.setPixel(x, y, qRgb(255, 0, 0));
        // One pixel from the name, so that no two pictures share a vault file.
        image.setPixel(width - 1, height - 1, qRgb(0, 0, ++m_pictures));
        image.save(path, "PNG");
        return path;
    }

    MediaRef media(const QString &relPath, int width = 40, int height = 30)
    {
        return MediaRef{QStringLiteral("image"), picture(relPath, width, height), relPath,
                        QFileInfo(relPath).fileName(), QString()};
    }

    qint64 memoryId(const QString &key)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id FROM memories WHERE key = ?"));
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    template <typename T> T *open(const QString &key, int mediaIndex = 0)
    {
        QWidget *window = createMemoryDetail(m_db, memoryId(key), nullptr, mediaIndex);
        auto *typed = qobject_cast<T *>(window);
        if (!typed)
            delete window;
        return typed;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_lib.path()));
        LibraryWriter w(m_db, m_src.path(), &searchIndexer());
        QVERIFY(w.begin());
        QVERIFY(w.setAccount(QStringLiteral("1"), QStringLiteral("小满")));
        QVERIFY(w.addLooseFile(picture(QStringLiteral("Common/images/e100.gif"), 24, 24),
                               QStringLiteral("Common/images/e100.gif")));
        PersonRecord wang;
        wang.person = PersonRef{QStringLiteral("10"), QStringLiteral("老王")};
        wang.remark = QStringLiteral("王哥");
        wang.groupName = QStringLiteral("同学");
        wang.sourceRecord = "{}";
        w.upsertFriend(wang);

        MemoryRecord post;
        post.key = QStringLiteral("post:p1");
        post.created = chinaTime("2012-06-07 21:15");
        post.author = PersonRef{QStringLiteral("1"), QStringLiteral("小满")};
        post.text = QStringLiteral("毕业啦[em]e100[/em] @{uin:10,nick:老王,who:1} #毕业季#");
        post.mentions << PersonRef{QStringLiteral("10"), QStringLiteral("老王")};
        post.location = QStringLiteral("武汉大学");
        post.device = QStringLiteral("iPhone客户端");
        post.likeCount = 5;
        post.extra.insert(QStringLiteral("repost"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("班长")},
                                      {QStringLiteral("text"), QStringLiteral("百日誓师的照片")}});
        post.media << media(QStringLiteral("Messages/images/A1.png"))
                   << media(QStringLiteral("Messages/images/A2.png"))
                   << media(QStringLiteral("Messages/images/A3.png"));
        post.comments << comment("10", "老王", "2012-06-07 21:20", QStringLiteral("恭喜[em]e100[/em]"),
                                 {comment("1", "小满", "2012-06-07 21:30", QStringLiteral("回复老王：谢谢"),
                                          {comment("10", "老王", "2012-06-07 21:40",
                                                   QStringLiteral("回复小满：请客"))})})
                      << comment("20", "小红", "2012-06-07 21:25", QStringLiteral("毕业快乐"));
        post.sourceRecord = "{}";
        post.sourceFile = m_src.path() + QStringLiteral("/Messages/json/messages.js");
        QVERIFY(w.upsertMemory(post) == UpsertResult::Added);

        // Four photos of one album, the third stored sideways (EXIF orientation 6 set below).
        const char *times[] = {"2015-06-24 09:00", "2015-06-24 10:00", "2015-06-24 11:00",
                               "2015-06-25 08:00"};
        for (int i = 0; i < 4; ++i) {
            MemoryRecord photo;
            photo.kind = MemoryKind::Photo;
            photo.key = QStringLiteral("photo:%1").arg(i + 1);
            photo.created = chinaTime(times[i]);
            photo.albumKey = QStringLiteral("trip");
            photo.albumName = QStringLiteral("鼓浪屿的夏天");
            photo.author = PersonRef{QStringLiteral("1"), QStringLiteral("小满")};
            photo.media << media(QStringLiteral("Albums/trip/IMG_%1.png").arg(i + 1), 40, 30);
            photo.sourceRecord = photo.key.toUtf8();
            photo.sourceFile = m_src.path() + QStringLiteral("/Albums/json/albums.js");
            QVERIFY(w.upsertMemory(photo) == UpsertResult::Added);
        }
        MemoryRecord lost;
        lost.kind = MemoryKind::Photo;
        lost.key = QStringLiteral("photo:lost");
        lost.created = chinaTime("2016-01-01 10:00");
        lost.media << MediaRef{QStringLiteral("image"), QString(), QStringLiteral("Albums/x/lost.jpg"),
                               QStringLiteral("lost.jpg"), QString()};
        lost.sourceRecord = "lost";
        QVERIFY(w.upsertMemory(lost) == UpsertResult::Added);

        MemoryRecord blog;
        blog.kind = MemoryKind::Blog;
        blog.key = QStringLiteral("blog:1");
        blog.created = chinaTime("2013-08-25 20:00");
        blog.title = QStringLiteral("支教二十天");
        blog.text = QStringLiteral("从恩施回来");
        blog.html = QStringLiteral(
            "<h2>支教二十天</h2><p onclick=\"steal()\">从恩施回来<script>alert(1)</script></p>"
            "<p><img src=\"images/29D5407A.jpeg\" onerror=\"alert(2)\"></p><iframe "
            "src=\"http://evil/\"></iframe>"
            "<p style=\"background:url(http://evil/bg.png)\"><img src=\"http://a4.qpic.cn/remote.jpg\">"
            "<a href=\"javascript:alert(3)\">链接</a><img src=\"/qzone/em/e100.gif\"></p>");
        blog.media << MediaRef{
            QStringLiteral("image"), picture(QStringLiteral("Blogs/images/29D5407A.jpeg"), 60, 40),
            QStringLiteral("Blogs/images/29D5407A.jpeg"), QStringLiteral("29D5407A.jpeg"), QString()};
        blog.extra.insert(QStringLiteral("category"), QStringLiteral("心情随笔"));
        blog.comments << comment("20", "小红", "2013-08-26 08:00", QStringLiteral("好感动"));
        blog.sourceRecord = "blog";
        QVERIFY(w.upsertMemory(blog) == UpsertResult::Added);

        MemoryRecord video;
        video.kind = MemoryKind::Video;
        video.key = QStringLiteral("video:1");
        video.created = chinaTime("2014-05-01 12:00");
        video.media << MediaRef{QStringLiteral("video"), QString(), QStringLiteral("Videos/birthday.mp4"),
                                QStringLiteral("birthday.mp4"), QString()};
        video.sourceRecord = "video";
        QVERIFY(w.upsertMemory(video) == UpsertResult::Added);

        MemoryRecord board;
        board.kind = MemoryKind::Board;
        board.key = QStringLiteral("board:1");
        board.created = chinaTime("2011-02-01 10:00");
        board.author = PersonRef{QStringLiteral("10"), QStringLiteral("老王")};
        board.html = QStringLiteral("寒假快乐<img src=\"/qzone/em/e100.gif\">");
        board.text = QStringLiteral("寒假快乐");
        board.comments << comment("1", "小满", "2011-02-01 11:00", QStringLiteral("你也是"));
        board.sourceRecord = "board";
        QVERIFY(w.upsertMemory(board) == UpsertResult::Added);
        w.finish();

        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE media SET orientation = 6 WHERE id = (SELECT media_id FROM memory_media "
                           "WHERE memory_id = (SELECT id FROM memories WHERE key = 'photo:3'))")));
    }

    void postShowsTextPhotosAndThreadedComments()
    {
        std::unique_ptr<MemoryDetailView> view(open<MemoryDetailView>(QStringLiteral("post:p1")));
        QVERIFY(view);
        const QString html = view->contentHtml();
        QVERIFY(html.contains(QStringLiteral("ks-emoticon:100")));
        QVERIFY(html.contains(QStringLiteral(">@老王</span>")));
        QVERIFY(html.contains(QStringLiteral(">#毕业季#</span>")));
        QVERIFY(!html.contains(QStringLiteral("uin:10")));
        QVERIFY(html.contains(QStringLiteral("武汉大学")));
        QVERIFY(html.contains(QStringLiteral("iPhone客户端")));
        QVERIFY(html.contains(QStringLiteral("百日誓师的照片")));
        QCOMPARE(html.count(QStringLiteral("src=\"ks-thumb:")), 3);
        const QString text = view->browser()->document()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("@老王")));

        // Comments: two threads, in time order; 老王's thread goes three levels deep.
        CommentsModel *model = view->comments()->commentsModel();
        QCOMPARE(model->totalCount(), 4);
        QCOMPARE(model->rowCount(), 2);
        const QModelIndex first = model->index(0, 0);
        QCOMPARE(first.data(CommentsModel::AuthorRole).toString(), QStringLiteral("老王"));
        QCOMPARE(model->rowCount(first), 1);
        const QModelIndex reply = model->index(0, 0, first);
        QCOMPARE(reply.data(CommentsModel::AuthorRole).toString(), QStringLiteral("小满"));
        QCOMPARE(model->rowCount(reply), 1);
        QCOMPARE(model->index(0, 0, reply).data(CommentsModel::TextRole).toString(),
                 QStringLiteral("回复小满：请客"));
        QCOMPARE(model->index(1, 0).data(CommentsModel::AuthorRole).toString(), QStringLiteral("小红"));
        // Every level is expanded and rows have real heights.
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QVERIFY(view->comments()->isExpanded(first));
        QVERIFY(view->comments()->isExpanded(reply));
        QVERIFY(view->comments()->visualRect(model->index(0, 0, reply)).height() > 20);

        // A photo of the grid opens the viewer there, stepping through the post's photos.
        QWidget *viewer = view->openMedia(1);
        auto *photos = qobject_cast<PhotoViewer *>(viewer);
        QVERIFY(photos);
        QCOMPARE(photos->count(), 3);
        QCOMPARE(photos->currentIndex(), 1);
        QCOMPARE(photos->displayedImage().size(), QSize(40, 30));
    }

    void boardMessageOpensWithReplies()
    {
        std::unique_ptr<MemoryDetailView> view(open<MemoryDetailView>(QStringLiteral("board:1")));
        QVERIFY(view);
        QVERIFY(view->contentHtml().contains(QStringLiteral("寒假快乐")));
        QVERIFY(view->contentHtml().contains(QStringLiteral("ks-emoticon:100")));
        QVERIFY(view->contentHtml().contains(QStringLiteral("老王")));
        QCOMPARE(view->comments()->commentsModel()->totalCount(), 1);
    }

    void blogIsSanitisedAndLocal()
    {
        std::unique_ptr<MemoryDetailView> view(open<MemoryDetailView>(QStringLiteral("blog:1")));
        QVERIFY(view);
        const QString html = view->contentHtml();
        for (const char *bad :
             {"<script", "onclick", "onerror", "<iframe", "javascript:", "url(", "src=\"http"})
            QVERIFY2(!html.contains(QLatin1String(bad), Qt::CaseInsensitive), bad);
        QVERIFY(html.contains(QStringLiteral("src=\"ks-media:")));
        QVERIFY(html.contains(QStringLiteral("src=\"ks-missing:image\"")));
        QVERIFY(html.contains(QStringLiteral("src=\"ks-emoticon:100\"")));
        QVERIFY(html.contains(QStringLiteral("心情随笔")));
        QCOMPARE(html.count(QStringLiteral("支教二十天")), 1); // the title is not repeated from the body
        QCOMPARE(view->comments()->commentsModel()->totalCount(), 1);

        // The vault picture really loads; anything outside the vault never does.
        ContentBrowser *browser = view->browser();
        const QString media =
            html.section(QStringLiteral("src=\"ks-media:"), 1).section(QLatin1Char('"'), 0, 0);
        const QImage local =
            browser->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("ks-media:") + media))
                .value<QImage>();
        QCOMPARE(local.size(), QSize(60, 40));
        const int refused = browser->refusedCount();
        QVERIFY(
            browser->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/hostname")))
                .isNull());
        QVERIFY(
            browser
                ->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("http://a4.qpic.cn/x.jpg")))
                .isNull());
        QVERIFY(
            browser->loadResource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("x.css"))).isNull());
        QCOMPARE(browser->refusedCount(), refused + 3);
        QVERIFY(!browser->openExternalLinks());
    }

    void photoViewerStepsThroughTheAlbumAndTurnsUpright()
    {
        // Album order is newest first: photo:4, 3, 2, 1. Opening photo:2 starts at index 2.
        std::unique_ptr<PhotoViewer> viewer(open<PhotoViewer>(QStringLiteral("photo:2")));
        QVERIFY(viewer);
        QCOMPARE(viewer->count(), 4);
        QCOMPARE(viewer->currentIndex(), 2);
        QCOMPARE(viewer->current().originalName, QStringLiteral("IMG_2.png"));
        QVERIFY(viewer->detailsText().contains(QStringLiteral("鼓浪屿的夏天")));
        QVERIFY(viewer->detailsText().contains(QStringLiteral("albums.js")));
        QVERIFY(viewer->message().isEmpty());

        viewer->show();
        QVERIFY(QTest::qWaitForWindowActive(viewer.get()));
        QTest::keyClick(viewer.get(), Qt::Key_Left);
        QCOMPARE(viewer->currentIndex(), 1);
        QCOMPARE(viewer->current().originalName, QStringLiteral("IMG_3.png"));
        // Orientation 6: the stored 40×30 picture is shown 30×40, its red corner now top-right.
        const QImage shown = viewer->displayedImage();
        QCOMPARE(shown.size(), QSize(30, 40));
        QCOMPARE(QColor(shown.pixel(shown.width() - 2, 1)), QColor(Qt::red));
        QCOMPARE(QColor(shown.pixel(1, 1)), QColor(Qt::blue));
        QTest::keyClick(viewer.get(), Qt::Key_Right);
        QTest::keyClick(viewer.get(), Qt::Key_Right);
        QCOMPARE(viewer->currentIndex(), 3);
        QTest::keyClick(viewer.get(), Qt::Key_Right); // the last one stays
        QCOMPARE(viewer->currentIndex(), 3);
        QCOMPARE(viewer->displayedImage().size(), QSize(40, 30));
        QCOMPARE(QColor(viewer->displayedImage().pixel(1, 1)), QColor(Qt::red));

        // Zoom: 1:1, in, fit.
        QTest::keyClick(viewer.get(), Qt::Key_1);
        QVERIFY(!viewer->canvas()->isFit());
        QCOMPARE(viewer->canvas()->scale(), 1.0);
        QTest::keyClick(viewer.get(), Qt::Key_Plus);
        QVERIFY(viewer->canvas()->scale() > 1.2);
        QTest::keyClick(viewer.get(), Qt::Key_0);
        QVERIFY(viewer->canvas()->isFit());

        // The details panel is there on demand: hidden at first, I toggles it.
        QVERIFY(!viewer->detailsVisible());
        QTest::keyClick(viewer.get(), Qt::Key_I);
        QVERIFY(viewer->detailsVisible());
        QTest::keyClick(viewer.get(), Qt::Key_I);
        QVERIFY(!viewer->detailsVisible());
    }

    void photoViewerSaysWhenAFileIsMissing()
    {
        std::unique_ptr<PhotoViewer> viewer(open<PhotoViewer>(QStringLiteral("photo:lost")));
        QVERIFY(viewer);
        QCOMPARE(viewer->count(), 1);
        QVERIFY(viewer->displayedImage().isNull());
        QVERIFY(viewer->message().contains(QStringLiteral("lost.jpg")));
    }

    void orientationTable_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QPoint>("red"); // where the stored top-left corner ends up
        QTest::newRow("1") << 1 << QSize(40, 30) << QPoint(1, 1);
        QTest::newRow("3") << 3 << QSize(40, 30) << QPoint(38, 28);
        QTest::newRow("6") << 6 << QSize(30, 40) << QPoint(28, 1);
        QTest::newRow("8") << 8 << QSize(30, 40) << QPoint(1, 38);
    }

    void orientationTable()
    {
        QFETCH(int, orientation);
        QFETCH(QSize, size);
        QFETCH(QPoint, red);
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::blue);
        for (int y = 0; y < 15; ++y)
            for (int x = 0; x < 20; ++x)
                image.setPixel(x, y, qRgb(255, 0, 0));
        const QImage turned = PhotoViewer::oriented(image, orientation);
        QCOMPARE(turned.size(), size);
        QCOMPARE(QColor(turned.pixel(red)), QColor(Qt::red));
    }

    void videoPlayerSaysWhenTheFileIsMissing()
    {
        std::unique_ptr<VideoPlayer> player(open<VideoPlayer>(QStringLiteral("video:1")));
        QVERIFY(player);
        QVERIFY(!player->canPlay());
        QVERIFY(player->message().contains(QStringLiteral("birthday.mp4")));
        player->play(); // does nothing, and does not crash
        QVERIFY(!player->player());
    }

    void peoplePageListsAndFilters()
    {
        PeoplePage page(m_db);
        PeopleModel *model = page.peopleModel();
        QCOMPARE(model->rowCount(), 2); // 老王 (friend, comments, message, mention) and 小红; not the owner
        QTableView *table = page.table();
        QCOMPARE(table->model()->rowCount(), 2);
        // Sorted by comments, most first: 老王 (2 comments) then 小红 (2: post + blog) — tie → both 2.
        page.filterEdit()->setText(QStringLiteral("王哥"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, PeopleModel::NameColumn).data().toString(), QStringLiteral("老王"));
        QCOMPARE(table->model()->index(0, PeopleModel::MessagesColumn).data().toInt(), 1);
        QCOMPARE(table->model()->index(0, PeopleModel::MentionsColumn).data().toInt(), 1);
        QSignalSpy spy(&page, &PeoplePage::showMemories);
        page.activateRow(0);
        QCOMPARE(spy.count(), 1);
        const QList<qint64> ids = spy.at(0).at(0).value<QList<qint64>>();
        QCOMPARE(ids.size(), 2); // the post (comments, mention) and the board message
        QVERIFY(ids.contains(memoryId(QStringLiteral("post:p1"))));
        QVERIFY(ids.contains(memoryId(QStringLiteral("board:1"))));
        QVERIFY(spy.at(0).at(1).toString().contains(QStringLiteral("老王")));
        // 我们的故事: with someone chosen, the book button asks for their book.
        auto *story = page.findChild<QPushButton *>(QStringLiteral("storyBookButton"));
        QVERIFY(story);
        table->setCurrentIndex(table->model()->index(0, PeopleModel::NameColumn));
        QVERIFY(story->isEnabled());
        QSignalSpy books(&page, &PeoplePage::storyBookRequested);
        story->click();
        QCOMPARE(books.count(), 1);
        QCOMPARE(books.at(0).at(1).toString(), QStringLiteral("王哥")); // the owner's remark for 老王
        QVERIFY(!books.at(0).at(0).toString().isEmpty());
        page.filterEdit()->setText(QStringLiteral("nobody"));
        QCOMPARE(table->model()->rowCount(), 0);
    }

    void statisticsPageShowsTheCharts()
    {
        StatisticsPage page(m_db);
        // Years with memories: 2011 (board), 2012 (post), 2013 (blog), 2014 (video), 2015 (4 photos), 2016.
        QCOMPARE(page.yearChart()->bars().size(), 6);
        QCOMPARE(page.yearChart()->bars().at(4).value, 4);
        QCOMPARE(page.yearChart()->selectedKey(), 2015); // the busiest year is selected
        QCOMPARE(page.monthChart()->bars().size(), 12);
        QCOMPARE(page.monthChart()->bars().at(5).value, 4); // June 2015
        page.selectYear(2012);
        QCOMPARE(page.monthChart()->bars().at(5).value, 1);
        QCOMPARE(page.friendsList()->topLevelItemCount(), 2);
        QCOMPARE(page.friendsList()->topLevelItem(0)->text(0), QStringLiteral("老王（王哥）"));
        QCOMPARE(page.daysList()->topLevelItemCount(), 7);
        // Hover over a bar shows its count.
        page.resize(900, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        BarChart *chart = page.yearChart();
        const QRect bar = chart->barRect(4);
        QTest::mouseMove(chart, bar.center());
        QTRY_COMPARE(chart->hoveredBar(), 4);
        QVERIFY(chart->bars().at(4).tooltip.contains(QStringLiteral("2015")));
    }
};

QTEST_MAIN(TestDetailViews)
#include "tst_detailviews.moc"
