// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until archive support lands.
#include "archive.h"

namespace ks {

bool isArchiveFile(const QString &)
{
    return false;
}

bool extractArchive(const QString &, const QString &, LibraryWriter *, const ArchiveLimits &)
{
    return false;
}

} // namespace ks
