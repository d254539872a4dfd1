// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake export — reserved: not in this version yet.
#include "clicommon.h"

namespace ks {

int runExport(const QStringList &)
{
    cli::err() << "keepsake export: not available in this version yet" << Qt::endl;
    return 3;
}

} // namespace ks
