// SPDX-License-Identifier: GPL-3.0-or-later
// A data file read and converted on a second thread (import/jsonstreamahead): the calling thread
// gets every entry in the file's order, can stop it, never has more than a bounded number waiting,
// and the import context hears exactly what streamDataFile() would have told it.
#include "import/importcontext.h"
#include "import/jsonstreamahead.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace ks;

namespace {

QByteArray numberedList(int count)
{
    QByteArray bytes = "window.msglist = [";
    for (int i = 0; i < count; ++i)
        bytes += (i ? "," : "") + QByteArray("{\"tid\":\"t") + QByteArray::number(i) + "\",\"content\":\"第" +
                 QByteArray::number(i) + "条\"}";
    return bytes + "];";
}

qzone::ConvertedEntry toRecord(const QJsonValue &v)
{
    qzone::ConvertedEntry entry;
    if (!v.isObject())
        return entry;
    entry.keep = true;
    entry.record.key = v.toObject().value(QLatin1String("tid")).toString();
    entry.record.text = v.toObject().value(QLatin1String("content")).toString();
    entry.found << entry.record.key + QStringLiteral(".jpg");
    return entry;
}

QStringList problemLines(const ImportContext &context)
{
    QStringList lines;
    for (const ImportProblem &p : context.report().problems)
        lines << p.file + QLatin1Char('|') + p.kind + QLatin1Char('|') + p.message;
    return lines;
}

} // namespace

class TestJsonStreamAhead : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &bytes, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return QString();
        return path;
    }

private slots:
    void everyEntryInOrderConvertedOnAnotherThread()
    {
        const QString path = write(numberedList(1000), QStringLiteral("order.js"));
        ImportContext context;
        QThread *const here = QThread::currentThread();
        QAtomicInteger<int> convertedHere = 0;
        QAtomicInteger<int> converted = 0;
        int handled = 0;
        int mostWaiting = 0;
        QStringList keys;
        const qzone::StreamResult result = qzone::streamConverted(
            path, context,
            [&](const QJsonValue &v) {
                if (QThread::currentThread() == here)
                    ++convertedHere;
                ++converted;
                return toRecord(v);
            },
            [&](qzone::ConvertedEntry &entry) {
                ++handled;
                mostWaiting = qMax(mostWaiting, converted.loadRelaxed() - handled);
                keys << entry.record.key;
                if (entry.found != QStringList{entry.record.key + QStringLiteral(".jpg")})
                    return false;
                if (handled % 100 == 0)
                    QThread::msleep(2); // a slow writer: the reader must wait, not pile up
                return true;
            });
        QVERIFY(result.complete);
        QVERIFY(!result.stopped);
        QCOMPARE(result.entries, 1000);
        QCOMPARE(keys.size(), 1000);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(keys.at(i), QStringLiteral("t%1").arg(i));
        QCOMPARE(convertedHere.loadRelaxed(), 0);
        // At most 64 waiting, 64 taken by this thread and one being converted.
        QVERIFY2(mostWaiting <= 129, qPrintable(QString::number(mostWaiting)));
        QVERIFY(context.report().problems.isEmpty());
    }

    void stopsWhenTheCallbackSaysSo()
    {
        const QString path = write(numberedList(5000), QStringLiteral("stop.js"));
        ImportContext context;
        QAtomicInteger<int> converted = 0;
        int handled = 0;
        const qzone::StreamResult result = qzone::streamConverted(
            path, context,
            [&](const QJsonValue &v) {
                ++converted;
                return toRecord(v);
            },
            [&](qzone::ConvertedEntry &) { return ++handled < 10; });
        QCOMPARE(handled, 10); // nothing after the callback said stop
        QVERIFY(result.stopped);
        QVERIFY(!result.complete);
        QCOMPARE(result.entries, 10);
        QVERIFY2(converted.loadRelaxed() < 200, qPrintable(QString::number(converted.loadRelaxed())));
    }

    void runAheadHandsOverInOrderAndStops()
    {
        // Any producer (an album's pictures, say): its entries in order on the calling thread,
        // produced elsewhere; once the calling thread stops, the producer's next put says so.
        QThread *const here = QThread::currentThread();
        QAtomicInteger<int> producedHere = 0;
        QAtomicInteger<int> put = 0;
        bool putRefused = false;
        QStringList keys;
        bool stopped = false;
        const qint64 handled = qzone::runAhead(
            [&](const qzone::EntryPut &hand) {
                if (QThread::currentThread() == here)
                    ++producedHere;
                for (int i = 0; i < 10000; ++i) {
                    qzone::ConvertedEntry entry;
                    entry.keep = true;
                    entry.record.key = QStringLiteral("k%1").arg(i);
                    entry.prefetch << entry.record.key + QStringLiteral(".jpg");
                    ++put;
                    if (!hand(std::move(entry))) {
                        putRefused = true;
                        return;
                    }
                }
            },
            [&](qzone::ConvertedEntry &entry) {
                if (entry.prefetch != QStringList{entry.record.key + QStringLiteral(".jpg")})
                    return false;
                keys << entry.record.key;
                return keys.size() < 300;
            },
            &stopped);
        QCOMPARE(handled, 300);
        QVERIFY(stopped);
        QVERIFY(putRefused);
        QCOMPARE(producedHere.loadRelaxed(), 0);
        QVERIFY2(put.loadRelaxed() < 300 + 200, qPrintable(QString::number(put.loadRelaxed())));
        for (int i = 0; i < keys.size(); ++i)
            QCOMPARE(keys.at(i), QStringLiteral("k%1").arg(i));

        int all = 0;
        stopped = true;
        QCOMPARE(qzone::runAhead(
                     [](const qzone::EntryPut &hand) {
                         for (int i = 0; i < 500; ++i)
                             hand(qzone::ConvertedEntry());
                     },
                     [&](qzone::ConvertedEntry &) { return ++all > 0; }, &stopped),
                 500);
        QVERIFY(!stopped);
    }

    void contextHearsWhatStreamDataFileTellsIt_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("cut short") << QByteArray("[{\"tid\":\"a\"},{\"tid\":\"b\"},{\"tid\":\"c");
        QTest::newRow("broken entry") << QByteArray("[{\"tid\":\"a\"},{\"tid\":tru},{\"tid\":\"c\"}]");
        QTest::newRow("mistyped") << QByteArray("[{\"tid\":\"a\",\"content\":[1,2]},{\"tid\":\"b\"}]");
        QTest::newRow("long text") << ("[{\"tid\":\"a\",\"content\":\"" + QByteArray(100, 'x') + "\"}]");
        QTest::newRow("not a list") << QByteArray("<html>rate limited</html>");
        QTest::newRow("object around the list") << QByteArray("{\"data\":{\"msglist\":[{\"tid\":\"a\"}]}}");
    }

    void contextHearsWhatStreamDataFileTellsIt()
    {
        QFETCH(QByteArray, bytes);
        const QString path = write(bytes, QStringLiteral("same.js"));
        qzone::StreamOptions options;
        options.maxTextBytes = 16;
        options.blockBytes = 7;

        ImportContext plainContext;
        QStringList plainKept;
        plainContext.setSourceKeeper([&](const QString &p) { plainKept << p; });
        QStringList plainKeys;
        const qzone::StreamResult plain = qzone::streamDataFile(
            path, plainContext,
            [&](const QJsonValue &v, qint64) {
                plainKeys << toRecord(v).record.key;
                return true;
            },
            options);

        ImportContext aheadContext;
        QStringList aheadKept;
        aheadContext.setSourceKeeper([&](const QString &p) { aheadKept << p; });
        QStringList aheadKeys;
        const qzone::StreamResult ahead = qzone::streamConverted(
            path, aheadContext, toRecord,
            [&](qzone::ConvertedEntry &entry) {
                aheadKeys << entry.record.key;
                return true;
            },
            options);

        QCOMPARE(aheadKeys, plainKeys);
        QCOMPARE(ahead.complete, plain.complete);
        QCOMPARE(ahead.entries, plain.entries);
        QCOMPARE(ahead.kind, plain.kind);
        QCOMPARE(problemLines(aheadContext), problemLines(plainContext));
        QCOMPARE(aheadKept, plainKept);
        QVERIFY(!problemLines(plainContext).isEmpty() || plain.complete);
    }

    void outsideTheReadBoundaryIsNotRead()
    {
        const QString path = write(numberedList(3), QStringLiteral("outside.js"));
        ImportContext context;
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("elsewhere")));
        context.setReadBoundary(m_dir.filePath(QStringLiteral("elsewhere")));
        int handled = 0;
        const qzone::StreamResult result =
            qzone::streamConverted(path, context, toRecord, [&](qzone::ConvertedEntry &) {
                ++handled;
                return true;
            });
        QCOMPARE(handled, 0);
        QCOMPARE(result.kind, QStringLiteral("outside"));
        QCOMPARE(context.report().problems.size(), 1);
        QCOMPARE(context.report().problems.first().kind, QStringLiteral("outside"));
    }
};

QTEST_GUILESS_MAIN(TestJsonStreamAhead)
#include "tst_jsonstreamahead.moc"
