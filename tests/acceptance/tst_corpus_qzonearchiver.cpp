// SPDX-License-Identifier: GPL-3.0-or-later
// The qzone-archiver SPA sample of the corpus, imported through the CLI, against every fact of
// EXPECTED.json for it: counts (comments by kind), years, data files, spot checks, problems and
// 说说 word counts; then the same export completed with its 助手备份数据 store, which must give
// the same library.
#include "corpuslibrary.h"
#include "import/qzonejson.h"
#include "search/searchindex.h"
#include "testsupport.h"
#include "text/qzonetext.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;

namespace {

using test::CorpusLibrary;
using test::localTime;
using test::mediaCount;
using test::perYear;
using test::sumComments;
using test::sumMedia;

const QString kSource = QStringLiteral("qzone-archiver-spa");

QJsonArray readItems(const QString &path)
{
    return qzone::itemsOf(qzone::readDataFile(path).value);
}

/// What the archiver's final step would have written had it not stopped: the 助手备份数据 store,
/// built from the data files (the same items, as the real export holds them twice).
QByteArray backupStoreFor(const QString &root)
{
    auto yearItems = [&](const QString &module, const QString &base) {
        QJsonArray all;
        for (const QFileInfo &fi :
             QDir(root + QLatin1Char('/') + module + QStringLiteral("/data"))
                 .entryInfoList({base + QStringLiteral("-*.js")}, QDir::Files, QDir::Name)) {
            const QString part = fi.completeBaseName().mid(base.size() + 1);
            if (part.toInt() <= 0)
                continue; // index, deleted, author, group
            for (const QJsonValue &v : readItems(fi.absoluteFilePath()))
                all.append(v);
        }
        return all;
    };
    QJsonArray albums;
    for (const QFileInfo &fi :
         QDir(root + QStringLiteral("/Albums/data"))
             .entryInfoList({QStringLiteral("photos-album-*.js")}, QDir::Files, QDir::Name))
        albums.append(qzone::readDataFile(fi.absoluteFilePath()).value);
    QJsonArray friends;
    for (const QJsonValue &g : readItems(root + QStringLiteral("/Friends/data/friends-group.js"))) {
        for (const QJsonValue &f : g.toObject().value(QLatin1String("friends")).toArray())
            friends.append(f);
    }
    const QJsonObject boards{
        {QStringLiteral("items"), yearItems(QStringLiteral("Boards"), QStringLiteral("boards"))},
        {QStringLiteral("authorInfo"),
         qzone::readDataFile(root + QStringLiteral("/Boards/data/boards-author.js")).value}};
    const QJsonObject visitors{
        {QStringLiteral("items"), yearItems(QStringLiteral("Visitors"), QStringLiteral("visitors"))}};
    QJsonArray entries;
    auto add = [&](const char *module, const QJsonValue &data) {
        entries.append(QJsonObject{{QStringLiteral("module"), QLatin1String(module)},
                                   {QStringLiteral("data"), data},
                                   {QStringLiteral("time"), 1786000000000.0}});
    };
    add("Friends", friends);
    add("Messages", yearItems(QStringLiteral("Messages"), QStringLiteral("messages")));
    add("Blogs", yearItems(QStringLiteral("Blogs"), QStringLiteral("blogs")));
    add("Diaries", yearItems(QStringLiteral("Diaries"), QStringLiteral("diaries")));
    add("Photos", albums);
    add("Videos", yearItems(QStringLiteral("Videos"), QStringLiteral("videos")));
    add("Boards", boards);
    add("Favorites", yearItems(QStringLiteral("Favorites"), QStringLiteral("favorites")));
    add("Shares", yearItems(QStringLiteral("Shares"), QStringLiteral("shares")));
    add("Visitors", visitors);
    return QJsonDocument(
               QJsonObject{{QStringLiteral("Backedup"), QJsonObject{{QStringLiteral("520888"), entries}}}})
        .toJson(QJsonDocument::Compact);
}

/// `list` objects without what names the folder they were read from.
QList<QJsonObject> withoutSource(QList<QJsonObject> memories)
{
    for (QJsonObject &m : memories)
        m.remove(QStringLiteral("source"));
    return memories;
}

} // namespace

class TestCorpusQZoneArchiver : public QObject
{
    Q_OBJECT

private:
    QString m_corpus;
    QJsonObject m_expected;
    QJsonObject m_info;
    QString m_path;

    void checkCounts(const CorpusLibrary &lib);
    void checkSpotChecks(const CorpusLibrary &lib);
    void checkProblems(const CorpusLibrary &lib);
    void checkPostWords(const CorpusLibrary &lib);

private slots:
    void initTestCase();
    void importsEveryFact();
    void completeExportGivesTheSameLibrary();
};

void TestCorpusQZoneArchiver::initTestCase()
{
    m_corpus = test::corpusDir();
    if (m_corpus.isEmpty()) {
        if (test::inCi())
            QFAIL("the sample corpus (../shared/corpus) is missing");
        QSKIP("sample corpus not available");
    }
    QFile file(m_corpus + QStringLiteral("/EXPECTED.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_expected = QJsonDocument::fromJson(file.readAll()).object();
    m_info = m_expected.value(QLatin1String("sources")).toObject().value(kSource).toObject();
    QVERIFY(!m_info.isEmpty());
    m_path = m_corpus + QLatin1Char('/') + m_info.value(QLatin1String("path")).toString();
    QVERIFY(QFileInfo(qEnvironmentVariable("KEEPSAKE_EXECUTABLE")).isExecutable());
}

void TestCorpusQZoneArchiver::checkCounts(const CorpusLibrary &lib)
{
    const QJsonObject counts = m_info.value(QLatin1String("counts")).toObject();
    auto expect = [&](const char *key) {
        return counts.value(QLatin1String(key)).toInt();
    };
    const QJsonObject stats = lib.stats();
    const QJsonObject memories = stats.value(QLatin1String("memories")).toObject();
    QCOMPARE(memories.value(QLatin1String("post")).toInt(), expect("posts"));
    QCOMPARE(memories.value(QLatin1String("blog")).toInt(), expect("blogs"));
    QCOMPARE(memories.value(QLatin1String("diary")).toInt(), expect("diaries"));
    QCOMPARE(memories.value(QLatin1String("album")).toInt(), expect("albums"));
    QCOMPARE(memories.value(QLatin1String("photo")).toInt(), expect("photos"));
    QCOMPARE(memories.value(QLatin1String("video")).toInt(), expect("videos"));
    QCOMPARE(memories.value(QLatin1String("board")).toInt(), expect("board_messages"));
    QCOMPARE(memories.value(QLatin1String("favorite")).toInt(), expect("favorites"));
    QCOMPARE(memories.value(QLatin1String("share")).toInt(), expect("shares"));
    QCOMPARE(memories.value(QLatin1String("visit")).toInt(), expect("visitors"));
    QCOMPARE(stats.value(QLatin1String("tags")).toInt(), expect("tags"));
    QCOMPARE(lib.scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE is_friend = 1")).toInt(),
             expect("friends"));
    QCOMPARE(lib.scalar(QStringLiteral("SELECT nickname FROM accounts WHERE uin = ?"),
                        {m_info.value(QLatin1String("account")).toString()})
                 .toString(),
             m_info.value(QLatin1String("nickname")).toString());

    // 说说: from the year files, recovered from notifications, reposts (rt_con as text once).
    auto posts = [&](const char *where) {
        return lib
            .scalar(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post' AND ") +
                    QLatin1String(where))
            .toInt();
    };
    QCOMPARE(posts("json_extract(extra_json, '$.deleted') IS NULL"), expect("posts_in_year_files"));
    QCOMPARE(posts("json_extract(extra_json, '$.deleted') = 1"), expect("posts_recovered_deleted"));
    QCOMPARE(posts("json_extract(extra_json, '$.repost') IS NOT NULL"), expect("reposts"));
    QCOMPARE(posts("json_extract(extra_json, '$.repost.text') <> '' AND id IN (SELECT memory_id FROM "
                   "memory_sources WHERE json_type(record, '$.rt_con') = 'text')"),
             expect("reposts_rt_con_string"));

    const QList<QJsonObject> postList = lib.list(QStringLiteral("post"));
    const QList<QJsonObject> blogs = lib.list(QStringLiteral("blog"));
    const QList<QJsonObject> diaries = lib.list(QStringLiteral("diary"));
    const QList<QJsonObject> photos = lib.list(QStringLiteral("photo"));
    const QList<QJsonObject> videos = lib.list(QStringLiteral("video"));
    const QList<QJsonObject> boards = lib.list(QStringLiteral("board"));
    const QList<QJsonObject> shares = lib.list(QStringLiteral("share"));
    int withFile = 0, missing = 0, placeholder = 0;
    for (const QJsonObject &p : photos) {
        withFile += mediaCount(p, QStringLiteral("image"), QStringLiteral("ok")) > 0;
        missing += mediaCount(p, QStringLiteral("image"), QStringLiteral("missing")) > 0;
        placeholder += mediaCount(p, QStringLiteral("image"), QStringLiteral("placeholder")) > 0;
    }
    QCOMPARE(withFile, expect("photos_with_file"));
    QCOMPARE(missing, expect("photos_missing_file"));
    QCOMPARE(placeholder, expect("photos_placeholder_file"));
    QCOMPARE(sumMedia(postList, QStringLiteral("image")), expect("post_images"));
    QCOMPARE(sumMedia(postList, QStringLiteral("image"), QStringLiteral("ok")),
             expect("post_images_with_file"));
    QCOMPARE(sumMedia(postList, QStringLiteral("video")), expect("post_videos"));
    QCOMPARE(sumMedia(postList, QStringLiteral("video"), QStringLiteral("ok")),
             expect("post_videos_with_file"));
    QCOMPARE(sumMedia(blogs, QStringLiteral("image")), expect("blog_images"));
    QCOMPARE(sumMedia(blogs, QStringLiteral("image"), QStringLiteral("ok")), expect("blog_images_with_file"));
    QCOMPARE(sumMedia(diaries, QStringLiteral("image")), expect("diary_images"));
    int videosWithFile = 0;
    for (const QJsonObject &v : videos)
        videosWithFile += mediaCount(v, QStringLiteral("video"), QStringLiteral("ok")) > 0;
    QCOMPARE(videosWithFile, expect("videos_with_file"));
    QCOMPARE(
        int(std::count_if(shares.begin(), shares.end(),
                          [](const QJsonObject &s) { return s.value(QLatin1String("created")).isNull(); })),
        expect("shares_time_unknown"));

    const QJsonObject comments = counts.value(QLatin1String("comments")).toObject();
    QCOMPARE(sumComments(postList), comments.value(QLatin1String("posts")).toInt());
    QCOMPARE(sumComments(blogs), comments.value(QLatin1String("blogs")).toInt());
    QCOMPARE(sumComments(photos), comments.value(QLatin1String("photos")).toInt());
    QCOMPARE(sumComments(videos), comments.value(QLatin1String("videos")).toInt());
    QCOMPARE(sumComments(shares), comments.value(QLatin1String("shares")).toInt());
    QCOMPARE(sumComments(boards), expect("board_replies"));
    QCOMPARE(stats.value(QLatin1String("comments")).toInt(),
             comments.value(QLatin1String("total")).toInt() + expect("board_replies"));

    // per_year.posts counts the 说说 of the year files (it sums to posts_in_year_files): the two
    // recovered ones carry only the time of their earliest notification.
    QList<QJsonObject> yearPosts;
    QSet<QString> recovered;
    for (const QString &key : lib.column(QStringLiteral(
             "SELECT key FROM memories WHERE kind = 'post' AND json_extract(extra_json, '$.deleted') = 1")))
        recovered.insert(key);
    for (const QJsonObject &p : postList) {
        if (!recovered.contains(p.value(QLatin1String("key")).toString()))
            yearPosts << p;
    }
    const QJsonObject years = m_info.value(QLatin1String("per_year")).toObject();
    QCOMPARE(perYear(yearPosts), years.value(QLatin1String("posts")).toObject());
    QCOMPARE(perYear(blogs), years.value(QLatin1String("blogs")).toObject());
    QCOMPARE(perYear(boards), years.value(QLatin1String("board_messages")).toObject());
    QCOMPARE(perYear(photos), years.value(QLatin1String("photos_by_upload")).toObject());
}

void TestCorpusQZoneArchiver::checkSpotChecks(const CorpusLibrary &lib)
{
    QHash<QString, QHash<QString, QJsonObject>> cache;
    int checked = 0;
    for (const QJsonValue &v : m_expected.value(QLatin1String("spot_checks")).toArray()) {
        const QJsonObject spot = v.toObject();
        if (spot.value(QLatin1String("source")).toString() != kSource)
            continue;
        ++checked;
        const QString kind = spot.value(QLatin1String("kind")).toString();
        const QString storedKind = kind == QLatin1String("board_message") ? QStringLiteral("board") : kind;
        const QString key = storedKind + QLatin1Char(':') + spot.value(QLatin1String("id")).toString();
        if (!cache.contains(storedKind))
            cache.insert(storedKind, lib.byKey(storedKind));
        const QJsonObject m = cache.value(storedKind).value(key);
        if (m.isEmpty())
            qWarning("spot check %s not found", qPrintable(key));
        QVERIFY(!m.isEmpty());
        auto extra = [&](const char *path) {
            return lib.scalar(
                QStringLiteral("SELECT json_extract(extra_json, ?) FROM memories WHERE key = ?"),
                {QLatin1String(path), key});
        };
        const QString text = m.value(QLatin1String("text")).toString();
        for (const char *field : {"created_local", "uploaded_local"}) {
            const QJsonValue want = spot.value(QLatin1String(field));
            if (want.isString())
                QCOMPARE(localTime(m.value(QLatin1String("created"))), want.toString());
            else if (spot.contains(QLatin1String(field)))
                QVERIFY2(m.value(QLatin1String("created")).isNull(), qPrintable(key)); // unknown, not 1970
        }
        if (spot.contains(QLatin1String("text_contains")))
            QVERIFY2(text.contains(spot.value(QLatin1String("text_contains")).toString()), qPrintable(key));
        if (spot.contains(QLatin1String("text_length_utf16")))
            QCOMPARE(int(text.size()), spot.value(QLatin1String("text_length_utf16")).toInt());
        if (spot.contains(QLatin1String("title")))
            QCOMPARE(m.value(QLatin1String("title")).toString(),
                     spot.value(QLatin1String("title")).toString());
        if (spot.contains(QLatin1String("comments")))
            QCOMPARE(m.value(QLatin1String("comments")).toInt(),
                     spot.value(QLatin1String("comments")).toInt());
        if (spot.contains(QLatin1String("replies")))
            QCOMPARE(m.value(QLatin1String("comments")).toInt(),
                     spot.value(QLatin1String("replies")).toInt());
        if (kind != QLatin1String("album")) {
            for (const char *field : {"photos", "images"}) {
                if (spot.contains(QLatin1String(field)))
                    QCOMPARE(mediaCount(m, QStringLiteral("image")),
                             spot.value(QLatin1String(field)).toInt());
            }
        }
        if (spot.contains(QLatin1String("photos_with_file")))
            QCOMPARE(mediaCount(m, QStringLiteral("image"), QStringLiteral("ok")),
                     spot.value(QLatin1String("photos_with_file")).toInt());
        if (spot.contains(QLatin1String("deleted")))
            QCOMPARE(extra("$.deleted").toBool(), spot.value(QLatin1String("deleted")).toBool());
        if (spot.contains(QLatin1String("private")))
            QCOMPARE(extra("$.private").toBool(), spot.value(QLatin1String("private")).toBool());
        if (spot.contains(QLatin1String("type")))
            QCOMPARE(extra("$.type").toInt(), spot.value(QLatin1String("type")).toInt());
        if (spot.contains(QLatin1String("owner_uin")))
            QCOMPARE(extra("$.owner.uin").toString(),
                     QString::number(spot.value(QLatin1String("owner_uin")).toInteger()));
        if (spot.contains(QLatin1String("author_uin")))
            QCOMPARE(m.value(QLatin1String("author")).toObject().value(QLatin1String("uin")).toString(),
                     QString::number(spot.value(QLatin1String("author_uin")).toInteger()));
        if (spot.contains(QLatin1String("repost_of"))) {
            const QJsonObject rt = spot.value(QLatin1String("repost_of")).toObject();
            QCOMPARE(extra("$.repost.uin").toString(),
                     QString::number(rt.value(QLatin1String("uin")).toInteger()));
            QVERIFY(extra("$.repost.text")
                        .toString()
                        .contains(rt.value(QLatin1String("text_contains")).toString()));
        }
        if (spot.contains(QLatin1String("images_resolve_to"))) {
            QStringList want;
            for (const QJsonValue &p : spot.value(QLatin1String("images_resolve_to")).toArray())
                want << p.toString();
            QCOMPARE(lib.column(QStringLiteral(
                                    "SELECT mm.source_path FROM memory_media mm JOIN memories m ON m.id = "
                                    "mm.memory_id WHERE m.key = ? ORDER BY mm.position"),
                                {key}),
                     want);
        }
        if (kind == QLatin1String("album")) {
            QCOMPARE(m.value(QLatin1String("title")).toString(),
                     spot.value(QLatin1String("name")).toString());
            const QStringList paths = lib.column(
                QStringLiteral(
                    "SELECT mm.source_path FROM memories p JOIN albums a ON a.id = p.album_id JOIN "
                    "memory_media mm ON mm.memory_id = p.id WHERE p.kind = 'photo' AND a.album_key = ?"),
                {spot.value(QLatin1String("id")).toString()});
            QCOMPARE(int(paths.size()), spot.value(QLatin1String("photos")).toInt());
            for (const QString &p : paths)
                QVERIFY2(p.startsWith(spot.value(QLatin1String("folder")).toString() + QLatin1Char('/')),
                         qPrintable(p));
        }
        if (kind == QLatin1String("photo")) {
            QJsonObject media;
            for (const QJsonValue &mv : m.value(QLatin1String("media")).toArray()) {
                if (mv.toObject().value(QLatin1String("role")).toString() == QLatin1String("image"))
                    media = mv.toObject();
            }
            QCOMPARE(media.value(QLatin1String("status")).toString(),
                     spot.value(QLatin1String("file_state")).toString());
            const QString file = spot.value(QLatin1String("file")).toString();
            QCOMPARE(lib.scalar(QStringLiteral(
                                    "SELECT mm.source_path FROM memory_media mm JOIN memories m ON m.id = "
                                    "mm.memory_id WHERE m.key = ? AND mm.role = 'image'"),
                                {key})
                         .toString(),
                     file.mid(file.indexOf(QLatin1String("/Albums/")) + 1));
            if (spot.value(QLatin1String("file_state")).toString() != QLatin1String("missing"))
                QCOMPARE(media.value(QLatin1String("mime")).toString(),
                         QStringLiteral("image/") + spot.value(QLatin1String("format")).toString());
        }
    }
    QVERIFY(checked >= 13);
}

void TestCorpusQZoneArchiver::checkProblems(const CorpusLibrary &lib)
{
    const QList<QJsonObject> problems = lib.problems();
    int expected = 0;
    for (const QJsonValue &v : m_expected.value(QLatin1String("problems")).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(QLatin1String("source")).toString() != kSource)
            continue;
        ++expected;
        const QJsonObject owner = p.value(QLatin1String("owner")).toObject();
        const QString memory = owner.value(QLatin1String("kind")).toString() + QLatin1Char(':') +
                               owner.value(QLatin1String("id")).toString();
        const bool found = std::any_of(problems.begin(), problems.end(), [&](const QJsonObject &got) {
            return got.value(QLatin1String("file"))
                       .toString()
                       .endsWith(p.value(QLatin1String("path")).toString()) &&
                   got.value(QLatin1String("kind")).toString() ==
                       p.value(QLatin1String("problem")).toString() &&
                   got.value(QLatin1String("memory")).toString() == memory;
        });
        QVERIFY2(found, qPrintable(p.value(QLatin1String("path")).toString()));
    }
    QCOMPARE(int(problems.size()), expected);
}

void TestCorpusQZoneArchiver::checkPostWords(const CorpusLibrary &lib)
{
    // The posts' own words and the reposted originals, as EXPECTED.json counts them.
    const QStringList rows = lib.column(QStringLiteral(
        "SELECT key || char(1) || COALESCE(body_text, '') || char(1) || "
        "COALESCE(json_extract(extra_json, '$.repost.text'), '') FROM memories WHERE kind = 'post'"));
    int checked = 0;
    for (const QJsonValue &v : m_expected.value(QLatin1String("search")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QLatin1String("source")).toString() != kSource)
            continue;
        ++checked;
        const QString query = s.value(QLatin1String("query")).toString();
        const QString folded = foldForSearch(query);
        QSet<QString> own, ownOrRepost;
        for (const QString &row : rows) {
            const QStringList parts = row.split(QChar(1));
            if (foldForSearch(qzonePlainText(parts.value(1))).contains(folded))
                own.insert(parts.value(0));
            if (own.contains(parts.value(0)) || foldForSearch(parts.value(2)).contains(folded))
                ownOrRepost.insert(parts.value(0));
        }
        QCOMPARE(int(own.size()), s.value(QLatin1String("posts_own_text")).toInt());
        QCOMPARE(int(ownOrRepost.size()), s.value(QLatin1String("posts_own_or_repost_text")).toInt());
        // And `keepsake search` finds every one of them.
        QSet<QString> found;
        for (const QJsonObject &hit :
             lib.lines({QStringLiteral("search"), query + QStringLiteral(" kind:post")}))
            found.insert(hit.value(QLatin1String("key")).toString());
        QVERIFY2(found.contains(ownOrRepost), qPrintable(query));
    }
    QVERIFY(checked > 0);
}

void TestCorpusQZoneArchiver::importsEveryFact()
{
    const auto before = test::snapshotTree(m_path);
    QVERIFY(!before.isEmpty());
    // The export stopped before its final files: the data files are all there is.
    QVERIFY(
        QDir(m_path + QStringLiteral("/Common/json")).entryList({QStringLiteral("助手备份数据*")}).isEmpty());
    QStringList dataFiles;
    for (auto it = before.begin(); it != before.end(); ++it) {
        const QString rel = it.key().mid(m_path.size() + 1);
        if (rel.contains(QLatin1String("/data/")) && rel.endsWith(QLatin1String(".js")))
            dataFiles << rel;
    }
    QStringList expectedFiles;
    for (const QJsonValue &v : m_info.value(QLatin1String("data_files")).toArray())
        expectedFiles << v.toString();
    dataFiles.sort();
    expectedFiles.sort();
    QCOMPARE(dataFiles, expectedFiles);

    CorpusLibrary lib;
    const QJsonObject report = lib.import(m_path);
    QCOMPARE(report.value(QLatin1String("failed")).toBool(), false);
    QCOMPARE(report.value(QLatin1String("formats")).toArray(), QJsonArray{QStringLiteral("qzone-archiver")});
    checkCounts(lib);
    checkSpotChecks(lib);
    checkProblems(lib);
    checkPostWords(lib);

    // Every year, album and deleted file gave memories; the light index gave none of its own.
    const QStringList sources =
        lib.column(QStringLiteral("SELECT DISTINCT source_file FROM memory_sources ORDER BY source_file"));
    for (const QString &file : std::as_const(dataFiles)) {
        const bool light = file.endsWith(QLatin1String("-index.js")) ||
                           file.endsWith(QLatin1String("-author.js")) ||
                           file.endsWith(QLatin1String("-group.js"));
        const bool used = std::any_of(sources.begin(), sources.end(),
                                      [&](const QString &s) { return s.endsWith(QLatin1Char('/') + file); });
        QVERIFY2(used != light, qPrintable(file));
    }
    QCOMPARE(
        lib.scalar(QStringLiteral("SELECT json_extract(profile_json, '$.authorInfo.sign') FROM accounts"))
            .toString(),
        QStringLiteral("时光不老，我们不散"));

    const QJsonObject statsOnce = lib.stats();
    const QJsonObject again = lib.import(m_path);
    QCOMPARE(again.value(QLatin1String("added")).toInt(), 0);
    QCOMPARE(lib.stats(), statsOnce);
    QCOMPARE(test::snapshotTree(m_path), before);
}

void TestCorpusQZoneArchiver::completeExportGivesTheSameLibrary()
{
    // The same export with the store its final step writes: the same memories, nothing twice.
    QTemporaryDir copy;
    const QString root = copy.path() + QStringLiteral("/QQ空间备份_520888");
    QDirIterator it(m_path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = root + from.mid(m_path.size());
        QDir().mkpath(QFileInfo(to).absolutePath());
        QVERIFY(QFile::copy(from, to));
    }
    QFile store(root + QStringLiteral("/Common/json/助手备份数据_520888.json"));
    QVERIFY(store.open(QIODevice::WriteOnly));
    store.write(backupStoreFor(root));
    store.close();

    CorpusLibrary plain, complete;
    QCOMPARE(plain.import(m_path).value(QLatin1String("failed")).toBool(), false);
    const QJsonObject report = complete.import(root);
    QCOMPARE(report.value(QLatin1String("formats")).toArray(), QJsonArray{QStringLiteral("qzone-archiver")});
    QCOMPARE(report.value(QLatin1String("updated")).toInt(), 0);
    QCOMPARE(complete.stats(), plain.stats());
    for (const QString &kind :
         {QStringLiteral("post"), QStringLiteral("blog"), QStringLiteral("photo"), QStringLiteral("board"),
          QStringLiteral("favorite"), QStringLiteral("share"), QStringLiteral("visit")})
        QCOMPARE(withoutSource(complete.list(kind)), withoutSource(plain.list(kind)));
    QCOMPARE(complete.problems().size(), plain.problems().size());
}

QTEST_GUILESS_MAIN(TestCorpusQZoneArchiver)
#include "tst_corpus_qzonearchiver.moc"
