// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarylocation.h"

#include <QDir>
#include <QStandardPaths>

namespace ks {

QString resolveLibraryDir(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return QDir(commandLineValue).absolutePath();
    const QString fromEnv = qEnvironmentVariable("KEEPSAKE_LIBRARY");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library");
}

} // namespace ks
