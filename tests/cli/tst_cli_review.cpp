// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake review YEAR [--json] [--image OUT.png] as a person runs it.
#include "../core/tst_export_fixture.h"
#include "testsupport.h"

#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ks;

class TestCliReview : public QObject
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
    void initTestCase()
    {
        QVERIFY(m_fx.build());
        m_fx.db.close();
    }

    void jsonAndText()
    {
        QByteArray out;
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("2012"), QStringLiteral("--json")}, &out), 0);
        const QJsonObject review = QJsonDocument::fromJson(out.trimmed()).object();
        QCOMPARE(review.value(QStringLiteral("year")).toInt(), 2012);
        QVERIFY(review.value(QStringLiteral("memories")).toInt() > 10);
        QVERIFY(review.value(QStringLiteral("first_post")).toObject().contains(QStringLiteral("excerpt")));
        QCOMPARE(run({QStringLiteral("--language"), QStringLiteral("zh_CN"), QStringLiteral("review"),
                      QStringLiteral("2012")},
                     &out),
                 0);
        QVERIFY2(QString::fromUtf8(out).contains(QStringLiteral("2012 年度回顾")), out.constData());
        QVERIFY(QString::fromUtf8(out).contains(QStringLiteral("条回忆")));
    }

    void image()
    {
        const QString png = m_out.filePath(QStringLiteral("review.png"));
        QByteArray out;
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("2012"), QStringLiteral("--image"), png,
                      QStringLiteral("--theme"), QStringLiteral("dark")},
                     &out),
                 0);
        QImageReader reader(png);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QSize size = reader.size();
        QCOMPARE(size.width(), 1080);
        QVERIFY(size.height() > 2 * size.width()); // tall, as phones share it
    }

    void usage()
    {
        QByteArray err;
        QCOMPARE(run({QStringLiteral("review")}, nullptr, &err), 2);
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("twelve")}, nullptr, &err), 2);
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("2012"), QStringLiteral("--image"),
                      m_out.filePath(QStringLiteral("no/such/folder/x.png"))},
                     nullptr, &err),
                 1);
        QVERIFY2(err.contains("x.png"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_cli_review.moc"
