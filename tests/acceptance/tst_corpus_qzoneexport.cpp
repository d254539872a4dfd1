// SPDX-License-Identifier: GPL-3.0-or-later
// The QZoneExport samples of the corpus, imported through the CLI, against every fact in
// EXPECTED.json: counts, years, comments, media states, spot checks, problems and merges.
#include "corpuslibrary.h"
#include "library/database.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
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

QJsonObject firstMedia(const QJsonObject &memory, const QString &role)
{
    for (const QJsonValue &v : memory.value(QLatin1String("media")).toArray()) {
        if (v.toObject().value(QLatin1String("role")).toString() == role)
            return v.toObject();
    }
    return QJsonObject();
}

} // namespace

class TestCorpusQZoneExport : public QObject
{
    Q_OBJECT

private:
    QString m_corpus;
    QJsonObject m_expected;

    QString source(const QString &name) const
    {
        return m_corpus + QLatin1Char('/') +
               m_expected.value(QLatin1String("sources"))
                   .toObject()
                   .value(name)
                   .toObject()
                   .value(QLatin1String("path"))
                   .toString();
    }
    QJsonObject sourceInfo(const QString &name) const
    {
        return m_expected.value(QLatin1String("sources")).toObject().value(name).toObject();
    }

    void checkCounts(const CorpusLibrary &lib, const QString &name);
    void checkProblems(const CorpusLibrary &lib, const QString &name, bool exact);
    void checkSpotChecks(const CorpusLibrary &lib, const QString &name);

private slots:
    void initTestCase();
    void singleSource_data();
    void singleSource();
    void mediaOnlyAlone();
    void textThenMediaHalves_data();
    void textThenMediaHalves();
    void reexportMerge();
    void wwwpfAfterQZoneExport();
};

void TestCorpusQZoneExport::initTestCase()
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
    QVERIFY(!m_expected.isEmpty());
    QVERIFY(QFileInfo(qEnvironmentVariable("KEEPSAKE_EXECUTABLE")).isExecutable());
}

void TestCorpusQZoneExport::checkCounts(const CorpusLibrary &lib, const QString &name)
{
    const QJsonObject info = sourceInfo(name);
    const QJsonObject counts = info.value(QLatin1String("counts")).toObject();
    const QJsonObject stats = lib.stats();
    const QJsonObject memories = stats.value(QLatin1String("memories")).toObject();
    auto expect = [&](const char *key) {
        return counts.value(QLatin1String(key)).toInt();
    };

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

    QCOMPARE(lib.scalar(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post' AND "
                                       "json_extract(extra_json, '$.repost') IS NOT NULL"))
                 .toInt(),
             expect("reposts"));
    QCOMPARE(lib.scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE is_friend = 1")).toInt(),
             expect("friends"));
    const QString account = info.value(QLatin1String("account")).toString();
    QCOMPARE(lib.scalar(QStringLiteral("SELECT nickname FROM accounts WHERE uin = ?"), {account}).toString(),
             info.value(QLatin1String("nickname")).toString());

    const QList<QJsonObject> posts = lib.list(QStringLiteral("post"));
    const QList<QJsonObject> blogs = lib.list(QStringLiteral("blog"));
    const QList<QJsonObject> photos = lib.list(QStringLiteral("photo"));
    const QList<QJsonObject> videos = lib.list(QStringLiteral("video"));
    const QList<QJsonObject> boards = lib.list(QStringLiteral("board"));
    const QList<QJsonObject> shares = lib.list(QStringLiteral("share"));

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

    const QJsonObject comments = counts.value(QLatin1String("comments")).toObject();
    QCOMPARE(sumComments(posts), comments.value(QLatin1String("posts")).toInt());
    QCOMPARE(sumComments(blogs), comments.value(QLatin1String("blogs")).toInt());
    QCOMPARE(sumComments(photos), comments.value(QLatin1String("photos")).toInt());
    QCOMPARE(sumComments(videos), comments.value(QLatin1String("videos")).toInt());
    QCOMPARE(sumComments(shares), comments.value(QLatin1String("shares")).toInt());
    QCOMPARE(sumComments(boards), expect("board_replies"));
    // stats counts every comment and reply, board replies included.
    QCOMPARE(stats.value(QLatin1String("comments")).toInt(),
             comments.value(QLatin1String("total")).toInt() + expect("board_replies"));

    const QJsonObject years = info.value(QLatin1String("per_year")).toObject();
    QCOMPARE(perYear(posts), years.value(QLatin1String("posts")).toObject());
    QCOMPARE(perYear(blogs), years.value(QLatin1String("blogs")).toObject());
    QCOMPARE(perYear(boards), years.value(QLatin1String("board_messages")).toObject());
    QCOMPARE(perYear(photos), years.value(QLatin1String("photos_by_upload")).toObject());
}

void TestCorpusQZoneExport::checkProblems(const CorpusLibrary &lib, const QString &name, bool exact)
{
    const QList<QJsonObject> problems = lib.problems();
    int expectedCount = 0;
    for (const QJsonValue &v : m_expected.value(QLatin1String("problems")).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(QLatin1String("source")).toString() != name)
            continue;
        ++expectedCount;
        const QString path = p.value(QLatin1String("path")).toString();
        const QJsonObject owner = p.value(QLatin1String("owner")).toObject();
        const QString memory = owner.value(QLatin1String("kind")).toString() + QLatin1Char(':') +
                               owner.value(QLatin1String("id")).toString();
        const bool found = std::any_of(problems.begin(), problems.end(), [&](const QJsonObject &got) {
            return got.value(QLatin1String("file")).toString().endsWith(path) &&
                   got.value(QLatin1String("kind")).toString() ==
                       p.value(QLatin1String("problem")).toString() &&
                   got.value(QLatin1String("memory")).toString() == memory;
        });
        if (!found)
            qWarning("expected problem not reported: %s %s", qPrintable(path), qPrintable(memory));
        QVERIFY(found);
    }
    if (exact)
        QCOMPARE(problems.size(), expectedCount);
}

void TestCorpusQZoneExport::checkSpotChecks(const CorpusLibrary &lib, const QString &name)
{
    QHash<QString, QHash<QString, QJsonObject>> cache;
    auto memory = [&](const QString &kind, const QString &key) {
        if (!cache.contains(kind))
            cache.insert(kind, lib.byKey(kind));
        return cache.value(kind).value(key);
    };
    int checked = 0;
    for (const QJsonValue &v : m_expected.value(QLatin1String("spot_checks")).toArray()) {
        const QJsonObject spot = v.toObject();
        if (spot.value(QLatin1String("source")).toString() != name)
            continue;
        const QString kind = spot.value(QLatin1String("kind")).toString();
        const QString id = spot.value(QLatin1String("id")).toString();
        ++checked;
        if (kind == QLatin1String("friend")) {
            QCOMPARE(lib.scalar(QStringLiteral("SELECT name FROM people WHERE uin = ?"), {id}).toString(),
                     spot.value(QLatin1String("name")).toString());
            QCOMPARE(lib.scalar(QStringLiteral("SELECT remark FROM people WHERE uin = ?"), {id}).toString(),
                     spot.value(QLatin1String("remark")).toString());
            QCOMPARE(
                lib.scalar(QStringLiteral("SELECT group_name FROM people WHERE uin = ?"), {id}).toString(),
                spot.value(QLatin1String("group")).toString());
            QCOMPARE(
                lib.scalar(QStringLiteral("SELECT datetime(friend_since + 28800, 'unixepoch') FROM people "
                                          "WHERE uin = ?"),
                           {id})
                    .toString(),
                spot.value(QLatin1String("added_local")).toString());
            continue;
        }
        const QString storedKind = kind == QLatin1String("board_message") ? QStringLiteral("board") : kind;
        const QString key = storedKind + QLatin1Char(':') + id;
        const QJsonObject m = memory(storedKind, key);
        if (m.isEmpty())
            qWarning("spot check %s not found", qPrintable(key));
        QVERIFY(!m.isEmpty());
        const QString text = m.value(QLatin1String("text")).toString();
        auto extra = [&](const QString &path) {
            return lib.scalar(
                QStringLiteral("SELECT json_extract(extra_json, ?) FROM memories WHERE key = ?"),
                {path, key});
        };
        if (spot.contains(QLatin1String("created_local")))
            QCOMPARE(localTime(m.value(QLatin1String("created"))),
                     spot.value(QLatin1String("created_local")).toString());
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
        if (spot.contains(QLatin1String("replies")))
            QCOMPARE(m.value(QLatin1String("comments")).toInt(),
                     spot.value(QLatin1String("replies")).toInt());
        if (spot.contains(QLatin1String("photos")))
            QCOMPARE(mediaCount(m, QStringLiteral("image")), spot.value(QLatin1String("photos")).toInt());
        if (spot.contains(QLatin1String("images")))
            QCOMPARE(mediaCount(m, QStringLiteral("image")), spot.value(QLatin1String("images")).toInt());
        if (spot.contains(QLatin1String("videos")))
            QCOMPARE(mediaCount(m, QStringLiteral("video")), spot.value(QLatin1String("videos")).toInt());
        for (const QJsonValue &e : spot.value(QLatin1String("emoticons")).toArray())
            QVERIFY(text.contains(QStringLiteral("[em]%1[/em]").arg(e.toString())));
        if (spot.contains(QLatin1String("location")))
            QCOMPARE(
                lib.scalar(QStringLiteral("SELECT location FROM memories WHERE key = ?"), {key}).toString(),
                spot.value(QLatin1String("location")).toString());
        if (spot.contains(QLatin1String("text_lines")))
            QCOMPARE(int(text.split(QLatin1Char('\n')).size()),
                     spot.value(QLatin1String("text_lines")).toInt());
        if (spot.contains(QLatin1String("text_length")))
            QCOMPARE(int(text.toUcs4().size()), spot.value(QLatin1String("text_length")).toInt());
        for (const QJsonValue &mv : spot.value(QLatin1String("mentions")).toArray()) {
            const QString uin = QString::number(mv.toObject().value(QLatin1String("uin")).toInteger());
            bool found = false;
            for (const QJsonValue &p : m.value(QLatin1String("people")).toArray()) {
                const QJsonObject person = p.toObject();
                found =
                    found || (person.value(QLatin1String("uin")).toString() == uin &&
                              person.value(QLatin1String("role")).toString() == QLatin1String("mention") &&
                              person.value(QLatin1String("name")).toString() ==
                                  mv.toObject().value(QLatin1String("nick")).toString());
            }
            QVERIFY2(found, qPrintable(key + QStringLiteral(" mentions ") + uin));
        }
        if (spot.contains(QLatin1String("repost_of"))) {
            const QJsonObject rt = spot.value(QLatin1String("repost_of")).toObject();
            QCOMPARE(extra(QStringLiteral("$.repost.uin")).toString(),
                     QString::number(rt.value(QLatin1String("uin")).toInteger()));
            QVERIFY(extra(QStringLiteral("$.repost.text"))
                        .toString()
                        .contains(rt.value(QLatin1String("text_contains")).toString()));
        }
        if (spot.contains(QLatin1String("category")))
            QCOMPARE(extra(QStringLiteral("$.category")).toString(),
                     spot.value(QLatin1String("category")).toString());
        if (spot.contains(QLatin1String("private")))
            QCOMPARE(extra(QStringLiteral("$.private")).toBool(),
                     spot.value(QLatin1String("private")).toBool());
        if (spot.contains(QLatin1String("has_table")))
            QCOMPARE(lib.scalar(QStringLiteral("SELECT body_html FROM memories WHERE key = ?"), {key})
                         .toString()
                         .contains(QLatin1String("<table")),
                     spot.value(QLatin1String("has_table")).toBool());
        if (spot.contains(QLatin1String("images_resolve_to"))) {
            QStringList want;
            for (const QJsonValue &p : spot.value(QLatin1String("images_resolve_to")).toArray())
                want << p.toString();
            const QStringList got = lib.column(
                QStringLiteral(
                    "SELECT mm.source_path FROM memory_media mm JOIN memories m ON m.id = mm.memory_id "
                    "WHERE m.key = ? ORDER BY mm.position"),
                {key});
            QCOMPARE(got, want);
        }
        if (spot.contains(QLatin1String("author_uin"))) {
            const QJsonObject author = m.value(QLatin1String("author")).toObject();
            QCOMPARE(author.value(QLatin1String("uin")).toString(),
                     QString::number(spot.value(QLatin1String("author_uin")).toInteger()));
            QCOMPARE(author.value(QLatin1String("name")).toString(),
                     spot.value(QLatin1String("author")).toString());
        }
        if (kind == QLatin1String("photo")) {
            QCOMPARE(
                lib.scalar(QStringLiteral("SELECT a.name FROM memories m JOIN albums a ON a.id = m.album_id "
                                          "WHERE m.key = ?"),
                           {key})
                    .toString(),
                spot.value(QLatin1String("album")).toString());
            const QJsonObject media = firstMedia(m, QStringLiteral("image"));
            QCOMPARE(media.value(QLatin1String("status")).toString(),
                     spot.value(QLatin1String("file_state")).toString());
            const QString file = spot.value(QLatin1String("file")).toString();
            const QString rel = file.mid(file.indexOf(QLatin1String("/Albums/")) + 1);
            QCOMPARE(lib.scalar(QStringLiteral(
                                    "SELECT mm.source_path FROM memory_media mm JOIN memories m ON m.id = "
                                    "mm.memory_id WHERE m.key = ? AND mm.role = 'image'"),
                                {key})
                         .toString(),
                     rel);
            if (spot.value(QLatin1String("file_state")).toString() != QLatin1String("missing"))
                QCOMPARE(media.value(QLatin1String("mime")).toString(),
                         QStringLiteral("image/") + spot.value(QLatin1String("format")).toString());
            const QJsonArray display = spot.value(QLatin1String("display_size")).toArray();
            if (!display.isEmpty()) {
                QCOMPARE(media.value(QLatin1String("width")).toInt(), display.at(0).toInt());
                QCOMPARE(media.value(QLatin1String("height")).toInt(), display.at(1).toInt());
            }
            const QJsonValue taken = spot.value(QLatin1String("taken_local"));
            if (taken.isString())
                QCOMPARE(localTime(media.value(QLatin1String("taken"))), taken.toString());
            const QJsonObject exif = spot.value(QLatin1String("exif")).toObject();
            if (!exif.isEmpty()) {
                QCOMPARE(media.value(QLatin1String("make")).toString(),
                         exif.value(QLatin1String("Make")).toString());
                QCOMPARE(media.value(QLatin1String("model")).toString(),
                         exif.value(QLatin1String("Model")).toString());
                QCOMPARE(media.value(QLatin1String("orientation")).toInt(),
                         exif.value(QLatin1String("Orientation")).toInt());
                const QJsonArray gps = exif.value(QLatin1String("GPS")).toArray();
                if (!gps.isEmpty()) {
                    const double tol = exif.value(QLatin1String("gps_tolerance")).toDouble(0.001);
                    const QJsonArray got = media.value(QLatin1String("gps")).toArray();
                    QCOMPARE(got.size(), 2);
                    QVERIFY(std::abs(got.at(0).toDouble() - gps.at(0).toDouble()) <= tol);
                    QVERIFY(std::abs(got.at(1).toDouble() - gps.at(1).toDouble()) <= tol);
                }
                // The photo's own record keeps QQ's EXIF object as well.
                QCOMPARE(extra(QStringLiteral("$.exif.originalTime")).toString(),
                         exif.value(QLatin1String("DateTimeOriginal")).toString());
            }
        }
        if (kind == QLatin1String("video")) {
            const QJsonObject video = firstMedia(m, QStringLiteral("video"));
            QCOMPARE(video.value(QLatin1String("status")).toString(),
                     spot.value(QLatin1String("file_state")).toString());
            QCOMPARE(mediaCount(m, QStringLiteral("poster"), QStringLiteral("ok")) > 0,
                     spot.value(QLatin1String("poster")).toBool());
            // Size from the video, or from its poster when the video itself is missing.
            const bool present = video.value(QLatin1String("status")).toString() == QLatin1String("ok");
            const QJsonObject sized = present ? video : firstMedia(m, QStringLiteral("poster"));
            const QJsonArray size = spot.value(QLatin1String("size")).toArray();
            QCOMPARE(sized.value(QLatin1String("width")).toInt(), size.at(0).toInt());
            QCOMPARE(sized.value(QLatin1String("height")).toInt(), size.at(1).toInt());
            if (present) {
                const double ms =
                    lib.scalar(QStringLiteral("SELECT md.duration_ms FROM memory_media mm JOIN media md ON "
                                              "md.id = mm.media_id JOIN memories m ON m.id = mm.memory_id "
                                              "WHERE m.key = ? AND mm.role = 'video'"),
                               {key})
                        .toDouble();
                QVERIFY(std::abs(ms / 1000.0 - spot.value(QLatin1String("duration_s")).toDouble()) < 0.2);
            }
        }
    }
    if (name == QLatin1String("qzoneexport-html"))
        QVERIFY(checked > 20);
}

void TestCorpusQZoneExport::singleSource_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("exactProblems");
    QTest::newRow("html") << QStringLiteral("qzoneexport-html") << true;
    QTest::newRow("html-reexport") << QStringLiteral("qzoneexport-html-reexport") << true;
    QTest::newRow("json-textonly") << QStringLiteral("qzoneexport-json-textonly") << false;
}

void TestCorpusQZoneExport::singleSource()
{
    QFETCH(QString, name);
    QFETCH(bool, exactProblems);
    const QString path = source(name);
    const auto before = test::snapshotTree(path);
    QVERIFY(!before.isEmpty());

    CorpusLibrary lib;
    const QJsonObject report = lib.import(path);
    QCOMPARE(report.value(QLatin1String("failed")).toBool(), false);
    QVERIFY(report.value(QLatin1String("formats")).toArray().contains(QStringLiteral("qzoneexport")));
    checkCounts(lib, name);
    checkProblems(lib, name, exactProblems);
    checkSpotChecks(lib, name);
    if (name == QLatin1String("qzoneexport-json-textonly")) {
        // The text half names every picture; each is reported missing, nothing else.
        for (const QJsonObject &p : lib.problems())
            QCOMPARE(p.value(QLatin1String("kind")).toString(), QStringLiteral("missing"));
    }

    // A second import of the same folder changes nothing.
    const QJsonObject statsOnce = lib.stats();
    const QJsonObject again = lib.import(path);
    QCOMPARE(again.value(QLatin1String("added")).toInt(), 0);
    QCOMPARE(lib.stats(), statsOnce);

    // The source is never touched.
    QCOMPARE(test::snapshotTree(path), before);
}

void TestCorpusQZoneExport::mediaOnlyAlone()
{
    const QString path = source(QStringLiteral("qzoneexport-media-only"));
    const auto before = test::snapshotTree(path);
    CorpusLibrary lib;
    const QJsonObject report = lib.import(path);
    QCOMPARE(report.value(QLatin1String("failed")).toBool(), false);
    QVERIFY(report.value(QLatin1String("formats")).toArray().contains(QStringLiteral("qzoneexport")));
    const QJsonObject stats = lib.stats();
    const QJsonObject memories = stats.value(QLatin1String("memories")).toObject();
    for (auto it = memories.begin(); it != memories.end(); ++it)
        QCOMPARE(it.value().toInt(), 0);
    // Every file is in the vault, stored once by content.
    QSet<QByteArray> distinct;
    for (auto it = before.begin(); it != before.end(); ++it)
        distinct.insert(it.value().first);
    QCOMPARE(int(before.size()),
             sourceInfo(QStringLiteral("qzoneexport-media-only")).value(QLatin1String("files")).toInt());
    QCOMPARE(stats.value(QLatin1String("media")).toObject().value(QLatin1String("files")).toInt(),
             int(distinct.size()));
    QCOMPARE(stats.value(QLatin1String("problems")).toInt(), 0);
    QCOMPARE(test::snapshotTree(path), before);
}

void TestCorpusQZoneExport::textThenMediaHalves_data()
{
    QTest::addColumn<bool>("textFirst");
    QTest::newRow("text, then media") << true;
    QTest::newRow("media, then text") << false;
}

void TestCorpusQZoneExport::textThenMediaHalves()
{
    QFETCH(bool, textFirst);
    const QJsonObject merge = m_expected.value(QLatin1String("merges"))
                                  .toObject()
                                  .value(QLatin1String("qzoneexport-json-textonly+qzoneexport-media-only"))
                                  .toObject();
    const QJsonObject totals = merge.value(QLatin1String("totals")).toObject();
    const QString text = source(QStringLiteral("qzoneexport-json-textonly"));
    const QString media = source(QStringLiteral("qzoneexport-media-only"));
    CorpusLibrary lib;
    for (const QString &path : textFirst ? QStringList{text, media} : QStringList{media, text})
        QCOMPARE(lib.import(path).value(QLatin1String("failed")).toBool(), false);

    const QStringList mismatches = test::totalsMismatches(lib, totals);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1String("; "))));
    const QJsonObject stats = lib.stats();
    // Every reference resolved: nothing is missing any more, and no problem is left open.
    QCOMPARE(stats.value(QLatin1String("media")).toObject().value(QLatin1String("missing")).toInt(), 0);
    QCOMPARE(stats.value(QLatin1String("problems")).toInt(), 0);
}

void TestCorpusQZoneExport::reexportMerge()
{
    const QJsonObject merge = m_expected.value(QLatin1String("merges"))
                                  .toObject()
                                  .value(QLatin1String("qzoneexport-html+qzoneexport-html-reexport"))
                                  .toObject();
    const QJsonObject totals = merge.value(QLatin1String("totals")).toObject();
    const QString first = source(QStringLiteral("qzoneexport-html"));
    const QString second = source(QStringLiteral("qzoneexport-html-reexport"));
    const auto beforeFirst = test::snapshotTree(first);
    const auto beforeSecond = test::snapshotTree(second);

    CorpusLibrary lib;
    QCOMPARE(lib.import(first).value(QLatin1String("failed")).toBool(), false);
    QHash<QString, int> commentsBefore;
    for (const QJsonObject &p : lib.list(QStringLiteral("post")))
        commentsBefore.insert(p.value(QLatin1String("key")).toString(),
                              p.value(QLatin1String("comments")).toInt());
    QCOMPARE(lib.import(second).value(QLatin1String("failed")).toBool(), false);

    const QStringList mismatches = test::totalsMismatches(lib, totals);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1String("; "))));
    const QJsonObject stats = lib.stats();
    const QHash<QString, QJsonObject> posts = lib.byKey(QStringLiteral("post"));

    for (const QJsonValue &v : merge.value(QLatin1String("deleted_in_second_kept")).toArray())
        QVERIFY2(posts.contains(QStringLiteral("post:") + v.toString()), qPrintable(v.toString()));
    const QJsonObject fresh = merge.value(QLatin1String("new_in_second")).toObject();
    for (const QJsonValue &v : fresh.value(QLatin1String("posts")).toArray()) {
        QVERIFY(posts.contains(QStringLiteral("post:") + v.toString()));
        QVERIFY(!commentsBefore.contains(QStringLiteral("post:") + v.toString()));
    }
    const QHash<QString, QJsonObject> photos = lib.byKey(QStringLiteral("photo"));
    for (const QJsonValue &v : fresh.value(QLatin1String("photos")).toArray())
        QVERIFY(photos.contains(QStringLiteral("photo:") + v.toString()));
    for (const QJsonValue &v : merge.value(QLatin1String("posts_with_new_comment_in_second")).toArray()) {
        const QString key = QStringLiteral("post:") + v.toString();
        QCOMPARE(posts.value(key).value(QLatin1String("comments")).toInt(), commentsBefore.value(key) + 1);
    }

    // Media are stored once by content although every file was renamed in the second backup.
    QSet<QByteArray> distinct;
    for (const auto *snapshot : {&beforeFirst, &beforeSecond}) {
        for (auto it = snapshot->begin(); it != snapshot->end(); ++it) {
            const QString suffix = QFileInfo(it.key()).suffix().toLower();
            if (QFileInfo(it.key()).size() > 0 && suffix != QLatin1String("js") &&
                suffix != QLatin1String("json") && suffix != QLatin1String("html") &&
                suffix != QLatin1String("xlsx"))
                distinct.insert(it.value().first);
        }
    }
    QCOMPARE(stats.value(QLatin1String("media")).toObject().value(QLatin1String("files")).toInt(),
             int(distinct.size()));
    QCOMPARE(
        lib.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT sha256 FROM media WHERE sha256 IS NOT NULL "
                                  "GROUP BY sha256 HAVING COUNT(*) > 1)"))
            .toInt(),
        0);

    QCOMPARE(test::snapshotTree(first), beforeFirst);
    QCOMPARE(test::snapshotTree(second), beforeSecond);
}

void TestCorpusQZoneExport::wwwpfAfterQZoneExport()
{
    const QJsonObject merge = m_expected.value(QLatin1String("merges"))
                                  .toObject()
                                  .value(QLatin1String("qzoneexport-html+wwwpf-qzoneexporter"))
                                  .toObject();
    const QJsonObject totals = merge.value(QLatin1String("totals")).toObject();
    CorpusLibrary lib;
    QCOMPARE(lib.import(source(QStringLiteral("qzoneexport-html"))).value(QLatin1String("failed")).toBool(),
             false);
    const QJsonObject report = lib.import(source(QStringLiteral("wwwpf-qzoneexporter")));
    QCOMPARE(report.value(QLatin1String("failed")).toBool(), false);
    QCOMPARE(report.value(QLatin1String("added")).toInt(), 0);
    const QStringList mismatches = test::totalsMismatches(lib, totals);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1String("; "))));
}

QTEST_GUILESS_MAIN(TestCorpusQZoneExport)
#include "tst_corpus_qzoneexport.moc"
