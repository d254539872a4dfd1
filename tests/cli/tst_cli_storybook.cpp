// SPDX-License-Identifier: GPL-3.0-or-later
// 我们的故事: keepsake book --person P OUT.pdf prints every memory the friend took part in
// (authored, commented, mentioned), across years, titled with their name; privacy mode keeps
// the name out of the book.
#include "../core/tst_export_fixture.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ks;

class TestCliStoryBook : public QObject
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

    QString pdfText(const QString &pdf)
    {
        return QString::fromUtf8(test::poppler(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.build());
        m_fx.db.close();
    }

    void aFriendsStory()
    {
        const QString pdf = m_out.filePath(QStringLiteral("laowang.pdf"));
        QByteArray out;
        QCOMPARE(run({QStringLiteral("--language"), QStringLiteral("zh_CN"), QStringLiteral("book"),
                      QStringLiteral("--person"), QStringLiteral("老王"), pdf, QStringLiteral("--json")},
                     &out),
                 0);
        const QJsonObject result = QJsonDocument::fromJson(out.trimmed()).object();
        // The fixture: 老王 commented on one 2012 post, is @-mentioned in it, and named in a 2011 post.
        const int memories = result.value(QStringLiteral("memories")).toInt();
        QVERIFY2(memories >= 2 && memories < 20, out.constData());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("我们的故事：老王")), qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("前一年的说说"))); // 2011, and 2012 below: across years
        QVERIFY(text.contains(QStringLiteral("2012年")));
        QVERIFY(!text.contains(QStringLiteral("我们的高三"))); // a blog 老王 had no part in
    }

    void privacyKeepsTheNameOut()
    {
        const QString pdf = m_out.filePath(QStringLiteral("private.pdf"));
        QCOMPARE(run({QStringLiteral("--language"), QStringLiteral("zh_CN"), QStringLiteral("book"),
                      QStringLiteral("--person"), QStringLiteral("老王"), pdf, QStringLiteral("--privacy")}),
                 0);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("我们的故事")));
        QVERIFY2(!text.contains(QStringLiteral("老王")), qPrintable(text.left(600)));
        QVERIFY(!text.contains(QStringLiteral("20002")));
    }

    void usage()
    {
        QByteArray err;
        QCOMPARE(
            run({QStringLiteral("book"), QStringLiteral("--person"), QStringLiteral("老王")}, nullptr, &err),
            2);
        QVERIFY2(err.contains("--person P OUT.pdf"), err.constData());
        QCOMPARE(run({QStringLiteral("book"), QStringLiteral("--person"), QStringLiteral("nobody-at-all"),
                      m_out.filePath(QStringLiteral("none.pdf"))},
                     nullptr, &err),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCliStoryBook)
#include "tst_cli_storybook.moc"
