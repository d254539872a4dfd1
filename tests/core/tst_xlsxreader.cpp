// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/librarywriter.h"
#include "import/xlsxreader.h"
#include "library/database.h"
#include "search/searchindex.h"
#include "xlsxtestutil.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;
using namespace ks::test;

namespace {

const QByteArray kMainNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

/// Two sheets written by hand: every cell type, gaps, rich text, a hyperlink.
ZipEntries handWrittenWorkbook()
{
    ZipEntries e;
    e << qMakePair(QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>"));
    e << qMakePair(
        QStringLiteral("_rels/.rels"),
        QByteArray("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                   "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                   "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
    e << qMakePair(QStringLiteral("xl/workbook.xml"),
                   "<workbook " + kMainNs +
                       "><sheets><sheet name=\"数据\" sheetId=\"1\" r:id=\"rId7\"/>"
                       "<sheet name=\"Second\" sheetId=\"2\" r:id=\"rId8\"/></sheets></workbook>");
    // Targets in odd spellings: relative with "./", absolute, upper case.
    e << qMakePair(
        QStringLiteral("xl/_rels/workbook.xml.rels"),
        QByteArray("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                   "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                   "relationships/worksheet\" Target=\"./worksheets/Sheet1.xml\"/>"
                   "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                   "relationships/worksheet\" Target=\"/xl/worksheets/other.xml\"/>"
                   "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                   "relationships/sharedStrings\" Target=\"strings.xml\"/></Relationships>"));
    e << qMakePair(QStringLiteral("xl/strings.xml"),
                   "<sst " + kMainNs +
                       "><si><t>时间</t></si>"
                       "<si><r><rPr><b/></rPr><t>富</t></r><r><t xml:space=\"preserve\"> 文本</t></r>"
                       "<rPh sb=\"0\" eb=\"1\"><t>ふ</t></rPh></si>"
                       "<si><t>a &amp; &lt;b&gt;\n第二行</t></si><si><t/></si></sst>");
    e << qMakePair(QStringLiteral("xl/worksheets/sheet1.xml"),
                   "<worksheet " + kMainNs +
                       "><sheetData>"
                       "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>"
                       "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>内联</t></is></c>"
                       "<c r=\"D2\" t=\"str\"><f>A1</f><v>公式</v></c></row>"
                       "<row r=\"4\"><c r=\"A4\" t=\"b\"><v>1</v></c><c r=\"B4\" t=\"b\"><v>0</v></c>"
                       "<c r=\"C4\"><v>1586216660</v></c><c r=\"D4\" t=\"n\"><v>2.5</v></c>"
                       "<c r=\"E4\" t=\"s\"><v>2</v></c><c r=\"F4\" s=\"1\"/></row>"
                       "<row><c t=\"s\"><v>3</v></c><c><v>7</v></c></row>"
                       "</sheetData><hyperlinks><hyperlink ref=\"C1\" r:id=\"rId1\"/>"
                       "<hyperlink ref=\"A4:B4\" location=\"Second!A1\"/></hyperlinks></worksheet>");
    e << qMakePair(
        QStringLiteral("xl/worksheets/_rels/sheet1.xml.rels"),
        QByteArray("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                   "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                   "relationships/hyperlink\" Target=\"https://user.qzone.qq.com/10001\" "
                   "TargetMode=\"External\"/></Relationships>"));
    e << qMakePair(
        QStringLiteral("xl/worksheets/other.xml"),
        "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
        "<x:row r=\"2\"><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>prefixed</x:t></x:is></x:c></x:row>"
        "</x:sheetData></x:worksheet>");
    e << qMakePair(QStringLiteral("xl/media/image1.png"), QByteArray("\x89PNG not read", 13));
    return e;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void cellRefs_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::newRow("A1") << "A1" << true << 0 << 0;
        QTest::newRow("C12") << "C12" << true << 11 << 2;
        QTest::newRow("Z1") << "Z1" << true << 0 << 25;
        QTest::newRow("AA1") << "AA1" << true << 0 << 26;
        QTest::newRow("lower") << "ab3" << true << 2 << 27;
        QTest::newRow("max") << "XFD1048576" << true << 1048575 << 16383;
        QTest::newRow("empty") << "" << false << 0 << 0;
        QTest::newRow("no row") << "A" << false << 0 << 0;
        QTest::newRow("no column") << "12" << false << 0 << 0;
        QTest::newRow("row 0") << "A0" << false << 0 << 0;
        QTest::newRow("column too far") << "XFE1" << false << 0 << 0;
        QTest::newRow("row too far") << "A1048577" << false << 0 << 0;
        QTest::newRow("trailing") << "A1B" << false << 0 << 0;
        QTest::newRow("huge") << "A99999999999999999999" << false << 0 << 0;
    }
    void cellRefs()
    {
        QFETCH(QString, ref);
        QFETCH(bool, valid);
        QFETCH(int, row);
        QFETCH(int, column);
        int gotRow = -1;
        int gotColumn = -1;
        QCOMPARE(XlsxReader::parseCellRef(ref, &gotRow, &gotColumn), valid);
        if (valid) {
            QCOMPARE(gotRow, row);
            QCOMPARE(gotColumn, column);
        }
    }

    void cellTypesGapsAndRichText()
    {
        XlsxReader reader;
        QString error;
        QVERIFY2(reader.openData(writeZip(handWrittenWorkbook()), &error), qPrintable(error));
        QCOMPARE(reader.sheetNames(), (QStringList{QStringLiteral("数据"), QStringLiteral("Second")}));

        XlsxSheet sheet;
        QVERIFY2(reader.readSheet(0, &sheet, &error), qPrintable(error));
        QCOMPARE(sheet.name, QStringLiteral("数据"));
        QCOMPARE(sheet.rows.size(), 5);
        // B1 is absent from the XML: a gap, not a shift.
        QCOMPARE(sheet.rows.at(0),
                 (QStringList{QStringLiteral("时间"), QString(), QStringLiteral("富 文本")}));
        QCOMPARE(sheet.rows.at(1),
                 (QStringList{QString(), QStringLiteral("内联"), QString(), QStringLiteral("公式")}));
        QVERIFY(sheet.rows.at(2).isEmpty()); // row 3 is missing entirely
        QCOMPARE(sheet.rows.at(3),
                 (QStringList{QStringLiteral("TRUE"), QStringLiteral("FALSE"), QStringLiteral("1586216660"),
                              QStringLiteral("2.5"), QStringLiteral("a & <b>\n第二行")}));
        // Cells without r: follow the previous row and column.
        QCOMPARE(sheet.rows.at(4), (QStringList{QString(), QStringLiteral("7")}));
        QCOMPARE(sheet.cell(3, 2), QStringLiteral("1586216660"));
        QCOMPARE(sheet.cell(99, 0), QString());

        QCOMPARE(sheet.hyperlink(0, 2), QStringLiteral("https://user.qzone.qq.com/10001"));
        QCOMPARE(sheet.hyperlink(3, 0), QStringLiteral("#Second!A1"));
        QCOMPARE(sheet.hyperlink(0, 0), QString());

        // A second sheet by name, with namespace prefixes on every element.
        const QList<QStringList> rows = reader.rows(QStringLiteral("Second"), &error);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1), (QStringList{QString(), QStringLiteral("prefixed")}));
        QVERIFY(reader.rows(QStringLiteral("Nope"), &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("Nope")));
    }

    void generatedWorkbookFromFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("好友.xlsx"));
        SheetSpec spec{QStringLiteral("Sheet1"),
                       {{QStringLiteral("昵称"), QStringLiteral("QQ")},
                        {QStringLiteral("老王"), QStringLiteral("10001")},
                        {QString(), QStringLiteral("10002")}},
                       {}};
        QVERIFY(writeXlsx(path, {spec}));
        XlsxReader reader;
        QString error;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        QCOMPARE(reader.rows(0), spec.rows);
    }

    void damaged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("opens"); // false: open() fails; true: open() works, readSheet(0) fails
        const QByteArray good = writeZip(handWrittenWorkbook());
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("text") << QByteArray("this is not a zip file at all\n") << false;
        QByteArray noise(4096, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 251);
        QTest::newRow("noise") << noise << false;
        QTest::newRow("truncated half") << good.left(good.size() / 2) << false;
        QTest::newRow("zip header only") << good.left(30) << false;

        ZipEntries noWorkbook = handWrittenWorkbook();
        noWorkbook.removeAt(2);
        QTest::newRow("no workbook") << writeZip(noWorkbook) << false;
        QTest::newRow("no xml at all")
            << writeZip({qMakePair(QStringLiteral("a.txt"), QByteArray("hello"))}) << false;

        ZipEntries badWorkbook = handWrittenWorkbook();
        badWorkbook[2].second = "<workbook><sheets><sheet name=\"x\"</workbook>";
        QTest::newRow("malformed workbook") << writeZip(badWorkbook) << false;

        ZipEntries badStrings = handWrittenWorkbook();
        badStrings[4].second = "<sst><si><t>unclosed</si></sst>";
        QTest::newRow("malformed shared strings") << writeZip(badStrings) << false;

        ZipEntries badSheet = handWrittenWorkbook();
        badSheet[5].second = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row></sheetData>";
        QTest::newRow("malformed sheet") << writeZip(badSheet) << true;

        ZipEntries badIndex = handWrittenWorkbook();
        badIndex[5].second = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row>"
                             "</sheetData></worksheet>";
        QTest::newRow("shared string out of range") << writeZip(badIndex) << true;

        ZipEntries badRef = handWrittenWorkbook();
        badRef[5].second = "<worksheet><sheetData><row r=\"1\"><c r=\"A99999999\"><v>1</v></c></row>"
                           "</sheetData></worksheet>";
        QTest::newRow("cell beyond the sheet") << writeZip(badRef) << true;

        ZipEntries badRow = handWrittenWorkbook();
        badRow[5].second = "<worksheet><sheetData><row r=\"-4\"/></sheetData></worksheet>";
        QTest::newRow("bad row number") << writeZip(badRow) << true;

        ZipEntries missingSheet = handWrittenWorkbook();
        missingSheet.removeAt(5);
        missingSheet.removeAt(5); // and its rels
        QTest::newRow("sheet part missing") << writeZip(missingSheet) << true;
    }
    void damaged()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, opens);
        XlsxReader reader;
        QString error;
        const bool opened = reader.openData(bytes, &error);
        QCOMPARE(opened, opens);
        if (!opened) {
            QVERIFY(!error.isEmpty());
            QVERIFY(reader.sheetNames().isEmpty());
            return;
        }
        XlsxSheet sheet;
        QVERIFY(!reader.readSheet(0, &sheet, &error));
        QVERIFY(!error.isEmpty());
    }

    void damagedFileOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.xlsx"));
        const QByteArray good = writeZip(handWrittenWorkbook());
        QVERIFY(writeFile(path, good.left(good.size() * 2 / 3)));
        XlsxReader reader;
        QString error;
        QVERIFY(!reader.open(path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!reader.open(dir.filePath(QStringLiteral("absent.xlsx")), &error));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("zero.xlsx")), QByteArray()));
        QVERIFY(!reader.open(dir.filePath(QStringLiteral("zero.xlsx")), &error));
        QCOMPARE(error, QStringLiteral("the file is empty"));
    }

    void cutCentralDirectoryStillReads()
    {
        // Only the zip's directory at the end is cut: every part is whole, so nothing is lost.
        const QByteArray good = writeZip(handWrittenWorkbook());
        XlsxReader reader;
        QString error;
        QVERIFY2(reader.openData(good.left(good.size() - 10), &error), qPrintable(error));
        QCOMPARE(reader.rows(0).value(0).value(2), QStringLiteral("富 文本"));
        // … yet the file is damaged, and the reader says so (the importers report it).
        QVERIFY(reader.isTruncated());
        QVERIFY(reader.openData(good, &error));
        QVERIFY(!reader.isTruncated());
    }

    void cutCentralDirectoryIsReportedAsDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("好友.xlsx"));
        const QByteArray good = writeZip(handWrittenWorkbook());
        QVERIFY(writeFile(path, good.left(good.size() - 30)));
        XlsxReader reader;
        QString error;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        QVERIFY(reader.isTruncated());
        QVERIFY(writeFile(path, good));
        QVERIFY(reader.open(path, &error));
        QVERIFY(!reader.isTruncated());
    }

    void refusesEntriesBeyondTheLimit()
    {
        // 2 MB of zeros compress to a few KB: a small zip bomb against a 1 MB limit.
        ZipEntries entries = handWrittenWorkbook();
        entries[5].second = "<worksheet><sheetData>" + QByteArray(2 << 20, ' ') + "</sheetData></worksheet>";
        const QByteArray zip = writeZip(entries);
        QVERIFY(zip.size() < 200000);
        XlsxReader reader;
        reader.setEntryLimit(1 << 20);
        QString error;
        QVERIFY(!reader.openData(zip, &error));
        QVERIFY2(error.contains(QStringLiteral("expands beyond")), qPrintable(error));

        XlsxReader unlimited;
        QVERIFY2(unlimited.openData(zip, &error), qPrintable(error));
    }

    void qqFriends()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("QQ好友.xlsx"));
        const QStringList header{
            QStringLiteral("QQ"),       QStringLiteral("QQ昵称"),   QStringLiteral("QQ备注"),
            QStringLiteral("QQ分组"),   QStringLiteral("特别关心"), QStringLiteral("相识时间"),
            QStringLiteral("空间权限"), QStringLiteral("好友关系"), QStringLiteral("亲密度"),
            QStringLiteral("共同好友"), QStringLiteral("共同群组"), QStringLiteral("QQ空间"),
            QStringLiteral("QQ通讯")};
        const QString me = QStringLiteral("本人");
        SheetSpec spec;
        spec.name = QStringLiteral("QQ好友");
        spec.rows = {header,
                     {QStringLiteral("123456"), QStringLiteral("芷炫"), QString(), QStringLiteral("我的好友"),
                      me, me, me, me, QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("无"),
                      QStringLiteral("QQ空间"), QStringLiteral("QQ聊天")},
                     {QStringLiteral("1586216660"), QStringLiteral("丁丁"), QStringLiteral("大学室友"),
                      QStringLiteral("同学"), QStringLiteral("未关心"), QStringLiteral("2010-12-17 23:44:26"),
                      QStringLiteral("有"), QStringLiteral("正常"), QStringLiteral("14"), QStringLiteral("0"),
                      QStringLiteral("高三(2)班"), QStringLiteral("QQ空间"), QStringLiteral("QQ聊天")},
                     {QStringLiteral("1899232658"), QStringLiteral("叶子"), QString(),
                      QStringLiteral("我的好友"), QStringLiteral("已关心"), QStringLiteral("未知"),
                      QStringLiteral("无"), QStringLiteral("单向"), QStringLiteral("3"), QStringLiteral("0"),
                      QStringLiteral("无"), QStringLiteral("QQ空间"), QStringLiteral("QQ聊天")}};
        spec.links.insert(qMakePair(2, 11), QStringLiteral("https://user.qzone.qq.com/1586216660"));
        // A sheet before the friends one: the reader must pick "QQ好友" by name.
        SheetSpec other{QStringLiteral("说明"), {{QStringLiteral("x")}}, {}};
        QVERIFY(writeXlsx(path, {other, spec}));

        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("lib")), &error), qPrintable(error));
        {
            LibraryWriter writer(db, dir.path(), &searchIndexer());
            QVERIFY(writer.begin(&error));
            QVERIFY(writer.setAccount(QStringLiteral("123456")));
            QCOMPARE(readQQFriendsXlsx(path, writer.context(), writer), 2);
            const ImportReport report = writer.finish();
            QCOMPARE(report.problems.size(), 0);
        }
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT uin, name, remark, group_name, friend_since, is_friend, source_json "
                           "FROM people WHERE is_friend = 1 ORDER BY uin")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("1586216660"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("丁丁"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("大学室友"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("同学"));
        // 2010-12-17 23:44:26 at UTC+8.
        QCOMPARE(q.value(4).toLongLong(),
                 QDateTime(QDate(2010, 12, 17), QTime(15, 44, 26), Qt::UTC).toSecsSinceEpoch());
        QVERIFY(q.value(6).toString().contains(QStringLiteral("https://user.qzone.qq.com/1586216660")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("1899232658"));
        QVERIFY(q.value(2).isNull());
        QVERIFY(q.value(4).isNull()); // 未知
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM people WHERE uin = '123456' AND is_friend = 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void qqFriendsDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("QQ好友.xlsx"));
        QVERIFY(writeFile(path, QByteArray("PK\x03\x04 broken", 11)));
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("lib")), &error));
        LibraryWriter writer(db, dir.path(), &searchIndexer());
        QVERIFY(writer.begin(&error));
        QVERIFY(writer.setAccount(QStringLiteral("123456")));
        QCOMPARE(readQQFriendsXlsx(path, writer.context(), writer), -1);
        const ImportReport report = writer.finish();
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().kind, QStringLiteral("corrupt"));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
