// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML export's fixed assets (htmlexporter.cpp writes them into every site).
#pragma once

#include <QString>

namespace ks {

/// The pages' Content-Security-Policy: nothing loads from outside the export folder.
QString htmlExportCsp();
/// The site's style sheet, without the theme's colours (themeCss puts those first).
QString htmlExportStyle();
/// assets/search.js: the in-page search, its two messages in the export's language.
QString htmlExportSearchScript();

} // namespace ks
