// SPDX-License-Identifier: GPL-3.0-or-later
// Little-endian integers in the blobs the library stores (one layout on disk, whatever the CPU).
#pragma once

#include <QByteArray>
#include <QtEndian>

namespace ks::le {

inline void put32(char *out, quint32 value)
{
    qToLittleEndian(value, out);
}

inline quint32 get32(const char *in)
{
    return qFromLittleEndian<quint32>(in);
}

/// Appends the low @p bytes bytes (1…8) of @p value.
inline void append(QByteArray &out, quint64 value, int bytes)
{
    char buffer[8];
    qToLittleEndian(value, buffer);
    out.append(buffer, bytes);
}

/// The @p bytes-byte (1…8) unsigned integer at @p in.
inline quint64 get(const char *in, int bytes)
{
    quint64 value = 0;
    for (int i = 0; i < bytes; ++i)
        value |= quint64(static_cast<unsigned char>(in[i])) << (8 * i);
    return value;
}

} // namespace ks::le
