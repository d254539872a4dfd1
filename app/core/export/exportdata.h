// SPDX-License-Identifier: GPL-3.0-or-later
// Memories read in full for exporting (all media, comments with replies), and the shared
// look-ups exporters need: emoticon GIFs and avatars kept in the vault.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ks {

class Database;

struct ExportMedia
{
    qint64 mediaId = 0;
    QString sha256;
    QString filePath; ///< absolute vault path; empty when missing
    QString mime;
    QString role;       ///< image | video | poster | audio | file
    QString status;     ///< ok | missing | damaged | placeholder
    QString sourcePath; ///< as the export named it (matches blog <img src>)
    QString originalName;
    int width = 0;
    int height = 0;
    int orientation = 0;
    bool isImage() const { return role == QLatin1String("image") || role == QLatin1String("poster"); }
    bool usable() const { return !filePath.isEmpty() && status == QLatin1String("ok"); }
    /// Width / height as shown (EXIF orientations 5–8 turn the picture a quarter).
    double aspect() const;
};

struct ExportComment
{
    QString author;
    QString authorUin;
    bool hasTime = false;
    qint64 created = 0;
    int utcOffset = 28800;
    QString text;           ///< raw Qzone markup
    bool isPrivate = false; ///< the source marks it private (私密评论)
    QList<ExportComment> replies;
    QDateTime localTime() const;
};

struct ExportMemory
{
    qint64 id = 0;
    QString kind;
    QString key;
    bool hasTime = false;
    qint64 created = 0;
    int utcOffset = 28800;
    QString title;
    QString text; ///< raw Qzone markup
    QString html; ///< blogs, diaries, boards: as the source wrote it (unsafe)
    QString author;
    QString authorUin;
    QString location;
    QString albumName;
    qint64 albumId = 0;
    int likeCount = 0;
    QList<ExportMedia> media;
    QList<ExportComment> comments;
    int commentCount() const;
    QDateTime localTime() const;
    int localMonth() const; ///< yyyymm, 0 when the time is unknown
    int localDay() const;   ///< yyyymmdd, 0 when unknown
    /// The body as Qzone markup: text, or the HTML body turned to text with its emoticon
    /// pictures written back as [em]eNNN[/em].
    QString bodyMarkup() const;
};

/// A run of memories shown as one entry: one memory, or the photos uploaded to one album on
/// one day ("photos").
struct ExportEntry
{
    QString kind;
    QList<ExportMemory> memories;
    const ExportMemory &first() const { return memories.first(); }
};

/// Groups consecutive photos of one album and one local day; keeps the order.
QList<ExportEntry> groupEntries(const QList<ExportMemory> &memories);

/// "说说"/"Post", "日志"/"Blog", …: a kind in the export's language.
QString kindLabel(const QString &kind);

/// Reads memories for export on the calling thread's connection.
class ExportSource
{
public:
    explicit ExportSource(Database &database);

    ExportMemory load(qint64 memoryId) const;
    QList<ExportMemory> loadAll(const QList<qint64> &ids) const;

    /// Vault path of the QQ emoticon eNNN (the GIF the export kept), empty when absent.
    QString emoticonPath(const QString &number) const { return m_emoticons.value(number); }
    const QHash<QString, QString> &emoticons() const { return m_emoticons; }
    /// Vault path of a person's avatar (Common/images/<uin>), empty when absent.
    QString avatarPath(const QString &uin) const { return m_avatars.value(uin); }
    QString libraryDir() const { return m_libraryDir; }
    QString ownerName() const { return m_ownerName; }

private:
    QSqlDatabase m_db;
    QString m_libraryDir;
    QString m_ownerName;
    QHash<QString, QString> m_emoticons;
    QHash<QString, QString> m_avatars;
};

/// Emoticon numbers in an <img src=".../e100.gif"> of old QQ HTML, written back as markup.
QString emoticonImagesToMarkup(const QString &html);

} // namespace ks
