// SPDX-License-Identifier: GPL-3.0-or-later
// PostingList, plain or packed, gives back exactly the keys it was made of: walked in order,
// seeked to any key, by row; for empty and one-key lists, lists that end on a block boundary,
// rows far apart, offsets near 2^32, and many positions in one row. Common shapes pack to
// under two and a half bytes a key.
#include "search/postinglist.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <vector>

using namespace ks;

namespace {

// Rows a random distance apart (sometimes far), each with one to @p maxPerRow ascending offsets.
std::vector<quint64> randomKeys(QRandomGenerator &rng, size_t count, int maxPerRow, quint32 maxOffset)
{
    std::vector<quint64> keys;
    quint64 row = 1 + rng.bounded(5);
    while (keys.size() < count) {
        const int perRow = 1 + rng.bounded(maxPerRow);
        quint32 offset = rng.bounded(maxOffset / 2 + 1);
        for (int i = 0; i < perRow && keys.size() < count; ++i) {
            keys.push_back((row << 32) | offset);
            const quint32 step = 1 + rng.bounded(std::max<quint32>(1, maxOffset / 8));
            if (maxOffset - offset <= step)
                break;
            offset += step;
        }
        row += rng.bounded(8) == 0 ? 1 + rng.generate64() % 1000000 : 1 + rng.bounded(3);
    }
    return keys;
}

std::vector<quint64> walked(const PostingList &list)
{
    std::vector<quint64> out;
    for (PostingList::Cursor c(list); !c.atEnd(); c.next())
        out.push_back(c.key());
    return out;
}

} // namespace

class TestPostingList : public QObject
{
    Q_OBJECT

private slots:
    void givesBackEveryKey_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("maxPerRow");
        QTest::addColumn<uint>("maxOffset");
        QTest::newRow("empty") << 0 << 1 << 100u;
        QTest::newRow("one key") << 1 << 1 << 100u;
        QTest::newRow("one block exactly") << 64 << 3 << 100u;
        QTest::newRow("a block and one") << 65 << 3 << 100u;
        QTest::newRow("one per row") << 10000 << 1 << 4000u;
        QTest::newRow("many per row") << 10000 << 200 << 100000u;
        QTest::newRow("offsets near 2^32") << 5000 << 4 << 0xffffffffu;
    }

    void givesBackEveryKey()
    {
        QFETCH(int, count);
        QFETCH(int, maxPerRow);
        QFETCH(uint, maxOffset);
        QRandomGenerator rng(uint(count) * 31 + uint(maxPerRow));
        const std::vector<quint64> keys = randomKeys(rng, size_t(count), maxPerRow, maxOffset);
        QVERIFY(std::is_sorted(keys.begin(), keys.end()));
        std::vector<quint64> rows;
        for (const quint64 key : keys)
            rows.push_back(key >> 32);
        const auto plain = PostingList::plain(keys);
        const auto packed = PostingList::packed(keys);
        QVERIFY(!plain->isPacked());
        QVERIFY(packed->isPacked());
        for (const auto &list : {plain, packed, plain->packedCopy(), packed->packedCopy()}) {
            QCOMPARE(list->size(), keys.size());
            QVERIFY(walked(*list) == keys);

            std::vector<quint64> appended{42};
            list->appendTo(appended);
            QCOMPARE(appended.size(), keys.size() + 1);
            QVERIFY(std::equal(keys.begin(), keys.end(), appended.begin() + 1));

            std::vector<quint64> seen;
            list->forEachKeyRow([&](quint64 row) { seen.push_back(row); });
            QVERIFY(seen == rows);
        }
    }

    void seeksLikeALowerBound()
    {
        QRandomGenerator rng(3);
        const std::vector<quint64> keys = randomKeys(rng, 20000, 6, 3000);
        for (const auto &list : {PostingList::plain(keys), PostingList::packed(keys)})
            seekEverywhere(*list, keys, rng);
    }

    void packsTypicalListsSmall()
    {
        // A common character in a large library: a few positions per memory, rows close by.
        std::vector<quint64> keys;
        QRandomGenerator rng(11);
        for (quint64 row = 1; keys.size() < 200000; row += 1 + rng.bounded(3)) {
            quint32 offset = rng.bounded(40);
            for (int i = 0, n = 1 + rng.bounded(3); i < n; ++i, offset += 1 + rng.bounded(30))
                keys.push_back((row << 32) | offset);
        }
        const auto list = PostingList::packed(keys);
        QVERIFY(walked(*list) == keys);
        const double bytesPerKey = double(list->bytes()) / double(keys.size());
        QVERIFY2(bytesPerKey < 2.5, qPrintable(QString::number(bytesPerKey)));
        QVERIFY(PostingList::plain(keys)->bytes() >= keys.size() * sizeof(quint64));
    }

    void travelsAsBytes()
    {
        QRandomGenerator rng(5);
        const std::vector<quint64> keys = randomKeys(rng, 5000, 4, 100000);
        for (const auto &list : {PostingList::plain(keys), PostingList::packed(keys)}) {
            const QByteArray bytes = list->toBytes();
            const auto back = PostingList::fromBytes(bytes.constData(), size_t(bytes.size()));
            QVERIFY(back);
            QVERIFY(back->isPacked());
            QVERIFY(walked(*back) == keys);
        }
        const auto empty = PostingList::fromBytes(PostingList::plain({})->toBytes().constData(),
                                                  size_t(PostingList::plain({})->toBytes().size()));
        QVERIFY(empty);
        QCOMPARE(empty->size(), size_t(0));

        // Whatever the bytes hold, nothing outside them is read: cut short anywhere, a wrong
        // magic, a block count that does not fit the keys, widths and starts past the bits.
        const QByteArray good = PostingList::packed(keys)->toBytes();
        for (qsizetype cut = 0; cut < good.size(); cut += 1 + cut / 3)
            QVERIFY(!PostingList::fromBytes(good.constData(), size_t(cut)));
        QVERIFY(!PostingList::fromBytes(nullptr, 0));
        QByteArray bad = good;
        bad[0] = 'X';
        QVERIFY(!PostingList::fromBytes(bad.constData(), size_t(bad.size())));
        bad = good;
        bad[12] = char(bad[12] + 1); // one block more than the keys need
        QVERIFY(!PostingList::fromBytes(bad.constData(), size_t(bad.size())));
        for (const int field : {20 + 12, 20 + 13}) { // the first block's widths
            bad = good;
            bad[field] = char(200);
            QVERIFY(!PostingList::fromBytes(bad.constData(), size_t(bad.size())));
        }
        bad = good;
        for (int i = 0; i < 4; ++i)
            bad[20 + 8 + i] = char(0x7f); // the first block's start, far past the bits
        QVERIFY(!PostingList::fromBytes(bad.constData(), size_t(bad.size())));
    }

private:
    static void seekEverywhere(const PostingList &list, const std::vector<quint64> &keys,
                               QRandomGenerator &rng)
    {
        // Ascending wants, as the phrase match asks: near misses, exact keys and long jumps.
        for (int round = 0; round < 50; ++round) {
            PostingList::Cursor cursor(list);
            quint64 want = 0;
            while (true) {
                const size_t at = rng.bounded(int(keys.size()));
                const quint64 pick = keys[at] + (rng.bounded(3) == 0 ? 1 : 0);
                want = std::max(want, pick);
                cursor.seek(want);
                const auto expected = std::lower_bound(keys.begin(), keys.end(), want);
                if (expected == keys.end()) {
                    QVERIFY(cursor.atEnd());
                    break;
                }
                QVERIFY(!cursor.atEnd());
                QCOMPARE(cursor.key(), *expected);
                if (rng.bounded(20) == 0)
                    want = keys.back() + 1; // past the end
                else if (rng.bounded(4) == 0)
                    ++want; // the very next key: no block is skipped
            }
        }
        // Seeking backwards, or to the current key, stays put.
        PostingList::Cursor cursor(list);
        cursor.seek(keys[5000]);
        cursor.seek(keys[100]);
        QCOMPARE(cursor.key(), keys[5000]);
        cursor.seek(keys[5000]);
        QCOMPARE(cursor.key(), keys[5000]);
    }
};

QTEST_GUILESS_MAIN(TestPostingList)
#include "tst_postinglist.moc"
