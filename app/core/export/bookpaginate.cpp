// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookpaginate.h"

namespace ks {

namespace {

class Paginator
{
public:
    explicit Paginator(BookDocument &doc) : m_doc(doc) {}

    void run(const QList<BookBlock> &blocks)
    {
        for (int i = 0; i < blocks.size(); ++i) {
            const BookBlock &b = blocks.at(i);
            if (!m_page || (b.pageBreakBefore && m_hasContent))
                newPage();
            if (!b.header.isEmpty()) {
                m_header = b.header;
                // The page a chapter opens on carries no running header.
                if (!m_hasContent)
                    m_page->header.clear();
            }
            double before = m_hasContent ? b.spaceBefore : (b.pageBreakBefore ? b.spaceBefore : 0);
            const double need = before + minHead(blocks, i);
            if (m_hasContent && m_y + need > bottom()) {
                newPage();
                before = 0;
            }
            m_y += before;
            if (!b.outlineTitle.isEmpty())
                m_doc.outline.append({b.outlineTitle, b.outlineLevel, int(m_doc.pages.size()) - 1, m_y});
            if (b.isText())
                placeText(b);
            else
                placeAtomic(b);
        }
    }

private:
    double bottom() const { return m_doc.contentBox.bottom(); }

    void newPage()
    {
        BookPage page;
        page.number = int(m_doc.pages.size()) + 1;
        page.header = m_header;
        m_doc.pages.append(page);
        m_page = &m_doc.pages.last();
        m_y = m_doc.contentBox.top();
        m_hasContent = false;
    }

    // The least of a block that must share the page with it: two lines of text, a whole
    // atomic block, and for a heading also what it keeps with.
    double minHead(const QList<BookBlock> &blocks, int i, int depth = 0) const
    {
        const BookBlock &b = blocks.at(i);
        double h = 0;
        if (b.isText()) {
            for (int k = 0; k < b.lines() && k < (b.keepWithNext ? b.lines() : 2); ++k)
                h += b.pitch.at(k);
        } else {
            h = b.height;
        }
        if (b.keepWithNext && i + 1 < blocks.size() && depth < 8 && !blocks.at(i + 1).pageBreakBefore)
            h += blocks.at(i + 1).spaceBefore + minHead(blocks, i + 1, depth + 1);
        return h;
    }

    void placeAtomic(const BookBlock &b)
    {
        if (m_hasContent && m_y + b.height > bottom() + 0.01) {
            newPage();
        }
        for (PageItem item : b.items) {
            item.rect.translate(0, m_y);
            // A picture taller than the page is shrunk to fit (never split).
            if (item.kind == PageItem::Image && item.rect.bottom() > bottom()) {
                const double scale = (bottom() - item.rect.top()) / item.rect.height();
                item.rect.setSize(item.rect.size() * scale);
            }
            m_page->items.append(item);
        }
        if (b.height > 0)
            m_hasContent = true;
        m_y += b.height;
    }

    void placeText(const BookBlock &b)
    {
        int line = 0;
        const int n = b.lines();
        while (line < n) {
            // Lines that fit here; an orphaned first line moves on with the rest.
            double h = 0;
            int count = 0;
            while (line + count < n && m_y + h + b.pitch.at(line + count) <= bottom() + 0.01) {
                h += b.pitch.at(line + count);
                ++count;
            }
            if (count == 0 || (count == 1 && line == 0 && n > 1 && m_hasContent) ||
                (line + count == n - 1 && count > 2 && n > 2)) {
                if (count > 2 && line + count == n - 1) {
                    // Leave no single last line (widow) on the next page.
                    --count;
                    h -= b.pitch.at(line + count);
                } else if (m_hasContent) {
                    newPage();
                    continue;
                } else if (count == 0) {
                    count = 1; // a line taller than a page: place it anyway
                    h = b.pitch.at(line);
                }
            }
            PageItem item;
            item.kind = PageItem::Text;
            item.layout = b.layout;
            item.firstLine = line;
            item.lineCount = count;
            item.color = b.color;
            item.heading = b.heading;
            item.rect = QRectF(b.x, m_y, b.width, h);
            for (const auto &e : b.emoticons) {
                const QTextLine first = b.layout->lineAt(line);
                const QTextLine last = b.layout->lineAt(line + count - 1);
                if (e.first >= first.textStart() && e.first < last.textStart() + last.textLength())
                    item.emoticons.append(e);
            }
            m_page->items.append(item);
            m_hasContent = true;
            m_y += h;
            line += count;
        }
    }

    BookDocument &m_doc;
    BookPage *m_page = nullptr;
    double m_y = 0;
    bool m_hasContent = false;
    QString m_header;
};

} // namespace

void paginateBook(BookDocument &doc, const QList<BookBlock> &blocks)
{
    Paginator paginator(doc);
    paginator.run(blocks);
}

} // namespace ks
