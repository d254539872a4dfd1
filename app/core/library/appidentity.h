// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ks {

/// Organisation, application name and version: they decide where QSettings and
/// QStandardPaths::AppDataLocation point, so the CLI and the GUI must agree.
void setApplicationIdentity();

} // namespace ks
