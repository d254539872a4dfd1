// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ks {

/// Decodes HTML character references (&amp; &lt; &#38; &#x26; &nbsp; …).
QString htmlUnescape(const QString &text);

/// Plain text of an HTML fragment: scripts and styles dropped, tags removed, block ends and
/// <br> become newlines, entities decoded. Safe on any thread (no QTextDocument, no fonts).
QString htmlToPlainText(const QString &html);

/// Escapes & < > " ' for HTML output.
QString htmlEscape(const QString &text);

} // namespace ks
