// SPDX-License-Identifier: GPL-3.0-or-later
// The QZone-Time-Machine sample of the corpus, imported through the CLI, against every fact of
// EXPECTED.json for it: counts, years, comments, media states, thumbnails, media never
// downloaded, spot checks and problems.
#include "corpuslibrary.h"
#include "search/searchindex.h"
#include "testsupport.h"
#include "text/qzonetext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace ks;

namespace {

using test::CorpusLibrary;
using test::localTime;
using test::mediaCount;
using test::perYear;
using test::sumComments;
using test::sumMedia;

QJsonObject firstMedia(const QJsonObject &memory, const QString &role)
{
    for (const QJsonValue &v : memory.value(QLatin1String("media")).toArray()) {
        if (v.toObject().value(QLatin1String("role")).toString() == role)
            return v.toObject();
    }
    return QJsonObject();
}

QString fileSha(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestCorpusTimeMachine : public QObject
{
    Q_OBJECT

private:
    QString m_corpus;
    QString m_path;
    QJsonObject m_expected;
    QJsonObject m_info;
    CorpusLibrary m_lib;
    QJsonObject m_report;

    int expect(const char *key) const
    {
        return m_info.value(QLatin1String("counts")).toObject().value(QLatin1String(key)).toInt(-1);
    }
    QString extra(const QString &key, const QString &path) const
    {
        return m_lib
            .scalar(QStringLiteral("SELECT json_extract(extra_json, ?) FROM memories WHERE key = ?"),
                    {path, key})
            .toString();
    }

private slots:
    void initTestCase();
    void countsAndYears();
    void thumbnailsAreNotPictures();
    void mediaNeverDownloaded();
    void spotChecks();
    void problems();
    void search();
    void reimportChangesNothing();
};

void TestCorpusTimeMachine::initTestCase()
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
    m_info =
        m_expected.value(QLatin1String("sources")).toObject().value(QLatin1String("timemachine")).toObject();
    QVERIFY(!m_info.isEmpty());
    QVERIFY(QFileInfo(qEnvironmentVariable("KEEPSAKE_EXECUTABLE")).isExecutable());
    m_path = m_corpus + QLatin1Char('/') + m_info.value(QLatin1String("path")).toString();
    m_report = m_lib.import(m_path);
    QCOMPARE(m_report.value(QLatin1String("failed")).toBool(), false);
    QCOMPARE(m_report.value(QLatin1String("formats")).toArray(), QJsonArray{QStringLiteral("timemachine")});
}

void TestCorpusTimeMachine::countsAndYears()
{
    const QJsonObject stats = m_lib.stats();
    const QJsonObject memories = stats.value(QLatin1String("memories")).toObject();
    auto stored = [&](const char *kind) {
        return memories.value(QLatin1String(kind)).toInt();
    };
    QCOMPARE(stored("post"), expect("posts"));
    QCOMPARE(stored("blog"), expect("blogs"));
    QCOMPARE(stored("diary"), expect("diaries"));
    QCOMPARE(stored("album"), expect("albums"));
    QCOMPARE(stored("photo"), expect("photos"));
    QCOMPARE(stored("video"), expect("videos"));
    QCOMPARE(stored("board"), expect("board_messages"));
    QCOMPARE(stored("favorite"), expect("favorites"));
    QCOMPARE(stored("share"), expect("shares"));
    QCOMPARE(stored("visit"), expect("visitors"));
    QCOMPARE(stats.value(QLatin1String("tags")).toInt(), expect("tags"));

    QCOMPARE(m_lib
                 .scalar(QStringLiteral("SELECT nickname FROM accounts WHERE uin = ?"),
                         {m_info.value(QLatin1String("account")).toString()})
                 .toString(),
             m_info.value(QLatin1String("nickname")).toString());
    QCOMPARE(m_lib.scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE is_friend = 1")).toInt(),
             expect("friends"));
    QCOMPARE(m_lib
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE is_friend = 1 AND uin = ?"),
                         {m_info.value(QLatin1String("account")).toString()})
                 .toInt(),
             0);
    QCOMPARE(m_lib
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post' AND "
                                        "json_extract(extra_json, '$.repost') IS NOT NULL"))
                 .toInt(),
             expect("reposts"));
    // The repost whose rt_con is a bare string still has the reposted text.
    QCOMPARE(
        m_lib
            .scalar(QStringLiteral("SELECT COUNT(*) FROM memories m JOIN memory_sources s ON s.memory_id = "
                                   "m.id WHERE m.kind = 'post' AND json_type(s.record, '$.rt_con') = 'text' "
                                   "AND json_extract(m.extra_json, '$.repost.text') = json_extract(s.record, "
                                   "'$.rt_con')"))
            .toInt(),
        expect("reposts_rt_con_string"));

    const QList<QJsonObject> posts = m_lib.list(QStringLiteral("post"));
    const QList<QJsonObject> blogs = m_lib.list(QStringLiteral("blog"));
    const QList<QJsonObject> diaries = m_lib.list(QStringLiteral("diary"));
    const QList<QJsonObject> photos = m_lib.list(QStringLiteral("photo"));
    const QList<QJsonObject> videos = m_lib.list(QStringLiteral("video"));
    const QList<QJsonObject> boards = m_lib.list(QStringLiteral("board"));
    const QList<QJsonObject> shares = m_lib.list(QStringLiteral("share"));

    int blogsWithBody = 0, diariesWithBody = 0, sharesWithoutTime = 0;
    for (const QJsonObject &b : blogs)
        blogsWithBody += !b.value(QLatin1String("text")).toString().trimmed().isEmpty();
    for (const QJsonObject &d : diaries)
        diariesWithBody += !d.value(QLatin1String("text")).toString().trimmed().isEmpty();
    for (const QJsonObject &s : shares)
        sharesWithoutTime += s.value(QLatin1String("created")).isNull();
    QCOMPARE(blogsWithBody, expect("blogs_with_body"));
    QCOMPARE(diariesWithBody, expect("diaries_with_body"));
    QCOMPARE(m_lib
                 .scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM memories WHERE kind = 'diary' AND COALESCE(body_html, "
                     "'') <> ''"))
                 .toInt(),
             expect("diaries_with_body"));
    QCOMPARE(sharesWithoutTime, expect("shares_time_unknown"));

    int photosWithFile = 0, photosMissing = 0, photosPlaceholder = 0;
    for (const QJsonObject &p : photos) {
        photosWithFile += mediaCount(p, QStringLiteral("image"), QStringLiteral("ok")) > 0;
        photosMissing += mediaCount(p, QStringLiteral("image"), QStringLiteral("missing")) > 0;
        photosPlaceholder += mediaCount(p, QStringLiteral("image"), QStringLiteral("placeholder")) > 0;
    }
    QCOMPARE(photosWithFile, expect("photos_with_file"));
    QCOMPARE(photosMissing, expect("photos_missing_file"));
    QCOMPARE(photosPlaceholder, expect("photos_placeholder_file"));
    QCOMPARE(sumMedia(posts, QStringLiteral("image")), expect("post_images"));
    QCOMPARE(sumMedia(posts, QStringLiteral("image"), QStringLiteral("ok")), expect("post_images_with_file"));
    QCOMPARE(sumMedia(posts, QStringLiteral("video")), expect("post_videos"));
    QCOMPARE(sumMedia(posts, QStringLiteral("video"), QStringLiteral("ok")), expect("post_videos_with_file"));
    QCOMPARE(sumMedia(blogs, QStringLiteral("image")), expect("blog_images"));
    QCOMPARE(sumMedia(blogs, QStringLiteral("image"), QStringLiteral("ok")), expect("blog_images_with_file"));
    int videosWithFile = 0;
    for (const QJsonObject &v : videos)
        videosWithFile += mediaCount(v, QStringLiteral("video"), QStringLiteral("ok")) > 0;
    QCOMPARE(videosWithFile, expect("videos_with_file"));

    const QJsonObject comments =
        m_info.value(QLatin1String("counts")).toObject().value(QLatin1String("comments")).toObject();
    QCOMPARE(sumComments(posts), comments.value(QLatin1String("posts")).toInt());
    QCOMPARE(sumComments(blogs), comments.value(QLatin1String("blogs")).toInt());
    QCOMPARE(sumComments(photos), comments.value(QLatin1String("photos")).toInt());
    QCOMPARE(sumComments(videos), comments.value(QLatin1String("videos")).toInt());
    QCOMPARE(sumComments(shares), comments.value(QLatin1String("shares")).toInt());
    QCOMPARE(sumComments(boards), expect("board_replies"));
    QCOMPARE(stats.value(QLatin1String("comments")).toInt(),
             comments.value(QLatin1String("total")).toInt() + expect("board_replies"));

    const QJsonObject years = m_info.value(QLatin1String("per_year")).toObject();
    QCOMPARE(perYear(posts), years.value(QLatin1String("posts")).toObject());
    QCOMPARE(perYear(blogs), years.value(QLatin1String("blogs")).toObject());
    QCOMPARE(perYear(boards), years.value(QLatin1String("board_messages")).toObject());
    QCOMPARE(perYear(photos), years.value(QLatin1String("photos_by_upload")).toObject());

    // The viewer page repeats all data: nothing was read from it.
    QCOMPARE(m_lib
                 .scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM memory_sources WHERE source_file LIKE '%index.html'"))
                 .toInt(),
             0);
}

void TestCorpusTimeMachine::thumbnailsAreNotPictures()
{
    // custom_pre_filepath of a post picture is a smaller copy of it: neither a picture of the
    // post nor a file of the library.
    QFile file(m_path + QStringLiteral("/data/messages.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSet<QString> thumbnails;
    for (const QJsonValue &post : QJsonDocument::fromJson(file.readAll()).array()) {
        for (const QJsonValue &image : post.toObject().value(QLatin1String("custom_images")).toArray()) {
            const QString thumb = image.toObject().value(QLatin1String("custom_pre_filepath")).toString();
            if (!thumb.isEmpty() &&
                thumb != image.toObject().value(QLatin1String("custom_filepath")).toString())
                thumbnails.insert(thumb);
        }
    }
    QCOMPARE(int(thumbnails.size()), expect("post_image_thumbnails"));
    for (const QString &thumb : std::as_const(thumbnails)) {
        QVERIFY2(QFileInfo(m_path + QLatin1Char('/') + thumb).isFile(), qPrintable(thumb));
        QCOMPARE(
            m_lib.scalar(QStringLiteral("SELECT COUNT(*) FROM memory_media WHERE source_path = ?"), {thumb})
                .toInt(),
            0);
        QCOMPARE(m_lib
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM media WHERE sha256 = ?"),
                             {fileSha(m_path + QLatin1Char('/') + thumb)})
                     .toInt(),
                 0);
    }
}

void TestCorpusTimeMachine::mediaNeverDownloaded()
{
    const QJsonArray expected = m_info.value(QLatin1String("media_not_downloaded")).toArray();
    QVERIFY(!expected.isEmpty());
    QJsonObject summary;
    for (const QJsonObject &p : m_lib.problems()) {
        if (p.value(QLatin1String("memory")).toString().startsWith(QLatin1String("#not-downloaded:"))) {
            QCOMPARE(p.value(QLatin1String("kind")).toString(), QStringLiteral("missing"));
            QVERIFY(summary.isEmpty()); // one summary, not one line per file
            summary = p;
        }
    }
    QVERIFY(summary.value(QLatin1String("file"))
                .toString()
                .endsWith(m_info.value(QLatin1String("path")).toString()));
    const QString message = summary.value(QLatin1String("message")).toString();
    QVERIFY2(message.startsWith(QString::number(expected.size()) + QLatin1Char(' ')), qPrintable(message));
    int total = 0;
    for (const QJsonValue &v : expected) {
        const QJsonObject item = v.toObject();
        const QJsonObject owner = item.value(QLatin1String("owner")).toObject();
        const QString key = owner.value(QLatin1String("kind")).toString() + QLatin1Char(':') +
                            owner.value(QLatin1String("id")).toString();
        const QString url = item.value(QLatin1String("remote_url")).toString();
        QVERIFY2(message.contains(key + QLatin1Char(' ') + url), qPrintable(key));
        // The memory keeps the web address of the media it misses.
        const QString listed = extra(key, QStringLiteral("$.notDownloaded"));
        QVERIFY2(listed.contains(url), qPrintable(key + QStringLiteral(": ") + listed));
        // …and has that media as missing, not dropped.
        const QString kind = owner.value(QLatin1String("kind")).toString();
        const QString role =
            kind == QLatin1String("video") ? QStringLiteral("video") : QStringLiteral("image");
        QVERIFY(mediaCount(m_lib.byKey(kind).value(key), role, QStringLiteral("missing")) >= 1);
    }
    // Nothing else is listed as never downloaded.
    const QStringList lists = m_lib.column(
        QStringLiteral("SELECT json_array_length(extra_json, '$.notDownloaded') FROM memories WHERE "
                       "json_extract(extra_json, '$.notDownloaded') IS NOT NULL"));
    for (const QString &n : lists)
        total += n.toInt();
    QCOMPARE(total, int(expected.size()));
}

void TestCorpusTimeMachine::spotChecks()
{
    QHash<QString, QHash<QString, QJsonObject>> cache;
    auto memory = [&](const QString &kind, const QString &key) {
        if (!cache.contains(kind))
            cache.insert(kind, m_lib.byKey(kind));
        return cache.value(kind).value(key);
    };
    int checked = 0;
    for (const QJsonValue &v : m_expected.value(QLatin1String("spot_checks")).toArray()) {
        const QJsonObject spot = v.toObject();
        if (spot.value(QLatin1String("source")).toString() != QLatin1String("timemachine"))
            continue;
        ++checked;
        const QString kind = spot.value(QLatin1String("kind")).toString();
        const QString storedKind = kind == QLatin1String("board_message") ? QStringLiteral("board") : kind;
        const QString key = storedKind + QLatin1Char(':') + spot.value(QLatin1String("id")).toString();
        const QJsonObject m = memory(storedKind, key);
        QVERIFY2(!m.isEmpty(), qPrintable(key));
        const QString text = m.value(QLatin1String("text")).toString();

        if (spot.contains(QLatin1String("created_local"))) {
            const QJsonValue created = spot.value(QLatin1String("created_local"));
            if (created.isNull())
                QVERIFY2(m.value(QLatin1String("created")).isNull(), qPrintable(key)); // never 1970
            else
                QCOMPARE(localTime(m.value(QLatin1String("created"))), created.toString());
        }
        if (spot.value(QLatin1String("time_precision")).toString() == QLatin1String("minute"))
            QVERIFY(localTime(m.value(QLatin1String("created"))).endsWith(QLatin1String(":00")));
        if (spot.contains(QLatin1String("uploaded_local")))
            QCOMPARE(localTime(m.value(QLatin1String("created"))),
                     spot.value(QLatin1String("uploaded_local")).toString());
        if (spot.contains(QLatin1String("text_contains")))
            QVERIFY2(text.contains(spot.value(QLatin1String("text_contains")).toString()), qPrintable(key));
        if (spot.contains(QLatin1String("title")))
            QCOMPARE(m.value(QLatin1String("title")).toString(),
                     spot.value(QLatin1String("title")).toString());
        if (spot.contains(QLatin1String("comments")))
            QCOMPARE(m.value(QLatin1String("comments")).toInt(),
                     spot.value(QLatin1String("comments")).toInt());
        if (spot.contains(QLatin1String("photos")) &&
            kind != QLatin1String("album")) // album: its photo count, below
            QCOMPARE(mediaCount(m, QStringLiteral("image")), spot.value(QLatin1String("photos")).toInt());
        if (spot.contains(QLatin1String("photos_with_file")))
            QCOMPARE(mediaCount(m, QStringLiteral("image"), QStringLiteral("ok")),
                     spot.value(QLatin1String("photos_with_file")).toInt());
        if (spot.contains(QLatin1String("images")))
            QCOMPARE(mediaCount(m, QStringLiteral("image")), spot.value(QLatin1String("images")).toInt());
        for (const QJsonValue &e : spot.value(QLatin1String("emoticons")).toArray())
            QVERIFY(text.contains(QStringLiteral("[em]%1[/em]").arg(e.toString())));
        if (spot.contains(QLatin1String("repost_of"))) {
            const QJsonObject rt = spot.value(QLatin1String("repost_of")).toObject();
            QCOMPARE(extra(key, QStringLiteral("$.repost.uin")),
                     QString::number(rt.value(QLatin1String("uin")).toInteger()));
            QVERIFY(extra(key, QStringLiteral("$.repost.text"))
                        .contains(rt.value(QLatin1String("text_contains")).toString()));
        }
        if (spot.contains(QLatin1String("type")))
            QCOMPARE(extra(key, QStringLiteral("$.type")),
                     QString::number(spot.value(QLatin1String("type")).toInt()));
        for (const char *field : {"owner_uin", "author_uin"}) {
            if (spot.contains(QLatin1String(field)))
                QCOMPARE(m.value(QLatin1String("author")).toObject().value(QLatin1String("uin")).toString(),
                         QString::number(spot.value(QLatin1String(field)).toInteger()));
        }
        if (spot.contains(QLatin1String("private")))
            QCOMPARE(
                m_lib
                    .scalar(QStringLiteral(
                                "SELECT json_extract(extra_json, '$.private') FROM memories WHERE key = ?"),
                            {key})
                    .toBool(),
                spot.value(QLatin1String("private")).toBool());
        if (spot.contains(QLatin1String("has_body")))
            QCOMPARE(!text.trimmed().isEmpty(), spot.value(QLatin1String("has_body")).toBool());
        if (spot.contains(QLatin1String("images_resolve_to"))) {
            QStringList want;
            for (const QJsonValue &p : spot.value(QLatin1String("images_resolve_to")).toArray())
                want << p.toString();
            QCOMPARE(m_lib.column(QStringLiteral(
                                      "SELECT mm.source_path FROM memory_media mm JOIN memories m ON m.id = "
                                      "mm.memory_id WHERE m.key = ? ORDER BY mm.position"),
                                  {key}),
                     want);
            QCOMPARE(mediaCount(m, QStringLiteral("image"), QStringLiteral("ok")), int(want.size()));
        }
        if (kind == QLatin1String("album")) {
            QCOMPARE(m.value(QLatin1String("title")).toString(),
                     spot.value(QLatin1String("name")).toString());
            const QStringList files = m_lib.column(
                QStringLiteral(
                    "SELECT mm.source_path FROM memories m JOIN albums a ON a.id = m.album_id JOIN "
                    "memory_media mm ON mm.memory_id = m.id WHERE m.kind = 'photo' AND a.name = ?"),
                {spot.value(QLatin1String("name")).toString()});
            QCOMPARE(int(files.size()), spot.value(QLatin1String("photos")).toInt());
            for (const QString &f : files)
                QVERIFY2(f.startsWith(spot.value(QLatin1String("folder")).toString() + QLatin1Char('/')),
                         qPrintable(f));
        }
        if (kind == QLatin1String("photo")) {
            const QJsonObject media = firstMedia(m, QStringLiteral("image"));
            QCOMPARE(media.value(QLatin1String("status")).toString(),
                     spot.value(QLatin1String("file_state")).toString());
            const QString file = spot.value(QLatin1String("file")).toString();
            QCOMPARE(m_lib
                         .scalar(QStringLiteral(
                                     "SELECT mm.source_path FROM memory_media mm JOIN memories m ON m.id = "
                                     "mm.memory_id WHERE m.key = ? AND mm.role = 'image'"),
                                 {key})
                         .toString(),
                     file.mid(file.indexOf(QLatin1String("/media/")) + 1));
            if (spot.value(QLatin1String("file_state")).toString() != QLatin1String("missing"))
                QCOMPARE(media.value(QLatin1String("mime")).toString(),
                         QStringLiteral("image/") + spot.value(QLatin1String("format")).toString());
            else
                QVERIFY(file.endsWith(QLatin1Char('.') + spot.value(QLatin1String("format")).toString()));
        }
        if (kind == QLatin1String("video"))
            QCOMPARE(firstMedia(m, QStringLiteral("video")).value(QLatin1String("status")).toString(),
                     spot.value(QLatin1String("file_state")).toString());
    }
    QVERIFY(checked >= 12);
}

void TestCorpusTimeMachine::problems()
{
    const QList<QJsonObject> got = m_lib.problems();
    int expectedCount = 0;
    for (const QJsonValue &v : m_expected.value(QLatin1String("problems")).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(QLatin1String("source")).toString() != QLatin1String("timemachine"))
            continue;
        ++expectedCount;
        const QJsonObject owner = p.value(QLatin1String("owner")).toObject();
        const QString memory = owner.value(QLatin1String("kind")).toString() + QLatin1Char(':') +
                               owner.value(QLatin1String("id")).toString();
        const bool found = std::any_of(got.begin(), got.end(), [&](const QJsonObject &g) {
            return g.value(QLatin1String("file"))
                       .toString()
                       .endsWith(p.value(QLatin1String("path")).toString()) &&
                   g.value(QLatin1String("kind")).toString() ==
                       p.value(QLatin1String("problem")).toString() &&
                   g.value(QLatin1String("memory")).toString() == memory;
        });
        QVERIFY2(found, qPrintable(p.value(QLatin1String("path")).toString()));
    }
    QVERIFY(expectedCount > 0);
    // Those files, plus the one summary of media never downloaded; nothing else is wrong.
    for (const QJsonObject &g : got)
        qInfo("problem: [%s] %s", qPrintable(g.value(QLatin1String("kind")).toString()),
              qPrintable(g.value(QLatin1String("file")).toString()));
    QCOMPARE(int(got.size()), expectedCount + 1);
    QCOMPARE(m_report.value(QLatin1String("problems")).toArray().size(), expectedCount + 1);
}

void TestCorpusTimeMachine::search()
{
    // EXPECTED.json's word counts for this backup: 说说 whose own text, or reposted text, has it.
    const QList<QJsonObject> posts = m_lib.list(QStringLiteral("post"));
    int checked = 0;
    for (const QJsonValue &v : m_expected.value(QLatin1String("search")).toArray()) {
        const QJsonObject row = v.toObject();
        if (row.value(QLatin1String("source")).toString() != QLatin1String("timemachine"))
            continue;
        ++checked;
        const QString query = row.value(QLatin1String("query")).toString();
        const QString folded = foldForSearch(query);
        QSet<QString> own, ownOrRepost;
        for (const QJsonObject &p : posts) {
            const QString key = p.value(QLatin1String("key")).toString();
            if (foldForSearch(qzonePlainText(p.value(QLatin1String("text")).toString())).contains(folded))
                own.insert(key);
            if (own.contains(key) ||
                foldForSearch(extra(key, QStringLiteral("$.repost.text"))).contains(folded))
                ownOrRepost.insert(key);
        }
        QCOMPARE(int(own.size()), row.value(QLatin1String("posts_own_text")).toInt());
        QCOMPARE(int(ownOrRepost.size()), row.value(QLatin1String("posts_own_or_repost_text")).toInt());
        // `keepsake search` finds every one of them.
        QSet<QString> found;
        for (const QJsonObject &hit :
             m_lib.lines({QStringLiteral("search"), query + QStringLiteral(" kind:post")}))
            found.insert(hit.value(QLatin1String("key")).toString());
        QVERIFY2(found.contains(ownOrRepost), qPrintable(query));
    }
    QVERIFY(checked > 0);
}

void TestCorpusTimeMachine::reimportChangesNothing()
{
    const auto before = test::snapshotTree(m_path);
    QVERIFY(!before.isEmpty());
    const QJsonObject stats = m_lib.stats();
    const QJsonObject again = m_lib.import(m_path);
    QCOMPARE(again.value(QLatin1String("added")).toInt(), 0);
    QCOMPARE(again.value(QLatin1String("updated")).toInt(), 0);
    QCOMPARE(m_lib.stats(), stats);
    QCOMPARE(test::snapshotTree(m_path), before);
}

QTEST_GUILESS_MAIN(TestCorpusTimeMachine)
#include "tst_corpus_timemachine.moc"
