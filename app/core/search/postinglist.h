// SPDX-License-Identifier: GPL-3.0-or-later
// A token's positions as SearchEngine caches them, in one of two forms:
// - plain: eight bytes a key, the quickest to walk, while the cache has room;
// - packed: in blocks of 64, each key after a block's first stored as its rowid's distance
//   from the previous key's and its offset (from the previous offset in the same row), each at
//   the fewest bits the block needs. One to two bytes a key, so the cache holds the common
//   characters of a million memories, and a block decodes without a branch per key.
// Either way the keys come in blocks of 64 whose first keys let a cursor skip ahead.
#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

namespace ks {

class PostingList
{
public:
    static constexpr size_t kBlock = 64;

    /// @p keys are (rowid << 32 | offset), ascending; they are copied.
    static std::shared_ptr<const PostingList> plain(const std::vector<quint64> &keys);
    static std::shared_ptr<const PostingList> packed(const std::vector<quint64> &keys);
    /// The same keys packed (this list when it is packed already).
    std::shared_ptr<const PostingList> packedCopy() const;
    /// The packed form as bytes, to store (storedpostings); a plain list is packed first.
    QByteArray toBytes() const;
    /// A packed list from toBytes(); null when @p data is not such bytes (nothing is read
    /// outside them, whatever they hold).
    static std::shared_ptr<const PostingList> fromBytes(const char *data, size_t size);

    bool isPacked() const { return m_packed; }
    size_t size() const { return m_count; }
    /// The memory this list holds, for the cache's budget.
    size_t bytes() const;

    /// Calls @p fn with the rowid of each key, ascending (a row as often as it has keys).
    template <typename Fn> void forEachKeyRow(Fn fn) const;
    /// Appends every key to @p out, ascending.
    void appendTo(std::vector<quint64> &out) const;

    /// Walks the keys in order, a block at a time; seek() skips whole blocks.
    class Cursor
    {
    public:
        explicit Cursor(const PostingList &list);
        Cursor(const Cursor &) = delete; // m_keys may point into m_decoded
        Cursor &operator=(const Cursor &) = delete;
        bool atEnd() const { return m_at >= m_count; }
        quint64 key() const { return m_keys[m_at]; }
        void next()
        {
            if (++m_at == m_count && m_block + 1 < m_list.blockCount())
                enterBlock(m_block + 1);
        }
        /// Moves to the first key not below @p want (or to the end).
        void seek(quint64 want);

    private:
        void enterBlock(size_t block);
        const PostingList &m_list;
        size_t m_block = 0;
        size_t m_at = 0;    ///< in m_keys
        size_t m_count = 0; ///< keys of the block in m_keys
        const quint64 *m_keys = m_decoded;
        quint64 m_decoded[kBlock]; ///< a packed block, decoded
    };

    /// Use plain() or packed().
    struct Private;
    PostingList(const Private &, bool packed, const std::vector<quint64> &keys);

private:
    struct Block
    {
        quint64 first;      ///< the block's first key, whole
        quint32 start;      ///< the byte of m_bits where the block's packed values start
        quint8 rowWidth;    ///< bits per rowid distance
        quint8 offsetWidth; ///< bits per offset
    };
    void pack(const std::vector<quint64> &keys);
    size_t blockCount() const { return (m_count + kBlock - 1) / kBlock; }
    size_t keysIn(size_t block) const { return std::min(kBlock, m_count - block * kBlock); }
    quint64 firstOf(size_t block) const { return m_packed ? m_blocks[block].first : m_plain[block * kBlock]; }
    /// The @p width bits at bit @p at of m_bits (width at most 57).
    quint64 valueAt(size_t at, unsigned width) const
    {
        quint64 word;
        std::memcpy(&word, m_bits.data() + at / 8, sizeof word); // m_bits has 8 spare bytes
        return (word >> (at % 8)) & ((quint64(1) << width) - 1);
    }

    bool m_packed = false;
    size_t m_count = 0;
    std::vector<quint64> m_plain; ///< the keys, when not packed
    std::vector<Block> m_blocks;
    /// Per block, its keys after the first: their rowid distances, then their offsets.
    std::vector<quint8> m_bits;
};

template <typename Fn> void PostingList::forEachKeyRow(Fn fn) const
{
    if (!m_packed) {
        for (const quint64 key : m_plain)
            fn(key >> 32);
        return;
    }
    for (size_t b = 0; b < m_blocks.size(); ++b) {
        const Block &block = m_blocks[b];
        quint64 row = block.first >> 32;
        fn(row);
        const size_t keys = keysIn(b);
        for (size_t i = 1, at = size_t(block.start) * 8; i < keys; ++i, at += block.rowWidth) {
            row += valueAt(at, block.rowWidth);
            fn(row);
        }
    }
}

} // namespace ks
