// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake book and keepsake export on a small library: outputs, exit codes, usage errors,
// and no progress line when stderr is not a terminal.
#include "../core/tst_export_fixture.h"
#include "export/pdffinish.h"
#include "testsupport.h"

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
