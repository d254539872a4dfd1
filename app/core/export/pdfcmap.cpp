// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfcmap.h"

#include <QFont>
#include <QMap>
#include <QRawFont>
#include <QRegularExpression>

namespace ks {

// Radicals that share a glyph with an ideograph, mapped to the ideograph.
QHash<uint, uint> radicalMap(const QStringList &families)
{
    QHash<uint, uint> map;
    for (uint c = 0x2F00; c <= 0x2FD5; ++c) {
        const QString n = QString(QChar(char16_t(c))).normalized(QString::NormalizationForm_KC);
        if (n.size() == 1)
            map.insert(c, n.at(0).unicode());
    }
    for (const QString &family : families) {
        QFont font(family);
        font.setPixelSize(32);
        const QRawFont raw = QRawFont::fromFont(font);
        if (!raw.isValid())
            continue;
        QString unified;
        for (uint c = 0x4E00; c <= 0x9FFF; ++c)
            unified += QChar(char16_t(c));
        const QList<quint32> glyphs = raw.glyphIndexesForString(unified);
        QHash<quint32, uint> byGlyph;
        for (int i = 0; i < glyphs.size(); ++i) {
            if (glyphs.at(i) != 0 && !byGlyph.contains(glyphs.at(i)))
                byGlyph.insert(glyphs.at(i), 0x4E00 + uint(i));
        }
        QString radicals;
        for (uint c = 0x2E80; c <= 0x2FDF; ++c)
            radicals += QChar(char16_t(c));
        const QList<quint32> rg = raw.glyphIndexesForString(radicals);
        for (int i = 0; i < rg.size(); ++i) {
            const uint c = 0x2E80 + uint(i);
            if (rg.at(i) != 0 && byGlyph.contains(rg.at(i)) && !map.contains(c))
                map.insert(c, byGlyph.value(rg.at(i)));
        }
    }
    return map;
}

namespace {

QByteArray hex4(uint v)
{
    return QByteArray::number(v, 16).rightJustified(4, '0').toUpper();
}

} // namespace

// Re-writes a ToUnicode CMap with fixed targets; returns empty when nothing changed.
QByteArray fixedCMap(const QByteArray &cmap, const QHash<uint, uint> &radicals)
{
    QMap<uint, QByteArray> mapping; // cid → UTF-16BE hex
    bool changed = false;
    auto fix = [&](const QByteArray &hex) -> QByteArray {
        if (hex.size() != 4)
            return hex;
        const uint u = hex.toUInt(nullptr, 16);
        if (u == 0x0009) {
            changed = true;
            return "0020";
        }
        if (radicals.contains(u)) {
            changed = true;
            return hex4(radicals.value(u));
        }
        return hex;
    };
    const QString text = QString::fromLatin1(cmap);
    static const QRegularExpression block(QStringLiteral("begin(bfrange|bfchar)(.*?)end\\1"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression hexToken(QStringLiteral("<([0-9A-Fa-f]*)>|\\[|\\]"));
    auto blocks = block.globalMatch(text);
    while (blocks.hasNext()) {
        const auto b = blocks.next();
        const bool range = b.captured(1) == QLatin1String("bfrange");
        QList<QString> tokens;
        auto toks = hexToken.globalMatch(b.captured(2));
        while (toks.hasNext()) {
            const auto t = toks.next();
            tokens << (t.captured(0).startsWith(QLatin1Char('<')) ? t.captured(1) : t.captured(0));
        }
        int i = 0;
        while (i < tokens.size()) {
            if (!range) {
                if (i + 1 >= tokens.size())
                    break;
                mapping.insert(tokens.at(i).toUInt(nullptr, 16), fix(tokens.at(i + 1).toLatin1()));
                i += 2;
                continue;
            }
            if (i + 2 >= tokens.size())
                break;
            const uint lo = tokens.at(i).toUInt(nullptr, 16);
            const uint hi = tokens.at(i + 1).toUInt(nullptr, 16);
            if (tokens.at(i + 2) == QLatin1String("[")) {
                int k = i + 3;
                for (uint cid = lo; cid <= hi && k < tokens.size() && tokens.at(k) != QLatin1String("]");
                     ++cid, ++k)
                    mapping.insert(cid, fix(tokens.at(k).toLatin1()));
                while (k < tokens.size() && tokens.at(k) != QLatin1String("]"))
                    ++k;
                i = k + 1;
            } else {
                const QByteArray start = tokens.at(i + 2).toLatin1();
                if (start.size() == 4) {
                    const uint u = start.toUInt(nullptr, 16);
                    for (uint cid = lo; cid <= hi; ++cid)
                        mapping.insert(cid, fix(hex4(u + (cid - lo))));
                } else {
                    mapping.insert(lo, start);
                }
                i += 3;
            }
        }
    }
    if (!changed)
        return QByteArray();
    QByteArray out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    QList<uint> cids = mapping.keys();
    for (int i = 0; i < cids.size(); i += 100) {
        const int n = int(qMin<qsizetype>(100, cids.size() - i));
        out += QByteArray::number(n) + " beginbfchar\n";
        for (int k = i; k < i + n; ++k)
            out += '<' + hex4(cids.at(k)) + "> <" + mapping.value(cids.at(k)) + ">\n";
        out += "endbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

} // namespace ks
