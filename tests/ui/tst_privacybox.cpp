// SPDX-License-Identifier: GPL-3.0-or-later
// Every export dialog offers privacy mode, and what is ticked is what the export is asked for.
#include "../core/tst_export_fixture.h"
#include "export/bookdialog.h"
#include "export/exportdialog.h"
#include "export/photoexportdialog.h"
#include "export/privacybox.h"

#include <QCheckBox>
#include <QTest>

using namespace ks;

class TestPrivacyBox : public QObject
{
    Q_OBJECT

private:
    test::ExportFixture m_fx;

    template <typename Dialog> void check(Dialog &dialog)
    {
        auto *box = dialog.template findChild<PrivacyBox *>(QStringLiteral("privacyBox"));
        QVERIFY(box);
        QVERIFY(!dialog.selection().privacy.enabled); // off unless asked for
        box->keepFriends()->setChecked(true);
        QVERIFY(!dialog.selection().privacy.keepFriends); // nothing without the box itself
        box->setChecked(true);
        QVERIFY(dialog.selection().privacy.enabled);
        QVERIFY(dialog.selection().privacy.keepFriends);
        QVERIFY(!dialog.selection().privacy.keepPrivate);
        box->keepPrivate()->setChecked(true);
        QVERIFY(dialog.selection().privacy.keepPrivate);
    }

private slots:
    void initTestCase() { QVERIFY(m_fx.build()); }

    void everyDialogOffersIt()
    {
        ExportDialog site(m_fx.db, ExportSelection());
        check(site);
        PhotoExportDialog photos(m_fx.db, ExportSelection());
        check(photos);
        BookDialog book(m_fx.db);
        check(book);
    }
};

QTEST_MAIN(TestPrivacyBox)
#include "tst_privacybox.moc"
