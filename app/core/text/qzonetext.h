// SPDX-License-Identifier: GPL-3.0-or-later
// Qzone text markup ([em]e100[/em], @{uin:…,nick:…}, #话题#) turned into display text with spans.
#pragma once

#include <QList>
#include <QString>

namespace ks {

/// A marked part of display text.
struct QzoneSpan
{
    enum Kind
    {
        Emoticon,
        Mention,
        Topic
    };
    Kind kind = Emoticon;
    int start = 0; ///< in QzoneDisplayText::text
    int length = 0;
    QString value; ///< emoticon id ("100"), mention uin, topic text without the #
};

/// Text ready to lay out: each emoticon stands as one placeholder character (U+3000, about
/// as wide as an emoticon picture) so a layout can reserve its place and paint the image there.
struct QzoneDisplayText
{
    QString text;
    QList<QzoneSpan> spans;
};

constexpr QChar kEmoticonPlaceholder = QChar(0x3000);

/// Parses raw Qzone markup as stored in memories.body_text. Never fails: unknown markup stays text.
QzoneDisplayText qzoneDisplayText(const QString &raw);

/// Plain text for excerpts and tooltips: emoticons dropped, mentions as "@nick", whitespace runs
/// collapsed to one space when @p singleLine.
QString qzonePlainText(const QString &raw, bool singleLine = false);

} // namespace ks
