// SPDX-License-Identifier: GPL-3.0-or-later
// search_bench LIBRARY [QUERIES]: p50/p95 latency of SearchEngine (in-process, warm: start-up
// is reported apart) against a LIKE '%q%' scan of search_docs.plain in the same database, on
// the same queries, with results in the same newest-first order; plus the index's size.
// A search is timed up to what the person sees first: the count and the newest 100 results
// with their snippets. The last lines are key=value figures for bench/search_bench.sh.
// SEARCH_BENCH_NO_SCAN=1 skips the LIKE scans (for large libraries); SEARCH_BENCH_CACHE_BYTES
// sets the first engine's posting cache (SearchEngine::setPostingCacheBytes).
#include "library/database.h"
#include "search/searchengine.h"
#include "search/searchindex.h"
#include "service/library.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <ctime>
#include <numeric>

using namespace ks;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

bool isHan(QChar c)
{
    return c.unicode() >= 0x3400 && c.unicode() <= 0x9fff;
}

// CPU time of this thread: what the query costs, whatever else the machine is doing.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(i);
}

// 200 queries: runs of one to four Han characters cut from the library's own text (so most
// of them hit, some hit a large part of it), Chinese words it does not hold, and Latin words.
QStringList makeQueries(QSqlDatabase db, int count)
{
    QStringList texts;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT plain FROM search_docs ORDER BY memory_id"));
    while (q.next())
        texts << q.value(0).toString();
    QRandomGenerator rng(7);
    const QStringList misses{QStringLiteral("猫"),     QStringLiteral("咖啡"),     QStringLiteral("海边"),
                             QStringLiteral("长城"),   QStringLiteral("毕业典礼"), QStringLiteral("奶茶"),
                             QStringLiteral("篮球赛"), QStringLiteral("西湖"),     QStringLiteral("圣诞节"),
                             QStringLiteral("龙")};
    const QStringList latin{QStringLiteral("img"),   QStringLiteral("qq"),     QStringLiteral("iphone"),
                            QStringLiteral("hello"), QStringLiteral("img_00"), QStringLiteral("love"),
                            QStringLiteral("e100"),  QStringLiteral("summer"), QStringLiteral("2015"),
                            QStringLiteral("ok")};
    QStringList queries;
    for (const QString &m : misses)
        queries << m;
    for (const QString &l : latin)
        queries << l;
    int guard = 0;
    while (queries.size() < count && ++guard < 1000000 && !texts.isEmpty()) {
        const QString &t = texts.at(rng.bounded(int(texts.size())));
        if (t.isEmpty())
            continue;
        const int from = rng.bounded(int(t.size()));
        const int len = 1 + rng.bounded(4);
        const QString run = t.mid(from, len);
        if (run.size() != len || !std::all_of(run.begin(), run.end(), isHan))
            continue;
        queries << run;
    }
    return queries;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: search_bench LIBRARY [QUERIES]\n";
        return 2;
    }
    const int count = args.size() > 2 ? args.at(2).toInt() : 200;

    QElapsedTimer timer;
    timer.start();
    Database database;
    QString error;
    // As the app opens it: the Library brings the derived indexes up to date (the first run on
    // a library from before 0011 stores the search order here, once).
    if (!Library(database).open(args.at(1), &error)) {
        QTextStream(stderr) << "cannot open " << args.at(1) << ": " << error << "\n";
        return 1;
    }
    QSqlDatabase db = database.connection();
    const qint64 openMs = timer.elapsed();
    SearchEngine engine(db);
    const size_t cacheBytes = qEnvironmentVariableIntValue("SEARCH_BENCH_CACHE_BYTES");
    if (cacheBytes)
        engine.setPostingCacheBytes(cacheBytes);
    // What the person sees first: the count and the newest 100 results, snippets included.
    double lastSnippetMs = 0;
    auto screenOf = [&lastSnippetMs](SearchEngine &e, const QString &text, bool parse) {
        const SearchResult r = e.search(parse ? SearchQuery::parse(text) : SearchQuery::literal(text));
        QElapsedTimer snippetTimer;
        snippetTimer.start();
        e.snippets(r.ids.mid(0, 100), r.terms);
        lastSnippetMs = double(snippetTimer.nsecsElapsed()) / 1e6;
        return r;
    };
    auto firstScreen = [&](const QString &text, bool parse = false) {
        return screenOf(engine, text, parse);
    };
    // The first search after opening, then the first use of another common character.
    double cpu0 = cpuMs();
    timer.restart();
    firstScreen(QStringLiteral("了"));
    const double firstMs = double(timer.nsecsElapsed()) / 1e6;
    const double firstCpuMs = cpuMs() - cpu0;
    const qint64 cacheLoadMs = engine.lastCacheLoadMs();
    cpu0 = cpuMs();
    timer.restart();
    firstScreen(QStringLiteral("天"));
    const double firstCommonMs = double(timer.nsecsElapsed()) / 1e6;
    const double firstCommonCpuMs = cpuMs() - cpu0;
    // Filters read dates, kinds, authors and flags, which the first filter loads.
    timer.restart();
    firstScreen(QStringLiteral("天 year:2000-2030 has:photo,video,comment,location"), true);
    const double firstFilterMs = double(timer.nsecsElapsed()) / 1e6;

    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT COUNT(*) FROM memories"));
    q.next();
    const qint64 memories = q.value(0).toLongLong();
    const QStringList queries = makeQueries(db, count);

    QList<double> ours;
    QList<double> scan;
    QList<double> oursCpu;
    QList<double> scanCpu;
    QList<double> oursFew; // queries matching under 1% of the library
    QList<double> scanFew;
    const bool skipScan = qEnvironmentVariableIsSet("SEARCH_BENCH_NO_SCAN");
    QList<double> oursHit;
    QList<qsizetype> hitCounts;
    QList<size_t> resultHashes; // to check the warmed-up engine finds the same
    QList<double> snippetMs;
    qint64 hits = 0;
    int mismatches = 0;
    QSqlQuery like(db);
    like.setForwardOnly(true);
    like.prepare(
        QStringLiteral("SELECT d.memory_id FROM search_docs d JOIN memories m ON m.id = d.memory_id "
                       "WHERE d.plain LIKE ? ORDER BY m.created IS NULL, m.created DESC, m.id DESC"));
    for (const QString &query : queries) {
        double cpu = cpuMs();
        timer.restart();
        const SearchResult r = firstScreen(query);
        ours << double(timer.nsecsElapsed()) / 1e6;
        oursCpu << cpuMs() - cpu;
        if (!r.ids.isEmpty())
            oursHit << ours.last();
        hits += r.ids.size();
        hitCounts << r.ids.size();
        resultHashes << qHashRange(r.ids.begin(), r.ids.end());
        snippetMs << lastSnippetMs;

        if (skipScan)
            continue;
        cpu = cpuMs();
        timer.restart();
        like.addBindValue(QLatin1Char('%') + query + QLatin1Char('%'));
        QList<qint64> ids;
        if (like.exec()) {
            while (like.next())
                ids << like.value(0).toLongLong();
        }
        scan << double(timer.nsecsElapsed()) / 1e6;
        scanCpu << cpuMs() - cpu;
        if (r.ids.size() * 100 < memories) {
            oursFew << ours.last();
            scanFew << scan.last();
        }
        // LIKE folds ASCII case only (no NFKC): equal for these queries, checked anyway.
        if (ids != r.ids)
            ++mismatches;
    }

    // The same queries again: the engine now holds the token positions they need (typing and
    // refining a search works on the same few characters).
    QList<double> again;
    for (const QString &query : queries) {
        timer.restart();
        firstScreen(query);
        again << double(timer.nsecsElapsed()) / 1e6;
    }

    // What the search box does when it takes the focus: a new connection and engine warm up
    // (SearchEngine::warmUp reads the characters common in the newest text), then the same
    // queries, as a person who clicks into the box and types them would meet them.
    Database warmDatabase;
    QList<double> warm;
    double warmUpMs = 0;
    double warmUpCpuMs = 0;
    int warmedTokens = 0;
    int warmMismatches = 0;
    if (warmDatabase.open(args.at(1), &error)) {
        SearchEngine warmEngine(warmDatabase.connection());
        double cpu = cpuMs();
        timer.restart();
        warmedTokens = warmEngine.warmUp([] { return false; });
        warmUpMs = double(timer.nsecsElapsed()) / 1e6;
        warmUpCpuMs = cpuMs() - cpu;
        for (qsizetype i = 0; i < queries.size(); ++i) {
            timer.restart();
            const SearchResult r = screenOf(warmEngine, queries[i], false);
            warm << double(timer.nsecsElapsed()) / 1e6;
            if (qHashRange(r.ids.begin(), r.ids.end()) != resultHashes[i])
                ++warmMismatches;
        }
    } else {
        out() << "cannot open a second connection: " << error << "\n";
    }

    auto line = [](const char *name, const QList<double> &v) {
        out() << QString::asprintf("%-28s p50 %8.2f ms   p95 %8.2f ms   max %8.2f ms\n", name,
                                   percentile(v, 0.5), percentile(v, 0.95), percentile(v, 1.0));
    };
    out() << "library: " << args.at(1) << "  (" << memories << " memories)\n";
    out() << "start-up: open " << openMs
          << " ms, first search after opening (了, loads the newest-first order) " << firstMs
          << " ms (of which the load " << cacheLoadMs << " ms), first use of 天 " << firstCommonMs
          << " ms, first filter (天 year: has:) " << firstFilterMs << " ms\n";
    out() << "queries: " << queries.size()
          << " (1-4 Han characters cut from the text, 10 Chinese words it lacks, "
          << "10 Latin words); mean hits " << (queries.isEmpty() ? 0 : hits / queries.size()) << "\n";
    line("keepsake search, wall", ours);
    line("keepsake search, wall, hits", oursHit);
    line("  same queries again", again);
    line("  after warmUp, new engine", warm);
    out() << QString::asprintf("warm-up (new connection): %.1f ms, CPU %.1f ms, %d tokens read; "
                               "results differing from the first pass: %d\n",
                               warmUpMs, warmUpCpuMs, warmedTokens, warmMismatches);
    line("LIKE '%q%' scan, wall", scan);
    // Where the p95 comes from: the slowest queries, and the same queries once cached.
    QList<qsizetype> slowest(queries.size());
    std::iota(slowest.begin(), slowest.end(), 0);
    std::sort(slowest.begin(), slowest.end(), [&](qsizetype a, qsizetype b) { return ours[a] > ours[b]; });
    out() << "slowest queries (first time ms, of which snippets, again, hits):";
    for (qsizetype i = 0; i < std::min<qsizetype>(12, slowest.size()); ++i) {
        const qsizetype k = slowest[i];
        out() << QString::asprintf(" %s %.2f/%.2f/%.2f/%lld", qUtf8Printable(queries[k]), ours[k],
                                   snippetMs[k], again[k], qlonglong(hitCounts[k]));
    }
    out() << "\n";
    if (warm.size() == queries.size()) {
        std::sort(slowest.begin(), slowest.end(),
                  [&](qsizetype a, qsizetype b) { return warm[a] > warm[b]; });
        out() << "slowest after warmUp (ms, hits):";
        for (qsizetype i = 0; i < std::min<qsizetype>(12, slowest.size()); ++i)
            out() << QString::asprintf(" %s %.2f/%lld", qUtf8Printable(queries[slowest[i]]), warm[slowest[i]],
                                       qlonglong(hitCounts[slowest[i]]));
        out() << "\n";
    }
    out() << "queries matching under 1% of the library: " << oursFew.size() << "\n";
    line("  keepsake search, wall", oursFew);
    line("  LIKE '%q%' scan, wall", scanFew);
    line("keepsake search, CPU", oursCpu);
    line("LIKE '%q%' scan, CPU", scanCpu);
    out() << QString::asprintf("speed-up (wall): p50 %.1fx, p95 %.1fx   (aim: p95 <= 5 ms, >= 50x)\n",
                               percentile(scan, 0.5) / std::max(1e-6, percentile(ours, 0.5)),
                               percentile(scan, 0.95) / std::max(1e-6, percentile(ours, 0.95)));
    out() << QString::asprintf("speed-up (CPU):  p50 %.1fx, p95 %.1fx\n",
                               percentile(scanCpu, 0.5) / std::max(1e-6, percentile(oursCpu, 0.5)),
                               percentile(scanCpu, 0.95) / std::max(1e-6, percentile(oursCpu, 0.95)));
    out() << QString::asprintf("speed-up after warmUp (wall): p50 %.1fx, p95 %.1fx\n",
                               percentile(scan, 0.5) / std::max(1e-6, percentile(warm, 0.5)),
                               percentile(scan, 0.95) / std::max(1e-6, percentile(warm, 0.95)));
    out() << "result lists differing from the scan: " << mismatches << "\n";

    // Sizes: the FTS5 index (data + idx b-trees), its copy of the tokens, and the text itself.
    qint64 plainBytes = 0;
    if (q.exec(QStringLiteral("SELECT SUM(length(CAST(plain AS BLOB))) FROM search_docs")) && q.next())
        plainBytes = q.value(0).toLongLong();
    QHash<QString, qint64> bytes;
    if (q.exec(
            QStringLiteral("SELECT name, SUM(pgsize) FROM dbstat WHERE name LIKE 'search%' GROUP BY name"))) {
        while (q.next())
            bytes.insert(q.value(0).toString(), q.value(1).toLongLong());
    } else {
        out() << "dbstat unavailable: " << q.lastError().text() << "\n";
    }
    const qint64 index =
        bytes.value(QStringLiteral("search_fts_data")) + bytes.value(QStringLiteral("search_fts_idx"));
    const qint64 content = bytes.value(QStringLiteral("search_fts_content"));
    const qint64 docs = bytes.value(QStringLiteral("search_docs"));
    auto mib = [](qint64 b) {
        return double(b) / (1024.0 * 1024.0);
    };
    out() << QString::asprintf("text indexed (search_docs.plain, UTF-8): %.1f MiB\n", mib(plainBytes));
    out() << QString::asprintf("FTS5 index (search_fts_data + _idx):      %.1f MiB = %.2fx the text\n",
                               mib(index), plainBytes ? double(index) / double(plainBytes) : 0.0);
    out() << QString::asprintf("FTS5 token copy (search_fts_content):     %.1f MiB = %.2fx the text\n",
                               mib(content), plainBytes ? double(content) / double(plainBytes) : 0.0);
    out() << QString::asprintf("search_docs table (the text, for snippets): %.1f MiB\n", mib(docs));
    out() << "memories=" << memories << "\n";
    out() << QString::asprintf("p95_ms=%.3f\n", percentile(ours, 0.95));
    out() << QString::asprintf("p50_ms=%.3f\n", percentile(ours, 0.5));
    out() << QString::asprintf("like_p95_ms=%.3f\n", percentile(scan, 0.95));
    out() << QString::asprintf("like_p50_ms=%.3f\n", percentile(scan, 0.5));
    out() << "mismatches=" << (skipScan ? QStringLiteral("n/a") : QString::number(mismatches)) << "\n";
    out() << QString::asprintf("warm_p95_ms=%.3f\n", percentile(warm, 0.95));
    out() << QString::asprintf("warm_up_ms=%.1f\n", warmUpMs);
    out() << "warm_mismatches=" << warmMismatches << "\n";
    out() << QString::asprintf("first_search_ms=%.1f\n", firstMs);
    out() << QString::asprintf("first_common_ms=%.1f\n", firstCommonMs);
    out() << QString::asprintf("first_filter_ms=%.1f\n", firstFilterMs);
    // The same on this thread's CPU clock: what they cost, whatever else the machine is doing.
    out() << QString::asprintf("first_search_cpu_ms=%.1f\n", firstCpuMs);
    out() << QString::asprintf("first_common_cpu_ms=%.1f\n", firstCommonCpuMs);
    out() << QString::asprintf("p95_cpu_ms=%.3f\n", percentile(oursCpu, 0.95));
    out() << QString::asprintf("like_p95_cpu_ms=%.3f\n", percentile(scanCpu, 0.95));
    out().flush();
    return 0;
}
