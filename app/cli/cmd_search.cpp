// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake search — reserved: not in this version yet.
#include "clicommon.h"

namespace ks {

int runSearch(const QStringList &)
{
    cli::err() << "keepsake search: not available in this version yet" << Qt::endl;
    return 3;
}

} // namespace ks
