// SPDX-License-Identifier: GPL-3.0-or-later
#include "records.h"

namespace ks {

namespace {
struct KindName
{
    MemoryKind kind;
    const char *name;
};
constexpr KindName kKindNames[] = {
    {MemoryKind::Post, "post"},   {MemoryKind::Blog, "blog"},         {MemoryKind::Diary, "diary"},
    {MemoryKind::Photo, "photo"}, {MemoryKind::Album, "album"},       {MemoryKind::Video, "video"},
    {MemoryKind::Board, "board"}, {MemoryKind::Favorite, "favorite"}, {MemoryKind::Share, "share"},
    {MemoryKind::Visit, "visit"},
};
} // namespace

QString memoryKindName(MemoryKind kind)
{
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

std::optional<MemoryKind> memoryKindFromName(const QString &name)
{
    for (const KindName &entry : kKindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QList<MemoryKind> allMemoryKinds()
{
    QList<MemoryKind> kinds;
    for (const KindName &entry : kKindNames)
        kinds << entry.kind;
    return kinds;
}

} // namespace ks
