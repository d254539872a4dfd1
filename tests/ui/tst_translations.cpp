// SPDX-License-Identifier: GPL-3.0-or-later
// Every string has its Simplified Chinese, counts read right in both languages ("1 memory",
// never "1 memories" or "comment(s)"), and Qt's own dialogs speak Chinese under zh_CN.
#include "languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace ks;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; ///< the translation, or its numerus forms
};

/// The messages of a .ts file without a count.
QList<TsMessage> readTs(const QString &path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{context,
                                QString(),
                                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                                false,
                                {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (!current.numerus) {
                current.forms << xml.readElementText();
                messages << current;
            }
        }
    }
    return messages; // numerus messages: readNumerus()
}

/// Numerus messages need the end of their <translation>: read them in a second, simple pass.
QList<TsMessage> readNumerus(const QString &path)
{
    QList<TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    bool inNumerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message")) {
                inNumerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                current = TsMessage{context, QString(), inNumerus, false, {}};
            } else if (xml.name() == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation"))
                current.unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            else if (xml.name() == QLatin1String("numerusform"))
                current.forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && inNumerus) {
            out << current;
        }
    }
    return out;
}

QString translationsDir()
{
    return QDir::cleanPath(QStringLiteral(KEEPSAKE_TEST_DATA) + QStringLiteral("/../../translations"));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void chineseIsComplete()
    {
        const QList<TsMessage> messages = readTs(translationsDir() + QStringLiteral("/keepsake_zh_CN.ts"));
        QVERIFY(messages.size() > 100);
        for (const TsMessage &m : messages) {
            QVERIFY2(!m.unfinished && !m.forms.value(0).isEmpty(),
                     qPrintable(QStringLiteral("no Chinese for \"%1\" (%2)").arg(m.source, m.context)));
        }
        for (const TsMessage &m : readNumerus(translationsDir() + QStringLiteral("/keepsake_zh_CN.ts")))
            QVERIFY2(!m.unfinished && !m.forms.value(0).isEmpty(), qPrintable(m.source));
    }

    void englishCountsHaveBothForms()
    {
        const QList<TsMessage> numerus = readNumerus(translationsDir() + QStringLiteral("/keepsake_en.ts"));
        QVERIFY(numerus.size() > 10);
        for (const TsMessage &m : numerus) {
            QVERIFY2(m.forms.size() == 2 && !m.forms.at(0).isEmpty() && !m.forms.at(1).isEmpty(),
                     qPrintable(m.source));
            for (const QString &form : m.forms)
                QVERIFY2(!form.contains(QLatin1String("(s)")), qPrintable(form));
        }
    }

    void countsReadRightWhenLoaded()
    {
        applyLanguage(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("ks::MainWindow", "%n memories", nullptr, 1),
                 QStringLiteral("1 memory"));
        QCOMPARE(QCoreApplication::translate("ks::MainWindow", "%n memories", nullptr, 3),
                 QStringLiteral("3 memories"));
        QCOMPARE(QCoreApplication::translate("ks::MemoryCardDelegate", "%n photo(s)", nullptr, 1),
                 QStringLiteral("1 photo"));
        applyLanguage(QStringLiteral("zh_CN"));
        const QString chinese = QCoreApplication::translate("ks::MainWindow", "%n memories", nullptr, 1);
        QVERIFY2(chinese.contains(QLatin1Char('1')) && !chinese.contains(QLatin1String("memor")),
                 qPrintable(chinese));
    }

    void qtDialogsSpeakChinese()
    {
        // Qt's own buttons and file dialogs: qtbase's translations must be installed and loaded.
        QVERIFY2(QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                               QStringLiteral("/qtbase_zh_CN.qm")),
                 "qt6-translations-l10n is not installed");
        applyLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        applyLanguage(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
