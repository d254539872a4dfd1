// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake verify — reserved: not in this version yet.
#include "clicommon.h"

namespace ks {

int runVerify(const QStringList &)
{
    cli::err() << "keepsake verify: not available in this version yet" << Qt::endl;
    return 3;
}

} // namespace ks
