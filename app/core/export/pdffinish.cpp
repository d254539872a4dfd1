// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdffinish.h"

#include "pdfcmap.h"

#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <functional>

namespace ks {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

// A classic-xref PDF as QPdfWriter writes it, with any incremental updates after it.
struct PdfFile
{
    QByteArray data;
    QHash<int, qint64> offsets;
    int size = 0;
    int root = 0;
    int info = 0;
    QByteArray id;
    qint64 lastXref = -1;

    static qint64 readInt(const QByteArray &d, qint64 &pos)
    {
        while (pos < d.size() && isSpace(d.at(pos)))
            ++pos;
        qint64 value = 0;
        bool any = false;
        while (pos < d.size() && d.at(pos) >= '0' && d.at(pos) <= '9') {
            value = value * 10 + (d.at(pos) - '0');
            ++pos;
            any = true;
        }
        return any ? value : -1;
    }

    static int refIn(const QByteArray &dict, const char *key)
    {
        const QRegularExpression re(QLatin1Char('/') + QLatin1String(key) +
                                    QStringLiteral("\\s+(\\d+)\\s+0\\s+R"));
        const auto m = re.match(QString::fromLatin1(dict));
        return m.hasMatch() ? m.captured(1).toInt() : 0;
    }

    bool parse(QString *error)
    {
        const qint64 at = data.lastIndexOf("startxref");
        if (at < 0) {
            *error = QStringLiteral("no startxref");
            return false;
        }
        qint64 pos = at + 9;
        qint64 xref = readInt(data, pos);
        lastXref = xref;
        bool first = true;
        QSet<qint64> visited;
        while (xref >= 0 && !visited.contains(xref)) {
            visited.insert(xref);
            if (data.mid(xref, 4) != "xref") {
                *error = QStringLiteral("cross-reference streams are not supported");
                return false;
            }
            pos = xref + 4;
            for (;;) {
                while (pos < data.size() && isSpace(data.at(pos)))
                    ++pos;
                if (data.mid(pos, 7) == "trailer")
                    break;
                const qint64 start = readInt(data, pos);
                const qint64 count = readInt(data, pos);
                if (start < 0 || count < 0) {
                    *error = QStringLiteral("malformed xref");
                    return false;
                }
                for (qint64 k = 0; k < count; ++k) {
                    const qint64 offset = readInt(data, pos);
                    readInt(data, pos); // generation
                    while (pos < data.size() && isSpace(data.at(pos)))
                        ++pos;
                    const char type = pos < data.size() ? data.at(pos) : 'f';
                    ++pos;
                    // Newer sections are read first and win.
                    if (type == 'n' && !offsets.contains(int(start + k)))
                        offsets.insert(int(start + k), offset);
                }
            }
            const qint64 dictStart = data.indexOf("<<", pos);
            const QByteArray trailer = dictionaryAt(dictStart);
            if (first) {
                const auto sizeMatch =
                    QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(QString::fromLatin1(trailer));
                size = sizeMatch.hasMatch() ? sizeMatch.captured(1).toInt() : 0;
                root = refIn(trailer, "Root");
                info = refIn(trailer, "Info");
                const qint64 idAt = trailer.indexOf("/ID");
                if (idAt >= 0) {
                    const qint64 close = trailer.indexOf(']', idAt);
                    id = trailer.mid(idAt, close - idAt + 1);
                }
                first = false;
            }
            const auto prev =
                QRegularExpression(QStringLiteral("/Prev\\s+(\\d+)")).match(QString::fromLatin1(trailer));
            xref = prev.hasMatch() ? prev.captured(1).toLongLong() : -1;
        }
        if (root == 0 || size == 0) {
            *error = QStringLiteral("no catalog");
            return false;
        }
        return true;
    }

    // The balanced << … >> starting at @p start.
    QByteArray dictionaryAt(qint64 start) const
    {
        if (start < 0)
            return QByteArray();
        int depth = 0;
        for (qint64 i = start; i + 1 < data.size(); ++i) {
            const char c = data.at(i);
            if (c == '(') {
                // Literal string: skip, with escapes and nested parentheses.
                int nest = 1;
                for (++i; i < data.size() && nest > 0; ++i) {
                    if (data.at(i) == '\\')
                        ++i;
                    else if (data.at(i) == '(')
                        ++nest;
                    else if (data.at(i) == ')')
                        --nest;
                }
                --i;
            } else if (c == '<' && data.at(i + 1) == '<') {
                ++depth;
                ++i;
            } else if (c == '>' && data.at(i + 1) == '>') {
                --depth;
                ++i;
                if (depth == 0)
                    return data.mid(start, i + 1 - start);
            }
        }
        return QByteArray();
    }

    qint64 bodyStart(int num) const
    {
        const qint64 offset = offsets.value(num, -1);
        if (offset < 0)
            return -1;
        const qint64 obj = data.indexOf("obj", offset);
        return obj < 0 ? -1 : obj + 3;
    }

    QByteArray dictionary(int num) const
    {
        const qint64 body = bodyStart(num);
        if (body < 0)
            return QByteArray();
        const qint64 open = data.indexOf("<<", body);
        const qint64 end = data.indexOf("endobj", body);
        if (open < 0 || (end >= 0 && open > end))
            return QByteArray();
        return dictionaryAt(open);
    }

    QByteArray streamData(int num) const
    {
        const qint64 body = bodyStart(num);
        const QByteArray dict = dictionary(num);
        if (body < 0 || dict.isEmpty())
            return QByteArray();
        qint64 pos = data.indexOf(dict, body) + dict.size();
        pos = data.indexOf("stream", pos);
        if (pos < 0)
            return QByteArray();
        pos += 6;
        if (pos < data.size() && data.at(pos) == '\r')
            ++pos;
        if (pos < data.size() && data.at(pos) == '\n')
            ++pos;
        qint64 length = -1;
        const int lengthRef = refIn(dict, "Length");
        if (lengthRef) {
            qint64 p = bodyStart(lengthRef);
            length = p < 0 ? -1 : readInt(data, p);
        } else {
            const auto m =
                QRegularExpression(QStringLiteral("/Length\\s+(\\d+)")).match(QString::fromLatin1(dict));
            length = m.hasMatch() ? m.captured(1).toLongLong() : -1;
        }
        if (length < 0) {
            const qint64 end = data.indexOf("endstream", pos);
            length = end < 0 ? 0 : end - pos;
        }
        QByteArray raw = data.mid(pos, length);
        if (dict.contains("/FlateDecode")) {
            QByteArray withSize(4, '\0');
            const quint32 guess = quint32(qMax<qint64>(raw.size() * 8, 1024));
            withSize[0] = char(guess >> 24);
            withSize[1] = char(guess >> 16);
            withSize[2] = char(guess >> 8);
            withSize[3] = char(guess);
            raw = qUncompress(withSize + raw);
        }
        return raw;
    }

    QList<int> pages() const
    {
        QList<int> out;
        const QByteArray catalog = dictionary(root);
        collectPages(refIn(catalog, "Pages"), out, 0);
        return out;
    }

    void collectPages(int node, QList<int> &out, int depth) const
    {
        if (node == 0 || depth > 32)
            return;
        const QByteArray dict = dictionary(node);
        if (!dict.contains("/Kids")) {
            out << node;
            return;
        }
        const qint64 kids = dict.indexOf("/Kids");
        const qint64 open = dict.indexOf('[', kids);
        const qint64 close = dict.indexOf(']', open);
        const QString list = QString::fromLatin1(dict.mid(open + 1, close - open - 1));
        static const QRegularExpression ref(QStringLiteral("(\\d+)\\s+0\\s+R"));
        auto it = ref.globalMatch(list);
        while (it.hasNext()) {
            const int kid = it.next().captured(1).toInt();
            const QByteArray kidDict = dictionary(kid);
            if (kidDict.contains("/Type /Pages") || kidDict.contains("/Type/Pages"))
                collectPages(kid, out, depth + 1);
            else
                out << kid;
        }
    }
};

QByteArray utf16Hex(const QString &text)
{
    QByteArray out = "<FEFF";
    for (QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    out += '>';
    return out;
}

QString fromPdfString(const QByteArray &s)
{
    if (s.startsWith('<')) {
        const QByteArray bytes = QByteArray::fromHex(s.mid(1, s.size() - 2));
        if (bytes.startsWith("\xFE\xFF")) {
            QString out;
            for (int i = 2; i + 1 < bytes.size(); i += 2)
                out += QChar(ushort((uchar(bytes.at(i)) << 8) | uchar(bytes.at(i + 1))));
            return out;
        }
        return QString::fromLatin1(bytes);
    }
    return QString::fromLatin1(s.mid(1, s.size() - 2));
}

QByteArray withoutKeys(QByteArray dict, const QList<QByteArray> &keys)
{
    // dict is "<< … >>": drop "/Key value" pairs whose value is a ref, name or [array].
    for (const QByteArray &key : keys) {
        const QRegularExpression re(QStringLiteral("/") + QString::fromLatin1(key) +
                                    QStringLiteral("\\s*(\\d+\\s+\\d+\\s+R|/\\w+|\\[[^\\]]*\\])"));
        dict = QString::fromLatin1(dict).remove(re).toLatin1();
    }
    return dict;
}

QByteArray withEntries(const QByteArray &dict, const QByteArray &entries)
{
    const qint64 close = dict.lastIndexOf(">>");
    return dict.left(close) + entries + "\n>>";
}

QList<double> mediaBox(const QByteArray &pageDict)
{
    static const QRegularExpression box(
        QStringLiteral("/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*\\]"));
    const auto m = box.match(QString::fromLatin1(pageDict));
    if (!m.hasMatch())
        return {0, 0, 595, 842};
    return {m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(),
            m.captured(4).toDouble()};
}

QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 3);
}

} // namespace

bool finishPdf(const QString &path, const PdfFinishOptions &options, QString *error)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err = file.errorString();
        return false;
    }
    PdfFile pdf;
    pdf.data = file.readAll();
    file.close();
    if (!pdf.parse(&err))
        return false;
    const QList<int> pages = pdf.pages();
    if (pages.isEmpty()) {
        err = QStringLiteral("no pages");
        return false;
    }

    QMap<int, QByteArray> objects; // number → "<<…>>" or full body (with stream)
    int next = pdf.size;

    // Bookmarks.
    if (!options.outline.isEmpty()) {
        const int rootOutline = next++;
        struct Node
        {
            int num = 0;
            int parent = 0;
            int prev = 0;
            int next = 0;
            int first = 0;
            int last = 0;
            int descendants = 0;
            PdfOutlineEntry entry;
        };
        QList<Node> nodes;
        QList<int> stack; // indexes into nodes by level
        int topFirst = 0;
        int topLast = 0;
        int topCount = 0;
        QHash<int, int> nodeIndexByNum;
        for (const PdfOutlineEntry &e : options.outline) {
            if (e.page < 0 || e.page >= pages.size())
                continue;
            Node n;
            n.num = next++;
            n.entry = e;
            const int level = qMax(0, qMin(e.level, int(stack.size())));
            while (stack.size() > level)
                stack.removeLast();
            n.parent = stack.isEmpty() ? rootOutline : nodes.at(stack.last()).num;
            nodes.append(n);
            const int idx = int(nodes.size()) - 1;
            nodeIndexByNum.insert(n.num, idx);
            if (stack.isEmpty()) {
                if (topLast) {
                    nodes[nodeIndexByNum.value(topLast)].next = n.num;
                    nodes[idx].prev = topLast;
                } else {
                    topFirst = n.num;
                }
                topLast = n.num;
                ++topCount;
            } else {
                Node &parent = nodes[stack.last()];
                if (parent.last) {
                    nodes[nodeIndexByNum.value(parent.last)].next = n.num;
                    nodes[idx].prev = parent.last;
                } else {
                    parent.first = n.num;
                }
                parent.last = n.num;
                for (int s : std::as_const(stack))
                    ++nodes[s].descendants;
            }
            stack.append(idx);
        }
        // Every entry starts open, so the root counts them all.
        const int total = int(nodes.size());
        Q_UNUSED(topCount)
        objects.insert(rootOutline, "<<\n/Type /Outlines\n/First " + QByteArray::number(topFirst) +
                                        " 0 R\n/Last " + QByteArray::number(topLast) + " 0 R\n/Count " +
                                        QByteArray::number(total) + "\n>>");
        for (const Node &n : std::as_const(nodes)) {
            const int pageNum = pages.at(n.entry.page);
            const QList<double> box = mediaBox(pdf.dictionary(pageNum));
            const double top = box.at(3) - n.entry.top;
            QByteArray o = "<<\n/Title " + utf16Hex(n.entry.title) + "\n/Parent " +
                           QByteArray::number(n.parent) + " 0 R\n";
            if (n.prev)
                o += "/Prev " + QByteArray::number(n.prev) + " 0 R\n";
            if (n.next)
                o += "/Next " + QByteArray::number(n.next) + " 0 R\n";
            if (n.first) {
                o += "/First " + QByteArray::number(n.first) + " 0 R\n/Last " + QByteArray::number(n.last) +
                     " 0 R\n";
                o += "/Count " + QByteArray::number(n.descendants) + "\n";
            }
            o += "/Dest [" + QByteArray::number(pageNum) + " 0 R /XYZ 0 " + num(top) + " null]\n>>";
            objects.insert(n.num, o);
        }
        QByteArray catalog = withoutKeys(pdf.dictionary(pdf.root), {"Outlines", "PageMode"});
        catalog = withEntries(catalog, "\n/Outlines " + QByteArray::number(rootOutline) +
                                           " 0 R\n/PageMode /UseOutlines");
        objects.insert(pdf.root, catalog);
    }

    // Trim and bleed boxes.
    if (options.bleedPoints > 0) {
        for (int page : pages) {
            QByteArray dict = withoutKeys(pdf.dictionary(page), {"TrimBox", "BleedBox"});
            const QList<double> box = mediaBox(dict);
            const double b = options.bleedPoints;
            dict = withEntries(dict, "\n/BleedBox [" + num(box.at(0)) + ' ' + num(box.at(1)) + ' ' +
                                         num(box.at(2)) + ' ' + num(box.at(3)) + "]\n/TrimBox [" +
                                         num(box.at(0) + b) + ' ' + num(box.at(1) + b) + ' ' +
                                         num(box.at(2) - b) + ' ' + num(box.at(3) - b) + ']');
            objects.insert(page, dict);
        }
    }

    // Text extraction: radicals back to ideographs.
    if (!options.cjkFamilies.isEmpty()) {
        const QHash<uint, uint> radicals = radicalMap(options.cjkFamilies);
        for (auto it = pdf.offsets.cbegin(); it != pdf.offsets.cend(); ++it) {
            const QByteArray head = pdf.data.mid(it.value(), 400);
            if (!head.contains("/Type0") || !head.contains("/ToUnicode"))
                continue;
            const int cmapNum = PdfFile::refIn(pdf.dictionary(it.key()), "ToUnicode");
            if (cmapNum == 0 || objects.contains(cmapNum))
                continue;
            const QByteArray fixed = fixedCMap(pdf.streamData(cmapNum), radicals);
            if (fixed.isEmpty())
                continue;
            objects.insert(cmapNum, "<<\n/Length " + QByteArray::number(fixed.size()) + "\n>>\nstream\n" +
                                        fixed + "\nendstream");
        }
    }

    if (objects.isEmpty())
        return true;

    QByteArray update;
    const qint64 base = pdf.data.size(); // offsets within update count its leading newline
    update += '\n';
    QMap<int, qint64> written;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        written.insert(it.key(), base + update.size());
        update += QByteArray::number(it.key()) + " 0 obj\n" + it.value() + "\nendobj\n";
    }
    const qint64 xrefAt = base + update.size();
    update += "xref\n";
    const QList<int> nums = written.keys();
    for (int i = 0; i < nums.size();) {
        int j = i;
        while (j + 1 < nums.size() && nums.at(j + 1) == nums.at(j) + 1)
            ++j;
        update += QByteArray::number(nums.at(i)) + ' ' + QByteArray::number(j - i + 1) + '\n';
        for (int k = i; k <= j; ++k)
            update += QByteArray::number(written.value(nums.at(k))).rightJustified(10, '0') + " 00000 n \n";
        i = j + 1;
    }
    update += "trailer\n<<\n/Size " + QByteArray::number(qMax(next, nums.last() + 1)) + "\n/Root " +
              QByteArray::number(pdf.root) + " 0 R\n";
    if (pdf.info)
        update += "/Info " + QByteArray::number(pdf.info) + " 0 R\n";
    if (!pdf.id.isEmpty())
        update += pdf.id + '\n';
    update += "/Prev " + QByteArray::number(pdf.lastXref) + "\n>>\nstartxref\n" + QByteArray::number(xrefAt) +
              "\n%%EOF\n";

    if (!file.open(QIODevice::Append)) {
        err = file.errorString();
        return false;
    }
    if (file.write(update) != update.size()) {
        err = file.errorString();
        return false;
    }
    file.close();
    return true;
}

QList<QPair<QString, int>> readPdfOutline(const QString &path)
{
    QList<QPair<QString, int>> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    PdfFile pdf;
    pdf.data = file.readAll();
    QString error;
    if (!pdf.parse(&error))
        return out;
    const int root = PdfFile::refIn(pdf.dictionary(pdf.root), "Outlines");
    std::function<void(int, int, int)> walk = [&](int first, int level, int guard) {
        for (int n = first; n != 0 && guard < 100000; ++guard) {
            const QByteArray dict = pdf.dictionary(n);
            const qint64 t = dict.indexOf("/Title");
            if (t >= 0) {
                qint64 s = t + 6;
                while (s < dict.size() && isSpace(dict.at(s)))
                    ++s;
                const char open = dict.at(s);
                const qint64 e = dict.indexOf(open == '<' ? '>' : ')', s);
                out.append({fromPdfString(dict.mid(s, e - s + 1)), level});
            }
            walk(PdfFile::refIn(dict, "First"), level + 1, guard);
            n = PdfFile::refIn(dict, "Next");
        }
    };
    if (root)
        walk(PdfFile::refIn(pdf.dictionary(root), "First"), 0, 0);
    return out;
}

} // namespace ks
