// SPDX-License-Identifier: GPL-3.0-or-later
// Line-level pieces shared by the MarkDown parsers: decoding a file, splitting it into lines,
// recognising the exporter's rules, headings, quotes, media lines and people links.
#pragma once

#include "domain/records.h"
#include "qzoneapi.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace ks::md {

/// One line of a MarkDown file: @c text without its line end (CR runs removed), @c raw as written.
struct Line
{
    QString text;
    QString raw;
    int number = 0; ///< 1-based line number in the file
};

/// How a file's bytes were read.
struct Decoded
{
    QString text;
    QString encoding;     ///< "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030"
    bool clean = true;    ///< false when some bytes could not be decoded (U+FFFD stands for them)
    bool foreign = false; ///< UTF-16: not what QZoneExport writes, so another program re-saved it
};

/// Decodes a .md file: a UTF-16 BOM or UTF-16 byte pattern → UTF-16; valid UTF-8 (BOM dropped)
/// → UTF-8; else GB18030 when that reads cleanly. A UTF-8 file with a few bad bytes stays
/// UTF-8 (only the bad bytes become U+FFFD) rather than turning into GB18030 mojibake.
Decoded decode(const QByteArray &bytes);

/// decode() for callers that want only the text. @p ok is false when some bytes did not
/// decode; @p encoding receives the encoding used.
QString decodeText(const QByteArray &bytes, bool *ok = nullptr, QString *encoding = nullptr);

/// Splits at '\n'. QZoneExport ends lines with "\r\n" and writes a newline inside a 说说 as
/// "\r\r\r\n": every run of CRs before '\n' belongs to the line end.
QList<Line> splitLines(const QString &text);

/// "2019-08-16 17:36:00" or "2019-08-16 17:36" read as UTC+8 wall clock → UTC epoch seconds.
qint64 parseLocalTime(const QString &text, bool *minutePrecision = nullptr);

/// QQ number from a link to https://user.qzone.qq.com/<uin>, or empty.
QString uinFromUrl(const QString &url);

/// Image/video paths named in a line: ![](p), <img src="p">, <video src="p">, <source src="p">.
/// Emoticons (e123.gif) are not media and are skipped.
QStringList mediaPathsIn(const QString &line, QStringList *roles = nullptr);
bool isEmoticonPath(const QString &path);

// ---- helpers of the parsers ----

inline QString fullColon()
{
    return QStringLiteral("\uFF1A"); // ：
}
/// A pattern with Unicode properties (\w, \s match Chinese text).
QRegularExpression re(const char *pattern);
/// "> 评论(N)", the header of a comment list.
const QRegularExpression &commentHeader();
bool isBlank(const QString &s);
/// "---", the rule the exporter writes after every item.
bool isRule(const QString &s);
bool isHeading(const QString &s);
/// A line of HTML the exporter wrote around media (<div>, <img …>, <video …>).
bool isMarkupLine(const QString &s);
/// A line holding only non-emoticon images, e.g. "![](images/x.jpeg)".
bool isImageOnlyLine(const QString &s);
/// The raw lines [from, to) joined by '\n'.
QString joinRaw(const QList<Line> &lines, int from, int to);
/// Lines [from, to) without leading and trailing blank lines, joined by '\n'.
QString joinTrimmed(const QList<Line> &lines, int from, int to);
/// "[name](…/uin)" → the person; other text → a person known by that name.
PersonRef personFromLink(const QString &text);
/// The text of a "> quote" line without its marker.
QString stripBlockquote(const QString &s);
/// Index of the last "> 评论(N)" line in [from, to), or -1.
int lastCommentHeader(const QList<Line> &lines, int from, int to);
QList<MediaRef> resolveAll(const QStringList &paths, const QStringList &roles,
                           const qzone::MediaResolver &resolver);
/// False when the last non-blank line is not "---": QZoneExport closes every item (and so
/// every module file) with a rule, so a file ending elsewhere was cut off.
bool endsWithRule(const QList<Line> &lines);

} // namespace ks::md
