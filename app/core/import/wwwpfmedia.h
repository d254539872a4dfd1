// SPDX-License-Identifier: GPL-3.0-or-later
// wwwpf/QzoneExporter's downloaded/ folders: which saved file is which picture or video, and
// the full picture list it keeps for a 说说 with more than 9 pictures.
#pragma once

#include "domain/records.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ks::wwwpf {

/// wwwpf's purge_file_name(): `% space / \ : * ? " < > |` percent-escaped, an all-dots name "%2E".
QString purgeFileName(const QString &name);

/// The files of one downloaded/ folder. wwwpf saves each as purge_file_name(<id>) + an
/// extension from the content type, the id being a picKey/lloc, a pic_id, a video_id or the URL.
class DownloadedFiles
{
public:
    DownloadedFiles() = default;
    explicit DownloadedFiles(const QString &dir);
    bool isEmpty() const { return m_files.isEmpty(); }
    /// The file saved under the first of @p ids (as written, before purge_file_name) that has one.
    QString find(const QStringList &ids) const;
    /// Every file of the folder (absolute paths).
    QStringList files() const { return m_paths; }

private:
    QHash<QString, QString> m_files; ///< name with and without extension → absolute path
    QStringList m_paths;
};

/// The ids wwwpf may have saved a media object of a 说说 or a comment under: the comment
/// picture URLs (o_url, b_url, hd_url, s_url), pic_id / video_id, then url2 / url3.
QStringList contentMediaIds(const QJsonObject &media);
/// The ids of an album or floatview photo: picKey, lloc, sloc.
QStringList photoIds(const QJsonObject &photo);

/// Gives @p ref the file saved under one of @p ids (or its remote URL) unless it has one;
/// @p root is the export root its relPath is relative to. True when @p ref has a file now.
bool linkFile(MediaRef &ref, const DownloadedFiles &files, const QStringList &ids, const QString &root);

/// Links the pictures of @p comments (and of their replies) to their downloaded files.
void linkCommentFiles(QList<CommentRecord> &comments, const DownloadedFiles &files, const QString &root);

/// What a 说说 says about pictures past the 9th.
enum class Floatview
{
    NotNeeded, ///< 9 pictures or fewer
    Missing,   ///< more than 9, but no saved list: only the first 9 are known
    Broken,    ///< a saved list that cannot be read (see the reason)
    Read       ///< every picture of the saved list is in the record
};

/// Links the pictures and videos of a msglist item's record (made by qzone::postFromMsglistItem)
/// to their files in shuoshuo/downloaded/, and, for a 说说 with more than 9 pictures, adds
/// those after the 9th from the floatview answer wwwpf stores in the item
/// (msg["QzoneExporter"]["shuoshuo_floatview"]["data"]["photos"], all pictures in order).
Floatview completePostMedia(MemoryRecord &record, const QJsonObject &msg, const DownloadedFiles &files,
                            const QString &root, QString *reason = nullptr);

} // namespace ks::wwwpf
