// SPDX-License-Identifier: GPL-3.0-or-later
// keepsake book — reserved: not in this version yet.
#include "clicommon.h"

namespace ks {

int runBook(const QStringList &)
{
    cli::err() << "keepsake book: not available in this version yet" << Qt::endl;
    return 3;
}

} // namespace ks
