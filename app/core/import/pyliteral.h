// SPDX-License-Identifier: GPL-3.0-or-later
// A strict reader for Python literals as repr() writes them (GetQzonehistory stores comment
// lists that way). Never evaluates anything: only literals are accepted.
#pragma once

#include <QString>
#include <QVariant>

namespace ks {

/// Parses one Python literal: str ('…' / "…" with escapes, u/r/b prefixes), int (any size
/// that fits qint64, else double), float (incl. nan, inf), list, tuple (both → QVariantList),
/// dict with str keys (→ QVariantMap), None (→ null QVariant), True/False. Surrounding
/// whitespace is allowed, anything else after the literal is an error. Returns false and fills
/// @p error (with the offset) on anything else.
bool parsePythonLiteral(const QString &text, QVariant *value, QString *error = nullptr);

} // namespace ks
