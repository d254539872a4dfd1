// SPDX-License-Identifier: GPL-3.0-or-later
// Privacy when sharing (issue 13): an export may reach people who were never asked. In privacy
// mode friends become neutral labels (好友 A, 好友 B … within one export), their comments, 留言,
// visits and avatars stay out unless chosen, QQ numbers are never written, what the source
// marks private stays out unless chosen, and photos lose their GPS.
#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ks {

struct ExportMemory;

struct PrivacyOptions
{
    bool enabled = false;
    bool keepFriends = false; ///< friends' names, comments, 留言 and visits stay (never their QQ numbers)
    bool keepPrivate = false; ///< 私密日记, private albums, secret 留言 and private comments stay
};

/// The SQL condition (on memories aliased `m`) that leaves out what @p options keeps out;
/// empty when nothing is left out.
QString privacyCondition(const PrivacyOptions &options);

/// Rewrites memories for a privacy-mode export. One filter per export, so labels agree across
/// its pages.
class PrivacyFilter
{
public:
    /// Reads the library's people (names, former names, remarks, QQ numbers) once.
    PrivacyFilter(QSqlDatabase db, const PrivacyOptions &options);

    bool enabled() const { return m_options.enabled; }
    /// Names, mentions and QQ numbers replaced in every text; comments left out (or only the
    /// private ones, when friends are kept); QQ numbers cleared so no avatar is looked up.
    void apply(ExportMemory &memory);
    /// A text with friends' names and QQ numbers replaced (photo descriptions, titles).
    QString scrub(const QString &text);
    /// "好友 A", "好友 B"… for the person @p key (a QQ number or a name), stable in this export.
    QString labelFor(const QString &key);

private:
    struct Known
    {
        QString text; ///< a name or a QQ number as it may appear in text
        QString person;
    };
    PrivacyOptions m_options;
    QString m_ownerUin;
    QString m_ownerName;
    QList<Known> m_known;                  ///< longest first
    QHash<QString, QString> m_personOfKey; ///< uin or name → person id text
    QHash<QString, QString> m_labels;      ///< person id text → label
};

} // namespace ks
