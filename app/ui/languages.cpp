// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

#include "util/language.h"

#include <QSettings>

namespace ks {

QString savedLanguage()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void saveLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

void applyLanguage(const QString &language)
{
    installLanguage(language);
}

} // namespace ks
