// SPDX-License-Identifier: GPL-3.0-or-later
// The window's side of a lost database: it asks (naming the file and the vault's files) instead
// of opening an empty library, quitting leaves everything as it was, rebuilding brings the
// vault's pictures back. And a read-only library shows as such in the title.
#include "library/database.h"
#include "libraryopen.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ks;

namespace {

bool makeLostLibrary(const QString &root, QString *lib)
{
    const QString photos = root + QStringLiteral("/photos");
    *lib = root + QStringLiteral("/lib");
    QDir().mkpath(photos);
    for (int i = 0; i < 2; ++i) {
        QImage image(20 + i, 10, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(i * 120, 200, 200));
        if (!image.save(photos + QStringLiteral("/p%1.png").arg(i)))
            return false;
    }
    if (test::runKeepsake({QStringLiteral("import"), photos, QStringLiteral("--library"), *lib}) != 0)
        return false;
    return QFile::resize(*lib + QStringLiteral("/keepsake.db"), 0);
}

/// Answers the next message box by the button whose text is @p button; keeps its text.
void answer(const QString &button, QString *text)
{
    QTimer::singleShot(50, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answer(button, text);
            return;
        }
        *text = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == button) {
                b->click();
                return;
            }
        }
        box->reject();
    });
}

} // namespace

class TestLibraryOpen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("KEEPSAKE_NO_DIALOGS", "1"); }

    void lostDatabaseAsksAndQuitChangesNothing()
    {
        QTemporaryDir tmp;
        QString lib;
        QVERIFY(makeLostLibrary(tmp.path(), &lib));
        QString text;
        answer(QStringLiteral("&Quit"), &text);
        Database db;
        QVERIFY(!openLibraryForWindow(db, lib));
        QVERIFY2(text.contains(lib + QStringLiteral("/keepsake.db")) &&
                     text.contains(QLatin1String("empty")) && text.contains(QLatin1String("2 file")) &&
                     text.contains(QLatin1String("backup")) && text.contains(QLatin1String("rebuild")),
                 qPrintable(text));
        QCOMPARE(QFileInfo(lib + QStringLiteral("/keepsake.db")).size(), 0);
        QVERIFY(QDir(lib).entryList({QStringLiteral("keepsake.db.broken-*")}).isEmpty());
    }

    void rebuildFromTheVault()
    {
        QTemporaryDir tmp;
        QString lib;
        QVERIFY(makeLostLibrary(tmp.path(), &lib));
        QString text;
        answer(QStringLiteral("&Rebuild from the Vault"), &text);
        Database db;
        QVERIFY(openLibraryForWindow(db, lib));
        QVERIFY(db.isOpen());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM memories WHERE kind = 'photo'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(QDir(lib).entryList({QStringLiteral("keepsake.db.broken-*")}).size(), 1);
    }

    void readOnlyTitle()
    {
        QTemporaryDir tmp;
        {
            Database db;
            QVERIFY(db.open(tmp.path()));
        }
        Database db;
        QVERIFY(db.open(tmp.path(), nullptr, Database::ForceReadOnly));
        MainWindow window(db);
        QVERIFY2(window.windowTitle().contains(QLatin1String("read-only")), qPrintable(window.windowTitle()));
    }
};

QTEST_MAIN(TestLibraryOpen)
#include "tst_libraryopen.moc"
