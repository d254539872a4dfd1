// SPDX-License-Identifier: GPL-3.0-or-later
// The command line speaks the person's language: --language zh_CN|en or $KEEPSAKE_LANGUAGE
// chooses the words of the help, the usage lines, the errors and the summaries; the JSON is the
// same in every language.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ks::test;

namespace {

const QStringList kChinese{QStringLiteral("--language"), QStringLiteral("zh_CN")};
const QStringList kEnglish{QStringLiteral("--language"), QStringLiteral("en")};

/// The English summaries of `keepsake --help`: none of them may be left in the Chinese help.
const QStringList kEnglishSummaries{
    QStringLiteral("counts of what the library holds"),
    QStringLiteral("import export folders or .zip archives"),
    QStringLiteral("every memory, one JSON object per line"),
    QStringLiteral("files the imports could not use, and why"),
    QStringLiteral("find memories"),
    QStringLiteral("organise memories with tags"),
    QStringLiteral("an offline site, a PDF, dated photos or an archive"),
    QStringLiteral("check an archive's files against its manifest"),
    QStringLiteral("a printable memory book of a year, or of a friend"),
    QStringLiteral("check the vault against the database"),
    QStringLiteral("a consistent, verified copy of the library"),
    QStringLiteral("a lost database rebuilt from the vault's files"),
    QStringLiteral("Subcommands:"),
    QStringLiteral("Common options:"),
    QStringLiteral("machine-readable output"),
    QStringLiteral("keeps your QQ Space memories"),
};

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run keepsake(const QStringList &args)
{
    QByteArray out;
    QByteArray err;
    Run run;
    run.code = runKeepsake(args, &out, &err);
    run.out = QString::fromUtf8(out);
    run.err = QString::fromUtf8(err);
    return run;
}

/// True when a line of @p text starts with @p start (Qt may write its own warnings first).
bool hasLine(const QString &text, const QString &start)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    return std::any_of(lines.begin(), lines.end(),
                       [&](const QString &line) { return line.startsWith(start); });
}

/// The column each summary of the subcommand table starts in (one entry per subcommand line).
QList<qsizetype> summaryColumns(const QString &help)
{
    QList<qsizetype> columns;
    static const QRegularExpression row(QStringLiteral("^  ([a-z-]+ \\S.*?)\\s{2,}(\\S.*)$"));
    for (const QString &line : help.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = row.match(line);
        if (!match.hasMatch())
            continue;
        for (const char *command : {"stats", "import", "list", "problems", "search", "tag", "export", "date",
                                    "review", "book", "verify", "verify-archive", "backup", "rebuild"}) {
            if (match.captured(1).startsWith(QLatin1String(command) + QLatin1Char(' ')))
                columns << match.capturedStart(2);
        }
    }
    return columns;
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("KEEPSAKE_EXECUTABLE").isEmpty(), "run through ctest");
        qunsetenv("KEEPSAKE_LANGUAGE");
        qunsetenv("KEEPSAKE_LIBRARY");
    }

    void helpInChinese()
    {
        const Run run = keepsake(kChinese + QStringList{QStringLiteral("--help")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("资料库")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("子命令：")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("统计资料库里有多少内容")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("纪念册")), qPrintable(run.out));
        for (const QString &english : kEnglishSummaries)
            QVERIFY2(!run.out.contains(english), qPrintable(english + QStringLiteral(" in:\n") + run.out));
        // What the person types stays as it is: the synopses and the option names.
        for (const char *typed : {"stats [--json]", "book YEAR|--person P OUT.pdf", "--library DIR",
                                  "--language zh_CN|en", "--json", "--version"})
            QVERIFY2(run.out.contains(QLatin1String(typed)), typed);
        const QList<qsizetype> columns = summaryColumns(run.out);
        QCOMPARE(columns.size(), 14);
        for (qsizetype column : columns)
            QCOMPARE(column, columns.first()); // the summaries start in one column
    }

    void helpInEnglish()
    {
        const Run run = keepsake(kEnglish + QStringList{QStringLiteral("--help")});
        QCOMPARE(run.code, 0);
        for (const QString &english : kEnglishSummaries)
            QVERIFY2(run.out.contains(english), qPrintable(english));
        QVERIFY2(!run.out.contains(QStringLiteral("资料库")), qPrintable(run.out));
        QVERIFY(run.out.contains(QRegularExpression(
            QStringLiteral("\n  stats \\[--json\\] +counts of what the library holds\n"))));
        const QList<qsizetype> columns = summaryColumns(run.out);
        QCOMPARE(columns.size(), 14);
        for (qsizetype column : columns)
            QCOMPARE(column, columns.first());
    }

    void subcommandHelpInChinese()
    {
        const Run run = keepsake(kChinese + QStringList{QStringLiteral("stats"), QStringLiteral("--help")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("统计资料库里有多少内容。")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("输出供程序读取的 JSON。")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QLatin1String("Counts of what the library holds")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QLatin1String("Print machine-readable JSON")), qPrintable(run.out));

        const Run book = keepsake(kChinese + QStringList{QStringLiteral("book"), QStringLiteral("--help")});
        QCOMPARE(book.code, 0);
        QVERIFY2(book.out.contains(QStringLiteral("纪念册")) && book.out.contains(QLatin1String("--force")),
                 qPrintable(book.out));
        QVERIFY2(!book.out.contains(QLatin1String("Make a printable memory book")), qPrintable(book.out));
    }

    void usageErrorInChinese()
    {
        const Run run = keepsake(kChinese + QStringList{QStringLiteral("book")});
        QCOMPARE(run.code, 2);
        QVERIFY2(hasLine(run.err, QStringLiteral("用法：keepsake book 年份")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("usage")), qPrintable(run.err));

        const Run english = keepsake(kEnglish + QStringList{QStringLiteral("book")});
        QCOMPARE(english.code, 2);
        QVERIFY2(hasLine(english.err, QLatin1String("usage: keepsake book YEAR OUT.pdf")),
                 qPrintable(english.err));

        const Run unknown = keepsake(kChinese + QStringList{QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("没有“frobnicate”这个子命令")), qPrintable(unknown.err));

        // Qt's own parser errors come from Qt's Chinese translations.
        const Run bogus =
            keepsake(kChinese + QStringList{QStringLiteral("stats"), QStringLiteral("--bogus")});
        QCOMPARE(bogus.code, 2);
        QVERIFY2(bogus.err.contains(QStringLiteral("未知选项")), qPrintable(bogus.err));
    }

    void environmentChoosesTheLanguage()
    {
        qputenv("KEEPSAKE_LANGUAGE", "zh_CN");
        const Run help = keepsake({QStringLiteral("--help")});
        const Run usage = keepsake({QStringLiteral("book")});
        const Run option = keepsake(kEnglish + QStringList{QStringLiteral("book")}); // the option wins
        qunsetenv("KEEPSAKE_LANGUAGE");
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains(QStringLiteral("统计资料库里有多少内容")), qPrintable(help.out));
        QVERIFY2(!help.out.contains(QLatin1String("counts of what the library holds")), qPrintable(help.out));
        QCOMPARE(usage.code, 2);
        QVERIFY2(hasLine(usage.err, QStringLiteral("用法：keepsake book")), qPrintable(usage.err));
        QCOMPARE(option.code, 2);
        QVERIFY2(hasLine(option.err, QLatin1String("usage: keepsake book")), qPrintable(option.err));
    }

    void statsInEachLanguage()
    {
        QTemporaryDir lib;
        const QStringList stats{QStringLiteral("stats"), QStringLiteral("--library"), lib.path()};
        const Run chinese = keepsake(kChinese + stats);
        QCOMPARE(chinese.code, 0);
        for (const QString &word :
             {QStringLiteral("资料库："), QStringLiteral("说说：0"), QStringLiteral("评论：0"),
              QStringLiteral("媒体文件：0 个（0 字节），缺失 0 个"),
              QStringLiteral("回忆：0 条，照片 0 张，视频 0 个")})
            QVERIFY2(chinese.out.contains(word),
                     qPrintable(word + QStringLiteral(" not in:\n") + chinese.out));
        for (const char *english : {"Library:", "Comments:", "Media files", "Memories:", "as the app counts"})
            QVERIFY2(!chinese.out.contains(QLatin1String(english)), english);

        const Run english = keepsake(kEnglish + stats);
        QCOMPARE(english.code, 0);
        for (const char *line :
             {"Library: ", "  post: 0\n", "Comments: 0\n", "Media files: 0 (0 bytes), missing 0\n",
              "Memories: 0, photos 0, videos 0 (as the app counts them)\n"})
            QVERIFY2(english.out.contains(QLatin1String(line)), qPrintable(english.out));

        // The JSON is an open format: byte for byte the same, whatever the language.
        const Run jsonChinese = keepsake(kChinese + stats + QStringList{QStringLiteral("--json")});
        const Run jsonEnglish = keepsake(kEnglish + stats + QStringList{QStringLiteral("--json")});
        qputenv("KEEPSAKE_LANGUAGE", "zh_CN");
        const Run jsonFromEnvironment = keepsake(stats + QStringList{QStringLiteral("--json")});
        qunsetenv("KEEPSAKE_LANGUAGE");
        QCOMPARE(jsonChinese.code, 0);
        QVERIFY(QJsonDocument::fromJson(jsonChinese.out.toUtf8()).isObject());
        QCOMPARE(jsonChinese.out, jsonEnglish.out);
        QCOMPARE(jsonFromEnvironment.out, jsonEnglish.out);
    }

    void countsInEachLanguage()
    {
        QTemporaryDir lib;
        const QStringList search{QStringLiteral("search"), QStringLiteral("毕业"),
                                 QStringLiteral("--library"), lib.path()};
        const Run chinese = keepsake(kChinese + search);
        QCOMPARE(chinese.code, 0);
        QCOMPARE(chinese.err.trimmed(), QStringLiteral("0 条回忆"));
        const Run english = keepsake(kEnglish + search);
        QCOMPARE(english.code, 0);
        QCOMPARE(english.err.trimmed(), QStringLiteral("0 memories"));
    }

    void coreErrorsInEachLanguage()
    {
        // The search query's errors come from the core in English and are shown translated.
        QTemporaryDir lib;
        const QStringList badKind{QStringLiteral("search"), QStringLiteral("kind:xyz"),
                                  QStringLiteral("--library"), lib.path()};
        const Run chinese = keepsake(kChinese + badKind);
        QVERIFY2(chinese.err.contains(QStringLiteral("不认识的类型“xyz”")), qPrintable(chinese.err));
        QVERIFY2(!chinese.err.contains(QLatin1String("unknown kind")), qPrintable(chinese.err));
        const Run english = keepsake(kEnglish + badKind);
        QVERIFY2(english.err.contains(QLatin1String("unknown kind \"xyz\"")), qPrintable(english.err));

        const QStringList badYear{QStringLiteral("search"), QStringLiteral("year:abc"),
                                  QStringLiteral("--library"), lib.path()};
        const Run year = keepsake(kChinese + badYear);
        QVERIFY2(year.err.contains(QStringLiteral("而不是“abc”")), qPrintable(year.err));

        // An export of nothing says why in the person's language.
        const Run empty = keepsake(kChinese + QStringList{QStringLiteral("export"), QStringLiteral("pdf"),
                                                          lib.filePath(QStringLiteral("x.pdf")),
                                                          QStringLiteral("--library"), lib.path()});
        QVERIFY(empty.code != 0);
        QVERIFY2(empty.err.contains(QStringLiteral("所选范围里没有回忆")), qPrintable(empty.err));
    }

    void refusalSpeaksChineseButItsJsonStaysEnglish()
    {
        QTemporaryDir place;
        const QString output = place.filePath(QStringLiteral("site"));
        QVERIFY(QDir().mkpath(output));
        QFile mine(output + QStringLiteral("/mine.txt"));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("mine");
        mine.close();
        const QStringList export_{QStringLiteral("export"), QStringLiteral("html"), output};
        const Run chinese = keepsake(kChinese + export_ + QStringList{QStringLiteral("--json")});
        QCOMPARE(chinese.code, 1);
        QVERIFY2(chinese.err.contains(QStringLiteral("已经存在，而且不是空的")) &&
                     chinese.err.contains(QLatin1String("--force")) && chinese.err.contains(output),
                 qPrintable(chinese.err));
        const Run english = keepsake(kEnglish + export_ + QStringList{QStringLiteral("--json")});
        QCOMPARE(english.code, 1);
        QCOMPARE(chinese.out, english.out);
        const QString error =
            QJsonDocument::fromJson(chinese.out.toUtf8()).object().value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QLatin1String("already exists and is not empty")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
