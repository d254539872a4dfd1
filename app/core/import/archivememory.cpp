// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivememory.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace ks::archivememory {

namespace {

qint64 epochOf(const QJsonValue &v)
{
    return v.isDouble() ? qint64(v.toDouble()) : kNoTime;
}

/// An ISO time with its offset ("2012-06-07T21:15:00+08:00") as epoch seconds and offset.
bool parseIso(const QJsonValue &v, qint64 *utc, int *offset)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!t.isValid())
        return false;
    *utc = t.toSecsSinceEpoch();
    *offset = t.offsetFromUtc();
    return true;
}

QString text(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}

PersonRef personRef(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return PersonRef{text(o, "uin"), text(o, "name")};
}

QList<CommentRecord> comments(const QJsonArray &list, int depth)
{
    QList<CommentRecord> out;
    if (depth > 64)
        return out;
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        CommentRecord c;
        c.key = text(o, "key");
        c.author = personRef(o.value(QLatin1String("author")));
        c.created = epochOf(o.value(QLatin1String("created_epoch")));
        c.utcOffset = o.value(QLatin1String("utc_offset")).toInt(kChinaUtcOffset);
        if (c.created == kNoTime && !parseIso(o.value(QLatin1String("created")), &c.created, &c.utcOffset))
            c.created = kNoTime;
        c.text = text(o, "text");
        c.sourceRecord = text(o, "source").toUtf8();
        c.replies = comments(o.value(QLatin1String("replies")).toArray(), depth + 1);
        out.append(c);
    }
    return out;
}

} // namespace

QString bagFile(const QString &root, const QString &bagPath)
{
    if (!bagPath.startsWith(QLatin1String("data/vault/")) || bagPath.contains(QLatin1Char('\\')))
        return QString();
    const QString path = QDir::cleanPath(root + QLatin1Char('/') + bagPath);
    const QString vault = QDir::cleanPath(root + QStringLiteral("/data/vault"));
    return path.startsWith(vault + QLatin1Char('/')) ? path : QString();
}

bool memory(const QJsonObject &o, const QString &root, const QString &sourceFile, MemoryRecord *record,
            QStringList *unsafe)
{
    const std::optional<MemoryKind> kind = memoryKindFromName(text(o, "kind"));
    MemoryRecord &r = *record;
    r.key = text(o, "key");
    if (!kind || r.key.isEmpty())
        return false;
    r.kind = *kind;
    r.author = personRef(o.value(QLatin1String("author")));
    const QJsonObject library = o.value(QLatin1String("library")).toObject();
    ArchivedState &state = r.archived;
    state.present = true;
    state.matchKey = text(library, "match_key");
    state.tags.clear();
    state.mediaSha256.clear();
    for (const QJsonValue &tag : o.value(QLatin1String("tags")).toArray())
        state.tags << tag.toString();
    if (library.contains(QLatin1String("created"))) {
        const qint64 created = epochOf(library.value(QLatin1String("created")));
        const int offset = library.value(QLatin1String("utc_offset")).toInt(kChinaUtcOffset);
        if (library.value(QLatin1String("corrected")).toBool()) {
            // The record carries the source's date; the person's correction comes on top.
            state.dateCorrected = true;
            state.correctedCreated = created;
            state.correctedUtcOffset = offset;
            state.correctedAt = epochOf(library.value(QLatin1String("corrected_at")));
            r.created = epochOf(library.value(QLatin1String("source_created")));
            r.utcOffset = library.value(QLatin1String("source_utc_offset")).toInt(kChinaUtcOffset);
        } else {
            r.created = created;
            r.utcOffset = offset;
        }
    } else if (!parseIso(o.value(QLatin1String("created")), &r.created, &r.utcOffset)) {
        r.created = kNoTime;
    }
    r.title = text(o, "title");
    r.text = text(o, "text");
    r.html = text(o, "html");
    r.location = text(o, "location");
    if (o.value(QLatin1String("latitude")).isDouble())
        r.latitude = o.value(QLatin1String("latitude")).toDouble();
    if (o.value(QLatin1String("longitude")).isDouble())
        r.longitude = o.value(QLatin1String("longitude")).toDouble();
    r.device = text(o, "device");
    const QJsonObject album = o.value(QLatin1String("album")).toObject();
    r.albumKey = text(album, "key");
    r.albumName = text(album, "name");
    r.albumCategory = text(album, "category");
    r.albumDescription = text(album, "description");
    if (o.value(QLatin1String("like_count")).isDouble())
        r.likeCount = o.value(QLatin1String("like_count")).toInt();
    r.extra = o.value(QLatin1String("extra")).toObject();
    r.sourceRecord = text(library, "source_record").toUtf8();
    if (r.sourceRecord.isEmpty()) // never empty: the archive's own line stands for it
        r.sourceRecord = QJsonDocument(o).toJson(QJsonDocument::Compact);
    r.sourceFile = sourceFile;

    for (const QJsonValue &value : o.value(QLatin1String("media")).toArray()) {
        const QJsonObject m = value.toObject();
        MediaRef ref;
        ref.role = text(m, "role").isEmpty() ? QStringLiteral("image") : text(m, "role");
        ref.relPath = text(m, "source_path");
        ref.originalName = text(m, "original_name");
        const QString bagPath = text(m, "bag_path");
        if (!bagPath.isEmpty()) {
            ref.filePath = bagFile(root, bagPath);
            if (ref.filePath.isEmpty() && unsafe)
                unsafe->append(bagPath);
        }
        r.media << ref;
        state.mediaSha256 << text(m, "sha256");
    }
    r.comments = comments(o.value(QLatin1String("comment_thread")).toArray(), 0);
    for (const QJsonValue &value : o.value(QLatin1String("people")).toArray()) {
        const QJsonObject p = value.toObject();
        const PersonRef ref{text(p, "uin"), text(p, "name")};
        if (text(p, "role") == QLatin1String("mention"))
            r.mentions << ref;
        else if (text(p, "role") == QLatin1String("like"))
            r.likes << ref;
    }
    return true;
}

PersonRecord person(const QJsonObject &o)
{
    PersonRecord p;
    p.person = PersonRef{text(o, "uin"), text(o, "name")};
    for (const QJsonValue &value : o.value(QLatin1String("names")).toArray()) {
        const QJsonObject n = value.toObject();
        p.names.append({text(n, "name"), epochOf(n.value(QLatin1String("first_seen"))),
                        epochOf(n.value(QLatin1String("last_seen")))});
    }
    p.remark = text(o, "remark");
    p.groupName = text(o, "group");
    p.friendSince = epochOf(o.value(QLatin1String("friend_since")));
    p.isFriend = o.value(QLatin1String("is_friend")).toBool();
    p.sourceRecord = text(o, "source").toUtf8();
    return p;
}

} // namespace ks::archivememory
