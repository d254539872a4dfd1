// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace ks {

/// Identity of a file's bytes as the file system tells it: a file whose stamp is unchanged
/// since it was hashed still holds the hashed bytes.
struct FileStamp
{
    qint64 size = -1;
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;
    quint64 inode = 0;
    bool valid() const { return size >= 0; }
    bool operator==(const FileStamp &o) const
    {
        return size == o.size && mtimeNs == o.mtimeNs && ctimeNs == o.ctimeNs && inode == o.inode;
    }
    bool operator!=(const FileStamp &o) const { return !(*this == o); }
    /// Invalid when the file does not exist (or is not a regular file).
    static FileStamp of(const QString &path);
};

} // namespace ks
