// SPDX-License-Identifier: GPL-3.0-or-later
// The wwwpf/QzoneExporter sample of the corpus, imported through the CLI, against EXPECTED.json.
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

/// One temporary library, driven through the keepsake executable.
class Library
{
public:
    Library() { m_dir.setAutoRemove(true); }
    QString path() const { return m_dir.path() + QStringLiteral("/lib"); }

    QJsonObject import(const QString &source)
    {
        QByteArray out, err;
        const int rc = test::runKeepsake(
            {QStringLiteral("import"), source, QStringLiteral("--library"), path(), QStringLiteral("--json")},
            &out, &err);
        if (rc != 0)
            qWarning("import %s exited %d: %s", qPrintable(source), rc, err.constData());
        return QJsonDocument::fromJson(out).object();
    }

    QJsonObject stats() const
    {
        QByteArray out;
        test::runKeepsake(
            {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--library"), path()}, &out);
        return QJsonDocument::fromJson(out).object();
    }

    QList<QJsonObject> lines(const QStringList &args) const
    {
        QByteArray out;
        test::runKeepsake(args + QStringList{QStringLiteral("--json"), QStringLiteral("--library"), path()},
                          &out);
        QList<QJsonObject> result;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                result << QJsonDocument::fromJson(line).object();
        }
        return result;
    }

    QList<QJsonObject> list(const QString &kind) const
    {
        return lines({QStringLiteral("list"), QStringLiteral("--kind"), kind});
    }
    QHash<QString, QJsonObject> byKey(const QString &kind) const
    {
        QHash<QString, QJsonObject> map;
        for (const QJsonObject &o : list(kind))
            map.insert(o.value(QLatin1String("key")).toString(), o);
        return map;
    }
    QList<QJsonObject> problems() const { return lines({QStringLiteral("problems")}); }

    /// Direct reads for what the CLI does not print (extra_json, locations, friends).
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        Database db;
        if (!db.open(path()))
            return QVariant();
        QVariant v;
        {
            QSqlQuery q(db.connection());
            q.prepare(sql);
            for (const QVariant &b : binds)
                q.addBindValue(b);
            if (q.exec() && q.next())
                v = q.value(0);
        }
        db.close();
        return v;
    }
    QStringList column(const QString &sql, const QVariantList &binds = {}) const
    {
        Database db;
        QStringList values;
        if (!db.open(path()))
            return values;
        {
            QSqlQuery q(db.connection());
            q.prepare(sql);
            for (const QVariant &b : binds)
                q.addBindValue(b);
            if (q.exec()) {
                while (q.next())
                    values << q.value(0).toString();
            }
        }
        db.close();
        return values;
    }

private:
    QTemporaryDir m_dir;
};

int mediaCount(const QJsonObject &memory, const QString &role, const QString &status = QString())
{
    int n = 0;
    for (const QJsonValue &v : memory.value(QLatin1String("media")).toArray()) {
        const QJsonObject m = v.toObject();
        if (m.value(QLatin1String("role")).toString() == role &&
            (status.isEmpty() || m.value(QLatin1String("status")).toString() == status))
            ++n;
    }
    return n;
}

int sumMedia(const QList<QJsonObject> &memories, const QString &role, const QString &status = QString())
{
    int n = 0;
    for (const QJsonObject &m : memories)
        n += mediaCount(m, role, status);
    return n;
}

int sumComments(const QList<QJsonObject> &memories)
{
    int n = 0;
    for (const QJsonObject &m : memories)
        n += m.value(QLatin1String("comments")).toInt();
    return n;
}

/// "2008-03-11T10:52:00+08:00" → "2008-03-11 10:52:00".
QString localTime(const QJsonValue &iso)
{
    return iso.toString().left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
}

QJsonObject perYear(const QList<QJsonObject> &memories)
{
    QHash<QString, int> years;
    for (const QJsonObject &m : memories)
        ++years[m.value(QLatin1String("created")).toString().left(4)];
    QJsonObject o;
    for (auto it = years.begin(); it != years.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

class TestCorpusWwwpf : public QObject
{
    Q_OBJECT

private:
    QString m_corpus;
    QJsonObject m_expected;

private slots:
    void initTestCase()
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
    }

    void importsEveryFact()
    {
        const QJsonObject info = m_expected.value(QLatin1String("sources"))
                                     .toObject()
                                     .value(QLatin1String("wwwpf-qzoneexporter"))
                                     .toObject();
        const QJsonObject counts = info.value(QLatin1String("counts")).toObject();
        auto expect = [&](const char *key) {
            return counts.value(QLatin1String(key)).toInt();
        };
        const QString path = m_corpus + QLatin1Char('/') + info.value(QLatin1String("path")).toString();
        const auto before = test::snapshotTree(path);
        QVERIFY(!before.isEmpty());

        Library lib;
        const QJsonObject report = lib.import(path);
        QCOMPARE(report.value(QLatin1String("failed")).toBool(), false);
        QCOMPARE(report.value(QLatin1String("formats")).toArray(), QJsonArray{QStringLiteral("wwwpf")});

        const QJsonObject stats = lib.stats();
        const QJsonObject memories = stats.value(QLatin1String("memories")).toObject();
        QCOMPARE(memories.value(QLatin1String("post")).toInt(), expect("posts"));
        QCOMPARE(memories.value(QLatin1String("board")).toInt(), expect("board_messages"));
        QCOMPARE(memories.value(QLatin1String("album")).toInt(), expect("albums"));
        QCOMPARE(memories.value(QLatin1String("photo")).toInt(), expect("photos"));
        QCOMPARE(stats.value(QLatin1String("tags")).toInt(), expect("tags"));
        QCOMPARE(lib.scalar(QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post' AND "
                                           "json_extract(extra_json, '$.repost') IS NOT NULL"))
                     .toInt(),
                 expect("reposts"));
        QCOMPARE(lib.scalar(QStringLiteral("SELECT nickname FROM accounts WHERE uin = ?"),
                            {info.value(QLatin1String("account")).toString()})
                     .toString(),
                 QStringLiteral("芷炫"));

        const QList<QJsonObject> posts = lib.list(QStringLiteral("post"));
        const QList<QJsonObject> boards = lib.list(QStringLiteral("board"));
        const QList<QJsonObject> photos = lib.list(QStringLiteral("photo"));
        QCOMPARE(sumMedia(posts, QStringLiteral("image")), expect("post_images"));
        QCOMPARE(sumMedia(posts, QStringLiteral("image"), QStringLiteral("ok")),
                 expect("post_images_with_file"));
        int withFile = 0;
        for (const QJsonObject &p : photos)
            withFile += mediaCount(p, QStringLiteral("image"), QStringLiteral("ok")) > 0;
        QCOMPARE(withFile, expect("photos_with_file"));
        // Every downloaded photo is linked by its <picKey><ext> name, under its album.
        for (const QJsonObject &p : photos) {
            const QString key = p.value(QLatin1String("key")).toString();
            const QString rel =
                lib.scalar(QStringLiteral("SELECT mm.source_path FROM memory_media mm JOIN memories m "
                                          "ON m.id = mm.memory_id WHERE m.key = ?"),
                           {key})
                    .toString();
            QVERIFY2(rel.startsWith(QStringLiteral("photo/我家的猫_VFmnnQ85RYcrUP/downloaded/") + key.mid(6)),
                     qPrintable(rel));
            QCOMPARE(
                lib.scalar(QStringLiteral("SELECT a.name FROM memories m JOIN albums a ON a.id = m.album_id "
                                          "WHERE m.key = ?"),
                           {key})
                    .toString(),
                QStringLiteral("我家的猫"));
        }

        const QJsonObject comments = counts.value(QLatin1String("comments")).toObject();
        QCOMPARE(sumComments(posts), comments.value(QLatin1String("posts")).toInt());
        QCOMPARE(sumComments(boards), expect("board_replies"));

        const QJsonObject years = info.value(QLatin1String("per_year")).toObject();
        QCOMPARE(perYear(posts), years.value(QLatin1String("posts")).toObject());
        QCOMPARE(perYear(boards), years.value(QLatin1String("board_messages")).toObject());

        // Same spot checks as the QZoneExport copy of this account, where wwwpf has the item.
        const QHash<QString, QJsonObject> byKey = lib.byKey(QStringLiteral("post"));
        const QJsonObject repost = byKey.value(QStringLiteral("post:9e238e51c241db181edb27f5"));
        QCOMPARE(localTime(repost.value(QLatin1String("created"))), QStringLiteral("2008-03-02 19:03:21"));
        QCOMPARE(repost.value(QLatin1String("comments")).toInt(), 8);
        QCOMPARE(
            lib.scalar(QStringLiteral(
                           "SELECT json_extract(extra_json, '$.repost.uin') FROM memories WHERE key = ?"),
                       {QStringLiteral("post:9e238e51c241db181edb27f5")})
                .toString(),
            QStringLiteral("2288173397"));
        const QJsonObject board = lib.byKey(QStringLiteral("board")).value(QStringLiteral("board:24"));
        QCOMPARE(board.value(QLatin1String("author")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("猫猫"));
        QCOMPARE(board.value(QLatin1String("comments")).toInt(), 2);

        // Post pictures were never downloaded: links only, which is not a problem with the folder.
        QCOMPARE(stats.value(QLatin1String("problems")).toInt(), 0);

        const QJsonObject again = lib.import(path);
        QCOMPARE(again.value(QLatin1String("added")).toInt(), 0);
        QCOMPARE(lib.stats(), stats);
        QCOMPARE(test::snapshotTree(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCorpusWwwpf)
#include "tst_corpus_wwwpf.moc"
