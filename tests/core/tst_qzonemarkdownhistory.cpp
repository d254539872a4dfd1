// SPDX-License-Identifier: GPL-3.0-or-later
// A MarkDown module written twice (Messages.md and the <year>.md files) where one copy is
// damaged: cut off, re-saved as UTF-16, overwritten with garbage or emptied. The intact copy
// must show through, the damaged file must be reported, and nothing may be counted twice.
#include "import/markdownhistory.h"
#include "markdownfixtures.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;
using namespace ks::test::markdown;

namespace {

const QByteArray kSummary = kPosts2019 + "\r\n" + kPosts2018;

QByteArray utf16le(const QByteArray &utf8Bytes, bool bom)
{
    const QString text = QString::fromUtf8(utf8Bytes);
    QByteArray out(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return bom ? QByteArray("\xFF\xFE") + out : out;
}

QByteArray garbage(int size)
{
    QRandomGenerator random(20240611); // the same bytes every run
    QByteArray bytes(size, '\0');
    for (char &c : bytes)
        c = char(0x80 + random.bounded(0x80)); // high bytes only: no text, no NULs
    return bytes;
}

QByteArray withBadBytes(QByteArray bytes, const QByteArray &inside)
{
    const qsizetype at = bytes.indexOf(inside);
    if (at >= 0)
        bytes.replace(at + 3, 3, "\xFF\xFE\xFF"); // inside a Chinese character of the 2018 post
    return bytes;
}

md::HistoryFile fileOf(const QString &path, const QByteArray &bytes, bool truncated = false)
{
    md::HistoryFile file;
    file.path = path;
    file.parsed = md::parseMessages(QString::fromUtf8(bytes), {});
    file.truncated = truncated;
    return file;
}

QStringList textsOf(const QList<md::HistoryItem> &items)
{
    QStringList texts;
    for (const md::HistoryItem &item : items)
        texts << item.record.text;
    texts.sort();
    return texts;
}

} // namespace

class TestQZoneMarkdownHistory : public QObject
{
    Q_OBJECT

private slots:
    void agreeingCopiesAreReadOnce()
    {
        const auto united = md::uniteHistory(
            fileOf(QStringLiteral("Messages.md"), kSummary),
            {fileOf(QStringLiteral("2018.md"), kPosts2018), fileOf(QStringLiteral("2019.md"), kPosts2019)});
        QCOMPARE(united.items.size(), 3);
        for (const md::HistoryItem &item : united.items)
            QCOMPARE(item.file, QStringLiteral("Messages.md"));
        QVERIFY(united.gaps.isEmpty());
        // The block without a time is in both copies: told once, by the summary.
        QCOMPARE(united.errors.size(), 1);
        QCOMPARE(united.errors.at(0).first, QStringLiteral("Messages.md"));
    }

    void identicalItemsOfOneFileStayTwo()
    {
        // Two 说说 with the same second and text (posted twice): two items in each copy.
        const QByteArray twice = kPosts2018 + "\r\n" + kPosts2018.mid(kPosts2018.indexOf("> 2018"));
        const auto united = md::uniteHistory(fileOf(QStringLiteral("Messages.md"), twice),
                                             {fileOf(QStringLiteral("2018.md"), twice)});
        QCOMPARE(united.items.size(), 2);
        QVERIFY(united.gaps.isEmpty());
        // And when the summary lost one of them, the year file still has both.
        const auto fromYears = md::uniteHistory(fileOf(QStringLiteral("Messages.md"), kPosts2018),
                                                {fileOf(QStringLiteral("2018.md"), twice)});
        QCOMPARE(fromYears.items.size(), 2);
        QCOMPARE(fromYears.gaps.size(), 1);
        QCOMPARE(fromYears.gaps.at(0).file, QStringLiteral("Messages.md"));
        QCOMPARE(fromYears.gaps.at(0).missing, 1);
    }

    void cutOffItemGivesWayToItsIntactCopy()
    {
        // The summary ends inside the repost's text: that partial 说说 is not a fourth one.
        const QByteArray cut = kSummary.left(kSummary.indexOf("转给大家看") + 6);
        const auto united = md::uniteHistory(
            fileOf(QStringLiteral("Messages.md"), cut, true),
            {fileOf(QStringLiteral("2018.md"), kPosts2018), fileOf(QStringLiteral("2019.md"), kPosts2019)});
        QCOMPARE(united.items.size(), 3);
        QVERIFY(textsOf(united.items).contains(QStringLiteral("转给大家看")));
        QCOMPARE(united.gaps.size(), 1);
        QCOMPARE(united.gaps.at(0).damaged, 1);
        QCOMPARE(united.gaps.at(0).missing, 2);
        QVERIFY(united.gaps.at(0).truncated);
        // With no other copy the cut-off item is all there is: kept.
        const auto alone = md::uniteHistory(fileOf(QStringLiteral("Messages.md"), cut, true), {});
        QCOMPARE(alone.items.size(), 2);
        QCOMPARE(alone.gaps.size(), 1);
    }

    void damagedSummaryShowsTheYearFiles_data()
    {
        QTest::addColumn<QByteArray>("summary");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<bool>("yearErrorTold"); // the damaged summary's block errors are folded in

        QTest::newRow("truncated") << kSummary.left(kSummary.indexOf("转给大家看") + 3)
                                   << QStringLiteral("corrupt") << true;
        QTest::newRow("truncated after a rule") << kPosts2019 << QStringLiteral("corrupt") << true;
        QTest::newRow("UTF-16 with BOM") << utf16le(kSummary, true) << QStringLiteral("encoding") << false;
        QTest::newRow("UTF-16 without BOM")
            << utf16le(kSummary, false) << QStringLiteral("encoding") << false;
        QTest::newRow("garbage") << garbage(4000) << QStringLiteral("encoding") << true;
        QTest::newRow("bad bytes inside")
            << withBadBytes(kSummary, QByteArray("旧的一条")) << QStringLiteral("encoding") << true;
        QTest::newRow("empty") << QByteArray() << QStringLiteral("zero-byte") << true;
    }

    void damagedSummaryShowsTheYearFiles()
    {
        QFETCH(QByteArray, summary);
        QFETCH(QString, problem);
        QFETCH(bool, yearErrorTold);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = writeExport(tmp.path());
        QVERIFY(put(root + QStringLiteral("/Messages/Messages.md"), summary));
        Database db;
        QVERIFY(db.open(tmp.path() + QStringLiteral("/lib")));
        const ImportReport report = importInto(db, root);
        QVERIFY(!report.failed);

        // All three 说说 of the year files, each once, none with undecoded characters.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post'")).toInt(), 3);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(DISTINCT created) FROM memories WHERE kind = 'post'"))
                .toInt(),
            3);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post' AND "
                                       "instr(body_text, ?) > 0"),
                        {QString(QChar::ReplacementCharacter)})
                     .toInt(),
                 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT body_text FROM memories WHERE created = ?"),
                        {md::parseLocalTime(QStringLiteral("2018-01-02 03:04:05"))})
                     .toString(),
                 QStringLiteral("旧的一条"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM comments c JOIN memories m ON m.id = "
                                           "c.memory_id WHERE m.kind = 'post'"))
                     .toInt(),
                 4);

        // The damaged summary is reported, by name, once; the block without a time is told
        // once (by 2019.md when the summary's own reading of it is part of the damage).
        QStringList expected{problem + QStringLiteral(" Messages/Messages.md")};
        expected << (yearErrorTold ? QStringLiteral("malformed Messages/2019.md")
                                   : QStringLiteral("malformed Messages/Messages.md"));
        expected.sort();
        QCOMPARE(problemsUnder(db, root, QStringLiteral("Messages/")), expected);

        // A second import finds the same and changes nothing.
        const ImportReport again = importInto(db, root);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
    }

    void damagedYearFileShowsTheSummary()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = writeExport(tmp.path());
        QVERIFY(put(root + QStringLiteral("/Messages/2018.md"), QByteArray()));
        // 2019.md is cut off inside the repost.
        QVERIFY(put(root + QStringLiteral("/Messages/2019.md"),
                    kPosts2019.left(kPosts2019.indexOf("转给大家看") + 3)));
        Database db;
        QVERIFY(db.open(tmp.path() + QStringLiteral("/lib")));
        importInto(db, root);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM memories WHERE kind = 'post'")).toInt(), 3);
        QCOMPARE(problemsUnder(db, root, QStringLiteral("Messages/")),
                 (QStringList{QStringLiteral("corrupt Messages/2019.md"),
                              QStringLiteral("malformed Messages/Messages.md"),
                              QStringLiteral("zero-byte Messages/2018.md")}));
    }

    void emptyModuleIsNoProblem()
    {
        // The exporter writes an empty <Module>.md for a module with nothing in it.
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = writeExport(tmp.path());
        QVERIFY(put(root + QStringLiteral("/Favorites/Favorites.md"), QByteArray()));
        Database db;
        QVERIFY(db.open(tmp.path() + QStringLiteral("/lib")));
        importInto(db, root);
        QVERIFY(problemsUnder(db, root, QStringLiteral("Favorites/")).isEmpty());
    }

    void exportWithNothingReadableIsReported()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = tmp.path() + QStringLiteral("/QQ空间备份_10007");
        QVERIFY(put(root + QStringLiteral("/Messages/2019.md"), QByteArray()));
        Database db;
        QVERIFY(db.open(tmp.path() + QStringLiteral("/lib")));
        importInto(db, root);
        QCOMPARE(problemsUnder(db, root),
                 (QStringList{QStringLiteral("malformed ."), QStringLiteral("zero-byte Messages/2019.md")}));
        QVERIFY(scalar(db, QStringLiteral("SELECT message FROM problems WHERE kind = 'malformed'"))
                    .toString()
                    .contains(QStringLiteral("Messages/2019.md")));
    }
};

QTEST_GUILESS_MAIN(TestQZoneMarkdownHistory)
#include "tst_qzonemarkdownhistory.moc"
