// SPDX-License-Identifier: GPL-3.0-or-later
#include "postinglist.h"

#include "util/littleendian.h"

#include <cstring>

namespace ks {

struct PostingList::Private
{
};

namespace {

unsigned widthOf(quint64 v)
{
    unsigned width = 0;
    while (v) {
        ++width;
        v >>= 1;
    }
    return width;
}

// What a key takes after its block's first: its rowid's distance from the previous key's, and
// its offset, from the previous offset in the same row.
void deltas(quint64 key, quint64 previous, quint64 *rowDelta, quint64 *offset)
{
    *rowDelta = (key >> 32) - (previous >> 32);
    *offset = *rowDelta ? quint32(key) : quint32(key) - quint32(previous);
}

// Appends bits to a zeroed buffer sized beforehand, low bits first.
class BitWriter
{
public:
    explicit BitWriter(quint8 *out) : m_out(out) {}
    void write(quint64 value, unsigned width)
    {
        for (unsigned done = 0; done < width;) {
            const unsigned take = std::min(8 - m_bit, width - done);
            m_out[m_byte] |= quint8(((value >> done) & ((1u << take) - 1)) << m_bit);
            done += take;
            m_bit += take;
            if (m_bit == 8) {
                m_bit = 0;
                ++m_byte;
            }
        }
    }

private:
    quint8 *m_out;
    size_t m_byte = 0;
    unsigned m_bit = 0;
};

} // namespace

PostingList::PostingList(const Private &, bool packed, const std::vector<quint64> &keys)
    : m_packed(packed), m_count(keys.size())
{
    if (packed)
        pack(keys);
    else
        m_plain = keys;
}

std::shared_ptr<const PostingList> PostingList::plain(const std::vector<quint64> &keys)
{
    return std::make_shared<const PostingList>(Private(), false, keys);
}

std::shared_ptr<const PostingList> PostingList::packed(const std::vector<quint64> &keys)
{
    return std::make_shared<const PostingList>(Private(), true, keys);
}

std::shared_ptr<const PostingList> PostingList::packedCopy() const
{
    if (m_packed)
        return std::make_shared<const PostingList>(*this);
    return packed(m_plain);
}

void PostingList::pack(const std::vector<quint64> &keys)
{
    const size_t blocks = blockCount();
    m_blocks.reserve(blocks);
    // The widths first, so the bits are written once into memory of the exact size: a buffer
    // grown as it goes costs page faults that outweigh a second pass.
    size_t totalBytes = 0; // each block starts on a byte
    quint64 rowDelta = 0;
    quint64 offset = 0;
    for (size_t b = 0; b < blocks; ++b) {
        const size_t begin = b * kBlock;
        const size_t end = begin + keysIn(b);
        quint64 rowBits = 0;
        quint64 offsetBits = 0;
        for (size_t i = begin + 1; i < end; ++i) {
            deltas(keys[i], keys[i - 1], &rowDelta, &offset);
            rowBits |= rowDelta;
            offsetBits |= offset;
        }
        const Block block{keys[begin], quint32(totalBytes), quint8(widthOf(rowBits)),
                          quint8(widthOf(offsetBits))};
        m_blocks.push_back(block);
        totalBytes += ((end - begin - 1) * (block.rowWidth + block.offsetWidth) + 7) / 8;
    }
    m_bits.assign(totalBytes + 8, 0); // 8 spare bytes: valueAt reads a word at a time
    for (size_t b = 0; b < blocks; ++b) {
        const Block &block = m_blocks[b];
        const size_t begin = b * kBlock;
        const size_t end = begin + keysIn(b);
        BitWriter writer(m_bits.data() + block.start);
        for (size_t i = begin + 1; i < end; ++i) {
            deltas(keys[i], keys[i - 1], &rowDelta, &offset);
            writer.write(rowDelta, block.rowWidth);
        }
        for (size_t i = begin + 1; i < end; ++i) {
            deltas(keys[i], keys[i - 1], &rowDelta, &offset);
            writer.write(offset, block.offsetWidth);
        }
    }
}

namespace {

constexpr char kMagic[4] = {'K', 'S', 'P', '1'};
constexpr size_t kHeader = 4 + 8 + 8;     // magic, key count, block count
constexpr size_t kBlockBytes = 8 + 4 + 2; // first key, start, widths

} // namespace

QByteArray PostingList::toBytes() const
{
    if (!m_packed)
        return packedCopy()->toBytes();
    QByteArray out;
    out.reserve(qsizetype(kHeader + m_blocks.size() * kBlockBytes + m_bits.size()));
    out.append(kMagic, 4);
    le::append(out, m_count, 8);
    le::append(out, m_blocks.size(), 8);
    for (const Block &b : m_blocks) {
        le::append(out, b.first, 8);
        le::append(out, b.start, 4);
        le::append(out, b.rowWidth, 1);
        le::append(out, b.offsetWidth, 1);
    }
    out.append(reinterpret_cast<const char *>(m_bits.data()), qsizetype(m_bits.size()));
    return out;
}

std::shared_ptr<const PostingList> PostingList::fromBytes(const char *data, size_t size)
{
    if (!data || size < kHeader || std::memcmp(data, kMagic, 4) != 0)
        return nullptr;
    const quint64 count = le::get(data + 4, 8);
    const quint64 blocks = le::get(data + 12, 8);
    if (blocks != (count + kBlock - 1) / kBlock || blocks > (size - kHeader) / kBlockBytes)
        return nullptr;
    const size_t bitsOffset = kHeader + blocks * kBlockBytes;
    const size_t bitBytes = size - bitsOffset;
    if (bitBytes < 8)
        return nullptr;
    auto list = std::make_shared<PostingList>(Private(), true, std::vector<quint64>());
    list->m_count = count;
    list->m_blocks.resize(blocks);
    const char *at = data + kHeader;
    for (size_t b = 0; b < blocks; ++b, at += kBlockBytes) {
        Block &block = list->m_blocks[b];
        block.first = le::get(at, 8);
        block.start = quint32(le::get(at + 8, 4));
        block.rowWidth = quint8(le::get(at + 12, 1));
        block.offsetWidth = quint8(le::get(at + 13, 1));
        // Every value a cursor would read lies inside the bits (and valueAt's spare word).
        const size_t keys = std::min<quint64>(kBlock, count - b * kBlock);
        const size_t need = ((keys - 1) * (block.rowWidth + block.offsetWidth) + 7) / 8;
        if (block.rowWidth > 57 || block.offsetWidth > 32 || block.start > bitBytes - 8 ||
            need > bitBytes - 8 - block.start)
            return nullptr;
    }
    list->m_bits.assign(reinterpret_cast<const quint8 *>(data + bitsOffset),
                        reinterpret_cast<const quint8 *>(data + size));
    return list;
}

size_t PostingList::bytes() const
{
    return sizeof(*this) + m_plain.capacity() * sizeof(quint64) + m_bits.capacity() +
           m_blocks.capacity() * sizeof(Block);
}

void PostingList::appendTo(std::vector<quint64> &out) const
{
    out.reserve(out.size() + m_count);
    for (Cursor c(*this); !c.atEnd(); c.next())
        out.push_back(c.key());
}

PostingList::Cursor::Cursor(const PostingList &list) : m_list(list)
{
    if (m_list.m_count)
        enterBlock(0);
}

void PostingList::Cursor::enterBlock(size_t b)
{
    m_block = b;
    m_at = 0;
    m_count = m_list.keysIn(b);
    if (!m_list.m_packed) {
        m_keys = m_list.m_plain.data() + b * kBlock;
        return;
    }
    const Block &block = m_list.m_blocks[b];
    quint64 row = block.first >> 32;
    quint64 offset = quint32(block.first);
    m_decoded[0] = block.first;
    size_t rowAt = size_t(block.start) * 8;
    size_t offsetAt = rowAt + (m_count - 1) * block.rowWidth;
    for (size_t i = 1; i < m_count; ++i, rowAt += block.rowWidth, offsetAt += block.offsetWidth) {
        const quint64 rowDelta = m_list.valueAt(rowAt, block.rowWidth);
        const quint64 value = m_list.valueAt(offsetAt, block.offsetWidth);
        row += rowDelta;
        offset = rowDelta ? value : offset + value; // a new row's offset is whole
        m_decoded[i] = (row << 32) | offset;
    }
    m_keys = m_decoded;
}

void PostingList::Cursor::seek(quint64 want)
{
    if (atEnd() || m_keys[m_at] >= want)
        return;
    if (m_keys[m_count - 1] < want) {
        const size_t blocks = m_list.blockCount();
        // Not in this block: gallop over the blocks' first keys, then halve the last step, to
        // the last block that starts at or before want.
        size_t low = m_block;
        size_t step = 1;
        size_t high = low + step;
        while (high < blocks && m_list.firstOf(high) <= want) {
            low = high;
            step *= 2;
            high = low + step;
        }
        high = std::min(high, blocks);
        while (high - low > 1) {
            const size_t mid = low + (high - low) / 2;
            if (m_list.firstOf(mid) <= want)
                low = mid;
            else
                high = mid;
        }
        if (low != m_block)
            enterBlock(low);
        if (m_keys[m_count - 1] < want) {
            // Between this block's last key and the next block's first, which is the answer.
            if (low + 1 < blocks)
                enterBlock(low + 1);
            else
                m_at = m_count; // past the last key
            return;
        }
    }
    while (m_keys[m_at] < want) // the block's last key is not below want
        ++m_at;
}

} // namespace ks
