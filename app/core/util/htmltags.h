// SPDX-License-Identifier: GPL-3.0-or-later
// Reading HTML one tag at a time, as forgivingly as a browser, for the sanitiser: tags with their
// attributes, end tags of raw-text elements, comments and other <!…> declarations.
#pragma once

#include <QList>
#include <QString>

namespace ks::html {

struct Attribute
{
    QString name;  ///< lower case
    QString value; ///< as written, entities not decoded
};

struct Tag
{
    QString name; ///< lower case
    bool closing = false;
    bool selfClosing = false;
    QList<Attribute> attributes;
    int end = 0; ///< index after '>'
};

/// Parses a tag starting at html[pos] == '<'. False when this is not a tag (no name after '<' or
/// '</', or no closing '>'): then the '<' is text.
bool parseTag(const QString &html, int pos, Tag *tag);

/// Where the end tag </name> (any case, "</name >", "</name/>") begins at or after @p from, or -1.
/// *after is the index after its '>' (after the name when no '>' follows).
int findEndTag(const QString &html, const QString &name, int from, int *after);

/// For a declaration at html[pos] ("<!--", "<![CDATA[", "<!DOCTYPE", "<?xml"): the index to read on
/// from, or -1 when it is not one (then the '<' is text). An unclosed comment or CDATA section ends
/// right after its opener, so that it cannot hide the rest of the document.
int skipDeclaration(const QString &html, int pos);

/// Index of the next '<' at or after @p from that starts a tag or a declaration, or html.size().
int nextMarkup(const QString &html, int from);

} // namespace ks::html
