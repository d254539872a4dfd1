// SPDX-License-Identifier: GPL-3.0-or-later
// Problems are stored in English and read in the person's language: the sentence and the
// sentences inside it translated, grouped by what happened, each group saying what to do.
#include "domain/problemtext.h"
#include "languages.h"
#include "problems/problemsview.h"

#include <QApplication>
#include <QStandardItemModel>
#include <QtTest>

using namespace ks;

class TestProblemsView : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { applyLanguage(QStringLiteral("en")); }

    void englishStaysAsStored()
    {
        applyLanguage(QStringLiteral("en"));
        const QString stored = QStringLiteral("the file is empty (0 bytes)");
        QCOMPARE(problemtext::translated(stored), stored);
        QVERIFY(problemtext::isKnown(stored));
    }

    void chineseWithFilledInParts()
    {
        applyLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(problemtext::translated(QStringLiteral("the file is empty (0 bytes)")),
                 QStringLiteral("文件是空的（0 字节）"));
        // A sentence whose part is itself a sentence: both are translated, the value kept.
        QCOMPARE(
            problemtext::translated(QStringLiteral("JPEG truncated (no end-of-image marker) — kept in the "
                                                   "vault as it is")),
            QStringLiteral("JPEG 被截断（没有图像结束标记） — 已按原样保存在保管库中"));
        QCOMPARE(problemtext::translated(QStringLiteral("cannot open the file: Permission denied")),
                 QStringLiteral("无法打开文件：没有权限"));
        // The same placeholder twice, and numbers kept.
        QCOMPARE(
            problemtext::translated(QStringLiteral("the file is GBK text, not the UTF-8 QZoneExport writes: "
                                                   "another program saved it again; it was read as GBK")),
            QStringLiteral(
                "这个文件是 GBK 编码，不是 QZoneExport 写的 UTF-8：它被别的程序另存过；已按 GBK 读取"));
        QCOMPARE(
            problemtext::translated(QStringLiteral("the archive is damaged after the entry \"a/b.jpg\"; the "
                                                   "rest could not be unpacked")),
            QStringLiteral("压缩包在条目“a/b.jpg”之后已损坏；其余部分无法解压"));
        // Not a known sentence: shown as it is, never garbled.
        QCOMPARE(problemtext::translated(QStringLiteral("something new")), QStringLiteral("something new"));
    }

    void everySentenceHasItsChinese()
    {
        applyLanguage(QStringLiteral("zh_CN"));
        for (const QString &source : problemtext::templates()) {
            const QString zh = QCoreApplication::translate("ks::Problem", source.toUtf8().constData());
            QVERIFY2(zh != source, qPrintable(QStringLiteral("no Chinese for: ") + source));
        }
    }

    void groupedWithAdviceInChinese()
    {
        applyLanguage(QStringLiteral("zh_CN"));
        const QList<ImportProblem> problems{
            {QStringLiteral("备份/Messages/a.jpg"), QStringLiteral("corrupt"),
             QStringLiteral("JPEG truncated (no end-of-image marker) — kept in the vault as it is"),
             QString()},
            {QStringLiteral("备份/Messages/b.jpg"), QStringLiteral("corrupt"),
             QStringLiteral("PNG truncated (no IEND chunk)"), QString()},
            {QStringLiteral("备份/Albums/c.jpg"), QStringLiteral("missing"),
             QStringLiteral("the export names this picture but the file is not in the folder"), QString()},
        };
        ProblemsView view;
        view.setProblems(problems);
        QStandardItemModel *model = view.problemModel();
        QCOMPARE(model->rowCount(), 2);
        // What the person can still fix comes first.
        QCOMPARE(model->item(0)->data(Qt::UserRole).toString(), QStringLiteral("missing"));
        QCOMPARE(model->item(1)->text(), QStringLiteral("2 个损坏的文件"));
        QStandardItem *damaged = model->item(1);
        QCOMPARE(damaged->rowCount(), 3); // the advice, then two files
        QVERIFY(damaged->child(0)->text().contains(QStringLiteral("原样保存")));
        QCOMPARE(damaged->child(1)->text(),
                 QStringLiteral("JPEG 被截断（没有图像结束标记） — 已按原样保存在保管库中"));
        QCOMPARE(damaged->child(1, 1)->text(), QStringLiteral("备份/Messages/a.jpg"));
        for (int row = 0; row < model->rowCount(); ++row)
            for (int i = 0; i < model->item(row)->rowCount(); ++i)
                QVERIFY2(!model->item(row)->child(i)->text().contains(QStringLiteral(" the ")),
                         qPrintable(model->item(row)->child(i)->text()));
    }

    void englishPluralsInHeadings()
    {
        applyLanguage(QStringLiteral("en"));
        QCOMPARE(problemtext::kindTitle(QStringLiteral("corrupt"), 1), QStringLiteral("1 damaged file"));
        QCOMPARE(problemtext::kindTitle(QStringLiteral("corrupt"), 3), QStringLiteral("3 damaged files"));
    }
};

QTEST_MAIN(TestProblemsView)
#include "tst_problemsview.moc"
