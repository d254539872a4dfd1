// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyliteral.h"

#include <QVariantList>
#include <QVariantMap>
#include <cmath>
#include <limits>

namespace ks {

namespace {

constexpr int kMaxDepth = 64; // deeper nesting is not data, and must not overflow the stack

class Parser
{
public:
    explicit Parser(const QString &text) : m_s(text) {}

    bool parseAll(QVariant *value)
    {
        skipSpace();
        if (!parseValue(value, 0))
            return false;
        skipSpace();
        if (m_pos != m_s.size())
            return fail(QStringLiteral("unexpected text after the value"));
        return true;
    }

    QString error() const { return QStringLiteral("%1 at offset %2").arg(m_error).arg(m_pos); }

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    bool atEnd() const { return m_pos >= m_s.size(); }
    QChar peek(int ahead = 0) const { return m_pos + ahead < m_s.size() ? m_s.at(m_pos + ahead) : QChar(); }
    void skipSpace()
    {
        while (!atEnd() && (peek() == QLatin1Char(' ') || peek() == QLatin1Char('\t') ||
                            peek() == QLatin1Char('\n') || peek() == QLatin1Char('\r')))
            ++m_pos;
    }
    bool isIdentChar(QChar c) const { return c.isLetterOrNumber() || c == QLatin1Char('_'); }
    bool word(const char *w)
    {
        const QLatin1String lw(w);
        if (QStringView(m_s).mid(m_pos, lw.size()) != lw)
            return false;
        if (isIdentChar(peek(int(lw.size()))))
            return false;
        m_pos += int(lw.size());
        return true;
    }

    bool parseValue(QVariant *value, int depth)
    {
        if (depth > kMaxDepth)
            return fail(QStringLiteral("nested too deeply"));
        skipSpace();
        if (atEnd())
            return fail(QStringLiteral("a value was expected"));
        const QChar c = peek();
        if (c == QLatin1Char('['))
            return parseSequence(value, QLatin1Char(']'), depth);
        if (c == QLatin1Char('('))
            return parseSequence(value, QLatin1Char(')'), depth);
        if (c == QLatin1Char('{'))
            return parseDict(value, depth);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            return parseString(value, false);
        // String prefixes: u'…', r'…', b'…' (and combinations such as br'…').
        {
            int i = 0;
            bool raw = false;
            while (i < 2 && QStringLiteral("uUrRbB").contains(peek(i))) {
                raw = raw || peek(i).toLower() == QLatin1Char('r');
                ++i;
            }
            if (i > 0 && (peek(i) == QLatin1Char('\'') || peek(i) == QLatin1Char('"'))) {
                m_pos += i;
                return parseString(value, raw);
            }
        }
        if (word("None")) {
            *value = QVariant();
            return true;
        }
        if (word("True")) {
            *value = true;
            return true;
        }
        if (word("False")) {
            *value = false;
            return true;
        }
        if (word("nan") || word("NaN")) {
            *value = std::numeric_limits<double>::quiet_NaN();
            return true;
        }
        if (word("inf")) {
            *value = std::numeric_limits<double>::infinity();
            return true;
        }
        if (c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.') || c.isDigit())
            return parseNumber(value);
        return fail(QStringLiteral("unexpected character '%1'").arg(c));
    }

    bool parseSequence(QVariant *value, QChar close, int depth)
    {
        ++m_pos; // [ or (
        QVariantList list;
        skipSpace();
        while (true) {
            skipSpace();
            if (atEnd())
                return fail(QStringLiteral("'%1' was expected").arg(close));
            if (peek() == close) {
                ++m_pos;
                break;
            }
            QVariant item;
            if (!parseValue(&item, depth + 1))
                return false;
            list.append(item);
            skipSpace();
            if (peek() == QLatin1Char(',')) {
                ++m_pos;
                continue;
            }
            if (peek() == close) {
                ++m_pos;
                break;
            }
            return fail(QStringLiteral("',' or '%1' was expected").arg(close));
        }
        *value = list;
        return true;
    }

    bool parseDict(QVariant *value, int depth)
    {
        ++m_pos; // {
        QVariantMap map;
        while (true) {
            skipSpace();
            if (atEnd())
                return fail(QStringLiteral("'}' was expected"));
            if (peek() == QLatin1Char('}')) {
                ++m_pos;
                break;
            }
            QVariant key;
            if (!parseValue(&key, depth + 1))
                return false;
            if (key.typeId() != QMetaType::QString)
                return fail(QStringLiteral("only string keys are supported"));
            skipSpace();
            if (peek() != QLatin1Char(':'))
                return fail(QStringLiteral("':' was expected"));
            ++m_pos;
            QVariant item;
            if (!parseValue(&item, depth + 1))
                return false;
            map.insert(key.toString(), item);
            skipSpace();
            if (peek() == QLatin1Char(',')) {
                ++m_pos;
                continue;
            }
            if (peek() == QLatin1Char('}')) {
                ++m_pos;
                break;
            }
            return fail(QStringLiteral("',' or '}' was expected"));
        }
        *value = map;
        return true;
    }

    bool hexDigits(int count, uint *code)
    {
        uint v = 0;
        for (int i = 0; i < count; ++i) {
            const int d = QStringLiteral("0123456789abcdef").indexOf(peek().toLower());
            if (atEnd() || d < 0)
                return fail(QStringLiteral("bad escape: %1 hex digits were expected").arg(count));
            v = v * 16 + uint(d);
            ++m_pos;
        }
        *code = v;
        return true;
    }

    bool appendCodePoint(QString &out, uint code)
    {
        if (code > 0x10FFFF)
            return fail(QStringLiteral("bad escape: code point out of range"));
        const char32_t c = code;
        out += QString::fromUcs4(&c, 1);
        return true;
    }

    bool parseString(QVariant *value, bool raw)
    {
        const QChar quote = peek();
        ++m_pos;
        QString out;
        while (true) {
            if (atEnd())
                return fail(QStringLiteral("unterminated string"));
            const QChar c = peek();
            ++m_pos;
            if (c == quote)
                break;
            if (c == QLatin1Char('\n'))
                return fail(QStringLiteral("line break inside a string"));
            if (c != QLatin1Char('\\')) {
                out += c;
                continue;
            }
            if (atEnd())
                return fail(QStringLiteral("unterminated string"));
            const QChar e = peek();
            ++m_pos;
            if (raw) { // a raw string keeps the backslash; it still cannot end on an escaped quote
                out += QLatin1Char('\\');
                out += e;
                continue;
            }
            uint code = 0;
            switch (e.unicode()) {
            case '\n':
                break; // line continuation
            case '\\':
            case '\'':
            case '"':
                out += e;
                break;
            case 'n':
                out += QLatin1Char('\n');
                break;
            case 'r':
                out += QLatin1Char('\r');
                break;
            case 't':
                out += QLatin1Char('\t');
                break;
            case 'a':
                out += QChar(7);
                break;
            case 'b':
                out += QChar(8);
                break;
            case 'f':
                out += QChar(12);
                break;
            case 'v':
                out += QChar(11);
                break;
            case 'x':
                if (!hexDigits(2, &code) || !appendCodePoint(out, code))
                    return false;
                break;
            case 'u':
                if (!hexDigits(4, &code) || !appendCodePoint(out, code))
                    return false;
                break;
            case 'U':
                if (!hexDigits(8, &code) || !appendCodePoint(out, code))
                    return false;
                break;
            default:
                if (e >= QLatin1Char('0') && e <= QLatin1Char('7')) {
                    code = uint(e.unicode() - '0');
                    for (int i = 0; i < 2 && peek() >= QLatin1Char('0') && peek() <= QLatin1Char('7');
                         ++i, ++m_pos)
                        code = code * 8 + uint(peek().unicode() - '0');
                    appendCodePoint(out, code);
                } else { // Python keeps unknown escapes as written
                    out += QLatin1Char('\\');
                    out += e;
                }
            }
        }
        *value = out;
        return true;
    }

    bool parseNumber(QVariant *value)
    {
        const int start = m_pos;
        bool negative = false;
        if (peek() == QLatin1Char('-') || peek() == QLatin1Char('+')) {
            negative = peek() == QLatin1Char('-');
            ++m_pos;
        }
        if (word("nan")) {
            *value = std::numeric_limits<double>::quiet_NaN();
            return true;
        }
        if (word("inf")) {
            *value =
                negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
            return true;
        }
        bool isFloat = false;
        int digits = 0;
        while (peek().isDigit() && peek().unicode() < 128) {
            ++m_pos;
            ++digits;
        }
        if (peek() == QLatin1Char('.')) {
            isFloat = true;
            ++m_pos;
            while (peek().isDigit() && peek().unicode() < 128) {
                ++m_pos;
                ++digits;
            }
        }
        if (digits == 0)
            return fail(QStringLiteral("a number was expected"));
        if (peek() == QLatin1Char('e') || peek() == QLatin1Char('E')) {
            isFloat = true;
            ++m_pos;
            if (peek() == QLatin1Char('-') || peek() == QLatin1Char('+'))
                ++m_pos;
            int exponent = 0;
            while (peek().isDigit() && peek().unicode() < 128) {
                ++m_pos;
                ++exponent;
            }
            if (!exponent)
                return fail(QStringLiteral("bad exponent"));
        }
        if (isIdentChar(peek()))
            return fail(QStringLiteral("bad number"));
        const QString text = m_s.mid(start, m_pos - start);
        bool ok = false;
        if (!isFloat) {
            const qlonglong n = text.toLongLong(&ok);
            if (ok) {
                *value = n;
                return true;
            }
        }
        const double d = text.toDouble(&ok);
        if (!ok && !std::isinf(d))
            return fail(QStringLiteral("bad number"));
        *value = d;
        return true;
    }

    const QString &m_s;
    int m_pos = 0;
    QString m_error;
};

} // namespace

bool parsePythonLiteral(const QString &text, QVariant *value, QString *error)
{
    Parser parser(text);
    QVariant result;
    if (!parser.parseAll(&result)) {
        if (error)
            *error = parser.error();
        return false;
    }
    *value = result;
    return true;
}

} // namespace ks
