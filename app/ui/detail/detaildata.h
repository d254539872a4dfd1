// SPDX-License-Identifier: GPL-3.0-or-later
// What the detail views show besides the memory itself: emoticon and avatar files (remembered
// per library), times and sizes as text. The media come from models/detailmedia.h.
#pragma once

#include "models/detailmedia.h"

#include <QDateTime>
#include <QString>

namespace ks {

class Database;

namespace detaildata {

/// Absolute path of emoticon e<id>.gif when the export had it (Common/images/e100.gif).
QString emoticonPath(Database &database, const QString &id);
/// Absolute path of a person's avatar (Common/images/<uin>).
QString avatarPath(Database &database, const QString &uin);

/// "2012年6月7日 21:15" (translated format) in the time's own offset.
QString formatTime(const QDateTime &time);
/// "2012年6月7日" (translated format) in the time's own offset.
QString formatDate(const QDateTime &time);
QString formatBytes(qint64 bytes);

/// True for file names an exporter made up (a hash, 8+ hex digits, a QQ picture key): no title
/// for a person.
bool isMadeUpName(const QString &fileName);

/// The first words of a memory's raw Qzone text, as a title (emoticons and markup dropped,
/// one line, cut at @p maxChars with "…"); empty when it has no words.
QString shortTitle(const QString &raw, int maxChars = 24);

} // namespace detaildata
} // namespace ks
