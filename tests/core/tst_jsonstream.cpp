// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a data file's list entry by entry (import/jsonstream): with blocks of a few bytes, so
// every entry, string, escape and wrapper straddles block boundaries; broken, oversized and
// truncated files give the entries before the damage and a problem naming the file.
#include "import/importcontext.h"
#include "import/jsonstream.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;

namespace {

struct Read
{
    qzone::StreamResult result;
    QJsonArray entries;
};

class Files
{
public:
    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("messages.js"))
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(bytes);
        return path;
    }

private:
    QTemporaryDir m_dir;
};

qzone::StreamOptions tiny(qsizetype block)
{
    qzone::StreamOptions options;
    options.blockBytes = block;
    return options;
}

Read readAll(const QString &path, const qzone::StreamOptions &options, ImportContext *context = nullptr)
{
    Read read;
    const auto onEntry = [&](const QJsonValue &entry, qint64) {
        read.entries.append(entry);
        return true;
    };
    read.result = context ? qzone::streamDataFile(path, *context, onEntry, options)
                          : qzone::streamDataFile(path, onEntry, options);
    return read;
}

/// Entries that are hard to find the end of: quotes, brackets and braces inside strings, escapes
/// (also an escaped backslash before a closing quote), unicode escapes and pairs, nesting, bare values.
QByteArray trickyList()
{
    QByteArray list = "[\r\n";
    for (int i = 0; i < 40; ++i) {
        if (i)
            list += ",\r\n  ";
        list +=
            "{\"tid\":\"t" + QByteArray::number(i) +
            "\",\"content\":\"他说\\\"]}[{,\\\" 好\\\\\",\"u\":\"\\u4e2d\\u6587 \\ud83d\\ude00\","
            "\"nested\":[[1,[2,{\"a\":[]}]],{\"b\":{\"c\":\"]\"}}],\"n\":-1.5e3,\"ok\":true,\"none\":null}";
    }
    list += ",7,\"just text ]\",false\r\n]";
    return list;
}

} // namespace

class TestJsonStream : public QObject
{
    Q_OBJECT

private slots:
    void entriesStraddlingBlocks_data()
    {
        QTest::addColumn<qsizetype>("block");
        QTest::addColumn<QByteArray>("wrapper");
        for (const qsizetype block :
             {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), qsizetype(64), qsizetype(1 << 20)}) {
            QTest::addRow("plain, block %lld", qint64(block)) << block << QByteArray("%1");
            QTest::addRow("BOM + window., block %lld", qint64(block))
                << block << QByteArray("\xEF\xBB\xBFwindow.messages = %1;backedup\r\n");
            QTest::addRow("var + CRLF, block %lld", qint64(block))
                << block << QByteArray("\r\nvar data =\r\n%1;");
            QTest::addRow("{\"data\": [...]}, block %lld", qint64(block))
                << block << QByteArray("{\"total\":43,\"data\":%1,\"authorInfo\":{\"n\":\"我\"}}");
        }
    }

    void entriesStraddlingBlocks()
    {
        QFETCH(qsizetype, block);
        QFETCH(QByteArray, wrapper);
        const QByteArray list = trickyList();
        Files files;
        QByteArray bytes = wrapper;
        bytes.replace("%1", list);
        const Read read = readAll(files.write(bytes), tiny(block));
        QVERIFY2(read.result.kind.isEmpty(), qPrintable(read.result.message));
        QVERIFY(read.result.complete);
        QVERIFY(read.result.isList);
        const QJsonArray expected = QJsonDocument::fromJson(list).array();
        QCOMPARE(expected.size(), 43);
        QCOMPARE(read.entries, expected);
        QCOMPARE(read.result.entries, 43);
        QCOMPARE(read.entries.at(0).toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("他说\"]}[{,\" 好\\"));
        QCOMPARE(read.entries.at(3).toObject().value(QLatin1String("u")).toString(),
                 QString::fromUtf8("中文 😀"));
        if (wrapper.startsWith('{')) {
            QCOMPARE(read.result.rest.value(QLatin1String("total")).toInt(), 43);
            QCOMPARE(read.result.rest.value(QLatin1String("authorInfo")).toObject().value(QLatin1String("n")),
                     QJsonValue(QStringLiteral("我")));
        }
    }

    void listDeeperInAnObject()
    {
        // No list at the top of the object: the one itemsOf() finds under data is read.
        Files files;
        const Read read = readAll(
            files.write("{\"code\":0,\"data\":{\"msglist\":[{\"tid\":\"a\"},{\"tid\":\"b\"}]}}"), tiny(5));
        QVERIFY(read.result.complete);
        QVERIFY(read.result.isList);
        QCOMPARE(read.entries.size(), 2);
        const Read object = readAll(files.write("{\"tid\":\"a\"}", QStringLiteral("one.json")), tiny(5));
        QVERIFY(object.result.complete);
        QVERIFY(!object.result.isList);
        QCOMPARE(object.entries.size(), 0);
    }

    void truncatedTailKeepsTheEntriesBefore_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("entries");
        QTest::newRow("inside a string")
            << QByteArray(
                   "window.messages = [{\"tid\":\"a\"},{\"tid\":\"b\"},{\"tid\":\"c\",\"content\":\"半")
            << 2;
        QTest::newRow("after a comma") << QByteArray("[{\"tid\":\"a\"},{\"tid\":\"b\"},") << 2;
        QTest::newRow("after an entry") << QByteArray("[{\"tid\":\"a\"}") << 1;
        QTest::newRow("inside the object's list")
            << QByteArray("{\"items\":[{\"tid\":\"a\"},{\"tid\":\"b\"}") << 2;
        QTest::newRow("break between entries")
            << QByteArray("[{\"tid\":\"a\"}\0\0,{\"tid\":\"b\"}]", 27) << 1;
    }

    void truncatedTailKeepsTheEntriesBefore()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, entries);
        Files files;
        const QString path = files.write(bytes);
        ImportContext context;
        const Read read = readAll(path, tiny(3), &context);
        QCOMPARE(read.entries.size(), entries);
        QVERIFY(!read.result.complete);
        QCOMPARE(read.result.kind, QStringLiteral("malformed"));
        const QList<ImportProblem> problems = context.report().problems;
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().file, path);
        QCOMPARE(problems.first().kind, QStringLiteral("malformed"));
        QVERIFY2(problems.first().message.contains(QStringLiteral("the %1 entries before").arg(entries)),
                 qPrintable(problems.first().message));
    }

    void oversizedEntryIsSkippedAndReported()
    {
        Files files;
        const QByteArray big = "{\"tid\":\"big\",\"content\":\"" + QByteArray(5000, 'x') + "\"}";
        const QString path =
            files.write("[{\"tid\":\"a\"}," + big + ",{\"tid\":\"b\"}," + big + ",{\"tid\":\"c\"}]");
        qzone::StreamOptions options = tiny(64);
        options.maxEntryBytes = 1000;
        ImportContext context;
        QStringList kept;
        context.setSourceKeeper([&](const QString &p) { kept << p; });
        const Read read = readAll(path, options, &context);
        QVERIFY(read.result.complete);
        QCOMPARE(read.entries.size(), 3);
        QCOMPARE(read.entries.at(2).toObject().value(QLatin1String("tid")).toString(), QStringLiteral("c"));
        QCOMPARE(read.result.largeEntries, 2);
        QCOMPARE(kept, QStringList{path}); // the file itself goes into the vault as it is
        const QList<ImportProblem> problems = context.report().problems;
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().file, path);
        QCOMPARE(problems.first().kind, QStringLiteral("too-large"));
        QVERIFY2(problems.first().message.startsWith(QStringLiteral("2 entries")),
                 qPrintable(problems.first().message));
    }

    void brokenEntryIsSkippedTheRestRead()
    {
        // The structure around it is intact, so only the entry itself is lost.
        Files files;
        const QString path = files.write("[{\"tid\":\"a\"},{\"tid\":tru},{\"tid\":\"c\"}]");
        ImportContext context;
        const Read read = readAll(path, tiny(4), &context);
        QVERIFY(read.result.complete);
        QCOMPARE(read.entries.size(), 2);
        QCOMPARE(read.result.badEntries, 1);
        QCOMPARE(context.report().problems.size(), 1);
        QCOMPARE(context.report().problems.first().kind, QStringLiteral("malformed"));
        QCOMPARE(context.report().problems.first().file, path);
    }

    void gbkEntriesAreDecoded()
    {
        QStringEncoder gbk("GB18030");
        Files files;
        const Read read = readAll(
            files.write(gbk.encode(QStringLiteral("[{\"content\":\"下雪了\"},{\"content\":\"好冷\"}]"))),
            tiny(3));
        QVERIFY(read.result.complete);
        QCOMPARE(read.entries.size(), 2);
        QCOMPARE(read.entries.at(1).toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("好冷"));
    }

    void longTextsAreCut()
    {
        Files files;
        qzone::StreamOptions options = tiny(5);
        options.maxTextBytes = 16;
        const Read read = readAll(
            files.write("[{\"content\":\"" + QByteArray(100, 'a') + "\"},{\"content\":\"短\"}]"), options);
        QVERIFY(read.result.complete);
        QCOMPARE(read.entries.size(), 2);
        QCOMPARE(read.entries.at(0).toObject().value(QLatin1String("content")).toString().size(), 16);
        QCOMPARE(read.result.cuts.size(), 1);
    }

    void notAList_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("the data file is empty");
        QTest::newRow("spaces and NULs")
            << QByteArray(" \n\0\0", 4) << QStringLiteral("the data file is empty");
        QTest::newRow("html") << QByteArray("<html>rate limited</html>")
                              << QStringLiteral("not JSON and not a JavaScript data assignment");
        QTest::newRow("nothing after =")
            << QByteArray("window.x = ") << QStringLiteral("no JSON value in the file");
    }

    void notAList()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        Files files;
        const Read read = readAll(files.write(bytes), tiny(2));
        QCOMPARE(read.result.kind, QStringLiteral("malformed"));
        QCOMPARE(read.result.message, message);
        QVERIFY(read.entries.isEmpty());
    }

    void callbackStops()
    {
        Files files;
        qint64 seen = 0;
        const qzone::StreamResult result = qzone::streamDataFile(
            files.write("[1,2,3,4]"), [&](const QJsonValue &, qint64) { return ++seen < 2; }, tiny(1));
        QCOMPARE(seen, 2);
        QVERIFY(result.stopped);
        QVERIFY(!result.complete);
        QVERIFY(result.kind.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonStream)
#include "tst_jsonstream.moc"
