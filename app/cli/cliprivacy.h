// SPDX-License-Identifier: GPL-3.0-or-later
// --privacy, --with-friends, --with-private: the same three options on every export.
#pragma once

#include "export/privacy.h"

#include <QCommandLineParser>

namespace ks::cli {

/// Adds the privacy options to @p parser.
void addPrivacyOptions(QCommandLineParser &parser);
/// What they say; --with-friends and --with-private imply --privacy.
PrivacyOptions privacyOptions(const QCommandLineParser &parser);

} // namespace ks::cli
