// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake book and keepsake export on a small library: outputs, exit codes, usage errors,
// and no progress line when stderr is not a terminal.
#include "../core/tst_export_fixture.h"
#include "export/pdffinish.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ks;

class TestCliExport : public QObject
{
    Q_OBJECT

private:
    test::ExportFixture m_fx;
    QTemporaryDir m_out;

    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        return test::runKeepsake(args + QStringList{QStringLiteral("--library"), m_fx.library.path()}, out,
                                 err);
    }

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { QVERIFY(m_fx.build()); }

    void bookWritesAPdf_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<int>("widthPt");
        QTest::newRow("A4") << QStringLiteral("A4") << 595;
        QTest::newRow("A5") << QStringLiteral("a5") << 420;
        QTest::newRow("16k") << QStringLiteral("16k") << 524;
    }

    void bookWritesAPdf()
    {
        QFETCH(QString, size);
        QFETCH(int, widthPt);
        const QString pdf = m_out.filePath(QStringLiteral("book-%1.pdf").arg(size));
        QByteArray out;
        QByteArray err;
        QCOMPARE(run({QStringLiteral("book"), QStringLiteral("2012"), pdf, QStringLiteral("--page-size"),
                      size, QStringLiteral("--json")},
                     &out, &err),
                 0);
        const QJsonObject result = QJsonDocument::fromJson(out).object();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("memories")).toInt(), 38);
        QVERIFY(result.value(QStringLiteral("pages")).toInt() > 5);
        QVERIFY(!err.contains('\r')); // not a terminal: no progress line
        QVERIFY(QFileInfo(pdf).size() > 10000);
        const QList<QPair<QString, int>> outline = readPdfOutline(pdf);
        QVERIFY(outline.size() >= 10);
        const QByteArray info = test::poppler(QStringLiteral("pdfinfo"), {pdf});
        if (!info.isEmpty())
            QVERIFY2(info.contains(QStringLiteral("Page size:       %1 x").arg(widthPt).toLatin1()),
                     info.constData());
    }

    void bookMonthPerPage()
    {
        // By default short months share a page; --month-per-page starts each on its own.
        int pages[2] = {0, 0};
        for (int i = 0; i < 2; ++i) {
            const QString pdf = m_out.filePath(QStringLiteral("months-%1.pdf").arg(i));
            QStringList args{QStringLiteral("book"), QStringLiteral("2012"), pdf, QStringLiteral("--json")};
            if (i == 1)
                args << QStringLiteral("--month-per-page");
            QByteArray out;
            QCOMPARE(run(args, &out), 0);
            const QJsonObject result = QJsonDocument::fromJson(out).object();
            QCOMPARE(result.value(QStringLiteral("memories")).toInt(), 38);
            pages[i] = result.value(QStringLiteral("pages")).toInt();
        }
        QVERIFY2(pages[0] < pages[1], qPrintable(QStringLiteral("%1 vs %2").arg(pages[0]).arg(pages[1])));
    }

    void bookWithTag()
    {
        const QString pdf = m_out.filePath(QStringLiteral("tag.pdf"));
        QByteArray out;
        QCOMPARE(run({QStringLiteral("book"), QStringLiteral("2012"), pdf, QStringLiteral("--tag"),
                      QStringLiteral("旅行"), QStringLiteral("--json")},
                     &out),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("memories")).toInt(), 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("book without year") << QStringList{QStringLiteral("book")};
        QTest::newRow("book bad year")
            << QStringList{QStringLiteral("book"), QStringLiteral("twelve"), QStringLiteral("x.pdf")};
        QTest::newRow("book bad size")
            << QStringList{QStringLiteral("book"), QStringLiteral("2012"), QStringLiteral("x.pdf"),
                           QStringLiteral("--page-size"), QStringLiteral("B5")};
        QTest::newRow("export bad format")
            << QStringList{QStringLiteral("export"), QStringLiteral("doc"), QStringLiteral("x")};
        QTest::newRow("export bad date")
            << QStringList{QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("x.pdf"),
                           QStringLiteral("--from"), QStringLiteral("June")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QByteArray err;
        QCOMPARE(run(args, nullptr, &err), 2);
        QVERIFY(!err.isEmpty());
    }

    void exportHtml()
    {
        const QString dir = m_out.filePath(QStringLiteral("site"));
        QByteArray out;
        QByteArray err;
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("html"), dir, QStringLiteral("--year"),
                      QStringLiteral("2012"), QStringLiteral("--query"), QStringLiteral("毕业")},
                     &out, &err),
                 0);
        QVERIFY(out.contains("Exported 13 memories"));
        QVERIFY(!err.contains('\r'));
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/index.html")));
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/assets/search-index.js")));
        QCOMPARE(QDir(dir + QStringLiteral("/m")).entryList(QDir::Files).size(), 13);
    }

    void exportSpeaksTheLanguageAsked_data()
    {
        QTest::addColumn<QStringList>("language");
        QTest::addColumn<QString>("printAll");
        QTest::addColumn<QString>("htmlLang");
        QTest::newRow("--language en") << QStringList{QStringLiteral("--language"), QStringLiteral("en")}
                                       << QStringLiteral("Print all") << QStringLiteral("en");
        QTest::newRow("--language=zh_CN") << QStringList{QStringLiteral("--language=zh_CN")}
                                          << QStringLiteral("打印全部") << QStringLiteral("zh-CN");
    }

    void exportSpeaksTheLanguageAsked()
    {
        QFETCH(QStringList, language);
        QFETCH(QString, printAll);
        QFETCH(QString, htmlLang);
        const QString dir = m_out.filePath(QStringLiteral("site-") + htmlLang);
        QCOMPARE(run(language + QStringList{QStringLiteral("export"), QStringLiteral("html"), dir,
                                            QStringLiteral("--year"), QStringLiteral("2012")}),
                 0);
        const QString index = QString::fromUtf8(readFile(dir + QStringLiteral("/index.html")));
        QVERIFY(index.contains(printAll));
        QVERIFY(index.contains(QStringLiteral("<html lang=\"%1\">").arg(htmlLang)));
    }

    void exportPdf()
    {
        const QString pdf = m_out.filePath(QStringLiteral("range.pdf"));
        QByteArray out;
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("pdf"), pdf, QStringLiteral("--from"),
                      QStringLiteral("2012-01-01"), QStringLiteral("--to"), QStringLiteral("2012-03-31"),
                      QStringLiteral("--person"), QStringLiteral("老王"), QStringLiteral("--json")},
                     &out),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("memories")).toInt(), 1);
        const QByteArray text = test::poppler(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        if (!text.isEmpty())
            QVERIFY(QString::fromUtf8(text).contains(QStringLiteral("好怀念啊")));
    }

    // An existing file or a folder holding files is never written over without --force: the
    // command says so, exits 1 and leaves every byte; with --force it writes.
    void existingOutputNeedsForce_data()
    {
        QTest::addColumn<QStringList>("command"); // OUT is appended
        QTest::addColumn<QStringList>("selection");
        QTest::addColumn<bool>("site");
        QTest::addColumn<bool>("earlierExport"); // OUT holds a site from an earlier run
        const QStringList html{QStringLiteral("export"), QStringLiteral("html")};
        const QStringList year2011{QStringLiteral("--year"), QStringLiteral("2011")};
        QTest::newRow("export html into a folder with files") << html << year2011 << true << false;
        QTest::newRow("export html over an earlier export") << html << year2011 << true << true;
        QTest::newRow("export pdf onto a file")
            << QStringList{QStringLiteral("export"), QStringLiteral("pdf")} << year2011 << false << false;
        QTest::newRow("book onto a file")
            << QStringList{QStringLiteral("book"), QStringLiteral("2011")} << QStringList() << false << false;
    }

    void existingOutputNeedsForce()
    {
        QFETCH(QStringList, command);
        QFETCH(QStringList, selection);
        QFETCH(bool, site);
        QFETCH(bool, earlierExport);
        QTemporaryDir place;
        const QString output = place.filePath(site ? QStringLiteral("我的网站") : QStringLiteral("回忆.pdf"));
        const QString mine = site ? output + QStringLiteral("/我的笔记.txt") : output;
        if (earlierExport)
            QCOMPARE(run(command + QStringList{output} + selection), 0);
        QVERIFY(QDir().mkpath(QFileInfo(mine).absolutePath()));
        QVERIFY(writeFile(mine, "mine, not Keepsake's"));
        const auto before = test::snapshotTree(place.path());

        QByteArray out;
        QByteArray err;
        QCOMPARE(run(command + QStringList{output} + selection, &out, &err), 1);
        QVERIFY2(err.contains(site ? "is not empty" : "already exists"), err.constData());
        QVERIFY2(err.contains("--force"), err.constData());
        QVERIFY2(err.contains(output.toUtf8()), err.constData());
        QVERIFY(out.isEmpty());
        QCOMPARE(readFile(mine), QByteArray("mine, not Keepsake's"));
        QCOMPARE(test::snapshotTree(place.path()), before); // not a byte written

        // --json says it too, on stdout.
        QCOMPARE(run(command + QStringList{output, QStringLiteral("--json")} + selection, &out, &err), 1);
        const QJsonObject refusal = QJsonDocument::fromJson(out).object();
        QCOMPARE(refusal.value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY(refusal.value(QStringLiteral("error")).toString().contains(QStringLiteral("--force")));

        QCOMPARE(run(command + QStringList{output, QStringLiteral("--force")} + selection, &out, &err), 0);
        if (site) {
            QVERIFY(QFileInfo::exists(output + QStringLiteral("/index.html")));
            QCOMPARE(readFile(mine), QByteArray("mine, not Keepsake's")); // other files stay
        } else {
            QVERIFY(readFile(output).startsWith("%PDF-"));
        }
    }

    void emptyFolderNeedsNoForce()
    {
        QTemporaryDir place;
        QByteArray out;
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("html"), place.path(),
                      QStringLiteral("--year"), QStringLiteral("2011")},
                     &out),
                 0);
        QVERIFY(out.contains("Exported 1 memory,"));
        QVERIFY(QFileInfo::exists(place.filePath(QStringLiteral("index.html"))));
    }

    void wrongKindOfOutputFailsEvenWithForce_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<bool>("outputIsFolder");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("pdf onto a folder") << QStringList{QStringLiteral("export"), QStringLiteral("pdf")}
                                           << true << QByteArray("is a folder");
        QTest::newRow("book onto a folder") << QStringList{QStringLiteral("book"), QStringLiteral("2012")}
                                            << true << QByteArray("is a folder");
        QTest::newRow("html onto a file") << QStringList{QStringLiteral("export"), QStringLiteral("html")}
                                          << false << QByteArray("is a file");
    }

    void wrongKindOfOutputFailsEvenWithForce()
    {
        QFETCH(QStringList, command);
        QFETCH(bool, outputIsFolder);
        QFETCH(QByteArray, message);
        QTemporaryDir place;
        const QString output = place.filePath(QStringLiteral("out"));
        if (outputIsFolder)
            QVERIFY(QDir().mkpath(output));
        else
            QVERIFY(writeFile(output, "a file"));
        QByteArray err;
        QCOMPARE(run(command + QStringList{output, QStringLiteral("--force")}, nullptr, &err), 1);
        QVERIFY2(err.contains(message), err.constData());
        if (!outputIsFolder)
            QCOMPARE(readFile(output), QByteArray("a file"));
    }

    void helpNamesForce()
    {
        for (const QString &command : {QStringLiteral("export"), QStringLiteral("book")}) {
            QByteArray out;
            QCOMPARE(run({command, QStringLiteral("--help")}, &out), 0);
            QVERIFY2(out.contains("--force"), out.constData());
        }
    }

    void emptySelectionFails()
    {
        QByteArray err;
        QCOMPARE(
            run({QStringLiteral("book"), QStringLiteral("1999"), m_out.filePath(QStringLiteral("empty.pdf"))},
                nullptr, &err),
            1);
        QVERIFY(err.contains("no memories"));
        QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("empty.pdf"))));
    }
};

QTEST_MAIN(TestCliExport)
#include "tst_cli_export.moc"
