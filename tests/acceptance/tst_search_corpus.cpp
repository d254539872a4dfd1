// SPDX-License-Identifier: GPL-3.0-or-later
// Search against the sample corpus: for every query (one to six characters: Chinese, Latin,
// digits, punctuation, emoji, mixed, and every query of EXPECTED.json) the search returns
// exactly the memories whose searchable text contains the query, the set a plain scan of
// search_docs finds; and the EXPECTED.json counts of 说说 containing each word hold.
#include "library/database.h"
#include "search/searchengine.h"
#include "search/searchindex.h"
#include "service/importservice.h"
#include "testsupport.h"
#include "text/qzonetext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;

namespace {

struct Doc
{
    qint64 id = 0;
    QString kind;
    QString folded;
};

QList<Doc> documents(QSqlDatabase db)
{
    QList<Doc> docs;
    QSqlQuery q(db);
    q.exec(QStringLiteral(
        "SELECT d.memory_id, m.kind, d.plain FROM search_docs d JOIN memories m ON m.id = d.memory_id"));
    while (q.next())
        docs.append(
            Doc{q.value(0).toLongLong(), q.value(1).toString(), foldForSearch(q.value(2).toString())});
    return docs;
}

QList<qint64> scan(const QList<Doc> &docs, const QString &query, const QString &kind = QString())
{
    const QString folded = foldForSearch(query);
    QList<qint64> out;
    for (const Doc &d : docs) {
        if ((kind.isEmpty() || d.kind == kind) && d.folded.contains(folded))
            out << d.id;
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Queries of one to six characters of every sort; the corpus decides which of them occur.
QStringList fixedQueries()
{
    QStringList q;
    for (const char *s :
         {// Chinese, one to six characters
          "雪", "的", "了", "我", "毕业", "同桌", "青春", "高考", "晚自习", "下雪了", "好怀念", "毕业快乐",
          "青春就是", "今天下雪了", "高考倒计时", "和同桌一起", "生日快乐啊",
          // Traditional and rare
          "畢業", "學", "囧",
          // Latin (inside words too), digits, mixed
          "qq", "QQ", "ｑｑ", "a", "the", "iphone", "ing", "2009", "0", "12", "２０１２", "qq空间", "e100",
          "mp4", "jpeg", "http",
          // punctuation and emoji, alone and mixed
          "，", "。", "！", "!", "?", "～", "…", "#", "@", "&", "<", "<script>", "&amp;", "[", "]", "\"", "'",
          ":", "😂", "😭", "❤", "👍", "哈哈😂", "了，", "！！", "@小"})
        q << QString::fromUtf8(s);
    return q;
}

} // namespace

class TestSearchCorpus : public QObject
{
    Q_OBJECT

    QString m_corpus;
    QTemporaryDir m_dir;
    Database m_html; ///< qzoneexport-html alone: its EXPECTED.json counts
    Database m_more; ///< markdown + getqzonehistory
    Database m_reexport;
    Database m_textonly;
    Database m_dupcomments;
    Database m_archiver;
    Database m_timemachine;
    QJsonArray m_expected;

    bool importInto(Database &db, const QString &name, const QStringList &sources)
    {
        if (!db.open(m_dir.path() + QLatin1Char('/') + name))
            return false;
        QStringList paths;
        for (const QString &s : sources)
            paths << m_corpus + QLatin1Char('/') + s;
        QElapsedTimer t;
        t.start();
        const ImportReport report = importPaths(db, paths);
        qInfo("%s: %d added in %lld ms", qPrintable(name), report.added, t.elapsed());
        return !report.failed && report.added > 0;
    }

    void checkExact(Database &db, const QStringList &queries)
    {
        const QList<Doc> docs = documents(db.connection());
        QVERIFY(docs.size() > 100);
        SearchEngine engine(db.connection());
        int found = 0;
        for (const QString &query : queries) {
            const SearchResult r = engine.search(SearchQuery::literal(query));
            QVERIFY2(r.ok(), qPrintable(r.error));
            const QList<qint64> expected = scan(docs, query);
            found += expected.isEmpty() ? 0 : 1;
            if (sorted(r.ids) != expected)
                QFAIL(qPrintable(QStringLiteral("query \"%1\": search found %2, a plain scan %3")
                                     .arg(query)
                                     .arg(r.ids.size())
                                     .arg(expected.size())));
        }
        // Most of the queries must actually occur, or the check proves little.
        QVERIFY2(found * 3 >= int(queries.size()) * 2, qPrintable(QString::number(found)));
    }

    // One to six characters cut from the memories' own text at random.
    QStringList randomQueries(Database &db, int count)
    {
        const QList<Doc> docs = documents(db.connection());
        QSqlQuery q(db.connection());
        QStringList plains;
        q.exec(QStringLiteral("SELECT plain FROM search_docs ORDER BY memory_id"));
        while (q.next())
            plains << q.value(0).toString();
        QRandomGenerator rng(2024);
        QStringList out;
        while (out.size() < count) {
            const QString &p = plains.at(rng.bounded(int(plains.size())));
            if (p.isEmpty())
                continue;
            int from = rng.bounded(int(p.size()));
            if (p.at(from).isLowSurrogate())
                --from;
            QString s = p.mid(from, 1 + rng.bounded(6));
            if (s.at(s.size() - 1).isHighSurrogate())
                s.chop(1);
            if (!s.isEmpty())
                out << s;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        m_corpus = test::corpusDir();
        if (m_corpus.isEmpty() || !QFileInfo::exists(m_corpus + QStringLiteral("/EXPECTED.json"))) {
            if (test::inCi())
                QFAIL("the sample corpus (../shared/corpus) is missing");
            QSKIP("the sample corpus (../shared/corpus) is not here");
        }
        QFile f(m_corpus + QStringLiteral("/EXPECTED.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_expected = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("search")).toArray();
        QVERIFY(m_expected.size() >= 5);
        QVERIFY(importInto(m_html, QStringLiteral("html"),
                           {QStringLiteral("qzoneexport-html/QQ空间备份_123456")}));
        QVERIFY(importInto(
            m_more, QStringLiteral("more"),
            {QStringLiteral("qzoneexport-markdown/QQ空间备份_777777"), QStringLiteral("getqzonehistory")}));
        QVERIFY(importInto(m_reexport, QStringLiteral("reexport"),
                           {QStringLiteral("qzoneexport-html-reexport/QQ空间备份_123456")}));
        QVERIFY(importInto(m_textonly, QStringLiteral("textonly"),
                           {QStringLiteral("qzoneexport-json-textonly/QQ空间备份_654321")}));
        QVERIFY(importInto(m_dupcomments, QStringLiteral("dupcomments"),
                           {QStringLiteral("qzoneexport-markdown-dupcomments/QQ空间备份_314159")}));
        QVERIFY(importInto(m_archiver, QStringLiteral("archiver"),
                           {QStringLiteral("qzone-archiver-spa/QQ空间备份_520888")}));
        QVERIFY(importInto(m_timemachine, QStringLiteral("timemachine"),
                           {QStringLiteral("timemachine/520888_林小满")}));
    }

    void exactForEveryQuery()
    {
        QStringList queries = fixedQueries();
        for (const QJsonValue &v : std::as_const(m_expected))
            queries << v.toObject().value(QStringLiteral("query")).toString();
        QVERIFY(queries.size() >= 40);
        checkExact(m_html, queries);
        checkExact(m_more, queries);
        checkExact(m_reexport, queries);
        checkExact(m_textonly, queries);
    }

    void exactForRandomRunsOfTheText()
    {
        checkExact(m_html, randomQueries(m_html, 300));
        checkExact(m_more, randomQueries(m_more, 200));
    }

    void expectedPostCounts_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("ownText");
        QTest::addColumn<int>("ownOrRepost");
        for (const QJsonValue &v : std::as_const(m_expected)) {
            const QJsonObject o = v.toObject();
            const QString source = o.value(QStringLiteral("source")).toString();
            QTest::addRow("%s %s", qPrintable(source),
                          qPrintable(o.value(QStringLiteral("query")).toString()))
                << source << o.value(QStringLiteral("query")).toString()
                << o.value(QStringLiteral("posts_own_text")).toInt()
                << o.value(QStringLiteral("posts_own_or_repost_text")).toInt();
        }
    }

    void expectedPostCounts()
    {
        QFETCH(QString, source);
        QFETCH(QString, query);
        QFETCH(int, ownText);
        QFETCH(int, ownOrRepost);
        const QHash<QString, QPair<Database *, QString>> libraries{
            {QStringLiteral("qzoneexport-html"), {&m_html, QStringLiteral("123456")}},
            {QStringLiteral("qzoneexport-markdown"), {&m_more, QStringLiteral("777777")}},
            {QStringLiteral("qzoneexport-html-reexport"), {&m_reexport, QStringLiteral("123456")}},
            {QStringLiteral("qzoneexport-json-textonly"), {&m_textonly, QStringLiteral("654321")}},
            {QStringLiteral("qzoneexport-markdown-dupcomments"), {&m_dupcomments, QStringLiteral("314159")}},
            {QStringLiteral("qzone-archiver-spa"), {&m_archiver, QStringLiteral("520888")}},
            {QStringLiteral("timemachine"), {&m_timemachine, QStringLiteral("520888")}},
        };
        if (!libraries.contains(source))
            QFAIL(qPrintable(QStringLiteral("EXPECTED.json names a source this test does not import: ") +
                             source));
        Database &db = *libraries.value(source).first;
        const QString account = libraries.value(source).second;
        // The posts' own words and the reposted originals, from the memories themselves.
        QSet<qint64> own;
        QSet<qint64> ownOrRepost_;
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT m.id, m.body_text, m.extra_json FROM memories m JOIN accounts a ON "
                                 "a.id = m.account_id WHERE m.kind = 'post' AND a.uin = ?"));
        q.addBindValue(account);
        QVERIFY(q.exec());
        const QString folded = foldForSearch(query);
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QJsonObject repost = QJsonDocument::fromJson(q.value(2).toString().toUtf8())
                                           .object()
                                           .value(QStringLiteral("repost"))
                                           .toObject();
            if (foldForSearch(qzonePlainText(q.value(1).toString())).contains(folded))
                own.insert(id);
            if (own.contains(id) ||
                foldForSearch(repost.value(QStringLiteral("text")).toString()).contains(folded))
                ownOrRepost_.insert(id);
        }
        QCOMPARE(int(own.size()), ownText);
        QCOMPARE(int(ownOrRepost_.size()), ownOrRepost);
        // The search finds all of them (and more: comments, names), only 说说 with kind:post,
        // exactly what the scan finds.
        SearchEngine engine(db.connection());
        SearchQuery sq = SearchQuery::literal(query);
        sq.filters << SearchFilter{SearchFilter::Kind, {QStringLiteral("post")}, 0, 0, QDate(), false};
        const SearchResult r = engine.search(sq);
        QVERIFY(r.ok());
        const QSet<qint64> found(r.ids.begin(), r.ids.end());
        QVERIFY(found.contains(ownOrRepost_));
        QCOMPARE(sorted(r.ids), scan(documents(db.connection()), query, QStringLiteral("post")));
        qInfo("%s: %d posts found (own text %d, with reposts %d)", qPrintable(query), int(r.ids.size()),
              ownText, ownOrRepost);
    }
};

QTEST_GUILESS_MAIN(TestSearchCorpus)
#include "tst_search_corpus.moc"
