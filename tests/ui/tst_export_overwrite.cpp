// SPDX-License-Identifier: GPL-3.0-or-later
// The export and book dialogs ask before they write over a file or into a folder holding files;
// cancelling keeps everything, and the dialog, as it was.
#include "../core/tst_export_fixture.h"
#include "export/exportdialog.h"
#include "testsupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace ks;

class TestExportOverwrite : public QObject
{
    Q_OBJECT

private:
    test::ExportFixture m_fx;
    QString m_question; // the text of the last message box answered
    bool m_asked = false;

    QPointer<QTimer> m_answerer;

    // Clicks the button labelled @p answer (Cancel when empty) of the next message box.
    void answerNextMessageBox(const QString &answer)
    {
        delete m_answerer; // one answer at a time
        m_asked = false;
        m_question.clear();
        m_answerer = new QTimer(this);
        m_answerer->setInterval(20);
        connect(m_answerer, &QTimer::timeout, this, [this, answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_answerer->deleteLater();
            m_answerer->stop();
            m_asked = true;
            m_question = box->text();
            QAbstractButton *button = nullptr;
            for (QAbstractButton *b : box->buttons()) {
                if (answer.isEmpty() ? box->buttonRole(b) == QMessageBox::RejectRole
                                     : b->text().remove(QLatin1Char('&')) == answer)
                    button = b;
            }
            if (!button && box->buttons().size() == 1)
                button = box->buttons().constFirst();
            QVERIFY(button);
            button->click();
        });
        m_answerer->start();
    }

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

private slots:
    void initTestCase() { QVERIFY(m_fx.build()); }

    void newOrEmptyPlacesAreNotAsked()
    {
        QTemporaryDir place;
        QWidget parent;
        for (const auto &[path, site] :
             {std::pair{place.filePath(QStringLiteral("new-site")), true}, std::pair{place.path(), true},
              std::pair{place.filePath(QStringLiteral("new.pdf")), false}}) {
            answerNextMessageBox(QString());
            QVERIFY(confirmExportTarget(&parent, path, site));
            QTest::qWait(60); // two polls: a box would have been seen
            QVERIFY2(!m_asked, qPrintable(path));
        }
    }

    void existingPlacesAreAsked_data()
    {
        QTest::addColumn<bool>("site");
        QTest::addColumn<QString>("go");
        QTest::addColumn<QString>("wording");
        QTest::newRow("folder with files") << true << QStringLiteral("Write into It")
                                           << QStringLiteral("is not empty. Write the site into it anyway?");
        QTest::newRow("existing PDF")
            << false << QStringLiteral("Replace") << QStringLiteral("already exists. Replace it?");
    }

    void existingPlacesAreAsked()
    {
        QFETCH(bool, site);
        QFETCH(QString, go);
        QFETCH(QString, wording);
        QTemporaryDir place;
        const QString path = site ? place.path() : place.filePath(QStringLiteral("book.pdf"));
        QVERIFY(writeFile(site ? place.filePath(QStringLiteral("mine.txt")) : path, "mine"));
        QWidget parent;
        answerNextMessageBox(QString()); // Cancel
        QVERIFY(!confirmExportTarget(&parent, path, site));
        QVERIFY(m_asked);
        QVERIFY2(m_question.contains(wording), qPrintable(m_question));
        answerNextMessageBox(go);
        QVERIFY(confirmExportTarget(&parent, path, site));
        QVERIFY(m_asked);
    }

    void wrongKindIsRefused()
    {
        QTemporaryDir place;
        const QString file = place.filePath(QStringLiteral("a.txt"));
        QVERIFY(writeFile(file, "x"));
        QWidget parent;
        answerNextMessageBox(QStringLiteral("OK"));
        QVERIFY(!confirmExportTarget(&parent, file, true));
        QVERIFY(m_asked);
        answerNextMessageBox(QStringLiteral("OK"));
        QVERIFY(!confirmExportTarget(&parent, place.path(), false));
        QVERIFY(m_asked);
    }

    void cancelKeepsTheDialogAndTheFile()
    {
        QTemporaryDir place;
        const QString pdf = place.filePath(QStringLiteral("old.pdf"));
        QVERIFY(writeFile(pdf, "old bytes"));
        ExportDialog dialog(m_fx.db, ExportSelection());
        dialog.setFormat(ExportDialog::Pdf);
        dialog.setOutputPath(pdf);
        dialog.show();
        QPushButton *exportButton = nullptr;
        for (QPushButton *b : dialog.findChild<QDialogButtonBox *>()->findChildren<QPushButton *>()) {
            if (b->text() == QLatin1String("Export"))
                exportButton = b;
        }
        QVERIFY(exportButton);
        answerNextMessageBox(QString()); // Cancel
        exportButton->click();
        QVERIFY(m_asked);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted: still open for another name
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("old bytes"));
    }
};

QTEST_MAIN(TestExportOverwrite)
#include "tst_export_overwrite.moc"
