// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

namespace ks {

/// The numbers `keepsake stats --json` prints, in exactly its shape:
/// {"memories":{kind:n…},"comments":n,"people":n,"media":{"files","missing","bytes"},
///  "tags":n,"years":{"2009":n…},"problems":n}
QJsonObject libraryStats(QSqlDatabase db);

} // namespace ks
