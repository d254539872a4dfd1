// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/records.h"

#include <QRegularExpression>

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

QString normaliseForMatch(const QString &text)
{
    static const QRegularExpression mention(QStringLiteral(R"(@?\{uin:[^,}]*,nick:([^,}]*)[^}]*\})"));
    static const QRegularExpression space(QStringLiteral(R"(\s+)"));
    QString t = text.normalized(QString::NormalizationForm_KC);
    t.replace(mention, QStringLiteral("@\\1"));
    t.remove(space);
    return t.toCaseFolded();
}

} // namespace ks
