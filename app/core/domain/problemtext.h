// SPDX-License-Identifier: GPL-3.0-or-later
// Problems are stored in English (the library and `--json` are an open format); this turns one
// into the person's language when it is shown: the sentence, and the sentences inside it.
#pragma once

#include <QString>
#include <QStringList>

namespace ks::problemtext {

/// @p message in the UI language (the installed translators); a sentence the table does not know
/// is returned as it is. Parts filled into a sentence are translated too when they are sentences.
QString translated(const QString &message);
/// True when @p message is one of the table's sentences with its parts filled in.
bool isKnown(const QString &message);
/// A heading for the problems of @p kind ("missing", "corrupt", …), with @p count of them.
QString kindTitle(const QString &kind, int count);
/// What the person can do about problems of @p kind, in a sentence or two.
QString kindAdvice(const QString &kind);
/// The order groups are shown in: what needs the person's action first.
int kindRank(const QString &kind);
/// The table's sentences (English, with %1… placeholders).
QStringList templates();

} // namespace ks::problemtext
