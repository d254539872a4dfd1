// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake tag — reserved: not in this version yet.
#include "clicommon.h"

namespace ks {

int runTag(const QStringList &)
{
    cli::err() << "keepsake tag: not available in this version yet" << Qt::endl;
    return 3;
}

} // namespace ks
