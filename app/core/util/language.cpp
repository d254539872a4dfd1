// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ks {

namespace {
QTranslator *appTranslator = nullptr;
QTranslator *qtTranslator = nullptr;
bool chinese = false;
} // namespace

void installLanguage(const QString &language)
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
    appTranslator = new QTranslator(QCoreApplication::instance());
    // Chinese locales of every region get the Simplified Chinese text; anything else, English.
    chinese = locale.language() == QLocale::Chinese;
    const QString file = chinese ? QStringLiteral("keepsake_zh_CN") : QStringLiteral("keepsake_en");
    if (appTranslator->load(file, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
    else
        chinese = false;
    qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}

bool chineseLoaded()
{
    return chinese;
}

} // namespace ks
