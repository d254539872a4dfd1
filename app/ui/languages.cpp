// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace ks {

namespace {
QTranslator *appTranslator = nullptr;
QTranslator *qtTranslator = nullptr;
} // namespace

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
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    for (QTranslator **slot : {&appTranslator, &qtTranslator}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete *slot;
            *slot = nullptr;
        }
    }
    appTranslator = new QTranslator(qApp);
    // Chinese locales of every region get the Simplified Chinese text; anything else, English.
    const QString file = locale.language() == QLocale::Chinese ? QStringLiteral("keepsake_zh_CN")
                                                               : QStringLiteral("keepsake_en");
    if (appTranslator->load(file, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
    qtTranslator = new QTranslator(qApp);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}

} // namespace ks
