// SPDX-License-Identifier: GPL-3.0-or-later
// The text cap of data files: every JSON string longer than the cap is cut, block by block,
// before anything is parsed (used by the whole-file read and by the streaming one).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ks::qzone {

/// Copies JSON bytes, cutting every string longer than the cap at a character boundary (never
/// inside an escape or a UTF-8 sequence) and closing it there. Works block by block.
class TextCapper
{
public:
    struct Cut
    {
        qint64 offset = 0; ///< where the string starts in the file
        qint64 length = 0; ///< its length in the file, in bytes
        QString key;       ///< the object key it is the value of, when short
    };
    explicit TextCapper(qint64 cap) : m_cap(cap) {}
    QList<Cut> cuts;

    void feed(const char *data, qsizetype n, QByteArray &out)
    {
        qsizetype copyFrom = 0;
        for (qsizetype i = 0; i < n; ++i, ++m_pos) {
            const uchar c = uchar(data[i]);
            if (!m_inString) {
                if (c == '"') {
                    m_inString = true;
                    m_length = 0;
                    m_start = m_pos;
                    m_text.clear();
                } else if (c == ':' && m_lastShort) {
                    m_key = QString::fromUtf8(m_lastText);
                    m_lastShort = false;
                } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    m_lastShort = false;
                }
                continue;
            }
            if (m_cutting) {
                if (m_escape)
                    m_escape = false;
                else if (c == '\\')
                    m_escape = true;
                else if (c == '"') {
                    m_inString = false;
                    m_cutting = false;
                    copyFrom = i; // the closing quote is copied
                    cuts.append({m_start, m_pos - m_start + 1, m_key});
                }
                continue;
            }
            if (m_length >= m_cap && !m_escape && m_hexLeft == 0 && !m_highSurrogate && (c & 0xC0) != 0x80 &&
                c != '"') {
                out.append(data + copyFrom, i - copyFrom);
                m_cutting = true;
                if (c == '\\')
                    m_escape = true;
                continue;
            }
            ++m_length;
            if (m_text.size() < 64)
                m_text.append(char(c));
            if (m_hexLeft > 0) {
                m_hex.append(char(c));
                if (--m_hexLeft == 0) {
                    const uint unit = m_hex.toUInt(nullptr, 16);
                    m_highSurrogate = unit >= 0xD800 && unit <= 0xDBFF;
                }
            } else if (m_escape) {
                m_escape = false;
                if (c == 'u') {
                    m_hexLeft = 4;
                    m_hex.clear();
                }
            } else if (c == '\\') {
                m_escape = true;
            } else {
                m_highSurrogate = false;
                if (c == '"') {
                    m_inString = false;
                    m_lastShort = m_length <= 64;
                    m_lastText = m_text.chopped(1);
                }
            }
        }
        if (!m_cutting)
            out.append(data + copyFrom, n - copyFrom);
    }

private:
    qint64 m_cap;
    qint64 m_pos = 0;
    qint64 m_start = 0;
    qint64 m_length = 0;
    bool m_inString = false;
    bool m_cutting = false;
    bool m_escape = false;
    bool m_highSurrogate = false;
    int m_hexLeft = 0;
    QByteArray m_hex;
    QByteArray m_text;
    QByteArray m_lastText;
    bool m_lastShort = false;
    QString m_key;
};

/// One problem sentence per cut text (the text cap @p cap in bytes).
QStringList cutMessages(const QList<TextCapper::Cut> &cuts, qint64 cap);

} // namespace ks::qzone
