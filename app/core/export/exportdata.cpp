// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdata.h"

#include "library/database.h"
#include "library/looseassets.h"
#include "util/textutil.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace ks {

double ExportMedia::aspect() const
{
    if (width <= 0 || height <= 0)
        return 4.0 / 3.0;
    const bool turned = orientation >= 5 && orientation <= 8;
    return turned ? double(height) / width : double(width) / height;
}

QDateTime ExportComment::localTime() const
{
    return hasTime ? QDateTime::fromSecsSinceEpoch(created, Qt::OffsetFromUTC, utcOffset) : QDateTime();
}

QDateTime ExportMemory::localTime() const
{
    return hasTime ? QDateTime::fromSecsSinceEpoch(created, Qt::OffsetFromUTC, utcOffset) : QDateTime();
}

int ExportMemory::localMonth() const
{
    const QDate d = localTime().date();
    return d.isValid() ? d.year() * 100 + d.month() : 0;
}

int ExportMemory::localDay() const
{
    const QDate d = localTime().date();
    return d.isValid() ? d.year() * 10000 + d.month() * 100 + d.day() : 0;
}

int ExportMemory::commentCount() const
{
    int n = 0;
    for (const ExportComment &c : comments)
        n += 1 + int(c.replies.size());
    return n;
}

QString emoticonImagesToMarkup(const QString &html)
{
    static const QRegularExpression img(
        QStringLiteral("<img\\b[^>]*?src\\s*=\\s*[\"']?[^\"'>]*?/e(\\d+)\\.gif[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = html;
    out.replace(img, QStringLiteral("[em]e\\1[/em]"));
    return out;
}

QString ExportMemory::bodyMarkup() const
{
    if (html.trimmed().isEmpty())
        return text;
    return htmlToPlainText(emoticonImagesToMarkup(html));
}

QList<ExportEntry> groupEntries(const QList<ExportMemory> &memories)
{
    QList<ExportEntry> entries;
    for (const ExportMemory &m : memories) {
        if (m.kind == QLatin1String("photo") && !entries.isEmpty() &&
            entries.last().kind == QLatin1String("photos")) {
            const ExportMemory &prev = entries.last().memories.last();
            if (prev.albumId == m.albumId && prev.localDay() == m.localDay()) {
                entries.last().memories.append(m);
                continue;
            }
        }
        ExportEntry e;
        e.kind = m.kind == QLatin1String("photo") ? QStringLiteral("photos") : m.kind;
        e.memories.append(m);
        entries.append(e);
    }
    return entries;
}

QString kindLabel(const QString &kind)
{
    // Looked up at each call: the words follow the language loaded now.
    static const QHash<QString, const char *> labels{
        {QStringLiteral("post"), QT_TRANSLATE_NOOP("ks::Export", "Post")},
        {QStringLiteral("blog"), QT_TRANSLATE_NOOP("ks::Export", "Blog")},
        {QStringLiteral("diary"), QT_TRANSLATE_NOOP("ks::Export", "Private diary")},
        {QStringLiteral("photo"), QT_TRANSLATE_NOOP("ks::Export", "Photo")},
        {QStringLiteral("photos"), QT_TRANSLATE_NOOP("ks::Export", "Album")},
        {QStringLiteral("album"), QT_TRANSLATE_NOOP("ks::Export", "Album")},
        {QStringLiteral("video"), QT_TRANSLATE_NOOP("ks::Export", "Video")},
        {QStringLiteral("board"), QT_TRANSLATE_NOOP("ks::Export", "Message board")},
        {QStringLiteral("favorite"), QT_TRANSLATE_NOOP("ks::Export", "Favorite")},
        {QStringLiteral("share"), QT_TRANSLATE_NOOP("ks::Export", "Share")},
        {QStringLiteral("visit"), QT_TRANSLATE_NOOP("ks::Export", "Visit")},
    };
    const char *source = labels.value(kind);
    return source ? QCoreApplication::translate("ks::Export", source) : kind;
}

ExportSource::ExportSource(Database &database)
    : m_db(database.connection()), m_libraryDir(database.libraryDir())
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Loose files the exports carried: emoticons (common/images/e100.gif, media/emoji/e100.gif)
    // and the avatars the imports linked to their people.
    static const QRegularExpression emoticon(QStringLiteral("(?:^|/)e(\\d+)\\.gif$"));
    if (q.exec(
            QStringLiteral("SELECT sf.rel_path, md.vault_path FROM source_files sf JOIN media md ON md.id = "
                           "sf.media_id WHERE md.status = 'ok' AND md.vault_path IS NOT NULL AND "
                           "sf.rel_path LIKE '%.gif' ORDER BY sf.rel_path"))) {
        while (q.next()) {
            if (const auto m = emoticon.match(q.value(0).toString()); m.hasMatch())
                m_emoticons.insert(m.captured(1), m_libraryDir + QLatin1Char('/') + q.value(1).toString());
        }
    }
    m_avatars = LooseAssets(database).allAvatars();
    if (q.exec(QStringLiteral("SELECT nickname, uin FROM accounts ORDER BY id LIMIT 1")) && q.next())
        m_ownerName = q.value(0).toString().isEmpty() ? q.value(1).toString() : q.value(0).toString();
}

ExportMemory ExportSource::load(qint64 memoryId) const
{
    ExportMemory m;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.id, m.kind, m.key, m.created, m.utc_offset, m.title, m.body_text, m.body_html, "
        "p.name, p.uin, m.location, a.name, m.album_id, m.like_count FROM memories m "
        "LEFT JOIN people p ON p.id = m.author_id LEFT JOIN albums a ON a.id = m.album_id "
        "WHERE m.id = ?"));
    q.addBindValue(memoryId);
    if (!q.exec() || !q.next())
        return m;
    m.id = q.value(0).toLongLong();
    m.kind = q.value(1).toString();
    m.key = q.value(2).toString();
    m.hasTime = !q.value(3).isNull();
    m.created = q.value(3).toLongLong();
    m.utcOffset = q.value(4).toInt();
    m.title = q.value(5).toString();
    m.text = q.value(6).toString();
    m.html = q.value(7).toString();
    m.author = q.value(8).toString();
    m.authorUin = q.value(9).toString();
    m.location = q.value(10).toString();
    m.albumName = q.value(11).toString();
    m.albumId = q.value(12).toLongLong();
    m.likeCount = q.value(13).toInt();

    QSqlQuery mq(m_db);
    mq.setForwardOnly(true);
    mq.prepare(
        QStringLiteral("SELECT md.id, md.sha256, md.vault_path, md.mime, mm.role, md.status, mm.source_path, "
                       "mm.original_name, md.width, md.height, md.orientation FROM memory_media mm "
                       "JOIN media md ON md.id = mm.media_id WHERE mm.memory_id = ? ORDER BY mm.position"));
    mq.addBindValue(memoryId);
    if (mq.exec()) {
        while (mq.next()) {
            ExportMedia e;
            e.mediaId = mq.value(0).toLongLong();
            e.sha256 = mq.value(1).toString();
            const QString vault = mq.value(2).toString();
            e.filePath = vault.isEmpty() ? QString() : m_libraryDir + QLatin1Char('/') + vault;
            e.mime = mq.value(3).toString();
            e.role = mq.value(4).toString();
            e.status = mq.value(5).toString();
            e.sourcePath = mq.value(6).toString();
            e.originalName = mq.value(7).toString();
            e.width = mq.value(8).toInt();
            e.height = mq.value(9).toInt();
            e.orientation = mq.value(10).toInt();
            m.media.append(e);
        }
    }

    QSqlQuery cq(m_db);
    cq.setForwardOnly(true);
    cq.prepare(QStringLiteral(
        "SELECT c.id, c.parent_id, COALESCE(NULLIF(p.name, ''), c.author_name, ''), p.uin, "
        "c.created, c.utc_offset, c.body_text, CASE WHEN json_valid(c.source_json) THEN "
        "COALESCE(json_extract(c.source_json, '$.private'), json_extract(c.source_json, '$.secret'), 0) "
        "IN (1, 'true') ELSE 0 END FROM comments c LEFT JOIN people p ON "
        "p.id = c.author_id WHERE c.memory_id = ? ORDER BY c.created IS NULL, c.created, c.id"));
    cq.addBindValue(memoryId);
    if (cq.exec()) {
        // Replies at any depth hang under their top-level comment, in time order.
        QHash<qint64, qint64> topOf;
        QHash<qint64, int> indexOfTop;
        while (cq.next()) {
            ExportComment c;
            const qint64 id = cq.value(0).toLongLong();
            const qint64 parent = cq.value(1).toLongLong();
            c.author = cq.value(2).toString();
            c.authorUin = cq.value(3).toString();
            c.hasTime = !cq.value(4).isNull();
            c.created = cq.value(4).toLongLong();
            c.utcOffset = cq.value(5).toInt();
            c.text = cq.value(6).toString();
            c.isPrivate = cq.value(7).toBool();
            if (parent == 0 || !topOf.contains(parent)) {
                topOf.insert(id, id);
                indexOfTop.insert(id, int(m.comments.size()));
                m.comments.append(c);
            } else {
                const qint64 top = topOf.value(parent);
                topOf.insert(id, top);
                m.comments[indexOfTop.value(top)].replies.append(c);
            }
        }
    }
    return m;
}

QList<ExportMemory> ExportSource::loadAll(const QList<qint64> &ids) const
{
    QList<ExportMemory> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        ExportMemory m = load(id);
        if (m.id != 0)
            out.append(m);
    }
    return out;
}

} // namespace ks
