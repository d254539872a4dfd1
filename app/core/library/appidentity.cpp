// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"

#include <QCoreApplication>

namespace ks {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Keepsake"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("keepsake.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("keepsake"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEEPSAKE_VERSION));
}

} // namespace ks
